"""Where the keys are can be seen, and typing never vanishes: every pane that takes the keyboard focus
shows a 2-px ring that stands out 3:1 against the window around it and against its own colour, in every
theme; characters typed where text cannot go (the entry) start a search."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store
from npviewer.ui.common.contrast import ratio
from npviewer.ui.common.focus_ring import ring_colour
from npviewer.ui.common.theme import choose_theme, use_theme
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(params=["system", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QPalette(qapp.palette())
    if request.param != "system":
        choose_theme(request.param)
    yield str(request.param)
    use_theme("system")
    qapp.setPalette(before)


def _panes(window: MainWindow) -> dict[str, QWidget]:
    """Every pane of the window that takes the keyboard focus, each made and shown."""
    window.navigator.open("eastern-rajin-khasan")  # bookmarked: its note box shows; a measure with a map
    window.searcher.run("Rajin")
    window.bookmarks_dock.show()
    window.timeline_dock.show()
    window.timeline.ensure_panel()
    window.navigator.open("eastern")  # a region: the map
    map_view = window.map_pane.view
    assert map_view is not None and window.timeline.panel is not None
    window.navigator.open("eastern-rajin-khasan")
    return {
        "search field": window.search_bar.field,
        "tree": window.tree,
        "results": window.results_view.list,
        "entry": window.detail.browser,
        "note": window.detail.note_edit,
        "bookmarks": window.bookmarks_panel.list,
        "timeline": window.timeline.panel.view,
        "map": map_view,
    }


def test_every_focusable_pane_shows_a_ring_3_to_1_against_the_window_and_itself(
    qtbot: QtBot, theme: str, make_window: WindowFactory
) -> None:
    store = open_user_store()
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan", "a note")
    store.close()
    window = make_window(size=(1366, 768))
    panes = _panes(window)
    palette = QApplication.palette()
    around, inside = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    ring = ring_colour(palette)
    assert ratio(ring, around) >= 3.0 and ratio(ring, inside) >= 3.0, (theme, ring.name())
    unseen = {}
    for name, pane in panes.items():
        if name == "results":
            window.tabs.setCurrentWidget(window.results_view)
        elif name == "tree":
            window.tabs.setCurrentIndex(0)
        if name == "map":
            window.detail.show_map(True)
            window.navigator.open("eastern")
        pane.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(pane.hasFocus)
        assert pane.isVisible() and pane.width() > 4 and pane.height() > 4, (name, pane.isVisible(), pane.size())
        image = pane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        middle_x, middle_y = image.width() // 2, image.height() // 2
        edge = [image.pixelColor(x, y) for x, y in ((0, middle_y), (1, middle_y), (middle_x, 0), (middle_x, 1))]
        if any(c.rgb() != ring.rgb() for c in edge):
            unseen[name] = [c.name() for c in edge]
        pane.clearFocus()
        qtbot.waitUntil(lambda p=pane: not p.hasFocus())
        after = pane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        still = [after.pixelColor(x, after.height() // 2).rgb() for x in (0, 1)]
        if still == [ring.rgb(), ring.rgb()]:
            unseen[f"{name} (still ringed without the focus)"] = True
    assert unseen == {}, (theme, ring.name())


def test_typing_in_the_entry_starts_a_search_with_what_was_typed(
    qtbot: QtBot, make_window: WindowFactory, mini_library: Library
) -> None:
    window = make_window(mini_library)
    window.navigator.open("eastern")
    browser = window.detail.browser
    browser.setFocus()
    for char in "raj":  # as typed: each key to the widget with the focus
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, char)
    assert window.search_bar.field.hasFocus()
    assert window.search_bar.text() == "raj"
    qtbot.waitUntil(lambda: "eastern-rajin-khasan" in window.results_model.entry_ids())
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Space)  # space scrolls, as in any reader: not a search
    assert browser.hasFocus() and window.search_bar.text() == ""


def test_ring_colour_is_drawn_from_the_palette(qapp: QApplication) -> None:
    light = QPalette(qapp.palette())
    light.setColor(QPalette.ColorRole.Highlight, QColor("#9fd3ff"))  # too pale to stand out on white
    fitted = ring_colour(light)
    assert ratio(fitted, light.color(QPalette.ColorRole.Base)) >= 3.0
    assert ratio(fitted, light.color(QPalette.ColorRole.Window)) >= 3.0
    assert fitted.hue() == QColor("#9fd3ff").hue() or abs(fitted.hue() - QColor("#9fd3ff").hue()) <= 3
