"""Hostile or broken content files are refused with the usual report, before they can cost memory or time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from content_factory import mini_files, write_content
from npviewer.store.content import ContentError, load_content
from npviewer.store.fingerprint import MAX_FILE_BYTES, content_hash

BILLION_LAUGHS = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},"
    f"*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)}]\n"
    for n in range(8)
)


def problems(folder: Path) -> str:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return str(info.value)


def entry(files: dict[str, Any], entry_id: str) -> dict[str, Any]:
    for data in files.values():
        stack = list(data.get("entries", [])) if isinstance(data, dict) else []
        while stack:
            item = stack.pop()
            if item["id"] == entry_id:
                return item
            stack.extend(item.get("children", []))
    raise KeyError(entry_id)


def check_data(folder: Path) -> subprocess.CompletedProcess[str]:
    """``npviewer check-data FOLDER`` in a real process that must finish within a minute."""
    return subprocess.run(
        [sys.executable, "-m", "npviewer", "check-data", str(folder)], capture_output=True, text=True, timeout=60
    )


def test_a_billion_laughs_file_is_refused_without_expanding_it(tmp_path: Path) -> None:
    files = mini_files()
    files["figures.yaml"] = BILLION_LAUGHS
    assert "figures.yaml: uses a YAML alias of the value at line" in problems(write_content(tmp_path / "c", files))


def test_a_self_referencing_alias_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    files["programmes.yaml"] = "entries: &loop\n  - id: x\n    children: *loop\n"
    assert "programmes.yaml: uses a YAML alias" in problems(write_content(tmp_path / "c", files))


def test_a_content_file_past_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    folder = write_content(tmp_path / "c")
    with (folder / "events.yaml").open("r+b") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written, only the size is
    message = problems(folder)
    assert f"events.yaml: {folder / 'events.yaml'} is {MAX_FILE_BYTES + 1:,} bytes" in message
    assert f"at most {MAX_FILE_BYTES:,} bytes" in message


def test_a_pipe_among_the_content_files_is_refused_not_waited_on(tmp_path: Path) -> None:
    folder = write_content(tmp_path / "c")
    (folder / "events.yaml").unlink()
    os.mkfifo(folder / "events.yaml")
    result = check_data(folder)
    assert result.returncode == 2
    assert "events.yaml" in result.stderr and "is a pipe, not a file" in result.stderr
    assert "Traceback" not in result.stderr
    content_hash(folder)  # returns: the pipe is never opened


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("../../../../../../etc/passwd", "seed '../../../../../../etc/passwd' must name a .txt file directly in"),
        ("/etc/hostname", "seed '/etc/hostname' must name a .txt file directly in sources/ (not a path)"),
        ("secrets.cfg", "seed 'secrets.cfg' must name a .txt file directly in sources/"),
        ("absent.txt", "its seed file sources/absent.txt is missing"),
    ],
)
def test_a_seed_must_be_a_text_file_inside_sources(tmp_path: Path, seed: str, expected: str) -> None:
    files = mini_files()
    files["sources.yaml"]["documents"][0]["seed"] = seed
    message = problems(write_content(tmp_path / "c", files))
    assert f"sources.yaml, line 2, entry 'seed': {expected}" in message
    assert "root:" not in message


def test_a_seed_linked_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    folder = write_content(tmp_path / "c")
    secret = tmp_path / "secret.txt"
    secret.write_text("Eastern Region Russian Far East, and a secret", encoding="utf-8")
    (folder / "sources" / "seed.txt").unlink()
    (folder / "sources" / "seed.txt").symlink_to(secret)
    message = problems(folder)
    assert "sources.yaml, line 2, entry 'seed': its seed file sources/seed.txt is a link to outside sources/" in message


def test_a_seed_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    folder = write_content(tmp_path / "c")
    (folder / "sources" / "seed.txt").write_bytes("Eastern Region Russian Far East".encode("utf-16"))
    message = problems(folder)
    assert "sources.yaml, line 2, entry 'seed': its seed file sources/seed.txt is not UTF-8 text" in message


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("id", "forum-1\n", "id must be lowercase letters"),
        ("id", "Forum 1", "id must be lowercase letters"),
        ("date", "0001-01-01", "bad date: 0001-01-01 is not between 1800 and 2100"),
        ("date", 9999, "bad date: 9999 is not between 1800 and 2100"),
        ("number", True, "'number' must be a whole number from 1 to"),
        ("number", -3, "'number' must be a whole number from 1 to"),
        ("title", "Forum\x1b[2J", "the title or text holds a control character"),
        ("text", "about\x00it", "the title or text holds a control character"),
    ],
)
def test_fields_are_validated_with_a_clear_report(tmp_path: Path, field: str, value: object, expected: str) -> None:
    files = mini_files()
    entry(files, "forum-1")[field] = value
    message = problems(write_content(tmp_path / "c", files))
    assert expected in message and "events.yaml" in message


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e300])
def test_a_figure_must_be_a_finite_sane_number(tmp_path: Path, value: float) -> None:
    files = mini_files()
    entry(files, "meeting-13-trade")["value"] = value
    assert "entry 'meeting-13-trade': 'value' must be a number" in problems(write_content(tmp_path / "c", files))


def test_a_document_id_must_match_the_id_pattern(tmp_path: Path) -> None:
    files = mini_files()
    files["sources.yaml"]["documents"][1]["id"] = "other\n"
    assert "document id must be lowercase letters" in problems(write_content(tmp_path / "c", files))
