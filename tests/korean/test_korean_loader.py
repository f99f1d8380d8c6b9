"""The loader reads the Korean beside the English and refuses Korean that is empty, still English,
in quotation marks or out of step with its English, naming file, entry and field; missing Korean is
counted, and refused once REQUIRE_KOREAN is on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from content_factory import korean_files, write_content
from npviewer.store import korean
from npviewer.store.content import ContentError, load_content


@pytest.fixture
def require_korean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(korean, "REQUIRE_KOREAN", True)


def _load_issues(tmp_path: Path, files: dict[str, Any]) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(write_content(tmp_path / "content", files, korean=False))
    # Faults name their line too ("events.yaml, line 2, entry ..."): the tests read what follows it,
    # and test_a_korean_fault_names_its_line holds the line itself.
    return [re.sub(r", line \d+", "", str(issue), count=1) for issue in caught.value.issues]


def _entry(files: dict[str, Any], entry_id: str) -> dict[str, Any]:
    def walk(entries: list[dict[str, Any]]) -> dict[str, Any] | None:
        for e in entries:
            if e["id"] == entry_id:
                return e
            found = walk(e.get("children", []))
            if found:
                return found
        return None

    for data in files.values():
        if isinstance(data, dict) and "entries" in data:
            found = walk(data["entries"])
            if found:
                return found
    raise KeyError(entry_id)


def test_translated_content_loads_with_korean_required(tmp_path: Path, require_korean: None) -> None:
    bundle = load_content(write_content(tmp_path / "content", korean_files()))
    meeting = next(e for e in bundle.entries if e.id == "meeting-13")
    assert (meeting.title_ko, meeting.event and meeting.event.place_ko) == ("제13차 회의", "서울")
    assert meeting.event is not None and meeting.event.participants_ko == ("크루티코프 차관",)
    gas = next(e for e in bundle.entries if e.id == "eastern-gas")
    assert gas.citations[0].verbatim and gas.citations[0].text_ko == "한국, 북한, 러시아 가스 연결 기반 마련"
    assert bundle.korean.total(korean.MISSING) == 0 and bundle.korean.total(korean.TRANSLATED) > 40


def test_missing_korean_is_refused_when_required_naming_file_entry_and_field(
    tmp_path: Path, require_korean: None
) -> None:
    files = korean_files()
    del _entry(files, "meeting-13")["title_ko"]
    del _entry(files, "meeting-13-trade")["sources"][0]["summary_ko"]
    issues = _load_issues(tmp_path, files)
    assert (
        "events.yaml, entry 'meeting-13': title_ko is missing: give the Korean of title (see data/README.md)" in issues
    )
    assert any("'meeting-13-trade': source 1 (other): summary_ko is missing" in i for i in issues)


def test_missing_korean_is_counted_but_allowed_while_the_switch_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(korean, "REQUIRE_KOREAN", False)  # as it is until the translations land
    files = korean_files()
    del _entry(files, "meeting-13")["title_ko"]
    bundle = load_content(write_content(tmp_path / "content", files, korean=False))
    assert bundle.korean.counts[("events.yaml", "title")][korean.MISSING] == 1
    assert bundle.korean.by_file()["events.yaml"][korean.MISSING] == 1


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("title_ko", "", "title_ko is empty"),
        ("title_ko", "13th meeting", "title_ko is still English (0% Hangul)"),
        ("text_ko", "The sub-committee met in 서울.", "text_ko is still English"),
        ("title_ko", "제13차 “회의”", "title_ko holds a quotation mark (“)"),
        ("title_ko", "제13차 '회의'", "title_ko holds a quotation mark (')"),
        ("title_ko", "『제13차 회의』", "title_ko holds a quotation mark (『)"),
        ("place_ko", "Seoul", "place_ko is still English"),
        ("participants_ko", ["크루티코프", "차관"], "participants_ko must be a list of 1 items"),
        ("date_note_ko", ["연도"], "date_note_ko must be text"),
    ],
)
def test_bad_korean_is_refused_now(tmp_path: Path, field: str, value: Any, problem: str) -> None:
    files = korean_files()
    _entry(files, "meeting-13")[field] = value
    issues = _load_issues(tmp_path, files)
    assert any(i.startswith("events.yaml, entry 'meeting-13': " + problem) for i in issues), issues


def test_korean_without_its_english_is_refused(tmp_path: Path) -> None:
    files = korean_files()
    _entry(files, "eastern-direction")["text_ko"] = "협력 방향이다."
    assert "regions/eastern.yaml, entry 'eastern-direction': gives text_ko but no text: the Korean goes beside its " \
           "English" in _load_issues(tmp_path, files)  # fmt: skip


def test_a_quotation_is_translated_in_quote_ko_never_summary_ko(tmp_path: Path) -> None:
    files = korean_files()
    cite = _entry(files, "eastern-gas")["sources"][0]
    cite["summary_ko"] = cite.pop("quote_ko")
    issues = _load_issues(tmp_path, files)
    assert any("source 1 (seed): summary_ko beside a quote" in i for i in issues)


def test_a_document_missing_ko_must_give_the_same_fields(tmp_path: Path) -> None:
    files = korean_files()
    document = files["sources.yaml"]["documents"][-1]
    del document["missing_ko"]["url"]
    issues = _load_issues(tmp_path, files)
    assert any("entry 'document undated': missing_ko must map the same fields as missing" in i for i in issues)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("drop", "entry 'document other': date_note_ko is missing: give the Korean of date_note"),
        ("english", "entry 'document other': date_note_ko is still English"),
        ("orphan", "entry 'document seed': gives date_note_ko but no date_note"),
    ],
)
def test_a_document_s_date_note_has_its_korean(tmp_path: Path, require_korean: None, change: str, problem: str) -> None:
    files = korean_files()
    seed, other = files["sources.yaml"]["documents"][:2]
    if change == "drop":
        del other["date_note_ko"]
    elif change == "english":
        other["date_note_ko"] = "Dated from its article number."
    else:
        seed["date_note_ko"] = "날짜를 읽었다."
    assert any(problem in i for i in _load_issues(tmp_path, files))


def test_a_dated_dispute_has_no_korean_value(tmp_path: Path) -> None:
    files = korean_files()
    _entry(files, "forum-1")["disputed"][0]["value_ko"] = "2018년 9월"
    issues = _load_issues(tmp_path, files)
    assert any("disputed 1: value_ko given for a date" in i for i in issues)


def test_a_name_with_no_korean_form_may_stay_in_its_own_script(tmp_path: Path) -> None:
    files = korean_files()
    _entry(files, "forum-1")["place"] = "KINTEX"
    _entry(files, "forum-1")["place_ko"] = "KINTEX"
    assert any("'forum-1': place_ko is still English" in i for i in _load_issues(tmp_path, files))
    files["names.yaml"]["names"].append({"en": "KINTEX", "ko": "KINTEX"})
    bundle = load_content(write_content(tmp_path / "again", files))
    assert next(e for e in bundle.entries if e.id == "forum-1").event.place_ko == "KINTEX"  # type: ignore[union-attr]


def test_a_korean_text_keeps_its_paragraphs_and_other_fields_are_one_line(tmp_path: Path) -> None:
    files = korean_files()
    meeting = _entry(files, "meeting-13")
    meeting["text"] = "First paragraph.\n\nSecond paragraph."
    meeting["text_ko"] = "첫째 문단이다.\n\n둘째 문단이다."
    meeting["date_note_ko"] = "연도가\n적혀 있지 않다."
    bundle = load_content(write_content(tmp_path / "content", files))
    spec = next(e for e in bundle.entries if e.id == "meeting-13")
    assert spec.text_ko == "첫째 문단이다.\n\n둘째 문단이다."
    assert spec.event is not None and spec.event.date_note_ko == "연도가 적혀 있지 않다."


def test_a_control_character_in_korean_is_refused(tmp_path: Path) -> None:
    files = korean_files()
    _entry(files, "meeting-13")["text_ko"] = "분과위원회는\x07 서울에서 만났다."
    assert any("'meeting-13': text_ko holds a control character" in i for i in _load_issues(tmp_path, files))


def test_a_fixture_of_another_feature_still_loads_when_korean_is_required(tmp_path: Path, require_korean: None) -> None:
    """tests/content_factory gives a test's own content stand-in Korean while the switch is on."""
    bundle = load_content(write_content(tmp_path / "content"))
    assert bundle.korean.total(korean.MISSING) == 0
    with pytest.raises(ContentError):
        load_content(write_content(tmp_path / "bare", korean=False))


def test_a_korean_fault_names_its_line(tmp_path: Path) -> None:
    files = korean_files()
    _entry(files, "meeting-13")["title_ko"] = "13th meeting"
    write_content(tmp_path / "content", files)
    with pytest.raises(ContentError) as caught:
        load_content(tmp_path / "content")
    assert any(re.match(r"events\.yaml, line \d+, entry 'meeting-13': title_ko is still English", str(i))
               for i in caught.value.issues), caught.value.issues  # fmt: skip
