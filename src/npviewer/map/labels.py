"""Where the map's labels go: each inside its own shape or not at all, never over another label; Korea's
name inside Korea, else on the sea beside its mark (with a leader line when set apart).

Where a text fits inside a shape depends only on the scale, not on where the map is panned, so the
spots are worked out once per scale (QtGui only: a shape is rasterised into a coarse mask, eroded by
the text's box with QRegion operations, and the nearest spot to the shape's label point checked
exactly with QPainterPath.contains) and reused while panning.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QBitmap, QImage, QPainter, QPainterPath, QPen, QRegion, QTransform

from .qt_shapes import KOREA, MapData, group_feature

_CELL = 4.0  # mask cells per text height
_SPOTS = 6  # spots kept per text, spread apart, to get round other labels
_MAX_CELLS = 2_000_000
_PAD = 2.0  # device pixels between labels
_ANGLES = 24  # directions round Korea's mark tried at each distance
_NEAR = 5 * _ANGLES  # the first five distances (within about three text heights) count as near


@dataclass(frozen=True)
class Label:
    """A label to place: the shape's code and its texts, longest (the name) first."""

    code: str
    texts: tuple[str, ...]
    bold: bool = False


@dataclass(frozen=True)
class Placed:
    """A placed label in device coordinates; ``anchor`` starts its leader line (None: none)."""

    code: str
    text: str
    rect: QRectF
    anchor: QPointF | None = None


Measure = Callable[[str, bool], QSizeF]


def _erode(region: QRegion, width: int, height: int) -> QRegion:
    """The top-left corners of every ``width`` x ``height`` box of cells wholly inside ``region``."""
    for size, dx, dy in ((width, 1, 0), (height, 0, 1)):
        span = 1
        while span * 2 <= size:
            region = region.intersected(region.translated(-span * dx, -span * dy))
            span *= 2
        if size > span:
            rest = size - span
            region = region.intersected(region.translated(-rest * dx, -rest * dy))
    return region


