"""An entry's citation in the forms people paste into: plain text, a Chicago note, BibTeX and RIS.

Qt-free, shared by Copy citation in the window and ``npviewer cite``. Quotation marks stand only
around a quotation of a held document (and, as Chicago and every style wants, around a title);
a reference is its document, its locator and, in the plain form, our summary, marked as ours.
In Korean (``lang="ko"``, the entry and documents read from a Korean repository) the plain form is
:mod:`npviewer.store.citing_ko`'s and a Chicago note adds a quotation's translation (번역) after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from npviewer import __version__
from npviewer.store.dates import PartialDate
from npviewer.store.plain_words import LANGUAGE_NAMES, PLAIN_WORDS, language_name, plain_source
from npviewer.store.records import KIND_LABELS, Citation, Coverage, Document, Entry

__all__ = ["FORMATS", "LANGUAGE_NAMES", "PLAIN_WORDS", "language_name", "plain_source"]

FORMATS = ("plain", "chicago", "bibtex", "ris")


_US_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip
_BIB_MONTHS = ("", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RIS_TYPES = {"news article": "NEWS", "press release": "PRESS", "speech": "SOUND", "report": "RPRT", "blog": "BLOG"}


def coverage_label(coverage: Coverage) -> str:
    """``Content current to November 2021; covers 1990-2021`` (empty if the content has no dates)."""
    if coverage.current_to is None:
        return ""
    label = f"Content current to {month_label(coverage.current_to)}"
    if coverage.first_year and coverage.last_year:
        span = str(coverage.first_year)
        if coverage.last_year != coverage.first_year:
            span += f"-{coverage.last_year}"
        label += f"; covers {span}"
    return label


def month_label(date: PartialDate) -> str:
    """A date to the month at most: ``November 2021`` (``2021`` for a year)."""
    return date.label() if date.precision == "year" else PartialDate(date.iso[:7]).label()


def document_line(document: Document) -> str:
    """Publisher, title, date and language of a document, as one plain line (no quotation marks)."""
    parts = [document.publisher, document.display_title]
    if document.date:
        status = f" ({document.date_status})" if document.date_status != "confirmed" else ""
        parts.append(PartialDate(document.date).label() + status)
    if document.language and document.language != "en":
        parts.append(f"in {language_name(document.language)}")
    return ", ".join(p for p in parts if p)


def cited_documents(entry: Entry, documents: Mapping[str, Document]) -> list[Document]:
    """The documents an entry cites, its own sources first, then the disputed versions', once each."""
    ids = dict.fromkeys(c.document_id for c in _all_citations(entry))
    return [documents[i] for i in ids if i in documents]


def _all_citations(entry: Entry) -> Iterable[Citation]:
    yield from entry.citations
    for dispute in entry.disputes:
        yield from dispute.citations


# -- plain ---------------------------------------------------------------------------------------------


def plain(entry: Entry, documents: Mapping[str, Document], coverage: Coverage, content_version: str) -> str:
    """The plain-text citation: the entry, where it sits, each source as a quotation or a reference."""
    lines = [entry.title]
    place = " > ".join(ref.title for ref in entry.breadcrumb)
    kind = KIND_LABELS.get(entry.kind, entry.kind)  # a citation is written in English, whatever the interface
    lines.append(kind + (f" in {place}" if place else ""))
    lines.append("")
    if not entry.citations:
        lines.append("Source: none recorded")
    else:
        lines.append("Source:" if len(entry.citations) == 1 else "Sources:")
        lines.extend(_plain_citation(c, documents.get(c.document_id)) for c in entry.citations)
    for dispute in entry.disputes:
        lines.append("")
        lines.append(f"Disputed {dispute.field}: another source gives {dispute.value}" + _sentence(dispute.note))
        lines.extend(_plain_citation(c, documents.get(c.document_id)) for c in dispute.citations)
    lines.append("")
    about = coverage_label(coverage)
    lines.append(f"From npviewer {__version__}" + (f"; {about[0].lower()}{about[1:]}" if about else ""))
    lines.append(f"Entry {entry.id}; content version {content_version}")
    return "\n".join(lines) + "\n"


def _sentence(note: str) -> str:
    return f" ({note.rstrip('.')})" if note else ""


def _plain_citation(cite: Citation, document: Document | None) -> str:
    where = document_line(document) if document else cite.document_title
    status = f" [{cite.status}]" if cite.status != "confirmed" else ""
    return plain_source(cite, where, status, PLAIN_WORDS["en"])


# -- Chicago notes ----------------------------------------------------------------------------------------


def chicago_note(document: Document, locator: str = "") -> str:
    """A Chicago-style note: Publisher, "Title," type, Month Day, Year, locator, URL."""
    parts = [document.publisher, _TITLE, document.type]
    if document.date:
        parts.append(_us_date(PartialDate(document.date)))
    if document.language and document.language != "en":
        parts.append(f"in {language_name(document.language)}")
    parts += [locator, document.url]
    parts = [p for p in parts if p]
    out = []
    for i, part in enumerate(parts):
        end = "." if i == len(parts) - 1 else ","
        if part is not _TITLE:
            out.append(part + end)
        elif document.title_supplied:  # a title we supplied stands in brackets, not in quotation marks
            out.append(document.display_title + end)
        else:  # the punctuation goes inside the closing quotation mark
            out.append(f"\u201c{document.title}{end}\u201d")
    return " ".join(out)


