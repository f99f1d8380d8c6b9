"""A window made in two steps (run_gui's): closed before its second step, it saves nothing half-made."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store


def test_a_window_closed_before_it_is_complete_leaves_the_next_one_its_toolbar_and_docks(
    qtbot: QtBot, mini_library: Library
) -> None:
    store = open_user_store()
    try:
        early = create_main_window(mini_library, store, staged=True)
        qtbot.add_widget(early)
        early.show()
        early.close()  # a quit within the first paint's turn of the event loop
        assert not early.built
        later = create_main_window(mini_library, store)
        qtbot.add_widget(later)
        with qtbot.wait_exposed(later):
            later.show()
        assert later.toolbar.isVisible()
        assert later.bookmarks_dock.isVisible()
        later.close()
    finally:
        store.close()


def test_the_first_paint_shows_the_tree_and_welcome_page_the_complete_window_keeps(
    qtbot: QtBot, mini_library: Library
) -> None:
    from npviewer.ui.common.user_bridge import UserBridge
    from npviewer.ui.common.worker import Worker

    store = open_user_store()
    try:
        window = create_main_window(mini_library, store, staged=True)
        qtbot.add_widget(window)
        first_model = window.tree.model()
        first_rows = [first_model.index(r, 0).data() for r in range(first_model.rowCount())]
        first_page = window.detail.browser.page_html
        assert first_rows and "Korea&#x27;s New Northern Policy" in first_page
        window.finish_building(mini_library, UserBridge(store), Worker())
        model = window.tree.model()
        assert model is window.tree_model
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == first_rows
        assert window.detail.browser.page_html == first_page
        window.close()
    finally:
        store.close()
