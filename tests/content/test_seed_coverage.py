"""Nothing of the sources was lost: every content line of both seeds is found in the store.

Each seed line (website chrome and list markers aside) must be covered, end to end, by the
quotations that entries in the built store make from that document; a line may be split across
several entries.
"""

from __future__ import annotations

import re

import pytest

from npviewer import paths
from npviewer.store.library import Library
from npviewer.store.text import fold, list_marker

#: Website chrome, not content: menus, shortcuts, image captions, the section name.
CHROME = {
    "content shortcut",
    "sns shortcut",
    "map - Western Region map - Central Region map - Eastern Region",
    "바로가기 메뉴",
    "본문 바로가기",
    "주메뉴 바로가기",
    "검색창 열기",
    "Press Releases",
}
_WORD = re.compile(r"\w")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library.open(target=tmp_path_factory.mktemp("coverage") / "store.sqlite")
    return lib


def _content_lines(seed: str) -> list[str]:
    text = (paths.content_dir() / "sources" / seed).read_text(encoding="utf-8")
    lines = [fold(line) for line in text.splitlines()]
    lines = [line[len(list_marker(line)) :].strip() for line in lines]
    return [line for line in lines if line and line not in CHROME]


def _uncovered(line: str, passages: list[str]) -> str:
    covered = [False] * len(line)
    for passage in passages:
        start = line.find(passage)
        while passage and start != -1:
            covered[start : start + len(passage)] = [True] * len(passage)
            start = line.find(passage, start + 1)
    return "".join(ch if not done else " " for ch, done in zip(line, covered, strict=True))


def test_every_seed_line_is_cited_by_some_entry(library: Library) -> None:
    seeds = {d.id: d for d in library.repo.documents() if d.seed}
    assert len(seeds) == 2
    missing: list[str] = []
    for doc in seeds.values():
        passages = [
            fold(r[0])
            for r in library.repo.conn.execute(
                "SELECT text FROM citation WHERE document_id = ? AND verbatim", (doc.id,)
            )
        ]
        passages.append(fold(doc.title))
        for line in _content_lines(doc.seed):
            rest = _uncovered(line, passages)
            if _WORD.search(rest):
                missing.append(f"{doc.seed}: {' '.join(rest.split())!r} in {line[:80]!r}")
    assert not missing, "seed text not found in the store:\n" + "\n".join(missing)


def test_the_coverage_check_notices_a_missing_passage(library: Library) -> None:
    line = _content_lines("000_eb57b4686f03fc02.txt")[-1]
    assert _WORD.search(_uncovered(line, []))
    assert not _WORD.search(_uncovered(line, [line]))


def test_every_seed_passage_belongs_to_an_entry_in_the_store(library: Library) -> None:
    orphans = library.repo.conn.execute(
        "SELECT count(*) FROM citation c LEFT JOIN entry e ON e.id = c.entry_id WHERE e.id IS NULL"
    ).fetchone()[0]
    assert orphans == 0


def test_inferred_and_disputed_facts_keep_their_sources(library: Library) -> None:
    meeting = library.repo.entry("ru-fe-subcommittee-13")
    assert meeting.event is not None and meeting.event.start.iso == "2019-12-12"
    assert meeting.event.date_status == "inferred" and meeting.event.date_note
    forum = library.repo.entry("interregional-forum-1")
    versions = {d.value for d in forum.disputes if d.field == "date"}
    assert "2018-09" in versions and all(d.citations for d in forum.disputes)
    assert forum.citations and forum.event is not None and forum.event.start.iso.startswith("2018-11")


def test_aliases_in_hangul_and_cyrillic_find_their_place(library: Library) -> None:
    for query in ("연해주", "Приморье", "Primorye", "Приморский"):
        assert library.search.search(query).hits[0].id == "primorsky-krai", query
    assert library.search.search("카자흐스탄").hits[0].id == "kazakhstan"
