"""What the window remembers between runs (its size, docks, splitter, last entry) and its first-run size."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from npviewer.ui.common import settings


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """The first-run size: as asked, but never larger than the screen's free area."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() * 95 // 100), min(height, free.height() * 90 // 100)
    window.resize(width, height)


#: The first run's split of the width between the tree and the entry (the tree's part at most 380 px).
TREE_SHARE, TREE_MOST = 0.3, 380


def restore_geometry(window: QMainWindow, splitter: QSplitter) -> None:
    """The window's size and place, and its splitter: before it is first shown."""
    geometry = settings.GEOMETRY.get()
    if geometry is not None:
        window.restoreGeometry(geometry)
    restore_splitter(window, splitter)


def restore_splitter(window: QMainWindow, splitter: QSplitter) -> None:
    """The tree's and the entry's widths as the user left them, else the first run's shares of the room
    there is now (again once the docks have taken theirs, so the entry is never the one squeezed)."""
    saved = settings.SPLITTER.get()
    if saved is not None and splitter.restoreState(saved):
        return
    room = sum(splitter.sizes()) if splitter.isVisible() else window.width()
    tree = min(TREE_MOST, int(room * TREE_SHARE))
    splitter.setSizes([tree, max(0, room - tree)])


def restore_state(window: QMainWindow, splitter: QSplitter) -> None:
    """Its docks and toolbar: once they are made; then the splitter again, in the room they leave."""
    state = settings.DOCKS.get()
    if state is not None:
        window.restoreState(state)
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the docks take their room now, so the splitter shares what is left
    restore_splitter(window, splitter)


def saved_last_entry() -> str | None:
    return settings.LAST_ENTRY.get()


def save_state(window: QMainWindow, splitter: QSplitter, last_entry: str | None) -> None:
    settings.save(
        (settings.GEOMETRY, window.saveGeometry()),
        (settings.DOCKS, window.saveState()),
        (settings.SPLITTER, splitter.saveState()),
        (settings.LAST_ENTRY, last_entry),
    )
