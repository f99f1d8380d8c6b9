"""Finds or builds the content store that matches the content in use.

The content in use is an installed content update when there is one (its store was built when it
was installed: see :mod:`npviewer.store.installed`), else the bundled content: a store prebuilt
into the package (read-only install), else the user's cached store, rebuilt when the content
changed or the file is damaged. A failed build keeps the old store.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer import paths
from npviewer.errors import ExpectedError, disk_is_read_only
from npviewer.i18n import translate
from npviewer.store.db import connect_readonly
from npviewer.store.fingerprint import content_hash
from npviewer.store.installed import active_install

if TYPE_CHECKING:
    from npviewer.store.build import ProgressFn

log = logging.getLogger(__name__)
EXPECTED_SCHEMA = 5  # npviewer.store.models.SCHEMA_VERSION, without importing sqlmodel


#: Modules only the builder needs; a packaged app leaves them out (it carries a store built for it).
BUILDER_MODULES = ("sqlmodel", "sqlalchemy", "pydantic")


class StoreError(ExpectedError):
    """The content store cannot be made here; the message says why and what to do."""


@dataclass(frozen=True)
class StoreStatus:
    """What :func:`ensure_store` found and did."""

    path: Path
    content_hash: str
    rebuilt: bool = False
    reason: str = ""
    immutable: bool = False
    #: The installed content update in use, or "" for the bundled content.
    install_id: str = ""


def stored_hash(path: Path) -> str | None:
    """The content hash a store was built from, or None if it is missing, damaged or outdated."""
    if not path.is_file():
        return None
    try:
        conn = connect_readonly(path)
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] != EXPECTED_SCHEMA:
                return None
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            row = conn.execute("SELECT value FROM meta WHERE key = 'content_hash'").fetchone()
            return str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def store_is_current(path: Path, directory: Path | None = None) -> bool:
    """True when ``path`` holds a healthy store of the content in ``directory``."""
    return stored_hash(path) == content_hash(directory or paths.content_dir())


def current_store(directory: Path | None = None) -> StoreStatus | None:
    """The store that already matches the content (prebuilt first), or None: no building, no sqlmodel."""
    install = active_install() if directory is None else None
    if install is not None:  # its manifest's hash: no need to read the files again at every start
        found = stored_hash(install.store)
        current = found is not None and found == install.manifest.content_hash
        return StoreStatus(install.store, install.manifest.content_hash, install_id=install.id) if current else None
    wanted = content_hash(directory or paths.content_dir())
    prebuilt = paths.prebuilt_store_path()
    if prebuilt.is_file() and stored_hash(prebuilt) == wanted:
        return StoreStatus(prebuilt, wanted, immutable=True)
    target = paths.content_store_path()
    if stored_hash(target) == wanted:
        return StoreStatus(target, wanted)
    return None


def ensure_store(
    directory: Path | None = None,
    target: Path | None = None,
    progress: ProgressFn | None = None,
) -> StoreStatus:
    """Return a store that matches the content files, building it when needed.

    Raises :class:`npviewer.store.content.ContentError` when the content cannot be built
    (the previous store, if any, is left in place).
    """
    install = active_install() if directory is None and target is None else None
    if install is not None:
        status = ensure_store(install.data_dir, install.store, progress)
        return StoreStatus(status.path, status.content_hash, status.rebuilt, status.reason, install_id=install.id)
    directory = directory or paths.content_dir()
    wanted = content_hash(directory)
    prebuilt = paths.prebuilt_store_path()
    if target is None and prebuilt.is_file() and stored_hash(prebuilt) == wanted:
        return StoreStatus(prebuilt, wanted, immutable=True)
    target = target or paths.content_store_path()
    if target.exists() and not target.is_file():
        raise StoreError(
            f"{target} should be npviewer's content store (a file it rebuilds at will), but it is a folder or "
            "a device: move it away, or set NPVIEWER_HOME to another folder."
        )
    found = stored_hash(target)
    if found == wanted:
        return StoreStatus(target, wanted)
    if not target.exists():
        reason = translate("Store", "Prepared the content for its first use")
    elif found is None:
        reason = translate(
            "Store", "The prepared content was damaged or outdated, so it was rebuilt from the bundled content"
        )
    else:
        reason = translate(
            "Store", "The content has changed: it was prepared again (your bookmarks and notes are untouched)"
        )
    log.info("building content store at %s (%s)", target, reason)
    if target.parent.is_dir() and (not os.access(target.parent, os.W_OK | os.X_OK) or disk_is_read_only(target.parent)):
        raise StoreError(
            f"npviewer cannot prepare its content store in {target.parent}: the folder or its disk is read-only. "
            "Make it writable, or set NPVIEWER_HOME to a writable folder."
        )
    try:
        from npviewer.store.build import build_from_directory

        build_from_directory(directory, target, progress)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in BUILDER_MODULES:
            raise
        raise StoreError(
            f"this packaged app cannot build a content store (its builder, {exc.name}, is not included); it only "
            "reads the store built from its own bundled content. Unset NPVIEWER_DATA, reinstall the package if its "
            "files were changed, or run npviewer from source to use other content ('npviewer check-data DIR' "
            "still validates a content folder)."
        ) from None
    return StoreStatus(target, wanted, rebuilt=True, reason=reason)
