"""The timeline's Qt-free geometry: the viewport, axis ticks, and rows, badges and histograms."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from npviewer.store.dates import PartialDate
from npviewer.store.records import TimelineEvent
from npviewer.ui.timeline import axis, layout
from npviewer.ui.timeline.viewport import Viewport


class FixedMetrics:
    """7 px per character, like a small font."""

    def width(self, text: str) -> float:
        return 7.0 * len(text)

    def elide(self, text: str, width: float) -> str:
        chars = int(width // 7)
        return text if len(text) <= chars else text[: max(0, chars - 1)] + "…"


def ev(event_id: str, start: str, end: str | None = None, title: str = "A meeting") -> TimelineEvent:
    return TimelineEvent(
        event_id,
        "meeting",
        title,
        PartialDate.parse(start),
        PartialDate.parse(end) if end else None,
        False,
        False,
        ("eastern",),
        (),
    )


def day(text: str) -> float:
    return float(dt.date.fromisoformat(text).toordinal())


def test_viewport_zoom_keeps_the_anchor_and_fit_shows_the_range() -> None:
    vp = Viewport(1000)
    vp.show(day("2000-01-01"), day("2010-01-01"), margin=0.0)
    assert vp.x(day("2000-01-01")) == pytest.approx(0)
    assert vp.x(day("2010-01-01")) == pytest.approx(1000)
    anchor = vp.day(250)
    vp.zoom_at(250, 3.0)
    assert vp.x(anchor) == pytest.approx(250)
    assert vp.visible()[1] - vp.visible()[0] == pytest.approx((day("2010-01-01") - day("2000-01-01")) / 3)


def test_viewport_limits_and_reveal() -> None:
    vp = Viewport(1000)
    for _ in range(40):
        vp.zoom_at(500, 4.0)
    assert vp.visible()[1] - vp.visible()[0] == pytest.approx(3.0)
    vp.show(day("2019-01-01"), day("2019-02-01"))
    assert vp.reveal(day("2019-01-10"), day("2019-01-11")) is False
    assert vp.reveal(day("2021-05-01"), day("2021-05-02")) is True
    assert vp.x(day("2021-05-01")) >= 0 and vp.x(day("2021-05-02")) <= 1000


@pytest.mark.parametrize(
    ("days_visible", "unit"),
    [(40 * 365, "year"), (2 * 365, "month"), (60, "day"), (5, "day")],
)
def test_axis_steps_follow_the_zoom_and_labels_never_overlap(days_visible: int, unit: str) -> None:
    metrics = FixedMetrics()
    scale = 1000 / days_visible
    first = day("2000-03-17")
    ticks = axis.ticks(first, first + days_visible, scale, metrics.width)
    assert ticks.major_step.unit == unit
    xs = [(t.day - first) * scale for t in ticks.major]
    for (x, tick), nxt in zip(zip(xs, ticks.major, strict=True), xs[1:], strict=False):
        assert x + metrics.width(tick.label) < nxt  # room for each label
    assert set(ticks.minor) >= {t.day for t in ticks.major if first <= t.day} or not ticks.minor
    assert bool(ticks.context) == (unit != "year")


def test_axis_month_ticks_fall_on_the_first() -> None:
    ticks = axis.ticks(day("2019-01-01"), day("2021-01-01"), 1000 / 730, FixedMetrics().width)
    assert all(dt.date.fromordinal(t.day).day == 1 for t in ticks.major)
    assert [t.label for t in ticks.context] == ["2019", "2020", "2021"]


def test_rows_never_overlap_and_every_event_is_placed_or_counted() -> None:
    rnd = random.Random(7)
    events = [
        ev(f"e{i}", dt.date.fromordinal(int(day("2018-01-01")) + rnd.randrange(700)).isoformat(),
           title="Title " * rnd.randrange(1, 6))
        for i in range(300)
    ]  # fmt: skip
    (lane, *_) = layout.build_lanes(sorted(events, key=lambda e: e.start), events, "kind")
    plan = layout.plan_lane(lane, lane.bars, 1000 / 730, 6, 1000, FixedMetrics())
    assert not plan.clustered
    placed = {p.bar.event.id for p in plan.placed}
    hidden = [b.event.id for bars in plan.overflow for b in bars]
    assert len(placed) + len(hidden) == 300 and not placed & set(hidden)
    for row in range(6):
        in_row = sorted((p for p in plan.placed if p.row == row), key=lambda p: p.x0)
        for a, b in itertools.pairwise(in_row):
            assert a.end + layout.GAP <= b.x0 + 1e-9  # shape, "?" and label all clear the next
    assert plan.overflow  # 300 events in two years at this zoom do not all fit


def test_a_lane_far_too_full_counts_its_events_per_period() -> None:
    rnd = random.Random(1)
    events = [ev(f"e{i}", f"{rnd.randrange(1990, 2030)}-0{rnd.randrange(1, 10)}-01") for i in range(3000)]
    (lane, *_) = layout.build_lanes(sorted(events, key=lambda e: e.start), events, "kind")
    scale = 1000 / (40 * 365)  # forty years across 1000 px: a year is 25 px, two years 50
    plan = layout.plan_lane(lane, lane.bars, scale, 5, 1000, FixedMetrics())
    assert plan.clustered and not plan.placed
    assert plan.period == "2 years"  # the shortest period a count's box can be read in
    assert sum(p.count for p in plan.periods) == 3000
    assert all((p.last - p.first) * scale >= layout.COUNT_WIDTH for p in plan.periods)
    for period in plan.periods:  # each period is whole calendar years, and counts the events starting in it
        first, last = dt.date.fromordinal(period.first), dt.date.fromordinal(period.last)
        assert (first.month, first.day, last.month, last.day) == (1, 1, 1, 1) and last.year - first.year == 2
        assert period.count == sum(1 for b in lane.bars if period.first <= b.start < period.last)


def test_the_period_follows_the_zoom() -> None:
    assert [layout.period_for(layout.COUNT_WIDTH / days) for days in (1, 7, 30.44, 91.31, 365.24, 730.5)] == [
        "day", "week", "month", "quarter", "year", "2 years"
    ]  # fmt: skip


def test_a_lane_too_short_for_badges_counts_rather_than_hide_events() -> None:
    crowd = [ev(f"c{n}", f"2019-06-{1 + n % 28:02d}") for n in range(40)]
    (lane, *_) = layout.build_lanes(crowd, crowd, "kind")
    with_strip = layout.plan_lane(lane, lane.bars, 1000 / 400, 1, 1000, FixedMetrics())
    assert not with_strip.clustered and with_strip.overflow  # room below the row: "+N" badges
    without = layout.plan_lane(lane, lane.bars, 1000 / 400, 1, 1000, FixedMetrics(), strip=False)
    assert without.clustered and sum(p.count for p in without.periods) == 40


def test_an_event_in_two_regions_is_in_both_lanes() -> None:
    event = TimelineEvent("x", "forum", "Both", PartialDate("2019"), None, False, False, ("central", "eastern"), ())
    lanes = layout.build_lanes([event], [event], "region")
    assert [lane.key for lane in lanes if lane.bars] == ["central", "eastern"]
    assert [lane.title for lane in lanes] == ["Western", "Central", "Eastern"]  # no "No region" lane needed
