"""Keys that land where the user goes next, pressed in the real window: Ctrl+D bookmarks and puts the
caret in the note; Ctrl+T shows the timeline with the keys in it, and again hides it and gives the keys
back; F6 and Shift+F6 go round every pane on show, the timeline, the map and the bookmarks with the
rest; every button can be reached by Tab; typing in a text field is the field's (Backspace deletes
there, though it goes Back elsewhere); ``?`` opens the keyboard cheat sheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key, modifier)


def test_ctrl_d_bookmarks_the_entry_and_puts_the_caret_in_its_note(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("eastern-gas")
    window.detail.browser.setFocus()
    _press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.user.is_bookmarked("eastern-gas")
    assert QApplication.focusWidget() is window.detail.note_edit
    qtbot.keyClicks(window.detail.note_edit, "Ask about the route")
    assert window.detail.note_edit.toPlainText() == "Ask about the route"


def test_ctrl_t_gives_the_keys_to_the_timeline_and_again_takes_them_back(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.navigator.open("eastern")
    window.tree.setFocus()
    _press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline_dock.isVisible() and window.timeline.panel is not None
    assert QApplication.focusWidget() is window.timeline.panel.view
    assert window.act["timeline_toggle"].isChecked()
    _press(qtbot, Qt.Key.Key_Right)  # the timeline's own keys now
    assert window.timeline.panel.view.current_id()
    _press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.timeline_dock.isVisible() and not window.act["timeline_toggle"].isChecked()
    assert QApplication.focusWidget() is window.tree


def test_ctrl_shift_b_gives_the_keys_to_the_bookmarks(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.bookmarks_dock.hide()
    window.detail.browser.setFocus()
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _press(qtbot, Qt.Key.Key_B, chord)  # none yet: the words saying so take the keys (and are read out)
    assert QApplication.focusWidget() is window.bookmarks_panel.empty
    _press(qtbot, Qt.Key.Key_B, chord)
    window.navigator.open("eastern-gas")
    window.bookmarks.toggle()
    window.detail.browser.setFocus()
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.bookmarks_dock.isVisible() and QApplication.focusWidget() is window.bookmarks_panel.list
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.bookmarks_dock.isVisible() and QApplication.focusWidget() is window.detail.browser


def test_f6_goes_round_every_pane_on_show_and_shift_f6_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(size=(1366, 900))
    window.navigator.open("eastern-gas")
    window.bookmarks.toggle()
    window.navigator.open("eastern")  # a region: its map above the text
    window.detail.show_map(True)
    window.timeline_dock.show()
    window.bookmarks_dock.show()
    window.timeline.ensure_panel()
    qtbot.waitUntil(lambda: window.map_pane.view is not None and window.map_pane.view.isVisible())
    window.search_bar.field.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(6):
        _press(qtbot, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert window.timeline.panel is not None
    expected = [window.search_bar.field, window.tree, window.map_pane.view, window.detail.browser,
                window.bookmarks_panel.list, window.timeline.panel.view, window.search_bar.field]  # fmt: skip
    assert seen == expected
    _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.timeline.panel.view


def test_every_button_can_be_reached_by_tab(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(size=(1366, 900))
    window.navigator.open("eastern")
    window.timeline_dock.show()
    window.timeline.ensure_panel()
    window.search_bar.field.setFocus()
    reached: list[QWidget] = []
    for _ in range(400):
        _press(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused in reached and focused is window.search_bar.field:
            break
        reached.append(focused)
    buttons = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QCheckBox)
        and w.isVisible()
        and w.isEnabled()
        and not w.objectName().startswith("qt_")  # the docks' title bar, the tool bars' extension
        and not isinstance(w.parent(), QTabBar | QLineEdit)  # a tab bar's arrows, a field's clear button:
    ]  # the tab bar or the field has the keys for them (the arrows, Escape)
    missed = sorted({f"{type(w).__name__} {w.objectName() or w.text()!r}" for w in buttons if w not in reached})
    assert missed == []


def test_typing_in_the_search_field_is_the_fields_whatever_the_window_binds(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.navigator.open("eastern")
    window.navigator.open("russia")  # Back (Alt+Left, and Backspace out of text fields) is enabled
    field = window.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "rajin?")
    _press(qtbot, Qt.Key.Key_Backspace)
    assert field.text() == "rajin" and window.navigator.current_id() == "russia"
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_question_mark_opens_the_keyboard_cheat_sheet(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    window.navigator.open("eastern")
    window.detail.browser.setFocus()
    shown: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        shown.append(dialog.objectName())
        shown.append(dialog.text.toPlainText())  # type: ignore[attr-defined]
        dialog.reject()

    QTimer.singleShot(100, look)
    _press(qtbot, Qt.Key.Key_Question)
    assert shown and shown[0] == "shortcutsDialog"
    assert "Ctrl+T" in shown[1] and "Keyboard Shortcuts" in shown[1] and "On the timeline" in shown[1]


def test_no_two_items_of_a_menu_share_a_letter(make_window: WindowFactory) -> None:
    """Alt+V, H, D is View > Theme > Dark: each menu's letters lead to one item only."""
    import re

    window = make_window()
    clashes = {}
    for name, menu in window.act.menus.items():
        letters = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&([^&])", a.text()))]
        repeated = sorted({c for c in letters if letters.count(c) > 1})
        if repeated:
            clashes[name] = repeated
    assert clashes == {}
