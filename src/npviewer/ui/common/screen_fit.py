"""Sizes that fit the screen whatever its scale: at 150 % a 1366x768 screen is 911x512 logical
pixels, at 200 % only 683x384, so no window, dialog or minimum may be a fixed number of pixels that
adds up past the screen's free area (``QScreen.availableGeometry``).

:class:`CompactButton` is a tool button whose text goes when its row has no room for it (the icon,
tooltip and accessible name stay); :func:`fit_buttons` decides for a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget


def available(widget: QWidget | None = None) -> QRect | None:
    """The free area of the screen ``widget`` is on (the primary screen before it is shown)."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fitted(widget: QWidget | None, width: int, height: int, share: float = 0.9) -> QSize:
    """``width`` x ``height``, or less: at most ``share`` of the free area of the screen each way."""
    free = available(widget)
    if free is None:
        return QSize(width, height)
    return QSize(min(width, int(free.width() * share)), min(height, int(free.height() * share)))


def resize_to_fit(widget: QWidget, width: int, height: int, share: float = 0.9) -> None:
    """Give a window or dialog its preferred size, but never more than fits on its screen."""
    widget.resize(fitted(widget, width, height, share))


def screen_share(widget: QWidget | None, share: float, most: int) -> int:
    """``most`` pixels of height, or ``share`` of the screen's free height when that is less."""
    free = available(widget)
    return most if free is None else max(0, min(most, int(free.height() * share)))


def text_minimum(button: QAbstractButton) -> None:
    """A push button as narrow as its text (the style's least width of 80 px for any push button adds
    up past a scaled screen's width in a row of three)."""
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)


class CompactButton(QToolButton):
    """A tool button that may lose its text for room: its minimum is the icon alone."""

    def minimumSizeHint(self) -> QSize:
        """Override QToolButton.minimumSizeHint: the icon-only size (the text is optional)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), _width(self, with_text=False)), hint.height())


def _width(button: QToolButton, *, with_text: bool) -> int:
    """The button's width with its text beside the icon, or with the icon alone: an estimate (margins
    and the menu arrow of a split button), made without switching its style or asking QStyle."""
    width = button.iconSize().width() + 12
    if with_text and button.text():
        width += button.fontMetrics().horizontalAdvance(button.text()) + 6
    if button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
        width += 14
    return width


def fit_buttons(buttons: Sequence[QToolButton], room: int) -> None:
    """Text beside each icon when the row's visible buttons fit in ``room`` pixels with it, else icons."""
    from PySide6.QtCore import Qt  # not at the top: the first paint's buttons come as they are

    needed = sum(_width(b, with_text=True) + 6 for b in buttons if not b.isHidden())
    target = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if needed <= room else Qt.ToolButtonStyle.ToolButtonIconOnly
    for button in buttons:
        if button.toolButtonStyle() != target:
            button.setToolButtonStyle(target)
