"""Where the window keeps its own state (geometry, docks, last entry): an ini file in the user dir.

Using an explicit ini file under ``NPVIEWER_HOME``'s user data dir means tests never touch the
real settings, and the user's settings live next to the rest of their npviewer data.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from npviewer import paths

ORGANISATION = "npviewer"
APPLICATION = "npviewer"


def window_settings() -> QSettings:
    """The window-state settings file (``window.ini`` in the user data dir)."""
    return QSettings(str(paths.user_data_dir() / "window.ini"), QSettings.Format.IniFormat)
