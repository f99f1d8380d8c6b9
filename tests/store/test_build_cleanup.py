"""A build that is killed leaves its temporary file behind; the next build removes it, never another
build's file that is still being written."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from npviewer.store.build import TMP_PREFIX, TMP_SUFFIX, build_from_directory, remove_stale_builds

_KILLED_MID_BUILD = """
import os, signal, sys
from pathlib import Path
from npviewer.store.build import build_from_directory

def die(step, done, total):
    os.kill(os.getpid(), signal.SIGKILL)  # the power goes, the process is killed: no clean-up runs

build_from_directory(Path(sys.argv[1]), Path(sys.argv[2]), die)
"""


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"))


def test_a_killed_build_leaves_a_file_the_next_build_removes(mini_content: Path, tmp_path: Path) -> None:
    target = tmp_path / "store" / "content.sqlite"
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_BUILD, str(mini_content), str(target)], timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert len(leftovers(target.parent)) == 1 and not target.exists()
    build_from_directory(mini_content, target)
    assert target.is_file() and leftovers(target.parent) == []


def test_a_build_still_running_keeps_its_file(tmp_path: Path) -> None:
    live = tmp_path / f"{TMP_PREFIX}live{TMP_SUFFIX}"
    dead = tmp_path / f"{TMP_PREFIX}dead{TMP_SUFFIX}"
    live.write_bytes(b"being written")
    dead.write_bytes(b"left behind")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, os\nfd = os.open(sys.argv[1], os.O_RDWR)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\nsys.stdin.read()", str(live)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert remove_stale_builds(tmp_path) == [dead]
        assert live.exists() and not dead.exists()
    finally:
        holder.kill()
        holder.communicate()
    assert remove_stale_builds(tmp_path) == [live]
    assert leftovers(tmp_path) == []
