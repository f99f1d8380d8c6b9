"""Load time of the shipped map, and paint time of each region's map on an image and in the widget:
a repaint as it stands, after a pan (labels placed from the scale's cache) and after a zoom step (a new
scale: where the labels fit is worked out again).

Run: python benchmarks/bench_map.py [--repeat N]. Prints figures only, always exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from npviewer.map.qt_shapes import load_map, map_file
from npviewer.map.render import paint_map
from npviewer.ui.map.view import MapView

REGIONS = {
    "western": {"643", "804", "112"},
    "central": {"398", "860", "417", "762", "795", "496"},
    "eastern": {"RU-PRI", "CN-HL", "CN-JL", "CN-LN"},
    # what the window shows for the eastern region: the Far East's federal subjects and the provinces
    "eastern-subjects": {
        "RU-AMU",
        "RU-BU",
        "RU-ZAB",
        "RU-PRI",
        "RU-SA",
        "RU-YEV",
        "RU-KHA",
        "RU-MAG",
        "RU-SAK",
        "RU-KAM",
        "RU-CHU",
        "CN-HL",
        "CN-JL",
        "CN-LN",
    },
}


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def paint_image(highlight: set[str]) -> QImage:
    """One region's map on a 1000 x 650 image."""
    image = QImage(1000, 650, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_map(painter, QRectF(0, 0, 1000, 650), highlight)
    painter.end()
    return image


_pans = [0]


def pan(view: MapView) -> object:
    """Move the map 40 pixels sideways (back and forth) and repaint it."""
    _pans[0] += 1
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + (40 if _pans[0] % 2 else -40))
    return view.grab()


def zoom(view: MapView) -> object:
    """One zoom step in or out (alternately: each a new scale) and repaint."""
    _pans[0] += 1
    if _pans[0] % 2:
        view.zoom_in()
    else:
        view.zoom_out()
    return view.grab()


def resize(view: MapView) -> object:
    """Resize the map by 16 pixels (wider and narrower by turns): it frames the region again."""
    _pans[0] += 1
    view.resize(960 + (16 if _pans[0] % 2 else -16), 600)
    return view.grab()


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)

    def cold_load() -> object:
        load_map.cache_clear()
        return load_map()

    print(f"map file: {map_file().stat().st_size:,} bytes, {len(load_map().features)} features")
    print(f"load and project: {median_ms(cold_load, args.repeat):.1f} ms")
    view = MapView()
    view.resize(960, 600)
    view.show()
    app.processEvents()
    for name, codes in REGIONS.items():
        image_ms = median_ms(lambda codes=codes: paint_image(codes), args.repeat)
        view.show_region(codes)
        widget_ms = median_ms(view.grab, args.repeat)
        pan_ms = median_ms(lambda: pan(view), args.repeat)
        zoom_ms = median_ms(lambda: zoom(view), args.repeat)
        resize_ms = median_ms(lambda: resize(view), args.repeat)
        view.resize(960, 600)
        view.fit()
        print(
            f"{name}: paint_map 1000x650 {image_ms:.1f} ms; MapView 960x600 repaint {widget_ms:.1f} ms, "
            f"pan and repaint {pan_ms:.1f} ms, zoom step and repaint {zoom_ms:.1f} ms, "
            f"resize (framed again) and repaint {resize_ms:.1f} ms"
        )
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
