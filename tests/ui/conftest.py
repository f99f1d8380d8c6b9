"""Windows for the window tests: real main windows over the mini content, shown and active."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.mainwindow import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, mini_library: Library) -> Iterator[WindowFactory]:
    """Creates windows over the mini content, each with its own handle on the user's store (the
    default one, or the file at ``path``)."""
    stores: list[UserStore] = []
    windows: list[MainWindow] = []  # strong references: pytest-qt closes (and so saves) each one

    def make(threaded: bool = False, path: Path | None = None) -> MainWindow:
        store = UserStore(path) if path is not None else open_user_store()
        stores.append(store)
        window = create_main_window(mini_library, store, threaded=threaded)
        qtbot.add_widget(window)
        windows.append(window)
        with qtbot.wait_active(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for store in stores:
        store.close()
