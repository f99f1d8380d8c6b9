"""The user's own data: bookmarks with notes, note drafts, history, searches. Kept apart from the content store.

Opening (see :mod:`npviewer.store.userfile`) tells damage from trouble: a damaged file is moved
aside, never deleted, and the user is told until they have seen it; on a full disk, a lock, a
permission or a read-only disk the file is kept and the store goes read-only with a ``problem``
saying what to do. Two processes may write at once (WAL and a busy timeout): every change is one
short transaction. A write that fails for an ordinary reason turns the store read-only too, until
:meth:`UserStore.retry` succeeds.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from npviewer.errors import describe
from npviewer.i18n import translate
from npviewer.store.bookmark_file import (
    MAX_NOTE,
    MAX_TITLE,
    check_bookmark,
    check_note,
    export_payload,
    now,
    read_bookmark_file,
)
from npviewer.store.bookmark_import import ImportReport, merged_note
from npviewer.store.files import WriteError, write_atomically
from npviewer.store.userfile import BACKUPS_KEPT, OpenNotice, UserDataError, backup_file, open_user_file

log = logging.getLogger(__name__)

#: Each step takes the file from version N-1 to N. Never edit a step that has shipped: add one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE bookmark (entry_id TEXT PRIMARY KEY, title TEXT NOT NULL, created TEXT NOT NULL);
    CREATE TABLE history (id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL, visited TEXT NOT NULL);
    """,
    """
    ALTER TABLE bookmark ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE bookmark ADD COLUMN updated TEXT NOT NULL DEFAULT '';
    UPDATE bookmark SET updated = created;
    CREATE TABLE search_history (query TEXT PRIMARY KEY, last_used TEXT NOT NULL, uses INTEGER NOT NULL);
    CREATE TABLE saved_search (name TEXT PRIMARY KEY, query TEXT NOT NULL, created TEXT NOT NULL);
    CREATE INDEX history_visited ON history (visited);
    """,
    """
    CREATE TABLE note_draft (entry_id TEXT PRIMARY KEY, text TEXT NOT NULL, base TEXT NOT NULL, updated TEXT NOT NULL);
    CREATE TABLE notice (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, detail TEXT NOT NULL, created TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
MOVED_ASIDE = "moved-aside"


@dataclass(frozen=True)
class Bookmark:
    entry_id: str
    title: str
    note: str
    created: str


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str


@dataclass(frozen=True)
class Draft:
    """Note text typed but not saved yet; ``base`` is the saved note it started from."""

    entry_id: str
    text: str
    base: str


@dataclass(frozen=True)
class Notice:
    """Something the user must be told until they have seen it (a file moved aside)."""

    id: int
    kind: str
    detail: str
    created: str

    @property
    def text(self) -> str:
        if self.kind == MOVED_ASIDE:
            return translate(
                "UserData",
                "Your bookmarks file could not be read (it is damaged), so it was moved aside, not deleted, to "
                "{path} on {date}, and a new, empty one was started. See “Your data” in the help to restore it.",
            ).format(path=self.detail, date=self.created[:10])
        return self.detail


class NoteConflict(UserDataError):
    """The note was changed elsewhere since the user started typing; ``stored`` is that other version."""

    def __init__(self, entry_id: str, stored: str | None) -> None:
        super().__init__(
            translate("UserData", "the note on '{id}' was changed elsewhere while you were typing").format(id=entry_id)
        )
        self.entry_id = entry_id
        self.stored = stored


class UserStore:
    """Bookmarks, notes, drafts, history and searches in one SQLite file."""

    #: How long a write waits for another process's write to finish before giving up.
    BUSY_TIMEOUT = 3.0

    def __init__(self, path: Path):
        self.path = path
        self.notice = OpenNotice()
        self.problem = ""
        self.readable = True
        self.conn = self._open()

    # -- opening, state ----------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        opened = open_user_file(self.path, MIGRATIONS, self.BUSY_TIMEOUT)
        self.notice, self.problem, self.readable = opened.notice, opened.problem, opened.readable
        if opened.notice.moved_aside is not None:
            with suppress(sqlite3.Error):
                opened.conn.execute(
                    "INSERT INTO notice (kind, detail, created) VALUES (?, ?, ?)",
                    (MOVED_ASIDE, str(opened.notice.moved_aside), now()),
                )
        return opened.conn

    @property
    def read_only(self) -> bool:
        """True while changes cannot be saved; :attr:`problem` says why and how to fix it."""
        return bool(self.problem)

    def read_only_message(self) -> str:
        if self.readable:
            what = translate("UserData", "Your bookmarks and notes can be read but not changed: {problem}.")
        else:
            what = translate("UserData", "Your bookmarks and notes cannot be shown: {problem}.")
        return what.format(problem=self.problem)

    def _unchanged(self) -> str:
        return translate("UserData", "Nothing was changed.") + " " + self.read_only_message()

    def retry(self) -> bool:
        """Open the file again (after the user fixed the problem); True when it can be written now."""
        self.conn.close()
        self.conn = self._open()
        return not self.read_only

    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, conn: sqlite3.Connection | None = None, label: str = "manual") -> Path:
        """Copy the store (consistently, even while in use) into ``backups/``, keeping the last few."""
        return backup_file(conn or self.conn, self.path, label)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short transaction; an ordinary fault (full disk, lock, read-only) turns the store read-only."""
        if self.read_only:
            raise UserDataError(self._unchanged())
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            told = describe(exc, self.path)
            if told is None:
                raise
            log.warning("user data %s could not be written: %s", self.path, exc)
            self.problem = told.rstrip(".")
            raise UserDataError(self._unchanged()) from None

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            told = describe(exc, self.path)
            if told is None:
                raise
            raise UserDataError(
                translate("UserData", "Your bookmarks could not be read: {problem}").format(problem=told)
            ) from None

    # -- notices -----------------------------------------------------------------------------------

    def pending_notices(self) -> list[Notice]:
        """What the user has not seen yet (a file moved aside), oldest first."""
        found = [Notice(*r) for r in self._rows("SELECT id, kind, detail, created FROM notice ORDER BY id")]
        aside = self.notice.moved_aside
        if aside is not None and not any(n.detail == str(aside) for n in found):  # a read-only fresh file
            found.append(Notice(0, MOVED_ASIDE, str(aside), now()))
        return found

    def dismiss_notice(self, notice: Notice) -> None:
        """The user has seen ``notice``: it is not shown again."""
        if notice.id and not self.read_only:
            with self._write() as conn:
                conn.execute("DELETE FROM notice WHERE id = ?", (notice.id,))

    # -- bookmarks ---------------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        rows = self._rows("SELECT entry_id, title, note, created FROM bookmark ORDER BY created, rowid")
        return [Bookmark(*r) for r in rows]

    def bookmark(self, entry_id: str) -> Bookmark | None:
        rows = self._rows("SELECT entry_id, title, note, created FROM bookmark WHERE entry_id = ?", (entry_id,))
        return Bookmark(*rows[0]) if rows else None

    def is_bookmarked(self, entry_id: str) -> bool:
        return bool(self._rows("SELECT 1 FROM bookmark WHERE entry_id = ?", (entry_id,)))

    def add_bookmark(self, entry_id: str, title: str, note: str = "") -> None:
        check_bookmark(entry_id, title, note)
        stamp = now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO bookmark (entry_id, title, note, created, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO UPDATE SET title = excluded.title, updated = excluded.updated",
                (entry_id, title, note, stamp, stamp),
            )

    def remove_bookmark(self, entry_id: str) -> Bookmark | None:
        """Remove a bookmark (with its note); returns what was removed, for an undo."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT entry_id, title, note, created FROM bookmark WHERE entry_id = ?", (entry_id,)
            ).fetchone()
            conn.execute("DELETE FROM bookmark WHERE entry_id = ?", (entry_id,))
        return Bookmark(*row) if row else None

    def restore_bookmark(self, mark: Bookmark) -> None:
        """Put back a removed bookmark as it was (its note and date); a note added meanwhile is kept."""
        check_bookmark(mark.entry_id, mark.title, mark.note)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO bookmark (entry_id, title, note, created, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO UPDATE SET note = CASE WHEN bookmark.note = '' "
                "THEN excluded.note ELSE bookmark.note END",
                (mark.entry_id, mark.title, mark.note, mark.created, now()),
            )

    def toggle_bookmark(self, entry_id: str, title: str) -> bool:
        """Add or remove; returns whether the entry is bookmarked now."""
        if self.is_bookmarked(entry_id):
            self.remove_bookmark(entry_id)
            return False
        self.add_bookmark(entry_id, title)
        return True

    def set_note(self, entry_id: str, note: str, *, base: str | None = None) -> None:
        """Save a note (and drop its draft). With ``base`` (the saved note the user started from), a
        note changed elsewhere meanwhile is not overwritten: :class:`NoteConflict` carries it."""
        check_note(note)
        with self._write() as conn:
            row = conn.execute("SELECT note FROM bookmark WHERE entry_id = ?", (entry_id,)).fetchone()
            stored = row[0] if row else None
            if base is not None and stored != base and stored != note:
                raise NoteConflict(entry_id, stored)
            if row is None:
                raise UserDataError(
                    translate("UserData", "'{id}' is not bookmarked: bookmark it before adding a note").format(
                        id=entry_id
                    )
                )
            conn.execute("UPDATE bookmark SET note = ?, updated = ? WHERE entry_id = ?", (note, now(), entry_id))
            conn.execute("DELETE FROM note_draft WHERE entry_id = ?", (entry_id,))

    # -- drafts ------------------------------------------------------------------------------------

    def save_draft(self, entry_id: str, text: str, base: str) -> None:
        """Keep unsaved note text (crash-safe: committed to the file), with the note it started from."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO note_draft (entry_id, text, base, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO UPDATE SET text = excluded.text, base = excluded.base, "
                "updated = excluded.updated",
                (entry_id, text[: MAX_NOTE * 2], base, now()),
            )

    def draft(self, entry_id: str) -> Draft | None:
        rows = self._rows("SELECT entry_id, text, base FROM note_draft WHERE entry_id = ?", (entry_id,))
        return Draft(*rows[0]) if rows else None

    def drafts(self) -> list[Draft]:
        return [Draft(*r) for r in self._rows("SELECT entry_id, text, base FROM note_draft ORDER BY updated")]

    def drop_draft(self, entry_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM note_draft WHERE entry_id = ?", (entry_id,))

    # -- export and import -------------------------------------------------------------------------

    def export_bookmarks(self, target: Path) -> int:
        """Write every bookmark to a JSON file (atomically); returns how many."""
        items = [{"id": b.entry_id, "title": b.title, "note": b.note, "created": b.created} for b in self.bookmarks()]
        try:
            write_atomically(target, export_payload(items))
        except WriteError as exc:
            raise UserDataError(str(exc)) from None
        return len(items)

    def import_bookmarks(self, source: Path) -> int:
        """Add the bookmarks of an exported file; returns how many were added (see :meth:`import_report`)."""
        return len(self.import_report(source).added)

    def import_report(self, source: Path) -> ImportReport:
        """Add the bookmarks of an exported file, keeping the user's notes (:mod:`npviewer.store.bookmark_import`).

        All or nothing: a bad file changes nothing."""
        items = read_bookmark_file(source)
        report = ImportReport(source.name)
        day = now()[:10]
        with self._write() as conn:
            for item in items:
                row = conn.execute("SELECT note FROM bookmark WHERE entry_id = ?", (item["id"],)).fetchone()
                if row is None:
                    conn.execute(
                        "INSERT INTO bookmark (entry_id, title, note, created, updated) VALUES (?, ?, ?, ?, ?)",
                        (item["id"], item["title"], item["note"], item["created"], now()),
                    )
                    report.added.append(item["id"])
                    continue
                note, outcome = merged_note(row[0], item["note"], source.name, day)
                if note != row[0]:
                    conn.execute(
                        "UPDATE bookmark SET note = ?, updated = ? WHERE entry_id = ?", (note, now(), item["id"])
                    )
                if outcome == "listed":
                    report.listed.append((item["id"], item["note"]))
                else:
                    getattr(report, outcome).append(item["id"])
        return report

    # -- history and searches ----------------------------------------------------------------------

    def record_visit(self, entry_id: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO history (entry_id, visited) VALUES (?, ?)", (entry_id, now()))
            conn.execute("DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - 1000")

    def recent(self, limit: int = 20) -> list[str]:
        rows = self._rows("SELECT entry_id FROM history GROUP BY entry_id ORDER BY max(id) DESC LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def record_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        with self._write() as conn:
            conn.execute(
                "INSERT INTO search_history (query, last_used, uses) VALUES (?, ?, 1) "
                "ON CONFLICT (query) DO UPDATE SET last_used = excluded.last_used, uses = uses + 1",
                (query[:500], now()),
            )

    def search_history(self, limit: int = 20) -> list[str]:
        rows = self._rows("SELECT query FROM search_history ORDER BY last_used DESC LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def save_search(self, name: str, query: str) -> None:
        if not name.strip() or not query.strip():
            raise UserDataError("a saved search needs a name and a query")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO saved_search (name, query, created) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET query = excluded.query",
                (name.strip()[:200], query.strip()[:500], now()),
            )

    def saved_searches(self) -> list[SavedSearch]:
        return [SavedSearch(*r) for r in self._rows("SELECT name, query FROM saved_search ORDER BY name")]

    def delete_saved_search(self, name: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM saved_search WHERE name = ?", (name,))


def open_user_store(path: Path | None = None) -> UserStore:
    from npviewer import paths

    return UserStore(path or paths.user_store_path())


def tell_pending_notices(store: UserStore) -> None:
    """On the command line: print what the user has not seen yet on stderr; a notice printed on a
    terminal counts as seen (one printed into a pipe or a file is told again next time)."""
    seen = sys.stderr.isatty()
    for notice in store.pending_notices():
        print(f"npviewer: {notice.text}", file=sys.stderr)
        if seen:
            store.dismiss_notice(notice)


__all__ = [
    "BACKUPS_KEPT",
    "MAX_NOTE",
    "MAX_TITLE",
    "Bookmark",
    "Draft",
    "ImportReport",
    "NoteConflict",
    "Notice",
    "OpenNotice",
    "SavedSearch",
    "UserDataError",
    "UserStore",
    "open_user_store",
    "read_bookmark_file",
]
