"""Issue 23's "Done when", held on the bundled content: every entry with a text reads in Korean (a
Korean title, a text at least 60% Hangul outside quotations), through the repository and through
``npviewer show ID --json --lang ko``; Korean searches find their entries and English ones still do."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from npviewer import paths
from npviewer.store.content import load_content
from npviewer.store.hangul import hangul_share, has_hangul
from npviewer.store.library import Library

#: Issue 23: a Korean text is at least this much Hangul, outside quotations.
MIN_SHARE = 0.6
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
#: One entry of each main kind, as ``npviewer show`` prints them.
SHOWN = ["ru-fe-subcommittee-13", "northern-committee", "nine-bridges", "primorsky-krai", "kazakhstan",
         "korea-kazakhstan-trade-2017", "eastern-gas-railway-electricity", "changchun-zone-unveiled"]  # fmt: skip


def korean_share(text: str) -> float:
    """Hangul's share of the letters of ``text`` outside quotation marks."""
    return hangul_share(_QUOTED.sub(" ", text))


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(None, tmp_path_factory.mktemp("bundled") / "content.sqlite")
    yield lib
    lib.close()


def test_every_entry_with_a_text_reads_in_korean(bundled: Library) -> None:
    own_script = load_content(paths.content_dir()).names.own_script()
    bundled.set_language("ko")
    weak, untitled, checked = [], [], 0
    for entry_id in bundled.repo.all_ids():
        entry = bundled.repo.entry(entry_id)
        if not (has_hangul(entry.title) or entry.title in own_script):
            untitled.append((entry_id, entry.title))
        if not entry.text:
            continue
        checked += 1
        if entry.lang != "ko" or korean_share(entry.text) < MIN_SHARE:
            weak.append((entry_id, round(korean_share(entry.text), 2), entry.text[:80]))
    assert checked > 250 and untitled == [] and weak == []


def _show(entry_id: str, home: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "NPVIEWER_DATA")}
    env.update(NPVIEWER_HOME=str(home), LANG="C.UTF-8")
    result = subprocess.run([sys.executable, "-m", "npviewer", "show", entry_id, "--json", "--lang", "ko"],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_show_json_in_korean_gives_korean_titles_and_texts(tmp_path: Path) -> None:
    for entry_id in SHOWN:
        data = _show(entry_id, tmp_path)
        ref = data["ref"]
        assert isinstance(ref, dict) and has_hangul(ref["title"]), (entry_id, ref)
        text = data["text"]
        assert isinstance(text, str)
        if text:
            assert data["lang"] == "ko" and korean_share(text) >= MIN_SHARE, (entry_id, text[:80])


def _ids(lib: Library, query: str) -> list[str]:
    return [h.id for h in lib.search.search(query).hits]


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("연해주에서", "primorsky-krai"),
        ("연해주", "primorsky-krai"),
        ("북방경제협력위원회", "northern-committee"),
        ("북방경제협력위원회의", "northern-committee"),
        ("나인브릿지", "nine-bridges"),
        ("Primorsky Krai", "primorsky-krai"),
        ("Presidential Committee on Northern Economic Cooperation", "northern-committee"),
        ("nine bridges", "nine-bridges"),
    ],
)
def test_korean_and_english_searches_find_their_entries_first(
    bundled: Library, lang: str, query: str, first: str
) -> None:
    bundled.set_language(lang)
    assert first in _ids(bundled, query)[:3]


def test_a_korean_search_finds_the_entries_that_mention_the_name(bundled: Library) -> None:
    bundled.set_language("ko")
    found = _ids(bundled, "연해주에서")
    assert {"primorsky-krai", "primorsky-industrial-complex"} <= set(found)
    assert {"northern-committee-1", "northern-committee-2"} <= set(_ids(bundled, "북방경제협력위원회"))
    assert "eastern-nine-bridges" in _ids(bundled, "나인브릿지")
