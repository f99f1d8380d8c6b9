"""The timeline and the map inside the main window: both follow the entry, both open entries."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.map.qt_shapes import load_map
from npviewer.store.library import Library
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.window.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]


@pytest.fixture
def stores() -> Iterator[list[UserStore]]:
    opened: list[UserStore] = []
    yield opened
    for store in opened:
        store.close()


def _window(qtbot: QtBot, library: Library, stores: list[UserStore]) -> MainWindow:
    store = open_user_store()
    stores.append(store)
    window = create_main_window(library, store)
    qtbot.add_widget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _show_timeline(qtbot: QtBot, window: MainWindow) -> None:
    window.act["timeline_toggle"].trigger()
    qtbot.waitUntil(lambda: window.timeline.panel is not None and window.timeline.panel.isVisible())


def test_showing_the_timeline_fills_it_with_every_dated_entry(
    qtbot: QtBot, mini_library: Library, stores: list[UserStore]
) -> None:
    window = _window(qtbot, mini_library, stores)
    assert window.timeline.panel is None  # nothing made before it is wanted
    _show_timeline(qtbot, window)
    panel = window.timeline.panel
    assert panel is not None
    ids = [panel.model.event_at(row).id for row in range(panel.model.rowCount())]
    assert ids == [e.id for e in mini_library.repo.timeline_events()] == ["forum-1", "meeting-13"]


def test_clicking_an_event_opens_it_and_selects_it_in_the_tree(
    qtbot: QtBot, mini_library: Library, stores: list[UserStore]
) -> None:
    window = _window(qtbot, mini_library, stores)
    _show_timeline(qtbot, window)
    view = window.timeline.panel.view  # type: ignore[union-attr]
    rect = view.event_rect("meeting-13")
    assert rect is not None
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args == ["meeting-13"]
    assert window.navigator.current_id() == "meeting-13"
    assert window.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "13th meeting"


def test_opening_an_entry_highlights_its_events(qtbot: QtBot, mini_library: Library, stores: list[UserStore]) -> None:
    window = _window(qtbot, mini_library, stores)
    _show_timeline(qtbot, window)
    view = window.timeline.panel.view  # type: ignore[union-attr]
    window.navigator.open("eastern")
    assert view.highlighted() == {"forum-1", "meeting-13"}
    window.navigator.open("primorsky-krai")
    assert view.highlighted() == {"meeting-13"}
    window.navigator.open("russia")  # the country: its area's events count
    assert view.highlighted() == {"meeting-13"}
    window.navigator.open("forum-1")
    assert view.highlighted() == {"forum-1"} and view.current_id() == "forum-1"
    window.navigator.open("eastern-gas")
    assert view.highlighted() == set()


def test_timeline_lanes_and_filter_are_kept_with_the_window(
    qtbot: QtBot, mini_library: Library, stores: list[UserStore]
) -> None:
    window = _window(qtbot, mini_library, stores)
    _show_timeline(qtbot, window)
    panel = window.timeline.panel
    assert panel is not None
    panel.set_lane_mode("kind")
    panel.model.set_filter(kinds={"forum"})
    window.close()
    again = _window(qtbot, mini_library, stores)
    assert not again.timeline_dock.isHidden()
    qtbot.waitUntil(lambda: again.timeline.panel is not None)
    restored = again.timeline.panel
    assert restored is not None and restored.view.lane_mode() == "kind"
    assert [restored.model.event_at(r).id for r in range(restored.model.rowCount())] == ["forum-1"]


def _map_point(window: MainWindow, code: str) -> QPoint:
    view = window.map_pane.view
    assert view is not None
    feature = load_map().features[code]
    point = view.mapFromScene(feature.label)
    assert view.viewport().rect().contains(point)
    return point


def test_a_region_shows_its_map_and_a_measure_none(
    qtbot: QtBot, mini_library: Library, stores: list[UserStore]
) -> None:
    window = _window(qtbot, mini_library, stores)
    window.navigator.open("eastern")
    view = window.map_pane.view
    assert view is not None and window.detail.map_slot.isVisible()
    assert view.highlighted_codes() == {"643"}
    window.navigator.open("eastern-gas")
    assert not window.detail.map_slot.isVisible()
    window.navigator.open("russia")
    assert window.detail.map_slot.isVisible() and view.highlighted_codes() == {"643"}


def test_clicking_a_country_on_the_map_opens_it(qtbot: QtBot, mini_library: Library, stores: list[UserStore]) -> None:
    window = _window(qtbot, mini_library, stores)
    window.navigator.open("eastern")
    view = window.map_pane.view
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible())
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_map_point(window, "643"))
    assert opened.args == ["russia"]


def test_a_source_title_opens_the_document_with_every_citation_of_it(
    qtbot: QtBot, mini_library: Library, stores: list[UserStore]
) -> None:
    window = _window(qtbot, mini_library, stores)
    window.navigator.open("eastern-gas")
    window.detail.entryLinkActivated.emit("doc:seed")  # what clicking the source's title does
    assert window.navigator.current_id() == "doc:seed"
    text = window.detail.browser.toPlainText()
    assert "A seed page" in text and "Cited in npviewer (6)" in text and "Quotations (6)" in text
    assert "Laying the foundation to connect ROK, North Korea, and Russia in gas" in text
    assert "Full text as captured" in text
    assert not window.detail.star_button.isEnabled() and not window.detail.map_slot.isVisible()
    assert window.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "A seed page"
    window.navigator.back()
    assert window.navigator.current_id() == "eastern-gas"
    window.navigator.forward()
    assert window.navigator.current_id() == "doc:seed"
    window.navigator.open("eastern-gas")
    html = window.detail.browser.toHtml()
    assert 'href="npv:doc:seed"' in html


def test_a_switch_of_content_reads_the_events_on_the_worker_and_a_hidden_timeline_none(
    qtbot: QtBot, mini_library: Library, monkeypatch: pytest.MonkeyPatch, make_window: Callable[..., MainWindow]
) -> None:
    """A content update's switch must not hold the window up reading a large store's events (the
    content update benchmark's 100,000 entries took 0.45 s): a hidden timeline reads nothing, a shown
    one reads on the worker thread and shows them when they come."""
    import threading

    from npviewer.store.repository import Repository

    window = make_window(threaded=True)
    readers: list[str] = []
    real = Repository.timeline_events

    def timeline_events(self: Repository) -> list[object]:
        readers.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(Repository, "timeline_events", timeline_events)
    window.timeline.set_library(mini_library)
    assert readers == [], "a hidden timeline reads its events when first shown"
    _show_timeline(qtbot, window)
    assert readers == [threading.main_thread().name]  # shown at the user's asking: read at once
    panel = window.timeline.panel
    assert panel is not None
    panel.set_events([])  # as if the old content had no events: the new ones must come
    window.timeline.set_library(mini_library)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert len(readers) == 2 and readers[1] != threading.main_thread().name
