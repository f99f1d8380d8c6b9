"""User data: bookmarks and notes survive migrations, damage, bad imports and a second process."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from npviewer.store.bookmark_file import MAX_IMPORT_BYTES
from npviewer.store.userdata import BACKUPS_KEPT, SCHEMA_VERSION, UserDataError, UserStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    user = UserStore(tmp_path / "userdata.sqlite")
    yield user  # type: ignore[misc]
    user.close()


def test_bookmark_with_note_round_trips(store: UserStore) -> None:
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan")
    store.set_note("eastern-rajin-khasan", "ask about 2020 timetable")
    assert store.is_bookmarked("eastern-rajin-khasan")
    assert store.bookmark("eastern-rajin-khasan").note == "ask about 2020 timetable"  # type: ignore[union-attr]
    assert store.toggle_bookmark("eastern-rajin-khasan", "Rajin-Khasan") is False
    assert store.bookmarks() == []


def test_note_needs_a_bookmark(store: UserStore) -> None:
    with pytest.raises(UserDataError, match="is not bookmarked"):
        store.set_note("eastern", "x")


def test_upgrade_from_version_1_keeps_bookmarks_and_takes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    shutil.copy(FIXTURES / "userdata-v1.sqlite", path)
    user = UserStore(path)
    assert user.notice.migrated_from == 1
    assert [b.entry_id for b in user.bookmarks()] == ["eastern-rajin-khasan", "ru-fe-subcommittee-13"]
    assert user.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    user.set_note("eastern-rajin-khasan", "migrated fine")
    backup = user.notice.backup
    assert backup is not None and backup.is_file()
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT count(*) FROM bookmark").fetchone()[0] == 2
    old.close()
    user.close()


def test_backups_are_rolled_keeping_the_last_five(store: UserStore) -> None:
    made = [store.backup() for _ in range(BACKUPS_KEPT + 3)]
    kept = sorted(store.backup_dir().glob("*.sqlite"))
    assert kept == sorted(made[-BACKUPS_KEPT:])


def test_damaged_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    garbage = b"SQLite format 3\x00" + os.urandom(4000)
    path.write_bytes(garbage)
    user = UserStore(path)
    aside = user.notice.moved_aside
    assert aside is not None and aside.read_bytes() == garbage
    user.add_bookmark("eastern", "Eastern Region")
    assert [b.entry_id for b in user.bookmarks()] == ["eastern"]
    user.close()


def test_newer_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserDataError, match="newer npviewer"):
        UserStore(path)
    assert path.read_bytes() == before


def test_export_then_import_into_another_store(store: UserStore, tmp_path: Path) -> None:
    store.add_bookmark("eastern", "Eastern Region")
    store.set_note("eastern", "한국어 메모 — заметка")
    target = tmp_path / "marks.json"
    assert store.export_bookmarks(target) == 1
    other = UserStore(tmp_path / "other.sqlite")
    assert other.import_bookmarks(target) == 1
    assert other.bookmark("eastern").note == "한국어 메모 — заметка"  # type: ignore[union-attr]
    other.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not json", "not a JSON bookmarks file"),
        (b"[1, 2, 3]", "not an npviewer bookmarks export"),
        (b'{"format": "npviewer-bookmarks", "version": 9, "bookmarks": []}', "format version 9"),
        (b'{"format": "npviewer-bookmarks", "version": 1, "bookmarks": {}}', "must be a list"),
        (b'{"format": "npviewer-bookmarks", "version": 1, "bookmarks": [{"id": "ok"}, 5]}', "bookmark 2 is not"),
        (b'{"format": "npviewer-bookmarks", "version": 1, "bookmarks": [{"id": "<script>"}]}', "not an entry id"),
        (b'{"format": "npviewer-bookmarks", "version": 1, "bookmarks": [{"id": "a", "note": 3}]}', "not text"),
        (b"[" * 100_000, "not a JSON bookmarks file"),
    ],
)
def test_bad_import_is_rejected_and_changes_nothing(
    store: UserStore, tmp_path: Path, content: bytes, message: str
) -> None:
    store.add_bookmark("eastern", "Eastern Region")
    before = store.bookmarks()
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(UserDataError, match=message):
        store.import_bookmarks(bad)
    assert store.bookmarks() == before


def test_oversized_import_is_rejected(store: UserStore, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: only the size is written
    with pytest.raises(UserDataError, match="at most"):
        store.import_bookmarks(big)


def test_export_to_missing_folder_fails_clearly_without_a_file(store: UserStore, tmp_path: Path) -> None:
    with pytest.raises(UserDataError, match="does not exist"):
        store.export_bookmarks(tmp_path / "nowhere" / "marks.json")
    assert not (tmp_path / "nowhere").exists()


def test_export_over_a_folder_fails_clearly_and_keeps_the_folder(store: UserStore, tmp_path: Path) -> None:
    folder = tmp_path / "marks.json"
    folder.mkdir()
    with pytest.raises(UserDataError, match="cannot write"):
        store.export_bookmarks(folder)
    assert folder.is_dir() and list(tmp_path.glob(".marks.json.*")) == []


_WRITER = """
import sys
from pathlib import Path
from npviewer.store.userdata import UserStore
store = UserStore(Path(sys.argv[1]))
for n in range(int(sys.argv[3])):
    store.add_bookmark(f"{sys.argv[2]}-{n}", f"entry {n}")
    store.record_visit(f"{sys.argv[2]}-{n}")
store.close()
"""


def test_two_processes_writing_at_once_lose_no_bookmark(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    UserStore(path).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, "150"], stderr=subprocess.PIPE)
        for name in ("first", "second")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    store = UserStore(path)
    ids = {b.entry_id for b in store.bookmarks()}
    store.close()
    assert len(ids) == 300
    assert {f"first-{n}" for n in range(150)} | {f"second-{n}" for n in range(150)} == ids


def test_json_export_is_readable_by_people(store: UserStore, tmp_path: Path) -> None:
    store.add_bookmark("eastern", "Eastern Region")
    target = tmp_path / "marks.json"
    store.export_bookmarks(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "npviewer-bookmarks" and data["bookmarks"][0]["id"] == "eastern"


def test_bookmarks_made_within_one_second_are_listed_in_the_order_they_were_made(tmp_path: Path) -> None:
    """Times are kept to the second: two bookmarks of the same second keep their order (not the ids')."""
    store = UserStore(tmp_path / "userdata.sqlite")
    for entry_id in ("russia", "central", "eastern"):
        store.add_bookmark(entry_id, entry_id.title())
    order = [b.entry_id for b in store.bookmarks()]
    store.close()
    assert order == ["russia", "central", "eastern"]
