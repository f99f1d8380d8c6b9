"""Every word the brief prints of its own, by language, and the one way it writes a date.

A brief in another language is this table's column for it: headings, labels and dates change,
the content does not. Qt-free (no QLocale): the brief is made without widgets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from npviewer.store import dates
from npviewer.store.dates import DateError, PartialDate

LANGUAGES = ("en", "ko")

_EN: dict[str, str] = {
    "series": "Korea's New Northern Policy",
    "kind.region": "Regional brief",
    "kind.country": "Country brief",
    "kind.bookmarks": "Brief of my bookmarks",
    "purpose.region": "A meeting brief on the {subject}: the policy's strategic directions, the meetings that "
    "carried it forward, the key figures and the people involved, each statement with its source.",
    "purpose.country": "A meeting brief on {subject} in Korea's New Northern Policy: the strategy, the meetings, "
    "the key figures and the people involved, each statement with its source.",
    "purpose.bookmarks": "The entries I bookmarked in npviewer, with their meetings, figures and sources.",
    "current_to": "Content current to {date}; covers {first}-{last}.",
    "current_to.undated": "The content carries no dates.",
    "prepared": "Prepared on {date} with npviewer {version}.",
    "bookmarked_count": "★ marks the {count} entries I bookmarked.",
    "also": "Also",
    "key_points": "Key points",
    "key_figures": "Key figures",
    "col.figure": "Figure",
    "col.value": "Value",
    "col.date": "Date",
    "col.source": "Source",
    "contents": "Contents",
    "sec.region": "The region",
    "sec.country": "The country",
    "sec.places": "Countries and areas",
    "sec.directions": "Strategic directions",
    "sec.meetings": "Meetings",
    "sec.figures": "Figures",
    "sec.people": "Who's who",
    "sec.programmes": "Programmes and bodies",
    "sec.glossary": "Glossary",
    "sec.bookmarks": "My bookmarks",
    "sec.entries": "Bookmarked entries",
    "sec.notes": "Notes",
    "sec.sources": "Sources",
    "intro.meetings": "In date order; planned meetings are marked.",
    "intro.people": "The people the meetings name, with the office and side the sources give.",
    "intro.glossary": "Acronyms used in this brief.",
    "intro.bookmarks": "Entries of this brief I bookmarked, with my notes where I chose to include them.",
    "intro.notes": "Each note names its source (listed in full under Sources) and where in it the statement "
    "rests. Quotation marks enclose only the words of a document npviewer holds in full; otherwise the "
    "note gives a summary in npviewer's own words.",
    "intro.sources": "Every document the notes cite, by publisher.",
    "col.place": "Place",
    "col.heads": "Heads of delegation",
    "col.outcome": "Outcome",
    "col.name": "Name",
    "col.office": "Office",
    "col.side": "Side",
    "col.attended": "Meetings",
    "col.term": "Term",
    "col.meaning": "Meaning",
    "summary": "Summary:",
    "mark.inferred": "inferred",
    "mark.disputed": "disputed",
    "mark.planned": "planned",
    "disputed.field": "Disputed {field}:",
    "disputed.other": "another source gives {value}",
    "field.date": "date",
    "field.place": "place",
    "field.value": "value",
    "field.text": "wording",
    "my_note": "My note:",
    "part_of": "Part of",
    "kind_label": "Kind",
    "direction": "Strategic direction {n}",
    "latest_meeting": "Latest meeting",
    "planned_meeting": "Next, planned",
    "policy_ended": "The policy's end",
    "headline_figure": "Key figure",
    "scope": "Scope",
    "language": "in {language}",
    "cited_in": "Notes {notes}",
    "no_url": "no public address recorded",
    "undated": "undated",
    "map.caption": "Map: {subject} highlighted{primary}; the Republic of Korea in red. Boundaries are indicative.",
    "map.caption.primary": "; {names} in a darker shade",
    "map.korea": "Korea",
    "map.attribution": "Boundaries: Natural Earth (public domain)",
    "map.alt": "Map of north-east Eurasia. Highlighted: {highlighted}. {primary_sentence}"
    "The Republic of Korea is marked in red for orientation.",
    "map.alt.primary": "Shown in a darker shade: {primary}. ",
    "footer": "{title} · New Northern Policy brief",
    "page": "Page {n} of {total}",
    "document_title": "{title}: New Northern Policy brief",
    "kind.meeting": "Meeting brief",
    "purpose.meeting": "A brief for the {subject}: the body, its meetings and what each agreed, the people, "
    "the place, the open items and where the policy stood, each statement with its source.",
    "translated": "Translation:",
    "measures": "Its measures: {measures}.",
    "sec.latest": "Latest meetings",
    "intro.latest": "The latest meetings with an outcome on record, newest first, and what they agreed.",
    "sec.meet": "People at the latest meetings",
    "intro.meet": "The people these meetings name, with the office and side the sources give.",
    "sec.map": "Map",
    "sec.annexes": "Annexes",
    "adds.short": "This is the short brief. The full brief (npviewer brief --full) adds, as annexes: {parts}.",
    "adds.full": "The annexes give the complete dossier: {parts}.",
    "adds.places": "{count} countries and areas with their profiles",
    "adds.measures": "{count} measures and sub-measures of the strategy",
    "adds.meetings": "all {count} meetings and events with everything on record of each",
    "adds.figures": "{count} figures",
    "adds.people": "{count} people with their offices",
    "adds.programmes": "{count} programmes and bodies",
    "adds.glossary": "a glossary of {count} acronyms",
    "adds.notes": "and notes that quote the held documents and summarise the others",
    "adds.meeting": "This is the short brief. The full brief (npviewer brief --meeting ID --full) adds, as annexes: "
    "every meeting of the body with everything on record, the people with the meetings they attended, the "
    "programmes named, and notes that quote the held documents and summarise the others.",
    "adds.meeting.full": "The annexes give every meeting of the body with everything on record, the people with "
    "the meetings they attended and the programmes named.",
    "intro.notes.short": "Each note gives its source's number in the Sources list and where in that source the "
    "statement rests; the full brief also quotes the held documents and summarises the others.",
    "source_number": "[{n}]",
    "body": "Body",
    "sec.body": "The body",
    "since": "Since {date}",
    "chairs": "Heads of delegation, {date}",
    "sec.series": "Its meetings",
    "intro.series": "Every meeting of the body on record, in date order, with what each agreed.",
    "mark.this": "this meeting",
    "sec.place": "The place",
    "concerns": "Places concerned",
    "sec.named": "Named at the meeting of {date}",
    "sec.open": "Open items",
    "intro.open": "What the last meeting agreed or set going that no later report in the content shows done, "
    "with what is reported of it since.",
    "open.none": "The content records nothing the last meeting agreed that is still open.",
    "reported_since": "Reported since",
    "sec.policy": "Where the policy stood",
    "next": "Next",
    "last_meeting": "The last meeting held",
    "map.korea.full": "Republic of Korea",
    "map.legend": "Legend",
    "trend": "from {first} to {latest}",
    "bookmarks_title": "My bookmarks",
    "and": "and",
    "sep": "; ",
}

_KO: dict[str, str] = {
    "series": "대한민국 신북방정책",
    "kind.region": "지역 브리핑",
    "kind.country": "국가 브리핑",
    "kind.bookmarks": "내 북마크 브리핑",
    "purpose.region": "{subject}에 관한 회의용 브리핑 자료입니다. 정책의 전략 방향과 이를 추진한 회의, 주요 수치와 "
    "관련 인물을 담았으며, 모든 서술에 출처를 밝혔습니다.",
    "purpose.country": "신북방정책에서 {subject}에 관한 회의용 브리핑 자료입니다. 전략과 회의, 주요 수치와 관련 인물을 "
    "담았으며, 모든 서술에 출처를 밝혔습니다.",
    "purpose.bookmarks": "npviewer에서 북마크한 항목과 관련 회의, 수치, 출처를 담은 자료입니다.",
    "current_to": "콘텐츠 기준일: {date}. 대상 기간: {first}~{last}년.",
    "current_to.undated": "콘텐츠에 날짜가 없습니다.",
    "prepared": "작성: {date}, npviewer {version}",
    "bookmarked_count": "★ 표시는 북마크한 항목 {count}개입니다.",
    "also": "다른 이름",
    "key_points": "핵심 요약",
    "key_figures": "주요 수치",
    "col.figure": "항목",
    "col.value": "값",
    "col.date": "날짜",
    "col.source": "출처",
    "contents": "목차",
    "sec.region": "지역 개관",
    "sec.country": "국가 개관",
    "sec.places": "국가 및 지방",
    "sec.directions": "전략 방향",
    "sec.meetings": "회의",
    "sec.figures": "수치",
    "sec.people": "인물",
    "sec.programmes": "사업 및 기구",
    "sec.glossary": "약어",
    "sec.bookmarks": "내 북마크",
    "sec.entries": "북마크한 항목",
    "sec.notes": "주석",
    "sec.sources": "출처 목록",
    "intro.meetings": "날짜순으로 실었으며, 예정된 회의는 따로 표시했습니다.",
    "intro.people": "회의에 언급된 인물과, 출처가 밝힌 직위 및 소속입니다.",
    "intro.glossary": "이 브리핑에 쓰인 약어입니다.",
    "intro.bookmarks": "이 브리핑의 항목 중 북마크한 항목과, 포함하기로 한 경우 내 메모입니다.",
    "intro.notes": "각 주석은 출처(출처 목록에 전체 수록)와 그 안의 위치를 밝힙니다. 따옴표는 npviewer가 전문을 "
    "보유한 문서의 원문에만 쓰며, 그 밖의 내용은 npviewer의 요약입니다.",
    "intro.sources": "주석에 인용된 모든 문서입니다(발행처순).",
    "col.place": "장소",
    "col.heads": "수석대표",
    "col.outcome": "결과",
    "col.name": "이름",
    "col.office": "직위",
    "col.side": "소속",
    "col.attended": "회의",
    "col.term": "약어",
    "col.meaning": "뜻",
    "summary": "요약:",
    "mark.inferred": "추정",
    "mark.disputed": "이견",
    "mark.planned": "예정",
    "disputed.field": "{field} 이견:",
    "disputed.other": "다른 출처에 따르면 {value}",
    "field.date": "날짜",
    "field.place": "장소",
    "field.value": "값",
    "field.text": "표현",
    "my_note": "내 메모:",
    "part_of": "상위",
    "kind_label": "종류",
    "direction": "전략 방향 {n}",
    "latest_meeting": "최근 회의",
    "planned_meeting": "다음 예정",
    "policy_ended": "정책의 종료",
    "headline_figure": "주요 수치",
    "scope": "범위",
    "language": "{language}",
    "cited_in": "주석 {notes}",
    "no_url": "공개 주소 없음",
    "undated": "날짜 없음",
    "map.caption": "지도: {subject} 강조{primary}. 대한민국은 빨간색으로 표시했습니다. 경계는 참고용입니다.",
    "map.caption.primary": "(진한 색: {names})",
    "map.korea": "대한민국",
    "map.attribution": "경계: Natural Earth(퍼블릭 도메인)",
    "map.alt": "유라시아 북동부 지도. 강조: {highlighted}. {primary_sentence}대한민국은 빨간색으로 표시했습니다.",
    "map.alt.primary": "진한 색: {primary}. ",
    "footer": "{title} · 신북방정책 브리핑",
    "page": "{n} / {total}쪽",
    "document_title": "{title}: 신북방정책 브리핑",
    "kind.meeting": "회의 브리핑",
    "purpose.meeting": "{subject}에 관한 브리핑 자료입니다. 기구와 그 회의별 합의, 인물, 장소, 미결 과제, 당시의 정책 "
    "상황을 담았으며, 모든 서술에 출처를 밝혔습니다.",
    "translated": "번역:",
    "measures": "세부 과제: {measures}.",
    "sec.latest": "최근 회의",
    "intro.latest": "결과가 기록된 최근 회의를 최신순으로, 합의 내용과 함께 실었습니다.",
    "sec.meet": "최근 회의 참석자",
    "intro.meet": "이 회의들에 언급된 인물과, 출처가 밝힌 직위 및 소속입니다.",
    "sec.map": "지도",
    "sec.annexes": "부록",
    "adds.short": "이 자료는 요약 브리핑입니다. 전체 브리핑(npviewer brief --full)은 부록으로 다음을 더 "
    "싣습니다: {parts}.",
    "adds.full": "부록에 전체 자료를 실었습니다: {parts}.",
    "adds.places": "국가·지방 {count}곳의 개관",
    "adds.measures": "전략의 조치·세부 조치 {count}개",
    "adds.meetings": "회의·행사 {count}건 전체와 각각의 기록",
    "adds.figures": "수치 {count}개",
    "adds.people": "인물 {count}명과 직위",
    "adds.programmes": "사업·기구 {count}개",
    "adds.glossary": "약어 {count}개",
    "adds.notes": "보유 문서의 원문 인용과 그 밖의 출처 요약을 담은 주석",
    "adds.meeting": "이 자료는 요약 브리핑입니다. 전체 브리핑(npviewer brief --meeting ID --full)은 "
    "부록으로 기구의 모든 회의와 그 기록, 인물과 참석 회의, 언급된 사업, 보유 문서의 원문 인용과 그 밖의 "
    "출처 요약을 담은 주석을 더 싣습니다.",
    "adds.meeting.full": "부록에 기구의 모든 회의와 그 기록, 인물과 참석 회의, 언급된 사업을 실었습니다.",
    "intro.notes.short": "각 주석은 출처 목록의 번호와 그 출처 안의 위치를 밝힙니다. 원문 인용과 요약은 전체 브리핑에 "
    "있습니다.",
    "source_number": "[{n}]",
    "body": "기구",
    "sec.body": "기구",
    "since": "{date}부터",
    "chairs": "수석대표({date})",
    "sec.series": "회의 경과",
    "intro.series": "기록된 기구의 모든 회의를 날짜순으로, 각 회의의 합의와 함께 실었습니다.",
    "mark.this": "이번 회의",
    "sec.place": "장소",
    "concerns": "관련 지역",
    "sec.named": "{date} 회의에서 언급된 수치와 사업",
    "sec.open": "미결 과제",
    "intro.open": "직전 회의가 합의하거나 추진하기로 했으나 콘텐츠의 이후 보도로는 이행이 확인되지 않은 "
    "사항과, 그 뒤의 보도입니다.",
    "open.none": "콘텐츠에 기록된 직전 회의의 합의 중 미결로 남은 사항이 없습니다.",
    "reported_since": "이후 보도",
    "sec.policy": "당시 정책 상황",
    "next": "다음",
    "last_meeting": "직전 회의",
    "map.korea.full": "대한민국",
    "map.legend": "범례",
    "trend": "{first}에서 {latest}(으)로",
    "bookmarks_title": "내 북마크",
    "and": "및",
    "sep": "; ",
}

LABELS: Mapping[str, Mapping[str, str]] = {"en": _EN, "ko": _KO}

LANGUAGE_NAMES = {
    "en": {"en": "English", "ko": "Korean", "ru": "Russian", "de": "German", "ja": "Japanese", "ro": "Romanian",
           "zh": "Chinese", "ar": "Arabic", "ka": "Georgian", "uk": "Ukrainian", "kk": "Kazakh", "uz": "Uzbek",
           "mn": "Mongolian"},
    "ko": {"en": "영어", "ko": "한국어", "ru": "러시아어", "de": "독일어", "ja": "일본어", "ro": "루마니아어",
           "zh": "중국어", "ar": "아랍어", "ka": "조지아어", "uk": "우크라이나어", "kk": "카자흐어", "uz": "우즈베크어",
           "mn": "몽골어"},
}  # fmt: skip


class Labels:
    """The labels of one language: ``labels["key_points"]``, ``labels.fmt("page", n=1, total=9)``."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LABELS:
            raise ValueError(f"no brief labels for language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
        self.lang = lang
        self._table = LABELS[lang]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or _EN[key]

    def has(self, key: str) -> bool:
        return key in _EN

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def date(self, value: PartialDate | dt.date) -> str:
        return format_date(value, self.lang)

    def language_name(self, code: str) -> str:
        return LANGUAGE_NAMES[self.lang].get(code.lower(), code) if code else ""


def format_date(value: PartialDate | dt.date, lang: str = "en") -> str:
    """The one way the brief writes a date, to its precision: ``12 December 2019`` / ``2019년 12월 12일``
    (the store's Qt-free formatter, which the window's QLocale formatter matches)."""
    return dates.format_date(PartialDate.parse(value) if isinstance(value, dt.date) else value, lang)


def format_span(start: PartialDate, end: PartialDate | None, lang: str = "en") -> str:
    """A date or a range: ``3-5 November 2021``, ``January-September 2019``; in Korean ``2021년 11월 3일~5일``."""
    if lang == "en" and end is not None and start.precision == end.precision == "month" and start.year == end.year:
        return f"{start.label().split()[0]}-{end.label()}"
    return dates.span_label(start, end, lang)


_PERIOD_PART = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


_ISO = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


def format_period(period: str, lang: str = "en") -> str:
    """A figure's period: dates written the brief's way (``2019-01/2019-09`` -> a range, ``from
    2020-02-13`` -> ``from 13 February 2020``), else as given."""
    parts = period.split("/")
    if all(_PERIOD_PART.match(p.strip()) for p in parts) and 1 <= len(parts) <= 2:
        try:
            dates = [PartialDate.parse(p.strip()) for p in parts]
        except DateError:
            return period
        return format_span(dates[0], dates[1] if len(dates) > 1 else None, lang)

    def one(match: re.Match[str]) -> str:
        try:
            return format_date(PartialDate.parse(match.group(0)), lang)
        except DateError:
            return match.group(0)

    return _ISO.sub(one, period)
