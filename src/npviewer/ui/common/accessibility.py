"""Accessible interfaces of npviewer's own painted widgets, for screen readers (Orca reads them over
AT-SPI): the timeline's events and the map's countries are its children, each named and described.

Qt asks one factory (installed once per process) for every object's interface; it answers through
the factories the views :func:`register` for their own class names (the timeline's and the map's,
when their modules are first imported) and leaves every other widget to Qt. This module knows no
view: each brings its own interface.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QWidget

from npviewer.ui.common.announce import send

#: Makes the interface of one object (None when it is not the view's own class after all).
Factory = Callable[[QObject], QAccessibleInterface | None]

_factories: dict[str, Factory] = {}
_installed = False


def register(class_name: str, make: Factory) -> None:
    """Answer for the objects of the class named ``class_name`` with ``make`` (and install the factory)."""
    _factories[class_name] = make
    install()


def factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    """Qt's accessible-interface factory: a registered view's interface, None for the rest."""
    make = _factories.get(key)
    return make(obj) if make is not None and obj is not None else None


def install() -> None:
    """Install the factory (once)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(factory)
        _installed = True


class ListItemAccessible(QAccessibleInterface):
    """A painted item of a list-like widget (an event, a place): no object or children of its own;
    subclasses give its validity, text, state and rectangle."""

    def __init__(self, parent: QAccessibleInterface) -> None:
        super().__init__()
        self._parent = parent

    def object(self) -> None:  # type: ignore[override]  # Override QAccessibleInterface.object: no QObject
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]  # Override QAccessibleInterface.window
        return self._parent.window()

    def parent(self) -> QAccessibleInterface:  # Override QAccessibleInterface.parent
        return self._parent

    def child(self, index: int) -> None:  # type: ignore[override]  # Override QAccessibleInterface.child
        return None

    def childCount(self) -> int:  # Override QAccessibleInterface.childCount
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # Override QAccessibleInterface.indexOfChild
        return -1

    def childAt(self, x: int, y: int) -> None:  # type: ignore[override]  # Override QAccessibleInterface.childAt
        return None

    def focusChild(self) -> None:  # type: ignore[override]  # Override QAccessibleInterface.focusChild
        return None

    def role(self) -> QAccessible.Role:  # Override QAccessibleInterface.role
        return QAccessible.Role.ListItem

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # Override QAccessibleInterface.setText
        return None


def report_selected(view: QWidget, index: int) -> None:
    """Tell assistive technology that child ``index`` of ``view`` is selected now (and focused, while
    the view has the focus)."""
    kinds = [QAccessible.Event.Selection] + ([QAccessible.Event.Focus] if view.hasFocus() else [])
    for kind in kinds:
        event = QAccessibleEvent(view, kind)
        event.setChild(index)
        send(event)
