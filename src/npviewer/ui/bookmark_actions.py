"""The window's bookmark actions: bookmark the entry shown, remove, notes, export and import; every
write goes through the :class:`UserBridge`, and a failed write is told, never lost silently."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from npviewer.store.userdata import UserDataError

if TYPE_CHECKING:
    from npviewer.ui.mainwindow import MainWindow


class BookmarkActions(QObject):
    """Bookmarks and notes for the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.detail.bookmarkToggleRequested.connect(self.toggle)
        window.detail.noteSaveRequested.connect(self.save_note)
        window.bookmarks_panel.openRequested.connect(window.open_entry)
        window.bookmarks_panel.removeRequested.connect(self.remove)
        window.bookmarks_panel.noteEditRequested.connect(self.edit_note)
        window.user.bookmarks_changed.connect(self.changed)

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def toggle(self) -> None:
        """Bookmark the entry shown, or remove its bookmark."""
        window = self.window
        entry = window.current_entry()
        if entry is None:
            return
        try:
            now = window.user.toggle_bookmark(entry.id, entry.title)
        except UserDataError as exc:
            QMessageBox.warning(window, "Bookmark", str(exc))
            return
        window.show_status("Bookmarked" if now else "Bookmark removed")

    def remove(self, entry_id: str) -> None:
        try:
            self.window.user.remove_bookmark(entry_id)
        except UserDataError as exc:
            QMessageBox.warning(self.window, "Bookmark", str(exc))

    def save_note(self, entry_id: str, note: str) -> None:
        window = self.window
        try:
            window.user.set_note(entry_id, note)
        except UserDataError as exc:
            QMessageBox.warning(window, "Note", str(exc))
            return
        window.show_status("Note saved")

    def edit_current_note(self) -> None:
        entry = self.window.current_entry()
        if entry is not None:
            self.edit_note(entry.id)

    def edit_note(self, entry_id: str) -> None:
        window = self.window
        mark = window.user.bookmark(entry_id)
        if mark is None:
            return
        note, ok = QInputDialog.getMultiLineText(window, "Bookmark note", f"Note on “{mark.title}”:", mark.note)
        if ok:
            self.save_note(entry_id, note)

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
        name, _ = QFileDialog.getSaveFileName(window, "Export bookmarks", start, "Bookmarks (*.json)")
        if not name:
            return
        try:
            count = window.user.export_bookmarks(Path(name))
        except UserDataError as exc:
            QMessageBox.warning(window, "Export bookmarks", str(exc))
            return
        window.show_status(f"Exported {count} bookmark{'s' if count != 1 else ''} to {name}")

    def import_(self, path: Path | None = None) -> None:
        """Import bookmarks from a file (asked for when not given); a bad file changes nothing."""
        window = self.window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(window, "Import bookmarks", str(Path.home()), "Bookmarks (*.json)")
            if not name:
                return
            path = Path(name)
        try:
            added = window.user.import_bookmarks(path)
        except UserDataError as exc:
            QMessageBox.warning(window, "Import bookmarks", f"Nothing was imported.\n\n{exc}")
            return
        window.show_status(f"Imported {added} bookmark{'s' if added != 1 else ''}")
