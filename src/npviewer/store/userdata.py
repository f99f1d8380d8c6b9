"""The user's own data: bookmarks with notes, history, searches. Kept apart from the content store.

The file is migrated step by step (``PRAGMA user_version``), with a backup taken before each
migration; a damaged file is moved aside, never deleted. Two processes may write at once (WAL and
a busy timeout): every change is one short transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from npviewer.errors import ExpectedError
from npviewer.store.db import connect_readwrite, share
from npviewer.store.files import WriteError, write_atomically

log = logging.getLogger(__name__)

BACKUPS_KEPT = 5
EXPORT_FORMAT = "npviewer-bookmarks"
MAX_IMPORT_BYTES = 5_000_000
MAX_NOTE = 10_000
MAX_TITLE = 500
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

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
)
SCHEMA_VERSION = len(MIGRATIONS)


class UserDataError(ExpectedError):
    """User data could not be read or written; the message says what to do."""


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
class OpenNotice:
    """What happened while opening the user store, for the user to be told."""

    moved_aside: Path | None = None
    migrated_from: int | None = None
    backup: Path | None = None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class UserStore:
    """Bookmarks, notes, history and searches in one SQLite file."""

    def __init__(self, path: Path):
        self.path = path
        self.notice = OpenNotice()
        self.conn = self._open()

    # -- opening, migrating, recovering ------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            conn = connect_readwrite(self.path, shared=False)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                conn.close()
                raise sqlite3.DatabaseError("quick_check failed")
        except sqlite3.DatabaseError as exc:
            log.warning("user data %s is damaged (%s): moving it aside", self.path, exc)
            aside = self._move_aside()
            self.notice = OpenNotice(moved_aside=aside)
            conn = connect_readwrite(self.path, shared=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            raise UserDataError(
                f"{self.path} was written by a newer npviewer (data version {version}, this one knows "
                f"{SCHEMA_VERSION}). Update npviewer, or set NPVIEWER_HOME to another folder."
            )
        share(conn)
        if version < SCHEMA_VERSION:
            self._migrate(conn, version)
        return conn

    def _move_aside(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        n = 1
        while aside.exists():
            aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}-{n}{self.path.suffix}")
            n += 1
        self.path.rename(aside)
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                side.rename(Path(str(aside) + suffix))
        return aside

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        backup = self.backup(conn, f"v{version}") if version > 0 else None
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            for step in range(current, SCHEMA_VERSION):
                for statement in filter(str.strip, MIGRATIONS[step].split(";")):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if version > 0:
            self.notice = OpenNotice(self.notice.moved_aside, migrated_from=version, backup=backup)
            log.info("user data migrated from version %s; backup at %s", version, backup)

    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, conn: sqlite3.Connection | None = None, label: str = "manual") -> Path:
        """Copy the store (consistently, even while in use) into ``backups/``, keeping the last few."""
        folder = self.backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}-{label}.sqlite"
        dest = sqlite3.connect(target)
        try:
            (conn or self.conn).backup(dest)
        finally:
            dest.close()
        for old in sorted(folder.glob(f"{self.path.stem}-*.sqlite"))[:-BACKUPS_KEPT]:
            old.unlink()
        return target

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- bookmarks ---------------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        rows = self.conn.execute("SELECT entry_id, title, note, created FROM bookmark ORDER BY created, entry_id")
        return [Bookmark(*r) for r in rows]

    def bookmark(self, entry_id: str) -> Bookmark | None:
        row = self.conn.execute(
            "SELECT entry_id, title, note, created FROM bookmark WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return Bookmark(*row) if row else None

    def is_bookmarked(self, entry_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM bookmark WHERE entry_id = ?", (entry_id,)).fetchone() is not None

    def add_bookmark(self, entry_id: str, title: str, note: str = "") -> None:
        _check_bookmark(entry_id, title, note)
        now = _now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO bookmark (entry_id, title, note, created, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO UPDATE SET title = excluded.title, updated = excluded.updated",
                (entry_id, title, note, now, now),
            )

    def remove_bookmark(self, entry_id: str) -> bool:
        with self._write() as conn:
            return conn.execute("DELETE FROM bookmark WHERE entry_id = ?", (entry_id,)).rowcount > 0

    def toggle_bookmark(self, entry_id: str, title: str) -> bool:
        """Add or remove; returns whether the entry is bookmarked now."""
        if self.is_bookmarked(entry_id):
            self.remove_bookmark(entry_id)
            return False
        self.add_bookmark(entry_id, title)
        return True

    def set_note(self, entry_id: str, note: str) -> None:
        if len(note) > MAX_NOTE:
            raise UserDataError(f"a note may hold {MAX_NOTE} characters; this one has {len(note)}")
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE bookmark SET note = ?, updated = ? WHERE entry_id = ?", (note, _now(), entry_id)
            ).rowcount
        if not changed:
            raise UserDataError(f"'{entry_id}' is not bookmarked: bookmark it before adding a note")

    def export_bookmarks(self, target: Path) -> int:
        """Write every bookmark to a JSON file (atomically); returns how many."""
        items = [{"id": b.entry_id, "title": b.title, "note": b.note, "created": b.created} for b in self.bookmarks()]
        payload = {"format": EXPORT_FORMAT, "version": 1, "bookmarks": items}
        try:
            write_atomically(target, json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))
        except WriteError as exc:
            raise UserDataError(str(exc)) from None
        return len(items)

    def import_bookmarks(self, source: Path) -> int:
        """Add the bookmarks of an exported file. All or nothing: a bad file changes nothing."""
        items = read_bookmark_file(source)
        added = 0
        with self._write() as conn:
            for item in items:
                cursor = conn.execute(
                    "INSERT INTO bookmark (entry_id, title, note, created, updated) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (entry_id) DO UPDATE SET note = CASE WHEN bookmark.note = '' "
                    "THEN excluded.note ELSE bookmark.note END",
                    (item["id"], item["title"], item["note"], item["created"], _now()),
                )
                added += cursor.rowcount
        return added

    # -- history and searches ----------------------------------------------------------------------

    def record_visit(self, entry_id: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO history (entry_id, visited) VALUES (?, ?)", (entry_id, _now()))
            conn.execute("DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - 1000")

    def recent(self, limit: int = 20) -> list[str]:
        rows = self.conn.execute(
            "SELECT entry_id FROM history GROUP BY entry_id ORDER BY max(id) DESC LIMIT ?", (limit,)
        )
        return [r[0] for r in rows]

    def record_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        with self._write() as conn:
            conn.execute(
                "INSERT INTO search_history (query, last_used, uses) VALUES (?, ?, 1) "
                "ON CONFLICT (query) DO UPDATE SET last_used = excluded.last_used, uses = uses + 1",
                (query[:500], _now()),
            )

    def search_history(self, limit: int = 20) -> list[str]:
        rows = self.conn.execute("SELECT query FROM search_history ORDER BY last_used DESC LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def save_search(self, name: str, query: str) -> None:
        if not name.strip() or not query.strip():
            raise UserDataError("a saved search needs a name and a query")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO saved_search (name, query, created) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET query = excluded.query",
                (name.strip()[:200], query.strip()[:500], _now()),
            )

    def saved_searches(self) -> list[SavedSearch]:
        return [SavedSearch(*r) for r in self.conn.execute("SELECT name, query FROM saved_search ORDER BY name")]

    def delete_saved_search(self, name: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM saved_search WHERE name = ?", (name,))


def _check_bookmark(entry_id: str, title: str, note: str) -> None:
    if not _ID.match(entry_id):
        raise UserDataError(f"'{entry_id[:60]}' is not an entry id")
    if len(title) > MAX_TITLE or len(note) > MAX_NOTE:
        raise UserDataError("the title or note is too long")


def read_bookmark_file(source: Path) -> list[dict[str, str]]:
    """Read and check a bookmarks file completely; raise :class:`UserDataError` naming the fault."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise UserDataError(f"cannot read {source}: {exc.strerror}") from None
    if size > MAX_IMPORT_BYTES:
        raise UserDataError(f"{source} is {size:,} bytes; a bookmarks file is at most {MAX_IMPORT_BYTES:,}")
    try:
        data: Any = json.loads(source.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UserDataError(f"{source} is not a JSON bookmarks file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise UserDataError(f'{source} is not an npviewer bookmarks export (no "format": "{EXPORT_FORMAT}")')
    if data.get("version") != 1:
        raise UserDataError(f"{source} has bookmarks format version {data.get('version')!r}; this npviewer reads 1")
    items = data.get("bookmarks")
    if not isinstance(items, list):
        raise UserDataError(f'{source}: "bookmarks" must be a list')
    checked = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise UserDataError(f"{source}: bookmark {n} is not an object")
        entry_id, title = item.get("id"), item.get("title", "")
        note, created = item.get("note", ""), item.get("created") or _now()
        if not all(isinstance(v, str) for v in (entry_id, title, note, created)):
            raise UserDataError(f"{source}: bookmark {n} has a field that is not text")
        assert isinstance(entry_id, str)
        try:
            _check_bookmark(entry_id, title, note)
        except UserDataError as exc:
            raise UserDataError(f"{source}: bookmark {n}: {exc}") from None
        checked.append({"id": entry_id, "title": title or entry_id, "note": note, "created": created[:40]})
    return checked


def open_user_store(path: Path | None = None) -> UserStore:
    from npviewer.store import paths

    return UserStore(path or paths.user_store_path())


__all__ = ["Bookmark", "OpenNotice", "SavedSearch", "UserDataError", "UserStore", "open_user_store"]
