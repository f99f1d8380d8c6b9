"""Runs the rest of start-up once the window has painted for the first time.

The window shows its frame, the tree and the welcome page first; everything else (the docks, the
toolbar and menus, the user's bookmarks, the log file) is made in the first turn of the event loop
after that paint, so the user sees the window as soon as Qt can draw it. A window that is not
painted soon (started minimised) gets the rest after :data:`FALLBACK_MS` all the same.

:func:`install_first_paint_probe` is the hook ``npviewer.app.run_gui`` installs when
``NPVIEWER_BENCH_FIRST_PAINT=1``: it prints ``first-paint-ms N`` (milliseconds from process start to
the window's first paint) and quits; ``benchmarks/bench_package.py`` uses it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux ``/proc``, 10 ms resolution), or None."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_seconds = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - start_seconds) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def install_first_paint_probe(widget: Any, report: Callable[[float | None], None] | None = None) -> Any:
    """Call ``report(ms)`` as ``widget``'s first Paint event arrives, ``ms`` the process's age then;
    then quit the app.

    The default report prints ``first-paint-ms N`` to stdout. Returns the event filter (keep it alive).
    """
    from PySide6.QtWidgets import QApplication

    def default_report(ms: float | None) -> None:
        print(f"first-paint-ms {ms:.0f}" if ms is not None else "first-paint-ms unknown", flush=True)

    class _Probe(QObject):
        """Reports at the first Paint event, then quits in the next turn of the event loop."""

        def __init__(self) -> None:
            super().__init__(widget)
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            """Override QObject.eventFilter: notice the first paint (its time is when it arrives)."""
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                (report or default_report)(process_age_ms())
                QTimer.singleShot(0, QApplication.quit)
            return False

    probe = _Probe()
    widget.installEventFilter(probe)
    return probe
