"""Searching in the window: counts said in words and to screen readers, "Did you mean", the user's
notes among the results, and snippets of later rows filled in after the first ones."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def window(make_window: WindowFactory, mini_library: Library) -> MainWindow:
    return make_window(mini_library)


def test_the_count_is_one_plain_sentence_in_the_status_bar_and_to_screen_readers(
    window: MainWindow, said: list[str]
) -> None:
    window.searcher.run("kind:meeting year:2019")
    assert window.statusBar().currentMessage() == "1 entry matches."
    assert window.results_view.summary.text() == "1 entry matches."
    window.searcher.run("russia")
    assert window.statusBar().currentMessage() == "3 entries match."
    window.searcher.run("xylophone")
    assert "No entries match “xylophone”." in said
    assert said[:2] == ["1 entry matches.", "3 entries match."]


def test_more_entries_than_shown_are_said_so(make_window: WindowFactory, bundled: Library) -> None:
    window = make_window(bundled)
    window.searcher.run("region:eastern")
    assert window.statusBar().currentMessage() == (
        "More than 100 entries match; the first 100 are shown in reading order."
    )
    assert len(window.results_model.entry_ids()) == 100


def test_a_typo_shows_the_entries_of_the_suggestion_and_says_so(
    make_window: WindowFactory, bundled: Library, said: list[str]
) -> None:
    window = make_window(bundled)
    window.searcher.run("Vladivostock")
    ids = window.results_model.entry_ids()
    assert ids and ids == [h.id for h in bundled.search.search("Vladivostok", 100).hits]
    assert "Did you mean" in window.results_view.summary.text()
    assert said[-1].startswith("Did you mean “Vladivostok”? Nothing matches “Vladivostock”")
    window.results_view.summary.linkActivated.emit("suggest:")
    assert window.search_bar.text() == "Vladivostok"
    assert window.results_model.entry_ids() == ids
    assert "Did you mean" not in window.results_view.summary.text()


def test_notes_from_the_users_data_are_searched_and_shown(window: MainWindow) -> None:
    window.user.add_bookmark("eastern-gas", "Laying the foundation")
    window.user.set_note("eastern-gas", "Ask about the visa timetable")
    window.searcher.run("visa")
    model = window.results_model
    assert model.entry_ids() == ["eastern-gas"]
    assert "Your note: Ask about the visa timetable" in str(model.data(model.index(0, 0), 0x03))  # tooltip
    window.searcher.run("note:timetable kind:measure")
    assert model.entry_ids() == ["eastern-gas"]
    window.searcher.run("note:nothing")
    assert model.entry_ids() == []


def test_snippets_of_later_rows_are_filled_in_after_the_results_show(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, threaded=True)
    model = window.results_model
    with qtbot.wait_signal(window.searcher.searchFinished, timeout=10000):
        window.searcher.run("Korea")
    assert len(model.entry_ids()) > 20
    qtbot.waitUntil(lambda: not model.missing_snippets(), timeout=10000)
    last = model.index(model.rowCount() - 1, 0)
    assert "<b>" in str(model.data(last, 0x0100 + 4))
