"""Plain, immutable records handed from the store to the services and the GUI.

They hold no database handle: a widget can keep them as long as it likes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.dates import PartialDate, span_label

#: Kinds of entry, grouped as the tree, the timeline and search filters use them.
REGION_KINDS = ("region",)
PLACE_KINDS = ("country", "area")
STRATEGY_KINDS = ("profile", "direction", "measure", "submeasure", "note")
PROGRAMME_KINDS = ("programme", "body", "initiative", "strategy", "topic")
EVENT_KINDS = ("meeting", "forum", "summit", "milestone")
DETAIL_KINDS = ("point", "figure")
#: Kinds whose entries are named (not described): in a Korean interface they show their Korean name.
NAMED_KINDS = REGION_KINDS + PLACE_KINDS + PROGRAMME_KINDS
ALL_KINDS = REGION_KINDS + PLACE_KINDS + STRATEGY_KINDS + PROGRAMME_KINDS + EVENT_KINDS + DETAIL_KINDS

#: What each kind is called (in English: translate with :func:`kind_label`).
KIND_LABELS = {
    "region": QT_TRANSLATE_NOOP("Kind", "Region"),
    "country": QT_TRANSLATE_NOOP("Kind", "Country"),
    "area": QT_TRANSLATE_NOOP("Kind", "Area"),
    "profile": QT_TRANSLATE_NOOP("Kind", "Profile"),
    "direction": QT_TRANSLATE_NOOP("Kind", "Strategic direction"),
    "measure": QT_TRANSLATE_NOOP("Kind", "Measure"),
    "submeasure": QT_TRANSLATE_NOOP("Kind", "Sub-measure"),
    "note": QT_TRANSLATE_NOOP("Kind", "Note"),
    "programme": QT_TRANSLATE_NOOP("Kind", "Programme"),
    "body": QT_TRANSLATE_NOOP("Kind", "Body"),
    "initiative": QT_TRANSLATE_NOOP("Kind", "Initiative"),
    "strategy": QT_TRANSLATE_NOOP("Kind", "National strategy"),
    "topic": QT_TRANSLATE_NOOP("Kind", "Topic"),
    "meeting": QT_TRANSLATE_NOOP("Kind", "Meeting"),
    "forum": QT_TRANSLATE_NOOP("Kind", "Forum"),
    "summit": QT_TRANSLATE_NOOP("Kind", "Summit"),
    "milestone": QT_TRANSLATE_NOOP("Kind", "Milestone"),
    "point": QT_TRANSLATE_NOOP("Kind", "Statement"),
    "figure": QT_TRANSLATE_NOOP("Kind", "Key figure"),
    "document": QT_TRANSLATE_NOOP("Kind", "Source document"),
}


def kind_label(kind: str) -> str:
    """What a kind of entry is called in the interface language: ``Measure`` / ``조치``."""
    label = KIND_LABELS.get(kind)
    return translate("Kind", label) if label else kind


#: Source documents are shown like entries, under ids of this form: ``doc:mofa-320886``.
DOCUMENT_PREFIX = "doc:"


def document_ref_id(document_id: str) -> str:
    return DOCUMENT_PREFIX + document_id


#: The fields every source record gives, or says in its ``missing:`` why it cannot.
DOCUMENT_RECORD_FIELDS = ("title", "publisher", "date", "language", "url")


@dataclass(frozen=True)
class Document:
    """A source document, as the content's ``sources.yaml`` records it."""

    id: str
    #: The document's own title; when none is recorded (``title_supplied``), our description of it.
    title: str
    publisher: str = ""
    url: str = ""
    seed: str = ""
    date: str = ""
    date_status: str = "confirmed"
    date_note: str = ""
    #: The document's language, as an ISO 639-1 code (``en``, ``ko``, ``ru``...).
    language: str = ""
    #: What kind of document it is (``press release``, ``news article``, ``web page``...).
    type: str = ""
    title_supplied: bool = False
    #: Fields the record lacks, each with the reason: ``(("url", "not given in the sources"),)``.
    missing: tuple[tuple[str, str], ...] = ()
    #: Why the source is of low reliability (a blog repost, a wiki mirror...), or empty.
    reliability_note: str = ""
    #: A held document's full text, verbatim (empty for the others).
    text: str = ""
    #: Korean: our description (a document's own title is never translated), the reliability note,
    #: the reasons fields are missing, the note on its date. A repository opened in Korean puts them
    #: in the fields above.
    title_ko: str = ""
    reliability_note_ko: str = ""
    missing_ko: tuple[tuple[str, str], ...] = ()
    date_note_ko: str = ""

    @property
    def held(self) -> bool:
        """npviewer holds this document's full text, so it can be quoted."""
        return bool(self.seed)

    @property
    def display_title(self) -> str:
        """The title as a reader sees it: a supplied description stands in square brackets."""
        return f"[{self.title}]" if self.title_supplied else self.title


