"""Connects the note editor to the user's data: saves with a check against the version the typing
started from, keeps drafts, and shows the other version when both changed; at quitting, asks about
notes the file could not take.

Signals:
    statusMessage(str): something to tell the user briefly ("Note saved").
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from npviewer.i18n import translate
from npviewer.store.bookmark_file import clean_note
from npviewer.store.userdata import NoteConflict, UserDataError
from npviewer.ui.common.plain import message_box, warn
from npviewer.ui.common.user_bridge import UserBridge
from npviewer.ui.reading.note_editor import NoteEditor

log = logging.getLogger(__name__)


class NoteKeeper(QObject):
    """Saves what the note editor asks to, and tells it when the note changed elsewhere."""

    statusMessage = Signal(str)

    def __init__(self, editor: NoteEditor, user: UserBridge, title_of: Callable[[str], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.user = user
        self._title_of = title_of
        self._window = parent
        editor.saveRequested.connect(self.save)
        editor.draftChanged.connect(self.user.save_draft)
        editor.draftDiscarded.connect(self._discarded)

    def save(self, entry_id: str, text: str, base: object) -> None:
        """Save ``text`` unless the note changed since ``base`` (None: save over whatever is stored)."""
        note = clean_note(text)
        try:
            if base is None and not self.user.is_bookmarked(entry_id):
                self.user.add_bookmark(entry_id, self._title_of(entry_id))
            self.user.set_note(entry_id, note, base=base if isinstance(base, str) else None)
        except NoteConflict as conflict:
            self.user.save_draft(entry_id, text, self.editor.base)
            if self.editor.leaving or self.editor.entry_id != entry_id:
                both = translate(
                    "NoteEditor",
                    "Your note on “{title}” was changed elsewhere too: it is kept; open the entry again to choose",
                )
                self.statusMessage.emit(both.format(title=self._title_of(entry_id)))
            else:
                self.editor.show_conflict(conflict.stored)
            return
        except UserDataError as exc:
            self.user.save_draft(entry_id, text, self.editor.base)
            if self.editor.leaving:
                kept = translate("NoteEditor", "Your note could not be saved; it is kept for this session.")
                self.statusMessage.emit(f"{kept} {exc}")
            else:
                kept = translate("NoteEditor", "Your note could not be saved; it is kept here.")
                warn(self._window, translate("NoteEditor", "Note"), f"{kept}\n\n{exc}")
            return
        if self.editor.entry_id == entry_id:
            self.editor.mark_saved(note)
            if note != text:
                self.editor.saved_changed(note)
        self.statusMessage.emit(translate("NoteEditor", "Note saved"))

    def _discarded(self, entry_id: str) -> None:
        self.user.drop_draft(entry_id)
        self.user.bookmarks_changed.emit([entry_id])

    def may_close(self) -> bool:
        """Notes the file could not take (a full disk...) would be lost: ask first, offering a copy."""
        drafts = self.user.unsaved_drafts()
        if not drafts:
            return True
        titles = ", ".join(f"“{self._title_of(d.entry_id)}”" for d in drafts)
        box = message_box(
            self._window,
            QMessageBox.Icon.Warning,
            "Unsaved notes",
            f"Your notes on {titles} could not be saved: {self.user.store.problem}.\n\nCopy them to the "
            "clipboard before quitting, or stay and try again once the problem is fixed.",
            QMessageBox.StandardButton.Cancel,
        )
        copy = box.addButton("Copy Notes and Quit", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Quit Without Them", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText("\n\n".join(f"{self._title_of(d.entry_id)}:\n{d.text}" for d in drafts))
            return True
        return box.clickedButton() is discard
