"""Full-text search over the content store with SQLite FTS5.

The user's query is never handed to FTS5 as syntax: it is split into words, phrases, ``-word``
exclusions and ``field:value`` filters, and rebuilt as a safe FTS5 expression, so no input is an
error. Every word is matched as a prefix (``"정책"*`` also finds ``정책은``: Hangul particles
stay attached to their word in FTS5's tokenizer).

Ranking by bm25 costs time in proportion to the number of matches (about 2.5 µs each). When a
query matches more than :data:`RANK_LIMIT` entries (a one-letter prefix on a large store), the
first entries in reading order are returned unranked instead, and the result says so. Counting up
to that limit is cheap; a store smaller than the limit is always ranked without counting.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from npviewer.store.records import (
    ALL_KINDS,
    EVENT_KINDS,
    PLACE_KINDS,
    PROGRAMME_KINDS,
    STRATEGY_KINDS,
    SearchHit,
    SearchResult,
)

RANK_LIMIT = 2000
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_FILTER = re.compile(r"^(region|kind|year|country|place|in|type):(.*)$", re.IGNORECASE)
_KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "event": EVENT_KINDS,
    "place": PLACE_KINDS,
    "programme": PROGRAMME_KINDS,
    "program": PROGRAMME_KINDS,
    "strategy-item": STRATEGY_KINDS,
}
_SNIPPET = f"snippet(entry_fts, -1, '{SearchHit.MARK_START}', '{SearchHit.MARK_END}', '…', 14)"
#: How much each kind's relevance counts: the strategy's own statements, places and events rank
#: ahead of the cross-reference entries (programmes, topics) that merely name the same thing.
KIND_WEIGHTS = {
    "region": 1.6, "country": 1.5, "area": 1.5, "direction": 1.3, "measure": 1.3, "submeasure": 1.3,
    "meeting": 1.2, "forum": 1.2, "summit": 1.2, "milestone": 1.1, "note": 1.1, "profile": 1.1, "point": 1.1,
}  # fmt: skip
_KIND_CASE = " ".join(f"WHEN '{kind}' THEN {weight}" for kind, weight in KIND_WEIGHTS.items())
_BM25 = f"bm25(entry_fts, 10.0, 1.0, 6.0) * (CASE e.kind {_KIND_CASE} ELSE 1.0 END)"


@dataclass
class ParsedQuery:
    """A query taken apart: what to match, what to exclude, and the filters."""

    include: list[list[str]] = field(default_factory=list)
    exclude: list[list[str]] = field(default_factory=list)
    kinds: set[str] | None = None
    regions: set[str] | None = None
    places: set[str] | None = None
    years: set[int] | None = None
    invalid_filter: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for term in self.include for w in term)

    def fts_expression(self) -> str:
        """A safe FTS5 MATCH expression, or '' when there is nothing to match."""
        if not self.include:
            return ""
        expr = " ".join(_phrase(t) for t in self.include)
        if self.exclude:
            expr = f"({expr}) NOT ({' OR '.join(_phrase(t) for t in self.exclude)})"
        return expr


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(words) + '"*'


def parse_query(text: str) -> ParsedQuery:
    """Split what the user typed into terms and filters. Never raises."""
    parsed = ParsedQuery()
    for match in _TOKEN.finditer(text or ""):
        negated, phrase, plain = match.group(1) == "-", match.group(2), match.group(3)
        if plain is not None:
            filt = _FILTER.match(plain)
            if filt and filt.group(2):
                _add_filter(parsed, filt.group(1).lower(), filt.group(2))
                continue
            negated = plain.startswith("-") and len(plain) > 1
            phrase = plain[1:] if negated else plain
        # FTS5 folds case and accents of the quoted words itself, with the index's own tokenizer.
        words = _WORD.findall(phrase or "")
        if words:
            (parsed.exclude if negated else parsed.include).append(words)
    return parsed


def _add_filter(parsed: ParsedQuery, name: str, value: str) -> None:
    values = [v for v in re.split(r"[,|]", value.casefold()) if v]
    if name in ("kind", "type"):
        kinds: set[str] = set()
        for v in values:
            v = v.removesuffix("s") if v.removesuffix("s") in ALL_KINDS or v.removesuffix("s") in _KIND_GROUPS else v
            kinds.update(_KIND_GROUPS.get(v, (v,) if v in ALL_KINDS else ()))
        if not kinds:
            parsed.invalid_filter = f"kind:{value}"
        parsed.kinds = kinds if parsed.kinds is None else parsed.kinds & kinds
    elif name in ("region", "in"):
        parsed.regions = (parsed.regions or set()) | set(values)
    elif name in ("country", "place"):
        parsed.places = (parsed.places or set()) | set(values)
    elif name == "year":
        years = {int(v) for v in values if v.isdigit() and len(v) == 4}
        if not years:
            parsed.invalid_filter = f"year:{value}"
        parsed.years = (parsed.years or set()) | years


class SearchService:
    """Runs parsed queries against one content store connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._entry_count = int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
        self._regions: dict[str, list[str]] = {}
        for region_id, name in conn.execute(
            "SELECT id, title FROM entry WHERE kind = 'region' "
            "UNION ALL SELECT a.entry_id, a.text FROM alias a JOIN entry e ON e.id = a.entry_id WHERE e.kind = 'region'"
        ):
            self._regions.setdefault(region_id, []).append((name or "").casefold())
        #: Entry id -> the title to show instead (names in the interface language: Repository.names).
        self.names: Mapping[str, str] = {}

    def search(self, text: str, limit: int = 20) -> SearchResult:
        """The best ``limit`` hits for ``text``; empty when nothing matches or nothing was asked."""
        parsed = parse_query(text)
        if parsed.invalid_filter:
            return SearchResult(text, (), True, parsed.words)
        where, params = self._filters(parsed)
        expr = parsed.fts_expression()
        if not expr:
            if not (where or parsed.exclude):
                return SearchResult(text, (), True, ())
            return SearchResult(text, self._browse(parsed, where, params, limit), False, ())
        try:
            ranked = self.count_matches(expr) <= RANK_LIMIT
            sql = self.fts_sql(where, ranked)
            rows = self.conn.execute(sql, [expr, *params, limit]).fetchall()
        except sqlite3.OperationalError:
            return SearchResult(text, (), ranked, parsed.words)
        hits = tuple(SearchHit(r[0], r[1], self.names.get(r[0], r[2]), r[3], r[4], -float(r[5])) for r in rows)
        return SearchResult(text, hits, ranked, parsed.words)

    @staticmethod
    def fts_sql(where: list[str], ranked: bool) -> str:
        """The SQL a search runs (the benchmark runs it raw, to measure this module's overhead)."""
        order = _BM25 if ranked else "entry_fts.rowid"
        score = _BM25 if ranked else "0.0"
        clauses = "".join(f" AND {w}" for w in where)
        return (
            f"SELECT e.id, e.kind, e.title, {_SNIPPET}, e.region_id, {score} FROM entry_fts "
            f"JOIN entry e ON e.num = entry_fts.rowid WHERE entry_fts MATCH ?{clauses} ORDER BY {order} LIMIT ?"
        )

    def count_matches(self, expression: str, cap: int = RANK_LIMIT + 1) -> int:
        """How many entries match, counting no further than ``cap`` (cheap: no ranking, no snippets)."""
        if self._entry_count < cap:
            return 0  # a store this small is always ranked: no need to count
        row = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM entry_fts WHERE entry_fts MATCH ? LIMIT ?)", (expression, cap)
        ).fetchone()
        return int(row[0])

    def _filters(self, parsed: ParsedQuery) -> tuple[list[str], list[object]]:
        """SQL conditions for the filters. A set of values is one JSON parameter (``json_each``), so a
        filter naming thousands of values stays a short expression (SQLite caps depth and parameters)."""
        where: list[str] = []
        params: list[object] = []
        values = "(SELECT value FROM json_each(?))"
        if parsed.kinds is not None:
            where.append(f"e.kind IN {values}")
            params.append(json.dumps(sorted(parsed.kinds)))
        if parsed.regions is not None:
            where.append(
                f"(e.region_id IN {values} OR e.id IN (SELECT src_id FROM link "
                f"WHERE relation = 'regions' AND dst_id IN {values}))"
            )
            params.extend([json.dumps(self._resolve_regions(parsed.regions))] * 2)
        if parsed.places is not None:
            # A country's areas count as the country (Jilin's entries are China's), as on the timeline.
            places = (
                "(WITH RECURSIVE wanted(id) AS (SELECT p.id FROM entry p WHERE p.kind IN ('country', 'area') "
                f"AND (p.id IN {values} OR lower(p.title) IN {values}) UNION SELECT a.id FROM entry a "
                "JOIN wanted w ON a.parent_id = w.id WHERE a.kind = 'area') SELECT id FROM wanted)"
            )
            where.append(
                f"(e.id IN (SELECT src_id FROM link WHERE relation = 'places' AND dst_id IN {places}) "
                f"OR e.id IN {values})"
            )
            params.extend([json.dumps(sorted(parsed.places), ensure_ascii=False)] * 3)
        if parsed.years:
            where.append(
                "e.id IN (SELECT ev.entry_id FROM event ev, json_each(?) y WHERE ev.start <= y.value || '-12-31' "
                "AND coalesce(nullif(ev.end, ''), ev.start) >= CAST(y.value AS TEXT))"
            )
            params.append(json.dumps(sorted(parsed.years)))
        return where, params

    def _resolve_regions(self, names: set[str]) -> list[str]:
        out = []
        for name in names:
            for region_id, titles in self._regions.items():
                if region_id.startswith(name) or any(title.startswith(name) for title in titles):
                    out.append(region_id)
        return sorted(set(out))

    def _browse(self, parsed: ParsedQuery, where: list[str], params: list[object], limit: int) -> tuple[SearchHit, ...]:
        clauses = list(where)
        args = list(params)
        if parsed.exclude:
            excluded = " OR ".join(_phrase(t) for t in parsed.exclude)
            clauses.append("e.num NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
            args.append(excluded)
        sql = (
            "SELECT e.id, e.kind, e.title, substr(e.text, 1, 120), e.region_id FROM entry e "
            f"WHERE {' AND '.join(clauses) or '1'} ORDER BY e.num LIMIT ?"
        )
        rows = self.conn.execute(sql, [*args, limit]).fetchall()
        return tuple(SearchHit(r[0], r[1], self.names.get(r[0], r[2]), r[3], r[4]) for r in rows)
