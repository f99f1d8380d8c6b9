"""Runs every benchmark in turn (``make bench``) and prints their figures.

Each benchmark is a standalone script printing its own figures and ratios against its target.
A benchmark that fails is reported and the others still run; the exit status is 1 if any failed.

Before and after each benchmark the machine's own speed is printed (a plain Python loop, best of
three): this machine has run at about half speed for hours at a time, and a figure is read beside it.
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


LOOP = 3_000_000
QUIET = 0.10  # seconds the loop takes at a quiet moment of the 2-core machine (0.19-0.24 s at its slow times)


def machine_speed() -> str:
    """The machine's speed now: the loop's best of three against its quiet-moment time."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(LOOP):
            total += i
        best = min(best, time.perf_counter() - start)
    return f"machine: a loop of {LOOP:,} additions {best:.2f} s ({best / QUIET:.1f}x its quiet-moment {QUIET} s)"


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for name in ORDER:
        script = HERE / name
        if not script.is_file():
            print(f"== {name}: missing", flush=True)
            failed.append(name)
            continue
        print(f"\n== {name}\n{machine_speed()}", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], env=env, check=False)
        took = time.perf_counter() - start
        print(f"-- {name}: exit {result.returncode} after {took:.0f} s; {machine_speed()}", flush=True)
        if result.returncode != 0:
            failed.append(name)
    print(f"\n{len(ORDER) - len(failed)} of {len(ORDER)} benchmarks ran" + (f"; failed: {failed}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
