"""Removing a bookmark can be undone for the whole session: Ctrl+Z, Edit > Undo, or the Undo button
shown in the status bar right after the removal (Qt's QUndoStack keeps the history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from npviewer.i18n import translate
from npviewer.store.userdata import Bookmark, UserDataError
from npviewer.ui.common.plain import warn
from npviewer.ui.common.user_bridge import UserBridge

NOTICE_MS = 20_000


class RemoveBookmark(QUndoCommand):
    """A bookmark removed (the removal is made before the command is pushed); undo puts it back."""

    def __init__(self, undo: BookmarkUndo, mark: Bookmark, title: str) -> None:
        # shown in the Edit menu, where "&" would mark a shortcut letter: a title's own "&" is doubled
        super().__init__(translate("Undo", "Remove Bookmark on “{title}”").format(title=title.replace("&", "&&")))
        self._undo = undo
        self.mark = mark
        self._pushed = False

    def redo(self) -> None:
        """Override QUndoCommand.redo: the first call is the push (already removed); later ones remove."""
        if not self._pushed:
            self._pushed = True
            return
        self._undo.apply(lambda: self._undo.user.remove_bookmark(self.mark.entry_id))

    def undo(self) -> None:
        """Override QUndoCommand.undo: put the bookmark back, with its note and date."""
        self._undo.apply(lambda: self._undo.user.restore_bookmark(self.mark))


class BookmarkUndo(QObject):
    """Removes bookmarks through an undo stack and offers Undo in the status bar."""

    def __init__(self, user: UserBridge, window: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(window)
        self.user = user
        self._window = window
        self.stack = QUndoStack(self)
        # Our own actions (not createUndoAction's): their words follow the interface language.
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(self.stack.undo)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(self)
        self.redo_action.triggered.connect(self.stack.redo)
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(self._name_actions)
        self.stack.redoTextChanged.connect(self._name_actions)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)

        self.notice = QWidget()
        self.notice.setObjectName("undoNotice")
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.clicked.connect(self.undo_last)
        layout = QHBoxLayout(self.notice)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.undo_button)
        status_bar.addPermanentWidget(self.notice)
        self.notice.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.notice.hide)
        self.stack.indexChanged.connect(self._stack_moved)
        self.retranslate()

    def retranslate(self) -> None:
        """The words in the interface language (the window calls this on a language change)."""
        self.undo_button.setText(translate("Undo", "Undo"))
        self.undo_button.setAccessibleName(translate("Undo", "Undo removing the bookmark"))
        self.undo_button.setToolTip(translate("Undo", "Put the bookmark and its note back (Ctrl+Z)"))
        self._name_actions()

    def _name_actions(self, _text: str = "") -> None:
        """``Undo Remove Bookmark on “…”`` (a removal made in another language keeps its own words)."""
        undo, redo = translate("Undo", "&Undo"), translate("Undo", "&Redo")
        self.undo_action.setText(f"{undo} {self.stack.undoText()}".strip())
        self.redo_action.setText(f"{redo} {self.stack.redoText()}".strip())

    def remove(self, entry_id: str, title: str) -> bool:
        """Remove the bookmark on ``entry_id`` (with its note), undoably; False when nothing was removed."""
        try:
            mark = self.user.remove_bookmark(entry_id)
        except UserDataError as exc:
            warn(self._window, translate("Undo", "Bookmark"), str(exc))
            return False
        if mark is None:
            return False
        self.stack.push(RemoveBookmark(self, mark, title))
        if mark.note:
            removed = translate("Undo", "Removed the bookmark and its note on “{title}”.")
        else:
            removed = translate("Undo", "Removed the bookmark on “{title}”.")
        self.notice_label.setText(removed.format(title=title))
        self.notice.show()
        self._timer.start(NOTICE_MS)
        return True

    def undo_last(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()

    def apply(self, change: Callable[[], object]) -> None:
        """Run an undo or redo step; one the file cannot take is told, not raised."""
        try:
            change()
        except UserDataError as exc:
            warn(self._window, translate("Undo", "Bookmark"), str(exc))

    def _stack_moved(self, _index: int) -> None:
        if not self.stack.canUndo():
            self.notice.hide()
        elif self.notice.isVisible() and self.stack.index() < self.stack.count():
            self.notice.hide()  # undone: the offer is spent
