"""Windows for the window tests: real main windows over the mini content (or the real content), shown
and active; what they announce to screen readers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.common import announce
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The real content (data/), built once per test module."""
    lib = Library.open(target=tmp_path_factory.mktemp("bundled") / "content.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def make_window(qtbot: QtBot, mini_library: Library) -> Iterator[WindowFactory]:
    """Creates windows over the mini content (or ``library``), each with its own handle on the user's
    store (the default one, or the file at ``path``), resized to ``size`` when given."""
    stores: list[UserStore] = []
    windows: list[MainWindow] = []  # strong references: pytest-qt closes (and so saves) each one

    def make(
        library: Library | None = None,
        size: tuple[int, int] | None = None,
        threaded: bool = False,
        path: Path | None = None,
    ) -> MainWindow:
        store = UserStore(path) if path is not None else open_user_store()
        stores.append(store)
        window = create_main_window(library or mini_library, store, threaded=threaded)
        qtbot.add_widget(window)
        windows.append(window)
        if size is not None:
            window.resize(*size)
        with qtbot.wait_active(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window announced to assistive technology (the events handed to Qt)."""
    heard: list[str] = []

    def send(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())

    monkeypatch.setattr(announce, "send", send)
    return heard
