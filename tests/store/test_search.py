"""Search: prefixes, phrases, exclusions, filters, aliases in any script, and no input is an error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npviewer.store.search import parse_query


def ids(lib: Any, query: str) -> list[str]:
    return [h.id for h in lib.search.search(query).hits]


def test_word_prefix_finds_entry_as_you_type(mini_library: Any) -> None:
    for typed in ("r", "ra", "raj", "raji", "rajin"):
        assert "eastern-rajin-khasan" in ids(mini_library, typed), typed


def test_matched_words_are_marked_in_snippet(mini_library: Any) -> None:
    hit = mini_library.search.search("Rajin").hits[0]
    assert hit.snippet_marked("<", ">").count("<Rajin>") == 1


def test_hangul_alias_finds_place_by_prefix(mini_library: Any) -> None:
    assert ids(mini_library, "연해주") == ["primorsky-krai"]
    assert ids(mini_library, "연해") == ["primorsky-krai"]


def test_cyrillic_alias_finds_place(mini_library: Any) -> None:
    assert ids(mini_library, "Приморье") == ["primorsky-krai"]
    assert ids(mini_library, "россия")[0] == "russia"
    assert "eastern-gas" in ids(mini_library, "россия")  # what says "Russia" too: one place, its names


def test_phrase_must_match_in_order(mini_library: Any) -> None:
    assert ids(mini_library, '"logistics project"') == ["eastern-rajin-khasan"]
    assert ids(mini_library, '"project logistics"') == []


def test_minus_word_excludes(mini_library: Any) -> None:
    assert set(ids(mini_library, "russia")) >= {"eastern-gas", "russia"}
    assert "eastern-gas" not in ids(mini_library, "russia -gas")


def test_kind_filter(mini_library: Any) -> None:
    assert ids(mini_library, "kind:meeting") == ["meeting-13"]
    assert set(ids(mini_library, "kind:events")) == {"meeting-13", "forum-1"}


def test_year_filter_matches_events_in_that_year(mini_library: Any) -> None:
    assert ids(mini_library, "year:2019") == ["meeting-13"]
    assert ids(mini_library, "year:2018") == ["forum-1"]


def test_region_filter_accepts_a_prefix_of_the_id(mini_library: Any) -> None:
    assert ids(mini_library, "region:east gas") == ["eastern-gas"]
    assert ids(mini_library, "region:western gas") == []


def test_country_filter_counts_the_entries_of_its_areas(mini_library: Any) -> None:
    # meeting-13 names Primorsky Krai only; the krai is an area of Russia.
    assert "meeting-13" in ids(mini_library, "country:primorsky-krai")
    assert {"meeting-13", "eastern-rajin-khasan", "russia"} <= set(ids(mini_library, "country:russia"))
    assert "meeting-13" in ids(mini_library, "country:Russia")
    assert "eastern-rajin-khasan" not in ids(mini_library, "country:primorsky-krai")


def test_unknown_kind_filter_gives_no_results_not_an_error(mini_library: Any) -> None:
    assert ids(mini_library, "kind:nonsense rajin") == []


def test_fts_syntax_is_searched_as_plain_words(mini_library: Any) -> None:
    for query in ('"', "*", "AND", "NEAR(", "rajin OR", "(gas", "^", "col:x", '""', "-", "- -"):
        mini_library.search.search(query)  # must not raise
    assert "eastern-gas" in ids(mini_library, "AND gas")


def test_empty_query_returns_nothing(mini_library: Any) -> None:
    result = mini_library.search.search("   ")
    assert result.hits == ()


def test_query_parsing_splits_hyphenated_words_into_a_phrase() -> None:
    parsed = parse_query('Rajin-Khasan -gas "North Korea" kind:measure')
    assert parsed.include == [["Rajin", "Khasan"], ["North", "Korea"]]
    assert parsed.exclude == [["gas"]]
    assert parsed.kinds == {"measure"}


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from content_factory import write_content
    from npviewer.store.library import Library

    folder = tmp_path_factory.mktemp("shared")
    lib = Library.open(write_content(folder / "c"), folder / "s.sqlite")
    yield lib
    lib.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_text_is_searchable_without_error(shared_library: Any, text: str) -> None:
    result = shared_library.search.search(text)
    assert isinstance(result.hits, tuple)
    assert len(result.hits) <= 20
