"""Search finds Korean and English in either interface language: Korean words with their particles,
words inside compounds, names by their other names; English searches as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from npviewer.store.library import Library


def _ids(lib: Library, query: str) -> list[str]:
    return [h.id for h in lib.search.search(query).hits]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_korean_word_with_a_particle_finds_the_entries_of_the_word(korean_library: Library, lang: str) -> None:
    korean_library.set_language(lang)
    found = _ids(korean_library, "연해주에서")
    assert found[:1] == ["primorsky-krai"] and "meeting-13" in found  # its text says 연해주와의
    assert _ids(korean_library, "연해주") == found


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_committee_and_the_nine_bridges_are_found_by_their_korean_names(korean_library: Library, lang: str) -> None:
    korean_library.set_language(lang)
    assert _ids(korean_library, "북방경제협력위원회")[:1] == ["northern-committee"]
    assert _ids(korean_library, "나인브릿지")[:1] == ["nine-bridges"]
    assert "northern-committee" in _ids(korean_library, "나인브릿지의")


def test_a_word_inside_a_korean_compound_is_found(korean_library: Library) -> None:
    found = _ids(korean_library, "위원회")
    assert {"northern-committee", "meeting-13"} <= set(found)  # 북방경제협력위원회, 분과위원회는
    hit = next(h for h in korean_library.search.search("위원회").hits if h.id == "meeting-13")
    assert "\x02분과위원회는\x03" in hit.snippet


def test_a_word_that_only_looks_like_it_has_a_particle_is_not_cut(korean_library: Library) -> None:
    assert _ids(korean_library, "회의") == ["meeting-13"]  # not every word starting with 회


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_english_words_still_find_english_text(korean_library: Library, lang: str) -> None:
    korean_library.set_language(lang)
    assert _ids(korean_library, "Rajin-Khasan")[:1] == ["eastern-rajin-khasan"]
    assert "meeting-13" in _ids(korean_library, "sub-committee")


def test_korean_hits_are_titled_and_snipped_in_korean(korean_library: Library) -> None:
    hit = korean_library.search.search("연해주에서").hits[0]
    assert hit.title == "연해주"
    assert hit.snippet.startswith("\x02연해주는\x03")
    korean_library.set_language("en")
    hit = korean_library.search.search("Primorsky").hits[0]
    assert (hit.title, hit.snippet_marked()) == (
        "Primorsky Krai",
        "[Primorsky] Krai is where the Korean industrial park was planned.",
    )


def test_an_english_word_in_a_korean_interface_shows_its_english_match(korean_library: Library) -> None:
    hit = korean_library.search.search("industrial").hits[0]
    assert hit.id == "primorsky-krai" and "[industrial]" in hit.snippet_marked()


def test_a_korean_exclusion_drops_the_word_with_its_particles(korean_library: Library) -> None:
    assert "meeting-13" not in _ids(korean_library, "협력 -연해주에서")
    assert "meeting-13" in _ids(korean_library, "협력")


def test_a_korean_name_finds_english_text_through_the_names_glossary(tmp_path: Path) -> None:
    """data/names.yaml takes a name's forms for one another, in either language of the window."""
    lib = Library.open(None, tmp_path / "bundled.sqlite")
    try:
        lib.set_language("ko")
        assert "summit-2017-09-06" in _ids(lib, "블라디보스토크에서")  # Moon-Putin summit in Vladivostok
        assert "ru-fe-subcommittee-13-p2-krutikov" in _ids(lib, "크루티코프")
        assert "nine-bridges" in _ids(lib, "나인브릿지")
        hit = next(h for h in lib.search.search("크루티코프").hits if h.id == "ru-fe-subcommittee-13-p2-krutikov")
        assert "[크루티코프]" in hit.snippet_marked()  # the Korean text, in Korean
        lib.set_language("en")
        assert "ru-fe-subcommittee-13-p2-krutikov" in _ids(lib, "Krutikov")
        # In English the Korean name finds the English text through the glossary, and marks it there.
        hit = next(h for h in lib.search.search("크루티코프").hits if h.id == "ru-fe-subcommittee-13-p2-krutikov")
        assert "[Krutikov]" in hit.snippet_marked()
    finally:
        lib.close()
