"""The window's bookmark actions: bookmark the entry shown, remove (undoably), notes, export and
import; every write goes through the :class:`UserBridge`, and a failed write is told, never lost
silently."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from npviewer.i18n import translate
from npviewer.store.userdata import UserDataError
from npviewer.ui.bookmarks.undo import BookmarkUndo
from npviewer.ui.common.plain import ask_text, warn
from npviewer.ui.reading.note_keeper import NoteKeeper

if TYPE_CHECKING:
    from npviewer.ui.window.main_window import MainWindow


class BookmarkActions(QObject):
    """Bookmarks and notes for the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.undo = BookmarkUndo(window.user, window, window.statusBar())
        self.notes = NoteKeeper(window.detail.note_box, window.user, self.title_of, window)
        self.notes.statusMessage.connect(window.show_status)
        window.detail.bookmarkToggleRequested.connect(self.toggle)
        window.bookmarks_panel.openRequested.connect(window.open_entry)
        window.bookmarks_panel.removeRequested.connect(self.remove)
        window.bookmarks_panel.noteEditRequested.connect(self.edit_note)
        window.user.bookmarks_changed.connect(self.changed)

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def toggle(self) -> None:
        """Bookmark the entry shown, or remove its bookmark (Undo offered)."""
        window = self.window
        entry = window.current_entry()
        if entry is None:
            return
        if window.user.is_bookmarked(entry.id):
            window.detail.save_note_if_changed()  # typed text goes with the bookmark, and comes back on Undo
            self.undo.remove(entry.id, entry.title)  # its notice in the status bar says so, with Undo
            return
        try:
            window.user.add_bookmark(entry.id, entry.title)
        except UserDataError as exc:
            warn(window, translate("MainWindow", "Bookmark"), str(exc))
            return
        window.show_status(translate("MainWindow", "Bookmarked"))

    def remove(self, entry_id: str) -> None:
        """Remove a bookmark from the panel (Undo offered)."""
        entry = self.window.current_entry()
        if entry is not None and entry.id == entry_id:
            self.window.detail.save_note_if_changed()
        self.undo.remove(entry_id, self.title_of(entry_id))

    def title_of(self, entry_id: str) -> str:
        """The title of a bookmarked or shown entry (for messages), or its id."""
        entry = self.window.current_entry()
        if entry is not None and entry.id == entry_id:
            return entry.title
        mark = self.window.user.bookmark(entry_id)
        return mark.title if mark is not None else entry_id

    def edit_current_note(self) -> None:
        entry = self.window.current_entry()
        if entry is not None:
            self.edit_note(entry.id)

    def edit_note(self, entry_id: str) -> None:
        """Open the bookmarked entry with the cursor in its note (for an entry no longer in the
        content, a dialog edits the note)."""
        window = self.window
        if window.current_entry_id() != entry_id:
            window.open_entry(entry_id)
        entry = window.current_entry()
        if entry is not None and entry.id == entry_id:
            window.detail.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        mark = window.user.bookmark(entry_id)
        if mark is None:
            return
        note, ok = ask_text(
            window,
            translate("MainWindow", "Bookmark note"),
            translate("MainWindow", "Note on “{title}”:").format(title=mark.title),
            mark.note,
        )
        if ok:
            self.notes.save(entry_id, note, mark.note)

    def changed(self, entry_ids: list[str]) -> None:
        """Bookmarks changed (here, or in another window): refresh the list, the star and the note."""
        window = self.window
        self.refresh()
        entry = window.current_entry()
        if entry is not None and entry.id in entry_ids:
            mark = window.user.bookmark(entry.id)
            window.detail.set_bookmarked(mark is not None, mark.note if mark else "")
        window.update_actions()

    def refresh(self) -> None:
        window = self.window
        marks = window.user.bookmarks()
        refs = window.library.repo.refs([m.entry_id for m in marks]) if window.library is not None else {}
        window.bookmarks_model().set_bookmarks(marks, refs)

    def export(self) -> None:
        window = self.window
        start = str(Path.home() / "npviewer-bookmarks.json")
        name, _ = QFileDialog.getSaveFileName(
            window, translate("MainWindow", "Export bookmarks"), start, translate("MainWindow", "Bookmarks (*.json)")
        )
        if not name:
            return
        try:
            count = window.user.export_bookmarks(Path(name))
        except UserDataError as exc:
            warn(window, translate("MainWindow", "Export bookmarks"), str(exc))
            return
        if count == 1:
            window.show_status(translate("MainWindow", "Exported 1 bookmark to {file}").format(file=name))
        else:
            window.show_status(
                translate("MainWindow", "Exported {count} bookmarks to {file}").format(count=count, file=name)
            )

    def import_(self, path: Path | None = None) -> None:
        """Import bookmarks from a file (asked for when not given); a bad file changes nothing."""
        window = self.window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                window,
                translate("MainWindow", "Import bookmarks"),
                str(Path.home()),
                translate("MainWindow", "Bookmarks (*.json)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            added = window.user.import_bookmarks(path)
        except UserDataError as exc:
            warn(
                window,
                translate("MainWindow", "Import bookmarks"),
                translate("MainWindow", "Nothing was imported.") + f"\n\n{exc}",
            )
            return
        if added == 1:
            window.show_status(translate("MainWindow", "Imported 1 bookmark"))
        else:
            window.show_status(translate("MainWindow", "Imported {count} bookmarks").format(count=added))
