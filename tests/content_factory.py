"""Writes small, valid content folders for tests, which each test then breaks in its own way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SEED_TEXT = """content shortcut

Eastern Region Russian Far East

  • Preparing to resume the Rajin-Khasan logistics project considering inter-Korean relations
  • Laying the foundation to connect ROK, North Korea, and Russia in gas
"""


def quote(text: str) -> list[dict[str, str]]:
    """Sources of an entry: a quotation of the held seed."""
    return [{"doc": "seed", "quote": text, "locator": "Eastern Region"}]


def ref(locator: str, summary: str) -> list[dict[str, str]]:
    """Sources of an entry: a reference to the document whose text is not held."""
    return [{"doc": "other", "locator": locator, "summary": summary}]


def mini_files() -> dict[str, Any]:
    """The parsed content of a tiny but complete content folder."""
    cite = quote("Eastern Region Russian Far East")
    return {
        "sources.yaml": {
            "documents": [
                {"id": "seed", "title": "A seed page", "seed": "seed.txt", "publisher": "The committee",
                 "date": "2018", "language": "en", "url": "https://example.org/seed"},
                {"id": "other", "title": "Another source", "url": "https://example.org/a", "publisher": "A ministry",
                 "date": "2019-12-12", "language": "en", "type": "press release"},
            ],
            "glossary": [
                {"term": "ROK", "expansion": "Republic of Korea", "sources": quote("ROK")}
            ],
        },
        "places.yaml": {
            "entries": [
                {"id": "russia", "kind": "country", "title": "Russia", "iso_n3": "643", "sources": cite,
                 "aliases": ["Россия", {"text": "러시아", "lang": "ko"}], "links": {"regions": ["eastern"]}},
                {"id": "primorsky-krai", "kind": "area", "title": "Primorsky Krai", "parent": "russia",
                 "aliases": [{"text": "연해주", "lang": "ko"}, {"text": "Приморье", "lang": "ru"}], "sources": cite,
                 "links": {"regions": ["eastern"]}},
            ]
        },
        "regions/eastern.yaml": {
            "entries": [
                {
                    "id": "eastern", "kind": "region", "title": "Eastern Region", "text": "Russian Far East",
                    "sources": cite,
                    "children": [
                        {"id": "eastern-direction", "kind": "direction", "title": "Cooperation", "sources": cite,
                         "children": [
                             {"id": "eastern-rajin-khasan", "kind": "measure",
                              "title": "Preparing to resume the Rajin-Khasan logistics project",
                              "text": "Preparing to resume the Rajin-Khasan logistics project considering "
                                      "inter-Korean relations",
                              "links": {"places": ["russia"]},
                              "sources": quote("Preparing to resume the Rajin-Khasan logistics project considering "
                                               "inter-Korean relations")},
                             {"id": "eastern-gas", "kind": "measure", "title": "Laying the foundation",
                              "text": "Laying the foundation to connect ROK, North Korea, and Russia in gas",
                              "sources": quote("Laying the foundation to connect ROK, North Korea, and Russia in gas")},
                         ]},
                    ],
                }
            ]
        },
        "events.yaml": {
            "entries": [
                {"id": "meeting-13", "kind": "meeting", "title": "13th meeting", "date": "2019-12-12",
                 "date_status": "inferred", "date_note": "no year given", "place": "Seoul",
                 "links": {"regions": ["eastern"], "places": ["primorsky-krai"]},
                 "sources": ref("para. 1", "The 13th meeting was held."),
                 "children": [{"id": "meeting-13-trade", "kind": "figure", "title": "Trade", "value": 8.1,
                               "unit": "billion USD", "sources": ref("para. 2", "Trade of 8.1 billion USD.")}]},
                {"id": "forum-1", "kind": "forum", "title": "1st forum", "date": "2018-11-07", "end": "2018-11-09",
                 "links": {"regions": ["eastern"]}, "sources": ref("para. 4", "The forum met in Pohang."),
                 "disputed": [{"field": "date", "value": "2018-09", "sources": ref("para. 4", "Dated September.")}]},
            ]
        },
    }  # fmt: skip


class _NoAliases(yaml.SafeDumper):
    """Writes a value shared by several entries out in full each time: content files allow no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_content(
    folder: Path, files: dict[str, Any] | None = None, seed: str = SEED_TEXT, korean: bool | None = None
) -> Path:
    """Write a content folder (``files`` maps relative names to parsed YAML or raw text). ``korean``:
    give every field without its Korean a stand-in (:func:`with_korean`); by default only while the
    loader requires Korean, so a fixture of another feature loads either way."""
    files = mini_files() if files is None else files
    if korean or (korean is None and _korean_required()):
        files = with_korean(files)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "regions").mkdir(exist_ok=True)
    (folder / "sources" / "seed.txt").write_text(seed, encoding="utf-8")
    for name, data in files.items():
        if not isinstance(data, str):
            data = yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)
        text = data
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def korean_files() -> dict[str, Any]:
    """:func:`mini_files` translated in full (every ``*_ko`` field data/README.md lists), with a names
    glossary and two programmes whose Korean names searches look for (북방경제협력위원회, 나인브릿지).
    The English is the mini content's, with a few more fields to translate."""
    files = mini_files()
    ko_quote = {
        "Eastern Region Russian Far East": "동부 지역 러시아 극동",
        "Preparing to resume the Rajin-Khasan logistics project considering inter-Korean relations": (
            "남북관계를 고려한 나진-하산 물류사업 재개 준비"
        ),
        "Laying the foundation to connect ROK, North Korea, and Russia in gas": (
            "한국, 북한, 러시아 가스 연결 기반 마련"
        ),
        "ROK": "한국",
    }
    summaries = {
        "The 13th meeting was held.": "제13차 회의가 열렸다고 적는다.",
        "Trade of 8.1 billion USD.": "교역액 81억 달러를 적는다.",
        "The forum met in Pohang.": "포럼이 포항에서 열렸다고 적는다.",
        "Dated September.": "9월로 적는다.",
        "Names the committee and its nine bridges.": "위원회와 나인브릿지를 적는다.",
    }

    def translate_sources(sources: list[dict[str, Any]]) -> None:
        for cite in sources:
            if "quote" in cite:
                cite["quote_ko"] = ko_quote[cite["quote"]]
            else:
                cite["summary_ko"] = summaries[cite["summary"]]

    docs = files["sources.yaml"]["documents"]
    docs[1].update(date_note="Dated from its article number.",
                   date_note_ko="기사 번호에서 날짜를 읽었다.")  # fmt: skip
    docs.append(
        {"id": "undated", "description": "A committee leaflet on the nine bridges",
         "description_ko": "나인브릿지에 관한 위원회 안내문", "publisher": "The committee", "language": "ko",
         "missing": {"title": "The leaflet has no title.", "date": "The leaflet is undated.", "url": "Printed only."},
         "missing_ko": {"title": "안내문에 제목이 없다.", "date": "안내문에 날짜가 없다.", "url": "인쇄본뿐이다."},
         "reliability": {"level": "low", "note": "A leaflet, not a record.", "note_ko": "기록이 아닌 안내문이다."}}
    )  # fmt: skip
    glossary = files["sources.yaml"]["glossary"][0]
    glossary["expansion_ko"] = "대한민국"
    translate_sources(glossary["sources"])
    titles = {
        "russia": ("러시아", None),
        "primorsky-krai": ("연해주", "연해주는 한국 기업의 산업단지가 계획된 러시아 극동의 지방이다."),
        "eastern": ("동부 지역", "러시아 극동"), "eastern-direction": ("협력", None),
        "eastern-rajin-khasan": ("나진-하산 물류사업 재개 준비", "남북관계를 고려한 나진-하산 물류사업 재개 준비"),
        "eastern-gas": ("기반 마련", "한국, 북한, 러시아 가스 연결 기반 마련"),
        "meeting-13": ("제13차 회의", "분과위원회는 서울에서 연해주와의 협력을 논의했다."),
        "meeting-13-trade": ("교역액", None), "forum-1": ("제1차 포럼", None),
        "northern-committee": ("북방경제협력위원회", "북방경제협력위원회는 나인브릿지(9개 다리) 전략을 이끌었다."),
        "nine-bridges": ("나인브릿지 전략", "나인브릿지는 한국과 러시아를 잇는 아홉 개 분야의 협력이다."),
    }  # fmt: skip
    files["places.yaml"]["entries"][1]["text"] = "Primorsky Krai is where the Korean industrial park was planned."
    meeting = files["events.yaml"]["entries"][0]
    meeting["text"] = "The sub-committee met in Seoul to discuss cooperation with Primorsky Krai."
    meeting.update(place_ko="서울", date_note_ko="연도가 적혀 있지 않다.", participants=["Krutikov, deputy minister"],
                   participants_ko=["크루티코프 차관"])  # fmt: skip
    meeting["children"][0]["period"] = "January-October 2019"
    meeting["children"][0]["period_ko"] = "2019년 1~10월"
    forum = files["events.yaml"]["entries"][1]
    forum["place"] = "Pohang"
    forum["place_ko"] = "포항"
    forum["disputed"].append({"field": "place", "value": "Gyeongju", "value_ko": "경주",
                              "note": "One report only.", "note_ko": "한 보도만 그렇게 적는다.",
                              "sources": ref("para. 5", "Dated September.")})  # fmt: skip
    files["programmes.yaml"] = {
        "entries": [
            {"id": "northern-committee", "kind": "body", "title": "Presidential Committee on Northern Economic "
             "Cooperation", "text": "The Presidential Committee on Northern Economic Cooperation led the nine "
             "bridges strategy.", "aliases": [{"text": "북방경제협력위원회", "lang": "ko"}],
             "sources": ref("para. 3", "Names the committee and its nine bridges.")},
            {"id": "nine-bridges", "kind": "programme", "title": "Nine Bridges strategy",
             "text": "The nine bridges are nine fields of cooperation between Korea and Russia.",
             "sources": ref("para. 3", "Names the committee and its nine bridges.")},
        ]
    }  # fmt: skip

    def walk(entries: list[dict[str, Any]]) -> None:
        for entry in entries:
            title, text = titles[entry["id"]]
            entry["title_ko"] = title
            if text is not None:
                entry["text_ko"] = text
            translate_sources(entry["sources"])
            for dispute in entry.get("disputed", []):
                translate_sources(dispute["sources"])
            walk(entry.get("children", []))

    for name in ("places.yaml", "regions/eastern.yaml", "events.yaml", "programmes.yaml"):
        walk(files[name]["entries"])
    files["names.yaml"] = {
        "names": [
            {"en": "Primorsky Krai", "also": ["Primorye"], "ko": "연해주", "local": "Приморский край"},
            {"en": "Presidential Committee on Northern Economic Cooperation", "ko": "북방경제협력위원회"},
            {"en": "nine bridges", "also": ["Nine Bridges"], "ko": "나인브릿지"},
            {"en": "Krutikov", "ko": "크루티코프", "local": "Крутиков"},
            {"en": "Russia", "ko": "러시아", "short": ["러"]},
            {"en": "Russian Far East", "ko": "러시아 극동"},
            {"en": "Seoul", "ko": "서울"},
        ]
    }
    return files


