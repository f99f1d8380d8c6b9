"""What changed between two versions of the content: entries added, removed and changed, each change
a word-level difference of its title, text, sources and details (Python's :mod:`difflib`).

Read from two built stores (plain ``sqlite3``), kept as JSON beside the installed content so the
"What changed" page, ``npviewer content diff`` and the bookmarks can show it without the old store.
Both languages are compared: :meth:`ContentChanges.in_language` gives the changes as a reader of
one language sees them (a Korean reader the Korean title, text, sources and details).
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from npviewer.i18n import QT_TRANSLATE_NOOP, language, translate
from npviewer.store.dates import DateError, PartialDate
from npviewer.store.db import connect_readonly
from npviewer.store.records import ALL_KINDS, Citation

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
STATUS_ORDER = (ADDED, CHANGED, REMOVED)
FIELDS = ("title", "text", "sources", "details")
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Changes", "Title"),
    "text": QT_TRANSLATE_NOOP("Changes", "Text"),
    "sources": QT_TRANSLATE_NOOP("Changes", "Sources"),
    "details": QT_TRANSLATE_NOOP("Changes", "Details"),
}
NO_REGION = ""
NO_REGION_TITLE = QT_TRANSLATE_NOOP("Changes", "Not tied to one region")
#: Each kind's name for a group of its entries (``Measures``).
KIND_PLURALS = {
    "region": QT_TRANSLATE_NOOP("Changes", "Regions"),
    "country": QT_TRANSLATE_NOOP("Changes", "Countries"),
    "area": QT_TRANSLATE_NOOP("Changes", "Areas"),
    "profile": QT_TRANSLATE_NOOP("Changes", "Profiles"),
    "direction": QT_TRANSLATE_NOOP("Changes", "Strategic directions"),
    "measure": QT_TRANSLATE_NOOP("Changes", "Measures"),
    "submeasure": QT_TRANSLATE_NOOP("Changes", "Sub-measures"),
    "note": QT_TRANSLATE_NOOP("Changes", "Notes"),
    "programme": QT_TRANSLATE_NOOP("Changes", "Programmes"),
    "body": QT_TRANSLATE_NOOP("Changes", "Bodies"),
    "initiative": QT_TRANSLATE_NOOP("Changes", "Initiatives"),
    "strategy": QT_TRANSLATE_NOOP("Changes", "National strategies"),
    "topic": QT_TRANSLATE_NOOP("Changes", "Topics"),
    "meeting": QT_TRANSLATE_NOOP("Changes", "Meetings"),
    "forum": QT_TRANSLATE_NOOP("Changes", "Forums"),
    "summit": QT_TRANSLATE_NOOP("Changes", "Summits"),
    "milestone": QT_TRANSLATE_NOOP("Changes", "Milestones"),
    "point": QT_TRANSLATE_NOOP("Changes", "Statements"),
    "figure": QT_TRANSLATE_NOOP("Changes", "Key figures"),
}
#: Words, runs of white space, and single other characters: the units a change is shown in.
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")

Tokens = tuple[tuple[str, str], ...]  # ("=" | "+" | "-", text)


@dataclass(frozen=True)
class Snapshot:
    """One entry as a version of the content has it: what a reader sees of it."""

    id: str
    kind: str
    title: str
    text: str = ""
    region_id: str = NO_REGION
    sources: tuple[str, ...] = ()
    details: str = ""
    title_ko: str = ""
    text_ko: str = ""
    sources_ko: tuple[str, ...] = ()
    details_ko: str = ""

    def value(self, name: str) -> str:
        return "\n".join(self.sources) if name == "sources" else str(getattr(self, name))

    def in_language(self, lang: str) -> Snapshot:
        """The snapshot as a reader of ``lang`` sees it: in Korean, the Korean of each field that has it."""
        if lang != "ko":
            return self
        return replace(
            self,
            title=self.title_ko or self.title,
            text=self.text_ko or self.text,
            sources=self.sources_ko or self.sources,
            details=self.details_ko or self.details,
        )


@dataclass(frozen=True)
class FieldChange:
    """One field that differs, as a sequence of kept ("="), added ("+") and removed ("-") words."""

    name: str
    tokens: Tokens

    def side(self, ops: str) -> str:
        """The old (``"=-"``) or new (``"=+"``) text."""
        return "".join(text for op, text in self.tokens if op in ops)


@dataclass(frozen=True)
class EntryChange:
    status: str
    entry: Snapshot  # the new version; the old one for a removed entry
    old: Snapshot | None = None  # the old version of a changed entry
    fields: tuple[FieldChange, ...] = ()
    # The same fields as a Korean reader sees them (the Korean, or the English where there is none).
    fields_ko: tuple[FieldChange, ...] = ()

    @property
    def id(self) -> str:
        return self.entry.id


@dataclass(frozen=True)
class Version:
    """One side of a comparison: which content, as the user knows it."""

    id: str  # "bundled" or an installed pack's id
    label: str
    current_to: str = ""
    entry_count: int = 0

    def facts(self) -> str:
        """``current to 30 November 2021, 192 entries``."""
        current = translate("Changes", "current to {date}")
        facts = [current.format(date=date_label(self.current_to))] if self.current_to else []
        return ", ".join([*facts, translate("Changes", "{count} entries").format(count=f"{self.entry_count:,}")])


def date_label(iso: str) -> str:
    """``2021-11-30`` as ``30 November 2021`` / ``2021년 11월 30일`` (as given when it is not a date)."""
    try:
        return PartialDate.parse(iso).label(language())
    except DateError:
        return iso


@dataclass(frozen=True)
class Group:
    region_id: str
    region_title: str
    kind: str
    changes: tuple[EntryChange, ...]

    @property
    def title(self) -> str:
        region = translate("Changes", NO_REGION_TITLE) if self.region_id == NO_REGION else self.region_title
        return f"{region} · {kind_plural(self.kind)}"


@dataclass(frozen=True)
class ContentChanges:
    """Every difference from one version of the content to the next, in reading order."""

    old: Version
    new: Version
    changes: tuple[EntryChange, ...]
    regions: tuple[tuple[str, str], ...] = ()  # (id, title) in the content's region order
    switched: str = ""
    _by_id: dict[str, EntryChange] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update((c.id, c) for c in self.changes)

    def get(self, entry_id: str) -> EntryChange | None:
        return self._by_id.get(entry_id)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_ORDER, 0)
        for change in self.changes:
            counts[change.status] += 1
        return counts

    def summary(self) -> str:
        """``3 entries added, 1 removed, 2 changed`` (or ``no entry changed``)."""
        counts = self.counts()
        if not any(counts.values()):
            return translate("Changes", "no entry changed")
        words = {
            ADDED: translate("Changes", "{count} added"),
            CHANGED: translate("Changes", "{count} changed"),
            REMOVED: translate("Changes", "{count} removed"),
        }
        parts = [words[s].format(count=f"{counts[s]:,}") for s in STATUS_ORDER if counts[s]]
        total = sum(counts.values())
        head = translate("Changes", "1 entry") if total == 1 else translate("Changes", "{count} entries")
        return head.format(count=f"{total:,}") + ": " + ", ".join(parts)

    def ids(self, status: str) -> set[str]:
        return {c.id for c in self.changes if c.status == status}

    def in_language(self, lang: str) -> ContentChanges:
        """The changes as a reader of ``lang`` sees them: each entry and its changed fields in that
        language (Korean where the content has it, else English); an entry changed only in the other
        language is left out."""
        changes = tuple(c for c in (_change_in(change, lang) for change in self.changes) if c is not None)
        regions = tuple((rid, self._region_title(rid, title, lang)) for rid, title in self.regions)
        return ContentChanges(self.old, self.new, changes, regions, self.switched)

    def _region_title(self, region_id: str, title: str, lang: str) -> str:
        change = self.get(region_id)
        return change.entry.in_language(lang).title if change is not None else title

    def bookmarked(self, bookmark_ids: Iterable[str]) -> list[EntryChange]:
        """The changes to bookmarked entries, in reading order: a reader sees these first."""
        wanted = set(bookmark_ids)
        return [c for c in self.changes if c.id in wanted]

    def groups(self) -> list[Group]:
        """The changes grouped by region (the content's order; entries of no one region last), then kind."""
        titles = dict(self.regions)
        buckets: dict[tuple[str, str], list[EntryChange]] = defaultdict(list)
        for change in self.changes:
            region = change.entry.region_id if change.entry.region_id in titles else NO_REGION
            buckets[(region, change.entry.kind)].append(change)
        region_rank = {rid: n for n, (rid, _title) in enumerate(self.regions)}
        region_rank[NO_REGION] = len(region_rank)

        def order(key: tuple[str, str]) -> tuple[int, int]:
            return region_rank[key[0]], _kind_rank(key[1])

        return [
            Group(region, titles.get(region, NO_REGION_TITLE), kind, tuple(buckets[(region, kind)]))
            for region, kind in sorted(buckets, key=order)
        ]

    # -- JSON ------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "npviewer-content-changes",
            "version": 1,
            "from": vars(self.old),
            "to": vars(self.new),
            "switched": self.switched,
            "summary": self.counts(),
            "regions": [list(r) for r in self.regions],
            "entries": [change_json(c) for c in self.changes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ContentChanges:
        changes = []
        for item in data["entries"]:
            entry = _snapshot(item["entry"])
            old = item.get("old")
            old_snapshot = _snapshot(old) if old else None
            fields, fields_ko = (
                tuple(FieldChange(f["field"], tuple((op, text) for op, text in f["words"])) for f in item.get(key, []))
                for key in ("fields", "fields_ko")
            )
            changes.append(EntryChange(item["status"], entry, old_snapshot, fields, fields_ko))
        return cls(
            Version(**data["from"]),
            Version(**data["to"]),
            tuple(changes),
            tuple((str(r[0]), str(r[1])) for r in data.get("regions", [])),
            str(data.get("switched", "")),
        )


def _snapshot(data: dict[str, Any]) -> Snapshot:
    return Snapshot(
        **{**data, "sources": tuple(data.get("sources", ())), "sources_ko": tuple(data.get("sources_ko", ()))}
    )


def _change_in(change: EntryChange, lang: str) -> EntryChange | None:
    """One change in ``lang`` (see :meth:`ContentChanges.in_language`), None if nothing changed there."""
    fields = change.fields_ko if lang == "ko" else change.fields
    entry = change.entry.in_language(lang)
    old = change.old.in_language(lang) if change.old is not None else None
    moved = change.old is not None and (change.old.kind, change.old.region_id) != (entry.kind, entry.region_id)
    if change.status == CHANGED and not fields and not moved:
        return None
    return EntryChange(change.status, entry, old, fields)


def change_json(change: EntryChange) -> dict[str, Any]:
    """One change as JSON: ``fields`` list each differing field's words as ``[op, text]`` pairs. An
    added entry is kept without its text and sources (the content in use has them): a first update
    may add a hundred thousand."""
    entry = _snapshot_json(change.entry)
    if change.status == ADDED:
        del entry["text"], entry["sources"], entry["text_ko"], entry["sources_ko"]
    out: dict[str, Any] = {"id": change.id, "status": change.status, "entry": entry}
    if change.old is not None:
        out["old"] = _snapshot_json(change.old)
    for key, fields in (("fields", change.fields), ("fields_ko", change.fields_ko)):
        if fields:
            out[key] = [{"field": f.name, "words": [list(t) for t in f.tokens]} for f in fields]
    return out


def _snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    return {**vars(snapshot), "sources": list(snapshot.sources), "sources_ko": list(snapshot.sources_ko)}


def kind_plural(kind: str) -> str:
    """``Measures`` for ``measure``, in the interface language (an unknown kind as written)."""
    plural = KIND_PLURALS.get(kind)
    return translate("Changes", plural) if plural else kind.title() or translate("Changes", "Entries")


def _kind_rank(kind: str) -> int:
    return ALL_KINDS.index(kind) if kind in ALL_KINDS else len(ALL_KINDS)


# -- comparing ------------------------------------------------------------------------------------


def word_diff(old: str, new: str) -> Tokens:
    """``old`` to ``new`` word by word: runs of kept, removed and added text."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[tuple[str, str]] = []

    def emit(op: str, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            emit("=", "".join(a[i1:i2]))
        else:
            emit("-", "".join(a[i1:i2]))
            emit("+", "".join(b[j1:j2]))
    return tuple(out)


def compare(old: dict[str, Snapshot], new: dict[str, Snapshot], order: list[str]) -> list[EntryChange]:
    """The changes from ``old`` to ``new`` (both by id); ``order`` is the new content's reading order,
    followed by the removed entries in the old one's."""
    changes: list[EntryChange] = []
    for entry_id in order:
        before, after = old.get(entry_id), new.get(entry_id)
        if before is None and after is not None:
            changes.append(EntryChange(ADDED, after))
        elif after is None and before is not None:
            changes.append(EntryChange(REMOVED, before))
        elif before is not None and after is not None and before != after:
            fields = _field_changes(before, after)
            fields_ko = _field_changes(before.in_language("ko"), after.in_language("ko"))
            if fields or fields_ko or before.kind != after.kind or before.region_id != after.region_id:
                changes.append(EntryChange(CHANGED, after, before, fields, fields_ko))
    return changes


def _field_changes(before: Snapshot, after: Snapshot) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(name, word_diff(before.value(name), after.value(name)))
        for name in FIELDS
        if before.value(name) != after.value(name)
    )


def compare_stores(old_store: Path, new_store: Path, old: Version, new: Version, switched: str = "") -> ContentChanges:
    """Every change from the store ``old_store`` to ``new_store``."""
    old_entries, old_order, old_regions = read_snapshots(old_store)
    new_entries, new_order, new_regions = read_snapshots(new_store)
    order = new_order + [i for i in old_order if i not in new_entries]
    regions = new_regions + [r for r in old_regions if r[0] not in dict(new_regions)]
    changes = compare(old_entries, new_entries, order)
    return ContentChanges(old, new, tuple(changes), tuple(regions), switched)


def read_snapshots(store: Path) -> tuple[dict[str, Snapshot], list[str], list[tuple[str, str]]]:
    """Every entry of a store as a :class:`Snapshot`, the ids in reading order, and the regions."""
    conn = connect_readonly(store)
    try:
        return _read(conn)
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> tuple[dict[str, Snapshot], list[str], list[tuple[str, str]]]:
    sources: dict[tuple[str, str], list[str]] = defaultdict(list)
    details: dict[tuple[str, str], str] = {}
    korean = _has_korean(conn)
    for lang in ("en", "ko") if korean else ("en",):
        for entry_id, line in _source_lines(conn, lang):
            sources[(entry_id, lang)].append(line)
        for entry_id, line in _detail_lines(conn, lang):
            key = (entry_id, lang)
            details[key] = f"{details[key]} · {line}" if key in details else line
    entries: dict[str, Snapshot] = {}
    order: list[str] = []
    regions: list[tuple[str, str]] = []
    columns = "title_ko, text_ko" if korean else "'', ''"
    for entry_id, kind, title, text, region_id, title_ko, text_ko in conn.execute(
        f"SELECT id, kind, title, text, coalesce(region_id, ''), {columns} FROM entry ORDER BY num"
    ):
        en, ko = (entry_id, "en"), (entry_id, "ko")
        entries[entry_id] = Snapshot(
            entry_id, kind, title, text, region_id, tuple(sources.get(en, ())), details.get(en, ""),
            title_ko, text_ko, tuple(sources.get(ko, ())), details.get(ko, ""),
        )  # fmt: skip
        order.append(entry_id)
        if kind == "region":
            regions.append((entry_id, title))
    return entries, order, regions


def _has_korean(conn: sqlite3.Connection) -> bool:
    """Whether a store keeps the Korean (one built before schema 4 does not)."""
    return any(row[1] == "title_ko" for row in conn.execute("PRAGMA table_info(entry)"))


def _source_lines(conn: sqlite3.Connection, lang: str = "en") -> Iterator[tuple[str, str]]:
    """Each entry's sources, one line each: quotation marks only around a quotation of a held text."""
    from npviewer.store.repository import CITATION_COLUMNS, _citation

    rows = conn.execute(
        f"SELECT c.entry_id, {CITATION_COLUMNS} FROM citation c LEFT JOIN document d ON d.id = c.document_id "
        "WHERE c.dispute_id IS NULL ORDER BY c.id"
    )
    for row in rows:
        yield str(row[0]), source_line(_citation(row[1:], lang), lang)


#: The words of a source line and a detail line in Korean.
_KO_WORDS = {"inferred": "추정", "disputed": "논란", "planned": "예정"}


def source_line(cite: Citation, lang: str = "en") -> str:
    """One source as a line; in Korean a quotation keeps its words, its translation after it as 번역."""
    where = cite.document_title + (f", {cite.locator}" if cite.locator else "")
    if lang == "ko":
        if cite.verbatim:
            line = f"인용 {where}: \u201c{cite.text}\u201d" + (
                f" (번역: {cite.translation})" if cite.translation else ""
            )
        else:
            line = f"참고 {where}" + (f"; 요약: {cite.text}" if cite.text else "")
        status = _KO_WORDS.get(cite.status, cite.status)
    else:
        if cite.verbatim:
            line = f"Quotation from {where}: \u201c{cite.text}\u201d"
        else:
            line = f"Reference: {where}" + (f"; summary: {cite.text}" if cite.text else "")
        status = cite.status
    if cite.status != "confirmed":
        line += f" [{status}]"
    return line + (f" ({cite.note})" if cite.note else "")


def _detail_lines(conn: sqlite3.Connection, lang: str = "en") -> Iterator[tuple[str, str]]:
    """Each dated or numeric entry's date, place and figure, as one line (in ``lang``)."""
    from npviewer.store.dates import PartialDate, span_label
    from npviewer.store.records import FigureInfo

    korean = lang == "ko"
    place_column = "coalesce(nullif(place_ko, ''), place)" if korean else "place"
    for entry_id, start, end, place, planned, date_status in conn.execute(
        f'SELECT entry_id, start, "end", {place_column}, planned, date_status FROM event'
    ):
        if korean:
            parts = [span_label(PartialDate(start), PartialDate(end) if end else None, "ko")]
        else:
            parts = [f"{start} to {end}" if end else start]
        if place:
            parts.append(place)
        if planned:
            parts.append(_KO_WORDS["planned"] if korean else "planned")
        if date_status and date_status != "confirmed":
            parts.append(f"날짜 {_KO_WORDS.get(date_status, date_status)}" if korean else f"date {date_status}")
        yield entry_id, " · ".join(parts)
    period_column = "coalesce(nullif(period_ko, ''), period)" if korean else "period"
    for entry_id, value, unit, period in conn.execute(f"SELECT entry_id, value, unit, {period_column} FROM figure"):
        if korean:
            yield entry_id, FigureInfo(value, unit, period, lang="ko").label
            continue
        number = f"{value:g}"
        yield entry_id, f"{number} {unit}" + (f" ({period})" if period else "")
