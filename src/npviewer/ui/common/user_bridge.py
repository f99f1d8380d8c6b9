"""A QObject around the Qt-free :class:`UserStore` that tells views what changed.

Reads never raise here: when the file cannot be read the views get nothing and the read-only notice
says why. Writes raise :class:`UserDataError` (the caller tells the user); a write that fails for an
ordinary reason turns the store read-only, which ``state_changed`` announces. Note drafts that
cannot be written to the file (a full disk...) are kept in memory for the session.

Signals:
    bookmarks_changed(list): entry ids whose bookmark was added, removed or had its note edited.
    searches_changed(): the search history or the saved searches changed.
    state_changed(): the store became read-only, or writable again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from npviewer.store.bookmark_import import ImportReport
from npviewer.store.userdata import Bookmark, Draft, Notice, SavedSearch, UserDataError, UserStore

log = logging.getLogger(__name__)
T = TypeVar("T")


class UserBridge(QObject):
    """Every read and write of the user's data from the GUI goes through here."""

    bookmarks_changed = Signal(list)
    searches_changed = Signal()
    state_changed = Signal()

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._memory_drafts: dict[str, Draft] = {}

    # state
    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def read_only_message(self) -> str:
        return self.store.read_only_message() if self.store.read_only else ""

    def retry(self) -> bool:
        """Open the file again after the user fixed the problem; True when it can be written now."""
        ok = self.store.retry()
        self.state_changed.emit()
        self.bookmarks_changed.emit([b.entry_id for b in self.bookmarks()])
        self.searches_changed.emit()
        return ok

    def _read(self, read: Callable[[], T], fallback: T) -> T:
        try:
            return read()
        except UserDataError as exc:
            log.warning("user data could not be read: %s", exc)
            return fallback

    def _write(self, write: Callable[[], T]) -> T:
        was = self.store.read_only
        try:
            return write()
        finally:
            if self.store.read_only != was:
                self.state_changed.emit()

    # notices
    def pending_notices(self) -> list[Notice]:
        return self._read(self.store.pending_notices, [])

    def dismiss_notice(self, notice: Notice) -> None:
        try:
            self.store.dismiss_notice(notice)
        except UserDataError as exc:
            log.warning("could not mark a notice seen: %s", exc)

    # bookmarks
    def bookmarks(self) -> list[Bookmark]:
        return self._read(self.store.bookmarks, [])

    def bookmark(self, entry_id: str) -> Bookmark | None:
        return self._read(lambda: self.store.bookmark(entry_id), None)

    def is_bookmarked(self, entry_id: str) -> bool:
        return self._read(lambda: self.store.is_bookmarked(entry_id), False)

    def add_bookmark(self, entry_id: str, title: str, note: str = "") -> None:
        self._write(lambda: self.store.add_bookmark(entry_id, title, note))
        self.bookmarks_changed.emit([entry_id])

    def remove_bookmark(self, entry_id: str) -> Bookmark | None:
        """Remove a bookmark; returns what was removed (for an undo), or None if there was none."""
        removed = self._write(lambda: self.store.remove_bookmark(entry_id))
        if removed is not None:
            self.bookmarks_changed.emit([entry_id])
        return removed

    def restore_bookmark(self, mark: Bookmark) -> None:
        self._write(lambda: self.store.restore_bookmark(mark))
        self.bookmarks_changed.emit([mark.entry_id])

    def set_note(self, entry_id: str, note: str, *, base: str | None = None) -> None:
        """Save a note; :class:`NoteConflict` when it changed elsewhere since ``base``."""
        self._write(lambda: self.store.set_note(entry_id, note, base=base))
        self._memory_drafts.pop(entry_id, None)
        self.bookmarks_changed.emit([entry_id])

    # drafts
    def save_draft(self, entry_id: str, text: str, base: str) -> None:
        """Keep unsaved note text: in the file (crash-safe), else in memory for the session."""
        try:
            self._write(lambda: self.store.save_draft(entry_id, text, base))
            self._memory_drafts.pop(entry_id, None)
        except UserDataError as exc:
            log.info("draft of %s kept in memory: %s", entry_id, exc)
            self._memory_drafts[entry_id] = Draft(entry_id, text, base)

    def draft(self, entry_id: str) -> Draft | None:
        return self._memory_drafts.get(entry_id) or self._read(lambda: self.store.draft(entry_id), None)

    def drop_draft(self, entry_id: str) -> None:
        self._memory_drafts.pop(entry_id, None)
        try:
            self._write(lambda: self.store.drop_draft(entry_id))
        except UserDataError as exc:
            log.info("draft of %s not dropped: %s", entry_id, exc)

    def unsaved_drafts(self) -> list[Draft]:
        """Drafts held only in memory (the file could not take them): lost when the app quits."""
        return list(self._memory_drafts.values())

    def export_bookmarks(self, target: Path) -> int:
        return self.store.export_bookmarks(target)

    def import_bookmarks(self, source: Path) -> ImportReport:
        """Import a bookmarks file; the report says what was added and what became of the file's notes."""
        report = self._write(lambda: self.store.import_report(source))
        changed = {*report.added, *report.noted, *report.appended}  # their rows and notes show it
        self.bookmarks_changed.emit(sorted(changed) or [b.entry_id for b in self.bookmarks()])
        return report

    # history and searches
    def recent(self, limit: int = 20) -> list[str]:
        """The entries opened last, the latest first, each once (kept across restarts)."""
        return self._read(lambda: self.store.recent(limit), [])

    def record_visit(self, entry_id: str) -> None:
        if not self.store.read_only:
            self._write(lambda: self.store.record_visit(entry_id))

    def record_search(self, query: str) -> None:
        if not self.store.read_only:
            self._write(lambda: self.store.record_search(query))
            self.searches_changed.emit()

    def search_history(self, limit: int = 15) -> list[str]:
        return self._read(lambda: self.store.search_history(limit), [])

    def saved_searches(self) -> list[SavedSearch]:
        return self._read(self.store.saved_searches, [])

    def save_search(self, name: str, query: str) -> None:
        self._write(lambda: self.store.save_search(name, query))
        self.searches_changed.emit()

    def delete_saved_search(self, name: str) -> None:
        self._write(lambda: self.store.delete_saved_search(name))
        self.searches_changed.emit()
