"""The window starts in a real process, paints, and can say when (the start-up benchmark's hook)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_app_starts_paints_and_reports_its_first_paint(tmp_path: Path, npviewer_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NPVIEWER_BENCH_FIRST_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "npviewer"], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("first-paint-ms"))
    assert float(line.split()[1]) > 0
    assert (npviewer_home / "userdata.sqlite").is_file() and (npviewer_home / "npviewer.log").is_file()
