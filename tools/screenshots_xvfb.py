"""Takes the README's keyboard screenshots of the real app, started as a user starts it, driven by real
key presses (xdotool) under Xvfb, at 1024x700 and 1366x768: the timeline zoomed out, the keys in the
entry (its focus ring, a link chosen by Tab), and the dark theme chosen from View > Theme.

Run: ``python tools/screenshots_xvfb.py [FOLDER]`` (needs Xvfb, xdotool and ImageMagick's ``import``;
tools/ensure-sysdeps.sh installs them). Uses a throwaway user data dir per size; writes
``timeline-WxH.png``, ``focus-WxH.png`` and ``dark-WxH.png`` to FOLDER (default docs/screenshots).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1024, 700), (1366, 768))


def xdo(display: str, *args: str) -> str:
    out = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True)
    return out.stdout.strip()


def keys(display: str, window: str, *names: str, pause: float = 0.35) -> None:
    for name in names:
        xdo(display, "key", "--window", window, "--clearmodifiers", name)
        time.sleep(pause)


def typed(display: str, window: str, text: str) -> None:
    xdo(display, "type", "--window", window, "--delay", "60", text)
    time.sleep(0.8)


def shot(display: str, path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, "DISPLAY": display}, check=True)
    print("saved", path)


def prepare_home(home: Path) -> None:
    """A user's data with one bookmark and its note, and the content store made."""
    env = {**os.environ, "NPVIEWER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "from npviewer.store.library import Library\n"
        "from npviewer.store.userdata import open_user_store\n"
        "Library.open().close()\n"
        "s = open_user_store()\n"
        "s.add_bookmark('eastern-rajin-khasan', 'Preparing to resume the Rajin-Khasan logistics project')\n"
        "s.set_note('eastern-rajin-khasan', 'Ask about the timetable for resuming it.')\n"
        "s.close()\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, check=True)


def run_size(width: int, height: int, out: Path) -> None:
    display = f":{60 + width % 7}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    home = Path(tempfile.mkdtemp(prefix="npviewer-xvfb-"))
    app = None
    try:
        time.sleep(1.0)
        prepare_home(home)
        env = {**os.environ, "DISPLAY": display, "NPVIEWER_HOME": str(home), "LANG": "C.UTF-8"}
        env.pop("QT_QPA_PLATFORM", None)
        app = subprocess.Popen([sys.executable, "-m", "npviewer"], env=env, cwd=ROOT)
        window = xdo(display, "search", "--sync", "--onlyvisible", "--name", "npviewer").splitlines()[0]
        time.sleep(2.0)
        xdo(display, "windowmove", window, "0", "0")
        xdo(display, "windowsize", window, str(width), str(height))
        xdo(display, "windowfocus", "--sync", window)
        time.sleep(1.0)
        # the timeline zoomed out: Ctrl+T gives it the keys; minus zooms out, Right chooses an event
        keys(display, window, "ctrl+k")
        typed(display, window, "Rajin")
        keys(display, window, "Down", "Return", "ctrl+t", pause=0.8)
        keys(display, window, "Home", "minus", "Right", pause=0.6)
        shot(display, out / f"timeline-{width}x{height}.png")
        # the keys in the entry: Ctrl+T takes them back; Enter in the search field opens the first result
        # with the keys in its text, and Tab goes on to its links (the first in view), then the next
        keys(display, window, "ctrl+t", "ctrl+k")
        typed(display, window, "Eastern Region")
        keys(display, window, "Return", pause=1.0)
        keys(display, window, "Tab", "Tab", pause=0.5)
        shot(display, out / f"focus-{width}x{height}.png")
        # View > Theme > Dark by the menus' keys, with the timeline back
        keys(display, window, "alt+v", "h", "d", pause=0.7)
        keys(display, window, "ctrl+t", pause=1.0)
        keys(display, window, "F6", pause=0.5)
        shot(display, out / f"dark-{width}x{height}.png")
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=20)
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        run_size(width, height, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
