"""The command line in a Korean locale: help, messages and names in Korean, and still no Qt at all."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


def npviewer(*args: str, home: Path, lang: str = "ko_KR.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES")}
    env.update(NPVIEWER_HOME=str(home), LANG=lang)
    return subprocess.run([sys.executable, "-m", "npviewer", *args], capture_output=True, text=True, env=env,
                          timeout=120)  # fmt: skip


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli-ko-home")
    npviewer("search", "warm", home=home)  # the store is built once
    return home


#: What may stay in Latin letters in Korean help: the program, its commands and options, formats, the
#: search syntax's examples.
_KEPT = re.compile(
    r"npviewer|--?[\w-]+|\{[^}]*\}|[A-Z_]{2,}|\b(?:search|show|cite|timeline|check-data|bookmarks|brief|content|"
    r"list|add|remove|export|import|plain|chicago|bibtex|ris|en|ko|A4|Letter|JSON|PDF|BibTeX|RIS|ID|Word|docx|html|pdf|"
    r"eastern|russia|region|kind|meeting|year|pack|install|rollback|diff|query|id|arg|dir|file|npc|data)\b|\w+:\w+"
)


@pytest.mark.parametrize("command", [[], ["search"], ["show"], ["brief"], ["bookmarks"], ["timeline"], ["cite"]])
def test_help_is_in_korean(home: Path, command: list[str]) -> None:
    result = npviewer(*command, "--help", home=home)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("사용법: npviewer")
    assert "이 도움말을 보여 주고 종료" in text
    english = [w for w in re.findall(r"[A-Za-z]{3,}", _KEPT.sub(" ", text))]
    assert english == [], f"untranslated help: {english}\n{text}"


def test_the_same_help_in_english_under_an_english_locale(home: Path) -> None:
    text = npviewer("--help", home=home, lang="C.UTF-8").stdout
    assert text.startswith("usage: npviewer") and "search the content" in text and "검색" not in text


def test_results_and_entries_name_places_in_korean_and_dates_the_korean_way(home: Path) -> None:
    found = npviewer("search", "연해주", home=home)
    assert found.returncode == 0, found.stderr
    assert "primorsky-krai  (area [eastern])  연해주" in found.stdout
    shown = npviewer("show", "ru-fe-subcommittee-13", home=home).stdout
    assert "일시: 2019년 12월 12일" in shown and "출처:" in shown and "When:" not in shown
    place = npviewer("show", "primorsky-krai", home=home).stdout
    assert place.startswith("연해주\n지방 · primorsky-krai") and "다른 이름: Primorsky Krai" in place


def test_json_stays_the_same_whatever_the_locale(home: Path) -> None:
    """Scripts read JSON: its titles do not change with the locale."""
    korean = json.loads(npviewer("search", "연해주", "--json", home=home).stdout)
    english = json.loads(npviewer("search", "연해주", "--json", home=home, lang="C.UTF-8").stdout)
    assert korean == english and korean[0]["title"] == "Primorsky Krai"


def test_errors_are_one_korean_line(home: Path) -> None:
    result = npviewer("show", "no-such-entry", home=home)
    assert result.returncode == 2
    assert result.stderr == "npviewer show: ID가 'no-such-entry'인 항목이 없습니다(검색: npviewer search 단어)\n"
    usage = npviewer("search", home=home)
    assert usage.returncode == 2
    assert usage.stderr.startswith("npviewer search: 다음 인수가 필요합니다: query (도움말: npviewer search --help)")
    limit = npviewer("search", "x", "--limit", "0", home=home)
    assert "1~1000 사이의 정수가 아닙니다" in limit.stderr


_PROBE = """
import sys
from npviewer.cli import main
code = main(sys.argv[1:])
print("LOADED:" + ",".join(sorted(m for m in sys.modules if m.startswith("PySide6") or m == "sqlmodel")),
      file=sys.stderr)
sys.exit(code)
"""


def test_korean_loads_no_qt_at_all(home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "LC_ALL", "LC_MESSAGES")}
    env.update(NPVIEWER_HOME=str(home), LANG="ko_KR.UTF-8")
    for args in (["search", "연해주"], ["show", "eastern"], ["--help"], ["show", "nope"]):
        result = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env)
        assert "LOADED:\n" in result.stderr, f"{args}: {result.stderr}"
        assert re.search("[가-힣]", result.stdout + result.stderr), args
