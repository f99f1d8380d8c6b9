"""Colours, glyphs, pens and sizes the timeline and its legend share.

A kind of event differs in shape as well as colour (a meeting is a diamond, a forum a circle, a summit
a square, a milestone a triangle), so colour is never the only way to tell kinds apart. The colours
are Okabe-Ito hues made to stand out at least 3:1 against the palette's base colour, light or dark.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

from npviewer.ui.common.contrast import MARKS, readable

#: Okabe-Ito colours, told apart with the common colour-vision deficiencies.
KIND_COLOURS = {
    "meeting": "#0072B2",
    "forum": "#009E73",
    "summit": "#D55E00",
    "milestone": "#CC79A7",
}
#: Each event kind's glyph (every other kind: a hexagon).
KIND_SHAPES = {"meeting": "diamond", "forum": "circle", "summit": "square", "milestone": "triangle"}
OTHER_SHAPE = "hexagon"
OTHER_COLOUR = "#6F6F6F"
CLUSTER_COLOUR = "#56708A"
DISPUTED_COLOUR = "#B34700"
HIGHLIGHT_COLOUR = "#F2C200"
SPAN_ALPHA = 80  # fill of a month or year: the event is somewhere inside
RANGE_ALPHA = 200  # fill of a known start..end range
DAY_ALPHA = 60  # the band of one known day, when zoomed in so far that it is wider than a diamond
DIMMED_OPACITY = 0.35  # marks of events outside the highlight, while one is set (their labels stay readable)
WHITE = 0xFFFFFFFF


@cache
def _on(hex_colour: str, base: int) -> QColor:
    return readable(QColor(hex_colour), QColor.fromRgba(base), MARKS)


def kind_colour(kind: str, base: int = WHITE) -> QColor:
    """The kind's colour, standing out at least 3:1 on ``base`` (an ARGB value: the palette's base)."""
    return _on(KIND_COLOURS.get(kind, OTHER_COLOUR), base)


def colour(hex_colour: str, base: int = WHITE) -> QColor:
    """One of the timeline's own colours (disputed, cluster, highlight) made to stand out on ``base``."""
    return _on(hex_colour, base)


@cache
def fill(kind: str, alpha: int, base: int = WHITE) -> QBrush:
    tint = QColor(kind_colour(kind, base))
    tint.setAlpha(alpha)
    return QBrush(tint)


@cache
def outline(kind: str, planned: bool, base: int = WHITE) -> QPen:
    """A solid outline, or a dashed one for an event that is only planned."""
    pen = QPen(kind_colour(kind, base), 1.6 if planned else 1.2)
    if planned:
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setDashPattern([3.0, 2.0])
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def halo_pen() -> QPen:
    tint = QColor(HIGHLIGHT_COLOUR)
    tint.setAlpha(200)
    pen = QPen(tint, 6.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def shape_of(kind: str) -> str:
    return KIND_SHAPES.get(kind, OTHER_SHAPE)


@cache
def _glyph(shape: str, size: float) -> QPainterPath:
    half = size / 2
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), half * 0.9, half * 0.9)
    elif shape == "square":
        side = half * 0.8
        path.addRect(-side, -side, 2 * side, 2 * side)
    elif shape == "triangle":
        path.moveTo(0, -half)
        path.lineTo(half, half * 0.8)
        path.lineTo(-half, half * 0.8)
        path.closeSubpath()
    elif shape == "hexagon":
        points = [QPointF(half * math.cos(a), half * math.sin(a)) for a in (n * math.pi / 3 for n in range(6))]
        path.moveTo(points[0])
        for point in points[1:]:
            path.lineTo(point)
        path.closeSubpath()
    else:  # diamond
        path.moveTo(0, -half)
        path.lineTo(half, 0)
        path.lineTo(0, half)
        path.lineTo(-half, 0)
        path.closeSubpath()
    return path


def glyph(kind: str, centre: QPointF, size: float) -> QPainterPath:
    """The kind's glyph, ``size`` across, centred on ``centre``."""
    return _glyph(shape_of(kind), size).translated(centre)
