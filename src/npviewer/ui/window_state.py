"""What the window remembers between runs (its size, docks, splitter, last entry) and its first-run size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from npviewer.ui.settings import window_settings

if TYPE_CHECKING:
    from npviewer.ui.mainwindow import MainWindow


def fit_to_screen(window: MainWindow, width: int, height: int) -> None:
    """The first-run size: as asked, but never larger than the screen's free area."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() * 95 // 100), min(height, free.height() * 90 // 100)
    window.resize(width, height)


def restore_geometry(window: MainWindow) -> None:
    """The window's size and place, and its splitter: before it is first shown."""
    settings = window_settings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    splitter = settings.value("window/splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)


def restore_state(window: MainWindow) -> None:
    """Its docks and toolbar: once they are made."""
    state = window_settings().value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def saved_last_entry() -> str | None:
    value = window_settings().value("window/last_entry")
    return str(value) if value else None


def save_state(window: MainWindow) -> None:
    settings = window_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/last_entry", window.current_entry_id() or "")
    settings.sync()
