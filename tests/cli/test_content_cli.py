"""``npviewer content ...`` as a user runs it: real processes, a pack of an edited copy of the content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from npviewer.store.content import load_content
from pack_factory import ROOT, Edits, edited_content


def npviewer(*args: str, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NPVIEWER_HOME": str(home)}
    for name in ("DISPLAY", "QT_QPA_PLATFORM", "NPVIEWER_DATA"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "npviewer", *args], capture_output=True, text=True, env=env, timeout=120, cwd=cwd
    )


@pytest.fixture
def edits(tmp_path: Path) -> Edits:
    return edited_content(tmp_path / "edited")


def test_pack_install_list_diff_and_rollback(edits: Edits, tmp_path: Path, npviewer_home: Path) -> None:
    key = tmp_path / "keys" / "publisher.key"
    key.parent.mkdir()
    made_key = npviewer("content", "keygen", str(key), "--name", "The publisher", home=npviewer_home)
    assert made_key.returncode == 0, made_key.stderr
    assert "readable by you only" in made_key.stdout and oct(key.stat().st_mode)[-3:] == "600"
    made = npviewer("content", "pack", str(edits.folder), "--output", str(tmp_path), "--version", "2030.01.01",
                    "--sign", str(key), home=npviewer_home)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.rstrip().endswith(", signed")
    trusted = npviewer("content", "trust", "add", f"{key}.pub", home=npviewer_home)
    assert trusted.returncode == 0 and trusted.stdout.startswith("Trusted The publisher (SHA256:")
    pack = tmp_path / "npviewer-content-2030.01.01.npc"
    assert pack.is_file() and f"{len(load_content(edits.folder).entries)} entries" in made.stdout
    assert npviewer("bookmarks", "add", edits.removed, "--note", "keep me", home=npviewer_home).returncode == 0

    done = npviewer("content", "install", str(pack), home=npviewer_home)
    assert done.returncode == 0, done.stderr
    assert "Installed content 2030.01.01: 3 entries: 1 added, 1 changed, 1 removed." in done.stdout

    listed = json.loads(npviewer("content", "list", "--json", home=npviewer_home).stdout)
    assert [(r["label"], r["in_use"], r["previous"], r["status"]) for r in listed] == [
        ("bundled with npviewer", False, True, "bundled"), ("2030.01.01", True, False, "signed")
    ]  # fmt: skip
    assert "signed by The publisher" in npviewer("content", "list", home=npviewer_home).stdout

    diff = json.loads(npviewer("content", "diff", "--json", home=npviewer_home).stdout)
    assert diff["summary"] == {"added": 1, "changed": 1, "removed": 1}
    assert diff["bookmarked"] == [edits.removed]
    changed = next(e for e in diff["entries"] if e["id"] == edits.changed)
    assert ["+", " rail"] in next(f for f in changed["fields"] if f["field"] == "text")["words"]

    text = npviewer("content", "diff", home=npviewer_home).stdout
    assert text.index("Your bookmarks") < text.index(f"removed  {edits.removed}")
    assert "Eastern Region · Sub-measures" in text and "{+rail+}" in text

    found = json.loads(npviewer("search", "Entirely new text", "--json", home=npviewer_home).stdout)
    assert found[0]["id"] == edits.added
    marks = json.loads(npviewer("bookmarks", "list", "--json", home=npviewer_home).stdout)
    assert marks == [
        {"id": edits.removed, "title": edits.removed_title, "note": "keep me", "created": marks[0]["created"]}
    ]

    back = npviewer("content", "rollback", home=npviewer_home)
    assert back.returncode == 0 and "Returned to content bundled with npviewer" in back.stdout
    shown = npviewer("show", edits.removed, home=npviewer_home)
    assert shown.returncode == 0 and edits.removed_title in shown.stdout


def test_a_bad_pack_is_one_line_on_stderr_and_exit_2(edits: Edits, tmp_path: Path, npviewer_home: Path) -> None:
    bad = tmp_path / "bad.npc"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../evil.yaml", "entries: []")
    result = npviewer("content", "install", str(bad), home=npviewer_home)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("npviewer content: bad.npc: the member '../../evil.yaml' has a '..'")
    assert not (tmp_path.parent / "evil.yaml").exists()


def test_pack_of_invalid_content_names_the_first_fault(tmp_path: Path, npviewer_home: Path) -> None:
    broken = edited_content(tmp_path / "broken").folder
    (broken / "figures.yaml").write_text("entries:\n  - {id: Bad Id, kind: figure}\n", encoding="utf-8")
    result = npviewer("content", "pack", str(broken), "-o", str(tmp_path), home=npviewer_home)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "the content is not valid: figures.yaml, line 2, entry 'Bad Id'" in result.stderr


def test_rollback_and_diff_with_nothing_installed(npviewer_home: Path) -> None:
    back = npviewer("content", "rollback", home=npviewer_home)
    assert back.returncode == 2 and "no content update has been installed" in back.stderr
    diff = npviewer("content", "diff", home=npviewer_home)
    assert diff.returncode == 0 and "nothing to compare" in diff.stdout
    listed = npviewer("content", "list", home=npviewer_home)
    assert listed.returncode == 0 and listed.stdout.startswith("* bundled with npviewer")


def test_the_version_of_a_pack_is_checked(tmp_path: Path, npviewer_home: Path) -> None:
    result = npviewer("content", "pack", str(ROOT / "data"), "-o", str(tmp_path), "--version", "../x",
                      home=npviewer_home)  # fmt: skip
    assert result.returncode == 2 and "is not a pack version" in result.stderr


def test_an_unsigned_pack_is_refused_in_one_line_and_installed_anyway_when_asked(
    tmp_path: Path, npviewer_home: Path
) -> None:
    made = npviewer("content", "pack", str(ROOT / "data"), "-o", str(tmp_path), "--version", "2030.05.01",
                    home=npviewer_home)  # fmt: skip
    assert made.returncode == 0 and "not signed" in made.stdout
    pack = tmp_path / "npviewer-content-2030.05.01.npc"
    refused = npviewer("content", "install", str(pack), home=npviewer_home)
    assert refused.returncode == 2 and refused.stdout == "" and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("npviewer content: npviewer-content-2030.05.01.npc is not signed")
    assert "--allow-unsigned" in refused.stderr
    machine = npviewer("content", "install", str(pack), "--machine", home=npviewer_home)
    record = json.loads(machine.stdout.splitlines()[-1])
    assert machine.returncode == 2 and record["refused"] == "unsigned" and "message" not in record
    assert record["error"] in machine.stderr
    anyway = npviewer("content", "install", "--allow-unsigned", str(pack), home=npviewer_home)
    assert anyway.returncode == 0, anyway.stderr
    assert "Installed content 2030.05.01 (unsigned):" in anyway.stdout
    listed = npviewer("content", "list", home=npviewer_home).stdout
    assert "* 2030.05.01 (unsigned)" in listed and "(* in use: 2030.05.01 (unsigned))" in listed


def test_trust_list_and_remove(tmp_path: Path, npviewer_home: Path) -> None:
    empty = npviewer("content", "trust", "list", home=npviewer_home)
    assert empty.returncode == 0 and "No trusted keys" in empty.stdout
    assert (
        npviewer("content", "keygen", str(tmp_path / "org.key"), "--name", "Our team", home=npviewer_home).returncode
        == 0
    )
    assert npviewer("content", "trust", "add", str(tmp_path / "org.key.pub"), home=npviewer_home).returncode == 0
    listed = json.loads(npviewer("content", "trust", "list", "--json", home=npviewer_home).stdout)
    assert [(k["name"], k["origin"]) for k in listed] == [("Our team", "added by you")]
    private = npviewer("content", "trust", "add", str(tmp_path / "org.key"), home=npviewer_home)
    assert private.returncode == 2 and "is a private key" in private.stderr
    removed = npviewer("content", "trust", "remove", "Our team", home=npviewer_home)
    assert removed.returncode == 0 and removed.stdout.startswith("No longer trusted: Our team")
    again = npviewer("content", "trust", "remove", "Our team", home=npviewer_home)
    assert again.returncode == 2 and "no trusted key has" in again.stderr
