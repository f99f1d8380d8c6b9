"""Widgets that say their texts again when the interface language changes (View > Language)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LanguageFollower(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: on the widget's LanguageChange, retranslate (the widget still
        gets the event)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` whenever ``widget`` is told the language changed (for as long as it lives)."""
    _LanguageFollower(widget, retranslate)
