"""Times the brief (model, Typst, PDF written): the real eastern brief, and a synthetic region with 1,000
measures. Each export is timed whole, in one process (the first, which loads the fonts, is a warm-up)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from content_factory import mini_files, write_content
from npviewer.brief.export import export_brief
from npviewer.store.library import Library

TARGET_EASTERN = 0.3  # seconds, the real eastern brief (Qt's writer took 0.32 s)
TARGET_LARGE = 2.0  # seconds, a region of 1,000 measures (Qt's writer took 1.38 s)
MEASURES = 1000
DIRECTIONS = 10


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


def timed(region: str, output: Path, library: Library, runs: int) -> tuple[float, int]:
    times = []
    export_brief(region, output, library=library)  # warm-up: Typst reads the bundled fonts once per process
    for _ in range(runs):
        start = time.perf_counter()
        export_brief(region, output, library=library)
        times.append(time.perf_counter() - start)
    import subprocess

    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True).stdout
    pages = next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), 0)
    return statistics.median(times), pages


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["NPVIEWER_HOME"] = str(folder / "home")
        real = Library.open(None, folder / "real.sqlite")
        small, small_pages = timed("eastern", folder / "eastern.pdf", real, runs=5)
        real.close()
        content = write_content(folder / "content", synthetic_files())
        big_lib = Library.open(content, folder / "big.sqlite")
        big, big_pages = timed("eastern", folder / "big.pdf", big_lib, runs=3)
        big_lib.close()
    print(
        f"eastern brief (real content):      {small * 1000:7.0f} ms median of 5, {small_pages} pages; "
        f"target <= {TARGET_EASTERN * 1000:.0f} ms: {'met' if small <= TARGET_EASTERN else 'MISSED'}"
    )
    print(
        f"synthetic region, {MEASURES} measures:  {big * 1000:7.0f} ms median of 3, {big_pages} pages; "
        f"target <= {TARGET_LARGE:.0f} s: {'met' if big <= TARGET_LARGE else 'MISSED'}"
    )
    print(f"ratio large/eastern: {big / small:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
