"""Reads the built content store: entries with their sources and links, events, glossary.

Every method returns plain records (:mod:`npviewer.store.records`). Open one repository per
thread: a worker opens its own.

A repository reads in one language, given once (``open_repository(path, lang="ko")`` or
:meth:`Repository.set_language`): every record it returns is in that language where the content has
it (titles, texts, summaries, notes, disputes, places, participants, figures' units and periods),
in English where it has not. A quotation stays the document's words; its Korean is the citation's
``translation``. A source's own title stays as the source has it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from npviewer.i18n import QT_TRANSLATE_NOOP
from npviewer.store.dates import PartialDate
from npviewer.store.db import connect_readonly
from npviewer.store.records import (
    EVENT_KINDS,
    NAMED_KINDS,
    PLACE_KINDS,
    PROGRAMME_KINDS,
    Citation,
    Coverage,
    Dispute,
    Document,
    Entry,
    EntryRef,
    EventInfo,
    FigureInfo,
    GlossaryTerm,
    TimelineEvent,
)
from npviewer.store.text import fold

#: How related entries are grouped in the detail pane, in this order (labels in English: the keys of
#: ``Entry.links``; the window shows them translated).
LINK_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Links", "Regions"), ("region",)),
    (QT_TRANSLATE_NOOP("Links", "Countries and areas"), PLACE_KINDS),
    (QT_TRANSLATE_NOOP("Links", "Profile"), ("profile",)),
    (QT_TRANSLATE_NOOP("Links", "Measures"), ("direction", "measure", "submeasure", "note")),
    (QT_TRANSLATE_NOOP("Links", "Programmes and bodies"), ("programme", "body", "initiative", "strategy")),
    (QT_TRANSLATE_NOOP("Links", "Topics"), ("topic",)),
    (QT_TRANSLATE_NOOP("Links", "Meetings and events"), EVENT_KINDS),
    (QT_TRANSLATE_NOOP("Links", "Statements"), ("point",)),
    (QT_TRANSLATE_NOOP("Links", "Key figures"), ("figure",)),
)
RELATED = QT_TRANSLATE_NOOP("Links", "Related")
_GROUP_OF_KIND = {kind: label for label, kinds in LINK_GROUPS for kind in kinds}

_REF_COLUMNS = "e.id, e.kind, e.title, e.region_id"
#: An entry's own columns, as :meth:`Repository.entry_of` takes them.
ENTRY_COLUMNS = f"{_REF_COLUMNS}, e.text, e.parent_id, e.text_ko, e.title_ko"
EVENT_COLUMNS = (
    "start, end, planned, date_status, date_note, place, participants, series_id, number, "
    "date_note_ko, place_ko, participants_ko"
)
FIGURE_COLUMNS = "value, unit, period, period_ko"
DISPUTE_COLUMNS = "id, field, value, note, value_ko, note_ko"
_DOCUMENT_COLUMNS = (
    "id, title, publisher, url, seed, date, date_status, date_note, language, type, title_supplied, missing, "
    "reliability_note, text, title_ko, reliability_note_ko, missing_ko, date_note_ko"
)
#: A citation's columns, as :func:`_citation` takes them (``c`` the citation, ``d`` its document):
#: the English ones first, then the Korean (the text, the note, the title we supplied).
CITATION_COLUMNS = (
    "c.document_id, coalesce(CASE WHEN d.title_supplied THEN '[' || d.title || ']' ELSE d.title END, c.document_id), "
    "c.verbatim, c.text, c.locator, c.status, c.note, coalesce(d.url, ''), c.text_ko, c.note_ko, "
    "coalesce(CASE WHEN d.title_supplied AND d.title_ko != '' THEN '[' || d.title_ko || ']' END, '')"
)


def _pairs(text: object) -> tuple[tuple[str, str], ...]:
    """``missing``'s "field<TAB>reason" lines as pairs."""
    return tuple((name, why) for name, _, why in (line.partition("\t") for line in str(text).splitlines()) if name)


