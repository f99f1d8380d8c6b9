"""Accessible interfaces of npviewer's own painted widgets, for screen readers (Orca reads them over
AT-SPI): the timeline's events and the map's countries are its children, each named and described.

:func:`install` hands Qt one factory (once per process), asked for every object's interface; it
answers for the timeline and the map and leaves every other widget to Qt. The modules behind them are
imported only when assistive technology first asks about one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

_installed = False


def factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    """Qt's accessible-interface factory: ours for TimelineView and MapView, None for the rest."""
    if obj is None or key not in ("TimelineView", "MapView"):
        return None
    if key == "TimelineView":
        from npviewer.ui.timeline.accessible import TimelineAccessible
        from npviewer.ui.timeline.view import TimelineView

        return TimelineAccessible(obj) if isinstance(obj, TimelineView) else None
    from npviewer.ui.map.accessible import MapAccessible
    from npviewer.ui.map.view import MapView

    return MapAccessible(obj) if isinstance(obj, MapView) else None


def install() -> None:
    """Install the factory (once)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(factory)
        _installed = True
