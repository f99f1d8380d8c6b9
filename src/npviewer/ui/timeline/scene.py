"""The picture as geometry: lanes, and where on screen each event, "+N" badge and period's count is."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from npviewer.store.records import TimelineEvent
from npviewer.ui.timeline import layout
from npviewer.ui.timeline.layout import Bar, Lane, LanePlan, TextMetrics
from npviewer.ui.timeline.viewport import Viewport

LANE_PAD = 3.0
STRIP = 13.0  # a lane's bottom strip, for "+N" badges (their small bold figures need 11 px)
WINDOW_LIMIT = 1500  # a lane with more events is packed page by page around the view
RIGHT_ROOM = 24.0  # px after the last event in a fitted view (its disputed badge, a margin)


@dataclass(slots=True)
class LaneGeom:
    key: str
    title: str
    top: float
    bottom: float
    count: int
    clustered: bool


@dataclass(slots=True)
class ItemGeom:
    """One event drawn on its own: its shape, and its label (maybe empty)."""

    bar: Bar
    lane: int
    x0: float
    x1: float
    y0: float
    y1: float
    label: str
    label_x: float
    baseline: float
    label_width: float
    overlay: bool = False  # drawn on top because it is selected but aggregated at this zoom

    @property
    def rect(self) -> QRectF:
        return QRectF(self.x0, self.y0, self.x1 - self.x0, self.y1 - self.y0)

    def hit(self, x: float, y: float) -> bool:
        if not self.y0 - 4 <= y <= self.y1 + 4:
            return False
        if self.x0 - 3 <= x <= self.x1 + 3:
            return True
        return bool(self.label) and self.label_x <= x <= self.label_x + self.label_width


@dataclass(slots=True)
class GroupGeom:
    """Events shown as one thing: a period's count (``badge`` False, ``period`` what it counts by) or
    a "+N" badge."""

    lane: int
    x0: float
    x1: float
    y0: float
    y1: float
    count: int
    first: float  # days covered
    last: float
    badge: bool
    bars: list[Bar] = field(default_factory=list)
    highlighted: int = 0
    period: str = ""

    @property
    def rect(self) -> QRectF:
        return QRectF(self.x0, self.y0, self.x1 - self.x0, self.y1 - self.y0)

    def hit(self, x: float, y: float) -> bool:
        return self.x0 - 1 <= x <= self.x1 + 1 and self.y0 - 2 <= y <= self.y1 + 2


@dataclass
class Frame:
    """Everything one paint draws, in widget coordinates."""

    plot: QRectF
    lanes: list[LaneGeom] = field(default_factory=list)
    items: list[ItemGeom] = field(default_factory=list)
    groups: list[GroupGeom] = field(default_factory=list)

    def hit(self, point: QPointF) -> ItemGeom | GroupGeom | None:
        """The topmost thing under ``point``: an event before a badge before a period's count."""
        x, y = point.x(), point.y()
        if not self.plot.contains(point):
            return None
        for item in reversed(self.items):
            if item.hit(x, y):
                return item
        for group in reversed(self.groups):
            if group.hit(x, y):
                return group
        return None

    def item(self, event_id: str) -> ItemGeom | None:
        return next((i for i in self.items if i.bar.event.id == event_id), None)