def _document(row: Sequence[Any], lang: str = "en") -> Document:
    id_, title, publisher, url, seed, date, date_status, date_note = (str(v) for v in row[:8])
    doc = Document(
        id_,
        title,
        publisher,
        url,
        seed,
        date,
        date_status,
        date_note,
        language=str(row[8]),
        type=str(row[9]),
        title_supplied=bool(row[10]),
        missing=_pairs(row[11]),
        reliability_note=str(row[12]),
        text=str(row[13]),
        title_ko=str(row[14]),
        reliability_note_ko=str(row[15]),
        missing_ko=_pairs(row[16]),
        date_note_ko=str(row[17]),
    )
    if lang != "ko":
        return doc
    return replace(
        doc,
        title=doc.title_ko if doc.title_supplied and doc.title_ko else doc.title,
        reliability_note=doc.reliability_note_ko or doc.reliability_note,
        date_note=doc.date_note_ko or doc.date_note,
        missing=tuple((name, dict(doc.missing_ko).get(name) or why) for name, why in doc.missing),
    )


def _citation(row: Sequence[Any], lang: str = "en", sections: Mapping[str, str] | None = None) -> Citation:
    """A citation from :data:`CITATION_COLUMNS`; in Korean, a reference's summary and every note are
    Korean where the content has them, a quotation keeps its words with its Korean beside it, and the
    locator says in Korean where in the document it stands (``sections``: a named section's Korean)."""
    cite = Citation(str(row[0]), str(row[1]), bool(row[2]), *(str(v) for v in row[3:8]))
    if lang != "ko" or len(row) < 11:
        return cite
    from npviewer.store.locators import korean_locator

    text_ko, note_ko, title_ko = str(row[8]), str(row[9]), str(row[10])
    return replace(
        cite,
        document_title=title_ko or cite.document_title,
        text=cite.text if cite.verbatim else text_ko or cite.text,
        translation=text_ko if cite.verbatim else "",
        note=note_ko or cite.note,
        locator=korean_locator(cite.locator, sections) if cite.locator else "",
    )


def with_region(entry_id: str, chain: list[EntryRef], region: EntryRef | None) -> list[EntryRef]:
    """The breadcrumb: the entry's region first, unless the chain starts with it or it is the entry."""
    if region and (not chain or chain[0].id != region.id) and region.id != entry_id:
        chain.insert(0, region)
    return chain


class UnknownEntry(KeyError):
    """No entry has this id."""


