"""How the Korean brief writes what the content gives in English words or in Korean without commas: where
in a document a note points, who attended a meeting in which office, and the particle after a figure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from npviewer.brief.labels import particle_ro
from npviewer.brief.people import parse_participant
from npviewer.store.hangul import HANGUL
from npviewer.store.locators import korean_locator

DATA = Path(__file__).resolve().parents[2] / "data"
REGIONS = {"Eastern Region": "동부 지역", "Central Region": "중부 지역", "Western Region": "서부 지역"}


def _walk(node: object) -> Iterator[dict[str, object]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _content() -> Iterator[dict[str, object]]:
    for path in sorted(DATA.rglob("*.yaml")):
        yield from _walk(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        ("body paras. 1, 3-5", "본문 1, 3~5문단"), ("para. 4", "4문단"),
        ("item 2 and its sub-points", "2항과 하위 항목"),
        ("note to item 1", "1항의 주석"), ("headline; body paras. 2-3", "제목; 본문 2~3문단"),
        ("Eastern Region section", "동부 지역 부분"), ("Western Region section (diagram)", "서부 지역 부분(도표)"),
        ("timeline, entry September 6, 2017", "연표 항목 2017년 9월 6일"), ("sections 2.1 and 3", "2.1, 3절"),
        ("para. 1 (photo caption)", "1문단(사진 설명)"), ("a place no rule knows", "a place no rule knows"),
    ],
)  # fmt: skip
def test_a_locator_is_written_in_korean_part_by_part(english: str, korean: str) -> None:
    assert korean_locator(english, REGIONS) == korean


def test_every_locator_of_the_content_has_its_korean() -> None:
    locators = {str(n["locator"]) for n in _content() if isinstance(n.get("locator"), str)}
    assert len(locators) > 150
    left = sorted(loc for loc in locators if not HANGUL.search(korean_locator(loc, REGIONS)))
    assert not left, f"locators with no Korean rule (add them to store/locators.py): {left}"


def test_korean_participants_split_into_name_office_and_side_as_their_english_does() -> None:
    pairs = [(en, ko) for n in _content() if "participants_ko" in n
             for en, ko in zip(n.get("participants") or [], n["participants_ko"], strict=True)]  # type: ignore[call-overload]  # fmt: skip
    assert len(pairs) > 100
    for en, ko in pairs:
        english, korean = parse_participant(en), parse_participant(ko, "ko")
        assert bool(english.office) == bool(korean.office) and bool(english.side) == bool(korean.side), (en, ko)
        assert len(korean.name.split()) <= 2 and not korean.name.endswith(("차관", "장관", "대통령")), ko


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("알렉산드르 크루티코프 극동·북극개발부 차관(러시아)",
         ("알렉산드르 크루티코프", "극동·북극개발부 차관", "러시아")),
        ("바인차오루 지린성 당서기(중국)", ("바인차오루", "지린성 당서기", "중국")),
        ("오그타이 아사도프 밀리 메질리스 의장(아제르바이잔)",
         ("오그타이 아사도프", "밀리 메질리스 의장", "아제르바이잔")),
        ("장하성 주중국 대한민국 대사", ("장하성", "주중국 대한민국 대사", "")),
        ("문재인 대통령(한국), 영상 참여", ("문재인", "대통령(한국), 영상 참여", "")),
        ("김형진(한국)", ("김형진", "", "한국")),
    ],
)  # fmt: skip
def test_a_korean_participant_reads_as_name_office_and_side(text: str, person: tuple[str, str, str]) -> None:
    found = parse_participant(text, "ko")
    assert (found.name, found.office, found.side) == person


@pytest.mark.parametrize(
    ("text", "particle"),
    [("25만 명(2019년 1월~9월)", "으로"), ("81억 달러", "로"), ("3위", "로"), ("2,000", "으로"), ("1", "로"),
     ("USD", "(으)로")],
)  # fmt: skip
def test_the_particle_after_a_figure_follows_its_last_sound(text: str, particle: str) -> None:
    assert particle_ro(text) == particle
