"""Bookmark import in the real window tells the truth: what was added, what was already there (the
user's notes kept), what became of the file's notes; notes it could not store are shown in full."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from npviewer.store.bookmark_file import MAX_NOTE
from npviewer.ui.bookmarks.import_report import ImportReportDialog
from npviewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WindowFactory = Callable[..., MainWindow]  # the make_window fixture: tests/ui/conftest.py


def bookmarks_file(path: Path, marks: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"format": "npviewer-bookmarks", "version": 1, "bookmarks": marks}), "utf-8")
    return path


def test_import_says_what_was_added_and_what_was_already_there(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.navigator.open("russia")
    window.bookmarks.toggle()
    source = bookmarks_file(tmp_path / "from a colleague.json", [
        {"id": "russia", "title": "Russia", "note": "Their note on Russia"},
        {"id": "eastern", "title": "Eastern Region", "note": ""},
    ])  # fmt: skip
    with qtbot.wait_signal(window.bookmarks.statusMessage) as told:
        window.bookmarks.import_(source)
    said = told.args[0]
    assert said.startswith("Imported from a colleague.json: 1 added, 1 already bookmarked (your notes kept).")
    assert "1 became the note where you had none" in said and "Imported 2 bookmarks" not in said
    assert window.statusBar().currentMessage() == said
    assert sorted(window.bookmarks_model.entry_ids()) == ["eastern", "russia"]
    assert window.detail.note_edit.toPlainText() == "Their note on Russia", "the note shown is the one stored"


def test_notes_too_long_to_keep_beside_the_users_are_shown_to_copy(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.navigator.open("russia")
    window.bookmarks.toggle()
    window.user.set_note("russia", "Mine")
    long_note = "Talking points for the meeting. " * ((MAX_NOTE - 10) // 32)
    source = bookmarks_file(tmp_path / "marks.json", [{"id": "russia", "title": "Russia", "note": long_note}])
    seen: dict[str, str] = {}

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportReportDialog)
        seen["summary"], seen["notes"] = dialog.summary.text(), dialog.notes.toPlainText()
        copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy the Notes")
        copy.click()
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Close).click()

    QTimer.singleShot(0, read)
    window.bookmarks.import_(source)
    assert "1 too long to add to yours, listed below" in seen["summary"]
    assert seen["notes"].startswith("The file's note for russia:") and long_note.strip() in seen["notes"]
    assert QGuiApplication.clipboard().text() == seen["notes"]
    assert window.user.bookmark("russia").note == "Mine"  # type: ignore[union-attr]
