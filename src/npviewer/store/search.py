"""Full-text search over the content store with SQLite FTS5, forgiving of how names are spelt.

The query is taken apart by :mod:`npviewer.store.query` and rebuilt as a safe FTS5 expression.
A term that is an entry's name in full also searches for the entry's other names (its title and
aliases: ``Primorye``, ``Приморье`` and ``연해주`` find what says ``Primorsky Krai``), and the entry it
names comes first, ahead of those that merely mention it (``북방경제협력위원회``: the committee, then
its meetings). When nothing
matches, each word that matches nothing on its own is replaced by the nearest word of the titles and
aliases (:class:`~npviewer.store.spelling.Speller`) and the corrected query is searched instead: the
result names it, for a "Did you mean" line. The user's notes, passed in from the user's data, are
searched too: a ``note:`` filter keeps only entries whose note has its words, and entries whose
note has the query's words come first, with the note.

Ranking by bm25 costs time in proportion to the number of matches (about 2.5 µs each). When a
query matches more than :data:`RANK_LIMIT` entries (a one-letter prefix on a large store), the
first entries in reading order are returned unranked instead, and the result says so. Counting up
to that limit is cheap; a store smaller than the limit is always ranked without counting.
Snippets are made from the entries' texts (:mod:`npviewer.store.snippet`); a search can ask for the
first few only and fetch the rest later (:meth:`SearchService.snippets`).

Both languages are searched whatever the interface language: the index holds the English and the
Korean titles and texts, and the inner parts of the Korean words (``위원회`` finds
``북방경제협력위원회``); a Korean word is also searched without its particle (``연해주에서``). The
hits are titled, and their snippets taken, in :attr:`SearchService.lang` first.
"""

from __future__ import annotations

import heapq
import json
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace

from npviewer.store.hangul import stems
from npviewer.store.notesearch import match_notes
from npviewer.store.query import ParsedQuery, alternatives_of, parse_query, term
from npviewer.store.records import SearchHit, SearchResult
from npviewer.store.snippet import Matcher
from npviewer.store.spelling import MIN_LENGTH, Names, Speller

__all__ = ["RANK_LIMIT", "ParsedQuery", "SearchService", "parse_query"]

RANK_LIMIT = 2000
#: How much each kind's relevance counts: the strategy's own statements, places and events rank
#: ahead of the cross-reference entries (programmes, topics) that merely name the same thing.
KIND_WEIGHTS = {
    "region": 1.6, "country": 1.5, "area": 1.5, "direction": 1.3, "measure": 1.3, "submeasure": 1.3,
    "meeting": 1.2, "forum": 1.2, "summit": 1.2, "milestone": 1.1, "note": 1.1, "profile": 1.1, "point": 1.1,
}  # fmt: skip
_KIND_CASE = " ".join(f"WHEN '{kind}' THEN {weight}" for kind, weight in KIND_WEIGHTS.items())
#: Column weights: title, body, aliases, Korean title, Korean body, inner parts of the Korean words.
_BM25_RAW = "bm25(entry_fts, 10.0, 1.0, 6.0, 10.0, 1.0, 0.5)"
_BM25 = f"{_BM25_RAW} * (CASE e.kind {_KIND_CASE} ELSE 1.0 END)"
_VALUES = "(SELECT value FROM json_each(?))"
_HIT_COLUMNS = "e.id, e.kind, e.title, e.region_id"


