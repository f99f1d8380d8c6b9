"""The map's colours and line weights, chosen to read on a light theme and in print (and in grey)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from .geometry import KOREA, Feature

KOREA_LABEL = "Korea"
BORDER_WIDTH = 0.7  # device pixels per 800 of the map's longer side

SEA = QColor("#dce8f1")
LAND = QColor("#f2f0eb")
LAND_BORDER = QColor("#a39e93")
HIGHLIGHT = QColor("#93bde0")
HIGHLIGHT_BORDER = QColor("#2d5b85")
SUBUNIT = QColor("#4d86bf")
SUBUNIT_BORDER = QColor("#1d456c")
KOREA_FILL = QColor("#d0435a")
KOREA_BORDER = QColor("#7a1424")
TEXT = QColor("#1e2226")
HOVER_BORDER = QColor("#14181c")
HALO = QColor(255, 255, 255, 235)
CAPTION = QColor("#4a5058")


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


def style_for(feature: Feature | None, highlighted: bool) -> Style:
    """The style of a feature (None: the sea). Korea keeps its own colour, highlighted or not."""
    if feature is None:
        return _SEA
    if feature.code == KOREA:
        return _KOREA
    if not highlighted:
        return _LAND
    return _HIGHLIGHT if feature.is_country else _SUBUNIT
