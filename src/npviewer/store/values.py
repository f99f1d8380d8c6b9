"""Every value read from a content file, a pack or a bookmarks file is converted here, with its own message.

A converter either returns the value in the type the caller needs or raises :class:`ValueProblem`,
whose message says what is wrong and how to fix it; the caller adds the file, the entry and the
line. Nothing here trusts a reader's own conversion (YAML's dates, JSON's numbers): a value too long
to be a number arrives as :class:`LongNumber`, a date as its text, and is judged here.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Callable

from npviewer.store.dates import DateError, PartialDate

#: Dates outside these years are typing mistakes, not history this reference covers.
YEARS = (1800, 2100)
#: The most characters a number may be written with (a longer one is a mistake or an attack).
MAX_DIGITS = 30
MAX_VERSION = 64
#: Every place on Earth is at most 14 hours ahead of UTC: "today" somewhere is at most this day.
_LATEST_ZONE = dt.timedelta(hours=14)


class ValueProblem(ValueError):
    """A value that cannot be used; ``str()`` says what is wrong and how to fix it."""


class LongNumber:
    """A number written with more than :data:`MAX_DIGITS` characters: never converted, never text."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        return self.text if len(self.text) <= 40 else self.text[:40] + "…"

    def __repr__(self) -> str:
        return f"a number of {len(self.text):,} characters"


def made_day(now: dt.datetime | None = None) -> dt.date:
    """The latest calendar day anywhere on Earth at ``now`` (default: this moment): content made now
    may be dated up to this day, wherever its editor is, and never after it."""
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment.astimezone(dt.UTC) + _LATEST_ZONE).date()


def read_date(value: object) -> PartialDate:
    """A date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real day, within :data:`YEARS`."""
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int | dt.date)
        or (isinstance(value, str) and len(value) > 40)
    ):
        raise ValueProblem(f"{_shown(value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        date = PartialDate.parse(value)
    except DateError as exc:
        raise ValueProblem(f"{exc}; write the real date") from None
    if not YEARS[0] <= date.year <= YEARS[1]:
        raise ValueProblem(f"{date.iso} is not between {YEARS[0]} and {YEARS[1]}: check the year")
    return date


def not_after(date: PartialDate, made: dt.date, what: str) -> None:
    """Refuse a date that begins after ``made`` (the day the content was made): ``what`` cannot be in
    the future."""
    if date.first_day() > made:
        raise ValueProblem(
            f"{date.iso} is after the day the content is made ({made.isoformat()}): {what} cannot be dated in "
            "the future; check the year"
        )


def read_whole_number(value: object, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``."""
    if isinstance(value, LongNumber):
        raise ValueProblem(f"is {value!r}; it must be a whole number from {low} to {high:,}")
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueProblem(f"must be a whole number from {low} to {high:,}, not {_shown(value)}")
    return value


def read_number(value: object, limit: float) -> float:
    """A finite number within ±``limit``."""
    if isinstance(value, LongNumber):
        raise ValueProblem(f"is {value!r}; a figure is a finite number within ±{limit:.0e}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueProblem(f"must be a number (finite, within ±{limit:.0e}), got {_shown(value)}")
    number = float(value) if abs(value) <= limit else math.inf
    if not math.isfinite(number):
        raise ValueProblem(f"must be a number (finite, within ±{limit:.0e}), got {_shown(value)}")
    return number


def read_version(value: object) -> str:
    """A content version: one line of printable characters, at most :data:`MAX_VERSION` of them."""
    if not isinstance(value, str) or not value:
        raise ValueProblem(f"the version must be text of 1 to {MAX_VERSION} characters, not {_shown(value)}")
    if len(value) > MAX_VERSION:
        raise ValueProblem(f"the version has {len(value):,} characters; at most {MAX_VERSION}")
    if not all(char == " " or unicodedata.category(char)[0] in "LNPS" for char in value) or value != value.strip():
        raise ValueProblem(f"the version {_shown(value)} is not one line of printable characters")
    return value


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?")


def read_timestamp(value: object, now: dt.datetime | None = None, *, check_future: bool = True) -> dt.datetime:
    """A moment written in ISO 8601 (``2026-12-07T14:43:38+00:00``, or a day alone) that exists and is
    not in the future (a day of slack for a clock set ahead)."""
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise ValueProblem(f"{_shown(value)} is not a date and time (like 2026-12-07T14:43:38+00:00)")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueProblem(f"{_shown(value)} is not a real date and time ({exc})") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise ValueProblem(f"{_shown(value)} is not between {YEARS[0]} and {YEARS[1]}")
    latest = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)
    if check_future and moment > latest:
        raise ValueProblem(f"{_shown(value)} is in the future: check the computer's clock")
    return moment


def _shown(value: object) -> str:
    """A value for a message: short, on one line, never converted to a huge text."""
    if isinstance(value, LongNumber):
        return repr(value)
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:40] + "…"
        return repr(text)
    if isinstance(value, bool | int | float) or value is None:
        text = repr(value) if not isinstance(value, int) or abs(value) < 10**MAX_DIGITS else "a very large number"
        return text
    return f"a {type(value).__name__}"


def read_json(text: str) -> object:
    """JSON whose numbers are read by us: one longer than :data:`MAX_DIGITS` stays a :class:`LongNumber`,
    ``NaN`` and ``Infinity`` (not JSON) are refused. Raises ``ValueError`` (``json.JSONDecodeError``
    names the line) or ``RecursionError`` for text that is not JSON this reads."""

    def number(kind: type[int] | type[float]) -> Callable[[str], object]:
        return lambda text: LongNumber(text) if len(text) > MAX_DIGITS else kind(text)

    def constant(name: str) -> object:
        raise ValueProblem(f"{name} is not a JSON number")

    return json.loads(text, parse_int=number(int), parse_float=number(float), parse_constant=constant)
