"""User data under real faults: a full disk, a lock held by another process, a read-only disk, a foreign
or damaged file, an interrupted migration. A healthy file is never moved aside; the user is told what to do."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from faults import fill, locked, remount_read_only, tmpfs
from npviewer.store.userdata import MIGRATIONS, SCHEMA_VERSION, UserDataError, UserStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock is given up on after half a second here (3 s in the app)."""
    monkeypatch.setattr(UserStore, "BUSY_TIMEOUT", 0.5)


def make_store(path: Path) -> None:
    store = UserStore(path)
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan")
    store.set_note("eastern-rajin-khasan", "ask about the 2020 timetable")
    store.add_bookmark("russia", "Russia")
    store.close()


def marks(store: UserStore) -> list[tuple[str, str]]:
    return [(b.entry_id, b.note) for b in store.bookmarks()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


EXPECTED = [("eastern-rajin-khasan", "ask about the 2020 timetable"), ("russia", "")]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "disk", "512k") as disk:
        yield disk


def test_a_full_disk_keeps_the_file_read_only_and_writing_resumes_once_space_is_freed(small_disk: Path) -> None:
    path = small_disk / "userdata.sqlite"
    make_store(path)
    filler = fill(small_disk)
    store = UserStore(path)
    assert store.notice.moved_aside is None and not list(small_disk.glob("*.damaged-*"))
    assert marks(store) == EXPECTED
    with pytest.raises(UserDataError) as info:
        for n in range(50):  # the open may already know; else the first write that needs a page finds out
            store.add_bookmark(f"entry-{n}", "An entry", "a long note " * 500)
    assert store.read_only
    message = str(info.value)
    assert "Nothing was changed" in message and "the disk is full" in message and "Free some space" in message
    assert marks(store) == EXPECTED
    filler.unlink()
    assert store.retry()
    store.add_bookmark("central", "Central Asia")
    assert sorted(m for m, _ in marks(store)) == ["central", "eastern-rajin-khasan", "russia"]
    store.close()
    assert not list(small_disk.glob("*.damaged-*"))


