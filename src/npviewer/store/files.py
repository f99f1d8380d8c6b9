"""Reading and writing a user's files safely: reads are bounded and only of regular files (never a
pipe or a device), writes go through a temporary file and a rename, never leaving a partial file."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from npviewer.errors import ExpectedError, describe


class ReadError(ExpectedError):
    """A file could not be read, or is not one to read; the message says which and why."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_limited(path: Path, limit: int, what: str = "it") -> bytes:
    """The bytes of the regular file ``path``, refused before reading when larger than ``limit``.

    A pipe, a device or a folder is refused without reading from it (a FIFO never blocks, /dev/zero is
    never read); a file that grows while being read is refused too. ``what`` names the file's role in
    the messages ("a bookmarks file").
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise ReadError(f"{path} is {_kind(mode)}, not a file: {what} must be a regular file")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ReadError(f"cannot read {describe(exc, path)}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # replaced between the two looks
            raise ReadError(f"{path} is {_kind(info.st_mode)}, not a file: {what} must be a regular file")
        if info.st_size > limit:
            raise ReadError(f"{path} is {info.st_size:,} bytes; {what} is at most {limit:,} bytes")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise ReadError(f"{path} grew past {limit:,} bytes while being read; {what} is at most {limit:,} bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise ReadError(f"cannot read {describe(exc, path)}") from None
    finally:
        os.close(fd)


class WriteError(ExpectedError):
    """A file could not be written; the message says where and what to do."""


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target``: a temporary file in the same folder, synced, then renamed."""
    folder = target.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write {target}: the folder {folder} does not exist. Choose another folder.")
    if target.is_dir():
        raise WriteError(f"cannot write {target}: it is a folder. Choose a file name.")
    if target.exists() and not target.is_file():
        raise WriteError(f"cannot write {target}: it is a device or a pipe, not a file. Choose a file name.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write in {folder}: {exc.strerror}. Choose another folder.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WriteError(f"cannot write {target}: {exc.strerror}. Check the disk space and permissions.") from None
