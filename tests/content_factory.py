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


def write_content(folder: Path, files: dict[str, Any] | None = None, seed: str = SEED_TEXT) -> Path:
    """Write a content folder (``files`` maps relative names to parsed YAML or raw text)."""
    files = mini_files() if files is None else files
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "regions").mkdir(exist_ok=True)
    (folder / "sources" / "seed.txt").write_text(seed, encoding="utf-8")
    for name, data in files.items():
        if not isinstance(data, str):
            data = yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)
        text = data
        (folder / name).write_text(text, encoding="utf-8")
    return folder
