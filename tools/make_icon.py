"""Draws npviewer's icon (a compass rose over a northern arc) as ``npviewer.svg`` and ``npviewer.png``.

Run: ``python tools/make_icon.py`` (offscreen Qt, no display needed). The SVG is written by hand so it
stays small and readable; the 256x256 PNG is painted with QPainter from the same shapes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256
BACKGROUND = "#1f4e79"
ARC = "#8fc1e3"
NEEDLE_NORTH = "#e04a3f"
NEEDLE_SOUTH = "#f2f2f2"

#: The shapes in a 256x256 box: rounded square, an arc (the northern horizon), a four-point star.
SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="44" fill="{BACKGROUND}"/>
  <path d="M 40 176 A 96 96 0 0 1 216 176" fill="none" stroke="{ARC}" stroke-width="14" stroke-linecap="round"/>
  <polygon points="128,36 146,128 110,128" fill="{NEEDLE_NORTH}"/>
  <polygon points="128,220 146,128 110,128" fill="{NEEDLE_SOUTH}"/>
  <polygon points="60,128 128,112 128,144" fill="{NEEDLE_SOUTH}" opacity="0.7"/>
  <polygon points="196,128 128,112 128,144" fill="{NEEDLE_SOUTH}" opacity="0.7"/>
  <circle cx="128" cy="128" r="10" fill="{BACKGROUND}" stroke="{NEEDLE_SOUTH}" stroke-width="4"/>
</svg>
"""


def paint_png(target: Path) -> None:
    """Paint the same shapes as :data:`SVG` into a 256x256 PNG with QPainter."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(BACKGROUND))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    pen = QPen(QColor(ARC), 14)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    # The arc of a circle centred (128, 176+sqrt(96^2-88^2)) through (40,176) and (216,176): draw the
    # upper part of a circle of radius 96 whose chord is y=176.
    centre_y = 176 + (96**2 - 88**2) ** 0.5
    box = QRectF(128 - 96, centre_y - 96, 192, 192)
    half_angle = 66.44  # degrees from vertical to the chord ends (asin(88/96))
    p.drawArc(box, int((90 - half_angle) * 16), int(2 * half_angle * 16))

    def polygon(points: list[tuple[float, float]], color: str, opacity: float = 1.0) -> None:
        c = QColor(color)
        c.setAlphaF(opacity)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(c))
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    polygon([(128, 36), (146, 128), (110, 128)], NEEDLE_NORTH)
    polygon([(128, 220), (146, 128), (110, 128)], NEEDLE_SOUTH)
    polygon([(60, 128), (128, 112), (128, 144)], NEEDLE_SOUTH, 0.7)
    polygon([(196, 128), (128, 112), (128, 144)], NEEDLE_SOUTH, 0.7)
    p.setPen(QPen(QColor(NEEDLE_SOUTH), 4))
    p.setBrush(QColor(BACKGROUND))
    p.drawEllipse(QPointF(128, 128), 10, 10)
    p.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    del app


def main() -> int:
    """Write both icon files and say where."""
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    svg = ICON_DIR / "npviewer.svg"
    svg.write_text(SVG, encoding="utf-8")
    png = ICON_DIR / "npviewer.png"
    paint_png(png)
    print(f"wrote {svg} and {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
