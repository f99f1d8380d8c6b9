"""Times the brief (model, map, Typst, file written) in a fresh process each run, over opening the store:
the eastern short brief, its full dossier, the meeting brief, and a synthetic region of 1,000 measures
(full); each beside plain Typst's time for the same number of pages (paragraphs of plain text, the same
bundled fonts and PDF/UA-1). Typst memoises within a process, so only first calls are timed.

Two processes are timed: the command line's (nothing of Qt loaded: the map's labels import QtGui) and
the window's (QtGui loaded and an application made before the clock starts, as in the export dialog)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from content_factory import mini_files, write_content  # noqa: E402

TARGETS = {"eastern": 0.3, "eastern-full": 0.5, "synthetic-full": 1.5}
RUNS = 5
MEASURES = 1000
DIRECTIONS = 10

CHILD = r"""
import json, os, sys, time
window = sys.argv[4] == "window"
if window:
    from PySide6.QtWidgets import QApplication
    app = QApplication(["bench", "-platform", "offscreen"])
from pathlib import Path
from npviewer.store.library import Library
lib = Library.open(None if sys.argv[1] == "-" else Path(sys.argv[1]), Path(sys.argv[2]))
spec = json.loads(sys.argv[3])
start = time.perf_counter()
from npviewer.brief.export import export_brief
path = export_brief(spec.pop("subject"), spec.pop("output"), library=lib, **spec)
took = time.perf_counter() - start
from npviewer.brief.pdf import page_count
print(json.dumps({"seconds": took, "pages": page_count(path.read_bytes())}))
"""

PLAIN = r"""
import json, sys, time
import typst
from npviewer.brief.pdf import fonts, page_count
n = int(sys.argv[1])
para = ("Cooperation in logistics, energy and ports between the two sides, with a statement long enough "
        "to wrap across several lines of the page, as a paragraph of a brief would. ")
def doc(n):
    body = "\n\n".join(f"{para * 3}{i}" for i in range(n))
    return ('#set document(title: "plain")\n#set text(font: ("Noto Sans",), size: 9.6pt, lang: "en")\n'
            '#set page(paper: "a4")\n' + body)
start = time.perf_counter()
data = typst.compile(doc(n).encode(), format="pdf", font_paths=fonts(), pdf_standards=["ua-1"])
print(json.dumps({"seconds": time.perf_counter() - start, "pages": page_count(data)}))
"""


def synthetic_files() -> dict[str, Any]:
    """The test content with its eastern region grown to 1,000 measures (and as many notes)."""
    files = mini_files()
    cite = [{"doc": "other", "locator": "para. 1", "summary": "a synthetic summary"}]
    directions = []
    per = MEASURES // DIRECTIONS
    for d in range(DIRECTIONS):
        measures = []
        for m in range(per):
            n = d * per + m
            measures.append({
                "id": f"synthetic-measure-{n}", "kind": "measure", "title": f"Synthetic measure {n}",
                "text": f"Synthetic measure {n}: cooperation in logistics, energy and ports, phase {n % 7}, "
                        "with a statement long enough to wrap across two lines of the brief",
                "sources": [{"doc": "other", "locator": f"para. {n}"}],
                "children": [{"id": f"synthetic-sub-{n}", "kind": "submeasure", "title": f"Sub-measure {n}",
                              "sources": cite}],
            })  # fmt: skip
        directions.append({"id": f"synthetic-direction-{d}", "kind": "direction",
                           "title": f"Synthetic direction {d}", "sources": cite, "children": measures})  # fmt: skip
    files["regions/eastern.yaml"]["entries"][0]["children"].extend(directions)
    return files


def run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", *args], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed: {done.stderr[-800:]}")
    return done.stdout.strip().splitlines()[-1]


def timed(content: str, store: Path, spec: dict[str, Any], mode: str, env: dict[str, str]) -> tuple[float, int]:
    results = [json.loads(run([CHILD, content, str(store), json.dumps(spec), mode], env)) for _ in range(RUNS)]
    return statistics.median(r["seconds"] for r in results), results[0]["pages"]


def plain(pages: int, env: dict[str, str]) -> float:
    """Plain Typst's time for as many pages of plain paragraphs (their number found first, untimed)."""
    n = pages * 7
    for _ in range(6):
        got = json.loads(run([PLAIN, str(n)], env))["pages"]
        if got == pages:
            break
        n = max(1, round(n * pages / max(1, got)) + (1 if got < pages else -1))
    return statistics.median(json.loads(run([PLAIN, str(n)], env))["seconds"] for _ in range(RUNS))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "NPVIEWER_HOME": str(folder / "home"), "QT_QPA_PLATFORM": "offscreen"}
        synthetic = write_content(folder / "content", synthetic_files())
        cases = [
            ("eastern", "-", folder / "real.sqlite", {"subject": "eastern"}),
            ("eastern-full", "-", folder / "real.sqlite", {"subject": "eastern", "full": True}),
            ("meeting", "-", folder / "real.sqlite", {"subject": None, "meeting": "ru-fe-subcommittee-13"}),
            ("synthetic-full", str(synthetic), folder / "big.sqlite", {"subject": "eastern", "full": True}),
        ]
        for content, store in {(c[1], c[2]) for c in cases}:  # build each store once, outside the clock
            run([CHILD, content, str(store), json.dumps({"subject": "eastern", "output": str(folder / "w.pdf")}),
                 "cli"], env)  # fmt: skip
        columns = ("brief", "pages", "command line", "window", "plain Typst", "ratio")
        print(f"{columns[0]:16s} {columns[1]:>5s} {columns[2]:>13s} {columns[3]:>8s} {columns[4]:>12s} "
              f"{columns[5]:>6s}  target")  # fmt: skip
        for name, content, store, spec in cases:
            spec = {**spec, "output": str(folder / f"{name}.pdf")}
            cli, pages = timed(content, store, spec, "cli", env)
            window, _ = timed(content, store, spec, "window", env)
            base = plain(pages, env)
            target = TARGETS.get(name)
            verdict = "" if target is None else f"<= {target:.1f} s: " + ("met" if window <= target else "MISSED") + (
                "" if cli <= target else f" (command line {cli:.2f} s)")  # fmt: skip
            print(f"{name:16s} {pages:5d} {cli:12.3f}s {window:7.3f}s {base:11.3f}s {window / base:5.1f}x  {verdict}",
                  flush=True)  # fmt: skip
    print(f"(medians of {RUNS} fresh processes each, over opening the store; window: QtGui already loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
