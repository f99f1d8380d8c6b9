"""Writing a user's file safely: through a temporary file and a rename, never a partial file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from npviewer.errors import ExpectedError


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
