"""The bookmark actions: bookmark the entry shown, remove (undoably), edit a note, export and import;
every write goes through the :class:`UserBridge`, and a failed write is told, never lost silently.

Signals (of :class:`BookmarkActions`):
    statusMessage(str): something to tell the user briefly ("Bookmarked").
    shownChanged(): the list, the star or the note now show the bookmarks as stored.
    noteEdited(str, str, object): a note typed in a dialog (entry id, text, the note it started from),
        for the note keeper to save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QStatusBar, QWidget

from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.store.userdata import UserDataError
from npviewer.ui.bookmarks.model import BookmarksModel
from npviewer.ui.bookmarks.panel import BookmarksPanel
from npviewer.ui.bookmarks.undo import BookmarkUndo
from npviewer.ui.common.plain import ask_text, warn
from npviewer.ui.common.reader import NotePane, Reader
from npviewer.ui.common.user_bridge import UserBridge


class BookmarkActions(QObject):
    """Bookmarks and notes: ``reader`` says which entry is shown (and opens one), ``pane`` holds its
    star and note, ``panel`` lists the bookmarks of ``model``; ``window`` is the parent of the dialogs
    and holds the Undo actions, whose notice goes in ``status_bar``."""

    statusMessage = Signal(str)
    shownChanged = Signal()
    noteEdited = Signal(str, str, object)

    def __init__(
        self,
        user: UserBridge,
        model: BookmarksModel,
        panel: BookmarksPanel,
        pane: NotePane,
        reader: Reader,
        window: QWidget,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(window)
        self.user, self.model, self.pane, self.reader = user, model, pane, reader
        self._window = window
        self.library: Library | None = None
        self.import_report: QDialog | None = None  # the notes an import could not store, while shown
        self.undo = BookmarkUndo(user, window, status_bar)
        panel.removeRequested.connect(self.remove)
        panel.noteEditRequested.connect(self.edit_note)
        user.bookmarks_changed.connect(self.changed)

    def set_library(self, library: Library) -> None:
        self.library = library
        self.refresh()

    def toggle(self) -> None:
        """Bookmark the entry shown, with the caret in its note; or remove its bookmark (Undo offered)."""
        entry = self.reader.current
        if entry is None:
            return
        if self.user.is_bookmarked(entry.id):
            self.pane.save_note_if_changed()  # typed text goes with the bookmark, and comes back on Undo
            self.undo.remove(entry.id, entry.title)  # its notice in the status bar says so, with Undo
            return
        try:
            self.user.add_bookmark(entry.id, entry.title)
        except UserDataError as exc:
            warn(self._window, translate("MainWindow", "Bookmark"), str(exc))
            return
        self.statusMessage.emit(translate("MainWindow", "Bookmarked"))
        note = self.pane.note_edit  # shown now (bookmarks_changed): the keys go there, to say why
        if note.isVisible():
            note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def remove(self, entry_id: str) -> None:
        """Remove a bookmark from the panel (Undo offered)."""
        entry = self.reader.current
        if entry is not None and entry.id == entry_id:
            self.pane.save_note_if_changed()
        self.undo.remove(entry_id, self.title_of(entry_id))

    def title_of(self, entry_id: str) -> str:
        """The title of a bookmarked or shown entry (for messages), or its id."""
        entry = self.reader.current
        if entry is not None and entry.id == entry_id:
            return entry.title
        mark = self.user.bookmark(entry_id)
        return mark.title if mark is not None else entry_id

    def edit_current_note(self) -> None:
        entry = self.reader.current
        if entry is not None:
            self.edit_note(entry.id)

    def edit_note(self, entry_id: str) -> None:
        """Open the bookmarked entry with the cursor in its note (for an entry no longer in the
        content, a dialog edits the note)."""
        if self.reader.current_id() != entry_id:
            self.reader.open(entry_id)
        entry = self.reader.current
        if entry is not None and entry.id == entry_id:
            self.pane.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        mark = self.user.bookmark(entry_id)
        if mark is None:
            return
        note, ok = ask_text(
            self._window,
            translate("MainWindow", "Bookmark note"),
            translate("MainWindow", "Note on “{title}”:").format(title=mark.title),
            mark.note,
        )
        if ok:
            self.noteEdited.emit(entry_id, note, mark.note)

    def changed(self, entry_ids: list[str]) -> None:
        """Bookmarks changed (here, or in another window): refresh the list, the star and the note."""
        self.refresh()
        entry = self.reader.current
        if entry is not None and entry.id in entry_ids:
            mark = self.user.bookmark(entry.id)
            self.pane.set_bookmarked(mark is not None, mark.note if mark else "")
        self.shownChanged.emit()

    def refresh(self) -> None:
        marks = self.user.bookmarks()
        refs = self.library.repo.refs([m.entry_id for m in marks]) if self.library is not None else {}
        self.model.set_bookmarks(marks, refs)

    def export(self) -> None:
        start = str(Path.home() / "npviewer-bookmarks.json")
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            translate("MainWindow", "Export bookmarks"),
            start,
            translate("MainWindow", "Bookmarks (*.json)"),
        )
        if not name:
            return
        try:
            count = self.user.export_bookmarks(Path(name))
        except UserDataError as exc:
            warn(self._window, translate("MainWindow", "Export bookmarks"), str(exc))
            return
        if count == 1:
            self.statusMessage.emit(translate("MainWindow", "Exported 1 bookmark to {file}").format(file=name))
        else:
            self.statusMessage.emit(
                translate("MainWindow", "Exported {count} bookmarks to {file}").format(count=count, file=name)
            )

    def import_(self, path: Path | None = None) -> None:
        """Import bookmarks from a file (asked for when not given); a bad file changes nothing."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                translate("MainWindow", "Import bookmarks"),
                str(Path.home()),
                translate("MainWindow", "Bookmarks (*.json)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            report = self.user.import_bookmarks(path)
        except UserDataError as exc:
            warn(
                self._window,
                translate("MainWindow", "Import bookmarks"),
                translate("MainWindow", "Nothing was imported.") + f"\n\n{exc}",
            )
            return
        self.statusMessage.emit(report.summary())  # added, already there, what became of the file's notes
        if report.listed:  # notes that could not be stored are shown, to copy: none vanishes unseen
            from npviewer.ui.bookmarks.import_report import ImportReportDialog

            dialog = ImportReportDialog(report, self._window)
            self.import_report = dialog
            dialog.exec()
            self.import_report = None
            dialog.deleteLater()
