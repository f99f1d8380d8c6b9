"""Opening the user's SQLite file, with damage told apart from trouble.

- **Damage**: SQLite says the file is not a database or is corrupt, and a fresh ``PRAGMA
  quick_check`` agrees. The file is moved aside (never deleted) and a fresh one is started; the
  caller records a notice so the user is told until they have seen it.
- **Trouble**: a full disk, a lock held by another program, a permission, a read-only folder or
  disk, a file that is not npviewer's. The file is left exactly as it is. What can still be read is
  copied into memory (migrated there if it is older) and served read-only; ``problem`` says in one
  sentence what is wrong and how to fix it.

The file is migrated step by step (``PRAGMA user_version``), with a backup taken before each
migration, all in one transaction: an interrupted migration leaves the old version (SQLite rolls
its journal back on the next open).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from npviewer.errors import ExpectedError, describe, is_damage, sqlite_code
from npviewer.i18n import translate

log = logging.getLogger(__name__)

BACKUPS_KEPT = 5
#: A backup's temporary file older than this was left by an interrupted copy: it is removed.
STALE_SECONDS = 600


class UserDataError(ExpectedError):
    """User data could not be read or written; the message says what to do."""


@dataclass(frozen=True)
class OpenNotice:
    """What happened while opening the user store, for the user to be told."""

    moved_aside: Path | None = None
    migrated_from: int | None = None
    backup: Path | None = None


@dataclass
class Opened:
    """An open user file. ``problem`` is set when it is read-only (why, and how to fix it);
    ``readable`` is False when nothing at all could be read from it."""

    conn: sqlite3.Connection
    notice: OpenNotice
    problem: str = ""
    readable: bool = True


class _Damaged(Exception):
    """SQLite and quick_check agree: the file is not a database, or is corrupt."""


class _NotOurs(Exception):
    """The path holds something that is not npviewer's user file; it is left alone."""


def open_user_file(path: Path, migrations: Sequence[str], busy_timeout: float) -> Opened:
    """Open ``path`` for writing; on damage move it aside and start afresh; on trouble go read-only."""
    try:
        conn, notice = _open_writable(path, migrations, busy_timeout)
        return Opened(conn, notice)
    except _Damaged as damage:
        log.warning("user data %s is damaged (%s): moving it aside", path, damage)
        try:
            aside = _move_aside(path)
        except OSError as exc:
            problem = translate(
                "UserData",
                "{path} is damaged and cannot be moved aside ({problem}). Move it away yourself; npviewer will "
                "then start a fresh one",
            ).format(path=path, problem=(describe(exc, path) or str(exc)).rstrip("."))
            return Opened(_empty(migrations), OpenNotice(), problem, readable=False)
        try:
            conn, notice = _open_writable(path, migrations, busy_timeout)
            return Opened(conn, OpenNotice(moved_aside=aside))
        except (sqlite3.Error, OSError, _Damaged, _NotOurs) as exc:
            return Opened(_empty(migrations), OpenNotice(moved_aside=aside), _problem(path, exc))
    except _NotOurs as exc:
        return Opened(_empty(migrations), OpenNotice(), str(exc), readable=False)
    except (sqlite3.Error, OSError) as exc:
        log.warning("user data %s is not writable (%s): opening it read-only", path, exc)
        return _open_read_only(path, migrations, exc)


