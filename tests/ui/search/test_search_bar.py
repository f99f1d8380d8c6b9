"""The search bar: debounced queries, filters added to the text, Escape, history menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from npviewer.store.userdata import SavedSearch
from npviewer.ui.search.search_bar import SearchBar, replace_filter


def test_replace_filter() -> None:
    assert replace_filter("gas", "kind", "meeting") == "gas kind:meeting"
    assert replace_filter("gas kind:measure", "kind", "meeting") == "gas kind:meeting"
    assert replace_filter("gas KIND:measure rail", "kind", "") == "gas rail"
    assert replace_filter("", "region", "eastern") == "region:eastern"
    assert replace_filter("subkind:x", "kind", "") == "subkind:x"


def test_typing_is_debounced_into_one_query(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.add_widget(bar)
    seen: list[str] = []
    bar.queryChanged.connect(seen.append)
    with qtbot.wait_signal(bar.queryChanged, timeout=2000):
        qtbot.keyClicks(bar.field, "Rajin")
    assert seen == ["Rajin"]


def test_escape_clears_then_leaves(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.add_widget(bar)
    bar.set_text("gas")
    with qtbot.wait_signal(bar.queryChanged) as cleared:
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert cleared.args == [""]
    assert bar.text() == ""
    with qtbot.wait_signal(bar.leaveRequested):
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)


def test_history_menu_reruns_a_search(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.add_widget(bar)
    bar.set_history(["gas", "rail"], [SavedSearch("Meetings", "kind:meeting")])
    queries = [a.data() for a in bar.history_menu.actions() if a.data()]
    assert queries == ["kind:meeting", "gas", "rail"]
    action = next(a for a in bar.history_menu.actions() if a.data() == "rail")
    with qtbot.wait_signal(bar.queryChanged) as ran:
        action.trigger()
    assert ran.args == ["rail"]
    assert bar.text() == "rail"


def test_filter_combo_follows_the_text(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.add_widget(bar)
    bar.set_text("gas kind:meeting")
    assert bar.kind_combo.currentIndex() == 0  # not one of the combo's choices
    bar.set_text("gas kind:event")
    assert bar.kind_combo.currentData() == "event"
