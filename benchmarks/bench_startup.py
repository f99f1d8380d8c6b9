"""Process start to the first painted main window: npviewer's ``run_gui`` against a bare PySide6 window.

Each run is a fresh process. The child records ``time.monotonic()`` (one clock for every process
on Linux) when its main window gets its first Paint event and quits; the parent subtracts the
moment it started the process. npviewer starts through its real entry point (``npviewer`` with no
argument, as the packaged app); the bare window has the same widget types (tree, text browser,
line edit, list) and nothing else. The child imports nothing of the benchmark's own before it
starts either window. Runs under the offscreen platform, and under Xvfb when it is installed.
The two windows start in turns (bare, npviewer, bare...), so a busy machine slows both alike.
A first start of npviewer, left to finish, comes before them: it builds the content store and saves
which store the next first paint reads its tree and welcome page from, as every start after a
user's very first one does (a start that quits at its paint never gets that far).
Target: npviewer at most 1.3x the bare window (median of N runs).

npviewer's modules are compiled first (as ``make bytecode`` does, and as the packaged app carries
them): with ``PYTHONDONTWRITEBYTECODE`` set, a module without a current ``.pyc`` is compiled again at
every start, 50-60 ms for the window's modules. The house-by-feature move left every moved module so
(new paths, no ``.pyc``) while the old paths still had theirs, and read as a 75 ms regression.

Run: ``python benchmarks/bench_startup.py [--runs N]``
"""

from __future__ import annotations

import os
import sys
import time

TARGET_RATIO = 1.3
SETTLE_MS = 1500


def _child(kind: str, settle: bool = False) -> None:
    """In the child process: build the window, report the first paint, quit (``settle``: a second
    later, once the start-up after the paint is done and has saved what the next first paint reads)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                self.done = True
                print(f"PAINTED {time.monotonic():.6f}", flush=True)
                if settle:
                    QTimer.singleShot(SETTLE_MS, lambda: [w.close() for w in app.topLevelWidgets()])
                    QTimer.singleShot(SETTLE_MS + 200, app.quit)
                else:
                    QTimer.singleShot(0, app.quit)
            return False

    hook = FirstPaint()
    app.installEventFilter(hook)
    if kind == "npviewer":
        from npviewer.__main__ import main

        sys.argv = ["npviewer"]
        main()
    else:
        from PySide6.QtWidgets import QLineEdit, QListView, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget

        window = QMainWindow()
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(QLineEdit())
        layout.addWidget(QTreeView())
        layout.addWidget(QListView())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(QTextBrowser())
        window.setCentralWidget(splitter)
        window.resize(1280, 800)
        window.show()
        app.exec()


def _measure(kind: str, env: dict[str, str], settle: bool = False) -> float:
    import subprocess

    start = time.monotonic()
    command = [sys.executable, __file__, "--child", kind, *(["--settle"] if settle else [])]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("PAINTED "))
    return (float(line.split()[1]) - start) * 1000


def _series(label: str, env: dict[str, str], runs: int) -> None:
    import statistics

    # Warm the caches, make the content store current, and let the start-up after the paint finish: it
    # saves which store the next first paint reads its tree and welcome page from (as every start but
    # the very first one does). A measured start quits at its paint, before that part runs.
    _measure("npviewer", env, settle=True)
    bare: list[float] = []
    app: list[float] = []
    for _ in range(runs):  # in turns, so that both see the same load on a shared machine
        bare.append(_measure("bare", env))
        app.append(_measure("npviewer", env))
    ratio = statistics.median(app) / statistics.median(bare)
    print(f"{label}: bare window median {statistics.median(bare):.0f} ms (min {min(bare):.0f}), ", end="")
    print(f"npviewer median {statistics.median(app):.0f} ms (min {min(app):.0f}); ratio {ratio:.2f}x ", end="")
    print(f"({'meets' if ratio <= TARGET_RATIO else 'MISSES'} the {TARGET_RATIO}x target)")


def main() -> int:
    if sys.argv[1:2] == ["--child"]:  # the measured process: nothing else imported first
        _child(sys.argv[2], settle="--settle" in sys.argv[3:])
        return 0
    import argparse
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    import compileall

    source = Path(__file__).resolve().parents[1] / "src"
    compileall.compile_dir(str(source), quiet=1)  # a start that compiles its modules is not the app's start
    home = tempfile.mkdtemp(prefix="npviewer-bench-")
    env = {**os.environ, "NPVIEWER_HOME": home, "LANG": os.environ.get("LANG", "C.UTF-8")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH")]))
    _series("offscreen", {**env, "QT_QPA_PLATFORM": "offscreen"}, args.runs)
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("Xvfb: not installed, skipped")
        return 0
    display = f":{90 + os.getpid() % 9}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(1.0)
        xenv = {k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        _series("Xvfb (xcb)", {**xenv, "DISPLAY": display}, args.runs)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
