"""The packaged app (no sqlmodel: it builds stores from the shipped schema) takes in a content pack
with Korean and reads and searches it in Korean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from content_factory import korean_files, write_content
from package.test_frozen_app import assert_nothing_missing, clean_env, explain, run

pytestmark = pytest.mark.slow


def test_frozen_app_installs_korean_content_and_searches_it(frozen_app: Path, tmp_path: Path) -> None:
    content = write_content(tmp_path / "korean", korean_files())
    home = tmp_path / "apphome"
    home.mkdir()
    env = clean_env(home, LANG="C.UTF-8")
    bundled = run(frozen_app, ["search", "연해주에서", "--json", "--lang", "ko"], env, cwd=tmp_path)
    assert bundled.returncode == 0, explain(bundled)
    assert json.loads(bundled.stdout)[0]["id"] == "primorsky-krai", explain(bundled)
    key = tmp_path / "keys" / "throwaway.key"  # a throwaway key the app's user trusts: the pack installs signed
    key.parent.mkdir()
    for args in (["content", "keygen", str(key)], ["content", "trust", "add", f"{key}.pub"]):
        done = run(frozen_app, args, env, cwd=tmp_path)
        assert done.returncode == 0, explain(done)
    made = run(frozen_app, ["content", "pack", str(content), "-o", str(tmp_path), "--version", "2030.02.01",
                            "--sign", str(key)], env, cwd=tmp_path)  # fmt: skip
    assert made.returncode == 0, explain(made)
    installed = run(frozen_app, ["content", "install", str(tmp_path / "npviewer-content-2030.02.01.npc")], env,
                    cwd=tmp_path)  # fmt: skip
    assert installed.returncode == 0, explain(installed)
    assert_nothing_missing(installed)
    shown = run(frozen_app, ["show", "meeting-13", "--json", "--lang", "ko"], env, cwd=tmp_path)
    assert shown.returncode == 0, explain(shown)
    data = json.loads(shown.stdout)
    assert (data["ref"]["title"], data["event"]["place"]) == ("제13차 회의", "서울")
    found = run(frozen_app, ["search", "위원회", "--json", "--lang", "ko"], env, cwd=tmp_path)
    assert {h["id"] for h in json.loads(found.stdout)} >= {"northern-committee", "meeting-13"}, explain(found)