class Repository:
    """Read access to one content store file, in one language (``en`` or ``ko``).

    In Korean (:meth:`set_language`) every entry is titled by its ``title_ko``; an entry without one
    (content not yet translated) by its Korean name if it is a region, place, programme or body (the
    content's first ``lang: ko`` alias, never a made-up translation), else by its English title.
    """

    def __init__(self, path: Path, immutable: bool = False, lang: str = "en"):
        self.path = path
        self.conn = connect_readonly(path, immutable=immutable)
        self.lang = "en"
        self.names: dict[str, str] = {}
        self._section_names: dict[str, str] | None = None
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Read the content in ``lang`` (``en`` or ``ko``) from now on: titles, texts and every other
        field a reader reads."""
        self.lang = lang
        self.names = self.localised_names(lang) if lang != "en" else {}

    @property
    def korean(self) -> bool:
        return self.lang == "ko"

    def localised_names(self, lang: str) -> dict[str, str]:
        """Entry id -> its title in ``lang``: its translated title (Korean: ``title_ko``), else, for the
        kinds that are named rather than described (regions, countries, areas, programmes and bodies),
        the first alias in that language."""
        marks = ",".join("?" * len(NAMED_KINDS))
        rows = self.conn.execute(
            f"SELECT a.entry_id, a.text FROM alias a JOIN entry e ON e.id = a.entry_id "
            f"WHERE a.lang = ? AND e.kind IN ({marks}) ORDER BY a.rowid",
            (lang, *NAMED_KINDS),
        )
        names: dict[str, str] = {}
        for entry_id, text in rows:
            names.setdefault(entry_id, text)
        if lang == "ko":
            names.update(self.conn.execute("SELECT id, title_ko FROM entry WHERE title_ko != ''").fetchall())
        return names

    def _ko(self, english: Any, korean: Any) -> str:
        """The field in the repository's language: the Korean where it is given, else the English."""
        return str(korean or english) if self.korean else str(english)

    def _ref(self, row: Sequence[Any]) -> EntryRef:
        """An EntryRef from ``id, kind, title, region_id`` columns, titled in the repository's language."""
        return EntryRef(row[0], row[1], self.names.get(row[0], row[2]), row[3])

    def close(self) -> None:
        self.conn.close()

    # -- basics ------------------------------------------------------------------------------------

    def meta(self, key: str) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    @property
    def content_version(self) -> str:
        return self.meta("content_hash")

    def ref(self, entry_id: str) -> EntryRef | None:
        row = self.conn.execute(f"SELECT {_REF_COLUMNS} FROM entry e WHERE e.id = ?", (entry_id,)).fetchone()
        return self._ref(row) if row else None

    def refs(self, entry_ids: list[str]) -> dict[str, EntryRef]:
        """Several refs at once, by id (ids that do not exist are left out)."""
        out: dict[str, EntryRef] = {}
        for start in range(0, len(entry_ids), 500):
            chunk = entry_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT {_REF_COLUMNS} FROM entry e WHERE e.id IN ({marks})", chunk):
                out[row[0]] = self._ref(row)
        return out

    def exists(self, entry_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM entry WHERE id = ?", (entry_id,)).fetchone() is not None

    def regions(self) -> list[EntryRef]:
        rows = self.conn.execute(f"SELECT {_REF_COLUMNS} FROM entry e WHERE e.kind = 'region' ORDER BY e.num")
        return [self._ref(r) for r in rows]

    def find_region(self, name: str) -> EntryRef | None:
        """A region by id, title or alias, in any case (``eastern``, ``Eastern Region``, ``동부``)."""
        wanted = name.strip().casefold()
        english = dict(self.conn.execute("SELECT id, title FROM entry WHERE kind = 'region'").fetchall())
        for region in self.regions():
            titles = {region.title.casefold(), str(english.get(region.id, "")).casefold()}
            names = {region.id} | titles | {t.removesuffix(" region") for t in titles}
            names |= {a.casefold() for a in self.aliases(region.id)}
            if wanted in names:
                return region
        return None

    def refs_of_kind(self, kinds: tuple[str, ...]) -> list[EntryRef]:
        marks = ",".join("?" * len(kinds))
        rows = self.conn.execute(f"SELECT {_REF_COLUMNS} FROM entry e WHERE e.kind IN ({marks}) ORDER BY e.num", kinds)
        return [self._ref(r) for r in rows]

    def children(self, entry_id: str) -> list[EntryRef]:
        rows = self.conn.execute(
            f"SELECT {_REF_COLUMNS} FROM entry e WHERE e.parent_id = ? ORDER BY e.num", (entry_id,)
        )
        return [self._ref(r) for r in rows]

    def child_counts(self, entry_ids: list[str]) -> dict[str, int]:
        if not entry_ids:
            return {}
        marks = ",".join("?" * len(entry_ids))
        rows = self.conn.execute(
            f"SELECT parent_id, count(*) FROM entry WHERE parent_id IN ({marks}) GROUP BY parent_id",
            entry_ids,
        )
        return {r[0]: r[1] for r in rows}

    def aliases(self, entry_id: str) -> list[str]:
        rows = self.conn.execute("SELECT text FROM alias WHERE entry_id = ? ORDER BY rowid", (entry_id,))
        return [r[0] for r in rows]

    def text(self, entry_id: str) -> str:
        row = self.conn.execute("SELECT text, text_ko FROM entry WHERE id = ?", (entry_id,)).fetchone()
        return self._ko(row[0], row[1]) if row else ""

    def place_code(self, entry_id: str) -> str:
        row = self.conn.execute("SELECT code FROM entry WHERE id = ?", (entry_id,)).fetchone()
        return str(row[0]) if row else ""

    def coverage(self) -> Coverage:
        """The date the content is current to and the years its events cover."""
        current = self.meta("current_to")
        first, last = self.meta("covers_from"), self.meta("covers_to")
        return Coverage(
            current_to=PartialDate(current) if current else None,
            first_year=int(first) if first else None,
            last_year=int(last) if last else None,
        )

    def documents(self) -> list[Document]:
        rows = self.conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM document ORDER BY rowid")
        return [_document(r, self.lang) for r in rows]

    def document(self, document_id: str) -> Document | None:
        row = self.conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM document WHERE id = ?", (document_id,)).fetchone()
        return _document(row, self.lang) if row else None

    def citations_of(self, document_id: str) -> list[tuple[EntryRef, Citation]]:
        """Every citation of a document, with the entry that makes it (a disputed version's citation
        counts too): quotations in the document's own order, then references in reading order."""
        rows = self.conn.execute(
            f"SELECT {_REF_COLUMNS}, {CITATION_COLUMNS} FROM citation c JOIN entry e ON e.id = c.entry_id "
            "LEFT JOIN document d ON d.id = c.document_id WHERE c.document_id = ? ORDER BY e.num, c.id",
            (document_id,),
        )
        cited = [(self._ref(r), _citation(r[4:], self.lang, self._sections())) for r in rows]
        document = self.document(document_id)
        text = fold(document.text) if document is not None else ""

        def order(pair: tuple[EntryRef, Citation]) -> tuple[int, int]:
            cite = pair[1]
            if not cite.verbatim:
                return (1, 0)
            return (0, text.find(fold(cite.text)) % (len(text) + 1))

        return sorted(cited, key=order)

    def glossary(self) -> list[GlossaryTerm]:
        rows = self.conn.execute(
            "SELECT g.document_id, "
            "coalesce(CASE WHEN d.title_supplied THEN '[' || d.title || ']' ELSE d.title END, g.document_id), "
            "g.verbatim, g.text, g.locator, 'confirmed', '', coalesce(d.url, ''), g.text_ko, '', "
            "coalesce(CASE WHEN d.title_supplied AND d.title_ko != '' THEN '[' || d.title_ko || ']' END, ''), "
            "g.term, g.expansion, g.expansion_ko FROM glossary g "
            "LEFT JOIN document d ON d.id = g.document_id ORDER BY g.term"
        )
        return [GlossaryTerm(r[11], self._ko(r[12], r[13]), (_citation(r, self.lang, self._sections()),)) for r in rows]

    # -- one entry in full -------------------------------------------------------------------------

    def entry(self, entry_id: str) -> Entry:
        """Everything the detail pane shows of one entry; raises :class:`UnknownEntry`."""
        row = self.conn.execute(f"SELECT {ENTRY_COLUMNS} FROM entry e WHERE e.id = ?", (entry_id,)).fetchone()
        if row is None:
            raise UnknownEntry(entry_id)
        return self.entry_of(
            row,
            breadcrumb=self._breadcrumb(entry_id, row[3]),
            children=self.children(entry_id),
            aliases=self.aliases(entry_id),
            citations=self.citations(entry_id),
            disputes=self.disputes(entry_id),
            event=self.event_info(entry_id),
            figure=self.figure_info(entry_id),
        )

    def entry_of(self, row: Sequence[Any], *, breadcrumb: Sequence[EntryRef], children: Sequence[EntryRef],
                 aliases: Sequence[str], citations: Sequence[Citation], disputes: Sequence[Dispute],
                 event: EventInfo | None, figure: FigureInfo | None) -> Entry:  # fmt: skip
        """An entry from its :data:`ENTRY_COLUMNS` row and its parts, titled and worded in the
        repository's language (its English title then leads its other names)."""
        ref = self._ref(row)
        names = list(aliases)
        if ref.title != row[2] and ref.kind in NAMED_KINDS:  # shown by its Korean name: the English is another
            names = [row[2], *(a for a in names if a != ref.title)]
        korean = self.korean and bool(row[6] if row[4] else row[7])
        return Entry(
            ref=ref,
            lang="ko" if korean else "en",
            text=self._ko(row[4], row[6]),
            parent_id=row[5],
            breadcrumb=tuple(breadcrumb),
            children=tuple(children),
            aliases=tuple(names),
            citations=tuple(citations),
            disputes=tuple(disputes),
            event=event,
            figure=figure,
            links=self.related(ref.id),
        )

    def parent_chain(self, entry_id: str) -> list[EntryRef]:
        """The entry's parents, from the top down (places: up through their parent places)."""
        rows = self.conn.execute(
            f"""WITH RECURSIVE up(id, depth) AS (
                    SELECT parent_id, 1 FROM entry WHERE id = ?
                    UNION ALL SELECT e.parent_id, up.depth + 1 FROM entry e JOIN up ON e.id = up.id
                    WHERE up.depth < 32)
                SELECT {_REF_COLUMNS} FROM up JOIN entry e ON e.id = up.id ORDER BY up.depth DESC""",
            (entry_id,),
        )
        return [self._ref(r) for r in rows]

    def ancestors(self, entry_id: str) -> list[EntryRef]:
        """The breadcrumb above an entry: its region (if any), then its parents from the top down."""
        row = self.conn.execute("SELECT region_id FROM entry WHERE id = ?", (entry_id,)).fetchone()
        return self._breadcrumb(entry_id, row[0] if row else None)

    def _breadcrumb(self, entry_id: str, region_id: str | None) -> list[EntryRef]:
        chain = self.parent_chain(entry_id)
        region = self.ref(region_id) if region_id else self.region_linked(entry_id, chain)
        return with_region(entry_id, chain, region)

    def region_linked(self, entry_id: str, chain: list[EntryRef]) -> EntryRef | None:
        """The region an entry with no region of its own belongs to: the first linked from it or above it."""
        for ref in [*chain, EntryRef(entry_id, "", "")]:
            linked = self.conn.execute(
                "SELECT dst_id FROM link WHERE src_id = ? AND relation = 'regions' ORDER BY rowid LIMIT 1",
                (ref.id,),
            ).fetchone()
            if linked:
                return self.ref(linked[0])
        return None

    def citations(self, entry_id: str, dispute_id: int | None = None) -> list[Citation]:
        rows = self.conn.execute(
            f"SELECT {CITATION_COLUMNS} FROM citation c LEFT JOIN document d ON d.id = c.document_id "
            "WHERE c.entry_id = ? AND c.dispute_id IS ? ORDER BY c.id",
            (entry_id, dispute_id),
        )
        return [self.citation_of(r) for r in rows]

    def citation_of(self, row: Sequence[Any]) -> Citation:
        """A citation from its :data:`CITATION_COLUMNS` row, in the repository's language."""
        return _citation(row, self.lang, self._sections())

    def disputes(self, entry_id: str) -> list[Dispute]:
        rows = self.conn.execute(
            f"SELECT {DISPUTE_COLUMNS} FROM dispute WHERE entry_id = ? ORDER BY id",
            (entry_id,),
        ).fetchall()
        return [self.dispute_of(r, self.citations(entry_id, r[0])) for r in rows]

    def dispute_of(self, row: Sequence[Any], citations: Sequence[Citation]) -> Dispute:
        """A dispute from its :data:`DISPUTE_COLUMNS` row."""
        return Dispute(row[1], self._ko(row[2], row[4]), tuple(citations), self._ko(row[3], row[5]))

    def event_info(self, entry_id: str) -> EventInfo | None:
        row = self.conn.execute(f"SELECT {EVENT_COLUMNS} FROM event WHERE entry_id = ?", (entry_id,)).fetchone()
        return self.event_of(row) if row is not None else None

    def event_of(self, row: Sequence[Any]) -> EventInfo:
        """An event from its :data:`EVENT_COLUMNS` row."""
        participants = row[11] if self.korean and row[11] else row[6]
        return EventInfo(
            start=PartialDate(row[0]),
            end=PartialDate(row[1]) if row[1] else None,
            planned=bool(row[2]),
            date_status=row[3],
            date_note=self._ko(row[4], row[9]),
            place=self._ko(row[5], row[10]),
            participants=tuple(p for p in participants.split("\n") if p),
            series_id=row[7],
            number=row[8],
        )

    def figure_info(self, entry_id: str) -> FigureInfo | None:
        row = self.conn.execute(f"SELECT {FIGURE_COLUMNS} FROM figure WHERE entry_id = ?", (entry_id,)).fetchone()
        return self.figure_of(row) if row is not None else None

    def figure_of(self, row: Sequence[Any]) -> FigureInfo:
        """A figure from its :data:`FIGURE_COLUMNS` row."""
        return FigureInfo(row[0], row[1], self._ko(row[2], row[3]), lang=self.lang)

    def related(self, entry_id: str) -> dict[str, tuple[EntryRef, ...]]:
        """Related entries both ways (links, series, places of a region), grouped for display."""
        rows = self.conn.execute(
            f"""SELECT {_REF_COLUMNS}, ev.start FROM (
                    SELECT dst_id AS other FROM link WHERE src_id = :id
                    UNION SELECT src_id FROM link WHERE dst_id = :id
                    UNION SELECT entry_id FROM event WHERE series_id = :id
                    UNION SELECT series_id FROM event WHERE entry_id = :id AND series_id IS NOT NULL
                ) o JOIN entry e ON e.id = o.other LEFT JOIN event ev ON ev.entry_id = e.id
                WHERE e.id != :id AND (e.parent_id IS NULL OR e.parent_id != :id)
                ORDER BY ev.start IS NULL, ev.start, e.num""",
            {"id": entry_id},
        )
        grouped: dict[str, list[EntryRef]] = defaultdict(list)
        for r in rows:
            grouped[_GROUP_OF_KIND.get(r[1], RELATED)].append(self._ref(r))
        order = [label for label, _ in LINK_GROUPS] + [RELATED]
        return {label: tuple(grouped[label]) for label in order if grouped.get(label)}

    # -- collections -------------------------------------------------------------------------------

    def places_of_region(self, region_id: str) -> list[EntryRef]:
        """The countries and areas linked to a region, in content order."""
        rows = self.conn.execute(
            f"SELECT {_REF_COLUMNS} FROM link l JOIN entry e ON e.id = l.src_id "
            "WHERE l.dst_id = ? AND l.relation = 'regions' AND e.kind IN ('country', 'area') ORDER BY e.num",
            (region_id,),
        )
        return [self._ref(r) for r in rows]

    def short_names(self) -> dict[str, tuple[str, ...]]:
        """Entry id -> its other names in the repository's language that are shorter than its title,
        longest first: what a map label falls back to where the title does not fit."""
        langs = ("", "en") if self.lang == "en" else (self.lang,)
        rows = self.conn.execute(
            f"SELECT a.entry_id, a.text, e.title FROM alias a JOIN entry e ON e.id = a.entry_id "
            f"WHERE e.code != '' AND a.lang IN ({','.join('?' * len(langs))}) ORDER BY a.rowid",
            langs,
        )
        names: dict[str, list[str]] = {}
        for entry_id, text, title in rows:
            if len(text) < len(self.names.get(entry_id, title)):
                names.setdefault(entry_id, []).append(text)
        return {key: tuple(sorted(found, key=len, reverse=True)) for key, found in names.items()}

    def _sections(self) -> Mapping[str, str]:
        """The Korean of the sections a locator names (the strategy page's ``Eastern Region section``):
        the regions' titles, read once."""
        if self._section_names is None:
            rows = self.conn.execute("SELECT title, title_ko FROM entry WHERE kind = 'region' AND title_ko != ''")
            self._section_names = {str(en): str(ko) for en, ko in rows}
        return self._section_names

    def glossary_names(self) -> dict[str, str]:
        """The names glossary's English forms -> the name in the repository's language (nothing in
        English): the window's map names the places that have no entry of their own by them."""
        if self.lang == "en":
            return {}
        forms: dict[str, str] = {}
        for en, ko, also in self.conn.execute("SELECT en, ko, also FROM name"):
            for form in (en, *str(also).splitlines()):
                forms.setdefault(form, ko)
        return forms

    def place_codes(self) -> dict[str, tuple[str, str]]:
        """ISO numeric code -> (entry id, title) for every country that has one."""
        rows = self.conn.execute("SELECT code, id, title FROM entry WHERE code != '' ORDER BY num")
        return {r[0]: (r[1], self.names.get(r[1], r[2])) for r in rows}

    def timeline_events(self) -> list[TimelineEvent]:
        """Every dated entry, in date order, with the regions and places it concerns."""
        links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for src, dst, relation in self.conn.execute(
            "SELECT l.src_id, l.dst_id, l.relation FROM link l JOIN event ev ON ev.entry_id = l.src_id "
            "WHERE l.relation IN ('regions', 'places') ORDER BY l.rowid"
        ):
            links[src][relation].append(dst)
        disputed = {
            r[0] for r in self.conn.execute("SELECT DISTINCT entry_id FROM dispute WHERE field IN ('date', 'place')")
        }
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.title, ev.start, ev.end, ev.planned, ev.date_status, e.region_id, ev.place, "
            "ev.place_ko FROM event ev JOIN entry e ON e.id = ev.entry_id ORDER BY ev.start, e.num"
        )
        events = []
        for r in rows:
            regions = links[r[0]]["regions"] or ([r[7]] if r[7] else [])
            events.append(
                TimelineEvent(
                    id=r[0],
                    kind=r[1],
                    title=self.names.get(r[0], r[2]),
                    start=PartialDate(r[3]),
                    end=PartialDate(r[4]) if r[4] else None,
                    planned=bool(r[5]),
                    disputed=r[0] in disputed or r[6] == "disputed",
                    region_ids=tuple(dict.fromkeys(regions)),
                    place_ids=tuple(links[r[0]]["places"]),
                    place=self._ko(r[8], r[9]),
                )
            )
        return events

    def events_of_region(self, region_id: str) -> list[EntryRef]:
        """Events linked to the region (not merely to one of its places: Russia's summits are not all
        the Far East's), in date order."""
        rows = self.conn.execute(
            f"""SELECT DISTINCT {_REF_COLUMNS}, ev.start FROM event ev JOIN entry e ON e.id = ev.entry_id
                JOIN link l ON l.src_id = e.id
                WHERE (l.relation = 'regions' AND l.dst_id = :r) OR e.region_id = :r
                ORDER BY ev.start, e.num""",
            {"r": region_id},
        )
        return [self._ref(r) for r in rows]

    def descendants(self, entry_id: str) -> list[tuple[EntryRef, int]]:
        """Every entry below ``entry_id`` in reading order, with its depth (children are 1)."""
        out: list[tuple[EntryRef, int]] = []

        def walk(parent: str, depth: int) -> None:
            for child in self.children(parent):
                out.append((child, depth))
                walk(child.id, depth + 1)

        walk(entry_id, 1)
        return out

    def entries_citing(self, document_id: str) -> list[EntryRef]:
        rows = self.conn.execute(
            f"SELECT DISTINCT {_REF_COLUMNS}, e.num FROM citation c JOIN entry e ON e.id = c.entry_id "
            "WHERE c.document_id = ? ORDER BY e.num",
            (document_id,),
        )
        return [self._ref(r) for r in rows]

    def programme_refs(self) -> list[EntryRef]:
        return self.refs_of_kind(PROGRAMME_KINDS)

    def all_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM entry ORDER BY num")]


def open_repository(path: Path, immutable: bool = False, lang: str = "en") -> Repository:
    """Open a built store; raises ``sqlite3.DatabaseError`` if it is not one."""
    repo = Repository(path, immutable=immutable, lang=lang)
    try:
        repo.meta("content_hash")
    except sqlite3.DatabaseError:
        repo.close()
        raise
    return repo
