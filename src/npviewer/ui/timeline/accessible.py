"""What a screen reader finds in the timeline: a list whose children are its events, each with its
title for a name, its kind, date, place, regions and flags for a description, and whether it is the
selected one. The children follow the filter (the events the view holds, in date order); Left and
Right move the selection, which is reported as focus moving to that child.

The view registers :class:`TimelineAccessible` with :mod:`npviewer.ui.common.accessibility` for Qt to
ask; the children are made here once per event and kept while the view lives (assistive technology may
hold on to them). This module knows the view only by what it asks of it (:class:`Timeline`).
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from npviewer.store.records import TimelineEvent
from npviewer.ui.common.accessibility import ListItemAccessible, report_selected
from npviewer.ui.timeline.model import TimelineModel
from npviewer.ui.timeline.scene import Frame
from npviewer.ui.timeline.text import tooltip_text


class Timeline(Protocol):
    """What assistive technology is told about, as :class:`~npviewer.ui.timeline.view.TimelineView` has it."""

    def model(self) -> TimelineModel: ...
    def current_id(self) -> str: ...
    def event_rect(self, event_id: str) -> QRectF | None: ...
    def frame(self) -> Frame: ...
    def hasFocus(self) -> bool: ...
    def mapToGlobal(self, point: QPoint) -> QPoint: ...
    def mapFromGlobal(self, point: QPoint) -> QPoint: ...


class EventAccessible(ListItemAccessible):
    """One event of the timeline, as assistive technology sees it."""

    def __init__(self, parent: TimelineAccessible, event_id: str) -> None:
        super().__init__(parent)
        self._parent: TimelineAccessible = parent
        self.event_id = event_id

    def _event(self) -> TimelineEvent | None:
        view = self._parent.view
        row = view.model().row_of(self.event_id)
        return view.model().event_at(row) if row >= 0 else None

    def isValid(self) -> bool:  # Override QAccessibleInterface.isValid
        return self._parent.isValid() and self._event() is not None

    def text(self, kind: QAccessible.Text) -> str:  # Override QAccessibleInterface.text
        event = self._event()
        if event is None:
            return ""
        if kind == QAccessible.Text.Name:
            return event.title
        if kind == QAccessible.Text.Description:
            return "\n".join(tooltip_text(event).split("\n")[1:])  # kind, date, place, regions, flags
        return ""

    def state(self) -> QAccessible.State:  # Override QAccessibleInterface.state
        state = QAccessible.State()
        view = self._parent.view
        state.focusable = True
        state.selectable = True
        current = view.current_id() == self.event_id
        state.selected = current
        state.focused = current and view.hasFocus()
        state.invisible = self._event() is None
        state.offscreen = view.event_rect(self.event_id) is None
        return state

    def rect(self) -> QRect:  # Override QAccessibleInterface.rect: on screen, in global coordinates
        view = self._parent.view
        local = view.event_rect(self.event_id)
        if local is None:
            return QRect()
        box = local.toAlignedRect()
        return QRect(view.mapToGlobal(box.topLeft()), box.size())


class TimelineAccessible(QAccessibleWidget):
    """The timeline view: a list of its events."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = cast(Timeline, view)  # only ever made for a TimelineView (see its factory)
        self._children: dict[str, EventAccessible] = {}

    def childCount(self) -> int:  # Override QAccessibleWidget.childCount
        return self.view.model().rowCount()

    def child(self, index: int) -> EventAccessible | None:  # type: ignore[override]  # Override QAccessibleWidget.child
        model = self.view.model()
        if not 0 <= index < model.rowCount():
            return None
        event_id = model.event_at(index).id
        child = self._children.get(event_id)
        if child is None:
            child = self._children[event_id] = EventAccessible(self, event_id)
        return child

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # Override QAccessibleWidget.indexOfChild
        return self.view.model().row_of(child.event_id) if isinstance(child, EventAccessible) else -1

    def focusChild(self) -> EventAccessible | None:  # type: ignore[override]  # Override QAccessibleWidget.focusChild
        row = self.view.model().row_of(self.view.current_id())
        return self.child(row) if row >= 0 and self.view.hasFocus() else None

    def childAt(self, x: int, y: int) -> EventAccessible | None:  # type: ignore[override]  # Override QAccessibleWidget.childAt
        point = self.view.mapFromGlobal(QRect(x, y, 1, 1).topLeft())
        for item in reversed(self.view.frame().items):
            if item.rect.adjusted(-3, -3, 3, 3).contains(point.toPointF()):
                return self.child(self.view.model().row_of(item.bar.event.id))
        return None


def report_current(view: QWidget) -> None:
    """Tell assistive technology which event is selected now (focus moves to it while the view has it)."""
    timeline = cast(Timeline, view)
    row = timeline.model().row_of(timeline.current_id())
    if row < 0:
        return
    report_selected(view, row)
