"""Every setting the window keeps between runs, declared once (key, type, default) as in Picard's
``options.py``, and where they are kept: ``window.ini`` in the user data dir.

Using an explicit ini file under ``NPVIEWER_HOME``'s user data dir means tests never touch the
real settings, and the user's settings live next to the rest of their npviewer data. A value read
back from the file is text (``"true"``, ``"120"``) while one set in this run keeps its type: each
setting's reader accepts both, and anything it cannot use gives its default. To add a setting,
declare it below and use its :meth:`Setting.get` and :meth:`Setting.set`; nothing else names a key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from npviewer import i18n, paths

T = TypeVar("T")


def window_settings() -> QSettings:
    """The window-state settings file (``window.ini`` in the user data dir)."""
    return QSettings(str(paths.user_data_dir() / "window.ini"), QSettings.Format.IniFormat)


def _as_is(value: object) -> object:
    return value


class Setting(Generic[T]):
    """One setting: its key in the file, the type it is used as, its default, and how a stored value
    becomes that type (None when the stored value is unusable: the default is used instead).

    A plain class, not a dataclass: the table is made on the way to the first paint."""

    __slots__ = ("default", "key", "read", "type", "write")

    def __init__(
        self,
        key: str,
        type_: type | tuple[type, ...],
        default: T,
        read: Callable[[object], T | None],
        write: Callable[[T], object] = _as_is,
    ) -> None:
        self.key, self.type, self.default, self.read, self.write = key, type_, default, read, write

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"

    def get(self) -> T:
        """The value kept, or the default when there is none (or none usable)."""
        stored = window_settings().value(self.key)
        value = self.read(stored) if stored is not None else None
        return self.default if value is None else value

    def set(self, value: T) -> None:
        """Keep ``value`` (written to the file at once)."""
        save((self, value))


def save(*values: tuple[Setting[Any], Any]) -> None:
    """Keep several settings at once, in one write of the file."""
    settings = window_settings()
    for setting, value in values:
        settings.setValue(setting.key, setting.write(value))
    settings.sync()


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) else None


def _text(value: object) -> str | None:
    return str(value) if value else None


def _flag(value: object) -> bool | None:
    return value not in (False, "false")


def _number(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _language(value: object) -> str | None:
    return str(value) if value in i18n.LANGUAGES else None


def _theme(value: object) -> str | None:
    return str(value) if value in ("system", "light", "dark") else None


def _json_dict(value: object) -> dict[str, object] | None:
    import json  # only when the timeline is first shown

    try:
        state = json.loads(str(value)) if value else None
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


def _to_json(value: dict[str, object] | None) -> str:
    import json

    return json.dumps(value)


# -- the window (npviewer.ui.window.state) ----------------------------------------------------------
GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", QByteArray, None, _bytes)
DOCKS: Setting[QByteArray | None] = Setting("window/state", QByteArray, None, _bytes)
SPLITTER: Setting[QByteArray | None] = Setting("window/splitter", QByteArray, None, _bytes)
#: The entry (or ``doc:`` source) on show when the window was closed, reopened at the next start.
LAST_ENTRY: Setting[str | None] = Setting("window/last_entry", str, None, _text, lambda value: value or "")
#: The content store the window showed last: the next first paint reads its tree's top level and
#: welcome page straight away (npviewer.first_view), before the content is checked.
FIRST_VIEW_STORE: Setting[str] = Setting("window/first_view_store", str, "", _text)
FIRST_VIEW_IMMUTABLE: Setting[bool] = Setting("window/first_view_immutable", bool, False, _flag)
#: View > Theme: "system" (the desktop's colours), "light" or "dark".
THEME: Setting[str] = Setting("ui/theme", str, "system", _theme)
#: View > Language: None follows the system's locale.
LANGUAGE: Setting[str | None] = Setting("ui/language", str, None, _language)

# -- reading (npviewer.ui.reading) ------------------------------------------------------------------
SHOW_MAP: Setting[bool] = Setting("reading/map", bool, True, _flag)
#: The entry's text size, in percent of the normal size.
TEXT_ZOOM: Setting[int] = Setting("reading/zoom", int, 100, _number)

# -- the timeline (npviewer.ui.timeline.dock): its lanes and filters ---------------------------------
TIMELINE: Setting[dict[str, object] | None] = Setting("timeline/state", dict, None, _json_dict, _to_json)

# -- the brief (npviewer.ui.brief.export) -----------------------------------------------------------
BRIEF_FOLDER: Setting[str] = Setting("brief/last_folder", str, "", _text)
#: The short brief (False) or the short brief with the full dossier as annexes (True).
BRIEF_FULL: Setting[bool] = Setting("brief/full", bool, False, lambda value: value in (True, "true"))
#: The brief's format: pdf, docx or html (the dialog falls back to PDF for anything else).
BRIEF_FORMAT: Setting[str] = Setting("brief/format", str, "pdf", _text)

# -- content updates (npviewer.ui.content_update): the update whose changes the user has seen -----
CHANGES_SEEN: Setting[str] = Setting("content/changes_seen", str, "", _text)
