"""A bookmark's note: what the user types is a draft until it is saved, and nothing overwrites it.

The editor remembers ``base``, the saved note the typing started from. When the saved note changes
(another window, an import, coming back to the window), unmodified text simply follows it; typed
text is kept, and if both changed the other version is shown beside it with a choice: keep mine,
use the other, or keep both. Typed text is offered as a draft (``draftChanged``) half a second after
the last key, so it survives a crash.

Signals:
    saveRequested(str, str, object): entry id, text, base (the saved note it started from; None to
        save whatever the stored note is now, e.g. bookmarking the entry again).
    draftChanged(str, str, str): entry id, text, base: keep this unsaved text.
    draftDiscarded(str): the user chose the other version over their text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npviewer.i18n import translate
from npviewer.store.userdata import Draft
from npviewer.ui.common.follow_language import follow_language

DRAFT_DELAY_MS = 500


class NoteEditor(QWidget):
    """The note box under an entry (see the module docstring)."""

    saveRequested = Signal(str, str, object)
    draftChanged = Signal(str, str, str)
    draftDiscarded = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBox")
        self._entry_id: str | None = None
        self._base = ""
        self._other: str | None = None
        self._conflict = False
        self._loading = False
        #: True while the entry is being left: a conflict found then is shown when the user comes back.
        self.leaving = False

        self.label = QLabel()
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(90)
        self.label.setBuddy(self.edit)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveNoteButton")
        self.save_button.clicked.connect(self.save)
        self.info = QLabel()
        self.info.setObjectName("noteInfo")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.hide()

        self.conflict = QFrame()
        self.conflict.setObjectName("noteConflict")
        self.conflict.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("noteConflictLabel")
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label.setWordWrap(True)
        self.other_view = QPlainTextEdit()
        self.other_view.setObjectName("otherNoteVersion")
        self.other_view.setReadOnly(True)
        self.other_view.setMaximumHeight(70)
        self.keep_mine_button = QPushButton()
        self.keep_mine_button.setObjectName("keepMineButton")
        self.use_other_button = QPushButton()
        self.use_other_button.setObjectName("useOtherButton")
        self.keep_both_button = QPushButton()
        self.keep_both_button.setObjectName("keepBothButton")
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.use_other_button.clicked.connect(self.use_other)
        self.keep_both_button.clicked.connect(self.keep_both)
        choices = QHBoxLayout()
        for button in (self.keep_mine_button, self.use_other_button, self.keep_both_button):
            choices.addWidget(button)
        choices.addStretch(1)
        conflict_layout = QVBoxLayout(self.conflict)
        conflict_layout.setContentsMargins(6, 4, 6, 4)
        conflict_layout.addWidget(self.conflict_label)
        conflict_layout.addWidget(self.other_view)
        conflict_layout.addLayout(choices)
        self.conflict.hide()

        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        # at the bottom: a note written longer grows upwards, and Save stays where the pointer left it
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.conflict)
        layout.addLayout(row)
        layout.addWidget(self.info)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush_draft)
        self.edit.textChanged.connect(self._typed)
        self._retranslate()
        follow_language(self, self._retranslate)

    # -- state -------------------------------------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    @property
    def base(self) -> str:
        return self._base

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_modified(self) -> bool:
        """True when the text differs from the saved note it started from (unsaved typing)."""
        return self._entry_id is not None and self.text() != self._base

    def in_conflict(self) -> bool:
        """True while the other version is shown, waiting for the user's choice."""
        return self._conflict

    def set_writable(self, writable: bool) -> None:
        self.edit.setReadOnly(not writable)
        for button in (self.save_button, self.keep_mine_button, self.keep_both_button, self.use_other_button):
            button.setEnabled(writable)

    def _retranslate(self) -> None:
        self._name_label()
        self.edit.setAccessibleName(translate("NoteEditor", "Bookmark note"))
        self.edit.setPlaceholderText(translate("NoteEditor", "Write a note for this bookmark…"))
        self.save_button.setText(translate("NoteEditor", "Save note"))
        self.save_button.setAccessibleName(translate("NoteEditor", "Save note"))
        self.other_view.setAccessibleName(translate("NoteEditor", "The other version of the note"))
        self.keep_both_button.setText(translate("NoteEditor", "Keep both"))
        self._name_choices()

    def _name_label(self) -> None:
        """Above the editor: while the other version is shown, which text is the user's."""
        if self._conflict:
            self.label.setText(translate("NoteEditor", "Your version (not saved yet):"))
        else:
            self.label.setText(translate("NoteEditor", "Your note on this bookmark:"))

    def _name_choices(self) -> None:
        """The conflict's words: the bookmark removed elsewhere (no other version), or the note changed."""
        if self._other is None:
            self.conflict_label.setText(
                translate(
                    "NoteEditor", "This bookmark was removed elsewhere while you were typing. Your note is kept here."
                )
            )
            self.keep_mine_button.setText(translate("NoteEditor", "Bookmark again with my note"))
            self.use_other_button.setText(translate("NoteEditor", "Discard my note"))
        else:
            self.conflict_label.setText(
                translate(
                    "NoteEditor",
                    "This note was changed elsewhere (in another window, or by an import) while you were typing. "
                    "The other version:",
                )
            )
            self.keep_mine_button.setText(translate("NoteEditor", "Keep mine"))
            self.use_other_button.setText(translate("NoteEditor", "Use the other"))

    # -- showing -----------------------------------------------------------------------------------

    def load(self, entry_id: str | None, saved: str, draft: Draft | None = None) -> None:
        """Show the note of ``entry_id`` (None: no bookmark); a draft of it comes back as typed text."""
        self._timer.stop()
        self._entry_id = entry_id
        self._hide_conflict()
        self.info.hide()
        if entry_id is not None and draft is not None and draft.text != saved:
            self._set_text(draft.text, base=draft.base, modified=True)
            self._tell(translate("NoteEditor", "Your unsaved note from before is back: Save it, or go on typing."))
            if draft.base != saved:
                self.show_conflict(saved)
        else:
            self._set_text(saved, base=saved, modified=False)

    def saved_changed(self, saved: str | None) -> None:
        """The stored note may have changed elsewhere (None: the bookmark is gone). Typed text stays."""
        if self._entry_id is None:
            return
        if not self.is_modified():
            if saved is not None and not self.in_conflict():
                self._set_text(saved, base=saved, modified=False)
            return
        if saved == self._base:
            return
        if saved == self.text():
            self._base = saved
            self.edit.document().setModified(False)
            return
        self.show_conflict(saved)

    def show_conflict(self, other: str | None) -> None:
        """Show the other version of the note (None: the bookmark was removed) and the choices."""
        self._other = other
        self._name_choices()
        if other is None:
            self.other_view.hide()
            self.keep_both_button.hide()
        else:
            self.other_view.setPlainText(other)
            self.other_view.show()
            self.keep_both_button.show()
        self._conflict = True
        self._name_label()
        self.conflict.show()

    def mark_saved(self, text: str) -> None:
        """The text was saved: it is the new base; the notes about drafts go away."""
        self._timer.stop()
        self._base = text
        self.edit.document().setModified(False)
        self.info.hide()
        self._hide_conflict()

    # -- the user's choices ------------------------------------------------------------------------

    def save(self) -> None:
        """Save the text (while the other version is shown: keep mine)."""
        if self._entry_id is None:
            return
        if self._conflict:
            self.keep_mine()
            return
        self._timer.stop()
        self.saveRequested.emit(self._entry_id, self.text(), self._base)

    def save_if_changed(self, *, leaving: bool = False) -> None:
        """Save typed text (entering another entry, closing); a conflict is kept for later."""
        if not self.is_modified():
            return
        self.flush_draft()
        if self.in_conflict():
            return  # the draft waits for the user's choice
        self.leaving = leaving
        try:
            self.save()
        finally:
            self.leaving = False

    def keep_mine(self) -> None:
        """Save my text over the other version (or bookmark the entry again with it)."""
        if self._entry_id is None:
            return
        other = self._other
        self._hide_conflict()
        if other is not None:
            self._base = other
        self._timer.stop()
        self.saveRequested.emit(self._entry_id, self.text(), other)

    def use_other(self) -> None:
        if self._entry_id is None:
            return
        other = self._other
        self._hide_conflict()
        self.info.hide()
        entry_id = self._entry_id
        if other is None:
            self._set_text("", base="", modified=False)
        else:
            self._set_text(other, base=other, modified=False)
        self.draftDiscarded.emit(entry_id)

    def keep_both(self) -> None:
        if self._entry_id is None or self._other is None:
            return
        other = self._other
        mine = self.text().rstrip()
        self._hide_conflict()
        self._set_text(f"{mine}\n\n{other}".strip(), base=other, modified=True)
        self._tell(translate("NoteEditor", "Both versions are in the note now: edit it, then Save."))
        self.flush_draft()

    def flush_draft(self) -> None:
        """Offer the typed text as a draft now (not waiting for the pause in typing)."""
        self._timer.stop()
        if self.is_modified() and self._entry_id is not None:
            self.draftChanged.emit(self._entry_id, self.text(), self._base)

    # -- internals ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._loading and self._entry_id is not None:
            self._timer.start()

    def _set_text(self, text: str, *, base: str, modified: bool) -> None:
        self._loading = True
        try:
            self._base = base
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
                self.edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on where the note ends
            self.edit.document().setModified(modified)
        finally:
            self._loading = False

    def _hide_conflict(self) -> None:
        self._other = None
        self._conflict = False
        self._name_label()
        self.conflict.hide()

    def _tell(self, text: str) -> None:
        self.info.setText(text)
        self.info.show()
