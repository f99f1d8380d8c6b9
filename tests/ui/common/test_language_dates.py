"""Dates in the interface language: QLocale in the window, the Qt-free formatter for the brief and the
command line, and the two always write the same text."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from npviewer import i18n
from npviewer.store.dates import PartialDate, span_label
from npviewer.store.library import Library
from npviewer.ui.common.language import date_text, month_abbreviation, span_text
from npviewer.ui.timeline import axis


@pytest.fixture
def korean_system_locale() -> Iterator[None]:
    """What ``LANG=ko_KR.UTF-8`` does to QLocale's default: the English interface must not follow it."""
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.mark.parametrize(
    ("iso", "english", "korean"),
    [
        ("2019-12-12", "12 December 2019", "2019년 12월 12일"),
        ("2019-12", "December 2019", "2019년 12월"),
        ("2019", "2019", "2019년"),
        ("2021-03-01", "1 March 2021", "2021년 3월 1일"),
    ],
)
def test_a_date_to_its_precision_in_each_language(
    iso: str, english: str, korean: str, korean_system_locale: None
) -> None:
    date = PartialDate.parse(iso)
    assert date_text(date) == english == date.label("en")
    i18n.set_language("ko")
    assert date_text(date) == korean == date.label("ko")


@pytest.mark.parametrize(
    ("start", "end", "english", "korean"),
    [
        ("2021-11-03", "2021-11-05", "3-5 November 2021", "2021년 11월 3일~5일"),
        ("2021-11-30", "2021-12-02", "30 November - 2 December 2021", "2021년 11월 30일~12월 2일"),
        ("2021-12-30", "2022-01-02", "30 December 2021 - 2 January 2022", "2021년 12월 30일~2022년 1월 2일"),
        ("2019-01", "2019-09", "January 2019 - September 2019", "2019년 1월~9월"),
        ("2019", "2022", "2019 - 2022", "2019년~2022년"),
    ],
)
def test_a_span_folds_what_its_ends_share(start: str, end: str, english: str, korean: str) -> None:
    a, b = PartialDate.parse(start), PartialDate.parse(end)
    assert span_text(a, b) == english == span_label(a, b, "en")
    i18n.set_language("ko")
    assert span_text(a, b) == korean == span_label(a, b, "ko")


def _dates() -> Iterator[PartialDate]:
    for year, month in itertools.product((1999, 2019, 2024), range(1, 13)):
        yield PartialDate(f"{year}")
        yield PartialDate(f"{year}-{month:02d}")
        for day in (1, 9, 28):
            yield PartialDate(f"{year}-{month:02d}-{day:02d}")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_window_and_the_brief_write_every_date_alike(lang: str, tmp_path: object) -> None:
    """QLocale (window) and the Qt-free formatter (brief, command line) agree on every form, every
    month, and every span of the bundled content's events."""
    i18n.set_language(lang)
    dates = list(_dates())
    for date in dates:
        assert date_text(date) == date.label(lang)
    for a, b in itertools.product(dates[::7], dates[::11]):
        if a <= b:
            assert span_text(a, b) == span_label(a, b, lang), (a, b)
    library = Library.open(target=tmp_path / "content.sqlite")  # type: ignore[operator]
    try:
        for event in library.repo.timeline_events():
            assert span_text(event.start, event.end) == span_label(event.start, event.end, lang)
    finally:
        library.close()


def test_the_timeline_axis_names_months_in_the_interface_language(korean_system_locale: None) -> None:
    """The axis asks QLocale for the interface language's month names, never the C library."""
    first = float(PartialDate("2019-01-01").first_day().toordinal())
    last = float(PartialDate("2019-12-31").first_day().toordinal())
    english = axis.ticks(first, last, 1.5, lambda text: 7.0 * len(text))
    assert english.major_step.unit == "month"
    assert [t.label for t in english.major][:3] == ["Jan", "Feb", "Mar"]
    assert english.context[0].label == "2019"
    i18n.set_language("ko")
    korean = axis.ticks(first, last, 1.5, lambda text: 7.0 * len(text))
    assert [t.label for t in korean.major][:3] == ["1월", "2월", "3월"] == [month_abbreviation(m) for m in (1, 2, 3)]
    assert korean.context[0].label == "2019년"
