"""Runs the rest of start-up once the window has painted for the first time.

The window shows its frame, the tree and the welcome page first; everything else (the docks, the
toolbar and menus, the user's bookmarks, the log file) is made in the first turn of the event loop
after that paint, so the user sees the window as soon as Qt can draw it. A window that is not
painted soon (started minimised) gets the rest after :data:`FALLBACK_MS` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class AfterFirstPaint(QObject):
    """Calls ``action`` once, in the event loop's turn after ``window``'s first Paint event."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action: Callable[[], None] | None = action
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: on the first Paint, schedule the action (never inside the paint)."""
        if event.type() == QEvent.Type.Paint and self._action is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()