class SearchService:
    """Runs parsed queries against one content store connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._entry_count = int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
        self._regions: dict[str, list[str]] = {}
        for region_id, name in conn.execute(
            "SELECT id, title FROM entry WHERE kind = 'region' UNION ALL SELECT id, title_ko FROM entry "
            "WHERE kind = 'region' AND title_ko != '' "
            "UNION ALL SELECT a.entry_id, a.text FROM alias a JOIN entry e ON e.id = a.entry_id WHERE e.kind = 'region'"
        ):
            self._regions.setdefault(region_id, []).append((name or "").casefold())
        #: Entry id -> the title to show instead (names in the interface language: Repository.names).
        self.names: Mapping[str, str] = {}
        #: The language hits are shown in: their snippets come from its text first.
        self.lang = "en"
        named = "(id IN (SELECT entry_id FROM alias) OR title_ko != '')"
        self._names = Names(
            [
                *conn.execute(
                    "SELECT entry_id, text FROM alias UNION ALL "
                    f"SELECT id, title FROM entry WHERE {named} UNION ALL "
                    f"SELECT id, title_ko FROM entry WHERE {named} AND title_ko != ''"
                ),
                *glossary_names(conn),
            ]
        )
        self._speller: Speller | None = None
        self._weights: list[float] | None = None

    def prepare(self) -> None:
        """Build the spelling vocabulary and the kind weights now (a large store takes a moment), not
        on the first typo or the first ranked search."""
        self._spelling()
        self._kind_weights()

    def _spelling(self) -> Speller:
        if self._speller is None:
            rows = self.conn.execute(
                "SELECT title FROM entry UNION ALL SELECT title_ko FROM entry WHERE title_ko != '' "
                "UNION ALL SELECT text FROM alias"
            )
            self._speller = Speller(r[0] for r in rows if r[0])
        return self._speller

    # -- searching ---------------------------------------------------------------------------------

    def search(
        self, text: str, limit: int = 20, notes: Mapping[str, str] | None = None, snippets: int | None = None
    ) -> SearchResult:
        """The best ``limit`` hits for ``text``; empty when nothing matches or nothing was asked.

        ``notes`` maps entry ids to the user's notes, searched with the content; ``snippets`` is how
        many of the first hits get their snippet now (None: all).
        """
        parsed = parse_query(text)
        if parsed.invalid_filter:
            return SearchResult(text, (), True, parsed.words)
        result = self._search(text, parsed, limit, notes or {}, snippets)
        if result.hits or not parsed.include:
            return result
        corrected = self._corrected(text, parsed)
        if corrected is None:
            return result
        again = self._search(text, parse_query(corrected), limit, notes or {}, snippets)
        return replace(again, suggestion=corrected) if again.hits else result

    def _search(
        self, text: str, parsed: ParsedQuery, limit: int, notes: Mapping[str, str], snippets: int | None
    ) -> SearchResult:
        where, params = self._filters(parsed)
        if parsed.notes:
            noted = match_notes(notes, parsed.notes)
            where.append(f"e.id IN {_VALUES}")
            params.append(json.dumps(sorted(noted)))
        else:
            noted = match_notes(notes, parsed.words) if notes and parsed.include else {}
        expr = parsed.fts_expression(self._names.alternatives)  # exclusions included
        if not expr:
            if parsed.exclude:
                where.append("e.num NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
                params.append(" OR ".join(term(t) for t in parsed.exclude))
            if not where:
                return SearchResult(text, (), True, ())
            hits = self._browse(where, params, limit + 1)
            hits, more = self._noted_first(hits, noted, where, params, limit, add=False)
            return SearchResult(text, hits, False, (), more)
        try:
            ranked = self.count_matches(expr) <= RANK_LIMIT
            if ranked and not where:
                found = self._ranked(expr, limit + 1)
            else:
                rows = self.conn.execute(self.fts_sql(where, ranked), [expr, *params, limit + 1]).fetchall()
                found = tuple(SearchHit(r[0], r[1], self.names.get(r[0], r[2]), "", r[3], -float(r[4])) for r in rows)
        except sqlite3.OperationalError:
            return SearchResult(text, (), True, parsed.words)
        if parsed.include and not parsed.exclude:
            found = self._named_first(found, self._named(parsed.words), expr, where, params, limit)
        hits, more = self._noted_first(found, noted, where, params, limit, add=not parsed.notes)
        terms = self._snippet_terms(parsed)
        hits = self._with_snippets(terms, hits, len(hits) if snippets is None else snippets)
        return SearchResult(text, hits, ranked, parsed.words, more, snippet_terms=terms)

    def _named(self, words: Sequence[str]) -> set[str]:
        """The entries the query names in full, a Korean particle at its end aside (``북방경제협력위원회의``)."""
        named = self._names.entries(words)
        if not named and words and stems(words[-1]):
            named = self._names.entries([*words[:-1], stems(words[-1])[0]])
        return named

    def _named_first(
        self,
        found: tuple[SearchHit, ...],
        named: set[str],
        expr: str,
        where: list[str],
        params: list[object],
        limit: int,
    ) -> tuple[SearchHit, ...]:
        """The entries the query names in full (``북방경제협력위원회``: the committee itself) ahead of
        those that merely mention it, fetched if the ranking left them out (filters still apply)."""
        if not named:
            return found
        shown = {h.id for h in found}
        extra: tuple[SearchHit, ...] = ()
        wanted = sorted(named - shown)
        if wanted:
            sql = self.fts_sql([*where, f"e.id IN {_VALUES}"], ranked=False)
            rows = self.conn.execute(sql, [expr, *params, json.dumps(wanted, ensure_ascii=False), len(wanted)])
            extra = tuple(SearchHit(r[0], r[1], self.names.get(r[0], r[2]), "", r[3]) for r in rows)
        first = tuple(h for h in found if h.id in named) + extra
        return (first + tuple(h for h in found if h.id not in named))[: limit + 1]

    def _snippet_terms(self, parsed: ParsedQuery) -> tuple[tuple[str, ...], ...]:
        """The terms a snippet marks: the query's own, and the other names searched along with them."""
        terms = parsed.snippet_terms()
        for i in range(len(parsed.include)):
            for size in range(1, 5):
                run = parsed.include[i : i + size]
                if len(run) == size:
                    terms += alternatives_of([w for t in run for w in t], self._names.alternatives)
        return tuple(dict.fromkeys(terms))

    @staticmethod
    def fts_sql(where: list[str], ranked: bool) -> str:
        """The SQL a search runs (the benchmark runs it raw, to measure this module's overhead)."""
        order = _BM25 if ranked else "entry_fts.rowid"
        score = _BM25 if ranked else "0.0"
        clauses = "".join(f" AND {w}" for w in where)
        return (
            f"SELECT {_HIT_COLUMNS}, {score} FROM entry_fts "
            f"JOIN entry e ON e.num = entry_fts.rowid WHERE entry_fts MATCH ?{clauses} ORDER BY {order} LIMIT ?"
        )

    def _ranked(self, expression: str, limit: int) -> tuple[SearchHit, ...]:
        """The best ``limit`` matches, as :meth:`fts_sql` ranks them, weighted here rather than in
        SQL: joining every match to its entry for its kind costs more than ranking itself."""
        weights = self._kind_weights()
        rows = self.conn.execute(f"SELECT rowid, {_BM25_RAW} FROM entry_fts WHERE entry_fts MATCH ?", (expression,))
        best = heapq.nsmallest(limit, ((score * weights[num], num) for num, score in rows), key=lambda r: r[0])
        if not best:
            return ()
        nums = json.dumps([num for _, num in best])
        sql = f"SELECT e.num, {_HIT_COLUMNS} FROM entry e WHERE e.num IN {_VALUES}"
        found = {r[0]: r for r in self.conn.execute(sql, (nums,))}
        return tuple(
            SearchHit(r[1], r[2], self.names.get(r[1], r[3]), "", r[4], -score)
            for score, r in ((s, found[n]) for s, n in best)
        )

    def _kind_weights(self) -> list[float]:
        """Each entry's kind weight, by its number (made once: a tenth of a second for 100,000 entries)."""
        if self._weights is None:
            rows = self.conn.execute("SELECT num, kind FROM entry").fetchall()
            weights = [1.0] * (max((r[0] for r in rows), default=0) + 1)
            for num, kind in rows:
                weights[num] = KIND_WEIGHTS.get(kind, 1.0)
            self._weights = weights
        return self._weights

    def count_matches(self, expression: str, cap: int = RANK_LIMIT + 1) -> int:
        """How many entries match, counting no further than ``cap`` (cheap: no ranking, no snippets)."""
        if self._entry_count < cap:
            return 0  # a store this small is always ranked: no need to count
        row = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM entry_fts WHERE entry_fts MATCH ? LIMIT ?)", (expression, cap)
        ).fetchone()
        return int(row[0])

    def snippets(self, terms: Sequence[Sequence[str]], entry_ids: Sequence[str]) -> dict[str, str]:
        """The snippets of these entries for a search's terms (see SearchResult.terms)."""
        if not entry_ids:
            return {}
        matcher = Matcher(terms)
        rows = self.conn.execute(
            "SELECT e.id, e.text, coalesce((SELECT group_concat(a.text, ' ; ') FROM alias a "
            f"WHERE a.entry_id = e.id), ''), e.title, e.text_ko, e.title_ko FROM entry e WHERE e.id IN {_VALUES}",
            (json.dumps(list(entry_ids), ensure_ascii=False),),
        )
        if self.lang == "ko":  # the Korean text first, then the English, the aliases and the titles
            return {r[0]: matcher.best((r[4], r[1], r[2], r[5], r[3])) for r in rows}
        return {r[0]: matcher.best((r[1], r[2], r[3], r[4], r[5])) for r in rows}

    def _with_snippets(
        self, terms: Sequence[Sequence[str]], hits: tuple[SearchHit, ...], count: int
    ) -> tuple[SearchHit, ...]:
        wanted = [h.id for h in hits[:count] if not h.snippet]
        found = self.snippets(terms, wanted)
        return tuple(replace(h, snippet=found[h.id]) if h.id in found else h for h in hits)

    def _noted_first(
        self,
        hits: tuple[SearchHit, ...],
        noted: Mapping[str, str],
        where: list[str],
        params: list[object],
        limit: int,
        *,
        add: bool = True,
    ) -> tuple[tuple[SearchHit, ...], bool]:
        """Entries whose note matched first (with their note), then the rest; at most ``limit``, and
        whether more matched. ``add``: entries whose note matched join the hits even when their
        content does not (the note had the query's words)."""
        if noted:
            in_hits = {h.id for h in hits}
            missing = [i for i in noted if i not in in_hits] if add else []
            if missing:
                extra = self._browse([*where, f"e.id IN {_VALUES}"], [*params, json.dumps(missing)], len(missing))
                hits = hits + extra
            hits = tuple(replace(h, note=noted[h.id]) for h in hits if h.id in noted) + tuple(
                h for h in hits if h.id not in noted
            )
        return hits[:limit], len(hits) > limit

    def _corrected(self, text: str, parsed: ParsedQuery) -> str | None:
        """``text`` with each word that matches nothing replaced by the nearest known word; None when
        no word could be corrected."""
        speller = self._spelling()
        fixes: dict[str, str] = {}
        for word in dict.fromkeys(parsed.words):
            if len(word) < MIN_LENGTH or self._matches(word):
                continue
            fixed = speller.correct(word)
            if fixed is not None:
                fixes[word] = _same_case(word, fixed)
        if not fixes:
            return None
        return re.sub(r"\w+", lambda m: fixes.get(m.group(), m.group()), text)

    def _matches(self, word: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM entry_fts WHERE entry_fts MATCH ? LIMIT 1", (term([word]),))
        return row.fetchone() is not None

    def _filters(self, parsed: ParsedQuery) -> tuple[list[str], list[object]]:
        """SQL conditions for the filters. A set of values is one JSON parameter (``json_each``), so a
        filter naming thousands of values stays a short expression (SQLite caps depth and parameters)."""
        where: list[str] = []
        params: list[object] = []
        values = _VALUES
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
                f"AND (p.id IN {values} OR lower(p.title) IN {values} OR p.title_ko IN {values}) "
                "UNION SELECT a.id FROM entry a "
                "JOIN wanted w ON a.parent_id = w.id WHERE a.kind = 'area') SELECT id FROM wanted)"
            )
            where.append(
                f"(e.id IN (SELECT src_id FROM link WHERE relation = 'places' AND dst_id IN {places}) "
                f"OR e.id IN {values})"
            )
            params.extend([json.dumps(sorted(parsed.places), ensure_ascii=False)] * 4)
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

    def _browse(self, where: list[str], params: list[object], limit: int) -> tuple[SearchHit, ...]:
        text = "coalesce(nullif(e.text_ko, ''), e.text)" if self.lang == "ko" else "e.text"
        sql = (
            f"SELECT {_HIT_COLUMNS}, substr({text}, 1, 120) FROM entry e "
            f"WHERE {' AND '.join(where) or '1'} ORDER BY e.num LIMIT ?"
        )
        rows = self.conn.execute(sql, [*params, limit]).fetchall()
        return tuple(SearchHit(r[0], r[1], self.names.get(r[0], r[2]), r[4], r[3]) for r in rows)


def glossary_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The names glossary's forms of each name (English, Korean, its own script), as (group, form)
    pairs: ``나인브릿지`` also searches ``nine bridges``, ``Krutikov`` also ``크루티코프``."""
    pairs: list[tuple[str, str]] = []
    for en, ko, local, also in conn.execute("SELECT en, ko, local, also FROM name"):
        group = f"name:{en}"
        pairs += [(group, form) for form in (en, ko, local, *also.splitlines()) if form]
    return pairs


def _same_case(typed: str, word: str) -> str:
    """``word`` written as ``typed`` was: all capitals, a capital first, or as it is."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