def _korean_required() -> bool:
    from npviewer.store import korean

    return korean.REQUIRE_KOREAN


def stand_in(text: str) -> str:
    """A test's stand-in for the Korean of ``text``: each letter a Hangul syllable, no quotation mark."""
    from npviewer.store.hangul import QUOTES

    letters = (chr(0xAC00 + (ord(c) * 7) % 11172) if c.isalpha() else c for c in QUOTES.sub("", str(text)))
    return "".join(letters).strip() or "시험"


def with_korean(files: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``files`` in which every field a reader reads that lacks its Korean has a stand-in."""
    import copy

    out = copy.deepcopy(files)

    def fill(item: dict[str, Any], keys: tuple[str, ...]) -> None:
        for key in keys:
            if item.get(key) not in (None, "", []) and f"{key}_ko" not in item:
                value = item[key]
                item[f"{key}_ko"] = [stand_in(v) for v in value] if isinstance(value, list) else stand_in(value)

    def sources(items: Any) -> None:
        for cite in items if isinstance(items, list) else []:
            if isinstance(cite, dict):
                fill(cite, ("quote", "summary", "note"))

    def entries(items: Any) -> None:
        for e in items if isinstance(items, list) else []:
            if not isinstance(e, dict):
                continue
            named = [a["text"] for a in e.get("aliases") or [] if isinstance(a, dict) and a.get("lang") == "ko"]
            if named and "title_ko" not in e:
                e["title_ko"] = named[0]  # a named entry's Korean title is its Korean name
            fill(e, ("title", "text", "place", "participants", "date_note"))
            if isinstance(e.get("period"), str) and any(c.isalpha() for c in e["period"]):
                fill(e, ("period",))
            sources(e.get("sources"))
            for d in e.get("disputed") or []:
                if isinstance(d, dict):
                    fill(d, ("value", "note") if d.get("field") in ("place", "text", "title") else ("note",))
                    sources(d.get("sources"))
            entries(e.get("children"))

    for data in out.values():
        if not isinstance(data, dict):
            continue
        entries(data.get("entries"))
        for doc in data.get("documents") or []:
            if isinstance(doc, dict):
                fill(doc, ("description", "date_note"))
                if isinstance(doc.get("reliability"), dict):
                    fill(doc["reliability"], ("note",))
                if isinstance(doc.get("missing"), dict) and "missing_ko" not in doc:
                    doc["missing_ko"] = {k: stand_in(v) for k, v in doc["missing"].items()}
        for term in data.get("glossary") or []:
            if isinstance(term, dict):
                fill(term, ("expansion",))
                sources(term.get("sources"))
    return out