def test_a_lock_held_by_another_program_keeps_the_file_and_reads_go_on(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    make_store(path)
    with locked(path, "write"):
        store = UserStore(path)
        assert store.read_only and "another program is holding it locked" in store.problem
        assert store.notice.moved_aside is None
        assert marks(store) == EXPECTED
        with pytest.raises(UserDataError, match="can be read but not changed"):
            store.set_note("russia", "new")
        assert not store.retry()  # still locked
    assert store.retry()
    store.set_note("russia", "new")
    assert marks(store)[1] == ("russia", "new")
    store.close()
    assert not list(tmp_path.glob("*.damaged-*"))


def test_an_exclusive_lock_shows_nothing_but_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    make_store(path)
    with locked(path, "exclusive"):
        store = UserStore(path)
        assert store.read_only and not store.readable
        assert store.bookmarks() == []
        assert store.read_only_message().startswith("Your bookmarks and notes cannot be shown")
        assert "locked" in store.problem
        store.close()
    assert not list(tmp_path.glob("*.damaged-*"))
    again = UserStore(path)
    assert marks(again) == EXPECTED and not again.read_only
    again.close()


def test_a_read_only_disk_keeps_the_file_and_serves_it_read_only(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        path = disk / "userdata.sqlite"
        make_store(path)
        before = digest(path)
        remount_read_only(disk)
        store = UserStore(path)
        assert store.read_only and store.readable
        assert "the disk is read-only" in store.problem
        assert marks(store) == EXPECTED
        with pytest.raises(UserDataError, match="can be read but not changed"):
            store.remove_bookmark("russia")
        store.close()
        assert digest(path) == before and sorted(p.name for p in disk.iterdir()) == ["userdata.sqlite"]


@pytest.mark.parametrize("version", [-3, 0])
def test_a_foreign_database_is_left_alone_and_named(tmp_path: Path, version: int) -> None:
    path = tmp_path / "userdata.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmark (x)")
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = digest(path)
    store = UserStore(path)
    assert store.read_only and not store.readable and store.bookmarks() == []
    assert "is a database, but not npviewer's bookmarks" in store.problem
    store.close()
    assert digest(path) == before and not list(tmp_path.glob("*.damaged-*"))


def test_a_folder_in_place_of_the_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    path.mkdir()
    store = UserStore(path)
    assert store.read_only and "is a folder or a device, not your bookmarks file" in store.problem
    store.close()
    assert path.is_dir()


def test_a_damaged_file_is_moved_aside_and_told_until_seen(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    garbage = b"SQLite format 3\x00" + b"\x13" * 8000
    path.write_bytes(garbage)
    store = UserStore(path)
    aside = store.notice.moved_aside
    assert aside is not None and aside.read_bytes() == garbage
    assert not store.read_only
    store.close()
    for _ in range(2):  # told again on every start until seen
        again = UserStore(path)
        notices = again.pending_notices()
        assert len(notices) == 1 and str(aside) in notices[0].text and "moved aside, not deleted" in notices[0].text
        again.close()
    seen = UserStore(path)
    seen.dismiss_notice(seen.pending_notices()[0])
    seen.close()
    assert UserStore(path).pending_notices() == []


_MIGRATE_AND_DIE = """
import os, sqlite3, sys
from npviewer.store.userdata import MIGRATIONS
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
for statement in filter(str.strip, MIGRATIONS[1].split(";")):
    conn.execute(statement)
conn.execute("DELETE FROM bookmark")
conn.execute("PRAGMA user_version = 2")
conn.execute("PRAGMA cache_size = 0")  # spill to the file: the journal is hot
conn.execute("CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
             "SELECT i, randomblob(400) AS b FROM n")
os._exit(9)  # killed in the middle of the migration
"""


def test_an_interrupted_migration_is_rolled_back_and_done_again(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    shutil.copy(FIXTURES / "userdata-v1.sqlite", path)
    died = subprocess.run([sys.executable, "-c", _MIGRATE_AND_DIE, str(path)], capture_output=True, text=True)
    assert died.returncode == 9, died.stderr
    journal = Path(str(path) + "-journal")
    assert journal.exists() and journal.stat().st_size > 0  # a hot journal left behind
    store = UserStore(path)
    assert store.notice.migrated_from == 1 and store.notice.backup is not None
    assert [b.entry_id for b in store.bookmarks()] == ["eastern-rajin-khasan", "ru-fe-subcommittee-13"]
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert not store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'filler'").fetchone()
    store.close()
    assert not journal.exists()


def test_an_interrupted_backup_copy_is_cleaned_up(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    make_store(path)
    backups = tmp_path / "backups"
    backups.mkdir()
    stale, fresh = backups / ".userdata-old.sqlite.tmp", backups / ".userdata-now.sqlite.tmp"
    for partial in (stale, fresh):
        partial.write_bytes(b"SQLite format 3\x00 half a copy")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    UserStore(path).close()
    assert not stale.exists() and fresh.exists()  # a copy still being written by another process is left


def test_a_file_nobody_may_write_keeps_its_bookmarks_readable(tmp_path: Path) -> None:
    """``chattr +i``: writing is refused even to root (the permission fault, for real)."""
    path = tmp_path / "userdata.sqlite"
    make_store(path)
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("this file system cannot mark a file immutable (chattr +i)")
    try:
        store = UserStore(path)
        assert store.read_only and store.readable and "cannot be written" in store.problem
        assert marks(store) == EXPECTED
        with pytest.raises(UserDataError, match="Nothing was changed"):
            store.add_bookmark("central", "Central Asia")
        store.close()
        assert not list(tmp_path.glob("*.damaged-*"))
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    again = UserStore(path)
    again.add_bookmark("central", "Central Asia")
    assert len(again.bookmarks()) == 3
    again.close()
