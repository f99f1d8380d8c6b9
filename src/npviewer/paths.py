"""Where things live: the bundled content and resources, and the user's data dir."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from npviewer.errors import ExpectedError, describe

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


class DataDirError(ExpectedError, OSError):
    """The user data folder cannot be made: a file is in its way, or its disk is read-only."""

    def __init__(self, path: Path, cause: OSError) -> None:
        if path.exists() and not path.is_dir():
            told = f"npviewer's data folder {path} is a file, not a folder: move that file away"
        else:
            told = (describe(cause) or str(cause)).rstrip(".")
            told = f"npviewer cannot make its data folder {path} ({told})"
        super().__init__(f"{told}, or set NPVIEWER_HOME to another folder.")


def content_store_path() -> Path:
    """The built content store: a cache, rebuilt from the content files whenever they change."""
    return user_data_dir() / "content.sqlite"


def user_store_path() -> Path:
    """The user's bookmarks, notes and history: never rebuilt, never deleted."""
    return user_data_dir() / "userdata.sqlite"


def prebuilt_store_path() -> Path:
    """A store built when the app was packaged (absent in a source checkout)."""
    return _bundle_root() / "prebuilt" / "content.sqlite"
