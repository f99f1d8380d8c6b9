"""Search speed on the synthetic store: median and p95 per kind of query, against raw FTS5.

Two baselines per query: the very SQL the service runs, executed directly (the service's own
overhead: query parsing, the rank-or-not decision, building results), and the naive query —
bm25 over every match with a snippet — that the service avoids for very common words.
Targets: p95 at most 16 ms for every kind; overhead at most 1.2x the raw query.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from npviewer.store.repository import open_repository
from npviewer.store.search import RANK_LIMIT, SearchService, parse_query
from synth import COMMON_WORD, make_synthetic_store

TARGET_MS = 16.0
REPEATS = 15


def _typing(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1)]


def _rare_words(service: SearchService, count: int = 10) -> list[str]:
    rows = service.conn.execute(
        "SELECT term FROM entry_vocab WHERE doc BETWEEN 2 AND 20 AND length(term) > 6 LIMIT ?", (count,)
    )
    return [r[0] for r in rows]


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    path = make_synthetic_store()
    repo = open_repository(path)
    service = SearchService(repo.conn)
    count = repo.conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    kinds: dict[str, list[str]] = {
        "rare word": _rare_words(service),
        "common word": [COMMON_WORD, "cooperation logistics", "cooperation -energy"],
        "prefix typing": _typing("logistics") + _typing("cooperation"),
        "Hangul alias": ["연해주", "연해", "카자흐스탄", "카자"],
        "Hangul particle": ["연해주에서", "카자흐스탄의", "연해주는", "흐스탄"],
        "Cyrillic alias": ["Приморье", "Примор", "Қазақстан"],
        "filtered": ["kind:meeting energy", "region:eastern cooperation", "year:2019"],
    }
    naive_sql = (
        "SELECT e.id, e.kind, e.title, snippet(entry_fts, -1, '[', ']', '…', 14), e.region_id FROM entry_fts "
        "JOIN entry e ON e.num = entry_fts.rowid WHERE entry_fts MATCH ? ORDER BY rank LIMIT 20"
    )
    print(f"store: {path.name}, {count:,} entries; {REPEATS} runs per query; target p95 <= {TARGET_MS} ms")
    print(f"{'kind':<15} {'queries':>7} {'median ms':>10} {'p95 ms':>8} {'raw p95':>8} {'overhead':>9} "
          f"{'naive p95':>10} {'vs naive':>9} {'p95/target':>10}")  # fmt: skip
    worst = 0.0
    for kind, queries in kinds.items():
        ours, raw, naive = [], [], []
        for query in queries:
            parsed = parse_query(query)
            where, params = service._filters(parsed)
            expr = parsed.fts_expression()
            ranked = service.count_matches(expr) <= RANK_LIMIT if expr else False
            for _ in range(REPEATS):
                ours.append(_time(lambda q=query: service.search(q)))  # type: ignore[misc]
                if expr:
                    sql = service.fts_sql(where, ranked)
                    raw.append(_time(lambda s=sql, p=[expr, *params, 20]: service.conn.execute(s, p).fetchall()))  # type: ignore[misc]
                    naive.append(_time(lambda e=expr: service.conn.execute(naive_sql, [e]).fetchall()))  # type: ignore[misc]
        p95 = statistics.quantiles(ours, n=20)[18]
        raw_p95 = statistics.quantiles(raw, n=20)[18] if raw else float("nan")
        naive_p95 = statistics.quantiles(naive, n=20)[18] if naive else float("nan")
        overhead = statistics.median(ours) / statistics.median(raw) if raw else float("nan")
        worst = max(worst, p95)
        print(f"{kind:<15} {len(queries):>7} {statistics.median(ours):>10.2f} {p95:>8.2f} {raw_p95:>8.2f} "
              f"{overhead:>8.2f}x {naive_p95:>10.2f} {p95 / naive_p95:>8.2f}x {p95 / TARGET_MS:>9.2f}x")  # fmt: skip
    print("overhead = median vs the same SQL run raw; vs naive = p95 vs bm25 over every match, raw")
    print(f"worst p95 {worst:.2f} ms ({'meets' if worst <= TARGET_MS else 'misses'} the {TARGET_MS} ms target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
