"""Reading an entry: the text keeps its room, text zoom, find in the entry, the text as one Tab stop
whose links are walked inside it, and status texts in words."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]
WindowFactory = Callable[..., MainWindow]


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    qtbot.keyClick(widget, key, modifier)


# -- room ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_text_keeps_its_room_with_the_timeline_open(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library, size: tuple[int, int]
) -> None:
    window = make_window(bundled, size)
    window.navigator.open("eastern")  # a map, a long text
    window.bookmarks.toggle()  # and a note box
    window.act["timeline_toggle"].trigger()
    qtbot.waitUntil(lambda: window.timeline.panel is not None and window.timeline.panel.isVisible())
    qtbot.wait(50)
    detail = window.detail
    lines = detail.browser.fontMetrics().lineSpacing()
    assert detail.browser.height() >= min(10 * lines, 200), detail.browser.height()
    assert window.timeline_dock.height() >= 150
    assert window.frameGeometry().height() <= size[1] + 40  # opening the timeline grew nothing
    detail.note_edit.setFocus()
    qtbot.wait(20)
    assert detail.browser.height() >= min(10 * lines, 200)


def test_the_map_takes_only_what_the_text_leaves_and_can_be_hidden(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, (1280, 1000))
    window.navigator.open("eastern")
    detail = window.detail
    assert detail.map_shown() and detail.map_slot.height() >= 200
    window.act["map_toggle"].trigger()
    assert not detail.map_shown() and not window.act["map_toggle"].isChecked()
    again = make_window(bundled, (1280, 1000))
    again.navigator.open("eastern")
    assert not again.detail.map_shown()  # remembered
    again.act["map_toggle"].trigger()
    assert again.detail.map_shown()


def test_the_note_box_is_as_high_as_its_note_whatever_has_the_focus(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    window.navigator.open("eastern-gas")
    window.bookmarks.toggle()
    edit = window.detail.note_edit
    lines = edit.fontMetrics().lineSpacing()
    two = edit.height()
    assert two < 3 * lines + 20
    window.tree.setFocus()
    assert edit.height() == two
    edit.setFocus()
    assert edit.height() == two  # clicking or tabbing into it moves nothing
    qtbot.keyClicks(edit, "Ask about the timetable.")
    assert edit.height() == two
    for line in ("Who attends?", "Which ministry leads?", "What was agreed in 2019?", "Follow up."):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)
    qtbot.waitUntil(lambda: 5 * lines <= edit.height() < 7 * lines + 20)  # five lines, all of them shown
    for line in ("Six.", "Seven.", "Eight."):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)
    assert edit.height() < 7 * lines + 20  # six at most: then it scrolls


# -- zoom ------------------------------------------------------------------------------------------


def test_text_zoom_from_any_field_and_remembered(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    window.navigator.open("eastern")
    browser = window.detail.browser
    normal = browser.font().pointSizeF()
    window.search_bar.field.setFocus()
    _key(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert browser.font().pointSizeF() == pytest.approx(normal * 1.25)
    assert window.statusBar().currentMessage() == "Text size 125%"
    window.tree.setFocus()
    _key(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert browser.font().pointSizeF() == pytest.approx(normal * 1.1)
    again = make_window(mini_library)
    assert again.detail.browser.font().pointSizeF() == pytest.approx(normal * 1.1)
    again.detail.browser.setFocus()
    _key(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.detail.browser.font().pointSizeF() == pytest.approx(normal)


def test_the_map_keeps_its_own_zoom_keys_while_it_has_the_focus(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, (1280, 1000))
    window.navigator.open("eastern")
    view = window.map_pane.view
    assert view is not None
    normal = window.detail.browser.font().pointSizeF()
    scale = view.transform().m11()
    view.setFocus()
    _key(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() > scale
    assert window.detail.browser.font().pointSizeF() == normal
    _key(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(scale)


# -- find in entry ---------------------------------------------------------------------------------


def test_find_in_the_entry(qtbot: QtBot, make_window: WindowFactory, bundled: Library, said: list[str]) -> None:
    window = make_window(bundled)
    window.navigator.open("eastern")
    text = window.detail.browser.toPlainText()
    expected = len(re.findall("russia", text, flags=re.IGNORECASE))
    assert expected >= 3
    window.search_bar.field.setFocus()
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.detail.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "russia")
    assert bar.matches() == expected and bar.current() == 0
    assert bar.count.text() == f"1 of {expected}" and said[-1] == f"1 of {expected}"
    assert window.detail.browser.textCursor().selectedText().casefold() == "russia"
    _key(qtbot, Qt.Key.Key_Return)
    assert bar.current() == 1
    _key(qtbot, Qt.Key.Key_F3)
    assert bar.current() == 2
    _key(qtbot, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == 0
    window.navigator.open("western")  # a new entry is searched at once
    assert bar.matches() == len(re.findall("russia", window.detail.browser.toPlainText(), flags=re.IGNORECASE))
    bar.field.setFocus()
    qtbot.keyClicks(bar.field, "zzz")
    assert bar.count.text() == "No matches"
    _key(qtbot, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.detail.browser.hasFocus()
    assert window.detail.browser.extraSelections() == []


# -- the text one Tab stop, then its links, as a browser has them --------------------------------


def test_tab_comes_to_the_text_then_to_each_link_then_leaves(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library, said: list[str]
) -> None:
    window = make_window(mini_library)
    window.navigator.open("eastern-rajin-khasan")
    browser, walk = window.detail.browser, window.detail.links
    count = walk.link_count()
    assert count >= 2
    window.search_bar.field.setFocus()
    while QApplication.focusWidget() is not browser:  # Tab along the window to the entry
        _key(qtbot, Qt.Key.Key_Tab)
    assert walk.current_index() == -1  # first the text itself: its keys scroll it
    _key(qtbot, Qt.Key.Key_Tab)
    assert browser.hasFocus() and walk.current_index() == 0
    target = QUrl(browser.textCursor().charFormat().anchorHref()).path()
    title = window.detail._link_titles.get(target) or browser.textCursor().selectedText()
    assert said[-1] == f"Link 1 of {count}: {title}"
    assert window.statusBar().currentMessage().startswith("Open ") or "Copy" in window.statusBar().currentMessage()
    for n in range(1, count):
        _key(qtbot, Qt.Key.Key_Tab)
        assert walk.current_index() == n
    _key(qtbot, Qt.Key.Key_Tab)
    assert not browser.hasFocus()  # past the last link: on to the rest of the window
    _key(qtbot, Qt.Key.Key_Backtab)
    assert browser.hasFocus() and walk.current_index() == -1
    _key(qtbot, Qt.Key.Key_Backtab)
    assert walk.current_index() == count - 1  # Shift+Tab: the last link, and back the same way


def test_tab_starts_from_the_links_in_view_and_enter_opens_the_one_chosen(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library, said: list[str]
) -> None:
    window = make_window(bundled, size=(1000, 700))
    window.navigator.open("eastern")
    browser, walk = window.detail.browser, window.detail.links
    assert walk.link_count() > 20
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).position()
    window.search_bar.field.setFocus()
    while QApplication.focusWidget() is not browser:
        _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    assert browser.textCursor().selectionStart() >= top, "the first link in view, not the page's first"
    assert bar.value() > 0
    _key(qtbot, Qt.Key.Key_Escape)
    assert walk.current_index() == -1 and said[-1] == "Back to the text."
    _key(qtbot, Qt.Key.Key_Return)  # Enter on the text: the first link in view
    chosen = QUrl(browser.textCursor().charFormat().anchorHref()).path()
    assert chosen
    with qtbot.wait_signal(window.navigator.entryOpened, timeout=3000) as opened:
        _key(qtbot, Qt.Key.Key_Return)
    assert opened.args == [chosen]


def test_the_link_chosen_by_tab_has_a_2px_ring_that_stands_out_3_to_1(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    from PySide6.QtGui import QColor, QImage, QPalette

    from npviewer.ui.common.contrast import ratio
    from npviewer.ui.common.focus_ring import ring_colour

    window = make_window(mini_library)
    window.navigator.open("eastern-rajin-khasan")
    browser = window.detail.browser
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    _key(qtbot, Qt.Key.Key_Tab)
    cursor = browser.textCursor()
    rect = browser.range_rects(cursor.selectionStart(), cursor.selectionEnd())[0].toAlignedRect()
    image = browser.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ring = ring_colour(browser.palette()).rgb() & 0xFFFFFF
    left, top = rect.left() - 3, rect.center().y()  # the ring's left side, 2 px wide
    painted = [image.pixel(x, top) & 0xFFFFFF for x in range(left - 1, left + 3)]
    assert painted.count(ring) >= 2, [hex(p) for p in painted]
    base = browser.palette().color(QPalette.ColorRole.Base)
    assert ratio(QColor.fromRgb(ring), base) >= 3.0


def test_status_texts_name_what_links_open_never_an_id(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.detail._link_hovered(QUrl("npv:eastern"))  # the welcome page's link
    window.navigator.open("eastern-rajin-khasan")
    window.detail._link_hovered(QUrl("npv:russia"))
    window.detail._link_hovered(QUrl("npv:doc:seed"))
    shown = [m for m in messages if m]
    assert shown == ["Open Eastern Region", "Open Russia (country)", "Open A seed page (source document)"]
    ids = {"eastern", "russia", "doc:seed", "eastern-rajin-khasan"}
    assert not any(word in ids for m in shown for word in m.split())
