"""Key figures in Korean (Qt-free): the content writes a figure's unit in English words
(``billion USD (about)``); this table gives each unit word its Korean and its scale, and
:func:`korean_figure` writes the figure as a Korean reader reads it: ``8.1 billion USD`` ->
``81억 달러``, ``30 million USD`` -> ``3,000만 달러``, ``3.5 million people`` -> ``350만 명``.

A unit is a base (``billion USD``, ``visitors a year``) and, in parentheses, a qualifier
(``about``, ``more than``, ``target``). A test checks that every unit the content uses has its
Korean here; a unit without one is written as the content has it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from npviewer.store.dates import DateError, PartialDate, span_label

#: Base unit -> (scale, Korean pattern of the number ``{n}``; a space follows a number that ends in
#: 만, 억 or 조: ``81억 달러``, ``200달러``).
UNITS: dict[str, tuple[int, str]] = {
    "USD": (1, "{n}달러"),
    "million USD": (10**6, "{n}달러"),
    "billion USD": (10**9, "{n}달러"),
    "billion USD a year": (10**9, "연간 {n}달러"),
    "billion m³ a year": (10**9, "연간 {n}m³"),
    "km²": (1, "{n}km²"),
    "percent": (1, "{n}%"),
    "rank": (1, "{n}위"),
    "people": (1, "{n}명"),
    "million people": (10**6, "{n}명"),
    "people a year": (1, "연간 {n}명"),
    "visitors": (1, "방문객 {n}명"),
    "visitors a year": (1, "연간 방문객 {n}명"),
    "visits": (1, "방문 {n}회"),
    "times": (1, "{n}회"),
    "members": (1, "위원 {n}명"),
    "firms": (1, "기업 {n}개"),
    "companies": (1, "기업 {n}개"),
    "offices": (1, "사무소 {n}개"),
    "countries": (1, "{n}개국"),
    "regions": (1, "{n}개 지역"),
    "governments": (1, "{n}개 정부"),
    "key tasks": (1, "핵심 과제 {n}개"),
    "policy tasks": (1, "정책 과제 {n}개"),
}
#: Qualifier -> Korean pattern of the whole figure ``{x}``.
QUALIFIERS: dict[str, str] = {
    "about": "약 {x}",
    "more than": "{x} 이상",
    "over": "{x} 이상",
    "a little over": "{x} 남짓",
    "almost": "{x} 가까이",
    "up to": "최대 {x}",
    "target": "{x}(목표)",
    "24 projects": "{x}(24개 사업)",
    "20 civilian, 5 ex officio": "{x}(민간 20명, 당연직 5명)",
    "upper end of 20,000-30,000": "{x}(2만~3만 명의 상한)",
}
_UNIT = re.compile(r"^(?P<base>[^()]+?)\s*(?:\((?P<qualifier>[^()]+)\))?$")
_GROUPS = ((10**12, "조"), (10**8, "억"), (10**4, "만"))
_PERIOD_RANGE = re.compile(r"^(\S+?)\s*(?:/|(?<=\d{4})-(?=\d{4}$))\s*(\S+)$")


def split_unit(unit: str) -> tuple[str, str]:
    """``billion USD (about)`` -> (``billion USD``, ``about``)."""
    match = _UNIT.match(" ".join(unit.split()))
    if match is None:
        return unit, ""
    return match.group("base"), match.group("qualifier") or ""


def has_korean(unit: str) -> bool:
    """Whether the table writes this unit in Korean."""
    base, qualifier = split_unit(unit)
    return base in UNITS and (not qualifier or qualifier in QUALIFIERS)


def korean_number(value: Decimal | float | int) -> str:
    """A number as Korean writes it: groups of 조, 억 and 만, each of four digits at most
    (``8100000000`` -> ``81억``, ``30000000`` -> ``3,000만``, ``1234500000000`` -> ``1조 2,345억``);
    below 10,000 as it is (``350``, ``2.5``)."""
    number = Decimal(str(value))
    sign = "-" if number < 0 else ""
    number = abs(number)
    if number < 10**4:
        return sign + _plain(number)
    whole = int(number)
    rest = number - whole
    parts: list[str] = []
    for size, word in _GROUPS:
        group, whole = divmod(whole, size)
        if group:
            parts.append(f"{group:,}{word}")
    if whole or rest:
        parts.append(_plain(whole + rest))
    return sign + " ".join(parts)


def _plain(number: Decimal) -> str:
    text = f"{number:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def korean_figure(value: float, unit: str, period: str = "") -> str:
    """``8.1``, ``billion USD (about)``, ``2019`` -> ``약 81억 달러(2019년)``; a unit the table lacks
    keeps the content's words. ``period`` is the Korean period, or a bare date written in Korean here."""
    base, qualifier = split_unit(unit)
    if base in UNITS and (not qualifier or qualifier in QUALIFIERS):
        scale, pattern = UNITS[base]
        number = korean_number(Decimal(str(value)) * scale)
        text = pattern.format(n=number + (" " if number[-1] in "조억만" else ""))
        if qualifier:
            text = QUALIFIERS[qualifier].format(x=text)
    else:
        text = f"{korean_number(value)} {unit}"
    shown = korean_period(period)
    return f"{text}({shown})" if shown else text


def korean_period(period: str) -> str:
    """A period as Korean writes it: a bare date or range in Korean (``2019-01/2019-09`` ->
    ``2019년 1월~9월``, ``1990-2021`` -> ``1990년~2021년``); words as they are (the content's
    ``period_ko``)."""
    period = period.strip()
    if not period:
        return ""
    try:
        return PartialDate.parse(period).label("ko")
    except DateError:
        pass
    match = _PERIOD_RANGE.match(period)
    if match:
        try:
            return span_label(PartialDate.parse(match.group(1)), PartialDate.parse(match.group(2)), "ko")
        except DateError:
            pass
    return period
