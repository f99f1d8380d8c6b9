"""Keys a text field takes for itself, so a window shortcut never acts by surprise while typing.

Ctrl+D bookmarks, or un-bookmarks, the entry being read. Pressed in the search field or in a note it
would act on an entry the user is not looking at, and on X11 the field would delete a character
instead (its Emacs binding). A field given to :class:`ClaimKeys` keeps the key (see
:func:`npviewer.ui.shortcuts.keep_keys`), does nothing with it, and the window says how to bookmark.

Signals:
    claimed(): a claimed key was pressed in a watched field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from npviewer.ui.shortcuts import keep_keys


class ClaimKeys(QObject):
    """An event filter: in a watched field, the claimed keys do nothing but emit ``claimed``."""

    claimed = Signal()

    def __init__(self, keys: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = keys
        self._keys = {QKeySequence(k)[0].toCombined() for k in keys}  # type: ignore[index]

    def watch(self, widget: QWidget) -> None:
        keep_keys(widget, self._texts)  # ahead of the window's own actions
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: swallow the claimed key press and say so."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self._keys
        ):
            self.claimed.emit()
            return True
        return super().eventFilter(watched, event)
