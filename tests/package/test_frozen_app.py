"""The packaged app, as a user runs it: clean environment, any folder, read-only install, no display."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "npviewer"

#: Output that means a part of the package is missing (Friture's smoke test looks for the same).
BROKEN_MARKERS = ("could not find or load", "ModuleNotFoundError", "No module named")
STEPS = ("store", "window", "search", "open", "print", "bookmark", "brief", "word", "language", "qt")
TIMEOUT = 120


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What ``env -i HOME=... [NAME=value]`` gives the app: nothing else from this process."""
    return {"HOME": str(home), **extra}


def run(app: Path, args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen app with a timeout; text output."""
    return subprocess.run(
        [str(app), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def explain(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status (the signal's name when killed), the step that failed or crashed, and the output."""
    code = result.returncode
    status = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
    passed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("ok ")]
    pending = [s for s in STEPS if s not in passed]
    where = f"; first step not passed: {pending[0]}" if pending else ""
    return f"{status}{where}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


def assert_nothing_missing(result: subprocess.CompletedProcess[str]) -> None:
    """No output says a module or Qt plugin could not be loaded."""
    output = result.stdout + result.stderr
    found = [marker for marker in BROKEN_MARKERS if marker in output]
    assert not found, f"the package is missing something ({found}):\n{explain(result)}"


def test_self_test_in_a_clean_environment(frozen_app: Path, tmp_path: Path) -> None:
    """``env -i HOME=... QT_QPA_PLATFORM=offscreen npviewer --self-test`` passes from another folder."""
    home = tmp_path / "apphome"
    home.mkdir()
    result = run(frozen_app, ["--self-test"], clean_env(home, QT_QPA_PLATFORM="offscreen"), cwd=tmp_path)
    assert result.returncode == 0, explain(result)
    assert "ok store (prebuilt" in result.stdout, explain(result)
    for step in STEPS:
        assert f"ok {step} (" in result.stdout, explain(result)
    assert_nothing_missing(result)
    assert not list(home.rglob("content.sqlite")), "the packaged app built a store instead of using its own"


def test_self_test_with_a_read_only_install(frozen_app: Path, tmp_path: Path) -> None:
    """The app in a read-only folder passes and writes nothing there (root ignores modes: checked by content)."""
    copy = tmp_path / "install" / "npviewer"
    shutil.copytree(DIST, copy, symlinks=True)
    before = snapshot(copy)
    make_read_only(copy)
    try:
        home = tmp_path / "apphome"
        home.mkdir()
        result = run(copy / "npviewer", ["--self-test"], clean_env(home), cwd=tmp_path)
    finally:
        make_writable(copy)
    assert result.returncode == 0, explain(result)
    assert "ok store (prebuilt" in result.stdout, explain(result)
    assert snapshot(copy) == before, "the app changed files in its own folder"
    assert_nothing_missing(result)


def test_gui_without_a_display_says_so(frozen_app: Path, tmp_path: Path) -> None:
    """No DISPLAY and no QT_QPA_PLATFORM: one clear line and a non-zero exit, not Qt's SIGABRT."""
    result = run(frozen_app, [], clean_env(tmp_path), cwd=tmp_path)
    assert result.returncode > 0, explain(result)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, explain(result)
    assert "display" in lines[0].lower(), explain(result)
    assert "xcb" not in lines[0].lower(), explain(result)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make sysdeps installs it)")
def test_gui_runs_on_an_x_server(frozen_app: Path, tmp_path: Path) -> None:
    """Under Xvfb the frozen window starts with the bundled xcb plugin and stays up (no plugin errors)."""
    env = clean_env(tmp_path, PATH="/usr/bin:/bin", LANG="C.UTF-8", NPVIEWER_HOME=str(tmp_path / "apphome"))
    proc = subprocess.Popen(
        ["xvfb-run", "-a", str(frozen_app)],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        proc.wait(timeout=6)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)  # still running: the window is up; stop Xvfb and the app
    output, _ = proc.communicate(timeout=30)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, output, "")
    assert proc.returncode in (-signal.SIGTERM, 143), f"the window did not stay up: {explain(result)}"
    assert_nothing_missing(result)


def test_search_runs_without_a_display(frozen_app: Path, tmp_path: Path) -> None:
    """``env -i HOME=... npviewer search Rajin --json`` prints the hits, Rajin-Khasan first."""
    result = run(frozen_app, ["search", "Rajin", "--json"], clean_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, explain(result)
    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "eastern-rajin-khasan"
    assert_nothing_missing(result)


def test_check_data_runs_frozen(frozen_app: Path, tmp_path: Path) -> None:
    """``check-data`` validates the bundled content inside the package (YAML is bundled)."""
    result = run(frozen_app, ["check-data"], clean_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, explain(result)
    assert ": OK — " in result.stdout, explain(result)


def test_other_content_is_built_into_the_user_folder(frozen_app: Path, tmp_path: Path) -> None:
    """Content other than the bundled one is built without sqlmodel (the schema is read from the
    prebuilt store) into the user's folder, and searched."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "data", content)
    changed = content / "places.yaml"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# changed by a test\n", encoding="utf-8")
    env = clean_env(tmp_path, NPVIEWER_DATA=str(content))
    result = run(frozen_app, ["search", "Rajin", "--json"], env, cwd=tmp_path)
    assert result.returncode == 0, explain(result)
    assert json.loads(result.stdout)[0]["id"] == "eastern-rajin-khasan"
    assert list(tmp_path.rglob("content.sqlite")), "no store was built in the user's folder"
    assert "Traceback" not in result.stderr, explain(result)


def test_build_log_has_no_missing_parts() -> None:
    """The build found every npviewer module and kept the Qt modules the app imports."""
    warnings = ROOT / "build" / "build" / "warn-build.txt"
    if not warnings.is_file():
        pytest.fail(f"{warnings} is missing: run `make package` first")
    missing = [
        line
        for line in warnings.read_text(encoding="utf-8").splitlines()
        if line.startswith("missing module named") and ("npviewer" in line or "PySide6" in line)
    ]
    assert not missing, "\n".join(missing)
    log = ROOT / "build" / "package.log"
    if log.is_file():
        text = log.read_text(encoding="utf-8", errors="replace")
        assert not [m for m in BROKEN_MARKERS if m in text], f"see {log}"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if not p.is_dir()
    }


def make_read_only(folder: Path) -> None:
    """``chmod -R a-w``."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            os.chmod(path, stat.S_IMODE(path.stat().st_mode) & ~0o222)


def make_writable(folder: Path) -> None:
    """Undo :func:`make_read_only` so pytest can remove the copy."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            os.chmod(path, stat.S_IMODE(path.stat().st_mode) | 0o200)
