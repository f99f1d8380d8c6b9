"""Ticks for the time axis: which unit and step fit the zoom, and where the ticks fall.

Month names are the interface language's, through QLocale (``Dec`` / ``12월``, ``December 2019`` /
``2019년 12월``), never the C library's.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from npviewer.store.dates import PartialDate
from npviewer.ui.common.language import date_text, month_abbreviation

_YEAR = 365.2425
_MONTH = _YEAR / 12


@dataclass(frozen=True)
class Step:
    """A tick step: ``n`` days, months or years."""

    unit: str  # "day" | "month" | "year"
    n: int

    @property
    def days(self) -> float:
        return {"day": 1.0, "month": _MONTH, "year": _YEAR}[self.unit] * self.n


#: From the finest to the coarsest; the axis picks the first whose labels fit.
STEPS = (
    Step("day", 1),
    Step("day", 2),
    Step("day", 7),
    Step("day", 14),
    Step("month", 1),
    Step("month", 3),
    Step("month", 6),
    Step("year", 1),
    Step("year", 2),
    Step("year", 5),
    Step("year", 10),
    Step("year", 20),
    Step("year", 50),
    Step("year", 100),
)

#: Minor steps that nest in each major step (same boundaries), finest first.
_MINOR = {
    Step("day", 2): (Step("day", 1),),
    Step("day", 7): (Step("day", 1),),
    Step("day", 14): (Step("day", 7), Step("day", 1)),
    Step("month", 1): (Step("day", 7), Step("day", 1)),
    Step("month", 3): (Step("month", 1),),
    Step("month", 6): (Step("month", 1),),
    Step("year", 1): (Step("month", 1), Step("month", 3)),
    Step("year", 2): (Step("month", 3), Step("year", 1)),
    Step("year", 5): (Step("year", 1),),
    Step("year", 10): (Step("year", 1), Step("year", 2), Step("year", 5)),
    Step("year", 20): (Step("year", 5), Step("year", 10)),
    Step("year", 50): (Step("year", 10),),
    Step("year", 100): (Step("year", 10), Step("year", 50)),
}
MIN_MINOR_PX = 5.0


@dataclass(frozen=True)
class Tick:
    day: int  # ordinal of the day the tick starts
    label: str


@dataclass(frozen=True)
class Ticks:
    """Major ticks with labels, unlabelled minor ticks, and the coarser context row above."""

    major_step: Step
    major: list[Tick]
    minor: list[int]
    context: list[Tick]


def choose_step(scale: float, measure: Callable[[str], float]) -> Step:
    """The finest step whose labels (measured by ``measure``) have room at ``scale`` px/day."""
    widest_month = max((month_abbreviation(m) for m in range(1, 13)), key=measure)
    for step in STEPS:
        sample = {"day": "28", "month": widest_month, "year": "2020"}[step.unit]
        if step.days * scale >= measure(sample) + 14:
            return step
    return STEPS[-1]


def ticks(first: float, last: float, scale: float, measure: Callable[[str], float]) -> Ticks:
    """The ticks for days ``first..last`` at ``scale`` pixels per day."""
    major_step = choose_step(scale, measure)
    minor_step = next(
        (s for s in _MINOR.get(major_step, ()) if s.days * scale >= MIN_MINOR_PX),
        None,
    )
    major = [Tick(d, _label(d, major_step.unit)) for d in boundaries(first, last, major_step)]
    minor = list(boundaries(first, last, minor_step)) if minor_step else []
    context: list[Tick] = []
    if major_step.unit == "month":
        context = [Tick(d, _year(d)) for d in boundaries(first, last, Step("year", 1))]
    elif major_step.unit == "day":
        context = [Tick(d, _month_year(d)) for d in boundaries(first, last, Step("month", 1))]
    return Ticks(major_step, major, minor, context)


def context_label(day: float, major_step: Step) -> str:
    """The context row's text for the period containing ``day`` (shown at the left edge)."""
    if major_step.unit == "month":
        return _year(_date(day).toordinal())
    if major_step.unit == "day":
        return _month_year(_date(day).toordinal())
    return ""


def boundaries(first: float, last: float, step: Step) -> Iterator[int]:
    """Ordinals of the step's boundaries from the one at or before ``first`` through ``last``."""
    start, end = _date(first), _date(last)
    if step.unit == "year":
        year = max(1, start.year - start.year % step.n)
        while year <= end.year and year <= 9999:
            yield dt.date(year, 1, 1).toordinal()
            year += step.n
        return
    year, month = start.year, start.month - (start.month - 1) % (step.n if step.unit == "month" else 1)
    while (year, month) <= (end.year, end.month):
        if step.unit == "month":
            yield dt.date(year, month, 1).toordinal()
        else:
            length = calendar.monthrange(year, month)[1]
            for day in range(1, length + 1, step.n):
                if step.n > 2 and length - day < step.n // 2:
                    break  # no tick a day or two before the next month's first
                yield dt.date(year, month, day).toordinal()
        month += step.n if step.unit == "month" else 1
        if month > 12:
            year, month = year + 1, month - 12
        if year > 9999:
            return


def _date(day: float) -> dt.date:
    return dt.date.fromordinal(min(max(int(day), 1), dt.date.max.toordinal()))


def _label(day: int, unit: str) -> str:
    date = dt.date.fromordinal(day)
    if unit == "year":
        return str(date.year)
    if unit == "month":
        return month_abbreviation(date.month)
    return str(date.day)


def _year(day: int) -> str:
    return date_text(PartialDate(f"{dt.date.fromordinal(day).year:04d}"))


def _month_year(day: int) -> str:
    date = dt.date.fromordinal(day)
    return date_text(PartialDate(f"{date.year:04d}-{date.month:02d}"))
