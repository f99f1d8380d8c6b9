"""The map by keyboard and for screen readers: the arrow keys choose a country (said aloud), Enter opens
it, and every choosable country is a named child with its regions and whether it is highlighted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.common import accessibility
from npviewer.ui.map.view import MapView
from npviewer.ui.window.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]


@pytest.fixture
def window(make_window: Callable[..., MainWindow], bundled: Library) -> MainWindow:
    win = make_window(bundled, (1280, 1000))
    win.navigator.open("eastern")
    return win


def _map(window: MainWindow) -> MapView:
    view = window.map_pane.view
    assert view is not None and view.isVisible()
    return view


def test_the_arrow_keys_choose_a_country_and_enter_opens_it(qtbot: QtBot, window: MainWindow, said: list[str]) -> None:
    view = _map(window)
    codes = view.choosable()
    highlighted = view.highlighted_codes()
    assert len(codes) >= 3 and set(codes[: len(highlighted & set(codes))]) <= highlighted  # highlighted first
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.chosen() == codes[0]
    assert said[-1].startswith(f"{view.title_of(codes[0])}: ") and said[-1].endswith(f"1 of {len(codes)}.")
    assert "Eastern Region" in said[-1]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.chosen() == codes[-1]  # round the end
    qtbot.keyClick(view, Qt.Key.Key_Right)
    entry = view._places[codes[0]][0]
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [entry]


def test_every_choosable_country_is_a_named_child_for_screen_readers(qtbot: QtBot, window: MainWindow) -> None:
    accessibility.install()
    view = _map(window)
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None and iface.role() == QAccessible.Role.List
    codes = view.choosable()
    assert iface.childCount() == len(codes)
    names = []
    for n, code in enumerate(codes):
        child = iface.child(n)
        assert child.text(QAccessible.Text.Name) == view.title_of(code)
        assert iface.indexOfChild(child) == n
        assert child.rect().isValid()
        names.append(child.text(QAccessible.Text.Name))
        if code in view.highlighted_codes():
            assert "highlighted" in child.text(QAccessible.Text.Description)
    assert "Russia" in names and "China" in names
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = iface.child(0)
    assert first.state().selected and first.state().focused and iface.focusChild() is first
