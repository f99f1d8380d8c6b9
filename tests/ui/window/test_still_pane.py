"""The pane stays still: clicking into the note moves no control (every widget's place in the window is
compared before and after), a note written longer takes its room from the text alone (the Save button,
the map and the timeline stay where they were), and the timeline's lanes keep a readable height."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def _places(window: MainWindow) -> dict[str, QRect]:
    """Where every visible widget of the window is, in the window's coordinates."""
    out = {}
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.objectName() != "focusRing":
            name = f"{type(widget).__name__}:{widget.objectName()}:{id(widget)}"
            out[name] = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return out


@pytest.fixture
def reading(qtbot: QtBot, make_window: WindowFactory, bundled: Library) -> Callable[[tuple[int, int]], MainWindow]:
    def make(size: tuple[int, int]) -> MainWindow:
        store = open_user_store()
        store.add_bookmark("eastern", "Eastern Region", "A short note.")
        store.close()
        window = make_window(bundled, size)
        window.navigator.open("eastern")  # a map above the text, a long text, a note box below
        window.detail.show_map(True)
        window.act["timeline_toggle"].trigger()
        assert window.timeline.panel is not None
        qtbot.waitUntil(lambda: window.timeline.panel is not None and window.timeline.panel.view.isVisible())
        window.tree.setFocus()
        qtbot.wait(50)
        return window

    return make


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_clicking_into_the_note_moves_no_control(
    qtbot: QtBot, reading: Callable[[tuple[int, int]], MainWindow], size: tuple[int, int]
) -> None:
    window = reading(size)
    before = _places(window)
    edit = window.detail.note_edit
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.waitUntil(edit.hasFocus)
    qtbot.wait(50)
    after = _places(window)
    moved = {name: (before[name], after.get(name)) for name in before if after.get(name) != before[name]}
    assert moved == {}


def test_a_longer_note_takes_its_room_from_the_text_alone(
    qtbot: QtBot, reading: Callable[[tuple[int, int]], MainWindow]
) -> None:
    window = reading((1366, 900))
    detail, timeline = window.detail, window.timeline.panel
    assert timeline is not None
    save: QAbstractButton = detail.note_save
    map_view = window.map_pane.view
    assert map_view is not None and map_view.isVisible()
    still = {
        "save": lambda: QRect(save.mapTo(window, QPoint(0, 0)), save.size()),
        "map": lambda: QRect(map_view.mapTo(window, QPoint(0, 0)), map_view.size()),
        "timeline": lambda: QRect(timeline.mapTo(window, QPoint(0, 0)), timeline.size()),
        "buttons": lambda: QRect(detail.star_button.mapTo(window, QPoint(0, 0)), detail.star_button.size()),
    }
    before = {name: place() for name, place in still.items()}
    text_before = detail.browser.height()
    edit = detail.note_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    for line in ("Who attends?", "Which ministry leads?", "What was agreed?", "Follow up."):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)
    qtbot.wait(50)
    assert {name: place() for name, place in still.items()} == before
    assert detail.browser.height() < text_before  # the text gave the room


def test_the_timelines_lanes_keep_a_readable_height(
    qtbot: QtBot, reading: Callable[[tuple[int, int]], MainWindow]
) -> None:
    window = reading((1024, 700))
    timeline = window.timeline.panel
    assert timeline is not None
    window.detail.note_edit.setFocus()
    qtbot.wait(50)
    frame = timeline.view.frame()
    heights = [lane.bottom - lane.top for lane in frame.lanes]
    row = timeline.view.fontMetrics().height() + 6
    assert heights and min(heights) >= row + 8, heights  # a row and its padding at the least
    labels = [i.rect.adjusted(0, 0, i.label_width, 0) for i in frame.items if i.label]
    badges = [g.rect for g in frame.groups if g.badge]
    assert not [(b, r) for b in badges for r in labels if b.intersects(r)]  # no badge over a label