@dataclass(frozen=True)
class Citation:
    """Where a statement comes from: a document and either a quotation from it or a reference to it.

    A *quotation* (``verbatim``) is the exact words of a document whose text npviewer holds; only a
    quotation is ever shown in quotation marks. A *reference* points into a document npviewer does
    not quote (its ``locator``, e.g. "para. 2") and may carry our own short summary of it.
    """

    document_id: str
    document_title: str
    verbatim: bool = False
    #: The quotation (``verbatim``) or our summary (not ``verbatim``); may be empty for a reference.
    text: str = ""
    locator: str = ""
    status: str = "confirmed"
    note: str = ""
    url: str = ""
    #: Our translation of a quotation, in the repository's language (Korean): shown beside the
    #: document's words, marked as a translation (번역), never in quotation marks. Empty otherwise.
    translation: str = ""

    @property
    def quotation(self) -> str:
        return self.text if self.verbatim else ""

    @property
    def summary(self) -> str:
        return "" if self.verbatim else self.text


@dataclass(frozen=True)
class Dispute:
    """Another source's version of one field of an entry."""

    field: str
    value: str
    citations: tuple[Citation, ...]
    note: str = ""


@dataclass(frozen=True)
class EntryRef:
    """Enough of an entry to show it as a link or a row."""

    id: str
    kind: str
    title: str
    region_id: str | None = None

    @property
    def kind_label(self) -> str:
        """The kind's name in the interface language."""
        return kind_label(self.kind)


@dataclass(frozen=True)
class EventInfo:
    """The when and where of a dated entry."""

    start: PartialDate
    end: PartialDate | None = None
    planned: bool = False
    date_status: str = "confirmed"
    date_note: str = ""
    place: str = ""
    participants: tuple[str, ...] = ()
    series_id: str | None = None
    number: int | None = None

    @property
    def label(self) -> str:
        return span_label(self.start, self.end)


@dataclass(frozen=True)
class FigureInfo:
    """A key figure's value."""

    value: float
    unit: str
    period: str = ""
    #: The language the label is written in: ``ko`` writes ``81억 달러`` for 8.1 billion USD.
    lang: str = "en"

    @property
    def label(self) -> str:
        if self.lang == "ko":
            from npviewer.store.units import korean_figure

            return korean_figure(self.value, self.unit, self.period)
        value = f"{self.value:,.2f}".rstrip("0").rstrip(".")
        period = f" ({self.period})" if self.period else ""
        return f"{value} {self.unit}{period}"


@dataclass(frozen=True)
class Entry:
    """One entry with everything the detail pane shows."""

    ref: EntryRef
    text: str
    parent_id: str | None
    breadcrumb: tuple[EntryRef, ...]
    children: tuple[EntryRef, ...]
    aliases: tuple[str, ...]
    citations: tuple[Citation, ...]
    disputes: tuple[Dispute, ...] = ()
    event: EventInfo | None = None
    figure: FigureInfo | None = None
    #: Related entries by relation, both ways: ``{"places": (...), "meetings": (...)}``.
    links: dict[str, tuple[EntryRef, ...]] = field(default_factory=dict)
    #: The language its title and text are in: ``ko`` read from a Korean repository with the entry
    #: translated, ``en`` otherwise (a Korean reader then sees the English: not yet translated).
    lang: str = "en"

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def kind(self) -> str:
        return self.ref.kind

    @property
    def title(self) -> str:
        return self.ref.title


@dataclass(frozen=True)
class TimelineEvent:
    """A dated entry as the timeline draws it."""

    id: str
    kind: str
    title: str
    start: PartialDate
    end: PartialDate | None
    planned: bool
    disputed: bool
    region_ids: tuple[str, ...]
    place_ids: tuple[str, ...]
    place: str = ""


@dataclass(frozen=True)
class SearchHit:
    """One search result. ``snippet`` marks matched words with \\x02 ... \\x03."""

    id: str
    kind: str
    title: str
    snippet: str
    region_id: str | None
    score: float = 0.0
    #: The user's own note on the entry, where the query matched it (marked like the snippet).
    note: str = ""

    MARK_START = "\x02"
    MARK_END = "\x03"

    def snippet_marked(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(self.MARK_START, start).replace(self.MARK_END, end)


@dataclass(frozen=True)
class SearchResult:
    """The hits of one query, and whether they were ranked by relevance."""

    query: str
    hits: tuple[SearchHit, ...]
    ranked: bool = True
    #: The query's words that were searched, for highlighting.
    terms: tuple[str, ...] = ()
    #: More entries match than the hits hold.
    more: bool = False
    #: Nothing matched the query as typed: the hits are those of this corrected query ("Did you mean").
    suggestion: str = ""
    #: The terms a snippet marks (the query's, and the other names searched with them), to fetch the
    #: snippets of later hits when they are wanted.
    snippet_terms: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    expansion: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Coverage:
    """What the content covers: the date it is current to (its newest dated event or source) and the
    years its events span."""

    current_to: PartialDate | None
    first_year: int | None
    last_year: int | None
