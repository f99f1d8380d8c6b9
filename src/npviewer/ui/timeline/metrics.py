"""Text widths in the view's font, cached: layout asks for the same titles over and over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

_LIMIT = 50_000  # cached strings before the caches start over


class FontMetrics:
    """``width`` and ``elide`` for one font (the ``layout.TextMetrics`` protocol)."""

    def __init__(self, font: QFont) -> None:
        self.qt = QFontMetricsF(font)
        self._widths: dict[str, float] = {}
        self._elided: dict[tuple[str, int], str] = {}

    def width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > _LIMIT:
                self._widths.clear()
            width = self._widths[text] = self.qt.horizontalAdvance(text)
        return width

    def elide(self, text: str, width: float) -> str:
        key = (text, int(width))
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > _LIMIT:
                self._elided.clear()
            elided = self._elided[key] = self.qt.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
        return elided
