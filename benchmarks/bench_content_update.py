"""Times installing a content pack: the real content, and the 100,000-entry synthetic content.

Real content (target: under 1 s): a pack of a copy of ``data/`` with an entry added, one removed and
one changed, installed over the bundled content: in-process (median of 5, each in a fresh user dir
whose bundled store is already built, as after a first start), and as the packaged app does it,
the whole ``npviewer content install`` process (when ``dist/npviewer`` has been built).

Synthetic content (target: the window never freezes): version 1 installed over the bundled content,
then version 2 (1% of measures reworded, 0.1% removed and added) installed from the real window
(offscreen) through File > Install Content Update, while a 10 ms timer on the GUI thread records
the longest gap between its ticks: the longest time the window could not answer.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from npviewer.store.library import Library
from npviewer.store.packs import make_pack
from npviewer.store.updates import install_pack
from pack_factory import edited_content
from synth_content import synthetic_folder

ROOT = Path(__file__).resolve().parents[1]
TARGET_REAL = 1.0  # seconds
FROZEN = ROOT / "dist" / "npviewer" / "npviewer"


KEY: dict[str, Path] = {}


def signing_key(tmp: Path) -> Path:
    """A throwaway signing key for the packs timed here (installs verify its signature, as a user's do)."""
    from npviewer.store.signing import keygen

    if "private" not in KEY:
        KEY["private"] = tmp / "bench-publisher.key"
        KEY["public"] = keygen(KEY["private"], "Benchmark publisher")[0]
    return KEY["private"]


def fresh_home(parent: Path, name: str) -> Path:
    """A user data dir whose bundled store is built (as after the first start), trusting the bench key."""
    from npviewer.store.trust import add_key

    home = parent / name
    home.mkdir()
    os.environ["NPVIEWER_HOME"] = str(home)
    Library.open().close()
    add_key(KEY["public"])
    return home


def real_content(tmp: Path) -> tuple[float, float | None, int]:
    pack, _ = make_pack(edited_content(tmp / "edited").folder, tmp, "2030.01.01", signing_key(tmp))
    times = []
    for n in range(5):
        fresh_home(tmp, f"real-{n}")
        start = time.perf_counter()
        install_pack(pack)
        times.append(time.perf_counter() - start)
    frozen = None
    if FROZEN.is_file():
        runs = []
        for n in range(5):
            home = tmp / f"frozen-{n}"
            home.mkdir()
            env = {"HOME": str(home), "LANG": "C.UTF-8"}
            subprocess.run([str(FROZEN), "content", "trust", "add", str(KEY["public"])], env=env, check=True,
                           capture_output=True)  # fmt: skip
            start = time.perf_counter()
            done = subprocess.run([str(FROZEN), "content", "install", str(pack)], env=env, capture_output=True)
            runs.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"the packaged app failed: {done.stderr.decode()}")
        frozen = statistics.median(runs)
    return statistics.median(times), frozen, pack.stat().st_size


def synthetic(tmp: Path) -> None:
    start = time.perf_counter()
    folders = [synthetic_folder(1), synthetic_folder(2)]
    print(f"synthetic content files ready:           {time.perf_counter() - start:7.1f} s (cached after the first run)")
    packs = []
    for version, folder in enumerate(folders, start=1):
        start = time.perf_counter()
        pack, manifest = make_pack(folder, tmp, f"2030.0{version}.01", signing_key(tmp))
        print(f"make the synthetic pack v{version}:              {time.perf_counter() - start:7.1f} s "
              f"({manifest.entry_count:,} entries, {pack.stat().st_size / 2**20:.1f} MiB packed)")  # fmt: skip
        packs.append(pack)
    fresh_home(tmp, "synthetic")
    marks: list[tuple[str, float]] = []

    def progress(step: str, done: int, total: int) -> None:
        name = step.split(" (")[0] if not step.startswith("Writing") else "Writing the store"
        if not marks or marks[-1][0] != name:
            marks.append((name, time.perf_counter()))

    start = time.perf_counter()
    result = install_pack(packs[0], progress)
    end = time.perf_counter()
    print(f"install v1 over the bundled content:      {end - start:7.1f} s ({result.message})")
    for (name, began), (_next, until) in zip(marks, [*marks[1:], ("", end)], strict=True):
        print(f"  {name + ':':<40}{until - began:7.1f} s")
    window_install(packs[1])


def window_install(pack: Path) -> None:
    """Install from the window while a GUI-thread timer measures how long the window cannot answer."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from npviewer.app import create_main_window
    from npviewer.store.userdata import open_user_store

    app = QApplication.instance() or QApplication([])
    store = open_user_store()
    window = create_main_window(Library.open(), store, threaded=True)
    window.content_updates.interactive = False
    window.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    finished: list[str] = []
    window.content_updates.switched.connect(finished.append)
    window.content_updates.failed.connect(finished.append)
    start = time.perf_counter()
    last[0] = clock.elapsed()
    timer.start()
    window.content_updates.install(pack)
    while not finished or window.content_updates.is_running():
        app.processEvents()
        time.sleep(0.001)
    total = time.perf_counter() - start
    timer.stop()
    window.close()
    store.close()
    gaps.sort()
    worst, p99 = gaps[-1], gaps[int(len(gaps) * 0.99)]
    print(f"install v2 from the window:               {total:7.1f} s ({finished[0]})")
    print(f"  GUI thread during it: longest gap {worst:.0f} ms, p99 {p99:.0f} ms between 10 ms ticks "
          f"({len(gaps)} ticks): {'never froze' if worst < 250 else 'FROZE'} (a freeze: 250 ms or more)")  # fmt: skip


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        median, frozen, size = real_content(tmp)
        verdict = "met" if median < TARGET_REAL else "MISSED"
        print(f"install a pack of the real content:      {median * 1000:7.0f} ms median of 5 in-process "
              f"({size / 1024:.0f} KiB pack); target < {TARGET_REAL:.0f} s: {verdict}")  # fmt: skip
        if frozen is not None:
            print(f"  the packaged app, whole process:        {frozen * 1000:7.0f} ms median of 5 "
                  f"(ratio to target {frozen / TARGET_REAL:.2f})")  # fmt: skip
        else:
            print("  (no dist/npviewer: `make package` to time the packaged app too)")
        shutil.rmtree(tmp / "edited", ignore_errors=True)
        synthetic(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
