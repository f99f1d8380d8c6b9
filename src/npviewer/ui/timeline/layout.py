"""Where events go at one zoom level: their lanes, their rows in a lane, and what is aggregated.

A lane with room draws each event on its own, gathering those with no room into "+N" badges in a strip
below its rows; a lane far too full for that, or too short for the strip, counts its events per period
instead (month, quarter, year, or a run of years: the shortest period as wide as a count can be read
in), each count a box a click lists. Positions here are absolute pixels (``day * scale``), so panning
never changes a plan.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from npviewer.store.records import ALL_KINDS, EVENT_KINDS, TimelineEvent
from npviewer.ui.timeline.text import NO_REGION, REGIONS, kind_label, region_title

LANE_MODES = ("region", "kind")
MARKER = 12.0  # diamond size for a known day
MIN_SPAN = 8.0  # narrowest span drawn (a month seen across decades still shows)
GAP = 5.0  # between two things in a row
BADGE = 11.0  # room for the "disputed" mark after a shape
LABEL_GAP = 3.0
LABEL_PAD = 4.0  # label inside a wide span
LABEL_MAX = 420.0  # labels use the free space after their event, up to this
MIN_LABEL = 44.0  # a label cut shorter than this is dropped
OVERFLOW_BIN = 40.0  # "+N" badges gather hidden events per this many pixels
COUNT_WIDTH = 30.0  # the least width of a period's count box: room for three digits
PITCH = MARKER + GAP  # least room one event needs in a row
#: The periods a crowded lane counts by, finest first: (name, about how many days).
PERIODS: tuple[tuple[str, float], ...] = (
    ("day", 1.0), ("week", 7.0), ("month", 30.44), ("quarter", 91.31), ("year", 365.24),
    ("2 years", 730.5), ("5 years", 1826.2), ("10 years", 3652.4), ("20 years", 7304.8), ("50 years", 18262.0),
)  # fmt: skip


class TextMetrics(Protocol):
    """How wide text is in the view's font."""

    def width(self, text: str) -> float: ...

    def elide(self, text: str, width: float) -> str: ...


@dataclass(slots=True)
class Bar:
    """One event's extent in days: ``[start, end)`` as ordinals."""

    event: TimelineEvent
    order: int  # its row in the model: date order
    start: int
    end: int
    point: bool  # a single known day
    imprecise: bool  # a month or a year, not a day, at either end
    month: int  # the month it starts in, counted from year 0 (year * 12 + month - 1): for the counts
    label: str | None = None  # the title cut to LABEL_MAX, filled in by the first plan
    label_width: float = 0.0

    @classmethod
    def of(cls, event: TimelineEvent, order: int) -> Bar:
        last = event.end.last_day() if event.end is not None else event.start.last_day()
        first = event.start.first_day()
        start = first.toordinal()
        end = max(last.toordinal() + 1, start + 1)
        precise = event.start.precision == "day" and (event.end is None or event.end.precision == "day")
        return cls(
            event, order, start, end, precise and end == start + 1, not precise, first.year * 12 + first.month - 1
        )


@dataclass
class Lane:
    key: str
    title: str
    bars: list[Bar] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    longest: int = 1
    by_id: dict[str, Bar] = field(default_factory=dict)

    def add(self, bar: Bar) -> None:
        self.bars.append(bar)
        self.starts.append(bar.start)
        self.by_id[bar.event.id] = bar
        self.longest = max(self.longest, bar.end - bar.start)


def build_lanes(events: Sequence[TimelineEvent], every: Sequence[TimelineEvent], mode: str) -> list[Lane]:
    """Lanes for ``events`` (in date order); ``every`` (unfiltered) decides which lanes exist.

    An event with several regions appears in each of their lanes.
    """
    known = {key for key, _ in REGIONS}
    if mode == "region":
        lanes = [Lane(key, region_title(key)) for key, _ in REGIONS]
        if any(not known.intersection(e.region_ids) for e in every):
            lanes.append(Lane(NO_REGION, region_title(NO_REGION)))
    else:
        extra = {e.kind for e in every} - set(EVENT_KINDS)
        order = {kind: i for i, kind in enumerate(ALL_KINDS)}
        kinds = list(EVENT_KINDS) + sorted(extra, key=lambda k: (order.get(k, len(order)), k))
        lanes = [Lane(kind, kind_label(kind) if kind in order else kind) for kind in kinds]
    by_key = {lane.key: lane for lane in lanes}
    for order_, event in enumerate(events):
        bar = Bar.of(event, order_)
        if mode == "region":
            keys = [r for r in dict.fromkeys(event.region_ids) if r in known] or [NO_REGION]
        else:
            keys = [event.kind]
        for key in keys:
            by_key[key].add(bar)
    return lanes