def _open_writable(path: Path, migrations: Sequence[str], timeout: float) -> tuple[sqlite3.Connection, OpenNotice]:
    if path.exists() and not path.is_file():
        raise _NotOurs(
            translate(
                "UserData",
                "{path} is a folder or a device, not your bookmarks file: move it away, or set NPVIEWER_HOME",
            ).format(path=path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        version = _checked_version(conn, path, len(migrations))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        notice = OpenNotice()
        if version < len(migrations):
            backup = backup_file(conn, path, f"v{version}") if version > 0 else None
            migrate(conn, migrations, version)
            if version > 0:
                notice = OpenNotice(migrated_from=version, backup=backup)
                log.info("user data migrated from version %s; backup at %s", version, backup)
        _probe_write(conn, len(migrations))
        clean_stale_backups(path)
        return conn, notice
    except BaseException:
        conn.close()
        raise


def _probe_write(conn: sqlite3.Connection, version: int) -> None:
    """Raise the fault a write would meet now (a lock, a read-only file, folder or disk), changing
    nothing: a header write is begun, then rolled back before it reaches the disk."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _checked_version(conn: sqlite3.Connection, path: Path, schema: int) -> int:
    """The file's data version, after checking it is a healthy npviewer file this version can use."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        health = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if is_damage(exc) and _damage_confirmed(path):
            raise _Damaged(str(exc)) from None
        raise
    if health != "ok":
        if _damage_confirmed(path):
            raise _Damaged(health)
        raise sqlite3.OperationalError(f"quick_check: {health}")
    if version > schema:
        raise UserDataError(
            translate(
                "UserData",
                "{path} was written by a newer npviewer (data version {version}, this one knows {known}). "
                "Update npviewer, or set NPVIEWER_HOME to another folder.",
            ).format(path=path, version=version, known=schema)
        )
    if version < 0 or (version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]):
        raise _NotOurs(
            translate(
                "UserData",
                "{path} is a database, but not npviewer's bookmarks (data version {version}): move it away, "
                "or set NPVIEWER_HOME to another folder",
            ).format(path=path, version=version)
        )
    return version


def _damage_confirmed(path: Path) -> bool:
    """A second opinion on a fresh read-only connection: quick_check fails, or SQLite calls it damaged."""
    try:
        check = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return False
    try:
        return str(check.execute("PRAGMA quick_check").fetchone()[0]) != "ok"
    except sqlite3.DatabaseError as exc:
        return is_damage(exc)
    finally:
        check.close()


def _open_read_only(path: Path, migrations: Sequence[str], cause: BaseException) -> Opened:
    """What can be read of ``path``, copied into memory and brought up to date; else nothing."""
    problem = _problem(path, cause)
    if not path.is_file():
        return Opened(_empty(migrations), OpenNotice(), problem)
    # Without locks (immutable) only when the file cannot be written at all: never past another's lock.
    locked = sqlite_code(cause) in ("SQLITE_BUSY", "SQLITE_LOCKED")
    for flags in ("mode=ro",) if locked else ("mode=ro", "mode=ro&immutable=1"):
        try:
            source = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=1.0)
        except sqlite3.Error:
            continue
        try:
            version = _checked_version(source, path, len(migrations))
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            source.backup(memory)
            migrate(memory, migrations, version)
            return Opened(memory, OpenNotice(), problem)
        except (sqlite3.Error, _Damaged, _NotOurs) as exc:
            log.info("read-only open of %s with %s failed: %s", path, flags, exc)
        finally:
            source.close()
    return Opened(_empty(migrations), OpenNotice(), problem, readable=False)


def _problem(path: Path, exc: BaseException) -> str:
    """What is wrong with the user file and how to fix it, in one sentence."""
    if isinstance(exc, _NotOurs | _Damaged):
        return str(exc)
    return (describe(exc, path) or f"{path}: {exc}").rstrip(".")


def _empty(migrations: Sequence[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    migrate(conn, migrations, 0)
    return conn


def migrate(conn: sqlite3.Connection, migrations: Sequence[str], version: int) -> None:
    """Run the steps from ``version`` to the last, in one transaction (all or nothing)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in range(max(current, version), len(migrations)):
            for statement in filter(str.strip, migrations[step].split(";")):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _move_aside(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        n += 1
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.rename(Path(str(aside) + suffix))
    return aside


def backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def backup_file(conn: sqlite3.Connection, path: Path, label: str) -> Path:
    """Copy the open file (consistently, even while in use) into ``backups/``, keeping the last few.

    The copy is written under a temporary name and renamed when complete: an interrupted copy never
    looks like a backup, and is removed later by :func:`clean_stale_backups`.
    """
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{label}.sqlite"
    partial = folder / f".{target.name}.tmp"
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    os.replace(partial, target)
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def clean_stale_backups(path: Path) -> list[Path]:
    """Remove the temporary files of backups that were interrupted (older than a few minutes)."""
    removed = []
    folder = backup_folder(path)
    now = time.time()
    for partial in folder.glob(".*.tmp") if folder.is_dir() else []:
        try:
            if now - partial.stat().st_mtime > STALE_SECONDS:
                partial.unlink()
                removed.append(partial)
        except OSError as exc:
            log.info("could not remove %s: %s", partial, exc)
    return removed
