"""The command line's one error path: one line on stderr and exit 2 for what the user can fix, the log
and exit 70 for a bug, escaped output, and no traceback for any argument vector."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npviewer import cli

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | bytes, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``npviewer ARGS`` in a real process with no display; any bytes may be passed."""
    env = {**os.environ, "NPVIEWER_HOME": os.fsdecode(home)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "npviewer", *args],
        capture_output=True, text=True, errors="backslashreplace", env=env, timeout=120, cwd=cwd,
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line on stderr (failing the test when there is more, or a traceback)."""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user data dir whose content store is built once for the module."""
    home = tmp_path_factory.mktemp("cli-errors-home")
    assert run("search", "warm", home=home).returncode == 0
    return home


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("search",), "the following arguments are required: query"),
        (("search", "x", "--limit", "0"), "'0' is not a whole number from 1 to 1000"),
        (("search", "x", "--limit", "1" + "0" * 25), "is not a whole number from 1 to 1000"),
        (("search", "x", "--limit", "-5"), "'-5' is not a whole number from 1 to 1000"),
        (("bookmarks", "add"), "'bookmarks add' needs an entry id"),
        (("brief", "eastern"), "the following arguments are required: --output/-o"),
    ],
)
def test_a_bad_argument_is_one_line_with_exit_2(home: Path, args: tuple[str, ...], expected: str) -> None:
    result = run(*args, home=home)
    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith("npviewer") and expected in line


def test_arguments_that_are_not_utf8_are_refused_in_one_line(home: Path) -> None:
    result = run(b"show", b"eastern\xff\xfe", home=home)
    assert result.returncode == 2
    assert "is not valid UTF-8 text" in one_line(result)
    result = run(b"search", b"\xc3\x28", home=home)
    assert result.returncode == 2 and "is not valid UTF-8" in one_line(result)


def test_a_file_name_that_is_not_utf8_is_used_as_given(home: Path, tmp_path: Path) -> None:
    target = os.fsencode(tmp_path) + b"/marks-\xff.json"
    result = run(b"bookmarks", b"export", target, home=home)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(target)


def test_an_escape_sequence_in_an_argument_is_never_echoed_raw(home: Path) -> None:
    result = run("show", "\x1b]0;owned\x07", home=home)
    assert result.returncode == 2
    line = one_line(result)
    assert "\x1b" not in line and "\x07" not in line and "\\u001b" in line


def test_a_file_name_over_255_bytes_is_one_line(home: Path, tmp_path: Path) -> None:
    result = run("bookmarks", "export", str(tmp_path / ("n" * 300)), home=home)
    assert result.returncode == 2
    assert "the name is too long" in one_line(result)


def test_a_year_filter_naming_hundreds_of_years_searches(home: Path) -> None:
    years = ",".join(str(y) for y in range(1000, 2100))
    result = run("search", f"year:{years}", "kind:meeting", "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert "ru-fe-subcommittee-13" in result.stdout


def test_a_home_that_is_a_file_is_one_line_naming_it(tmp_path: Path) -> None:
    home = tmp_path / "home-file"
    home.write_text("not a folder", encoding="utf-8")
    result = run("bookmarks", "list", home=home)
    assert result.returncode == 2
    line = one_line(result)
    assert str(home) in line and "is a file, not a folder" in line and "NPVIEWER_HOME" in line


def test_a_content_store_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "content.sqlite").mkdir(parents=True)
    result = run("search", "Rajin", home=home)
    assert result.returncode == 2
    line = one_line(result)
    assert str(home / "content.sqlite") in line and "move it away" in line
    assert (home / "content.sqlite").is_dir() and not list(home.glob(".content-*"))


def test_the_window_without_a_display_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run(home=tmp_path)
    assert result.returncode == 2
    assert "needs a graphical display" in one_line(result)


def test_escape_codes_in_stored_titles_and_notes_are_printed_escaped(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "home"
    assert run("bookmarks", "list", home=other).returncode == 0
    with sqlite3.connect(other / "userdata.sqlite") as conn:  # written by some other program
        conn.execute(
            "INSERT INTO bookmark (entry_id, title, note, created, updated) VALUES (?, ?, ?, '2024', '2024')",
            ("eastern", "Eastern\x1b[2J\x1b]0;pwned\x07", "line one\nline two \x9b31m\u202etxt"),
        )
    conn.close()
    result = run("bookmarks", "list", home=other)
    assert result.returncode == 0, result.stderr
    assert not any(c in result.stdout for c in "\x1b\x07\x9b\u202e")
    assert "\\u001b[2J" in result.stdout and "line one\n" in result.stdout
    as_json = run("bookmarks", "list", "--json", home=other)
    import json

    assert json.loads(as_json.stdout)[0]["title"] == "Eastern\x1b[2J\x1b]0;pwned\x07"
    assert "\x9b" not in as_json.stdout and json.loads(as_json.stdout)[0]["note"].endswith("\x9b31m\u202etxt")


def test_a_closed_pipe_ends_quietly(home: Path) -> None:
    env = {**os.environ, "NPVIEWER_HOME": str(home)}
    shell = f"{sys.executable} -m npviewer timeline | head -1"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.count("\n") == 1 and result.stderr == ""


def test_an_unexpected_error_is_logged_with_its_traceback_and_exits_70(
    in_process: Path, npviewer_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        return {"a": 1}["b"]  # a bug

    monkeypatch.setattr(cli, "cmd_timeline", broken)
    assert cli.main(["timeline"]) == 70
    err = capsys.readouterr().err
    log = npviewer_home / "npviewer.log"
    expected = f"npviewer timeline: unexpected error (KeyError: 'b'); the details are in {log}"
    assert err.strip().splitlines() == [expected]
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "in broken" in logged and "KeyError: 'b'" in logged


WORDS = [
    "search", "show", "timeline", "check-data", "bookmarks", "brief", "list", "add", "remove", "export",
    "import", "--json", "--limit", "--region", "--note", "--output", "-o", "--paper", "A4", "--notes", "--help",
    "--version", "eastern", "central", "eastern-rajin-khasan", "year:2019", "kind:meeting", "region:eastern",
    "0", "-1", "3", "1" * 30, "marks.json", ".", "/", "/dev/null", "/nonexistent/x", "\x00", "\x1b[31m", "-",
    "--", "a" * 300,
]  # fmt: skip
ARG = st.one_of(
    st.sampled_from(WORDS),
    st.text(max_size=16),
    st.binary(max_size=12).map(os.fsdecode),  # what Python makes of bytes that are not UTF-8
    st.binary(max_size=12),
)


COMMAND = st.one_of(
    st.sampled_from(["search", "show", "cite", "timeline", "check-data", "brief"]).map(lambda c: [c]),
    st.sampled_from(["list", "add", "remove", "export", "import"]).map(lambda a: ["bookmarks", a]),
    st.sampled_from(["pack", "install", "rollback", "list", "diff"]).map(lambda a: ["content", a]),
)
ARGV = st.one_of(
    st.lists(ARG, max_size=6),  # mostly refused by the parser
    st.tuples(COMMAND, st.lists(ARG, max_size=5)).map(lambda t: [*t[0], *t[1]]),  # reaches the commands
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=ARGV)
def test_any_argument_vector_exits_0_or_2_without_a_traceback(
    in_process: Path, capsys: pytest.CaptureFixture[str], argv: list[str | bytes]
) -> None:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 2), f"{argv!r} -> {code}: {err}"
    assert "Traceback" not in err and "Traceback" not in out, err
    if code == 2:
        assert err.startswith("npviewer"), err
    assert "\x1b" not in err + out
