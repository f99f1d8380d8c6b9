"""Reads entries once for one brief, cites them in reading order and makes its statements (no Qt).

Also weighs what an entry rests on (a held document's words, a reliable source, a weak one), which
decides what page 1 says first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from npviewer.brief.labels import Labels, format_date, format_period, format_span
from npviewer.brief.model import Statement, Variant
from npviewer.brief.notes import NoteBook
from npviewer.brief.parts import figure_value
from npviewer.store.dates import DateError, PartialDate
from npviewer.store.entry_batch import read_entries
from npviewer.store.locators import KoreanReferences
from npviewer.store.records import Entry
from npviewer.store.repository import Repository

#: What an entry rests on, best first: a held document's own words, an official document (a government's
#: release, speech or report), a source of good standing (a news report, a journal), a weak one (a web
#: page, a wiki mirror, a repost, or one the content marks as of low reliability).
HELD, OFFICIAL, SOUND, WEAK = 4, 3, 2, 1
OFFICIAL_TYPES = ("press release", "speech", "briefing", "government news item", "government report", "transcript")
WEAK_TYPES = ("web page", "wiki", "blog", "encyclopedia", "repost", "reprint")
#: The milestone that ends the policy: page 1 of every brief says it first.
POLICY_END = "northern-committee-abolished"
#: The policy itself and its committee: their milestones tell where the policy stood.
POLICY_IDS = ("new-northern-policy", "northern-committee")
MEETING_KINDS = ("meeting", "forum", "summit")


def korean_references(repo: Repository) -> KoreanReferences:
    """Locators and publishers in Korean, names by their Korean forms in the names glossary."""
    from npviewer.store.hangul import has_hangul
    from npviewer.store.search import glossary_names

    forms: dict[str, list[str]] = {}
    for group, form in glossary_names(repo.conn):
        forms.setdefault(group, []).append(form)
    names = {form: korean for group in forms.values() if (korean := next((f for f in group if has_hangul(f)), ""))
             for form in group if not has_hangul(form)}  # fmt: skip
    return KoreanReferences(names)


class Builder:
    """Reads entries once, cites them in reading order and makes the brief's statements."""

    def __init__(self, repo: Repository, labels: Labels, marks: dict[str, str], include_notes: bool,
                 check: Callable[[], None], *, compact: bool = False) -> None:  # fmt: skip
        self.repo = repo
        self.labels = labels
        self.marks = marks
        self.include_notes = include_notes
        self.check = check
        self.words = korean_references(repo) if labels.lang == "ko" else None
        self.book = NoteBook(repo.documents(), compact=compact, words=self.words)
        self.seen: dict[str, Entry] = {}
        self.marked: list[str] = []

    def scratch(self) -> Builder:
        """A builder that reads through this one's entries but numbers notes of its own (to count
        what the full brief would hold without citing it in the short one)."""
        other = Builder.__new__(Builder)
        other.__dict__.update(self.__dict__)
        other.book = NoteBook(self.book.documents.values(), compact=True, words=self.words)
        other.marked = []
        return other

    def mark(self, entry: Entry) -> bool:
        """Whether the user bookmarked the entry (noted for the brief's list of bookmarks)."""
        if entry.id in self.marks and entry.id not in self.marked:
            self.marked.append(entry.id)
        return entry.id in self.marks

    def prefetch(self, entry_ids: Iterable[str]) -> None:
        """Read these entries at once, a few queries for hundreds (:meth:`entry` then has them)."""
        wanted = [i for i in entry_ids if i not in self.seen]
        if wanted:
            self.check()
            self.seen.update(read_entries(self.repo, wanted))

    def entry(self, entry_id: str) -> Entry:
        found = self.seen.get(entry_id)
        if found is None:
            self.check()
            found = self.seen[entry_id] = self.repo.entry(entry_id)
        return found

    def date(self, value: PartialDate) -> str:
        return format_date(value, self.labels.lang)

    def span(self, entry: Entry) -> str:
        assert entry.event is not None
        return format_span(entry.event.start, entry.event.end, self.labels.lang)

    def weight(self, entry: Entry) -> int:
        """What the entry rests on at best: ``HELD`` (a held document's words), ``OFFICIAL``, ``SOUND``
        or ``WEAK`` (by the document's type and recorded reliability)."""
        best = 0
        for c in entry.citations:
            doc = self.book.documents.get(c.document_id)
            if doc is None:
                continue
            kind = doc.type.casefold()
            if c.verbatim and doc.held:
                tier = HELD
            elif doc.reliability_note or any(w in kind for w in WEAK_TYPES):
                tier = WEAK
            else:
                tier = OFFICIAL if any(kind.startswith(t) for t in OFFICIAL_TYPES) else SOUND
            best = max(best, tier)
        return best

    def corroborated(self, entry: Entry) -> bool:
        """Whether two or more documents state it."""
        return len({c.document_id for c in entry.citations}) > 1

    def marks_of(self, entry: Entry) -> tuple[str, ...]:
        out = []
        if entry.event is not None and entry.event.planned:
            out.append(self.labels["mark.planned"])
        statuses = {c.status for c in entry.citations}
        if "inferred" in statuses or (entry.event is not None and entry.event.date_status == "inferred"):
            out.append(self.labels["mark.inferred"])
        if "disputed" in statuses or entry.disputes or (entry.event and entry.event.date_status == "disputed"):
            out.append(self.labels["mark.disputed"])
        return tuple(out)

    def variants(self, entry: Entry) -> tuple[Variant, ...]:
        out = []
        for d in entry.disputes:
            value = d.value
            if d.field == "date":
                with contextlib.suppress(DateError):
                    value = self.date(PartialDate.parse(d.value))
            field_name = self.labels[f"field.{d.field}"] if self.labels.has(f"field.{d.field}") else d.field
            out.append(Variant(self.labels.fmt("disputed.field", field=field_name),
                               self.labels.fmt("disputed.other", value=value), self.book.cite(d.citations),
                               d.note))  # fmt: skip
        return tuple(out)

    def statement(self, entry: Entry, depth: int = 0, *, lead: str = "", text: str | None = None,
                  details: tuple[tuple[str, str], ...] = (), aliases: bool = False,
                  variants: bool = True) -> Statement:  # fmt: skip
        """An entry as a statement: its text (else title), notes, marks, disputes and the user's star."""
        self.mark(entry)
        body = text if text is not None else (entry.text or entry.title)
        return Statement(
            body,
            self.book.cite(entry.citations),
            lead=lead,
            depth=depth,
            marks=self.marks_of(entry),
            variants=self.variants(entry) if variants else (),
            aliases=entry.aliases if aliases else (),
            details=details,
            bookmarked=entry.id in self.marks,
            user_note=self.marks.get(entry.id, "") if self.include_notes else "",
        )

    def told(self, entry: Entry) -> str:
        """What an entry says beyond its title (empty when its text is its title)."""
        return entry.text if entry.text and entry.text != entry.title else ""

    def figure_period(self, figure: Entry, when: PartialDate | None = None) -> str:
        """A figure's period as the brief writes it (``January-September 2019``), else its date."""
        if figure.figure is not None and figure.figure.period:
            return format_period(figure.figure.period, self.labels.lang)
        return self.date(when) if when else ""

    def figure_line(self, figure: Entry, when: PartialDate | None = None) -> str:
        """``8.1 billion USD (January-September 2019)``; in Korean ``81억 달러(2019년 1월~9월)``."""
        period = self.figure_period(figure, when)
        return figure_value(figure) + (self.labels.fmt("in_brackets", text=period) if period else "")

    def publishers(self, entry: Entry) -> str:
        """Who states the entry: its documents' publishers, each once, in the brief's language where it can."""
        names: list[str] = []
        for c in entry.citations:
            doc = self.book.documents.get(c.document_id)
            name = doc.publisher if doc is not None else ""
            name = self.words.name(name) if self.words is not None else name
            if name and name not in names:
                names.append(name)
        return "; ".join(names)

    def policy_end(self) -> Entry | None:
        """The content's milestone for the end of the policy (its committee abolished), if it has one."""
        if not self.repo.exists(POLICY_END):
            return None
        entry = self.entry(POLICY_END)
        return entry if entry.event is not None else None

    def points_of(self, event: Entry) -> list[Entry]:
        """The statements recorded under an event (its points, not its figures), in order."""
        return [self.entry(c.id) for c in event.children if c.kind == "point"]
