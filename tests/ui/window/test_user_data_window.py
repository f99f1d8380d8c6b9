"""No typed word lost, removals undoable, the read-only notice, untrusted text shown as text: the window
driven with real keys, real files, a real second process and a real full disk."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from faults import fill, locked, tmpfs
from npviewer import paths
from npviewer.app import notify_user_data
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.reading.note_editor import DRAFT_DELAY_MS
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UserStore, "BUSY_TIMEOUT", 0.5)


def reactivate(window: MainWindow) -> None:
    """What coming back to the window does (another window had the focus meanwhile)."""
    QGuiApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))


def type_note(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.detail.note_edit
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def another_instance(script: str) -> None:
    """Run ``script`` in a second npviewer process on the same user data (``store`` is open there)."""
    code = (
        "from npviewer.store.userdata import open_user_store\nstore = open_user_store()\n" + script + "\nstore.close()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=os.environ)
    assert result.returncode == 0, result.stderr


def bookmarked_with_note(window: MainWindow, entry_id: str, note: str) -> None:
    window.navigator.open(entry_id)
    window.bookmarks.toggle()
    window.user.set_note(entry_id, note)
    assert window.detail.note_edit.toPlainText() == note


def test_typed_note_survives_reactivation(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    bookmarked_with_note(window, "russia", "saved")
    type_note(qtbot, window, " and typed")
    reactivate(window)
    assert window.detail.note_edit.toPlainText() == "saved and typed"


def test_typed_note_survives_an_import_that_adds_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    bookmarked_with_note(window, "russia", "saved")
    export = tmp_path / "marks.json"
    window.user.export_bookmarks(export)
    type_note(qtbot, window, " and typed")
    window.bookmarks.import_(export)
    assert window.detail.note_edit.toPlainText() == "saved and typed"


def test_a_note_changed_by_a_second_instance_while_typing_offers_both(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    bookmarked_with_note(window, "russia", "saved")
    editor = window.detail.note_box
    type_note(qtbot, window, " and mine")
    another_instance('store.set_note("russia", "theirs")')
    reactivate(window)
    assert window.detail.note_edit.toPlainText() == "saved and mine"
    assert editor.in_conflict() and editor.conflict.isVisible()
    assert editor.other_view.toPlainText() == "theirs"
    qtbot.mouseClick(editor.keep_both_button, Qt.MouseButton.LeftButton)
    assert window.detail.note_edit.toPlainText() == "saved and mine\n\ntheirs"
    qtbot.mouseClick(window.detail.note_save, Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia").note == "saved and mine\n\ntheirs"  # type: ignore[union-attr]


@pytest.mark.parametrize(("choice", "stored"), [("keep_mine_button", "saved and mine"), ("use_other_button", "theirs")])
def test_the_user_chooses_between_two_versions(
    qtbot: QtBot, make_window: WindowFactory, choice: str, stored: str
) -> None:
    window = make_window()
    bookmarked_with_note(window, "russia", "saved")
    type_note(qtbot, window, " and mine")
    another_instance('store.set_note("russia", "theirs")')
    qtbot.mouseClick(window.detail.note_save, Qt.MouseButton.LeftButton)  # saving finds the other version
    editor = window.detail.note_box
    assert editor.in_conflict() and editor.other_view.toPlainText() == "theirs"
    assert window.user.bookmark("russia").note == "theirs"  # type: ignore[union-attr]  # not overwritten
    qtbot.mouseClick(getattr(editor, choice), Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia").note == stored  # type: ignore[union-attr]
    assert window.detail.note_edit.toPlainText() == stored and not editor.in_conflict()
    assert window.user.draft("russia") is None


def test_a_bookmark_removed_elsewhere_while_typing_keeps_the_text(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    bookmarked_with_note(window, "russia", "")
    type_note(qtbot, window, "half a thought")
    another_instance('store.remove_bookmark("russia")')
    reactivate(window)
    editor = window.detail.note_box
    assert editor.isVisible() and window.detail.note_edit.toPlainText() == "half a thought"
    assert editor.in_conflict() and editor.keep_mine_button.text() == "Bookmark again with my note"
    qtbot.mouseClick(editor.keep_mine_button, Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia").note == "half a thought"  # type: ignore[union-attr]


_CRASH = """
import os, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store
app = QApplication([])
from pathlib import Path
window = create_main_window(Library.open(Path(sys.argv[1]), Path(sys.argv[2])), open_user_store())
window.show()
window.navigator.open("russia")
window.bookmarks.toggle()
window.detail.note_edit.setFocus()
QTest.keyClicks(window.detail.note_edit, "typed just before the crash")
QTest.qWait(int(sys.argv[3]) * 3)
os._exit(134)  # the app dies: no close event, nothing saved on the way out
"""


def test_a_draft_survives_a_crash(qtbot: QtBot, make_window: WindowFactory, mini_content: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crash = subprocess.run(
        [sys.executable, "-c", _CRASH, str(mini_content), str(tmp_path / "crash-store.sqlite"), str(DRAFT_DELAY_MS)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert crash.returncode == 134, crash.stderr
    window = make_window()
    window.navigator.open("russia")
    assert window.detail.note_edit.toPlainText() == "typed just before the crash"
    assert "unsaved note from before is back" in window.detail.note_box.info.text()
    qtbot.mouseClick(window.detail.note_save, Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia").note == "typed just before the crash"  # type: ignore[union-attr]
    assert window.user.draft("russia") is None


def test_ctrl_d_in_the_search_field_does_not_touch_the_bookmark(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.navigator.open("russia")
    window.bookmarks.toggle()
    window.user.set_note("russia", "keep me")
    field = window.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "gas")
    qtbot.keyClick(field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.user.bookmark("russia") is not None
    assert "Ctrl+D bookmarks the entry you are reading" in window.statusBar().currentMessage()
    qtbot.keyClick(window.detail.note_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.user.bookmark("russia") is not None
    window.detail.browser.setFocus()
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.user.bookmark("russia") is None  # from the entry being read, Ctrl+D acts on it


def test_removing_a_bookmark_with_a_note_can_be_undone(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    bookmarked_with_note(window, "russia", "the 2019 figures")
    panel = window.bookmarks_panel
    panel.list.setCurrentIndex(window.bookmarks_model.index(0, 0))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia") is None
    notice = window.undo.notice
    assert notice.isVisible() and "bookmark and its note on “Russia”" in window.undo.notice_label.text()
    qtbot.mouseClick(window.undo.undo_button, Qt.MouseButton.LeftButton)
    assert window.user.bookmark("russia").note == "the 2019 figures"  # type: ignore[union-attr]
    assert not notice.isVisible()
    window.detail.browser.setFocus()
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.user.bookmark("russia") is None
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.user.bookmark("russia").note == "the 2019 figures"  # type: ignore[union-attr]
    assert window.detail.note_edit.toPlainText() == "the 2019 figures"


def test_a_locked_file_shows_the_read_only_notice_and_try_again_clears_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    path = paths.user_store_path()
    store = UserStore(path)
    store.add_bookmark("russia", "Russia")
    store.close()
    with locked(path, "write"):
        window = make_window()
        bar = window.read_only_bar
        assert bar.isVisible() and "another program is holding it locked" in bar.message.text()
        assert window.bookmarks_model.entry_ids() == ["russia"]
        window.navigator.open("russia")
        assert not window.detail.star_button.isEnabled() and not window.act["bookmark"].isEnabled()
        assert not window.bookmarks_panel.remove_button.isEnabled()
        assert window.detail.note_edit.isReadOnly()
        qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
        assert bar.isVisible()
    qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and window.detail.star_button.isEnabled()
    assert not window.detail.note_edit.isReadOnly()


def test_a_full_disk_keeps_typed_notes_and_saving_resumes(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with tmpfs(tmp_path / "disk", "512k") as disk:
        window = make_window(path=disk / "userdata.sqlite")
        bookmarked_with_note(window, "russia", "saved")
        filler = fill(disk)
        type_note(qtbot, window, " and more" * 300)
        qtbot.mouseClick(window.detail.note_save, Qt.MouseButton.LeftButton)
        typed = "saved" + " and more" * 300
        assert shown and "Your note could not be saved; it is kept here" in shown[0] and "disk is full" in shown[0]
        assert window.read_only_bar.isVisible() and "the disk is full" in window.read_only_bar.message.text()
        assert window.detail.note_edit.toPlainText() == typed
        window.navigator.open("eastern")
        window.navigator.open("russia")
        assert window.detail.note_edit.toPlainText() == typed  # kept in memory for the session
        filler.unlink()
        qtbot.mouseClick(window.read_only_bar.retry_button, Qt.MouseButton.LeftButton)
        assert not window.read_only_bar.isVisible()
        qtbot.mouseClick(window.detail.note_save, Qt.MouseButton.LeftButton)
        assert window.user.bookmark("russia").note == typed  # type: ignore[union-attr]
        assert not list(disk.glob("*.damaged-*"))
        window.close()


def test_an_imported_title_is_shown_as_text_never_obeyed(qtbot: QtBot, make_window: WindowFactory) -> None:
    hostile = '<img src="file:///etc/hostname"><b>Bold</b> & co'
    store = open_user_store()
    store.add_bookmark("russia", hostile, "a <i>note</i>")
    store.close()
    window = make_window()
    model = window.bookmarks_model
    shown = QTextDocument()
    shown.setHtml(str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)))
    assert shown.toPlainText().replace("\u2028", "\n") == "Russia\na <i>note</i>"
    missing = open_user_store()
    missing.add_bookmark("gone-entry", hostile)
    missing.close()
    reactivate(window)
    row = window.bookmarks_model.row_of("gone-entry")
    shown.setHtml(str(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)))
    assert shown.toPlainText().startswith(hostile)


def test_a_moved_aside_file_is_told_at_every_start_until_the_message_is_closed(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    paths.user_store_path().write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    for _ in range(2):
        window = make_window()
        box = notify_user_data(window, window.user.store)
        assert isinstance(box, QMessageBox) and "moved aside, not deleted" in box.text()
        assert box.textFormat() == Qt.TextFormat.PlainText
        if _ == 1:
            box.done(0)
        window.close()
    window = make_window()
    assert notify_user_data(window, window.user.store) is None


def test_quitting_with_a_note_the_full_disk_could_not_take_offers_a_copy(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    with tmpfs(tmp_path / "disk", "512k") as disk:
        window = make_window(path=disk / "userdata.sqlite")
        bookmarked_with_note(window, "russia", "saved")
        filler = fill(disk)
        type_note(qtbot, window, " and a thought" * 300)
        window.detail.note_box.flush_draft()
        asked: list[str] = []

        def answer(button_text: str, tries: int = 100) -> None:
            """Click ``button_text`` in the message box once it is up (as a user would)."""
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
            if not boxes and tries:
                QTimer.singleShot(20, lambda: answer(button_text, tries - 1))
                return
            asked.append(boxes[0].text())
            next(b for b in boxes[0].findChildren(QPushButton) if b.text() == button_text).click()

        QTimer.singleShot(0, lambda: answer("Cancel"))
        assert not window.close()  # stays open: the note would be lost
        assert "could not be saved" in asked[0] and "the disk is full" in asked[0]
        QTimer.singleShot(0, lambda: answer("Copy Notes and Quit"))
        assert window.close()
        assert QGuiApplication.clipboard().text() == "Russia:\nsaved" + " and a thought" * 300
        filler.unlink()
