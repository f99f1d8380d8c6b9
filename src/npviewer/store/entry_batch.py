"""Many entries read at once: :meth:`Repository.entry` for thousands of ids in a few queries each of a
few hundred ids (the brief of a region reads every measure), the records built by the repository's
own row methods so that both ways give equal entries. Only the related entries are still read one
entry at a time (their query joins four relations both ways)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from npviewer.store.records import Citation, Dispute, Entry, EntryRef
from npviewer.store.repository import (
    _REF_COLUMNS,
    CITATION_COLUMNS,
    DISPUTE_COLUMNS,
    ENTRY_COLUMNS,
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    Repository,
    with_region,
)

CHUNK = 500  # ids a query asks for at once (well under SQLite's limit on parameters)


def read_entries(repo: Repository, entry_ids: Sequence[str]) -> dict[str, Entry]:
    """Entry id -> the entry, for each id the content has, as :meth:`Repository.entry` gives it."""
    out: dict[str, Entry] = {}
    ids = list(dict.fromkeys(entry_ids))
    for start in range(0, len(ids), CHUNK):
        out.update(_chunk(repo, ids[start : start + CHUNK]))
    return out


def _rows(repo: Repository, sql: str, ids: Sequence[str]) -> Iterator[Any]:
    """``sql`` with ``{ids}`` standing for the ids' placeholders."""
    return iter(repo.conn.execute(sql.format(ids=",".join("?" * len(ids))), list(ids)))


def _chunk(repo: Repository, ids: list[str]) -> dict[str, Entry]:
    rows = {r[0]: r for r in _rows(repo, f"SELECT {ENTRY_COLUMNS} FROM entry e WHERE e.id IN ({{ids}})", ids)}
    ids = [i for i in ids if i in rows]
    aliases: dict[str, list[str]] = defaultdict(list)
    for entry_id, text in _rows(repo, "SELECT entry_id, text FROM alias WHERE entry_id IN ({ids}) ORDER BY rowid", ids):
        aliases[entry_id].append(text)
    children: dict[str, list[EntryRef]] = defaultdict(list)
    sql = f"SELECT e.parent_id, {_REF_COLUMNS} FROM entry e WHERE e.parent_id IN ({{ids}}) ORDER BY e.num"
    for r in _rows(repo, sql, ids):
        children[r[0]].append(repo._ref(r[1:]))
    cited: dict[tuple[str, int | None], list[Citation]] = defaultdict(list)
    sql = (f"SELECT c.entry_id, c.dispute_id, {CITATION_COLUMNS} FROM citation c "
           "LEFT JOIN document d ON d.id = c.document_id WHERE c.entry_id IN ({ids}) ORDER BY c.id")  # fmt: skip
    for r in _rows(repo, sql, ids):
        cited[(r[0], r[1])].append(repo.citation_of(r[2:]))
    disputes: dict[str, list[Dispute]] = defaultdict(list)
    sql = f"SELECT entry_id, {DISPUTE_COLUMNS} FROM dispute WHERE entry_id IN ({{ids}}) ORDER BY id"
    for r in _rows(repo, sql, ids):
        disputes[r[0]].append(repo.dispute_of(r[1:], cited[(r[0], r[1])]))
    events = {r[0]: repo.event_of(r[1:]) for r in _rows(repo, f"SELECT entry_id, {EVENT_COLUMNS} FROM event "
                                                       "WHERE entry_id IN ({ids})", ids)}  # fmt: skip
    figures = {r[0]: repo.figure_of(r[1:]) for r in _rows(repo, f"SELECT entry_id, {FIGURE_COLUMNS} FROM figure "
                                                         "WHERE entry_id IN ({ids})", ids)}  # fmt: skip
    crumbs = _Breadcrumbs(repo, rows)
    out = {}
    for i in ids:
        out[i] = repo.entry_of(rows[i], breadcrumb=crumbs.of(i), children=children[i], aliases=aliases[i],
                               citations=cited[(i, None)], disputes=disputes[i], event=events.get(i),
                               figure=figures.get(i))  # fmt: skip
    return out


class _Breadcrumbs:
    """:meth:`Repository.ancestors` from the rows at hand: an entry's parents are its parent's parents
    and its parent, so a chain is read once for the entries that share it."""

    def __init__(self, repo: Repository, rows: dict[str, Any]):
        self.repo = repo
        self.rows = rows
        self.chains: dict[str, list[EntryRef]] = {}  # an entry at hand -> its parents
        self.outside: dict[str, list[EntryRef]] = {}  # a parent not at hand -> its children's parents
        self.refs: dict[str, EntryRef | None] = {}

    def of(self, entry_id: str) -> list[EntryRef]:
        row = self.rows[entry_id]
        chain = list(self._above(entry_id))
        region = self._ref(row[3]) if row[3] else self.repo.region_linked(entry_id, chain)
        return with_region(entry_id, chain, region)

    def _above(self, entry_id: str) -> list[EntryRef]:
        """The entry's parents from the top down."""
        found = self.chains.get(entry_id)
        if found is None:
            parent = self.rows[entry_id][5]
            if parent is None:
                found = []
            elif parent in self.rows:
                found = [*self._above(parent), self.repo._ref(self.rows[parent])]
            else:  # a parent not at hand: its chain read once for all its children here
                if parent not in self.outside:
                    self.outside[parent] = self.repo.parent_chain(entry_id)
                found = self.outside[parent]
            self.chains[entry_id] = found
        return found

    def _ref(self, entry_id: str) -> EntryRef | None:
        if entry_id not in self.refs:
            row = self.rows.get(entry_id)
            self.refs[entry_id] = self.repo._ref(row) if row is not None else self.repo.ref(entry_id)
        return self.refs[entry_id]
