"""The map's colours and line weights, chosen to read on a light theme and in print (and in grey)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from npviewer.i18n import QT_TRANSLATE_NOOP

from . import palette
from .qt_shapes import KOREA, Feature

KOREA_LABEL = QT_TRANSLATE_NOOP("Map", "Korea")
BORDER_WIDTH = 0.7  # device pixels per 800 of the map's longer side

SEA = QColor(palette.SEA)
LAND = QColor(palette.LAND)
LAND_BORDER = QColor(palette.LAND_BORDER)
HIGHLIGHT = QColor(palette.HIGHLIGHT)
HIGHLIGHT_BORDER = QColor(palette.HIGHLIGHT_BORDER)
SUBUNIT = QColor(palette.SUBUNIT)
SUBUNIT_BORDER = QColor(palette.SUBUNIT_BORDER)
KOREA_FILL = QColor(palette.KOREA_FILL)
KOREA_BORDER = QColor(palette.KOREA_BORDER)
TEXT = QColor(palette.TEXT)
HOVER_BORDER = QColor(palette.HOVER_BORDER)
HALO = QColor(255, 255, 255, 235)
CAPTION = QColor(palette.CAPTION)
FOCUS = QColor(palette.FOCUS)
SECOND = QColor(palette.SECOND)


@dataclass(frozen=True)
class Style:
    """How one feature is filled and outlined; ``width`` multiplies :data:`BORDER_WIDTH`."""

    fill: QColor
    border: QColor
    width: float


_SEA = Style(SEA, SEA, 0.0)
_LAND = Style(LAND, LAND_BORDER, 1.0)
_HIGHLIGHT = Style(HIGHLIGHT, HIGHLIGHT_BORDER, 1.4)
_SUBUNIT = Style(SUBUNIT, SUBUNIT_BORDER, 1.4)
_KOREA = Style(KOREA_FILL, KOREA_BORDER, 1.4)
#: The shades of :mod:`npviewer.map.plan`'s roles, as in the brief (``area`` is the plain highlight).
_ROLES = {
    "focus": Style(FOCUS, QColor(palette.FOCUS_BORDER), 1.4),
    "second": Style(SECOND, QColor(palette.SECOND_BORDER), 1.4),
}


def style_for(feature: Feature | None, highlighted: bool, role: str = "") -> Style:
    """The style of a feature (None: the sea) in a highlight ``role`` (none: a country's or a
    subdivision's plain highlight). Korea keeps its own colour, highlighted or not."""
    if feature is None:
        return _SEA
    if feature.code == KOREA:
        return _KOREA
    if not highlighted:
        return _LAND
    if role:
        return _ROLES.get(role, _HIGHLIGHT)
    return _HIGHLIGHT if feature.is_country else _SUBUNIT
