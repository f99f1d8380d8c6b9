"""What changed between two versions of the content: entries added, removed and changed, each change
a word-level difference of its title, text, sources and details (Python's :mod:`difflib`).

Read from two built stores (plain ``sqlite3``), kept as JSON beside the installed content so the
"What changed" page, ``npviewer content diff`` and the bookmarks can show it without the old store.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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

    def value(self, name: str) -> str:
        return "\n".join(self.sources) if name == "sources" else str(getattr(self, name))


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
            entry = Snapshot(**{**item["entry"], "sources": tuple(item["entry"].get("sources", ()))})
            old = item.get("old")
            old_snapshot = Snapshot(**{**old, "sources": tuple(old["sources"])}) if old else None
            fields = tuple(
                FieldChange(f["field"], tuple((op, text) for op, text in f["words"])) for f in item.get("fields", [])
            )
            changes.append(EntryChange(item["status"], entry, old_snapshot, fields))
        return cls(
            Version(**data["from"]),
            Version(**data["to"]),
            tuple(changes),
            tuple((str(r[0]), str(r[1])) for r in data.get("regions", [])),
            str(data.get("switched", "")),
        )


def change_json(change: EntryChange) -> dict[str, Any]:
    """One change as JSON: ``fields`` list each differing field's words as ``[op, text]`` pairs. An
    added entry is kept without its text and sources (the content in use has them): a first update
    may add a hundred thousand."""
    entry = _snapshot_json(change.entry)
    if change.status == ADDED:
        del entry["text"], entry["sources"]
    out: dict[str, Any] = {"id": change.id, "status": change.status, "entry": entry}
    if change.old is not None:
        out["old"] = _snapshot_json(change.old)
    if change.fields:
        out["fields"] = [{"field": f.name, "words": [list(t) for t in f.tokens]} for f in change.fields]
    return out


def _snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    return {**vars(snapshot), "sources": list(snapshot.sources)}


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
            fields = tuple(
                FieldChange(name, word_diff(before.value(name), after.value(name)))
                for name in FIELDS
                if before.value(name) != after.value(name)
            )
            if fields or before.kind != after.kind or before.region_id != after.region_id:
                changes.append(EntryChange(CHANGED, after, before, fields))
    return changes


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
    sources: dict[str, list[str]] = defaultdict(list)
    for entry_id, line in _source_lines(conn):
        sources[entry_id].append(line)
    details: dict[str, str] = {}
    for entry_id, line in _detail_lines(conn):
        details[entry_id] = f"{details[entry_id]} · {line}" if entry_id in details else line
    entries: dict[str, Snapshot] = {}
    order: list[str] = []
    regions: list[tuple[str, str]] = []
    for entry_id, kind, title, text, region_id in conn.execute(
        "SELECT id, kind, title, text, coalesce(region_id, '') FROM entry ORDER BY num"
    ):
        entries[entry_id] = Snapshot(
            entry_id, kind, title, text, region_id, tuple(sources.get(entry_id, ())), details.get(entry_id, "")
        )
        order.append(entry_id)
        if kind == "region":
            regions.append((entry_id, title))
    return entries, order, regions


def _source_lines(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """Each entry's sources, one line each: quotation marks only around a quotation of a held text."""
    from npviewer.store.repository import _CITATION_COLUMNS, _citation

    rows = conn.execute(
        f"SELECT c.entry_id, {_CITATION_COLUMNS} FROM citation c LEFT JOIN document d ON d.id = c.document_id "
        "WHERE c.dispute_id IS NULL ORDER BY c.id"
    )
    for row in rows:
        yield str(row[0]), source_line(_citation(row[1:]))


def source_line(cite: Citation) -> str:
    where = cite.document_title + (f", {cite.locator}" if cite.locator else "")
    if cite.verbatim:
        line = f"Quotation from {where}: \u201c{cite.text}\u201d"
    else:
        line = f"Reference: {where}" + (f"; summary: {cite.text}" if cite.text else "")
    if cite.status != "confirmed":
        line += f" [{cite.status}]"
    return line + (f" ({cite.note})" if cite.note else "")


def _detail_lines(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """Each dated or numeric entry's date, place and figure, as one line."""
    for entry_id, start, end, place, planned, date_status in conn.execute(
        'SELECT entry_id, start, "end", place, planned, date_status FROM event'
    ):
        parts = [f"{start} to {end}" if end else start]
        if place:
            parts.append(place)
        if planned:
            parts.append("planned")
        if date_status and date_status != "confirmed":
            parts.append(f"date {date_status}")
        yield entry_id, " · ".join(parts)
    for entry_id, value, unit, period in conn.execute("SELECT entry_id, value, unit, period FROM figure"):
        number = f"{value:g}"
        yield entry_id, f"{number} {unit}" + (f" ({period})" if period else "")
