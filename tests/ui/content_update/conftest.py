"""Real windows over the content in use (bundled, or the pack installed), for the content-update tests;
the content edited into a pack's worth of changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.window.main_window import MainWindow
from pack_factory import Edits, edited_content

WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def edits(tmp_path: Path) -> Edits:
    return edited_content(tmp_path / "edited")


@pytest.fixture
def content_windows(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Makes shown windows over the content in use, each with its own handle on the user's store; closes
    their What changed windows and the stores afterwards."""
    stores: list[UserStore] = []
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        store = open_user_store()
        stores.append(store)
        window = create_main_window(Library.open(), store)
        qtbot.add_widget(window)
        windows.append(window)
        window.show()
        return window

    yield make
    for window in windows:
        if window.content_updates.dialog() is not None:
            window.content_updates.dialog().close()  # type: ignore[union-attr]
    for store in stores:
        store.close()
