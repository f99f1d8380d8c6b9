"""Search that forgives: other names of a place, typos, consistent counts, and the user's notes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from npviewer.store.library import Library
from npviewer.store.notesearch import match_notes, note_snippet
from npviewer.store.spelling import Speller, distance, fold


def ids(lib: Any, query: str, **kwargs: Any) -> list[str]:
    return [h.id for h in lib.search.search(query, 100, **kwargs).hits]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(target=tmp_path_factory.mktemp("bundled") / "content.sqlite")
    yield lib
    lib.close()


def test_a_misspelt_name_finds_what_the_right_spelling_finds(bundled: Library) -> None:
    for typed, meant in (("Primorskiy", "Primorsky"), ("Kazahstan", "Kazakhstan"), ("Vladivostock", "Vladivostok")):
        result = bundled.search.search(typed, 100)
        assert result.suggestion == meant, typed
        assert [h.id for h in result.hits] == ids(bundled, meant), typed
        assert result.query == typed  # the result still answers what was typed


def test_another_name_of_a_place_finds_what_its_title_finds(bundled: Library) -> None:
    primorsky = set(ids(bundled, "Primorsky"))
    assert len(primorsky) >= 5
    for other in ("Primorye", "Приморье", "연해주", "Primorsky Krai", "Приморский край"):
        found = ids(bundled, other)
        assert primorsky <= set(found), other
        assert found[0] == "primorsky-krai", other


def test_a_name_among_other_words_is_searched_with_its_other_names(mini_library: Any) -> None:
    assert ids(mini_library, "Krai Приморье") == ["primorsky-krai"]
    assert ids(mini_library, "Приморье Krai") == ["primorsky-krai"]
    assert ids(mini_library, "Приморье -Krai") == []


def test_a_typo_inside_a_longer_query_is_corrected_alone(bundled: Library) -> None:
    result = bundled.search.search("Vladivostock kind:event", 100)
    assert result.suggestion == "Vladivostok kind:event"
    assert result.hits and all(h.kind in ("meeting", "forum", "summit", "milestone") for h in result.hits)


def test_nothing_is_suggested_for_words_that_match_or_are_too_short(bundled: Library) -> None:
    assert bundled.search.search("Vladivostok", 100).suggestion == ""
    assert bundled.search.search("qzx", 100).suggestion == ""
    assert bundled.search.search("xylophonist", 100).hits == ()


def test_more_says_whether_more_entries_match_than_are_shown(bundled: Library) -> None:
    few = bundled.search.search("kind:meeting year:2019", 100)
    assert few.hits and not few.more
    assert len(few.hits) == len(ids(bundled, "kind:meeting year:2019"))
    many = bundled.search.search("region:eastern", 5)
    assert len(many.hits) == 5 and many.more


def test_snippets_can_be_fetched_later_for_the_rows_not_yet_shown(bundled: Library) -> None:
    now = bundled.search.search("Vladivostok", 100, snippets=2)
    assert all(h.snippet for h in now.hits[:2]) and not any(h.snippet for h in now.hits[2:])
    later = bundled.search.snippets(now.snippet_terms, [h.id for h in now.hits[2:]])
    full = {h.id: h.snippet for h in bundled.search.search("Vladivostok", 100).hits}
    assert later == {h.id: full[h.id] for h in now.hits[2:]}
    assert all("\x02" in s for s in later.values())


def test_a_snippet_marks_the_words_as_the_index_matches_them(mini_library: Any) -> None:
    hit = mini_library.search.search('"logistics project" rajin').hits[0]
    assert hit.snippet == (
        "Preparing to resume the \x02Rajin\x03-Khasan \x02logistics\x03 \x02project\x03 considering "
        "inter-Korean relations"
    )
    alias = mini_library.search.search("Приморье").hits[0]
    assert alias.snippet == "\x02Приморье\x03 ; \x02연해주\x03"  # the other name searched is marked too


def test_notes_are_searched_with_the_content_and_come_first(mini_library: Any) -> None:
    notes = {"eastern-gas": "Ask the ministry about the timetable", "russia": "Nothing yet"}
    result = mini_library.search.search("timetable", 20, notes=notes)
    assert [h.id for h in result.hits] == ["eastern-gas"]
    assert result.hits[0].note == "Ask the ministry about the \x02timetable\x03"
    both = mini_library.search.search("gas", 20, notes={"eastern-rajin-khasan": "gas too"})
    assert [h.id for h in both.hits][:2] == ["eastern-rajin-khasan", "eastern-gas"]
    assert both.hits[0].note and not both.hits[1].note


def test_the_note_filter_keeps_only_entries_whose_note_has_the_words(mini_library: Any) -> None:
    notes = {"eastern-gas": "Ask about the timetable", "russia": "timetable of visits", "eastern": "other"}
    assert set(ids(mini_library, "note:timetable", notes=notes)) == {"eastern-gas", "russia"}
    assert ids(mini_library, "note:timetable gas", notes=notes) == ["eastern-gas"]
    assert ids(mini_library, "note:timetable kind:country", notes=notes) == ["russia"]
    assert ids(mini_library, "note:nothing", notes=notes) == []
    assert ids(mini_library, "note:timetable") == []  # no notes given, none match


def test_a_note_matches_by_word_starts_in_any_case_and_accent() -> None:
    assert note_snippet("Réunion à Vladivostok", ["reunion", "vlad"]) == "\x02Réunion\x03 à \x02Vladivostok\x03"
    assert note_snippet("Réunion à Vladivostok", ["ostok"]) is None
    assert match_notes({"a": "연해주 방문", "b": ""}, ["연해"]) == {"a": "\x02연해주\x03 방문"}
    long = " ".join(f"w{n}" for n in range(40)) + " target " + " ".join(f"v{n}" for n in range(40))
    snippet = note_snippet(long, ["target"])
    assert snippet is not None and snippet.startswith("…") and snippet.endswith("…") and "\x02target\x03" in snippet


def test_folding_drops_latin_accents_only_as_the_index_does() -> None:
    assert fold("Ĉu ÉTÉ") == "cu ete"
    assert fold("Приморский") == "приморский"  # й keeps its breve
    assert fold("연해주") == "연해주"


def test_the_speller_allows_one_edit_up_to_seven_letters_and_two_beyond() -> None:
    speller = Speller(["Vladivostok port", "Kazakhstan", "Rajin"])
    assert speller.correct("Vladivostock") == "vladivostok"
    assert speller.correct("Vladyvostock") == "vladivostok"  # two edits in a long word
    assert speller.correct("Rajn") == "rajin"
    assert speller.correct("prot") == "port"  # a transposition is one edit
    assert speller.correct("pirt") == "port"
    assert speller.correct("pxyt") is None
    assert speller.correct("prt") is None  # too short to guess
    assert speller.correct("port") is None  # known
    assert distance("kazahstan", "kazakhstan", 2) == 1


def test_the_help_examples_of_the_window_find_entries(bundled: Library) -> None:
    from npviewer.ui.search.results_view import HINTS
    from npviewer.ui.window.help import SECTIONS

    examples = _examples(SECTIONS[0]) | _examples(HINTS)
    assert {'"gas pipeline"', "kind:meeting", "railway -China", "year:2019"} <= examples
    notes = {"eastern-rajin-khasan": "Visa rules for the delegation", "russia": "visa-free since 2014"}
    for example in examples:
        assert ids(bundled, example, notes=notes), example


def _examples(html: str) -> set[str]:
    import re
    from html import unescape

    return {unescape(m) for m in re.findall(r"<tt>(.*?)</tt>", html)}


def test_ranking_outside_sql_orders_as_the_sql_ranking_does(bundled: Library) -> None:
    from npviewer.store.query import parse_query

    search = bundled.search
    for query in ("Korea", "gas", "rail", "summit", "Russia Far East", "연해주"):
        expr = parse_query(query).fts_expression()
        rows = bundled.repo.conn.execute(search.fts_sql([], True), (expr, 30)).fetchall()
        assert [h.id for h in search._ranked(expr, 30)] == [r[0] for r in rows], query
