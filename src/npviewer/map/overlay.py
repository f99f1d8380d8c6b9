"""Korea's marker, place labels and the attribution line, drawn in device coordinates over the map."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPainterPath, QPen, QTransform

from .labels import Label, Placed, Placer
from .qt_shapes import ATTRIBUTION, KOREA, MapData
from .style import CAPTION, HALO, KOREA_BORDER, TEXT

LABEL_PX = 12.0  # label text size per unit of ``base``
CAPTION_PX = 9.5
_RING_BELOW = 40.0  # Korea gets a ring while it is smaller than this many base units


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


def _text_rect(device: QPaintDevice, text: str, text_font: QFont) -> QRectF:
    metrics = QFontMetricsF(text_font, device)
    return QRectF(0.0, 0.0, metrics.horizontalAdvance(text), metrics.height())


def _korea_mark(transform: QTransform, data: MapData, base: float) -> tuple[QRectF, bool] | None:
    """Korea's mark: a ring while Korea is small on the page, else Korea's bounds; and whether ringed
    (other labels keep off a ring)."""
    korea = data.get(KOREA)
    if korea is None:
        return None
    box = transform.mapRect(korea.path.boundingRect())
    size = max(box.width(), box.height())
    if size >= _RING_BELOW * base:
        return box, False
    radius = size / 2 + 5.0 * base
    return QRectF(box.center().x() - radius, box.center().y() - radius, 2 * radius, 2 * radius), True


def _draw_ring(painter: QPainter, ring: QRectF, base: float) -> None:
    painter.setPen(QPen(HALO, 4.0 * base))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    painter.setPen(QPen(KOREA_BORDER, 1.8 * base))
    painter.drawEllipse(ring)


def _caption_rect(device: QPaintDevice, area: QRectF, caption: str, caption_font: QFont, base: float) -> QRectF:
    rect = _text_rect(device, caption, caption_font)
    rect.moveBottomRight(area.bottomRight() - QPointF(5.0 * base, 4.0 * base))
    return rect


def _clear_of(caption: QRectF, base: float) -> QRectF:
    """The room the caption keeps to itself: a label right beside it would read as part of it."""
    return caption.adjusted(-12.0 * base, -4.0 * base, 0.0, 0.0)


def korea_named(
    device: QPaintDevice,
    transform: QTransform,
    area: QRectF,
    data: MapData,
    texts: Sequence[str],
    base: float,
    caption: str = ATTRIBUTION,
    placer: Placer | None = None,
    family: str = "",
) -> str | None:
    """Which of Korea's ``texts`` :func:`paint_overlay` would draw (None: no room for any; the first
    when Korea is out of view, as there is nothing to name)."""
    found = _korea_mark(transform, data, base)
    if found is None or not found[0].intersects(area):
        return texts[0] if texts else None
    mark, ringed = found
    taken = [_clear_of(_caption_rect(device, area, caption, font(base, CAPTION_PX, family=family), base), base)]
    taken += [mark] if ringed else []
    bold = font(base, LABEL_PX, bold=True, family=family)

    def measure(text: str, _bold: bool) -> QSizeF:
        return _text_rect(device, text, bold).size()

    label = Label(KOREA, tuple(texts), bold=True)
    placed = (placer or Placer(data)).place(transform, area, [label], measure, taken, mark)
    return placed[0].text if placed else None


def paint_overlay(
    painter: QPainter,
    transform: QTransform,
    area: QRectF,
    data: MapData,
    labels: Sequence[Label],
    base: float,
    caption: str = ATTRIBUTION,
    placer: Placer | None = None,
) -> list[Placed]:
    """Draw, in the painter's current coordinates, Korea's ring, the labels and the caption.

    ``transform`` maps scene points to those coordinates; ``area`` is the visible map. Each label is
    drawn inside its own shape on the first of its texts that fits there clear of the labels before
    it, else not at all; Korea's (code 410), when it fits nowhere inside Korea, goes on the sea beside
    Korea's mark. ``placer`` keeps where texts fit from one paint to the next (the same scale);
    returns the labels drawn, in device coordinates.
    """
    family = painter.font().family()
    device = painter.device()
    painter.save()
    small = font(base, CAPTION_PX, family=family)
    caption_rect = _caption_rect(device, area, caption, small, base)
    draw_text(painter, caption_rect, caption, small, CAPTION, base)
    taken = [_clear_of(caption_rect, base)]
    mark = None
    if any(label.code == KOREA for label in labels):
        found = _korea_mark(transform, data, base)
        if found is not None:
            mark, ringed = found
            if ringed:
                _draw_ring(painter, mark, base)
                taken.append(mark)
    fonts = {bold: font(base, LABEL_PX, bold=bold, family=family) for bold in (False, True)}

    def measure(text: str, bold: bool) -> QSizeF:
        return _text_rect(device, text, fonts[bold]).size()

    placed = (placer or Placer(data)).place(transform, area, labels, measure, taken, mark)
    for label in placed:
        bold = label.code == KOREA
        if label.anchor is not None:
            _leader(painter, label, base)
        draw_text(painter, label.rect, label.text, fonts[bold], TEXT, base)
    painter.restore()
    return placed


def _leader(painter: QPainter, label: Placed, base: float) -> None:
    """A thin line from a mark to its label's nearest edge."""
    assert label.anchor is not None
    rect, anchor = label.rect, label.anchor
    end = QPointF(min(max(anchor.x(), rect.left()), rect.right()), min(max(anchor.y(), rect.top()), rect.bottom()))
    painter.setPen(QPen(HALO, 3.0 * base))
    painter.drawLine(anchor, end)
    painter.setPen(QPen(TEXT, 1.0 * base))
    painter.drawLine(anchor, end)


def by_priority(data: MapData, codes: Iterable[str]) -> list[str]:
    """Codes in labelling order: subdivisions first, then larger features before smaller ones."""

    def rank(code: str) -> tuple[bool, float, str]:
        feature = data.features[code]
        box = feature.path.boundingRect()
        return feature.is_country, -box.width() * box.height(), code

    return sorted((c for c in codes if c in data), key=rank)
