"""Korea's marker, place labels and the attribution line, drawn in device coordinates over the map."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform

from .geometry import ATTRIBUTION, KOREA, Feature, MapData
from .style import CAPTION, HALO, KOREA_BORDER, TEXT

LABEL_PX = 12.0  # label text size per unit of ``base``
CAPTION_PX = 9.5
_RING_BELOW = 40.0  # Korea gets a ring while it is smaller than this many base units
_GAP = 3.0


def font(base: float, size: float, *, bold: bool = False, family: str = "") -> QFont:
    """The label font at ``size`` units of ``base`` (pixel sizes scale with the map), in ``family``
    (the painter's own, so a PDF embeds no font of its own for the labels)."""
    result = QFont(family) if family else QFont()
    result.setPixelSize(max(1, round(size * base)))
    result.setBold(bold)
    return result


def draw_text(painter: QPainter, rect: QRectF, text: str, text_font: QFont, color: QColor, base: float) -> None:
    """Text at the top-left of ``rect`` with a white halo so it reads over any fill."""
    metrics = QFontMetricsF(text_font, painter.device())
    origin = QPointF(rect.left(), rect.top() + metrics.ascent())
    outline = QPainterPath()
    outline.addText(origin, text_font, text)
    halo = QPen(HALO, 3.0 * base, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(outline, halo)
    painter.setPen(QPen(color))
    painter.setFont(text_font)
    painter.drawText(origin, text)


def _text_rect(painter: QPainter, text: str, text_font: QFont) -> QRectF:
    metrics = QFontMetricsF(text_font, painter.device())
    return QRectF(0.0, 0.0, metrics.horizontalAdvance(text), metrics.height())


def _free(rect: QRectF, area: QRectF, placed: Sequence[QRectF], pad: float) -> bool:
    grown = rect.adjusted(-pad, -pad, pad, pad)
    return area.contains(grown) and not any(grown.intersects(other) for other in placed)


def _korea_mark(painter: QPainter, transform: QTransform, data: MapData, base: float) -> QRectF | None:
    """Ring Korea while it is small on the page; return the rectangle its label should avoid."""
    korea = data.get(KOREA)
    if korea is None:
        return None
    box = transform.mapRect(korea.path.boundingRect())
    size = max(box.width(), box.height())
    if size >= _RING_BELOW * base:
        return box
    radius = size / 2 + 5.0 * base
    ring = QRectF(box.center().x() - radius, box.center().y() - radius, 2 * radius, 2 * radius)
    painter.setPen(QPen(HALO, 4.0 * base))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    painter.setPen(QPen(KOREA_BORDER, 1.8 * base))
    painter.drawEllipse(ring)
    return ring


def _korea_candidates(mark: QRectF, size: QRectF, gap: float) -> list[QRectF]:
    """Places for Korea's label around its mark: right, left, below, above."""
    w, h, c = size.width(), size.height(), mark.center()
    return [
        QRectF(mark.right() + gap, c.y() - h / 2, w, h),
        QRectF(mark.left() - gap - w, c.y() - h / 2, w, h),
        QRectF(c.x() - w / 2, mark.bottom() + gap, w, h),
        QRectF(c.x() - w / 2, mark.top() - gap - h, w, h),
    ]


def paint_overlay(
    painter: QPainter,
    transform: QTransform,
    area: QRectF,
    data: MapData,
    labels: Sequence[tuple[str, str]],
    base: float,
    caption: str = ATTRIBUTION,
) -> None:
    """Draw, in the painter's current coordinates, Korea's ring, the labels and the caption.

    ``transform`` maps scene points to those coordinates; ``area`` is the visible map. Labels are
    placed in order and skipped where they would overlap one already placed or leave the area;
    Korea's label (code 410) is always placed.
    """
    family = painter.font().family()
    painter.save()
    small = font(base, CAPTION_PX, family=family)
    caption_rect = _text_rect(painter, caption, small)
    caption_rect.moveBottomRight(area.bottomRight() - QPointF(5.0 * base, 4.0 * base))
    draw_text(painter, caption_rect, caption, small, CAPTION, base)
    placed = [caption_rect]
    for code, text in labels:
        feature = data.get(code)
        if feature is None:
            continue
        if code == KOREA:
            placed += _label_korea(painter, transform, area, data, text, placed, base, family)
            continue
        plain = font(base, LABEL_PX, family=family)
        spot = _place(_text_rect(painter, text, plain), transform, feature, area, placed, _GAP * base)
        if spot is not None:
            draw_text(painter, spot, text, plain, TEXT, base)
            placed.append(spot)
    painter.restore()


def _label_korea(
    painter: QPainter,
    transform: QTransform,
    area: QRectF,
    data: MapData,
    text: str,
    placed: Sequence[QRectF],
    base: float,
    family: str = "",
) -> list[QRectF]:
    """Mark and label Korea if it is in view; return the rectangles now taken."""
    mark = _korea_mark(painter, transform, data, base)
    if mark is None or not mark.intersects(area):
        return []
    bold = font(base, LABEL_PX, bold=True, family=family)
    gap = _GAP * base
    options = _korea_candidates(mark, _text_rect(painter, text, bold), gap)
    spot = next((r for r in options if _free(r, area, placed, gap)), options[0])
    draw_text(painter, spot, text, bold, TEXT, base)
    return [spot, mark]


def by_priority(data: MapData, codes: Iterable[str]) -> list[str]:
    """Codes in labelling order: subdivisions first, then larger features before smaller ones."""

    def rank(code: str) -> tuple[bool, float, str]:
        feature = data.features[code]
        box = feature.path.boundingRect()
        return feature.is_country, -box.width() * box.height(), code

    return sorted((c for c in codes if c in data), key=rank)


def _place(
    size: QRectF, transform: QTransform, feature: Feature, area: QRectF, placed: Sequence[QRectF], gap: float
) -> QRectF | None:
    """A free spot for a feature's label: on its label point, else nudged while still over it."""
    anchor = transform.map(feature.label)
    inverse, _ = transform.inverted()
    w, h = size.width(), size.height()
    for dx, dy in ((0.0, 0.0), (0.0, -h), (0.0, h), (-w / 3, 0.0), (w / 3, 0.0), (0.0, -2 * h), (0.0, 2 * h)):
        rect = QRectF(size)
        rect.moveCenter(anchor + QPointF(dx, dy))
        if _free(rect, area, placed, gap) and feature.path.contains(inverse.map(rect.center())):
            return rect
    return None
