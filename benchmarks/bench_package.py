"""The packaged app against a minimal frozen PySide6 widgets app built the same way.

Builds (or reuses, in ``benchmarks/out/package/``) a minimal app (a tree and a text browser) with
``build.spec``'s own Qt trimming (``NPVIEWER_SPEC_MINIMAL``), reuses ``dist/npviewer`` (or builds it),
and prints each one's size, file count and time to the first painted window, with npviewer's ratio
to the minimal app. Targets: size at most 1.2x, start-up at most 1.3x. Always exits 0: it reports.

Start-up is measured from outside, from just before the process starts to the moment its
``first-paint-ms`` line arrives on stdout, offscreen; the apps also report their own age at first
paint (from ``/proc``, 10 ms resolution). Both print the line as the first Paint event arrives
(not a turn of the event loop later, when npviewer makes the rest of its window). npviewer starts
as a user starts it (``npviewer``), with ``NPVIEWER_BENCH_FIRST_PAINT=1`` making it report its
first paint and quit.

Run: ``python benchmarks/bench_package.py [--runs N] [--rebuild]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out" / "package"
NPVIEWER = ROOT / "dist" / "npviewer" / "npviewer"
SIZE_TARGET = 1.2
STARTUP_TARGET = 1.3

MINIMAL_APP = '''"""A minimal PySide6 widgets app: a tree and a text browser; prints its first paint, then quits."""
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView


def age_ms():
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        import os
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000
    except Exception:
        return -1.0


class Probe(QObject):
    done = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint-ms {age_ms():.0f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel()
for i in range(50):
    model.appendRow(QStandardItem(f"Entry {i}"))
tree = QTreeView()
tree.setModel(model)
split = QSplitter()
split.addWidget(tree)
split.addWidget(QTextBrowser())
window.setCentralWidget(split)
window.resize(1280, 800)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
'''


@dataclass(frozen=True)
class Bundle:
    """One built app folder."""

    name: str
    executable: Path
    args: tuple[str, ...]

    @property
    def folder(self) -> Path:
        """The onedir folder."""
        return self.executable.parent

    def size_and_files(self) -> tuple[int, int]:
        """Bytes of the regular files (symbolic links not followed) and how many there are."""
        files = [p for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()]
        return sum(p.stat().st_size for p in files), len(files)


def build_minimal(rebuild: bool) -> Bundle:
    """The minimal app, built with build.spec's trimming (reused unless ``rebuild``)."""
    executable = OUT / "dist" / "minimal" / "minimal"
    script = OUT / "minimal_app.py"
    if rebuild or not executable.is_file() or not script.is_file() or script.read_text() != MINIMAL_APP:
        OUT.mkdir(parents=True, exist_ok=True)
        script.write_text(MINIMAL_APP, encoding="utf-8")
        print("building the minimal app ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work"), str(ROOT / "build.spec")],
            env={**os.environ, "NPVIEWER_SPEC_MINIMAL": str(script)}, check=True, cwd=ROOT,
        )  # fmt: skip
    return Bundle("minimal", executable, ())


def build_npviewer(rebuild: bool) -> Bundle:
    """``dist/npviewer`` (built with ``make package`` when missing or ``rebuild``)."""
    if rebuild or not NPVIEWER.is_file():
        print("building npviewer (make package) ...", flush=True)
        subprocess.run(["make", "package"], cwd=ROOT, check=True)
    return Bundle("npviewer", NPVIEWER, ())


def first_paint(bundle: Bundle, home: Path) -> tuple[float, float]:
    """One start: (ms measured from outside, ms the app reports) to its first painted window."""
    env = {
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "NPVIEWER_BENCH_FIRST_PAINT": "1",
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(bundle.executable), *bundle.args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    outside = reported = -1.0
    for line in proc.stdout:
        if line.startswith("first-paint-ms"):
            outside = (time.perf_counter() - started) * 1000
            value = line.split()[1]
            reported = float(value) if value.replace(".", "").isdigit() else -1.0
            break
    proc.wait(timeout=60)
    if outside < 0:
        raise RuntimeError(f"{bundle.name} never printed first-paint-ms (exit status {proc.returncode})")
    return outside, reported


def typst_size(folder: Path) -> int:
    """Bytes of the Typst compiler's shared library in a bundle (0 if it has none)."""
    return sum(p.stat().st_size for p in folder.rglob("_typst*.so") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Build or reuse both apps, measure them, print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=9, help="starts per app (default 9; the median is shown)")
    parser.add_argument("--rebuild", action="store_true", help="build both apps again")
    args = parser.parse_args(argv)
    bundles = [build_minimal(args.rebuild), build_npviewer(args.rebuild)]
    times: dict[str, list[tuple[float, float]]] = {b.name: [] for b in bundles}
    with tempfile.TemporaryDirectory(prefix="npviewer-bench-") as tmp:
        for bundle in bundles:
            first_paint(bundle, Path(tmp))  # warm the page cache once
        for _ in range(args.runs):
            for bundle in bundles:  # alternate, so drift hits both alike
                times[bundle.name].append(first_paint(bundle, Path(tmp)))
    figures = {}
    print(f"{'app':<10} {'size':>9} {'files':>6} {'first paint (outside)':>22} {'(self-reported)':>16}")
    for bundle in bundles:
        size, files = bundle.size_and_files()
        outside = statistics.median(t[0] for t in times[bundle.name])
        reported = statistics.median(t[1] for t in times[bundle.name])
        figures[bundle.name] = (size, files, outside)
        print(f"{bundle.name:<10} {size / 1e6:>7.1f}MB {files:>6} {outside:>19.0f} ms {reported:>13.0f} ms")
    (m_size, m_files, m_time), (n_size, n_files, n_time) = figures["minimal"], figures["npviewer"]
    compiler = typst_size(bundles[1].folder)
    size_ratio, startup_ratio = n_size / (m_size + compiler), n_time / m_time
    verdict = "ok" if size_ratio <= SIZE_TARGET else "OVER"
    print(f"Typst compiler in the bundle (stripped): {compiler / 1e6:.1f} MB")
    print(
        f"size ratio     {size_ratio:.2f}x of the minimal app plus the compiler (target <= {SIZE_TARGET}x) "
        f"{verdict}; {n_size / m_size:.2f}x of the minimal app alone"
    )
    print(f"files ratio    {n_files / m_files:.2f}x")
    print(
        f"startup ratio  {startup_ratio:.2f}x (target <= {STARTUP_TARGET}x) "
        f"{'ok' if startup_ratio <= STARTUP_TARGET else 'OVER'}  (median of {args.runs}, offscreen)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
