"""The bookmarks model and panel over a real user store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.store.userdata import UserStore
from npviewer.ui.bookmarks.model import MISSING, BookmarksModel
from npviewer.ui.bookmarks.panel import BookmarksPanel
from npviewer.ui.common.roles import MISSING_ROLE, NOTE_ROLE


def _store(tmp_path: Path) -> UserStore:
    store = UserStore(tmp_path / "user.sqlite")
    store.add_bookmark("russia", "Russia", "note one")
    store.add_bookmark("vanished", "A vanished entry")
    return store


def test_model_tester_and_missing_entries(qtmodeltester: ModelTester, mini_library: Library, tmp_path: Path) -> None:
    store = _store(tmp_path)
    marks = store.bookmarks()
    model = BookmarksModel()
    model.set_bookmarks(marks, mini_library.repo.refs([m.entry_id for m in marks]))
    qtmodeltester.check(model, force_py=True)
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert "Russia" in rows
    assert MISSING.format(title="A vanished entry") in rows
    missing = model.index(rows[MISSING.format(title="A vanished entry")], 0)
    assert missing.data(MISSING_ROLE) is True
    assert model.index(rows["Russia"], 0).data(NOTE_ROLE) == "note one"
    store.close()


def test_panel_open_and_remove(qtbot: QtBot, mini_library: Library, tmp_path: Path) -> None:
    store = _store(tmp_path)
    marks = store.bookmarks()
    model = BookmarksModel()
    model.set_bookmarks(marks, mini_library.repo.refs([m.entry_id for m in marks]))
    panel = BookmarksPanel(model)
    qtbot.add_widget(panel)
    assert not panel.empty.isVisible()
    row = model.row_of("russia")
    panel.list.setCurrentIndex(model.index(row, 0))
    with qtbot.wait_signal(panel.openRequested) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["russia"]
    panel.list.setCurrentIndex(model.index(model.row_of("vanished"), 0))
    with qtbot.wait_signal(panel.openRequested) as opened:  # its saved title and note
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["vanished"]
    with qtbot.wait_signal(panel.removeRequested) as removed:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert removed.args == ["vanished"]
    model.set_bookmarks([], {})
    assert panel.empty.isVisibleTo(panel)
    store.close()
