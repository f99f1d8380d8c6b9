"""The timeline widget: events along a zoomable time axis, in lanes by region or by kind."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessibleInterface,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGestureEvent, QMenu, QPinchGesture, QToolTip, QWidget

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.dates import PartialDate
from npviewer.store.records import TimelineEvent
from npviewer.ui.common.accessibility import register
from npviewer.ui.common.contrast import muted
from npviewer.ui.common.screen_fit import screen_share
from npviewer.ui.timeline import axis, backdrop, painter, scene
from npviewer.ui.timeline.accessible import TimelineAccessible, report_current
from npviewer.ui.timeline.groups import fill_group_menu, group_text
from npviewer.ui.timeline.metrics import FontMetrics
from npviewer.ui.timeline.model import TimelineModel
from npviewer.ui.timeline.scene import Frame, GroupGeom, ItemGeom, Scene
from npviewer.ui.timeline.text import date_text, events_text, tooltip_text
from npviewer.ui.timeline.viewport import Viewport

WHEEL_ZOOM = 1.2  # per wheel notch
KEY_ZOOM = 1.5  # per + or - key
GROUP_ZOOM = 4.0  # "Zoom in to see all" in a crowded group's list
FIT_MARGIN = 0.015  # of the width, on each side of the events when all are shown
_DEFAULT_FIRST = float(dt.date(2000, 1, 1).toordinal())  # shown when there are no events
_DEFAULT_LAST = float(dt.date(2025, 1, 1).toordinal())
_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Timeline",
    "Events by date, in lanes. Left and Right select the previous or next event, Enter opens it, "
    "plus and minus zoom, Home fits all events; the wheel zooms, Shift+wheel or dragging pans.",
)


class TimelineView(QWidget):
    """Events of a ``TimelineModel`` drawn along a time axis, in lanes by region or by kind.

    A known day is a glyph of the event's kind (a meeting a diamond, a forum a circle, a summit a
    square, a milestone a triangle); a month or a year is a bracketed span over that whole month or
    year, a start..end range a bar, each with its kind's glyph at the start; planned events are
    hollow and dashed, disputed dates carry a "?" (a click on it opens the dispute). Where events
    crowd, those with no room are gathered into "+N" badges, and a lane with far more events than
    room counts them per period (a box a month, a year or more, with its number); a click on either
    lists its events, those related to the entry shown first and marked. The wheel (with or without
    Ctrl) and pinching zoom about the pointer; Shift+wheel, a sideways wheel and dragging pan.

    Signals:
        eventActivated(str): an event was clicked, or Enter pressed on the current one: its id.
        currentChanged(str): the current (selected) event changed: its id, or "" for none.
        viewChanged(): the time span shown changed (zoom, pan, fit, resize).
        disputeActivated(str): the "date disputed" badge of an event was clicked: its id.
    """

    eventActivated = Signal(str)
    currentChanged = Signal(str)
    viewChanged = Signal()
    disputeActivated = Signal(str)

    def __init__(self, model: TimelineModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model if model is not None else TimelineModel(self)
        self._metrics = FontMetrics(self.font())
        self._scene = Scene(self._metrics)
        self._viewport = Viewport()
        self._frame: Frame | None = None
        self._starts: list[int] = []
        self._current = ""
        self._highlight: frozenset[str] = frozenset()
        self._auto_fit = True  # refit on resize and new events until the user moves the view
        self._press: QPointF | None = None
        self._dragging = False
        self._gutter = 80.0
        #: The list a click on a "+N" badge or a period's count opened last.
        self.group_menu: QMenu | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._apply_font()
        self._retranslate()
        self._model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    # --- content ----------------------------------------------------------------------------

    def model(self) -> TimelineModel:
        return self._model

    def set_events(self, events: Iterable[TimelineEvent]) -> None:
        """Shorthand for ``model().set_events(events)``."""
        self._model.set_events(events)

    def set_lane_mode(self, mode: str) -> None:
        """Lanes by ``"region"`` (Western, Central, Eastern, no region) or by ``"kind"``."""
        if mode != self._scene.mode:
            self._scene.set_mode(mode)
            self._update_gutter()
            self._invalidate()

    def lane_mode(self) -> str:
        return self._scene.mode

    def lane_titles(self) -> list[str]:
        """The lanes' titles, top to bottom."""
        return [lane.title for lane in self._scene.lanes]

    def highlight(self, ids: Iterable[str]) -> None:
        """Emphasise these events (and dim the rest); an empty set clears the emphasis."""
        self._highlight = frozenset(ids)
        self._invalidate()

    def highlighted(self) -> frozenset[str]:
        return self._highlight

    # --- current event ------------------------------------------------------------------------

    def current_id(self) -> str:
        """The selected event's id, or ``""``."""
        return self._current

    def set_current(self, event_id: str, reveal: bool = True) -> None:
        """Select an event (``""`` or a filtered-out id clears); ``reveal`` pans it into view."""
        if self._model.row_of(event_id) < 0:
            event_id = ""
        if event_id and reveal:
            event = self._model.event_at(self._model.row_of(event_id))
            first, last = _days(event.start, event.end)
            self._move(lambda: self._viewport.reveal(first, last))
        if event_id == self._current:
            return
        self._current = event_id
        self._invalidate()
        self._describe()
        self.currentChanged.emit(event_id)
        if event_id:
            report_current(self)

    def step(self, delta: int) -> None:
        """Select the event ``delta`` places later in date order (earlier if negative)."""
        if not self._starts:
            return
        row = self._model.row_of(self._current)
        if row < 0:
            first, last = self._viewport.visible()
            if delta > 0:
                row = min(bisect.bisect_left(self._starts, first), len(self._starts) - 1)
            else:
                row = max(bisect.bisect_left(self._starts, last) - 1, 0)
        else:
            row = min(max(row + delta, 0), len(self._starts) - 1)
        self.set_current(self._model.event_at(row).id)

    # --- geometry ----------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """Where events are drawn, in widget coordinates (right of the lane titles, below the axis)."""
        top = 2 * (self._metrics.qt.height() + 3) + 4
        return QRectF(self._gutter, top, max(1.0, self.width() - self._gutter), max(1.0, self.height() - top))

    def x_for_day(self, day: float) -> float:
        """Widget x where day ordinal ``day`` (fractional: ``d + 0.5`` is noon) begins."""
        return self.plot_rect().left() + self._viewport.x(day)

    def x_for_date(self, date: dt.date) -> float:
        """Widget x where ``date`` begins (its midnight)."""
        return self.x_for_day(float(date.toordinal()))

    def day_at(self, x: float) -> float:
        """The (fractional) day ordinal at widget x."""
        return self._viewport.day(x - self.plot_rect().left())

    def date_at(self, x: float) -> dt.date:
        return dt.date.fromordinal(int(self.day_at(x)))

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day in view."""
        first, last = self._viewport.visible()
        return dt.date.fromordinal(int(first)), dt.date.fromordinal(max(int(first), int(last - 1e-9)))

    def event_rect(self, event_id: str) -> QRectF | None:
        """The event's mark in widget coordinates (its first lane), or None if it is not drawn on
        its own right now (filtered out, out of view, or gathered into a badge or a count)."""
        item = self._current_frame().item(event_id)
        return item.rect if item is not None else None

    def frame(self) -> Frame:
        """The geometry of what is drawn now (for hit tests and inspection)."""
        return self._current_frame()

    # --- zoom and pan ------------------------------------------------------------------------

    def zoom_by(self, factor: float, x: float | None = None) -> None:
        """Zoom by ``factor`` (> 1 in) keeping the time at widget x (default: the centre) fixed."""
        plot = self.plot_rect()
        anchor = plot.center().x() if x is None else x
        self._move(lambda: self._viewport.zoom_at(anchor - plot.left(), factor))

    def zoom_in(self) -> None:
        self.zoom_by(KEY_ZOOM, self._zoom_anchor())

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM, self._zoom_anchor())

    def pan_by(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right."""
        self._move(lambda: self._viewport.pan(dx))

    def show_range(self, first: dt.date, last: dt.date) -> None:
        """Fit days ``first`` to ``last`` (inclusive) into the view."""
        self._move(lambda: self._viewport.show(first.toordinal(), last.toordinal() + 1))

    def fit_all(self) -> None:
        """Show every event passing the filter (or 2000-2024 when there are none)."""
        first, last = self._scene.extent() or (_DEFAULT_FIRST, _DEFAULT_LAST)
        width = self.plot_rect().width()
        self._viewport.resize(width)
        self._viewport.show(
            first, last, margin=FIT_MARGIN, room=scene.RIGHT_ROOM
        )  # the axis spans the events; labels fit in
        self._auto_fit = True
        self._invalidate()
        self.viewChanged.emit()

    # --- Qt overrides ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        return QSize(900, 420)

    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint: room for the axis and a row in each lane (a lane too short
        for its "+N" strip counts its events per period instead); on a short or scaled screen at most a
        seventh of its height, so that the dock never pushes the window past it. The panes above never
        take the dock's room: the entry pane's least height does not change (see DetailView)."""
        lanes = max(1, len(self._scene.lanes))
        lane = self._scene.row_height + 2 * scene.LANE_PAD  # a row; too short for badges, a lane counts
        needed = int(self.plot_rect().top() + lanes * lane + 2)
        return QSize(240, screen_share(self, 0.14, needed))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        frame = self._current_frame()
        plot = frame.plot
        palette = self.palette()
        p = QPainter(self)
        p.fillRect(self.rect(), palette.base())
        first, last = self._viewport.visible()
        ticks = axis.ticks(first, last, self._viewport.scale, self._metrics.width)
        gutter = QRectF(0, plot.top(), plot.left(), plot.height())
        backdrop.draw_lanes(p, frame, palette, gutter, self._metrics.qt)
        backdrop.draw_grid(p, plot, ticks, self.x_for_day, palette)
        p.setClipRect(plot)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.draw_groups(p, frame, palette, self._small_font(), bool(self._highlight))
        p.setFont(self.font())
        painter.draw_items(p, frame, palette, self._small_font(), self._current, self._highlight)
        p.setClipping(False)
        if not frame.items and not frame.groups:
            p.setPen(muted(palette.text().color(), palette.base().color()))
            if not self._model.all_events():
                message = translate("Timeline", "No events")
            elif self._model.only() is not None:
                message = translate("Timeline", "No events relate to the entry shown")
            else:
                message = translate("Timeline", "No events match the filter")
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, message)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        axis_rect = QRectF(0, 0, self.width(), plot.top())
        backdrop.draw_axis(
            p, axis_rect.adjusted(plot.left(), 0, 0, -1), ticks, self.x_for_day, first, palette, self._metrics.qt
        )
        p.fillRect(QRectF(0, 0, plot.left(), plot.top()), palette.window())
        p.end()  # the focus ring is the window's (npviewer.ui.common.focus_ring), as on every pane

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: keep the left edge and scale, or refit if untouched."""
        self._viewport.resize(self.plot_rect().width())
        if self._auto_fit:
            self.fit_all()
        else:
            self._invalidate()
            self.viewChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: follow font and language changes."""
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Lane titles, the axis's month names and the descriptions in the interface language."""
        self.setAccessibleName(translate("Timeline", "Timeline"))
        self._scene.set_content(self._model.events(), self._model.all_events())
        self._update_gutter()
        self._describe()
        self._invalidate()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Override QWidget.wheelEvent: zoom about the pointer; pan with Shift or sideways."""
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift or abs(delta.x()) > abs(delta.y()):
            notches = (delta.y() or delta.x()) / 120 if shift else delta.x() / 120
            self.pan_by(notches * self.plot_rect().width() / 8)
        elif delta.y():
            self.zoom_by(WHEEL_ZOOM ** (delta.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mousePressEvent: start a click or a drag."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mouseMoveEvent: drag to pan; show what can be clicked."""
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position() - self._press
            if self._dragging or moved.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(moved.x())
                self._press = event.position()
            return
        hit = self._current_frame().hit(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mouseReleaseEvent: a click selects and activates an event."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        dragged, self._press, self._dragging = self._dragging, None, False
        self.unsetCursor()
        if dragged:
            return
        frame = self._current_frame()
        disputed = self._badge_at(event.position())
        if disputed:
            self.set_current(disputed, reveal=False)
            self.disputeActivated.emit(disputed)
            return
        hit = frame.hit(event.position())
        if isinstance(hit, ItemGeom):
            event_id = hit.bar.event.id
            self.set_current(event_id, reveal=False)
            self.eventActivated.emit(event_id)
        elif isinstance(hit, GroupGeom):
            self.open_group(hit, self.mapToGlobal(event.position().toPoint()))

    def _badge_at(self, point: QPointF) -> str:
        """The event whose "date disputed" badge is under ``point``, or ''."""
        for item in reversed(self._current_frame().items):
            if item.bar.event.disputed:
                centre = painter.badge_centre(item)
                if (point - centre).manhattanLength() <= painter.BADGE_HIT:
                    return item.bar.event.id
        return ""

    def open_group(self, group: GroupGeom, where: QPoint) -> QMenu:
        """List the events a "+N" badge or a period's count stands for, those related to the entry
        shown first and marked as such; choosing one opens it (see :mod:`npviewer.ui.timeline.groups`)."""
        bars = group.bars or self._scene.bars_between(group.lane, group.first, group.last)
        if self.group_menu is None:  # one list, filled anew each time
            self.group_menu = QMenu(self)
            self.group_menu.setObjectName("timelineGroupMenu")
        centre = (group.x0 + group.x1) / 2
        fill_group_menu(self.group_menu, bars, self._highlight, self._chosen, lambda: self.zoom_by(GROUP_ZOOM, centre))
        self.group_menu.popup(where)
        return self.group_menu

    def _chosen(self, event_id: str) -> None:
        self.set_current(event_id)
        self.eventActivated.emit(event_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: arrows select, Enter activates, +/- zoom, Home fits."""
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._current:
                self.eventActivated.emit(self._current)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_F):
            self.fit_all()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pan_by((0.8 if key == Qt.Key.Key_PageUp else -0.8) * self.plot_rect().width())
        elif key == Qt.Key.Key_Escape and self._current:
            self.set_current("")
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Override QWidget.event: tooltips, touchpad pinch and touch pinch gestures."""
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position().x())
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit_all()
                return True
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    centre = self.mapFromGlobal(pinch.centerPoint())
                    self.zoom_by(pinch.scaleFactor(), centre.x())
                event.accept(pinch)
                return True
        return super().event(event)

    # --- internals ---------------------------------------------------------------------------

    def _on_model_reset(self) -> None:
        events = self._model.events()
        self._scene.set_content(events, self._model.all_events())
        self._starts = [e.start.first_day().toordinal() for e in events]
        self._update_gutter()
        if self._current and self._model.row_of(self._current) < 0:
            self._current = ""
            self._describe()
            self.currentChanged.emit("")
        if self._auto_fit:
            self.fit_all()
        else:
            self._invalidate()

    def _move(self, change: Callable[[], object]) -> None:
        """Apply a viewport change, then repaint and tell listeners."""
        self._viewport.resize(self.plot_rect().width())
        before = (self._viewport.t0, self._viewport.scale)
        change()
        if (self._viewport.t0, self._viewport.scale) == before:
            return
        self._auto_fit = False
        self._invalidate()
        self.viewChanged.emit()

    def _invalidate(self) -> None:
        self._frame = None
        self.update()

    def _current_frame(self) -> Frame:
        if self._frame is None:
            self._viewport.resize(self.plot_rect().width())
            self._frame = self._scene.frame(self._viewport, self.plot_rect(), self._current, self._highlight)
        return self._frame

    def _zoom_anchor(self) -> float | None:
        """Zoom about the current event if it is in view, else about the centre."""
        rect = self.event_rect(self._current) if self._current else None
        if rect is not None and self.plot_rect().contains(rect.center()):
            return rect.center().x()
        return None

    def _apply_font(self) -> None:
        self._metrics = FontMetrics(self.font())
        self._scene.metrics = self._metrics
        fm = self._metrics.qt
        self._scene.row_height = float(max(20, round(fm.height() + 6)))
        self._scene.text_offset = (fm.ascent() - fm.descent()) / 2
        self._scene.forget_plans()
        self._update_gutter()
        self._invalidate()

    def _small_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        return font

    def _update_gutter(self) -> None:
        self.updateGeometry()  # the lanes (their number, the font) set the least height
        widths = [self._metrics.width(t) for t in self.lane_titles()] + [self._metrics.width(events_text(999))]
        self._gutter = float(round(max(widths) + 18))

    def _describe(self) -> None:
        description = translate("Timeline", _DESCRIPTION)
        if not self._current:
            self.setAccessibleDescription(description)
            return
        event = self._model.event_at(self._model.row_of(self._current))
        selected = translate("Timeline", "Selected: {title}, {date}.").format(title=event.title, date=date_text(event))
        self.setAccessibleDescription(f"{selected} {description}")

    def _show_tooltip(self, event: QHelpEvent) -> None:
        hit = self._current_frame().hit(QPointF(event.pos()))
        if hit is None:
            QToolTip.hideText()
            event.ignore()
            return
        text = tooltip_text(hit.bar.event) if isinstance(hit, ItemGeom) else group_text(hit)
        QToolTip.showText(event.globalPos(), text, self, hit.rect.toAlignedRect())


def _days(start: PartialDate, end: PartialDate | None) -> tuple[float, float]:
    last = (end or start).last_day()
    return float(start.first_day().toordinal()), float(last.toordinal() + 1)


def _accessible(obj: QObject) -> QAccessibleInterface | None:
    """The timeline's interface for screen readers (see :mod:`npviewer.ui.timeline.accessible`)."""
    return TimelineAccessible(obj) if isinstance(obj, TimelineView) else None


register("TimelineView", _accessible)
