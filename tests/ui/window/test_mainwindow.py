"""The main window driven like a user would: search, open, bookmark, navigate, reopen."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QMouseEvent
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store
from npviewer.ui.common.roles import ENTRY_ID_ROLE
from npviewer.ui.window.main_window import MainWindow
from npviewer.ui.window.state import saved_last_entry

WindowFactory = Callable[..., MainWindow]  # the make_window fixture: tests/ui/conftest.py

#: The offscreen platform cannot resize a shown top-level to its layout's minimum: harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = window.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, text)
    with qtbot.wait_signal(window.searcher.searchFinished, timeout=3000):
        pass


def test_search_open_bookmark_and_reopen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    field = window.search_bar.field
    field.setFocus()
    with qtbot.wait_signal(window.searcher.searchFinished, timeout=3000):
        qtbot.keyClicks(field, "Rajin")
    model = window.results_model
    assert model.rowCount() >= 1
    assert window.results_view.is_showing_results()
    first = model.index(0, 0)
    rect = window.results_view.list.visualRect(first)
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.mouseClick(window.results_view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["eastern-rajin-khasan"]
    assert window.navigator.current_id() == "eastern-rajin-khasan"
    assert "Rajin-Khasan" in window.detail.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.bookmarks_model.entry_ids() == ["eastern-rajin-khasan"]
    assert window.detail.star_button.isChecked()
    window.close()

    again = make_window()
    assert again.bookmarks_model.entry_ids() == ["eastern-rajin-khasan"]
    assert saved_last_entry() == "eastern-rajin-khasan"


def test_search_history_is_kept_and_rerun(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.searcher.run("Rajin")
    window.results_view.open_current_or_first()
    queries = [a.data() for a in window.search_bar.history_menu.actions() if a.data()]
    assert queries == ["Rajin"]
    window.searcher.run("")
    assert window.results_model.rowCount() == 0
    next(a for a in window.search_bar.history_menu.actions() if a.data() == "Rajin").trigger()
    assert window.search_bar.text() == "Rajin"
    assert window.results_model.entry_ids() == ["eastern-rajin-khasan"]


def test_enter_opens_first_result(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.search_bar.field.setFocus()
    qtbot.keyClicks(window.search_bar.field, "Rajin")
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    assert window.navigator.current_id() == "eastern-rajin-khasan"


def test_threaded_search_posts_results_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(threaded=True)
    with qtbot.wait_signal(window.searcher.searchFinished, timeout=5000):
        window.searcher.run("gas")
    assert "eastern-gas" in window.results_model.entry_ids()


def test_hangul_search_through_input_method(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    field = window.search_bar.field
    field.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("연해주")
    with qtbot.wait_signal(window.searcher.searchFinished, timeout=3000):
        QGuiApplication.sendEvent(field, event)
    assert field.text() == "연해주"
    assert window.results_model.entry_ids()[:1] == ["primorsky-krai"]


def test_no_result_and_empty_states(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert "Type to search" in window.results_view.message.text()
    window.searcher.run("zzzqqq")
    assert window.results_model.rowCount() == 0
    assert not window.results_view.is_showing_results()
    assert "No entries match" in window.results_view.message.text()
    assert "zzzqqq" in window.results_view.message.text()
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    assert window.search_bar.text() == ""
    assert "Type to search" in window.results_view.message.text()


def test_kind_filter_adds_to_query(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.searcher.run("meeting")
    combo = window.search_bar.kind_combo
    row = combo.findData("event")
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert window.search_bar.text() == "meeting kind:event"
    assert window.results_model.entry_ids() == ["meeting-13"]
    row = combo.findData("measure")
    combo.activated.emit(row)
    assert window.search_bar.text() == "meeting kind:measure"
    assert window.results_model.rowCount() == 0
    region = window.search_bar.region_combo
    region.activated.emit(region.findData("eastern"))
    assert window.search_bar.text() == "meeting kind:measure region:eastern"


def test_back_and_forward(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.act["back"].isEnabled()
    for entry_id in ("eastern", "russia", "meeting-13"):
        window.navigator.open(entry_id)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current_id() == "russia"
    window.act["back"].trigger()
    assert window.navigator.current_id() == "eastern"
    assert not window.act["back"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.current_id() == "russia"
    viewport = window.detail.browser.viewport()
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(10, 10),
        QPointF(viewport.mapToGlobal(QPoint(10, 10))),
        Qt.MouseButton.ForwardButton,
        Qt.MouseButton.ForwardButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(viewport, press)
    assert window.navigator.current_id() == "meeting-13"
    window.navigator.open("forum-1")
    assert not window.act["forward"].isEnabled()


def test_every_region_through_the_tree(qtbot: QtBot, make_window: WindowFactory, mini_library: Library) -> None:
    window = make_window()
    model = window.tree.model()
    top = [model.index(r, 0) for r in range(model.rowCount())]
    regions = [i for i in top if i.data(ENTRY_ID_ROLE) in {r.id for r in mini_library.repo.regions()}]
    assert {i.data(ENTRY_ID_ROLE) for i in regions} == {r.id for r in mini_library.repo.regions()}
    for index in regions:
        window.tree.setCurrentIndex(index)
        assert window.navigator.current_id() == index.data(ENTRY_ID_ROLE)
        assert model.hasChildren(index)
        model.fetchMore(index)
        assert model.rowCount(index) > 0
        child = model.index(0, 0, index)
        window.tree.setCurrentIndex(child)
        assert window.navigator.current_id() == child.data(ENTRY_ID_ROLE)


def test_tree_follows_the_current_entry(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("eastern-rajin-khasan")
    current = window.tree.currentIndex()
    assert current.data(ENTRY_ID_ROLE) == "eastern-rajin-khasan"
    assert window.tree.isExpanded(current.parent())


def test_link_click_navigates_in_app(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("eastern-rajin-khasan")
    browser = window.detail.browser
    doc = browser.document()
    block = doc.begin()
    position = -1
    while block.isValid() and position < 0:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == "npv:russia":
                position = frag.position() + 1
                break
            it += 1
        block = block.next()
    assert position > 0
    cursor = browser.textCursor()
    cursor.setPosition(position)
    point = browser.cursorRect(cursor).center()
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["russia"]
    assert window.navigator.current_id() == "russia"


def test_external_links_are_never_followed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("meeting-13")
    browser = window.detail.browser
    assert not browser.openLinks() and not browser.openExternalLinks()
    assert browser.loadResource(2, QUrl("https://example.org/a.png")) is None
    browser.anchorClicked.emit(QUrl("https://example.org/a"))
    assert window.navigator.current_id() == "meeting-13"
    assert "https://example.org/a" in browser.toPlainText()
    browser.anchorClicked.emit(QUrl("npv-copy:0"))
    assert QGuiApplication.clipboard().text() == "https://example.org/a"


def test_copy_citation(qtbot: QtBot, make_window: WindowFactory, mini_library: Library) -> None:
    window = make_window()
    window.navigator.open("eastern-rajin-khasan")
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Preparing to resume the Rajin-Khasan logistics project"
    assert "A seed page" in text
    assert (
        "\u201cPreparing to resume the Rajin-Khasan logistics project considering inter-Korean relations\u201d" in text
    )
    assert f"Entry eastern-rajin-khasan; content version {mini_library.repo.content_version}" in lines
    assert "Eastern Region > Cooperation" in text


def test_copy_citation_in_each_format_from_the_edit_menu(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("meeting-13")
    clipboard = QGuiApplication.clipboard()
    formats = {
        a.text().replace("&", ""): a for a in (window.act[f"copy_{fmt}"] for fmt in ("chicago", "bibtex", "ris"))
    }
    formats["Copy Citation as BibTeX"].trigger()
    assert clipboard.text().startswith("@misc{other,") and "note = {Cited at para. 1}" in clipboard.text()
    formats["Copy Citation as RIS"].trigger()
    assert clipboard.text().startswith("TY  - PRESS\nTI  - Another source\n")
    formats["Copy Citation as Chicago Note"].trigger()
    assert clipboard.text().startswith("1. A ministry, \u201cAnother source,\u201d press release, December 12, 2019")
    assert window.statusBar().currentMessage() == "Chicago note copied"


def test_note_on_bookmark(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("russia")
    window.bookmarks.toggle()
    assert window.detail.note_box.isVisible()
    window.detail.note_edit.setPlainText("check the 2019 figures")
    qtbot.mouseClick(window.detail.note_save, Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia") is not None
    assert window.user.bookmark("russia").note == "check the 2019 figures"  # type: ignore[union-attr]
    window.bookmarks.toggle()
    assert window.bookmarks_model.rowCount() == 0
    assert not window.detail.note_box.isVisible()


def test_missing_bookmark_is_kept_and_marked(qtbot: QtBot, make_window: WindowFactory) -> None:
    store = open_user_store()
    store.add_bookmark("gone-entry", "An entry that was removed")
    store.close()
    window = make_window()
    model = window.bookmarks_model
    assert model.entry_ids() == ["gone-entry"]
    assert model.data(model.index(0, 0)) == "An entry that was removed (no longer in the content)"


def test_import_bad_file_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    window.navigator.open("russia")
    window.bookmarks.toggle()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.bookmarks.import_(bad)
    assert shown and "Nothing was imported" in shown[0]
    assert window.bookmarks_model.entry_ids() == ["russia"]
    good = tmp_path / "good.json"
    window.user.export_bookmarks(good)
    window.bookmarks.toggle()
    window.bookmarks.import_(good)
    assert window.bookmarks_model.entry_ids() == ["russia"]


def test_ctrl_e_exports_the_brief_of_the_region_on_show(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Ctrl+E on a measure offers its region, with every region, country and the bookmarks to choose
    from, and writes the PDF."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from npviewer.ui.brief.dialog import BriefExportDialog

    window = make_window()
    window.navigator.open("eastern-rajin-khasan")
    controller = window.brief_controller()
    controller.interactive = False
    seen: dict[str, object] = {}
    target = tmp_path / "eastern.pdf"

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BriefExportDialog)
        seen["regions"] = [dialog.region.itemData(i) for i in range(dialog.region.count())]
        seen["chosen"] = dialog.region.currentData()
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, answer_dialog)
    with qtbot.wait_signal(controller.finished, timeout=60_000) as done:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen["chosen"] == "eastern"
    assert {"eastern", "russia", "bookmarks"} <= set(seen["regions"])  # type: ignore[arg-type]
    assert done.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    window.navigator.open("eastern")
    assert window.detail.brief_button.isVisible()
    window.navigator.open("russia")
    assert not window.detail.brief_button.isVisible()


def test_no_display_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from npviewer import app

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.run_gui([]) == 2
    err = capsys.readouterr().err
    assert err.strip() == app.NO_DISPLAY


def test_rajin_on_the_bundled_content(qtbot: QtBot, tmp_path: Path) -> None:
    """The bundled content: typing "Rajin" finds the Rajin-Khasan measure first."""
    library = Library.open(target=tmp_path / "content.sqlite")
    store = open_user_store()
    window = create_main_window(library, store)
    qtbot.add_widget(window)
    window.show()
    window.search_bar.field.setFocus()
    with qtbot.wait_signal(window.searcher.searchFinished, timeout=3000):
        qtbot.keyClicks(window.search_bar.field, "Rajin")
    assert window.results_model.entry_ids()[0] == "eastern-rajin-khasan"
    window.results_view.open_current_or_first()
    assert window.navigator.current_id() == "eastern-rajin-khasan"
    assert window.tree.currentIndex().data(ENTRY_ID_ROLE) == "eastern-rajin-khasan"
    window.close()
    store.close()
    library.close()