def _mask(paths: Sequence[QPainterPath], window: QRectF, per_unit: float, *, outline: bool = False) -> QRegion:
    """The cells (``per_unit`` per scene unit, from ``window``'s corner) whose centres lie in ``paths``
    (with ``outline``, also every cell their outlines cross)."""
    image = QImage(math.ceil(window.width() * per_unit) + 1, math.ceil(window.height() * per_unit) + 1,
                   QImage.Format.Format_Mono)  # fmt: skip
    image.fill(1)  # white: outside
    painter = QPainter(image)
    transform = QTransform()
    transform.scale(per_unit, per_unit)
    transform.translate(-window.left(), -window.top())
    painter.setTransform(transform)
    if outline:
        pen = QPen(Qt.GlobalColor.black, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(Qt.GlobalColor.black)
    for path in paths:
        painter.drawPath(path)
    painter.end()
    return QRegion(QBitmap.fromImage(image))


def _nearest(rect: QRect, x: float, y: float) -> tuple[float, float]:
    return min(max(x, rect.left()), rect.right()), min(max(y, rect.top()), rect.bottom())


def fitting_spots(path: QPainterPath, target: QPointF, size: QSizeF, scale: float, window: QRectF) -> list[QPointF]:
    """Scene centres, nearest ``target`` first and spread apart, where a ``size`` box (device pixels)
    lies wholly inside ``path`` at ``scale``, searched within ``window`` (scene)."""
    cell = max(1.0, size.height() / _CELL)
    per_unit = scale / cell
    if window.isEmpty() or window.width() * window.height() * per_unit * per_unit > _MAX_CELLS:
        return []
    # One cell of margin all round: the mask is exact only to a cell.
    width, height = math.ceil(size.width() / cell) + 2, math.ceil(size.height() / cell) + 2
    free = _erode(_mask([path], window, per_unit), width, height)
    tx = (target.x() - window.left()) * per_unit - width / 2
    ty = (target.y() - window.top()) * per_unit - height / 2
    options = sorted(
        (math.hypot(px - tx, py - ty), px, py)
        for rect in cast("Iterable[QRect]", free)
        for px, py in (_nearest(rect, tx, ty), (rect.center().x(), rect.center().y()))
    )
    spots: list[QPointF] = []
    half_w, half_h = size.width() / 2 / scale, size.height() / scale
    for _, px, py in options:
        centre = QPointF(window.left() + (px + width / 2) / per_unit, window.top() + (py + height / 2) / per_unit)
        if any(abs(centre.x() - s.x()) < half_w and abs(centre.y() - s.y()) < half_h for s in spots):
            continue
        box = QRectF(0, 0, size.width() / scale, size.height() / scale)
        box.moveCenter(centre)
        if path.contains(box):
            spots.append(centre)
            if len(spots) == _SPOTS:
                break
    return spots


def _sea_offsets(size: QSizeF, radius: float) -> list[QPointF]:
    """Offsets (device pixels) from Korea's mark centre to label centres around it, nearest first:
    beside the mark, then farther out every 15 degrees (a leader line joins them)."""
    out = []
    for step in range(17):
        away = step * 0.75 * size.height()
        for degrees in sorted(
            range(0, 360, 360 // _ANGLES), key=lambda d: (d % 180 != 0, abs(((d + 90) % 180) - 90) > 45, d)
        ):
            ux, uy = math.cos(math.radians(degrees)), -math.sin(math.radians(degrees))
            reach = radius + _PAD + away
            out.append(QPointF(ux * reach + ux * size.width() / 2, uy * reach + uy * size.height() / 2))
    return out


class Placer:
    """Places labels at one transform after another, keeping per scale where each text fits."""

    def __init__(self, data: MapData) -> None:
        self._data = data
        self._scale = 0.0
        self._spots: dict[tuple[object, ...], list[QPointF]] = {}
        self._sea: dict[tuple[object, ...], bool] = {}
        self._near: dict[tuple[object, ...], tuple[list[QPainterPath], QRegion, float, QPointF]] = {}
        self._lands = [(f.path.controlPointRect(), f.path) for f in data if f.is_country]
        korea = data.get(KOREA)
        self._korea = korea.path.boundingRect().center() if korea is not None else QPointF()

    def place(
        self,
        transform: QTransform,
        area: QRectF,
        labels: Sequence[Label],
        measure: Measure,
        taken: Sequence[QRectF] = (),
        mark: QRectF | None = None,
    ) -> list[Placed]:
        """Labels placed in order (each on its first text that fits), clear of ``taken`` rectangles
        and of each other, inside ``area`` (device). Korea's label may use the sea beside ``mark``."""
        scale = transform.m11()
        if not math.isclose(scale, self._scale, rel_tol=1e-9):
            self._scale, self._spots, self._sea, self._near = scale, {}, {}, {}
        inverse, _ = transform.inverted()
        visible = inverse.mapRect(area)
        busy = list(taken)
        placed: list[Placed] = []
        for label in labels:
            spot = self._one(label, transform, visible, area, measure, busy, mark)
            if spot is not None:
                placed.append(spot)
                busy.append(spot.rect)
                if label.code not in self._data:  # a group's name: its members' names keep well away
                    h, w = spot.rect.height(), spot.rect.width()
                    busy.append(spot.rect.adjusted(-w / 2, -1.5 * h, w / 2, 1.5 * h))
        return placed

    def _one(
        self,
        label: Label,
        transform: QTransform,
        visible: QRectF,
        area: QRectF,
        measure: Measure,
        busy: list[QRectF],
        mark: QRectF | None,
    ) -> Placed | None:
        feature = self._data.get(label.code) or group_feature(label.code)
        if feature is None:
            return None
        sizes = [(text, measure(text, label.bold)) for text in label.texts if text]
        for text, size in sizes:
            for centre in self._inside(label.code, size, visible):
                rect = QRectF(QPointF(), size)
                rect.moveCenter(transform.map(centre))
                if _free(rect, area, busy):
                    return Placed(label.code, text, rect)
        if label.code != KOREA or mark is None:
            return None
        radius = max(mark.width(), mark.height()) / 2
        # Near the mark with any of the texts before farther off with the longest: short leaders.
        for near in (True, False):
            for text, size in sizes:
                for n, offset in enumerate(self._around(size, radius)):
                    if (n < _NEAR) != near:
                        continue
                    rect = QRectF(QPointF(), size)
                    rect.moveCenter(mark.center() + offset)
                    if _free(rect, area, busy) and self._on_sea(size, radius, n, offset):
                        return Placed(label.code, text, rect, _leader_start(mark.center(), radius, offset, rect))
        return None

    def _inside(self, code: str, size: QSizeF, visible: QRectF) -> list[QPointF]:
        feature = self._data.get(code) or group_feature(code)
        if feature is None:
            return []
        box = feature.path.boundingRect()
        reach = visible.adjusted(-visible.width(), -visible.height(), visible.width(), visible.height())
        whole = reach.contains(box)
        key: tuple[object, ...] = (code, round(size.width(), 2), round(size.height(), 2))
        if not whole:  # a shape bigger than the view: search near the view, again after a long pan
            step = max(visible.width(), visible.height()) / 2
            key += (round(visible.center().x() / step), round(visible.center().y() / step))
        if key not in self._spots:
            target = QPointF(min(max(feature.label.x(), visible.left()), visible.right()),
                             min(max(feature.label.y(), visible.top()), visible.bottom()))  # fmt: skip
            window = box if whole else box.intersected(reach)
            self._spots[key] = fitting_spots(feature.path, target, size, self._scale, window)
        return self._spots[key]

    def _around(self, size: QSizeF, radius: float) -> list[QPointF]:
        key = ("around", round(size.width(), 2), round(size.height(), 2), round(radius, 2))
        if key not in self._spots:
            self._spots[key] = _sea_offsets(size, radius)
        return self._spots[key]

    def _on_sea(self, size: QSizeF, radius: float, n: int, offset: QPointF) -> bool:
        """Whether Korea's label at this offset from its mark lies over no country (kept per scale):
        a coarse mask of the sea round Korea, eroded by the label's box, rules most spots out; the
        shapes decide the rest."""
        key = ("sea", round(size.width(), 2), round(size.height(), 2), round(radius, 2), n)
        if key not in self._sea:
            box = QRectF(0, 0, size.width() / self._scale, size.height() / self._scale)
            box.moveCenter(self._korea + offset / self._scale)
            lands, free, per_unit, corner = self._open_sea(size, radius)
            cell = QPoint(math.floor((box.left() - corner.x()) * per_unit) - 1,
                          math.floor((box.top() - corner.y()) * per_unit) - 1)  # fmt: skip
            self._sea[key] = free.contains(cell) and not any(land.intersects(box) for land in lands)
        return self._sea[key]

    def _open_sea(self, size: QSizeF, radius: float) -> tuple[list[QPainterPath], QRegion, float, QPointF]:
        """The countries within reach of Korea's label, and the cells (a quarter of the text's height,
        from the reach's corner) where the label's box, grown by a cell, touches none of them."""
        key = ("open", round(size.width(), 2), round(size.height(), 2), round(radius, 2))
        if key not in self._near:
            reach = (radius + 13 * size.height() + size.width()) / self._scale  # the farthest offset tried
            around = QRectF(self._korea.x() - reach, self._korea.y() - reach, 2 * reach, 2 * reach)
            lands = [land for bounds, land in self._lands if bounds.intersects(around)]
            cell = max(1.0, size.height() / _CELL)
            per_unit = self._scale / cell
            sea = QRegion(
                QRect(0, 0, math.ceil(around.width() * per_unit) + 1, math.ceil(around.height() * per_unit) + 1)
            )
            sea = sea.subtracted(_mask(lands, around, per_unit, outline=True))
            width, height = math.ceil(size.width() / cell) + 3, math.ceil(size.height() / cell) + 3
            self._near[key] = (lands, _erode(sea, width, height), per_unit, around.topLeft())
        return self._near[key]


def _leader_start(centre: QPointF, radius: float, offset: QPointF, rect: QRectF) -> QPointF | None:
    """Where the leader from the mark to a label set apart from it starts (None: the label touches it)."""
    anchor = centre + offset / (math.hypot(offset.x(), offset.y()) or 1.0) * radius
    near = QPointF(min(max(anchor.x(), rect.left()), rect.right()), min(max(anchor.y(), rect.top()), rect.bottom()))
    return anchor if (near - anchor).manhattanLength() > 2 * _PAD else None


def _free(rect: QRectF, area: QRectF, busy: Sequence[QRectF]) -> bool:
    grown = rect.adjusted(-_PAD, -_PAD, _PAD, _PAD)
    return area.contains(grown) and not any(grown.intersects(other) for other in busy)
