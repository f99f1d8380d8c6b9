"""Runs the real command line in a child process, as a user would, with its own user data dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def npviewer(*args: str, home: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """``python -m npviewer ARGS`` with ``home`` as NPVIEWER_HOME and no display."""
    env = {**os.environ, "NPVIEWER_HOME": str(home)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "npviewer", *args], capture_output=True, text=True, env=env, timeout=timeout
    )
