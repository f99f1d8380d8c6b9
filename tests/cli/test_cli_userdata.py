"""Bookmarks on the command line under real faults and hostile files: one line, exit 2, nothing changed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from faults import fill, locked, remount_read_only, tmpfs
from npviewer.store.bookmark_file import MAX_IMPORT_BYTES


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NPVIEWER_HOME": str(home)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "npviewer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the content store built and two bookmarks, copied by each test that needs one."""
    home = tmp_path_factory.mktemp("built-home")
    assert run("bookmarks", "add", "eastern-rajin-khasan", "--note", "timetable?", home=home).returncode == 0
    assert run("bookmarks", "add", "russia", home=home).returncode == 0
    return home


def listed(home: Path) -> list[tuple[str, str]]:
    result = run("bookmarks", "list", "--json", home=home)
    return [(b["id"], b["note"]) for b in json.loads(result.stdout)]


EXPECTED = [("eastern-rajin-khasan", "timetable?"), ("russia", "")]


@pytest.fixture
def home(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "user-home"
    shutil.copytree(built, copy)
    return copy


@pytest.fixture
def small_home(built: Path, tmp_path: Path) -> Iterator[Path]:
    """The built home on its own small tmpfs."""
    with tmpfs(tmp_path / "disk", "24m") as disk:
        shutil.copytree(built, disk / "home")
        yield disk / "home"


def test_on_a_full_disk_changes_exit_2_and_the_bookmarks_stay(small_home: Path) -> None:
    filler = fill(small_home)
    result = run("bookmarks", "add", "central", "--note", "x" * 5000, home=small_home)
    assert result.returncode == 2
    line = one_line(result)
    assert "Nothing was changed" in line and "the disk is full" in line and "Free some space" in line
    shown = run("bookmarks", "list", home=small_home)
    assert shown.returncode == 0 and "eastern-rajin-khasan" in shown.stdout and "timetable?" in shown.stdout
    assert not list(small_home.glob("*.damaged-*"))
    filler.unlink()
    assert run("bookmarks", "add", "central", home=small_home).returncode == 0
    assert [m for m, _ in listed(small_home)][:2] == ["eastern-rajin-khasan", "russia"]


def test_on_a_read_only_disk_changes_exit_2_and_listing_says_why(small_home: Path) -> None:
    remount_read_only(small_home.parent)
    removed = run("bookmarks", "remove", "russia", home=small_home)
    assert removed.returncode == 2
    assert "the disk is read-only" in one_line(removed)
    shown = run("bookmarks", "list", home=small_home)
    assert shown.returncode == 0 and "russia" in shown.stdout
    assert "can be read but not changed" in one_line(shown)
    assert listed(small_home) == EXPECTED


def test_a_file_locked_by_another_program_is_not_moved_aside_nor_shown_empty(home: Path) -> None:
    path = home / "userdata.sqlite"
    with locked(path, "exclusive"):
        result = run("bookmarks", "list", home=home)
        assert result.returncode == 2
        line = one_line(result)
        assert "cannot be shown" in line and "locked" in line
        assert "No bookmarks yet" not in result.stdout
    assert not list(home.glob("*.damaged-*"))
    assert listed(home) == EXPECTED


def test_a_damaged_file_is_told_on_every_command_until_seen(home: Path) -> None:
    (home / "userdata.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x07" * 9000)
    for _ in range(2):
        result = run("bookmarks", "list", home=home)
        assert result.returncode == 0
        assert "moved aside, not deleted, to" in one_line(result) and ".damaged-" in result.stderr
    assert len(list(home.glob("userdata.damaged-*.sqlite"))) == 1


def test_a_foreign_database_in_place_of_the_bookmarks_is_named_and_kept(home: Path) -> None:
    path = home / "userdata.sqlite"
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = -7")
    conn.close()
    before = path.read_bytes()
    result = run("bookmarks", "list", home=home)
    assert result.returncode == 2 and "not npviewer's bookmarks" in one_line(result)
    assert run("bookmarks", "add", "russia", home=home).returncode == 2
    assert path.read_bytes() == before


def import_file(home: Path, tmp_path: Path, bookmarks: list[object]) -> subprocess.CompletedProcess[str]:
    target = tmp_path / "marks.json"
    target.write_text(json.dumps({"format": "npviewer-bookmarks", "version": 1, "bookmarks": bookmarks}))
    return run("bookmarks", "import", str(target), home=home)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"id": "eastern\n", "title": "East"}, "'eastern' is not an entry id"),  # the newline shown as U+000A
        ({"id": "eastern", "title": "East\x1b]0;pwned\x07"}, "the title holds a control character (U+001B)"),
        ({"id": "eastern", "title": "East", "note": "ok\x9b31m"}, "the note holds a control character (U+009B)"),
        ({"id": "eastern", "title": "East\u202egnp.exe"}, "the title holds a control character (U+202E)"),
        ({"id": "eastern", "title": "East", "note": "\udcff"}, "the note is not valid Unicode text"),
    ],
)
def test_hostile_text_in_an_import_is_refused_and_changes_nothing(
    home: Path, tmp_path: Path, item: dict[str, str], expected: str
) -> None:
    result = import_file(home, tmp_path, [{"id": "central", "title": "Central"}, item])
    assert result.returncode == 2
    line = one_line(result)
    assert "bookmark 2:" in line and expected.split("'")[-1] in line
    assert listed(home) == EXPECTED


def test_an_id_with_a_trailing_newline_is_refused(home: Path, tmp_path: Path) -> None:
    result = import_file(home, tmp_path, [{"id": "eastern\n", "title": "East"}])
    assert result.returncode == 2 and "is not an entry id" in one_line(result)


def test_imports_read_only_regular_files_of_a_stated_size(home: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "marks.fifo"
    os.mkfifo(fifo)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    for source, expected in (
        (fifo, "is a pipe, not a file"),
        (Path("/dev/zero"), "is a device, not a file"),
        (tmp_path, "is a folder, not a file"),
        (big, f"is {MAX_IMPORT_BYTES + 1:,} bytes; a bookmarks file is at most {MAX_IMPORT_BYTES:,} bytes"),
    ):
        result = run("bookmarks", "import", str(source), home=home)
        assert result.returncode == 2, source
        assert expected in one_line(result)
    assert listed(home) == EXPECTED


def test_a_read_only_home_with_nothing_in_it_is_one_line_for_each_command(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        remount_read_only(disk)
        searched = run("search", "Rajin", home=disk)
        assert searched.returncode == 2
        line = one_line(searched)
        assert "cannot prepare its content store" in line and "read-only" in line and "NPVIEWER_HOME" in line
        shown = run("bookmarks", "list", home=disk)
        assert shown.returncode == 0 and "No bookmarks yet" in shown.stdout
        assert "the disk is read-only" in one_line(shown)
        added = run("bookmarks", "add", "russia", home=disk)
        assert added.returncode == 2 and "Traceback" not in added.stderr
