"""`npviewer brief` as a user runs it: in a fresh process, with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import pdfinfo, pdftext


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"NPVIEWER_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "npviewer", "brief", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user folder for the module, so the content store is built once."""
    return tmp_path_factory.mktemp("cli-home")


def test_writes_a_letter_brief_without_a_display(cli_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "Central brief.pdf"
    result = run_cli("central", "--output", str(target), "--paper", "Letter", home=cli_home)
    assert result.returncode == 0, result.stderr
    assert f"Wrote {target}" in result.stdout
    assert "(letter)" in pdfinfo(target)["Page size"]
    assert "Korea-Central Asia Cooperation Forum" in pdftext(target)


def test_a_country_brief_by_its_russian_name(cli_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "mongolia.pdf"
    result = run_cli("Монголия", "--output", str(target), home=cli_home)
    assert result.returncode == 0, result.stderr
    text = pdftext(target, "-l", "1")
    assert "COUNTRY BRIEF" in text and "Mongolia" in text


def test_a_brief_of_the_bookmarks_in_korean(cli_home: Path, tmp_path: Path) -> None:
    env_home = cli_home
    subprocess.run([sys.executable, "-m", "npviewer", "bookmarks", "add", "eastern-rajin-khasan"],
                   env={**os.environ, "NPVIEWER_HOME": str(env_home)}, check=True, capture_output=True)  # fmt: skip
    target = tmp_path / "mine.pdf"
    result = run_cli("--bookmarks", "--lang", "ko", "--output", str(target), home=env_home)
    assert result.returncode == 0, result.stderr
    text = pdftext(target)
    assert "내 북마크" in text and "나진-하산" in text  # the bookmarked entry's Korean title


def test_unknown_subject_exits_2_listing_the_valid_ones(cli_home: Path, tmp_path: Path) -> None:
    result = run_cli("arctic", "--output", str(tmp_path / "x.pdf"), home=cli_home)
    assert result.returncode == 2
    assert "no region or country 'arctic'; choose a region (western, central, eastern)" in result.stderr
    assert "mongolia" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_no_subject_at_all_is_one_line(cli_home: Path, tmp_path: Path) -> None:
    result = run_cli("--output", str(tmp_path / "x.pdf"), home=cli_home)
    assert result.returncode == 2
    assert "name a region or a country, or give --bookmarks" in result.stderr


def test_missing_folder_exits_2_and_writes_nothing(cli_home: Path, tmp_path: Path) -> None:
    result = run_cli("eastern", "--output", str(tmp_path / "no" / "x.pdf"), home=cli_home)
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def test_unwritable_folder_exits_2_and_writes_nothing(cli_home: Path) -> None:
    """/sys refuses new files even to root (a read-only folder a test can rely on)."""
    before = set(os.listdir("/sys"))
    result = run_cli("eastern", "--output", "/sys/brief.pdf", home=cli_home)
    assert result.returncode == 2
    assert "/sys" in result.stderr and "Traceback" not in result.stderr
    assert set(os.listdir("/sys")) == before


def test_bad_paper_is_an_argparse_error(cli_home: Path, tmp_path: Path) -> None:
    result = run_cli("eastern", "--output", str(tmp_path / "x.pdf"), "--paper", "A3", home=cli_home)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
