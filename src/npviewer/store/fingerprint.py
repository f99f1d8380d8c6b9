"""The content files and their fingerprint: cheap enough (stdlib only) for every start-up."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

#: Bumped when the way content is read or stored changes, so stores built before are rebuilt.
FORMAT_VERSION = "2"

#: Folders of content files: ``regions/`` holds one region a file; ``documents/`` more source records
#: beside ``sources.yaml``; the others may split what their single file (``events.yaml``...) holds
#: into several (``events/central-asia.yaml``...).
CONTENT_FOLDERS = ("documents", "regions", "places", "programmes", "events", "figures")
#: A content file or a seed is at most this size; the loader refuses a larger one before reading it.
MAX_FILE_BYTES = 10_000_000


def content_files(directory: Path) -> list[Path]:
    """The files that make up the content, in a fixed order."""
    files = sorted(directory.glob("*.yaml"))
    for folder in CONTENT_FOLDERS:
        files += sorted((directory / folder).glob("*.yaml"))
    return files + sorted((directory / "sources").glob("*.txt"))


def content_hash(directory: Path) -> str:
    """A fingerprint of the content files: the store is rebuilt when it changes."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for path in content_files(directory):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
        try:
            info = path.stat()
        except OSError:
            digest.update(b"unreadable\0")
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            # never read a pipe, a device or an oversized file: the loader refuses them by name
            digest.update(f"{info.st_mode}:{info.st_size}:{info.st_mtime_ns}".encode() + b"\0")
            continue
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
