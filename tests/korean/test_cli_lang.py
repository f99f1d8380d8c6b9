"""``npviewer show|search|timeline|cite --lang ko``: the content in Korean, whatever the locale; a
quotation in the document's words with our translation marked 번역; JSON in Korean when asked."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from content_factory import korean_files, write_content


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_content(tmp_path_factory.mktemp("ko-content"), korean_files())


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ko-home")


def npviewer(*args: str, content: Path, home: Path, status: int = 0) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES")}
    env.update(NPVIEWER_HOME=str(home), NPVIEWER_DATA=str(content), LANG="C.UTF-8")
    result = subprocess.run([sys.executable, "-m", "npviewer", *args], capture_output=True, text=True, env=env,
                            timeout=120)  # fmt: skip
    assert result.returncode == status, result.stderr
    return result


def test_show_json_in_korean_gives_the_korean_title_and_text(content: Path, home: Path) -> None:
    data = json.loads(npviewer("show", "meeting-13", "--json", "--lang", "ko", content=content, home=home).stdout)
    assert (data["ref"]["title"], data["text"], data["lang"]) == (
        "제13차 회의",
        "분과위원회는 서울에서 연해주와의 협력을 논의했다.",
        "ko",
    )
    assert data["event"]["place"] == "서울" and data["citations"][0]["text"] == "제13차 회의가 열렸다고 적는다."
    english = json.loads(npviewer("show", "meeting-13", "--json", content=content, home=home).stdout)
    assert english["ref"]["title"] == "13th meeting"  # JSON stays English unless asked


def test_show_in_korean_quotes_the_source_and_marks_the_translation(content: Path, home: Path) -> None:
    out = npviewer("show", "eastern-gas", "--lang", "ko", content=content, home=home).stdout
    assert out.startswith("기반 마련\n")
    assert "한국, 북한, 러시아 가스 연결 기반 마련" in out.split("\n", 2)[2]  # the text
    assert "\u201cLaying the foundation to connect ROK, North Korea, and Russia in gas\u201d" in out
    assert "      번역(npviewer 작성): 한국, 북한, 러시아 가스 연결 기반 마련" in out
    figure = npviewer("show", "meeting-13-trade", "--lang", "ko", content=content, home=home).stdout
    assert "81억 달러(2019년 1~10월)" in figure


def test_search_in_korean_finds_a_word_with_its_particle(content: Path, home: Path) -> None:
    out = npviewer("search", "연해주에서", "--lang", "ko", content=content, home=home).stdout
    assert out.splitlines()[0].startswith("primorsky-krai  (") and out.splitlines()[0].endswith("연해주")
    found = json.loads(npviewer("search", "나인브릿지", "--json", "--lang", "ko", content=content, home=home).stdout)
    assert found[0]["id"] == "nine-bridges" and found[0]["title"] == "나인브릿지 전략"


def test_timeline_in_korean(content: Path, home: Path) -> None:
    out = npviewer("timeline", "--lang", "ko", content=content, home=home).stdout
    assert "제1차 포럼 — 포항" in out and "제13차 회의 — 서울" in out
    events = json.loads(npviewer("timeline", "--json", "--lang", "ko", content=content, home=home).stdout)
    assert {e["title"] for e in events} == {"제13차 회의", "제1차 포럼"}


def test_cite_in_korean_keeps_source_titles_and_summarises_in_korean(content: Path, home: Path) -> None:
    out = npviewer("cite", "meeting-13", "--lang", "ko", content=content, home=home).stdout
    assert out.startswith("제13차 회의\n회의 · 동부 지역\n")
    assert "- 참조: A ministry, Another source, 2019년 12월 12일, 영어, 1문단" in out
    assert "  요약(npviewer 작성, 원문 아님): 제13차 회의가 열렸다고 적는다." in out
    quoted = npviewer("cite", "eastern-gas", "--lang", "ko", content=content, home=home).stdout
    assert "  \u201cLaying the foundation to connect ROK, North Korea, and Russia in gas\u201d\n" in quoted
    assert "  번역(npviewer 작성, 원문 아님): 한국, 북한, 러시아 가스 연결 기반 마련" in quoted
    chicago = npviewer("cite", "eastern-gas", "--lang", "ko", "--format", "chicago", content=content, home=home)
    assert "(번역: 한국, 북한, 러시아 가스 연결 기반 마련)" in chicago.stdout


def test_check_data_counts_the_korean(content: Path, home: Path) -> None:
    out = npviewer("check-data", str(content), content=content, home=home).stdout
    assert "Korean: 46 of 46 fields translated; 0 missing." in out  # a document's date note among them
    assert "Names: 0 Korean field(s)" in out


def test_check_data_counts_still_english_korean_per_field_and_file(tmp_path: Path, home: Path) -> None:
    files = korean_files()
    files["events.yaml"]["entries"][0]["title_ko"] = "13th meeting"
    files["events.yaml"]["entries"][1]["title_ko"] = ""
    del files["places.yaml"]["entries"][0]["title_ko"]
    content = write_content(tmp_path / "content", files, korean=False)
    result = npviewer("check-data", str(content), content=content, home=home, status=2)
    assert re.search(
        r"events\.yaml, line \d+, entry 'meeting-13': title_ko is still English \(0% Hangul\)", result.stderr
    )
    assert re.search(r"events\.yaml, line \d+, entry 'forum-1': title_ko is empty", result.stderr)
    assert "title 8/11 (1 missing, 1 empty, 1 english)" in result.stdout
    assert "events.yaml 14/16 (1 empty, 1 english)" in result.stdout and "places.yaml 4/5 (1 missing)" in result.stdout
