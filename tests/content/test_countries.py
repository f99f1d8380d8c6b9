"""Every target country is told: its page has text and sources, and `country:` finds its entries.

The 14 target countries and China's three north-eastern provinces, over the real content, through
the command line as a user runs it (`npviewer search "country:<id>" --json`, `npviewer show`).

Each country has at least five entries with sources. The fewest are Armenia and Moldova (the fact files
hold two meetings or messages and a few figures for Armenia, and four meetings, calls or letters for
Moldova, with a visa rule from a low-reliability page); Korea had no embassy in Armenia and covered
Moldova from Kyiv. The provinces, for which the sources give fewer facts, need at least three each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_runner import npviewer
from npviewer.store.library import Library
from npviewer.store.records import PLACE_KINDS

TARGETS = ("russia", "china", "mongolia", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan",
           "azerbaijan", "georgia", "armenia", "ukraine", "moldova", "belarus")  # fmt: skip
PROVINCES = ("heilongjiang", "jilin", "liaoning")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user data dir for the module, so the real store is built once."""
    return tmp_path_factory.mktemp("countries-home")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return Library.open(target=tmp_path_factory.mktemp("countries") / "store.sqlite")


def _country_hits(place: str, home: Path) -> list[dict[str, str]]:
    result = npviewer("search", f"country:{place}", "--json", "--limit", "200", home=home)
    assert result.returncode == 0, result.stderr
    hits: list[dict[str, str]] = json.loads(result.stdout)
    return hits


@pytest.mark.parametrize("place", TARGETS + PROVINCES)
def test_country_search_finds_entries_with_sources(place: str, home: Path, library: Library) -> None:
    hits = [h for h in _country_hits(place, home) if h["id"] != place]
    with_sources = [h["id"] for h in hits if library.repo.entry(h["id"]).citations]
    assert len(with_sources) == len(hits)
    assert len(with_sources) >= (3 if place in PROVINCES else 5), (place, with_sources)
    events = [h for h in hits if h["kind"] in ("meeting", "forum", "summit", "milestone")]
    assert events, f"no meeting or milestone of {place} is found by its filter"


@pytest.mark.parametrize("place", TARGETS + PROVINCES)
def test_the_country_page_has_text_with_its_sources(place: str, home: Path) -> None:
    result = npviewer("show", place, "--json", home=home)
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    assert len(page["text"]) > 200, page["text"]
    assert len(page["citations"]) >= 2
    assert all(c["verbatim"] or c["locator"] for c in page["citations"])


def test_every_entry_linked_to_a_place_is_found_by_that_places_filter(library: Library) -> None:
    """The `country:` filter reaches every entry that names a place among its links."""
    repo = library.repo
    places = [r[0] for r in repo.conn.execute(f"SELECT id FROM entry WHERE kind IN {PLACE_KINDS!r}")]
    missed = []
    for place in places:
        linked = {r[0] for r in repo.conn.execute(
            "SELECT src_id FROM link WHERE relation = 'places' AND dst_id = ?", (place,))}  # fmt: skip
        found = {h.id for h in library.search.search(f"country:{place}", limit=10_000).hits}
        missed += [f"{place}: {e}" for e in sorted(linked - found)]
    assert not missed, missed


def test_every_title_and_alias_finds_its_entry_in_any_script(library: Library) -> None:
    """English titles, Korean names and local-script names of every entry lead to it by search."""
    repo = library.repo
    names: list[tuple[str, str]] = [(r[0], r[1]) for r in repo.conn.execute("SELECT id, title FROM entry")]
    for entry_id in repo.all_ids():
        names += [(entry_id, alias) for alias in repo.entry(entry_id).aliases]
    scripts = {"hangul": 0, "cyrillic": 0}
    missed = []
    for entry_id, name in names:
        found = {h.id for h in library.search.search(f'"{name}"', limit=1000).hits}
        if entry_id not in found:
            missed.append(f"{entry_id}: {name}")
        scripts["hangul"] += any("\uac00" <= ch <= "\ud7a3" for ch in name)
        scripts["cyrillic"] += any("\u0400" <= ch <= "\u04ff" for ch in name)
    assert not missed, missed
    assert scripts["hangul"] > 30 and scripts["cyrillic"] > 20, scripts
