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

    def label(self) -> str:
        """Human form: ``2019``, ``December 2019``, ``12 December 2019``."""
        parts = [int(p) for p in self.iso.split("-")]
        if len(parts) == 1:
            return str(parts[0])
        if len(parts) == 2:
            return f"{_MONTHS[parts[1]]} {parts[0]}"
        return f"{parts[2]} {_MONTHS[parts[1]]} {parts[0]}"


def span_label(start: PartialDate, end: PartialDate | None) -> str:
    """A date or a range, folding what the two ends share (``3-5 November 2021``)."""
    if end is None or end == start:
        return start.label()
    if start.precision == end.precision == "day":
        a, b = start.first_day(), end.first_day()
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}-{b.day} {_MONTHS[a.month]} {a.year}"
        if a.year == b.year:
            return f"{a.day} {_MONTHS[a.month]} - {b.day} {_MONTHS[b.month]} {a.year}"
    return f"{start.label()} - {end.label()}"
