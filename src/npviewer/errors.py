"""Failures a user can fix, and one sentence for each ordinary fault of the machine (no Qt, stdlib only).

Every module raises a subclass of :class:`ExpectedError` for a failure the user can do something
about; its message names what failed, where, and how to fix it. The command line prints it as one
line (exit 2), the window shows it. An :class:`OSError` or an SQLite error from a full disk, a
lock, a permission or a read-only disk is told with :func:`describe` (so is a user data folder that
cannot be made, :class:`npviewer.paths.DataDirError`); anything else is a bug.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.paths import DataDirError


class ExpectedError(Exception):
    """A failure the user can fix; the message says what, where, and how."""


#: errno -> what went wrong and what to do, for a file or folder named before it.
_OS_HINTS: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full. Free some space and try again"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "your disk quota is used up. Free some space and try again"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied. Check its permissions, or choose another place"),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "Errors", "the operation is not permitted. Check its permissions, or choose another place"
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Errors", "the disk is read-only. Choose a place on a writable disk, or make the disk writable"
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder. Check the name"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is a file, not a folder. Check the path"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file. Give a file name"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "something already exists there. Move it away or choose another name"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
        "Errors", "the name is too long (at most 255 bytes a name). Choose a shorter name"
    ),
    errno.ELOOP: QT_TRANSLATE_NOOP("Errors", "the path loops through symbolic links. Check the path"),
    errno.EIO: QT_TRANSLATE_NOOP(
        "Errors", "the disk reported an input/output error. Check the disk, or copy your files elsewhere"
    ),
    errno.ENXIO: QT_TRANSLATE_NOOP("Errors", "no device answers there. Check the path"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("Errors", "the file is busy. Close the program using it and try again"),
    errno.EMFILE: QT_TRANSLATE_NOOP("Errors", "too many files are open. Close some programs and try again"),
    errno.ENOMEM: QT_TRANSLATE_NOOP("Errors", "the computer is out of memory. Close some programs and try again"),
    errno.EAGAIN: QT_TRANSLATE_NOOP("Errors", "the file is busy. Try again"),
}

#: SQLite primary result codes -> what went wrong and what to do.
_SQLITE_HINTS: dict[str, str] = {
    "SQLITE_FULL": QT_TRANSLATE_NOOP("Errors", "the disk is full. Free some space and try again"),
    "SQLITE_BUSY": QT_TRANSLATE_NOOP(
        "Errors",
        "another program is holding it locked (another npviewer, a backup or sync tool?). "
        "Close that program and try again",
    ),
    "SQLITE_LOCKED": QT_TRANSLATE_NOOP(
        "Errors", "another program is holding it locked. Close that program and try again"
    ),
    "SQLITE_READONLY": QT_TRANSLATE_NOOP(
        "Errors", "it cannot be written (a read-only file, folder or disk). Check its permissions"
    ),
    "SQLITE_CANTOPEN": QT_TRANSLATE_NOOP(
        "Errors", "it cannot be opened (a missing folder, or no permission). Check the folder's permissions"
    ),
    "SQLITE_PERM": QT_TRANSLATE_NOOP("Errors", "permission denied. Check its permissions"),
    "SQLITE_IOERR": QT_TRANSLATE_NOOP(
        "Errors", "the disk reported an input/output error (is it full, removed or failing?). Check the disk"
    ),
    "SQLITE_NOTADB": QT_TRANSLATE_NOOP("Errors", "it is not a database file"),
    "SQLITE_CORRUPT": QT_TRANSLATE_NOOP("Errors", "it is damaged"),
    "SQLITE_NOMEM": QT_TRANSLATE_NOOP("Errors", "the computer is out of memory. Close some programs and try again"),
    "SQLITE_AUTH": QT_TRANSLATE_NOOP("Errors", "access was refused. Check its permissions"),
    "SQLITE_PROTOCOL": QT_TRANSLATE_NOOP("Errors", "another program is holding it locked. Try again"),
}

DAMAGE_CODES = ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def sqlite_code(exc: BaseException) -> str:
    """The primary SQLite result code of an exception (``SQLITE_FULL``), or '' when there is none."""
    name = getattr(exc, "sqlite_errorname", None)
    if not isinstance(name, str):
        return ""
    for code in _SQLITE_HINTS:
        if name == code or name.startswith(code + "_"):
            return code
    return name


def is_damage(exc: BaseException) -> bool:
    """True when SQLite says the file is not a database or is corrupt (not a lock, a full disk...)."""
    return sqlite_code(exc) in DAMAGE_CODES


def describe(exc: BaseException, where: Path | str | None = None) -> str | None:
    """One sentence for an ordinary fault (``where``: the file it concerns), or None for a bug."""
    if isinstance(exc, ExpectedError):
        return str(exc)
    if isinstance(exc, DataDirError):
        return _data_dir_problem(exc)
    if isinstance(exc, OSError):
        target = where or exc.filename
        known = _OS_HINTS.get(exc.errno or -1)
        check = translate("Errors", "Check it and try again")
        hint = translate("Errors", known) if known else f"{exc.strerror or exc}. {check}"
        return f"{_show(target)}: {hint}." if target else f"{hint[0].upper()}{hint[1:]}."
    if isinstance(exc, sqlite3.Error):
        code = sqlite_code(exc)
        if code == "SQLITE_IOERR" and where and disk_is_full(Path(where)):
            code = "SQLITE_FULL"  # SQLite reports a full disk while growing its shared-memory file as I/O
        if code in ("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM") and where and disk_is_read_only(Path(where)):
            read_only = translate("Errors", _OS_HINTS[errno.EROFS])
            return f"{_show(where)}: {read_only}."
        told = _SQLITE_HINTS.get(code)
        if told is None:
            return None
        told = translate("Errors", told)
        if not where:
            return translate("Errors", "A data file: {problem}.").format(problem=told)
        return f"{_show(where)}: {told}."
    return None


def _data_dir_problem(exc: DataDirError) -> str:
    """Why the user data folder cannot be made, and the way out (another NPVIEWER_HOME)."""
    path = exc.path
    if path.exists() and not path.is_dir():
        told = f"npviewer's data folder {path} is a file, not a folder: move that file away"
    else:
        told = (describe(exc.cause) or str(exc.cause)).rstrip(".")
        told = f"npviewer cannot make its data folder {path} ({told})"
    return f"{told}, or set NPVIEWER_HOME to another folder."


def disk_is_full(path: Path) -> bool:
    """True when the disk holding ``path`` (or its nearest existing folder) has next to no free space."""
    for folder in (path, *path.parents):
        try:
            info = os.statvfs(folder)
        except OSError:
            continue
        return info.f_bavail * info.f_frsize < 64 * 1024
    return False


def disk_is_read_only(path: Path) -> bool:
    """True when the disk holding ``path`` (or its nearest existing folder) is mounted read-only."""
    for folder in (path, *path.parents):
        try:
            return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            continue
    return False


def _show(path: Path | str | bytes | int | None) -> str:
    """A path as text for a message: an over-long one keeps its start and its end."""
    text = path.decode("utf-8", "backslashreplace") if isinstance(path, bytes) else str(path)
    return text if len(text) <= 160 else f"{text[:70]}…{text[-70:]}"
