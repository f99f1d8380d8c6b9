"""The entry's text size: Ctrl+plus, Ctrl+minus and Ctrl+0 in steps from half to three times the
normal size, remembered between runs. Only the reading pane's text grows; the rest of the window
follows the system's own scaling.

Signals:
    changed(int): the text size now, in percent of the normal size.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from npviewer.ui.common.settings import TEXT_ZOOM

STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
NORMAL = TEXT_ZOOM.default


class TextZoom(QObject):
    """Sets ``widget``'s font size to a step of its normal size."""

    changed = Signal(int)

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget = widget
        self._normal = QFont(widget.font())
        wanted = TEXT_ZOOM.get()
        self._percent = wanted if wanted in STEPS else NORMAL
        self._apply()

    def percent(self) -> int:
        return self._percent

    def zoom_in(self) -> None:
        self._set(next((s for s in STEPS if s > self._percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self._set(next((s for s in reversed(STEPS) if s < self._percent), STEPS[0]))

    def reset(self) -> None:
        self._set(NORMAL)

    def set_normal_font(self, font: QFont) -> None:
        """The font of the normal size changed (a language with its own font): keep the step."""
        self._normal = QFont(font)
        self._apply()

    def _set(self, percent: int) -> None:
        if percent == self._percent:
            self.changed.emit(percent)  # still say where it stands: at the largest or smallest size
            return
        self._percent = percent
        self._apply()
        TEXT_ZOOM.set(percent)
        self.changed.emit(percent)

    def _apply(self) -> None:
        font = QFont(self._normal)
        size = self._normal.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self._percent / NORMAL)
        else:
            font.setPixelSize(max(1, round(self._normal.pixelSize() * self._percent / NORMAL)))
        self._widget.setFont(font)
