"""What a screen reader finds in the map: a list of the places a keyboard can choose (those with an
entry: the highlighted ones first, then the others in view), each named, described by its regions and
whether it is highlighted, and selected when chosen. The arrow keys move the choice (reported as focus
moving to that child) and Enter opens the place's entry.

The view registers :class:`MapAccessible` with :mod:`npviewer.ui.common.accessibility` for Qt to ask; a
child is made once per place and kept while the view lives. This module knows the view only by what it
asks of it (:class:`Map`).
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from npviewer.ui.common.accessibility import ListItemAccessible


class Map(Protocol):
    """What assistive technology is told about, as :class:`~npviewer.ui.map.view.MapView` has it."""

    def choosable(self) -> list[str]: ...
    def chosen(self) -> str | None: ...
    def title_of(self, code: str) -> str: ...
    def describe(self, code: str) -> str: ...
    def place_rect(self, code: str) -> QRect: ...
    def hasFocus(self) -> bool: ...
    def viewport(self) -> QWidget: ...


class PlaceAccessible(ListItemAccessible):
    """One place on the map."""

    def __init__(self, parent: MapAccessible, code: str) -> None:
        super().__init__(parent)
        self._parent: MapAccessible = parent
        self.code = code

    def isValid(self) -> bool:  # Override QAccessibleInterface.isValid
        return self._parent.isValid() and self.code in self._parent.view.choosable()

    def text(self, kind: QAccessible.Text) -> str:  # Override QAccessibleInterface.text
        view = self._parent.view
        if kind == QAccessible.Text.Name:
            return view.title_of(self.code)
        if kind == QAccessible.Text.Description:
            return view.describe(self.code)
        return ""

    def state(self) -> QAccessible.State:  # Override QAccessibleInterface.state
        view = self._parent.view
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.selected = view.chosen() == self.code
        state.focused = state.selected and view.hasFocus()
        return state

    def rect(self) -> QRect:  # Override QAccessibleInterface.rect: on screen, in global coordinates
        view = self._parent.view
        box = view.place_rect(self.code)
        return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size()) if box.isValid() else QRect()


class MapAccessible(QAccessibleWidget):
    """The map view: a list of its choosable places."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = cast(Map, view)  # only ever made for a MapView (see its factory)
        self._children: dict[str, PlaceAccessible] = {}

    def childCount(self) -> int:  # Override QAccessibleWidget.childCount
        return len(self.view.choosable())

    def child(self, index: int) -> PlaceAccessible | None:  # type: ignore[override]  # Override QAccessibleWidget.child
        codes = self.view.choosable()
        if not 0 <= index < len(codes):
            return None
        code = codes[index]
        child = self._children.get(code)
        if child is None:
            child = self._children[code] = PlaceAccessible(self, code)
        return child

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # Override QAccessibleWidget.indexOfChild
        codes = self.view.choosable()
        return codes.index(child.code) if isinstance(child, PlaceAccessible) and child.code in codes else -1

    def focusChild(self) -> PlaceAccessible | None:  # type: ignore[override]  # Override QAccessibleWidget.focusChild
        codes = self.view.choosable()
        chosen = self.view.chosen()
        return self.child(codes.index(chosen)) if chosen in codes and self.view.hasFocus() else None
