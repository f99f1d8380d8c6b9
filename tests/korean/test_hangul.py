"""Hangul helpers: the share of Hangul, still-English Korean, particles dropped from query words by
the sound before them, and the inner parts of compounds that the index holds."""

from __future__ import annotations

import pytest

from npviewer.store.hangul import hangul_share, inner_parts, stems, still_english, strip_particle


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("연해주에서", "연해주"), ("나인브릿지의", "나인브릿지"), ("북방경제협력위원회는", "북방경제협력위원회"),
        ("러시아와", "러시아"), ("한국과", "한국"), ("협력을", "협력"), ("정부가", "정부"), ("사업으로", "사업"),
        ("몽골로", "몽골"), ("FTA를", "FTA"), ("EAEU와", "EAEU"),
    ],
)  # fmt: skip
def test_a_particle_is_dropped_from_a_word(word: str, stem: str) -> None:
    assert strip_particle(word) == stem


@pytest.mark.parametrize(
    "word", ["회의", "국가", "도로", "성과", "연해주", "위원회", "신북방정책", "3000만", "한국가스"]
)
def test_a_word_that_only_looks_like_it_ends_in_a_particle_stays_whole(word: str) -> None:
    assert strip_particle(word) is None


def test_the_particles_form_follows_the_sound_before_it() -> None:
    assert strip_particle("사업을") == "사업" and strip_particle("사업를") is None
    assert strip_particle("회사를") == "회사" and strip_particle("회사을") is None
    assert strip_particle("서울로") == "서울" and strip_particle("사업으로") == "사업"  # ㄹ takes 로, others 으로
    assert strip_particle("연구이") is None and strip_particle("연구가") == "연구"


def test_two_particles_give_two_stems() -> None:
    assert stems("기업들에게") == ["기업들", "기업"]
    assert stems("회의") == []


def test_inner_parts_of_a_compound_are_two_syllables_or_more() -> None:
    parts = inner_parts("북방경제협력위원회 회의").split()
    assert "경제협력위원회" in parts and "위원회" in parts and "원회" in parts
    assert "회" not in parts and "북방경제협력위원회" not in parts and "의" not in parts
    assert inner_parts("Russian Far East Приморье") == ""


def test_still_english_is_little_hangul_where_the_english_has_letters() -> None:
    assert still_english("13th meeting", "13th meeting")
    assert not still_english("제13차 회의", "13th meeting")
    assert not still_english("유라시아경제연합(EAEU)", "Eurasian Economic Union (EAEU)")
    assert not still_english("2019", "2019")  # no letters: nothing to translate
    assert hangul_share("연해주 Primorye") == pytest.approx(3 / 11)