_TITLE = "\0title"


def _us_date(date: PartialDate) -> str:
    parts = [int(p) for p in date.iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{_US_MONTHS[parts[1]]} {parts[0]}"
    return f"{_US_MONTHS[parts[1]]} {parts[2]}, {parts[0]}"


def chicago(entry: Entry, documents: Mapping[str, Document], lang: str = "en") -> str:
    """One numbered Chicago note for each source of the entry (disputed versions' sources marked)."""
    lines: list[str] = []
    for cite in _all_citations(entry):
        document = documents.get(cite.document_id)
        if document is None:
            continue
        note = chicago_note(document, cite.locator)
        if cite.verbatim:
            note = note[:-1] + f": \u201c{cite.text}\u201d"
            if lang == "ko" and cite.translation:
                note += f" (번역: {cite.translation})"
        lines.append(f"{len(lines) + 1}. {note}")
    return "\n".join(lines) + "\n"


# -- BibTeX and RIS ----------------------------------------------------------------------------------------

_BIB_SPECIAL = re.compile(r"([&%$#_{}])")


def _bib(value: str) -> str:
    value = value.replace("\\", r"\textbackslash{}").replace("~", r"\textasciitilde{}").replace("^", r"\^{}")
    return _BIB_SPECIAL.sub(r"\\\1", value)


def bibtex(entry: Entry, documents: Mapping[str, Document]) -> str:
    """A BibTeX ``@misc`` record for each document the entry cites (the locator in ``note``)."""
    records = []
    locators = _locators(entry)
    for document in cited_documents(entry, documents):
        fields: list[tuple[str, str]] = []
        if document.publisher:
            fields.append(("author", "{" + _bib(document.publisher) + "}"))
            fields.append(("publisher", _bib(document.publisher)))
        fields.append(("title", _bib(document.display_title)))
        if document.type:
            fields.append(("howpublished", _bib(document.type[0].upper() + document.type[1:])))
        if document.date:
            date = PartialDate(document.date)
            fields.append(("year", str(date.year)))
            fields.append(("date", date.iso))
            if date.precision != "year":
                fields.append(("month", _BIB_MONTHS[int(date.iso[5:7])]))
        if document.language:
            fields.append(("language", language_name(document.language).lower()))
        if document.url:
            fields.append(("url", document.url.replace("%", r"\%").replace("#", r"\#")))
        if locators.get(document.id):
            fields.append(("note", _bib("Cited at " + "; ".join(locators[document.id]))))
        body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
        records.append(f"@misc{{{document.id},\n{body}\n}}")
    return "\n\n".join(records) + "\n"


def ris(entry: Entry, documents: Mapping[str, Document]) -> str:
    """A RIS record for each document the entry cites (Zotero, EndNote and Mendeley read it)."""
    records = []
    locators = _locators(entry)
    for document in cited_documents(entry, documents):
        lines = [f"TY  - {_RIS_TYPES.get(document.type, 'ELEC')}", f"TI  - {document.display_title}"]
        if document.publisher:
            lines.append(f"PB  - {document.publisher}")
        if document.date:
            date = PartialDate(document.date)
            lines.append(f"PY  - {date.year}")
            parts = [*date.iso.split("-"), "", ""]
            lines.append(f"DA  - {parts[0]}/{parts[1]}/{parts[2]}/")
        if document.url:
            lines.append(f"UR  - {document.url}")
        if document.language:
            lines.append(f"LA  - {language_name(document.language)}")
        if locators.get(document.id):
            lines.append("N1  - Cited at " + "; ".join(locators[document.id]))
        lines.append("ER  - ")
        records.append("\n".join(lines))
    return "\n".join(records) + "\n"


def _locators(entry: Entry) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for cite in _all_citations(entry):
        if cite.locator and cite.locator not in out.setdefault(cite.document_id, []):
            out[cite.document_id].append(cite.locator)
    return out


def format_citation(
    fmt: str,
    entry: Entry,
    documents: Mapping[str, Document],
    coverage: Coverage,
    content_version: str,
    lang: str = "en",
) -> str:
    """The entry's citation in one of :data:`FORMATS`, in ``lang`` (read the entry and documents
    from a repository in the same language)."""
    if fmt == "plain" and lang == "ko":
        from npviewer.store import citing_ko

        return citing_ko.plain(entry, documents, coverage, content_version)
    if fmt == "plain":
        return plain(entry, documents, coverage, content_version)
    if fmt == "chicago":
        return chicago(entry, documents, lang)
    if fmt == "bibtex":
        return bibtex(entry, documents)
    if fmt == "ris":
        return ris(entry, documents)
    raise ValueError(f"unknown citation format {fmt!r}; choose one of {', '.join(FORMATS)}")
