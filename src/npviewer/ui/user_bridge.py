"""A QObject around the Qt-free :class:`UserStore` that tells views what changed.

Signals:
    bookmarks_changed(list): entry ids whose bookmark was added, removed or had its note edited.
    searches_changed(): the search history or the saved searches changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from npviewer.store.userdata import Bookmark, SavedSearch, UserStore


class UserBridge(QObject):
    """Every write to the user's data from the GUI goes through here."""

    bookmarks_changed = Signal(list)
    searches_changed = Signal()

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    # bookmarks
    def bookmarks(self) -> list[Bookmark]:
        return self.store.bookmarks()

    def bookmark(self, entry_id: str) -> Bookmark | None:
        return self.store.bookmark(entry_id)

    def is_bookmarked(self, entry_id: str) -> bool:
        return self.store.is_bookmarked(entry_id)

    def toggle_bookmark(self, entry_id: str, title: str) -> bool:
        now = self.store.toggle_bookmark(entry_id, title)
        self.bookmarks_changed.emit([entry_id])
        return now

    def remove_bookmark(self, entry_id: str) -> None:
        if self.store.remove_bookmark(entry_id):
            self.bookmarks_changed.emit([entry_id])

    def set_note(self, entry_id: str, note: str) -> None:
        self.store.set_note(entry_id, note)
        self.bookmarks_changed.emit([entry_id])

    def export_bookmarks(self, target: Path) -> int:
        return self.store.export_bookmarks(target)

    def import_bookmarks(self, source: Path) -> int:
        before = {b.entry_id for b in self.store.bookmarks()}
        added = self.store.import_bookmarks(source)
        after = {b.entry_id for b in self.store.bookmarks()}
        self.bookmarks_changed.emit(sorted(after - before) or sorted(after))
        return added

    # history and searches
    def record_visit(self, entry_id: str) -> None:
        self.store.record_visit(entry_id)

    def record_search(self, query: str) -> None:
        self.store.record_search(query)
        self.searches_changed.emit()

    def search_history(self, limit: int = 15) -> list[str]:
        return self.store.search_history(limit)

    def saved_searches(self) -> list[SavedSearch]:
        return self.store.saved_searches()

    def save_search(self, name: str, query: str) -> None:
        self.store.save_search(name, query)
        self.searches_changed.emit()

    def delete_saved_search(self, name: str) -> None:
        self.store.delete_saved_search(name)
        self.searches_changed.emit()
