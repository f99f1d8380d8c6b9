"""Turns an :class:`Entry` into safe HTML for the detail pane (no widgets; words in the interface
language, dates through :mod:`npviewer.ui.common.language`).

Every string that comes from the content is escaped with :func:`html.escape`. Links to other
entries use the in-app scheme ``npv:ENTRY_ID``; web addresses of sources are shown as text only,
with a ``npv-copy:N`` anchor that copies address number N of :attr:`RenderedEntry.urls`.
Glossary acronyms are wrapped in a ``<span title=...>`` so the pane shows their expansion on hover.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.citing import language_name
from npviewer.store.dates import PartialDate
from npviewer.store.records import (
    Citation,
    Coverage,
    Document,
    Entry,
    EntryRef,
    EventInfo,
    document_ref_id,
    kind_label,
)
from npviewer.ui.common.language import date_text, span_text
from npviewer.ui.reading.page import ENTRY_SCHEME, coverage_words

COPY_SCHEME = "npv-copy"
BRIEF_SCHEME = "npv-brief"
DISPUTE_ANCHOR = "disputed"


_STATUS_WORDS = {
    "confirmed": "",
    "inferred": QT_TRANSLATE_NOOP("Entry", "inferred"),
    "planned": QT_TRANSLATE_NOOP("Entry", "planned"),
    "disputed": QT_TRANSLATE_NOOP("Entry", "disputed"),
    "approximate": QT_TRANSLATE_NOOP("Entry", "approximate"),
}
#: A source record's fields, as "No {field} recorded" names them.
_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Entry", "title"),
    "publisher": QT_TRANSLATE_NOOP("Entry", "publisher"),
    "date": QT_TRANSLATE_NOOP("Entry", "date"),
    "language": QT_TRANSLATE_NOOP("Entry", "language"),
    "url": QT_TRANSLATE_NOOP("Entry", "web address"),
}
#: The fields a dispute can be about.
_DISPUTED_FIELDS = {
    "date": QT_TRANSLATE_NOOP("Entry", "date"),
    "place": QT_TRANSLATE_NOOP("Entry", "place"),
    "value": QT_TRANSLATE_NOOP("Entry", "value"),
    "text": QT_TRANSLATE_NOOP("Entry", "wording"),
}
#: The kinds of document the sources record, named in the interface language (another is shown as written).
_DOCUMENT_TYPES = {
    "briefing": QT_TRANSLATE_NOOP("DocumentType", "briefing"),
    "journal article": QT_TRANSLATE_NOOP("DocumentType", "journal article"),
    "news article": QT_TRANSLATE_NOOP("DocumentType", "news article"),
    "news photo with caption": QT_TRANSLATE_NOOP("DocumentType", "news photo with caption"),
    "opinion article": QT_TRANSLATE_NOOP("DocumentType", "opinion article"),
    "press release": QT_TRANSLATE_NOOP("DocumentType", "press release"),
    "report summary": QT_TRANSLATE_NOOP("DocumentType", "report summary"),
    "speech": QT_TRANSLATE_NOOP("DocumentType", "speech"),
    "transcript": QT_TRANSLATE_NOOP("DocumentType", "transcript"),
    "web page": QT_TRANSLATE_NOOP("DocumentType", "web page"),
}
#: Groups of related entries whose items show their kind.
_KINDS_SHOWN = ("Related", "Measures", "Programmes and bodies")


def status_word(status: str) -> str:
    """``inferred`` / ``추정``; nothing for a confirmed fact; an unknown status as written."""
    word = _STATUS_WORDS.get(status, status)
    return translate("Entry", word) if word else ""


@dataclass(frozen=True)
class RenderedEntry:
    """The HTML of one entry, the web addresses its copy-link anchors refer to, and what each in-app
    link leads to in words (for the status bar: never an internal id)."""

    html: str
    urls: tuple[str, ...]
    link_titles: Mapping[str, str] = field(default_factory=dict)


class _Renderer:
    """Builds the HTML of one entry, collecting the source addresses as it goes."""

    def __init__(self, glossary: Mapping[str, str], documents: Mapping[str, Document] | None = None) -> None:
        self.glossary = glossary
        self.documents = documents or {}
        self.urls: list[str] = []
        self.link_titles: dict[str, str] = {}
        terms = sorted((t for t in glossary if t.strip()), key=len, reverse=True)
        self._terms = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in terms) + r")(?!\w)") if terms else None

    def text(self, value: str) -> str:
        """Escaped text with glossary acronyms marked up for a hover expansion."""
        if self._terms is None:
            return escape(value)
        out: list[str] = []
        last = 0
        for match in self._terms.finditer(value):
            out.append(escape(value[last : match.start()]))
            term = match.group(1)
            out.append(f'<span title="{escape(self.glossary[term])}">{escape(term)}</span>')
            last = match.end()
        out.append(escape(value[last:]))
        return "".join(out)

    def link(self, ref: EntryRef) -> str:
        self.link_titles[ref.id] = f"{ref.title} ({ref.kind_label.lower()})"
        return f'<a href="{ENTRY_SCHEME}:{escape(ref.id)}">{escape(ref.title)}</a>'

    def document_link(self, document_id: str, title: str) -> str:
        ref_id = document_ref_id(document_id)
        self.link_titles[ref_id] = f"{title} ({kind_label('document').lower()})"
        return f'<a href="{ENTRY_SCHEME}:{escape(ref_id)}">{escape(title)}</a>'

    def url(self, url: str) -> str:
        self.urls.append(url)
        n = len(self.urls) - 1
        copy = translate("Entry", "copy link")
        return f'<p class="url">{escape(url)} &nbsp;<a href="{COPY_SCHEME}:{n}">{copy}</a></p>'

    def ref_list(self, refs: tuple[EntryRef, ...], show_kind: bool = True) -> str:
        items = []
        for ref in refs:
            kind = f' <span class="kind">({escape(ref.kind_label)})</span>' if show_kind else ""
            items.append(f"<li>{self.link(ref)}{kind}</li>")
        return "<ul>" + "".join(items) + "</ul>"

    def citation(self, cite: Citation) -> str:
        """A quotation (the document's words, in quotation marks) or a reference (its locator and our
        summary, marked as ours): the two are never confused."""
        document = self.documents.get(cite.document_id)
        kind = translate("Entry", "Quotation") if cite.verbatim else translate("Entry", "Reference")
        title = self.document_link(cite.document_id, cite.document_title)
        parts = [f'<li><span class="cite-kind">{kind}:</span> <b>{title}</b>']
        words = ", ".join(escape(d) for d in (*_document_details(document), cite.locator) if d)
        if words:
            parts.append(f" &mdash; {words}")
        status = status_word(cite.status)
        if status or cite.note:
            notes = "; ".join(escape(w) for w in (status, cite.note) if w)
            parts.append(f' <span class="status">({notes})</span>')
        if cite.verbatim:
            parts.append(f'<p class="quote">\u201c{self.text(cite.text)}\u201d</p>{self.translation(cite)}')
        elif cite.text:
            ours = translate("Entry", "Summary (our words):")
            parts.append(f'<p class="summary"><span class="cite-kind">{ours}</span> {self.text(cite.text)}</p>')
        if cite.url:
            parts.append(self.url(cite.url))
        parts.append("</li>")
        return "".join(parts)

    def translation(self, cite: Citation) -> str:
        """Our translation of a quotation (in Korean), beside the source's words: marked as ours, never
        in quotation marks; nothing when there is none."""
        if not cite.translation:
            return ""
        ours = escape(translate("Entry", "Translation (ours, not the source's words):"))
        return f'<p class="translation"><span class="cite-kind">{ours}</span> {self.text(cite.translation)}</p>'

    def citations(self, cites: tuple[Citation, ...]) -> str:
        return "<ul>" + "".join(self.citation(c) for c in cites) + "</ul>"


def _event_html(r: _Renderer, event: EventInfo) -> str:
    words = []
    if event.planned:
        words.append(status_word("planned"))
    status = status_word(event.date_status)
    if status and status not in words:
        words.append(status)
    qualifier = f" <i>({escape(', '.join(words))})</i>" if words else ""
    when, where, who = (translate("Entry", "When:"), translate("Entry", "Where:"), translate("Entry", "Participants:"))
    lines = [f"<p><b>{when}</b> {escape(span_text(event.start, event.end))}{qualifier}"]
    if event.date_note:
        lines.append(f"<br/><span class='status'>{r.text(event.date_note)}</span>")
    if event.place:
        lines.append(f"<br/><b>{where}</b> {r.text(event.place)}")
    if event.participants:
        lines.append(f"<br/><b>{who}</b> {r.text(', '.join(event.participants))}")
    lines.append("</p>")
    return "".join(lines)


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _para(text: str, css: str = "") -> str:
    """A paragraph of (escaped) interface text."""
    return f'<p class="{css}">{escape(text)}</p>' if css else f"<p>{escape(text)}</p>"


def _fact(label: str, value: str) -> str:
    return f"<p><b>{escape(label)}</b> {escape(value)}</p>"


def render_entry(
    entry: Entry,
    glossary: Mapping[str, str] | None = None,
    documents: Mapping[str, Document] | None = None,
) -> RenderedEntry:
    """The detail pane's HTML for ``entry``. ``glossary`` maps acronyms to their expansions;
    ``documents`` gives each cited document's publisher, date and language."""
    r = _Renderer(glossary or {}, documents)
    out: list[str] = []
    if entry.breadcrumb:
        crumbs = " &rsaquo; ".join(r.link(ref) for ref in entry.breadcrumb)
        out.append(f'<p class="crumb">{crumbs}</p>')
    out.append(f"<h1>{escape(entry.title)}</h1>")
    out.append(_para(entry.ref.kind_label, "kind"))
    if entry.text:
        # A line break left in the text (a blank line in a folded YAML text) starts a new paragraph.
        for para in entry.text.splitlines():
            if para.strip():
                out.append(f"<p>{r.text(para)}</p>")
    if entry.figure is not None:
        out.append(_fact(translate("Entry", "Figure:"), entry.figure.label))
    if entry.event is not None:
        out.append(_h3(translate("Entry", "Date and place")))
        out.append(_event_html(r, entry.event))
    if entry.disputes:
        # where the timeline's "?" badge leads
        heading = escape(translate("Entry", "Disputed"))
        out.append(f'<h3><a name="{DISPUTE_ANCHOR}">{heading}</a></h3>')
        out.append(
            _para(translate("Entry", "Sources disagree on this entry. Other versions, each with its source:"), "status")
        )
        out.append("<ul>")
        for dispute in entry.disputes:
            note = f" &mdash; {r.text(dispute.note)}" if dispute.note else ""
            field_name = translate("Entry", _DISPUTED_FIELDS.get(dispute.field, dispute.field))
            out.append(f"<li><b>{escape(field_name)}:</b> {r.text(dispute.value)}{note}")
            out.append(r.citations(dispute.citations))
            out.append("</li>")
        out.append("</ul>")
    if entry.children:
        measures = entry.kind in ("measure", "submeasure", "direction")
        out.append(_h3(translate("Entry", "Sub-measures and notes") if measures else translate("Entry", "Contents")))
        out.append(r.ref_list(entry.children))
    for label, refs in entry.links.items():
        out.append(_h3(translate("Links", label)))
        out.append(r.ref_list(refs, show_kind=label in _KINDS_SHOWN))
    out.append(_h3(translate("Entry", "Sources")))
    if entry.citations:
        out.append(r.citations(entry.citations))
    else:
        out.append(_para(translate("Entry", "No source is recorded for this entry."), "muted"))
    if entry.aliases:
        out.append(_h3(translate("Entry", "Also known as")))
        out.append(_para(", ".join(entry.aliases)))
    return RenderedEntry("".join(out), tuple(r.urls), r.link_titles)


