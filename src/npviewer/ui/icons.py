"""Icons by name, loaded once from ``resources/icons`` (an empty icon when one is missing)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from npviewer.store import paths

#: Which icon each kind of entry shows in the tree, the results and the bookmarks.
KIND_ICONS = {
    "region": "region",
    "country": "place",
    "area": "place",
    "profile": "point",
    "direction": "direction",
    "measure": "measure",
    "submeasure": "measure",
    "note": "note",
    "programme": "programme",
    "body": "programme",
    "initiative": "programme",
    "strategy": "programme",
    "topic": "topic",
    "meeting": "event",
    "forum": "event",
    "summit": "event",
    "milestone": "event",
    "point": "point",
    "figure": "figure",
    "group": "group",
    "document": "note",
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (or ``.png``); an empty icon if there is none."""
    folder = paths.resources_dir() / "icons"
    for suffix in (".svg", ".png"):
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return QIcon(str(path))
    return QIcon()


def kind_icon(kind: str) -> QIcon:
    """The icon for a kind of entry."""
    return icon(KIND_ICONS.get(kind, "note"))


def app_icon() -> QIcon:
    return icon("npviewer")