def shape_extent(bar: Bar, scale: float) -> tuple[float, float]:
    """The drawn shape's left and right edge in absolute pixels."""
    x0, x1 = bar.start * scale, bar.end * scale
    if bar.point and x1 - x0 < MARKER:
        centre = (x0 + x1) / 2
        return centre - MARKER / 2, centre + MARKER / 2
    return x0, max(x1, x0 + MIN_SPAN)


@dataclass(slots=True)
class Placed:
    """An event drawn on its own, in row ``row`` of its lane; ``label`` may be cut or empty."""

    bar: Bar
    row: int
    x0: float
    x1: float
    label: str
    label_x: float
    end: float  # right end of all it draws


@dataclass(slots=True)
class Period:
    """A period a crowded lane counts: its days ``[first, last)`` and how many events start in it."""

    first: int
    last: int
    count: int


@dataclass
class LanePlan:
    """One lane at one scale: placed events, hidden ones gathered per bin, or counts per period."""

    lane: Lane
    rows: int
    clustered: bool
    placed: list[Placed] = field(default_factory=list)
    x0s: list[float] = field(default_factory=list)
    reach: float = 0.0  # widest placed thing, for culling
    overflow_bins: list[int] = field(default_factory=list)
    overflow: list[list[Bar]] = field(default_factory=list)
    period: str = ""  # what the counts count by ("month", "year", "5 years" ...)
    periods: list[Period] = field(default_factory=list)
    period_starts: list[int] = field(default_factory=list)
    count_max: int = 1
    ids: dict[str, Placed] = field(default_factory=dict)

    def visible(self, left: float, right: float) -> list[Placed]:
        """Placed events that may show between absolute pixels ``left`` and ``right``."""
        lo = bisect.bisect_left(self.x0s, left - self.reach)
        hi = bisect.bisect_right(self.x0s, right)
        return self.placed[lo:hi]

    def visible_overflow(self, left: float, right: float) -> list[tuple[int, list[Bar]]]:
        lo = bisect.bisect_left(self.overflow_bins, math.floor(left / OVERFLOW_BIN) - 1)
        hi = bisect.bisect_right(self.overflow_bins, math.floor(right / OVERFLOW_BIN))
        return list(zip(self.overflow_bins[lo:hi], self.overflow[lo:hi], strict=True))

    def visible_periods(self, first_day: float, last_day: float) -> list[Period]:
        """The counted periods that overlap days ``[first_day, last_day)``."""
        lo = max(0, bisect.bisect_right(self.period_starts, first_day) - 1)
        hi = bisect.bisect_left(self.period_starts, last_day)
        return [p for p in self.periods[lo:hi] if p.last > first_day]


def window_bars(lane: Lane, first: float, last: float) -> list[Bar]:
    """The lane's events that overlap days ``[first, last)``."""
    lo = bisect.bisect_left(lane.starts, first - lane.longest)
    hi = bisect.bisect_left(lane.starts, last)
    return [b for b in lane.bars[lo:hi] if b.end > first]


