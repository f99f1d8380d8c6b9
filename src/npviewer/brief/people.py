"""The people a meeting's record names, read as name, office and side, in English or in Korean (no Qt).

The English record writes ``Name, Office (Side)``; the Korean one, as Korean does, ``이름 직위(측)``
with no comma after the name, so the Korean name ends where the first word of an office or of the body
it belongs to begins (``알렉산드르 크루티코프 | 극동개발부 차관``, ``바인차오루 | 지린성 당서기``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from npviewer.store.records import Entry

_SIDE = re.compile(r"^(?P<rest>.*?)\s*\((?P<side>[^()]+)\)\s*$")
#: Korean words that end an office's name (부총리 and 외무장관 end in them too).
OFFICE_WORDS = ("대통령", "총리", "장관", "차관", "차관보", "대사", "위원장", "의장", "대표", "서기", "비서관",
                "조정관", "본부장", "성장", "차관보급", "차관급")  # fmt: skip
#: Korean words that end the name of a body an office belongs to: a ministry (외교부), the presidential office.
BODY_ENDINGS = ("부", "직속", "실")
#: Words that open an office: former, first, the Republic of Korea (its ambassador), "and also".
OPENERS = frozenset({"전", "초대", "대한민국", "겸"})
#: Words of a name at most: a Korean name is one (이정규), a foreign one in Korean letters two (알렉산드르 크루티코프).
NAME_WORDS = 2


@dataclass(frozen=True)
class Person:
    """One participant as a meeting's record names them: ``Name, Office (Side)``."""

    name: str
    office: str = ""
    side: str = ""


def parse_participant(text: str, lang: str = "en") -> Person:
    """``Lee Jeong-kyu, Deputy Foreign Minister (ROK)`` or ``이정규 외교부 차관보(한국)`` -> name, office and
    side; any part may be missing."""
    text = text.strip()
    side = ""
    match = _SIDE.match(text)
    if match:
        text, side = match.group("rest").strip(), match.group("side").strip()
    name, _, office = text.partition(",")
    if lang == "ko":  # the office begins in the words before the comma; what follows the comma adds to it
        name, own = _korean_name(name.strip())
        office = ", ".join(p for p in (own, office.strip()) if p)
    return Person(name.strip(), office.strip(), side)


def _opens(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` begins an office (or the body whose office follows)."""
    word = re.sub(r"\(.*\)$", "", words[i])  # 대통령(한국), 영상 참여: the side stays with the office
    if word.endswith(OFFICE_WORDS) or word in OPENERS or (len(word) >= 3 and word.endswith(BODY_ENDINGS)):
        return True
    if word.startswith("주") and words[-1].endswith("대사"):  # 주한, 주중국: an ambassador's posting
        return True
    return word.endswith("성") and i + 1 < len(words) and words[i + 1].endswith(OFFICE_WORDS)  # 지린성 당서기


def _korean_name(text: str) -> tuple[str, str]:
    """(name, office) of ``이름 직위``: the office from its first word on; a name is one word or more."""
    words = text.split()
    for i in range(1, len(words)):
        if _opens(words, i):
            i = min(i, NAME_WORDS)  # 오그타이 아사도프 | 밀리 메질리스 의장: a body's name before the office
            return " ".join(words[:i]), " ".join(words[i:])
    return text, ""


@dataclass
class PersonRow:
    """A person of the who's who, with every office the sources give and the meetings attended."""

    name: str
    offices: list[str]
    sides: list[str]
    meetings: list[tuple[str, str]]  # (date label, row anchor)


def people_of(events: Iterable[tuple[Entry, str, str]]) -> list[PersonRow]:
    """The people named by these (event, date label, row anchor), sorted by name."""
    rows: dict[str, PersonRow] = {}
    for entry, date, anchor in events:
        if entry.event is None:
            continue
        for raw in entry.event.participants:
            person = parse_participant(raw, entry.lang)
            if not person.name:
                continue
            row = rows.setdefault(person.name.casefold(), PersonRow(person.name, [], [], []))
            if person.office and person.office not in row.offices:
                row.offices.append(person.office)
            if person.side and person.side not in row.sides:
                row.sides.append(person.side)
            if (date, anchor) not in row.meetings:
                row.meetings.append((date, anchor))
    return sorted(rows.values(), key=lambda r: r.name.casefold())
