"""Runs every benchmark in turn (``make bench``) and prints their figures.

Each benchmark is a standalone script printing its own figures and ratios against its target.
A benchmark that fails is reported and the others still run; the exit status is 1 if any failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = [
    "bench_search.py",
    "bench_keystroke.py",
    "bench_startup.py",
    "bench_timeline.py",
    "bench_map.py",
    "bench_typst.py",
    "bench_brief.py",
    "bench_content_update.py",
    "bench_package.py",
]


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for name in ORDER:
        script = HERE / name
        if not script.is_file():
            print(f"== {name}: missing", flush=True)
            failed.append(name)
            continue
        print(f"\n== {name}", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], env=env, check=False)
        print(f"-- {name}: exit {result.returncode} after {time.perf_counter() - start:.0f} s", flush=True)
        if result.returncode != 0:
            failed.append(name)
    print(f"\n{len(ORDER) - len(failed)} of {len(ORDER)} benchmarks ran" + (f"; failed: {failed}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
