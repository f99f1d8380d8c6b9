"""A monkey at the keyboard and mouse: thousands of random keys and clicks over every pane of the
window (tree, search, results, detail, bookmarks, timeline, map), with a fixed seed. Nothing may
raise and nothing may crash; the window must still work afterwards.

Dialogs that would wait for a person (file choosers, questions, the brief's options, menus) answer
"cancel" at once: the monkey tests the window, not a modal loop.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]

SEED = 20261122
ACTIONS = 3000
KEYS = [
    *(getattr(Qt.Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPRSTUVWXYZ0123456789"),
    Qt.Key.Key_Space, Qt.Key.Key_Minus, Qt.Key.Key_Colon, Qt.Key.Key_QuoteDbl, Qt.Key.Key_Asterisk,
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
    Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Plus, Qt.Key.Key_F6, Qt.Key.Key_F1,
]  # fmt: skip
MODIFIERS = [Qt.KeyboardModifier.NoModifier] * 6 + [
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
]
#: Keys that end the session or leave the process: not the monkey's to press.
FORBIDDEN = {(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)}


@pytest.fixture
def no_waiting_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every modal dialog answers at once, and says so."""
    opened: list[str] = []

    def refuse(self: QDialog) -> int:
        opened.append(type(self).__name__)
        self.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QMenu, "exec", lambda *_a, **_k: opened.append("QMenu"))
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *_a, **_k: ("", False)))
    return opened


def test_random_keys_and_clicks_break_nothing(qtbot: QtBot, tmp_path: Path, no_waiting_dialogs: list[str]) -> None:
    library = Library.open(target=tmp_path / "content.sqlite")
    store = open_user_store()
    window = create_main_window(library, store)
    qtbot.add_widget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.act["timeline_toggle"].trigger()
    window.navigator.open("eastern")  # the map is on show too
    rng = random.Random(SEED)
    opened: list[str] = []
    searched: list[str] = []
    window.navigator.entryOpened.connect(opened.append)
    window.searcher.searchFinished.connect(searched.append)

    def panes() -> list[QWidget]:
        found: list[QWidget] = [window.tree.viewport(), window.search_bar.field, window.results_view.list.viewport(),
                                window.detail.browser.viewport(), window.bookmarks_panel.list.viewport()]  # fmt: skip
        if window.timeline.panel is not None:
            found.append(window.timeline.panel.view)
        if window.map_pane.view is not None and window.map_pane.view.isVisible():
            found.append(window.map_pane.view.viewport())
        return [w for w in found if w.isVisible() and w.width() > 0 and w.height() > 0]

    for step in range(ACTIONS):
        target = rng.choice(panes())
        if rng.random() < 0.6:
            key, modifier = rng.choice(KEYS), rng.choice(MODIFIERS)
            if (key, modifier) in FORBIDDEN:
                continue
            target.setFocus()
            qtbot.keyClick(target, key, modifier)
        else:
            point = QPoint(rng.randrange(target.width()), rng.randrange(target.height()))
            button = rng.choice([Qt.MouseButton.LeftButton] * 4 + [Qt.MouseButton.RightButton])
            if rng.random() < 0.15:
                qtbot.mouseDClick(target, button, pos=point)
            else:
                qtbot.mouseClick(target, button, pos=point)
        if step % 50 == 0:
            qtbot.wait(1)
    assert window.isVisible()
    # the monkey really used the window: it opened entries and ran searches
    assert len(set(opened)) >= 10, opened
    assert len(searched) >= 5, searched
    print(f"monkey: {len(opened)} entries opened ({len(set(opened))} distinct), {len(searched)} searches, "
          f"{len(no_waiting_dialogs)} dialogs refused: {sorted(set(no_waiting_dialogs))}")  # fmt: skip
    window.searcher.run("Rajin")
    assert window.results_model.rowCount() >= 1
    window.navigator.open("eastern-rajin-khasan")
    assert window.navigator.current_id() == "eastern-rajin-khasan"
    window.close()
    store.close()
    library.close()
