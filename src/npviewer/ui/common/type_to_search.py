"""Typing in a pane that takes no text (the entry's text, the timeline, the map) searches: the first
character typed starts a search with it and the rest follow into the search field, as a browser's
find-as-you-type does, instead of vanishing. Space, the panes' own keys and anything with Ctrl or Alt
are left to the pane.

Signals (of :class:`TypeToSearch`):
    typed(str): a character was typed in a watched pane: start a search with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

#: Keys the watched panes keep for themselves (the timeline's and the map's zoom and fit).
PANE_KEYS = frozenset("+-=_fF")


def typed_text(event: QKeyEvent) -> str:
    """The character a key press types, or "" when it types none (a Ctrl or Alt chord, a space, a
    control character)."""
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    text = event.text()
    if event.modifiers() & chord or not text or not text.isprintable() or text.isspace():
        return ""
    return text


class TypeToSearch(QObject):
    """Watches panes for typed characters; ``keep`` names characters a pane uses itself."""

    typed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keep: dict[QObject, frozenset[str]] = {}

    def watch(self, pane: QWidget, keep: Iterable[str] = ()) -> None:
        self._keep[pane] = frozenset(keep)
        pane.installEventFilter(self)
        pane.destroyed.connect(lambda: self._keep.pop(pane, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: a typed character goes to the search."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = typed_text(event)
            if text and text not in self._keep.get(watched, frozenset()):
                self.typed.emit(text)
                return True
        return False
