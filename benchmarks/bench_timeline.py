"""Paint time of the timeline view with 10,000 events, zoomed out and at about two years.

Run: python benchmarks/bench_timeline.py [--frames N]. Prints figures only, always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import PySide6
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from npviewer.store.dates import PartialDate
from npviewer.store.records import TimelineEvent
from npviewer.ui.timeline.view import TimelineView

TARGET_MS = 16.0
KINDS = ("meeting", "forum", "summit", "milestone")
REGIONS = ("western", "central", "eastern")


def synthetic_events(count: int, seed: int = 20171207) -> list[TimelineEvent]:
    """Events over 1990-2030: mostly known days, some months and years, some ranges and flags."""
    rnd = random.Random(seed)
    first, last = dt.date(1990, 1, 1).toordinal(), dt.date(2030, 12, 31).toordinal()
    events = []
    for i in range(count):
        day = dt.date.fromordinal(rnd.randint(first, last))
        roll = rnd.random()
        start = PartialDate(f"{day:%Y-%m}" if roll < 0.15 else f"{day:%Y}" if roll < 0.2 else day.isoformat())
        end = None
        if start.precision == "day" and rnd.random() < 0.2:
            end = PartialDate((day + dt.timedelta(days=rnd.randint(1, 4))).isoformat())
        regions = tuple(rnd.sample(REGIONS, 2)) if rnd.random() < 0.05 else (rnd.choice(REGIONS),)
        events.append(
            TimelineEvent(
                f"ev-{i}",
                rnd.choice(KINDS),
                f"Synthetic {rnd.choice(KINDS)} no. {i} on cooperation",
                start,
                end,
                rnd.random() < 0.05,
                rnd.random() < 0.03,
                regions,
                (),
            )
        )
    return events


def measure(view: TimelineView, image: QImage, frames: int, before: Callable[[int], None]) -> list[float]:
    for i in range(3):  # warm caches
        before(i)
        view.render(image)
    times = []
    for i in range(frames):
        before(i)
        started = time.perf_counter()
        view.render(image)
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    median = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<34} {median:8.2f} {p95:8.2f} {median / TARGET_MS:8.2f} {p95 / TARGET_MS:8.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    view = TimelineView()
    view.resize(1280, 600)
    started = time.perf_counter()
    view.set_events(synthetic_events(args.events))
    load_ms = (time.perf_counter() - started) * 1000
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def still(_i: int) -> None:
        pass

    def pan(i: int) -> None:  # a drag: 8 px per frame, back and forth
        view.pan_by(8 if (i // 30) % 2 else -8)

    def zoom(i: int) -> None:  # wheel notches in and out about one point: every frame re-plans
        view.zoom_by(1.2 if i % 2 else 1 / 1.2, 640)

    print(f"timeline paint, {args.events} events, {view.width()}x{view.height()} px, {args.frames} frames each")
    print(f"Qt platform {app.platformName()}, PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}")
    print(f"set_events (sort, lanes, first fit): {load_ms:.1f} ms")
    print(f"{'case':<34} {'median':>8} {'p95':>8} {'med/16':>8} {'p95/16':>8}   (ms; ratio to {TARGET_MS:g} ms)")
    view.fit_all()
    first, last = view.visible_range()
    report(f"all {first.year}-{last.year}, still", measure(view, image, args.frames, still))
    report("all, panning", measure(view, image, args.frames, pan))
    view.show_range(dt.date(2014, 1, 1), dt.date(2015, 12, 31))
    report("2 years (2014-2015), still", measure(view, image, args.frames, still))
    report("2 years, panning", measure(view, image, args.frames, pan))
    report("2 years, zooming (wheel)", measure(view, image, args.frames, zoom))
    frame = view.frame()
    print(f"at 2 years: {len(frame.items)} events drawn one by one, {len(frame.groups)} badges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
