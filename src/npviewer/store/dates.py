"""Partial dates: a year, a year and month, or a full day, kept as ISO text."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_FORMS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: English month names, fixed: ``calendar.month_name`` follows the C library's locale.
_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]  # fmt: skip


class DateError(ValueError):
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real day."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day.

    ``iso`` keeps the form it was written in, so its length gives the precision.
    """

    iso: str

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read ``2019``, ``2019-12``, ``2019-12-12`` (text, int or ``datetime.date``)."""
        if isinstance(value, dt.date):
            return cls(value.isoformat())
        text = str(value).strip()
        match = _FORMS.match(text)
        if not match:
            raise DateError(f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r} has no month {month}")
        if day is not None and month is not None:
            try:
                dt.date(year or 1, month, day)
            except ValueError as exc:
                raise DateError(f"{text!r} is not a real day ({exc})") from None
        return cls(text)

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        return {4: "year", 7: "month"}.get(len(self.iso), "day")

    @property
    def year(self) -> int:
        return int(self.iso[:4])

    def first_day(self) -> dt.date:
        """The earliest day this date can mean."""
        parts = [int(p) for p in self.iso.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    def last_day(self) -> dt.date:
        """The latest day this date can mean."""
        parts = [int(p) for p in self.iso.split("-")]
        if len(parts) == 3:
            return dt.date(*parts)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(parts[0], 12, 31)

    def label(self, lang: str = "en") -> str:
        """Human form: ``2019``, ``December 2019``, ``12 December 2019`` (see :func:`format_date`)."""
        return format_date(self, lang)


def format_date(date: PartialDate, lang: str = "en") -> str:
    """A date to its precision, the one Qt-free way (the brief, the command line, the store).

    English: ``2019``, ``December 2019``, ``12 December 2019``, whatever the system locale.
    Korean: ``2019년``, ``2019년 12월``, ``2019년 12월 12일``. The window writes the same through
    QLocale (:mod:`npviewer.ui.common.language`); a test holds the two to the same text.
    """
    parts = [int(p) for p in date.iso.split("-")]
    if lang == "ko":
        return " ".join(f"{n}{unit}" for n, unit in zip(parts, ("년", "월", "일"), strict=False))
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{_MONTHS[parts[1]]} {parts[0]}"
    return f"{parts[2]} {_MONTHS[parts[1]]} {parts[0]}"


def span_label(start: PartialDate, end: PartialDate | None, lang: str = "en") -> str:
    """A date or a range, folding what the two ends share: ``3-5 November 2021``; in Korean
    ``2021년 11월 3일~5일``, ``2021년 11월 30일~12월 2일``, ``2019년 1월~9월`` (``~``: the range mark
    of Korean official writing)."""
    if end is None or end == start:
        return format_date(start, lang)
    if lang == "ko":
        tail = format_date(end, lang)
        if start.year == end.year and "year" not in (start.precision, end.precision):
            tail = tail.removeprefix(f"{end.year}년 ")
            if start.precision == end.precision == "day" and start.iso[:7] == end.iso[:7]:
                tail = tail.removeprefix(f"{int(end.iso[5:7])}월 ")
        return f"{format_date(start, lang)}~{tail}"
    if start.precision == end.precision == "day":
        a, b = start.first_day(), end.first_day()
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}-{b.day} {_MONTHS[a.month]} {a.year}"
        if a.year == b.year:
            return f"{a.day} {_MONTHS[a.month]} - {b.day} {_MONTHS[b.month]} {a.year}"
    return f"{start.label()} - {end.label()}"
