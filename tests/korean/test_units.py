"""Key figures in Korean: every unit the content uses has its Korean, and numbers are written in
만, 억 and 조 as a Korean reader reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from npviewer import paths
from npviewer.store.content import load_content
from npviewer.store.records import FigureInfo
from npviewer.store.units import has_korean, korean_figure, korean_number, korean_period


def test_every_unit_of_the_content_has_its_korean() -> None:
    bundle = load_content(paths.content_dir())
    units = {e.figure.unit for e in bundle.entries if e.figure}
    assert len(units) > 20
    assert sorted(u for u in units if not has_korean(u)) == []


@pytest.mark.parametrize(
    ("value", "unit", "korean"),
    [
        (8.1, "billion USD", "81억 달러"), (1.2, "billion USD", "12억 달러"), (30, "million USD", "3,000만 달러"),
        (22.34, "billion USD", "223억 4,000만 달러"), (1234.5, "billion USD (about)", "약 1조 2,345억 달러"),
        (3.5, "million people", "350만 명"), (350, "firms (more than)", "기업 350개 이상"),
        (20000, "visitors", "방문객 2만 명"), (2.5, "percent", "2.5%"), (200, "USD", "200달러"),
        (12, "rank", "12위"), (0.2, "million USD (about)", "약 20만 달러"),
    ],
)  # fmt: skip
def test_a_figure_is_written_in_korean_units(value: float, unit: str, korean: str) -> None:
    assert korean_figure(value, unit) == korean


def test_numbers_group_by_ten_thousands() -> None:
    assert [korean_number(n) for n in (9999, 10000, 123456789, 10**12, 7.25)] == [
        "9,999", "1만", "1억 2,345만 6,789", "1조", "7.25",
    ]  # fmt: skip


def test_a_bare_period_is_written_in_korean_and_words_stay_as_given() -> None:
    assert korean_period("2018") == "2018년" and korean_period("2018-11") == "2018년 11월"
    assert korean_period("2019-01/2019-09") == "2019년 1월~9월" and korean_period("1990-2021") == "1990년~2021년"
    assert korean_period("2019년 1~10월") == "2019년 1~10월"


def test_a_figure_read_in_korean_labels_itself_in_korean() -> None:
    assert FigureInfo(8.1, "billion USD", "2019").label == "8.1 billion USD (2019)"
    assert FigureInfo(8.1, "billion USD", "2019", lang="ko").label == "81억 달러(2019년)"


def test_an_unknown_unit_keeps_its_words(tmp_path: Path) -> None:
    assert korean_figure(3, "hectares") == "3 hectares" and not has_korean("hectares")
