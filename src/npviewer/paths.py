"""Where things live: the bundled content and resources, and the user's data dir.

Below everything else in npviewer (it imports none of it): the translations, the errors and the
stores all ask it where their files are.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "npviewer"


def _bundle_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``: the frozen app's, or the source tree's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def content_dir() -> Path:
    """The bundled content files (``NPVIEWER_DATA`` overrides, for tests and editors)."""
    override = os.environ.get("NPVIEWER_DATA")
    return Path(override) if override else _bundle_root() / "data"


def resources_dir() -> Path:
    """Icons, fonts, map data and stylesheets."""
    return _bundle_root() / "resources"


def user_data_dir() -> Path:
    """The user's own folder (``NPVIEWER_HOME`` overrides): bookmarks, notes, the built store, logs."""
    override = os.environ.get("NPVIEWER_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir as platform_dir

        path = Path(platform_dir(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(path, exc) from None
    return path


class DataDirError(OSError):
    """The user data folder cannot be made: a file is in its way, or its disk is read-only.

    :func:`npviewer.errors.describe` says so in one sentence (what, where, how to fix it), as for any
    failure the user can fix."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror, cause.filename)
        self.path = path
        self.cause = cause


def content_store_path() -> Path:
    """The built content store: a cache, rebuilt from the content files whenever they change."""
    return user_data_dir() / "content.sqlite"


def user_store_path() -> Path:
    """The user's bookmarks, notes and history: never rebuilt, never deleted."""
    return user_data_dir() / "userdata.sqlite"


def prebuilt_store_path() -> Path:
    """A store built when the app was packaged (absent in a source checkout)."""
    return _bundle_root() / "prebuilt" / "content.sqlite"
