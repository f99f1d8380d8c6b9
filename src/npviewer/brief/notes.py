"""The brief's notes and sources: numbered in order of first use, one note per distinct citation.

The one place that reads a citation record: whether it quotes a held document (the only case
printed in quotation marks), what it says, and where in its document it rests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from npviewer.store.dates import DateError, PartialDate
from npviewer.store.records import Citation, Document


@dataclass(frozen=True)
class Note:
    """One numbered note: a quotation of a held document, or a reference with a locator and summary."""

    number: int
    source: int  # index into the brief's sources (0-based, in their printed order)
    verbatim: bool
    text: str  # the quotation, or our own summary (may be empty)
    locator: str
    status: str  # confirmed | inferred | disputed
    reason: str  # why inferred or disputed (empty when confirmed)
    translation: str = ""  # the quotation in the brief's language, where the content gives one


@dataclass(frozen=True)
class Source:
    """One cited document as the Sources list prints it."""

    publisher: str
    title: str
    date: PartialDate | None
    date_status: str
    language: str
    url: str
    notes: tuple[int, ...]


def citation_parts(citation: Citation, document: Document | None) -> tuple[bool, str, str]:
    """(verbatim, text, locator) of a citation: a quotation only when the record says so and npviewer
    holds the document's text; otherwise a reference with our own summary (possibly empty)."""
    held = document is not None and document.held and bool(document.text)
    return citation.verbatim and held, citation.text.strip(), citation.locator.strip()


def note_numbers(numbers: Iterable[int]) -> str:
    """Sorted note numbers with runs folded: ``3-5, 9``."""
    ordered = sorted(set(numbers))
    out: list[str] = []
    start = prev = None
    for n in [*ordered, None]:
        if n is not None and prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None and prev is not None:
            out.append(str(start) if start == prev else f"{start}-{prev}" if prev > start + 1 else f"{start}, {prev}")
        start = prev = n
    return ", ".join(out)


def _date(document: Document) -> PartialDate | None:
    try:
        return PartialDate.parse(document.date) if document.date else None
    except DateError:
        return None


class NoteBook:
    """Numbers citations as the brief cites them; the same citation keeps its number.

    ``compact`` (the short brief): a note is a place in a document (its locator and status), whatever
    was quoted or summarised there, so one note serves every statement resting on that place.
    """

    def __init__(self, documents: Iterable[Document], *, compact: bool = False) -> None:
        self.documents = {d.id: d for d in documents}
        self.compact = compact
        self._notes: list[tuple[str, bool, str, str, str, str]] = []
        self._numbers: dict[tuple[str, bool, str, str, str, str], int] = {}
        self._translations: dict[int, str] = {}

    def cite(self, citations: Iterable[Citation]) -> tuple[int, ...]:
        """The note numbers of these citations, ascending (new ones numbered in order of use)."""
        numbers = set()
        for c in citations:
            document = self.documents.get(c.document_id)
            verbatim, text, locator = citation_parts(c, document)
            reason = c.note.strip() if c.status != "confirmed" else ""
            if self.compact:  # the place and its status; the quotation, summary and reasoning are the full brief's
                verbatim, text, reason = False, "", ""
            key = (c.document_id, verbatim, text, locator, c.status, reason)
            number = self._numbers.get(key)
            if number is None:
                self._notes.append(key)
                number = self._numbers[key] = len(self._notes)
                if verbatim:  # a Korean translation beside the quotation, once the content carries one
                    self._translations[number] = str(getattr(c, "quote_ko", "") or "")
            numbers.add(number)
        return tuple(sorted(numbers))

    def finish(self) -> tuple[list[Note], list[Source]]:
        """The notes in number order, and the documents they cite sorted by publisher, date and title."""
        doc_ids = list(dict.fromkeys(key[0] for key in self._notes))

        def order(doc_id: str) -> tuple[str, str, str]:
            d = self.documents.get(doc_id)
            if d is None:
                return ("~", "", doc_id)
            return (d.publisher.casefold() or "~", d.date or "9999", d.title.casefold())

        doc_ids.sort(key=order)
        index = {doc_id: i for i, doc_id in enumerate(doc_ids)}
        notes = [
            Note(n, index[key[0]], key[1], key[2], key[3], key[4], key[5], self._translations.get(n, ""))
            for n, key in enumerate(self._notes, start=1)
        ]
        sources = []
        for doc_id in doc_ids:
            d = self.documents.get(doc_id)
            cited = tuple(note.number for note in notes if note.source == index[doc_id])
            if d is None:
                sources.append(Source("", doc_id, None, "confirmed", "", "", cited))
                continue
            sources.append(Source(d.publisher, d.display_title, _date(d), d.date_status, d.language, d.url, cited))
        return notes, sources
