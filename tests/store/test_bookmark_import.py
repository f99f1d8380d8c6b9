"""Bookmark import tells the truth: what was added, what was already there, and where the file's notes went."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_runner import npviewer
from npviewer.store.bookmark_file import MAX_NOTE
from npviewer.store.userdata import UserDataError, UserStore


def _file(path: Path, marks: list[dict[str, object]], *, bom: bool = False) -> Path:
    data = json.dumps({"format": "npviewer-bookmarks", "version": 1, "bookmarks": marks}, ensure_ascii=False)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    store = UserStore(tmp_path / "user.sqlite")
    store.add_bookmark("eastern", "Eastern Region")
    store.set_note("eastern", "My own note")
    store.add_bookmark("russia", "Russia")
    store.add_bookmark("mongolia", "Mongolia")
    store.set_note("mongolia", "Same words")
    return store


def test_only_new_bookmarks_are_counted_as_added_and_the_users_notes_are_kept(store: UserStore, tmp_path: Path) -> None:
    source = _file(tmp_path / "marks.json", [
        {"id": "eastern", "title": "Eastern Region", "note": "The file's note"},
        {"id": "russia", "title": "Russia", "note": "A note for Russia"},
        {"id": "mongolia", "title": "Mongolia", "note": "Same words"},
        {"id": "kazakhstan", "title": "Kazakhstan", "note": "New"},
    ])  # fmt: skip
    report = store.import_report(source)
    assert report.added == ["kazakhstan"]
    assert (report.appended, report.noted, report.kept) == (["eastern"], ["russia"], ["mongolia"])
    eastern = store.bookmark("eastern")
    assert eastern is not None and eastern.note.startswith("My own note\n\nFrom marks.json, imported ")
    assert eastern.note.endswith("\nThe file's note")
    assert store.bookmark("russia").note == "A note for Russia"  # type: ignore[union-attr]
    assert store.bookmark("mongolia").note == "Same words"  # type: ignore[union-attr]
    summary = report.summary()
    assert "1 added, 3 already bookmarked (your notes kept)" in summary
    assert "1 became the note where you had none; 1 added below your note" in summary


def test_importing_the_same_file_twice_adds_nothing_the_second_time(store: UserStore, tmp_path: Path) -> None:
    source = _file(tmp_path / "marks.json", [{"id": "eastern", "title": "Eastern Region", "note": "The file's note"}])
    store.import_report(source)
    once = store.bookmark("eastern")
    again = store.import_report(source)
    assert again.added == [] and again.kept == ["eastern"]
    assert store.bookmark("eastern") == once
    assert store.import_bookmarks(source) == 0


def test_a_note_too_long_to_add_beside_the_users_is_listed_not_lost(store: UserStore, tmp_path: Path) -> None:
    long_note = "x" * (MAX_NOTE - 5)
    source = _file(tmp_path / "marks.json", [{"id": "eastern", "title": "Eastern Region", "note": long_note}])
    report = store.import_report(source)
    assert report.listed == [("eastern", long_note)]
    assert store.bookmark("eastern").note == "My own note"  # type: ignore[union-attr]
    assert "too long to add to yours, listed below" in report.summary()
    assert long_note in report.listing()


def test_a_file_with_a_byte_order_mark_is_read(store: UserStore, tmp_path: Path) -> None:
    source = _file(tmp_path / "notepad.json", [{"id": "kazakhstan", "title": "Kazakhstan", "note": "메모"}], bom=True)
    assert store.import_report(source).added == ["kazakhstan"]
    assert store.bookmark("kazakhstan").note == "메모"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("created", "expected"),
    [
        ("2025-02-30T10:00:00+00:00", "bookmark 2: its created date '2025-02-30T10:00:00+00:00' is not a real date"),
        ("2025-13-01", "bookmark 2: its created date '2025-13-01' is not a real date"),
        ("2091-01-01T00:00:00+00:00", "is in the future"),
        ("yesterday", "is not a date and time"),
    ],
)
def test_an_impossible_created_date_is_refused_with_the_file_and_the_bookmarks_number(
    store: UserStore, tmp_path: Path, created: str, expected: str
) -> None:
    before = store.bookmarks()
    source = _file(tmp_path / "marks.json", [{"id": "kazakhstan"}, {"id": "uzbekistan", "created": created}])
    with pytest.raises(UserDataError, match=r"marks\.json") as info:
        store.import_report(source)
    assert expected in str(info.value)
    assert store.bookmarks() == before


def test_a_number_thousands_of_digits_long_is_refused_as_not_text(store: UserStore, tmp_path: Path) -> None:
    source = tmp_path / "marks.json"
    source.write_text('{"format": "npviewer-bookmarks", "version": 1, "bookmarks": [{"id": "a", "note": '
                      + "9" * 5000 + "}]}", encoding="utf-8")  # fmt: skip
    with pytest.raises(UserDataError, match="bookmark 1 has a field that is not text"):
        store.import_report(source)


def test_the_command_line_says_what_was_added_and_what_was_there(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert npviewer("bookmarks", "add", "russia", "--note", "Mine", home=home).returncode == 0
    source = _file(tmp_path / "marks.json", [
        {"id": "russia", "title": "Russia", "note": "Theirs"}, {"id": "mongolia", "title": "Mongolia"},
    ])  # fmt: skip
    result = npviewer("bookmarks", "import", str(source), home=home)
    assert result.returncode == 0, result.stderr
    assert "Imported marks.json: 1 added, 1 already bookmarked (your notes kept)." in result.stdout
    assert "1 added below your note" in result.stdout
    bad = _file(tmp_path / "bad.json", [{"id": "kazakhstan", "created": "2019-02-29"}])
    result = npviewer("bookmarks", "import", str(bad), home=home)
    assert result.returncode == 2
    assert "bad.json: bookmark 1: its created date '2019-02-29' is not a real date" in result.stderr
    assert "Traceback" not in result.stderr
