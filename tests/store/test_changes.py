"""What changed between two stores: word-level differences of title, text, sources and details."""

from __future__ import annotations

from pathlib import Path

from content_factory import mini_files, write_content
from npviewer.store.build import build_from_directory
from npviewer.store.changes import (
    ADDED,
    CHANGED,
    NO_REGION_TITLE,
    REMOVED,
    ContentChanges,
    Version,
    compare_stores,
    word_diff,
)


def test_word_diff_keeps_unchanged_words_and_marks_the_rest() -> None:
    tokens = word_diff("Laying the foundation in gas", "Laying a firm foundation in gas and oil")
    assert tokens == (("=", "Laying "), ("-", "the"), ("+", "a firm"), ("=", " foundation in gas"), ("+", " and oil"))
    assert "".join(t for op, t in tokens if op != "+") == "Laying the foundation in gas"
    assert "".join(t for op, t in tokens if op != "-") == "Laying a firm foundation in gas and oil"


def test_word_diff_of_hangul_and_cyrillic_works_by_words() -> None:
    tokens = word_diff("신북방정책 협력 강화", "신북방정책 경제 협력 강화")
    assert ("+", "경제 ") in tokens or ("+", " 경제") in tokens
    assert word_diff("Приморский край", "Приморский край") == (("=", "Приморский край"),)


def _two_stores(tmp_path: Path) -> tuple[Path, Path]:
    old = write_content(tmp_path / "old")
    files = mini_files()
    eastern = files["regions/eastern.yaml"]["entries"][0]
    measures = eastern["children"][0]["children"]
    measures[0]["title"] = "Resuming the Rajin-Khasan logistics project"
    measures[0]["sources"].append({"doc": "other", "locator": "para. 3", "summary": "a second source"})
    del measures[1]
    files["places.yaml"]["entries"].append(
        {"id": "mongolia", "kind": "country", "title": "Mongolia", "sources": [{"doc": "other", "locator": "para. 1"}]}
    )
    files["events.yaml"]["entries"][0]["place"] = "Vladivostok"
    files["events.yaml"]["entries"][0]["children"][0]["value"] = 8.4
    new = write_content(tmp_path / "new", files)
    build_from_directory(old, tmp_path / "old.sqlite")
    build_from_directory(new, tmp_path / "new.sqlite")
    return tmp_path / "old.sqlite", tmp_path / "new.sqlite"


def test_compare_stores_finds_every_kind_of_change(tmp_path: Path) -> None:
    old, new = _two_stores(tmp_path)
    changes = compare_stores(old, new, Version("a", "A"), Version("b", "B"))
    assert changes.ids(ADDED) == {"mongolia"}
    assert changes.ids(REMOVED) == {"eastern-gas"}
    assert changes.ids(CHANGED) == {"eastern-rajin-khasan", "meeting-13", "meeting-13-trade"}
    rajin = changes.get("eastern-rajin-khasan")
    assert rajin is not None
    fields = {f.name: f for f in rajin.fields}
    assert set(fields) == {"title", "sources"}
    assert fields["sources"].side("=+").endswith("Reference: Another source, para. 3; summary: a second source")
    assert "Quotation from A seed page, Eastern Region: \u201c" in fields["sources"].side("=-")
    meeting = {f.name: f for f in changes.get("meeting-13").fields}  # type: ignore[union-attr]
    assert ("-", "Seoul") in meeting["details"].tokens and ("+", "Vladivostok") in meeting["details"].tokens
    trade = {f.name: f for f in changes.get("meeting-13-trade").fields}  # type: ignore[union-attr]
    assert trade["details"].side("=+").startswith("8.4 billion USD")
    assert changes.summary() == "5 entries: 1 added, 3 changed, 1 removed"


def test_groups_follow_region_order_then_kind_with_unplaced_entries_last(tmp_path: Path) -> None:
    changes = compare_stores(*_two_stores(tmp_path), Version("a", "A"), Version("b", "B"))
    titles = [g.title for g in changes.groups()]
    assert titles[0].startswith("Eastern Region · ")
    assert titles[-1].startswith(NO_REGION_TITLE)
    assert "Eastern Region · Measures" in titles


def test_changes_read_back_from_json(tmp_path: Path) -> None:
    changes = compare_stores(*_two_stores(tmp_path), Version("a", "A", "2019-12", 7), Version("b", "B"), "2030")
    data = changes.to_json()
    again = ContentChanges.from_json(data)
    assert [c for c in again.changes if c.status != ADDED] == [c for c in changes.changes if c.status != ADDED]
    added = next(item for item in data["entries"] if item["status"] == ADDED)
    assert "text" not in added["entry"] and added["entry"]["title"] == "Mongolia"  # the content in use has it
    assert again.get("mongolia") is not None and again.get("mongolia").entry.title == "Mongolia"  # type: ignore[union-attr]