def plan_lane(
    lane: Lane,
    bars: Sequence[Bar],
    scale: float,
    rows: int,
    width: float,
    metrics: TextMetrics,
    right: float = math.inf,
    strip: bool = True,
) -> LanePlan:
    """Place ``bars`` (in date order) at ``scale`` px/day in ``rows`` rows of a ``width`` px plot.

    A lane with more events than its rows could hold side by side counts them per period instead, and
    so does a lane with no ``strip`` for "+N" badges when some events find no room. Labels stop at
    ``right`` (absolute px: just past the last event, where the fitted view ends): a label with no
    room there goes before its event when the row is free there, else it is shortened.
    """
    rows = max(1, rows)
    if bars:
        span_px = (max(b.end for b in bars) - bars[0].start) * scale
        if len(bars) > rows * max(span_px, width) / PITCH:
            return count_periods(lane, bars, scale, rows)
    plan = LanePlan(lane, rows, clustered=False)
    full_end = [-math.inf] * rows
    shape_end = [-math.inf] * rows
    last: list[Placed | None] = [None] * rows
    hidden: dict[int, list[Bar]] = {}
    for bar in bars:
        x0, x1 = shape_extent(bar, scale)
        after = x1 + (BADGE if bar.event.disputed else 0.0)
        label = bar.label
        if label is None:
            label = bar.label = metrics.elide(bar.event.title, LABEL_MAX)
            bar.label_width = metrics.width(label)
        flipped = False
        if x1 - x0 >= bar.label_width + 2 * LABEL_PAD:
            label_x, end = x0 + LABEL_PAD, after
        else:
            label_x = after + LABEL_GAP
            end = label_x + bar.label_width
            if end > right:
                label_x, flipped = x0 - LABEL_GAP - bar.label_width, True
        limit = (label_x - GAP) if flipped else x0 - GAP
        row = -1
        for r in range(rows):
            if full_end[r] <= limit:
                row = r
                break
        if row < 0 and flipped:  # no row free before it: after it after all, shortened to the edge
            label_x, flipped, limit = after + LABEL_GAP, False, x0 - GAP
            room = right - label_x
            label = metrics.elide(bar.event.title, room) if room >= MIN_LABEL else ""
            end = label_x + metrics.width(label) if label else after
            for r in range(rows):
                if full_end[r] <= limit:
                    row = r
                    break
        if row < 0:
            least = math.inf
            for r in range(rows):  # the row whose last label loses least
                if shape_end[r] <= limit and full_end[r] < least:
                    row, least = r, full_end[r]
            if row < 0:
                hidden.setdefault(math.floor((x0 + x1) / 2 / OVERFLOW_BIN), []).append(bar)
                continue
            previous = last[row]
            if previous is not None:
                _cut_label(previous, limit, metrics)
        placed = Placed(bar, row, x0, x1, label, label_x, max(end, after))
        full_end[row], shape_end[row], last[row] = max(end, after), after, placed
        plan.placed.append(placed)
    plan.placed.sort(key=lambda p: p.x0)
    plan.x0s = [p.x0 for p in plan.placed]
    plan.reach = max((p.end - p.x0 for p in plan.placed), default=0.0)
    plan.ids = {p.bar.event.id: p for p in plan.placed}
    if hidden and not strip:  # no room for badges below the rows: count the lane instead
        return count_periods(lane, bars, scale, rows)
    plan.overflow_bins = sorted(hidden)
    plan.overflow = [hidden[b] for b in plan.overflow_bins]
    return plan


def _cut_label(placed: Placed, limit: float, metrics: TextMetrics) -> None:
    """Shorten an outside label so it ends before ``limit``, or drop it."""
    if placed.end <= limit or placed.label_x < placed.x1:
        return  # it fits, or it is inside its span
    room = limit - placed.label_x
    text = metrics.elide(placed.bar.event.title, room) if room >= MIN_LABEL else ""
    if text in ("", "…"):
        placed.label = ""
        placed.end = placed.label_x - LABEL_GAP
    else:
        placed.label = text
        placed.end = placed.label_x + metrics.width(text)


def period_for(scale: float) -> str:
    """The shortest period a count box of COUNT_WIDTH px fits in at ``scale`` px/day."""
    return next((name for name, days in PERIODS if days * scale >= COUNT_WIDTH), PERIODS[-1][0])


def _period_key(bar: Bar, period: str) -> int:
    if period == "day":
        return bar.start
    if period == "week":
        return bar.start // 7
    if period == "month":
        return bar.month
    if period == "quarter":
        return bar.month // 3
    return bar.month // 12 // _years(period)


def _years(period: str) -> int:
    return 1 if period == "year" else int(period.split()[0])


def _span(key: int, period: str) -> tuple[int, int]:
    """The days ``[first, last)`` of period ``key``."""
    if period == "day":
        return key, key + 1
    if period == "week":
        return key * 7, key * 7 + 7
    if period in ("month", "quarter"):
        months = 1 if period == "month" else 3
        first = key * months
        after = first + months
        return _month_day(first), _month_day(after)
    years = _years(period)
    return _month_day(key * years * 12), _month_day((key + 1) * years * 12)


def _month_day(month: int) -> int:
    """The first day (ordinal) of a month counted from year 0, kept within the calendar."""
    year, rest = divmod(month, 12)
    if year < 1:
        return 1
    if year > 9999:
        return dt.date(9999, 12, 31).toordinal() + 1
    return dt.date(year, rest + 1, 1).toordinal()


def count_periods(lane: Lane, bars: Sequence[Bar], scale: float, rows: int) -> LanePlan:
    """The lane's events counted per period (see :func:`period_for`): each period once, in date order."""
    period = period_for(scale)
    counts: dict[int, int] = {}
    for bar in bars:
        key = _period_key(bar, period)
        counts[key] = counts.get(key, 0) + 1
    plan = LanePlan(lane, rows, clustered=True, period=period)
    for key in sorted(counts):
        first, last = _span(key, period)
        plan.periods.append(Period(first, last, counts[key]))
    plan.period_starts = [p.first for p in plan.periods]
    plan.count_max = max((p.count for p in plan.periods), default=1)
    return plan
