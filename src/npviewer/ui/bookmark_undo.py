"""Removing a bookmark can be undone for the whole session: Ctrl+Z, Edit > Undo, or the Undo button
shown in the status bar right after the removal (Qt's QUndoStack keeps the history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from npviewer.store.userdata import Bookmark, UserDataError
from npviewer.ui.plain import warn
from npviewer.ui.user_bridge import UserBridge

NOTICE_MS = 20_000


class RemoveBookmark(QUndoCommand):
    """A bookmark removed (the removal is made before the command is pushed); undo puts it back."""

    def __init__(self, undo: BookmarkUndo, mark: Bookmark, title: str) -> None:
        super().__init__(f"Remove Bookmark on “{title}”")
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
        self.undo_action: QAction = self.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action: QAction = self.stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)

        self.notice = QWidget()
        self.notice.setObjectName("undoNotice")
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.setAccessibleName("Undo removing the bookmark")
        self.undo_button.setToolTip("Put the bookmark and its note back (Ctrl+Z)")
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

    def remove(self, entry_id: str, title: str) -> bool:
        """Remove the bookmark on ``entry_id`` (with its note), undoably; False when nothing was removed."""
        try:
            mark = self.user.remove_bookmark(entry_id)
        except UserDataError as exc:
            warn(self._window, "Bookmark", str(exc))
            return False
        if mark is None:
            return False
        self.stack.push(RemoveBookmark(self, mark, title))
        what = "bookmark and its note" if mark.note else "bookmark"
        self.notice_label.setText(f"Removed the {what} on “{title}”.")
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
            warn(self._window, "Bookmark", str(exc))

    def _stack_moved(self, _index: int) -> None:
        if not self.stack.canUndo():
            self.notice.hide()
        elif self.notice.isVisible() and self.stack.index() < self.stack.count():
            self.notice.hide()  # undone: the offer is spent
