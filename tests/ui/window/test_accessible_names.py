"""Every control a keyboard can reach has a name a screen reader says (the name Qt's accessibility
gives it: its own, its label's when the label is its buddy, or its text), never just its current value;
the same for progress bars. Walked over the window with everything open, and over its dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QProgressBar, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
    pytest.mark.qt_log_ignore("does not support grabbing"),
]


def nameless(top: QWidget) -> list[str]:
    """The focusable widgets (and progress bars) under ``top`` that a screen reader could not name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue  # hidden itself or inside something hidden (a closed combo box's list)
        reachable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled()
        if not (reachable or isinstance(widget, QProgressBar)):
            continue
        if widget.focusProxy() is not None:
            continue  # focus goes to its proxy (a view's viewport to the view), which is checked
        if widget.objectName().startswith("qt_") and not isinstance(widget, QAbstractButton):
            continue  # Qt's own inner parts (a scroll area's viewport, a spin box's line edit)
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name).strip() if iface is not None else ""
        if isinstance(widget, QComboBox) and name and name == widget.currentText() and not widget.accessibleName():
            name = ""  # named by its current value: no name at all for a listener
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


@pytest.fixture
def window(make_window: Callable[..., MainWindow], bundled: Library) -> MainWindow:
    return make_window(bundled, (1366, 900))


def test_every_control_of_the_window_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.open("eastern")  # the map, the export button
    window.bookmarks.toggle()  # the note box
    window.act["timeline_toggle"].trigger()  # the timeline and its controls
    qtbot.waitUntil(lambda: window.timeline.panel is not None and window.timeline.panel.isVisible())
    window.detail.find_bar.open()
    window.searcher.run("Vladivostock")  # the results, with "Did you mean"
    assert nameless(window) == []
    window.tabs.setCurrentIndex(0)
    window.searcher.run("")  # the hints
    assert nameless(window) == []


@pytest.mark.parametrize("which", ["help", "about", "brief", "note"])
def test_every_control_of_the_dialogs_has_a_name(qtbot: QtBot, window: MainWindow, which: str) -> None:
    window.navigator.open("eastern")
    window.bookmarks.toggle()
    found: list[list[str]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(50, inspect)
            return
        found.append(nameless(dialog))
        dialog.close()

    QTimer.singleShot(50, inspect)
    if which == "help":
        window.show_help()
    elif which == "about":
        window.show_about()
    elif which == "brief":
        window.export_brief("eastern")
    else:  # the note dialog of a bookmark whose entry is no longer in the content
        from npviewer.ui.common.plain import ask_text

        ask_text(window, "Bookmark note", "Note on “Gone”:", "kept")
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found[0] == []


def test_progress_bars_have_a_name(qtbot: QtBot) -> None:
    from npviewer.ui.common.progress import progress_dialog

    dialog: QProgressDialog = progress_dialog(None, "Preparing the brief…", "Exporting brief")
    qtbot.add_widget(dialog)
    dialog.show()
    assert nameless(dialog) == []