class Scene:
    """Lanes for the current events and lane mode, with plans cached per zoom level."""

    def __init__(self, metrics: TextMetrics) -> None:
        self.metrics = metrics
        self.mode = "region"
        self.row_height = 20.0
        self.text_offset = 4.0  # baseline below a row's centre: (ascent - descent) / 2
        self.lanes: list[Lane] = []
        self._events: Sequence[TimelineEvent] = ()
        self._every: Sequence[TimelineEvent] = ()
        self._plans: dict[int, tuple[tuple[object, ...], LanePlan]] = {}
        self._extent: tuple[float, float] | None = None

    def set_content(self, events: Sequence[TimelineEvent], every: Sequence[TimelineEvent]) -> None:
        """Events to draw (filtered, in date order) and all events (to decide the lanes)."""
        self._events, self._every = events, every
        self._rebuild()

    def set_mode(self, mode: str) -> None:
        if mode not in layout.LANE_MODES:
            raise ValueError(f"lane mode must be one of {layout.LANE_MODES}, not {mode!r}")
        self.mode = mode
        self._rebuild()

    def forget_plans(self) -> None:
        """Drop cached plans (after the font changed)."""
        self._plans.clear()

    def extent(self) -> tuple[float, float] | None:
        """First and last+1 day of the drawn events, or None if there are none."""
        return self._extent

    def _measure(self) -> tuple[float, float] | None:
        bars = [b for lane in self.lanes for b in lane.bars]
        if not bars:
            return None
        return min(b.start for b in bars), max(b.end for b in bars)

    def frame(
        self, viewport: Viewport, plot: QRectF, selected: str = "", highlight: frozenset[str] = frozenset()
    ) -> Frame:
        """Geometry of everything in view."""
        frame = Frame(plot)
        if not self.lanes:
            return frame
        lane_h = plot.height() / len(self.lanes)
        strip = lane_h - 2 * LANE_PAD - STRIP >= self.row_height  # room below the rows for "+N" badges
        rows = max(1, int((lane_h - 2 * LANE_PAD - (STRIP if strip else 0)) // self.row_height))
        origin = viewport.t0 * viewport.scale - plot.left()  # absolute px at widget x = 0
        left, right = origin + plot.left(), origin + plot.right()
        for index, lane in enumerate(self.lanes):
            top = plot.top() + index * lane_h
            plan = self._plan(index, lane, viewport, rows, plot.width(), strip)
            frame.lanes.append(LaneGeom(lane.key, lane.title, top, top + lane_h, len(lane.bars), plan.clustered))
            if plan.clustered:
                self._add_counts(frame, index, plan, viewport, origin, top, lane_h)
            else:
                self._add_placed(frame, index, plan, origin, left, right, top)
                self._add_badges(frame, index, plan, viewport.scale, origin, left, right, top + lane_h)
            if highlight:
                self._count_highlighted(frame, index, lane, highlight)
            if selected in lane.by_id and selected not in plan.ids:
                frame.items.append(self._overlay(index, lane.by_id[selected], viewport.scale, origin, top))
        self._label_selected(frame, selected)
        return frame

    # --- building blocks --------------------------------------------------------------------

    def _rebuild(self) -> None:
        self.lanes = layout.build_lanes(self._events, self._every, self.mode)
        self._extent = self._measure()
        self._plans.clear()

    def _plan(self, index: int, lane: Lane, viewport: Viewport, rows: int, width: float, strip: bool) -> LanePlan:
        scale = viewport.scale
        window: tuple[float, float] | None = None
        if len(lane.bars) > WINDOW_LIMIT:
            page = viewport.width / scale  # days per screen width
            first = (round(viewport.t0 / page) - 1) * page  # the view sits in the middle page
            window = (first, first + 3 * page)
        key = (scale, rows, width, self.row_height, strip, window)
        cached = self._plans.get(index)
        if cached is not None and cached[0] == key:
            return cached[1]
        if cached is not None and window is not None and cached[0][:5] == key[:5]:
            old = cached[0][5]
            assert isinstance(old, tuple)
            shown = viewport.visible()
            if old[0] + page / 2 <= shown[0] and shown[1] <= old[1] - page / 2:
                return cached[1]  # still well inside the packed pages: keep rows steady
        bars = lane.bars if window is None else layout.window_bars(lane, *window)
        plan = layout.plan_lane(lane, bars, scale, rows, width, self.metrics, right=self._right(scale), strip=strip)
        self._plans[index] = (key, plan)
        return plan

    def bars_between(self, lane: int, first: float, last: float) -> list[Bar]:
        """The events of lane ``lane`` (by index) that start in days ``[first, last)``, in date order."""
        if not 0 <= lane < len(self.lanes):
            return []
        starts = self.lanes[lane].starts
        lo, hi = bisect.bisect_left(starts, first), bisect.bisect_left(starts, last)
        return self.lanes[lane].bars[lo:hi]

    def _right(self, scale: float) -> float:
        """Where labels stop, in absolute px: just past the last event (where a fitted view ends)."""
        extent = self.extent()
        return extent[1] * scale + RIGHT_ROOM if extent is not None else math.inf

    def _row_top(self, top: float, row: int) -> float:
        return top + LANE_PAD + row * self.row_height

    def _item(self, index: int, p: layout.Placed, origin: float, top: float, overlay: bool) -> ItemGeom:
        y = self._row_top(top, p.row)
        size = layout.MARKER
        y0 = y + (self.row_height - size) / 2
        width = self.metrics.width(p.label) if p.label else 0.0
        baseline = y + self.row_height / 2 + self.text_offset
        return ItemGeom(
            p.bar,
            index,
            p.x0 - origin,
            p.x1 - origin,
            y0,
            y0 + size,
            p.label,
            p.label_x - origin,
            baseline,
            width,
            overlay,
        )

    def _add_placed(
        self, frame: Frame, index: int, plan: LanePlan, origin: float, left: float, right: float, top: float
    ) -> None:
        for p in plan.visible(left, right):
            if p.end >= left:
                frame.items.append(self._item(index, p, origin, top, overlay=False))

    def _add_badges(
        self,
        frame: Frame,
        index: int,
        plan: LanePlan,
        scale: float,
        origin: float,
        left: float,
        right: float,
        bottom: float,
    ) -> None:
        y1 = bottom - LANE_PAD
        for bin_, bars in plan.visible_overflow(left, right):
            centre = (bin_ + 0.5) * layout.OVERFLOW_BIN - origin
            width = self.metrics.width(f"+{len(bars)}") + 8
            first = min(b.start for b in bars)
            last = max(b.end for b in bars)
            frame.groups.append(
                GroupGeom(
                    index,
                    centre - width / 2,
                    centre + width / 2,
                    y1 - STRIP + 2,
                    y1,
                    len(bars),
                    first,
                    last,
                    badge=True,
                    bars=bars,
                )
            )

    def _add_counts(
        self, frame: Frame, index: int, plan: LanePlan, viewport: Viewport, origin: float, top: float, lane_h: float
    ) -> None:
        """Each counted period in view: a box across the period, as high as a row and its padding."""
        scale = viewport.scale
        first, last = viewport.visible()
        height = min(lane_h - 2 * LANE_PAD, self.row_height + 6)
        y0 = top + (lane_h - height) / 2
        for period in plan.visible_periods(first, last):
            x0 = period.first * scale - origin
            x1 = period.last * scale - origin
            frame.groups.append(
                GroupGeom(index, x0 + 1, x1 - 1, y0, y0 + height, period.count, period.first, period.last,
                          badge=False, period=plan.period)
            )  # fmt: skip

    def _count_highlighted(self, frame: Frame, index: int, lane: Lane, highlight: frozenset[str]) -> None:
        starts = [lane.by_id[i].start for i in highlight if i in lane.by_id]
        if not starts:
            return
        for group in frame.groups:
            if group.lane != index:
                continue
            if group.badge:
                group.highlighted = sum(1 for b in group.bars if b.event.id in highlight)
            else:
                group.highlighted = sum(1 for s in starts if group.first <= s < group.last)

    def _label_selected(self, frame: Frame, selected: str) -> None:
        """The selected event always shows its title, over its neighbours if need be, and inside the
        view: before the event when there is no room after it, else as far right as fits."""
        plot = frame.plot
        for item in frame.items:
            if item.bar.event.id != selected:
                continue
            full = self.metrics.elide(item.bar.event.title, min(layout.LABEL_MAX, plot.width() - 8))
            if item.label != full:
                if not item.label or item.label_x >= item.x1:  # not inside a wide span
                    item.label_x = item.x1 + (layout.BADGE if item.bar.event.disputed else 0.0) + layout.LABEL_GAP
                item.label, item.label_width, item.overlay = full, self.metrics.width(full), True
            if item.label_x + item.label_width > plot.right() - 2:  # cut by the view's right edge
                before = item.x0 - layout.LABEL_GAP - item.label_width
                item.label_x = (
                    before if before >= plot.left() + 2 else max(plot.left() + 2, plot.right() - 2 - item.label_width)
                )
                item.overlay = True
            self._clear_of_counts(frame, item)
            if item.overlay:
                _clear_labels_under(frame, item)

    def _clear_of_counts(self, frame: Frame, item: ItemGeom) -> None:
        """A selected event's label never hides a count or a "+N" badge of its lane: it is cut short at
        the first one in its way (the full title is in the tooltip, and said to screen readers)."""
        if not item.label:
            return
        top, bottom = item.y0 - 3, item.y1 + 3
        ahead = [
            g.x0
            for g in frame.groups
            if g.lane == item.lane and g.y0 < bottom and g.y1 > top and g.x1 > item.label_x
            and g.x0 < item.label_x + item.label_width
        ]  # fmt: skip
        if not ahead:
            return
        room = min(ahead) - 3 - item.label_x
        text = self.metrics.elide(item.bar.event.title, room) if room >= layout.MIN_LABEL else ""
        item.label = "" if text in ("", "…") else text
        item.label_width = self.metrics.width(item.label) if item.label else 0.0

    def _overlay(self, index: int, bar: Bar, scale: float, origin: float, top: float) -> ItemGeom:
        x0, x1 = layout.shape_extent(bar, scale)
        after = x1 + (layout.BADGE if bar.event.disputed else 0.0)
        label = self.metrics.elide(bar.event.title, layout.LABEL_MAX)
        placed = layout.Placed(bar, 0, x0, x1, label, after + layout.LABEL_GAP, after)
        return self._item(index, placed, origin, top, overlay=True)


def _clear_labels_under(frame: Frame, top: ItemGeom) -> None:
    """Drop the labels an overlaid label would half cover."""
    left, right = top.label_x, top.label_x + top.label_width
    for item in frame.items:
        if item is top or item.lane != top.lane or item.y0 != top.y0 or not item.label:
            continue
        if item.label_x < right and item.label_x + item.label_width > left:
            item.label = ""