def render_document(document: Document, cited: list[tuple[EntryRef, Citation]]) -> RenderedEntry:
    """A source document's page: its record, where npviewer cites it (quotations and references listed
    apart, each with the entry citing it), and a held document's full text."""
    r = _Renderer({})
    out = [f"<h1>{escape(document.display_title)}</h1>", _para(kind_label("document"), "kind")]
    date = date_text(PartialDate(document.date)) if document.date else ""
    if date and document.date_status != "confirmed":
        date += f" ({status_word(document.date_status)})"
    held = translate("Entry", "held in full by npviewer (it can be quoted)")
    not_held = translate("Entry", "not held by npviewer: cited by reference, in our own words")
    facts = [
        (translate("Entry", "Publisher:"), document.publisher),
        (translate("Entry", "Type:"), translate("DocumentType", _DOCUMENT_TYPES.get(document.type, document.type))),
        (translate("Entry", "Date:"), date),
        (translate("Entry", "Language:"), language_label(document.language) if document.language else ""),
        (translate("Entry", "Text:"), held if document.held else not_held),
    ]
    out.extend(_fact(label, value) for label, value in facts if value)
    if document.title_supplied:
        out.append(
            _para(
                translate("Entry", "No title is recorded for this document: the heading is our description."), "muted"
            )
        )
    if document.date and document.date_note:
        out.append(_para(translate("Entry", "About the date: {note}").format(note=document.date_note), "status"))
    if document.reliability_note:
        low = translate("Entry", "Low reliability: {note}").format(note=document.reliability_note)
        out.append(_para(low, "status"))
    if document.url:
        out.append(r.url(document.url))
    for name, why in document.missing:
        if name != "title":
            field_name = translate("Entry", _FIELD_NAMES.get(name, name))
            out.append(
                _para(translate("Entry", "No {field} recorded: {why}").format(field=field_name, why=why), "muted")
            )
    quotations = [(ref, c) for ref, c in cited if c.verbatim]
    references = [(ref, c) for ref, c in cited if not c.verbatim]
    out.append(_h3(translate("Entry", "Cited in npviewer ({count})").format(count=len(cited))))
    if not cited:
        out.append(_para(translate("Entry", "No entry cites this document."), "muted"))
    if quotations:
        out.append(_h3(translate("Entry", "Quotations ({count})").format(count=len(quotations))))
        out.append("<ul>")
        for ref, cite in quotations:
            where = f", {escape(cite.locator)}" if cite.locator else ""
            quote = f'<p class="quote">\u201c{escape(cite.text)}\u201d</p>{r.translation(cite)}'
            by = f"{r.link(ref)} ({escape(ref.kind_label)}){where}{_status_mark(cite)}"
            out.append(f'<li>{quote}<p class="url">{by}</p></li>')
        out.append("</ul>")
    if references:
        ours = escape(translate("Entry", "Summary (our words):"))
        out.append(_h3(translate("Entry", "References ({count})").format(count=len(references))))
        out.append("<ul>")
        for ref, cite in references:
            where = f" &mdash; {escape(cite.locator)}" if cite.locator else ""
            summary = (f'<p class="summary"><span class="cite-kind">{ours}</span> {escape(cite.text)}</p>'
                       if cite.text else "")  # fmt: skip
            out.append(f"<li>{r.link(ref)} ({escape(ref.kind_label)}){where}{_status_mark(cite)}{summary}</li>")
        out.append("</ul>")
    if document.text:
        paragraphs = "".join(f"<p>{escape(line)}</p>" for line in document.text.splitlines() if line.strip())
        out.append(_h3(translate("Entry", "Full text as captured")))
        capture = translate(
            "Entry",
            "Website menus and image captions are part of the capture; npviewer does not treat them as content.",
        )
        out.append(_para(capture, "muted") + paragraphs)
    return RenderedEntry("".join(out), tuple(r.urls), r.link_titles)


def _document_details(document: Document | None) -> tuple[str, ...]:
    """Publisher, date and (if not English) language of a cited document."""
    if document is None:
        return ()
    date = date_text(PartialDate(document.date)) if document.date else ""
    language = (
        translate("Entry", "in {language}").format(language=language_label(document.language))
        if document.language not in ("", "en")
        else ""
    )
    return (document.publisher, date, language)


def language_label(code: str) -> str:
    """A document's language, named in the interface language: ``Russian`` / ``러시아어``."""
    return translate("Language", language_name(code))


def _status_mark(cite: Citation) -> str:
    status = status_word(cite.status)
    return f' <span class="status">({escape(status)})</span>' if status else ""


def coverage_text(coverage: Coverage) -> str:
    """``Content current to November 2021; covers 1990-2021.`` in the interface language (empty when
    the content has no dates)."""
    current = coverage.current_to.iso if coverage.current_to is not None else ""
    return coverage_words(current, coverage.first_year, coverage.last_year)
