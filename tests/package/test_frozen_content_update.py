"""The packaged app takes in a content update from a read-only install folder, as a traveller would:
it makes nothing in its own folder, keeps everything in the user data dir, and rolls back."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from pack_factory import edited_content
from package.test_frozen_app import (
    DIST,
    assert_nothing_missing,
    clean_env,
    explain,
    make_read_only,
    make_writable,
    run,
    snapshot,
)

pytestmark = pytest.mark.slow


def test_frozen_app_installs_a_pack_from_a_read_only_install(frozen_app: Path, tmp_path: Path) -> None:
    copy = tmp_path / "install" / "npviewer"
    shutil.copytree(DIST, copy, symlinks=True)
    before = snapshot(copy)
    app = copy / "npviewer"
    edits = edited_content(tmp_path / "edited")
    home = tmp_path / "apphome"
    home.mkdir()
    env = clean_env(home, LANG="C.UTF-8")
    make_read_only(copy)
    try:
        made = run(app, ["content", "pack", str(edits.folder), "-o", str(tmp_path), "--version", "2030.01.01"],
                   env, cwd=tmp_path)  # fmt: skip
        assert made.returncode == 0, explain(made)
        pack = tmp_path / "npviewer-content-2030.01.01.npc"

        # as the window runs it: in a process of its own, progress and result as JSON lines
        installed = run(app, ["content", "install", str(pack), "--machine"], env, cwd=tmp_path)
        assert installed.returncode == 0, explain(installed)
        records = [json.loads(line) for line in installed.stdout.splitlines()]
        assert {"Checking the pack", "Checking the content"} <= {r.get("step") for r in records}
        assert "3 entries: 1 added, 1 changed, 1 removed" in records[-1]["message"], explain(installed)
        assert records[-1]["changed"] is True
        assert_nothing_missing(installed)

        found = run(app, ["search", "Entirely new text", "--json"], env, cwd=tmp_path)
        assert found.returncode == 0 and json.loads(found.stdout)[0]["id"] == edits.added, explain(found)
        listed = json.loads(run(app, ["content", "list", "--json"], env, cwd=tmp_path).stdout)
        assert [r["label"] for r in listed if r["in_use"]] == ["2030.01.01"]
        diff = json.loads(run(app, ["content", "diff", "--json"], env, cwd=tmp_path).stdout)
        assert diff["summary"] == {"added": 1, "changed": 1, "removed": 1}

        bad = tmp_path / "bad.npc"
        with zipfile.ZipFile(pack) as source, zipfile.ZipFile(bad, "w") as target:
            for info in source.infolist():
                target.writestr(info, source.read(info))
            target.writestr("content/../../escape.yaml", "entries: []")
        refused = run(app, ["content", "install", str(bad)], env, cwd=tmp_path)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, explain(refused)
        assert "Traceback" not in refused.stderr

        back = run(app, ["content", "rollback"], env, cwd=tmp_path)
        assert back.returncode == 0 and "bundled with npviewer" in back.stdout, explain(back)
        shown = run(app, ["show", edits.removed], env, cwd=tmp_path)
        assert shown.returncode == 0, explain(shown)
    finally:
        make_writable(copy)
    assert snapshot(copy) == before, "the app changed files in its own folder"
    assert list((home / ".local" / "share" / "npviewer" / "content" / "installs").iterdir())
