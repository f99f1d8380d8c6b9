"""Nothing lost, nothing crashes: unexpected errors, damaged files and notices in the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from npviewer import app as app_module
from npviewer import paths
from npviewer.app import create_main_window, install_crash_handler, notify_user_data
from npviewer.logs import LOG_BYTES, setup_logging
from npviewer.store.library import Library
from npviewer.store.opening import ensure_store
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.crash import CrashDialog, handle_exception, open_crash_dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def npviewer_log(npviewer_home: Path) -> Iterator[Path]:
    """npviewer's rotating log in the test's home; the handler is removed afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(npviewer_home)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _raise() -> None:
    raise ValueError("a fault nobody expected")


def test_an_unhandled_error_is_logged_and_shown_with_the_log_path(qtbot: QtBot, npviewer_log: Path) -> None:
    try:
        _raise()
    except ValueError as exc:
        dialog = handle_exception(ValueError, exc, exc.__traceback__, npviewer_log)
    assert isinstance(dialog, CrashDialog)
    qtbot.add_widget(dialog)
    assert open_crash_dialogs() == [dialog]
    assert dialog.isVisible()
    assert "ValueError: a fault nobody expected" in dialog.text()
    assert str(npviewer_log) in dialog.informativeText()
    assert "_raise" in dialog.detailedText()
    logged = npviewer_log.read_text(encoding="utf-8")
    assert "unhandled exception" in logged and "a fault nobody expected" in logged


def test_the_crash_handler_becomes_the_excepthook(qtbot: QtBot, npviewer_log: Path) -> None:
    previous = sys.excepthook
    try:
        install_crash_handler(npviewer_log)
        try:
            _raise()
        except ValueError as exc:
            sys.excepthook(ValueError, exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    dialogs = open_crash_dialogs()
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    qtbot.add_widget(dialogs[0])
    dialogs[0].done(0)
    assert open_crash_dialogs() == []


def test_logs_rotate_in_the_user_data_dir(npviewer_log: Path) -> None:
    assert npviewer_log.parent == paths.user_data_dir()
    logger = logging.getLogger("npviewer.test")
    line = "x" * 1000
    for _ in range(int(LOG_BYTES / 1000 * 4.5)):
        logger.warning(line)
    logs = sorted(p.name for p in npviewer_log.parent.glob("npviewer.log*"))
    assert logs == ["npviewer.log", "npviewer.log.1", "npviewer.log.2", "npviewer.log.3"]
    assert all(p.stat().st_size <= LOG_BYTES + 2000 for p in npviewer_log.parent.glob("npviewer.log*"))


def test_a_damaged_user_file_is_reported_with_where_it_went(qtbot: QtBot, mini_library: Library) -> None:
    path = paths.user_store_path()
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    store = open_user_store()
    window = create_main_window(mini_library, store)
    qtbot.add_widget(window)
    box = notify_user_data(window, store)
    assert isinstance(box, QMessageBox)
    assert store.notice.moved_aside is not None and str(store.notice.moved_aside) in box.text()
    assert store.notice.moved_aside.read_bytes().startswith(b"SQLite format 3")
    store.close()


def test_a_healthy_user_file_needs_no_notice(qtbot: QtBot, mini_library: Library) -> None:
    store = open_user_store()
    window = create_main_window(mini_library, store)
    qtbot.add_widget(window)
    assert notify_user_data(window, store) is None
    store.close()


def test_a_damaged_content_store_is_rebuilt_at_start_with_a_notice(qtbot: QtBot, mini_content: Path) -> None:
    status = ensure_store(mini_content)
    status.path.write_bytes(b"garbage" * 1000)
    store = UserStore(paths.user_store_path())
    window = create_main_window(None, store)
    qtbot.add_widget(window)
    app_module.prepare_in_background(window, mini_content)
    assert window.library is not None
    assert window.library.repo.ref("eastern") is not None
    assert "damaged" in window.statusBar().currentMessage()
    window.library.close()
    store.close()


def test_bookmarks_made_by_another_instance_show_when_the_window_is_activated(
    qtbot: QtBot, mini_library: Library
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QGuiApplication

    store = open_user_store()
    window = create_main_window(mini_library, store)
    qtbot.add_widget(window)
    window.navigator.open("russia")
    other = UserStore(paths.user_store_path())  # what a second npviewer process holds
    other.add_bookmark("russia", "Russia")
    other.add_bookmark("eastern-gas", "Laying the foundation")
    other.close()
    assert window.bookmarks_model.entry_ids() == []
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QGuiApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert sorted(window.bookmarks_model.entry_ids()) == ["eastern-gas", "russia"]
    assert window.detail.star_button.isChecked()
    store.close()
