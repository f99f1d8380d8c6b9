"""Colours, pens and sizes the timeline and its legend share."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

#: Okabe-Ito colours, told apart with the common colour-vision deficiencies.
KIND_COLOURS = {
    "meeting": "#0072B2",
    "forum": "#009E73",
    "summit": "#D55E00",
    "milestone": "#CC79A7",
}
OTHER_COLOUR = "#6F6F6F"
CLUSTER_COLOUR = "#56708A"
DISPUTED_COLOUR = "#B34700"
HIGHLIGHT_COLOUR = "#F2C200"
SPAN_ALPHA = 80  # fill of a month or year: the event is somewhere inside
RANGE_ALPHA = 200  # fill of a known start..end range
DAY_ALPHA = 60  # the band of one known day, when zoomed in so far that it is wider than a diamond
DIMMED_OPACITY = 0.35  # events outside the highlight, while one is set


@cache
def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, OTHER_COLOUR))


@cache
def fill(kind: str, alpha: int) -> QBrush:
    colour = QColor(kind_colour(kind))
    colour.setAlpha(alpha)
    return QBrush(colour)


@cache
def outline(kind: str, planned: bool) -> QPen:
    """A solid outline, or a dashed one for an event that is only planned."""
    pen = QPen(kind_colour(kind), 1.6 if planned else 1.2)
    if planned:
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setDashPattern([3.0, 2.0])
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def halo_pen() -> QPen:
    colour = QColor(HIGHLIGHT_COLOUR)
    colour.setAlpha(200)
    pen = QPen(colour, 6.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen
