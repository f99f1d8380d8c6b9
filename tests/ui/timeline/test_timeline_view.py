"""TimelineView: clicks, keys, wheel and pinch zoom, honest spans, marks, filters and detail levels."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from npviewer.ui.timeline.style import KIND_COLOURS
from npviewer.ui.timeline.view import TimelineView
from timeline_factory import ev

SPREAD = [  # given out of order on purpose
    ev("m2019", "2019-06-10", regions=("central",)),
    ev("s2017", "2017-09-06", kind="summit"),
    ev("f2018", "2018-11-07", end="2018-11-09", kind="forum", regions=("western",)),
    ev("y2020", "2020", kind="milestone", regions=()),
    ev("m2016", "2016-07-07"),
    ev("mo2021", "2021-04", regions=("western",)),
]
DATE_ORDER = ["m2016", "s2017", "f2018", "m2019", "y2020", "mo2021"]


@pytest.fixture
def view(qtbot: QtBot) -> TimelineView:
    view = TimelineView()
    qtbot.add_widget(view)
    view.resize(1000, 520)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(SPREAD)
    return view


def centre(view: TimelineView, event_id: str) -> QPoint:
    rect = view.event_rect(event_id)
    assert rect is not None, f"{event_id} is not drawn on its own"
    return rect.center().toPoint()


def wheel(view: TimelineView, x: float, dy: int, dx: int = 0, modifiers: Qt.KeyboardModifier | None = None) -> None:
    pos = QPointF(x, view.plot_rect().center().y())
    event = QWheelEvent(
        pos,
        QPointF(view.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        modifiers or Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def pixel(view: TimelineView, point: QPoint) -> QColor:
    image: QImage = view.grab().toImage()
    return image.pixelColor(point)


def test_clicking_an_event_selects_and_activates_it(qtbot: QtBot, view: TimelineView) -> None:
    activated: list[str] = []
    current: list[str] = []
    view.eventActivated.connect(activated.append)
    view.currentChanged.connect(current.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, "f2018"))
    assert activated == current == ["f2018"]
    assert view.current_id() == "f2018"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, "m2019"))
    assert activated == current == ["f2018", "m2019"]


def test_clicking_empty_space_activates_nothing(qtbot: QtBot, view: TimelineView) -> None:
    empty = QPoint(int(view.x_for_date(dt.date(2012, 1, 1))), int(view.plot_rect().center().y()))
    with qtbot.assertNotEmitted(view.eventActivated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty)
    assert view.current_id() == ""


def test_dragging_pans_without_activating(qtbot: QtBot, view: TimelineView) -> None:
    start = centre(view, "m2019")
    before = view.day_at(start.x())
    with qtbot.assertNotEmitted(view.eventActivated):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            qtbot.mouseMove(view, start + QPoint(20 * step, 0))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert view.day_at(start.x() + 100) == pytest.approx(before, abs=1.0)


@pytest.mark.parametrize("modifiers", [None, Qt.KeyboardModifier.ControlModifier])
@pytest.mark.parametrize("notches", [1, 3, -2])
def test_wheel_zoom_keeps_the_date_under_the_cursor(
    view: TimelineView, notches: int, modifiers: Qt.KeyboardModifier | None
) -> None:
    plot = view.plot_rect()
    x = plot.left() + 0.37 * plot.width()
    day = view.day_at(x)
    first, last = view.visible_range()
    wheel(view, x, 120 * notches, modifiers=modifiers)
    assert abs(view.x_for_day(day) - x) < 1.0
    new_first, new_last = view.visible_range()
    zoomed_in = (new_last - new_first) < (last - first)
    assert zoomed_in == (notches > 0)


def test_shift_wheel_pans_and_keeps_the_zoom(view: TimelineView) -> None:
    x = view.plot_rect().center().x()
    day = view.day_at(x)
    first, last = view.visible_range()
    wheel(view, x, -120, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert view.day_at(x) > day + 30
    new_first, new_last = view.visible_range()
    assert abs((new_last - new_first) - (last - first)) <= dt.timedelta(days=1)


def test_pinch_zoom_keeps_the_date_under_the_fingers(view: TimelineView) -> None:
    x = view.plot_rect().left() + 0.8 * view.plot_rect().width()
    day = view.day_at(x)
    pos = QPointF(x, 200)
    gesture = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        QPointF(view.mapToGlobal(pos.toPoint())),
        0.5,
        QPointF(0, 0),
    )
    first, last = view.visible_range()
    QApplication.sendEvent(view, gesture)
    assert abs(view.x_for_day(day) - x) < 1.0
    new_first, new_last = view.visible_range()
    assert (new_last - new_first).days == pytest.approx((last - first).days / 1.5, rel=0.02)


def test_keys_zoom_and_fit(qtbot: QtBot, view: TimelineView) -> None:
    first, last = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible_range()[1] - view.visible_range()[0] < last - first
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range() == (first, last)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] > last - first
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.visible_range() == (first, last)
    for event_id in DATE_ORDER:  # fitted: everything is on screen
        assert view.plot_rect().contains(view.event_rect(event_id) or QPointF(-1, -1))


def test_arrows_visit_events_in_date_order_and_enter_activates(qtbot: QtBot, view: TimelineView) -> None:
    seen: list[str] = []
    view.currentChanged.connect(seen.append)
    for _ in DATE_ORDER:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen == DATE_ORDER
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last
    assert view.current_id() == "mo2021"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert seen[-2:] == ["y2020", "m2019"]
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["m2019"]


def test_arrows_scroll_the_next_event_into_view(qtbot: QtBot, view: TimelineView) -> None:
    view.show_range(dt.date(2016, 6, 1), dt.date(2016, 9, 1))
    view.set_current("m2016")
    assert view.event_rect("s2017") is None or not view.plot_rect().contains(view.event_rect("s2017").center())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_id() == "s2017"
    rect = view.event_rect("s2017")
    assert rect is not None and view.plot_rect().contains(rect)


def test_arrows_skip_filtered_out_events(qtbot: QtBot, view: TimelineView) -> None:
    view.model().set_filter(kinds={"meeting"})
    seen: list[str] = []
    view.currentChanged.connect(seen.append)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen == ["m2016", "m2019", "mo2021"]


def test_month_and_year_dates_are_spans_over_the_whole_period(view: TimelineView) -> None:
    view.show_range(dt.date(2020, 1, 1), dt.date(2021, 12, 31))
    year = view.event_rect("y2020")
    month = view.event_rect("mo2021")
    assert year is not None and month is not None
    assert year.left() == pytest.approx(view.x_for_date(dt.date(2020, 1, 1)), abs=1)
    assert year.right() == pytest.approx(view.x_for_date(dt.date(2021, 1, 1)), abs=1)
    assert month.left() == pytest.approx(view.x_for_date(dt.date(2021, 4, 1)), abs=1)
    assert month.width() == pytest.approx(view.x_for_date(dt.date(2021, 5, 1)) - month.left(), abs=1)
    assert month.width() > 30


def test_day_ranges_span_their_days_and_single_days_are_markers(view: TimelineView) -> None:
    view.show_range(dt.date(2018, 10, 1), dt.date(2018, 12, 31))
    forum = view.event_rect("f2018")
    assert forum is not None
    assert forum.left() == pytest.approx(view.x_for_date(dt.date(2018, 11, 7)), abs=1)
    assert forum.right() == pytest.approx(view.x_for_date(dt.date(2018, 11, 10)), abs=1)
    view.show_range(dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    summit = view.event_rect("s2017")
    assert summit is not None
    noon = view.x_for_day(dt.date(2017, 9, 6).toordinal() + 0.5)
    assert summit.center().x() == pytest.approx(noon, abs=0.5)
    assert summit.width() < 20


def test_planned_events_are_hollow(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.add_widget(view)
    view.resize(800, 400)
    view.set_events([ev("held", "2019-03-01"), ev("planned", "2019-09-01", planned=True)])
    view.show_range(dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    blue = QColor(KIND_COLOURS["meeting"])
    assert pixel(view, centre(view, "held")) == blue
    inside = pixel(view, centre(view, "planned"))
    assert inside == view.palette().base().color()


def test_highlight_dims_the_unrelated_events(qtbot: QtBot, view: TimelineView) -> None:
    summit, meeting = QColor(KIND_COLOURS["summit"]), QColor(KIND_COLOURS["meeting"])
    assert pixel(view, centre(view, "m2016")) == meeting
    view.highlight({"s2017"})
    assert view.highlighted() == {"s2017"}
    assert pixel(view, centre(view, "s2017")) == summit
    assert pixel(view, centre(view, "m2016")) != meeting  # dimmed
    view.highlight(set())
    assert pixel(view, centre(view, "m2016")) == meeting


def test_region_filter_hides_exactly_the_unrelated_events(view: TimelineView) -> None:
    view.model().set_filter(regions={"western"})
    view.fit_all()
    shown = {e.id for e in SPREAD if view.event_rect(e.id) is not None}
    assert shown == {"f2018", "mo2021"}
    view.model().set_filter(kinds={"milestone", "summit"})
    view.fit_all()
    assert {e.id for e in SPREAD if view.event_rect(e.id) is not None} == {"s2017", "y2020"}


def test_filtering_out_the_current_event_clears_it(qtbot: QtBot, view: TimelineView) -> None:
    view.set_current("m2019")
    with qtbot.waitSignal(view.currentChanged) as blocker:
        view.model().set_filter(regions={"western"})
    assert blocker.args == [""]


def test_lane_modes(view: TimelineView) -> None:
    assert view.lane_titles() == ["Western", "Central", "Eastern", "No region"]
    by_region = view.event_rect("m2019")
    view.set_lane_mode("kind")
    assert view.lane_titles() == ["Meeting", "Forum", "Summit", "Milestone"]
    by_kind = view.event_rect("m2019")
    assert by_region is not None and by_kind is not None and by_kind.top() < by_region.top()
    with pytest.raises(ValueError):
        view.set_lane_mode("country")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform's word
def test_tooltip_shows_the_event_text(view: TimelineView) -> None:
    point = centre(view, "y2020")
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    assert QToolTip.text().splitlines()[:2] == ["Event y2020", "Milestone, 2020 (only the year is known)"]
    QToolTip.hideText()


def test_focus_and_accessibility(view: TimelineView) -> None:
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.accessibleName() == "Timeline"
    view.set_current("s2017")
    assert view.accessibleDescription().startswith("Selected: Event s2017, 6 September 2017.")


def test_ten_thousand_events_are_aggregated_when_zoomed_out(qtbot: QtBot) -> None:
    rnd = random.Random(3)
    first = dt.date(1990, 1, 1).toordinal()
    events = [
        ev(f"e{i}", dt.date.fromordinal(first + rnd.randrange(40 * 365)).isoformat(),
           kind=rnd.choice(["meeting", "forum", "summit", "milestone"]),
           regions=(rnd.choice(["western", "central", "eastern"]),))
        for i in range(10_000)
    ]  # fmt: skip
    view = TimelineView()
    qtbot.add_widget(view)
    view.resize(1200, 600)
    view.set_events(events)
    frame = view.frame()
    drawn = len(frame.items) + len(frame.groups)
    assert frame.groups and drawn < view.plot_rect().width()  # not one item per event, nor per pixel
    assert sum(g.count for g in frame.groups) + len(frame.items) >= 10_000 * 0.99
    view.show_range(dt.date(2014, 1, 1), dt.date(2015, 12, 31))
    frame = view.frame()
    assert len(frame.items) > 100  # at two years, events are drawn one by one ...
    plot = view.plot_rect()
    for item in frame.items:  # ... only those with something in view
        assert item.x0 <= plot.right() and max(item.x1, item.label_x + item.label_width) >= plot.left()
    view.grab()  # and painting works at both levels
