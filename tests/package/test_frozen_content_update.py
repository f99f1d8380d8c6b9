"""The packaged app takes in a content update from a read-only install folder, as a traveller would:
it makes nothing in its own folder, keeps everything in the user data dir, and rolls back. It
verifies signatures itself (the cryptography package is in the package): a pack signed by a key the
user trusts installs, an unsigned one is refused, and installed with --allow-unsigned it is marked."""

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
        key = tmp_path / "publisher.key"
        made_key = run(app, ["content", "keygen", str(key), "--name", "Frozen test publisher"], env, cwd=tmp_path)
        assert made_key.returncode == 0 and oct(key.stat().st_mode)[-3:] == "600", explain(made_key)
        made = run(app, ["content", "pack", str(edits.folder), "-o", str(tmp_path), "--version", "2030.01.01",
                         "--sign", str(key)], env, cwd=tmp_path)  # fmt: skip
        assert made.returncode == 0 and made.stdout.rstrip().endswith(", signed"), explain(made)
        pack = tmp_path / "npviewer-content-2030.01.01.npc"
        unsigned = run(app, ["content", "install", str(pack)], env, cwd=tmp_path)  # the key is not trusted yet
        assert unsigned.returncode == 2 and "signed by a key npviewer does not trust" in unsigned.stderr
        assert "'Frozen test publisher', SHA256:" in unsigned.stderr, explain(unsigned)
        trusted = run(app, ["content", "trust", "add", f"{key}.pub"], env, cwd=tmp_path)
        assert trusted.returncode == 0, explain(trusted)

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
        assert [(r["label"], r["status"], r["signer"]) for r in listed if r["in_use"]] == [
            ("2030.01.01", "signed", "Frozen test publisher")
        ]
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

        plain = run(app, ["content", "pack", str(edits.folder), "-o", str(tmp_path), "--version", "2030.02.01"],
                    env, cwd=tmp_path)  # fmt: skip
        assert plain.returncode == 0, explain(plain)
        plain_pack = tmp_path / "npviewer-content-2030.02.01.npc"
        refused = run(app, ["content", "install", str(plain_pack), "--machine"], env, cwd=tmp_path)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, explain(refused)
        assert "npviewer-content-2030.02.01.npc is not signed" in refused.stderr
        assert json.loads(refused.stdout.splitlines()[-1])["refused"] == "unsigned"
        anyway = run(app, ["content", "install", "--allow-unsigned", str(plain_pack)], env, cwd=tmp_path)
        assert anyway.returncode == 0 and "2030.02.01 (unsigned)" in anyway.stdout, explain(anyway)
        listed = run(app, ["content", "list"], env, cwd=tmp_path)
        assert "* 2030.02.01 (unsigned)" in listed.stdout, explain(listed)
        back = run(app, ["content", "rollback"], env, cwd=tmp_path)
        assert back.returncode == 0, explain(back)
        shown = run(app, ["show", edits.removed], env, cwd=tmp_path)
        assert shown.returncode == 0, explain(shown)
    finally:
        make_writable(copy)
    assert snapshot(copy) == before, "the app changed files in its own folder"
    assert list((home / ".local" / "share" / "npviewer" / "content" / "installs").iterdir())
