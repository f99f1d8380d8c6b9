"""Where in a document a statement rests (its locator), in Korean: the content writes
locators in a small English vocabulary (``body paras. 1, 3-5``, ``item 2 and its note``, ``headline``,
``Eastern Region section``); this writes each part of one the way a Korean reference does
(``본문 1, 3~5문단``, ``2항과 그 주석``, ``제목``, ``동부 지역 부분``). A part outside the vocabulary
stays as the content writes it, so nothing is lost or guessed. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from npviewer.store.dates import DateError, PartialDate

#: Whole parts, as the content writes them.
WORDS = {
    "headline": "제목",
    "title": "제목",
    "subheading": "부제",
    "heading": "표제",
    "page heading": "페이지 제목",
    "caption": "사진 설명",
    "photo caption": "사진 설명",
    "abstract": "초록",
    "infobox": "정보 상자",
    "lead paragraph": "첫 문단",
    "summary lines under the headline": "제목 아래 요약",
    "first paragraph after the photo caption": "사진 설명 다음 첫 문단",
    "heading and date line": "표제와 날짜 줄",
    "timeline list": "연표",
    "list of news items": "뉴스 목록",
    "article (paragraph not recorded)": "기사(문단 기록 없음)",
    "first boxed point": "상자 안 첫 항목",
    "note to the first boxed point": "상자 안 첫 항목의 주석",
    "first point under the heading": "표제 아래 첫 항목",
    "first and second points under the heading": "표제 아래 첫째·둘째 항목",
    "diagram": "도표",
    "the chairman's briefing": "위원장의 브리핑",
    "the anniversaries": "기념일",
    "the exhibition in Ulsan": "울산 전시회",
    "after the archive notices": "기록물 안내 다음",
    "paragraph on the trade and visitor targets": "교역·방문객 목표에 관한 문단",
    "passage on the expected trade for 2017": "2017년 예상 교역액에 관한 대목",
    "passage on the forum's venue and date": "포럼의 장소와 날짜에 관한 대목",
    "paragraph on Moon's thanks for Putin's message": "푸틴 대통령의 메시지에 대한 문재인 대통령의 감사에 관한 문단",
    "Moon's opening remarks": "문재인 대통령의 개회사",
    "point beginning In particular": "In particular로 시작하는 항목",
}
#: What a numbered part counts, and how Korean counts it: ``paras. 1-3`` -> ``1~3문단``.
COUNTED = {
    "para": "{n}문단", "paras": "{n}문단", "body para": "본문 {n}문단", "body paras": "본문 {n}문단",
    "speech paras": "연설 {n}문단", "item": "{n}항", "items": "{n}항", "section": "{n}절", "sections": "{n}절",
    "boxed points": "상자 안 {n}번 항목", "sub-point of item": "{n}항의 하위 항목", "note to item": "{n}항의 주석",
}  # fmt: skip
#: What may follow an item's number: ``item 1 and its note`` -> ``1항과 그 주석``.
AFTER_ITEM = {"and its note": "과 그 주석", "and its list": "과 그 목록", "and its sub-point": "과 하위 항목",
              "and its sub-points": "과 하위 항목"}  # fmt: skip
_NUMBERS = r"\d+(?:\.\d+)?(?:-\d+)?(?:(?:, | and )\d+(?:\.\d+)?(?:-\d+)?)*"
_COUNTED = re.compile(rf"^(?P<what>{'|'.join(sorted(map(re.escape, COUNTED), key=len, reverse=True))})\.? "
                      rf"(?P<n>{_NUMBERS})(?: (?P<after>{'|'.join(map(re.escape, AFTER_ITEM))}))?"
                      r"(?: \((?P<note>[^()]+)\))?$")  # fmt: skip
_TIMELINE = re.compile(r"^timeline, entr(?:y|ies) (?P<first>.+?)(?: to (?P<last>.+))?$")
_SECTION = re.compile(r"^(?P<name>.+) section(?: \((?P<note>[^()]+)\))?$")
_DOTTED = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_WRITTEN = re.compile(rf"^({'|'.join(_MONTHS)}) (\d{{1,2}}), (\d{{4}})$")


class KoreanReferences:
    """How the Korean brief names where a statement rests: locators in Korean, and a publisher by its
    Korean form where the names glossary gives one (``Presidential Committee on Northern Economic
    Cooperation`` -> ``북방경제협력위원회``); ``names`` maps English names to their Korean forms."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names

    def locator(self, locator: str) -> str:
        return korean_locator(locator, self.names)

    def name(self, name: str) -> str:
        return self.names.get(name, name)


def korean_locator(locator: str, names: Mapping[str, str] | None = None) -> str:
    """A locator in Korean, part by part (``;`` between parts); ``names`` gives the Korean of a named
    section (``Eastern Region`` -> ``동부 지역``)."""
    return "; ".join(_part(part.strip(), names or {}) for part in locator.split(";"))


def _numbers(text: str) -> str:
    return text.replace(" and ", ", ").replace("-", "~")


def _part(part: str, names: Mapping[str, str]) -> str:
    if part in WORDS:
        return WORDS[part]
    match = _COUNTED.match(part)
    if match and (match.group("note") is None or match.group("note") in WORDS):
        text = COUNTED[match.group("what")].format(n=_numbers(match.group("n")))
        text += AFTER_ITEM.get(match.group("after") or "", "")
        return text + (f"({WORDS[match.group('note')]})" if match.group("note") else "")
    match = _TIMELINE.match(part)
    if match:
        dates = [_date(d) for d in (match.group("first"), match.group("last")) if d]
        if all(dates):
            return "연표 항목 " + "~".join(d for d in dates if d)
    match = _SECTION.match(part)
    if match and match.group("name") in names and (match.group("note") is None or match.group("note") in WORDS):
        note = f"({WORDS[match.group('note')]})" if match.group("note") else ""
        return f"{names[match.group('name')]} 부분{note}"
    return part


def _date(text: str) -> str | None:
    """A timeline entry's date (``2017.09.06``, ``September 6, 2017``) in Korean, else None."""
    match = _DOTTED.match(text) or _WRITTEN.match(text)
    if match is None:
        return None
    if match.re is _WRITTEN:
        iso = f"{match.group(3)}-{_MONTHS.index(match.group(1)) + 1:02d}-{int(match.group(2)):02d}"
    else:
        iso = "-".join(match.groups())
    try:
        return PartialDate.parse(iso).label("ko")
    except DateError:
        return None
