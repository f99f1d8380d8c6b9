"""Reading more than one thing, in the real window: Go > Recently Viewed lists the entries opened, the
latest first, and still after a restart; a Ctrl+click, a middle click or Ctrl+Enter opens a link in a
new tab behind the one read, each tab keeps its own history and scroll, and Ctrl+PgDown, Ctrl+PgUp
and Ctrl+W go between tabs and close them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def _recent(window: MainWindow) -> list[str]:
    menu = window.act.menus["recent"]
    menu.aboutToShow.emit()  # as opening the menu does
    return [str(a.data()) for a in menu.actions() if a.data()]


def test_recently_viewed_lists_the_entries_opened_and_keeps_them_after_a_restart(
    make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    go = window.act.menus["go"]
    assert window.act.menus["recent"] in [a.menu() for a in go.actions() if a.menu() is not None]
    assert _recent(window) == []
    for entry_id in ("eastern", "russia", "eastern-gas", "russia"):
        window.navigator.open(entry_id)
    assert _recent(window) == ["russia", "eastern-gas", "eastern"]  # the latest first, each once
    titles = [a.text() for a in window.act.menus["recent"].actions()]
    assert titles[0] == "&1 Russia"
    window.close()
    again = make_window(mini_library)  # a new start, the same user data
    assert _recent(again) == ["russia", "eastern-gas", "eastern"]
    next(a for a in again.act.menus["recent"].actions() if a.data() == "eastern-gas").trigger()
    assert again.navigator.current_id() == "eastern-gas"


def _link_point(window: MainWindow, href: str) -> QPoint:
    """The middle of the first link to ``href`` on the page, in the viewport."""
    browser = window.detail.browser
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                start = fragment.position()
                rect = browser.range_rects(start, start + fragment.length())[0]
                return rect.center().toPoint()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_a_ctrl_click_opens_a_link_in_a_tab_behind_and_each_tab_keeps_its_place(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    tabs, bar, browser = window.tabs_reading, window.detail.tab_bar, window.detail.browser
    window.navigator.open("eastern")
    assert not bar.isVisible() and not window.act["next_tab"].isEnabled()
    point = _link_point(window, "npv:russia")
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)
    assert tabs.count() == 2 and bar.isVisible() and window.act["close_tab"].isEnabled()
    assert window.navigator.current_id() == "eastern"  # the tab opens behind: reading goes on
    assert tabs.titles() == ["Eastern Region", "Russia"]
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, point)
    assert tabs.count() == 3
    window.detail.browser.setFocus()
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.current_id() == "russia" and tabs.current() == 1
    window.navigator.open("eastern-gas")  # this tab's own history
    qtbot.keyClick(focused, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.current_id() == "eastern"
    assert not window.act["back"].isEnabled()  # the first tab went nowhere else
    qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.current_id() == "eastern-gas" and window.act["back"].isEnabled()
    window.act["back"].trigger()
    assert window.navigator.current_id() == "russia"
    qtbot.keyClick(focused, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tabs.count() == 2 and window.navigator.current_id() in ("eastern", "russia")
    window.act["close_tab"].trigger()
    assert tabs.count() == 1 and not bar.isVisible()
    window.act["close_tab"].trigger()  # the last tab stays
    assert tabs.count() == 1


def test_ctrl_enter_on_the_link_chosen_by_tab_opens_it_in_a_new_tab(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    window.navigator.open("eastern")
    browser = window.detail.browser
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert window.detail.links.current_index() == 0
    qtbot.keyClick(browser, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs_reading.count() == 2 and window.navigator.current_id() == "eastern"


def test_each_tab_comes_back_where_its_page_was_scrolled(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, size=(1000, 700))
    window.navigator.open("eastern")
    window.tabs_reading.open("western")
    bar = window.detail.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    window.tabs_reading.step(1)
    assert window.navigator.current_id() == "western"
    window.tabs_reading.step(1)
    assert window.navigator.current_id() == "eastern" and bar.value() == kept
