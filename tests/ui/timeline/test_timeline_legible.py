"""The timeline legible and reachable: marks of at least 8 px, an axis fitted to the events, labels in
the free space, crowded events listed on a click, the disputed badge opening the dispute, kinds told
apart by shape, readable dimmed labels, and every event a named child for screen readers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from pytestqt.qtbot import QtBot

from npviewer.ui.common import accessibility
from npviewer.ui.common.contrast import TEXT, muted, ratio
from npviewer.ui.timeline import style
from npviewer.ui.timeline.painter import badge_centre
from npviewer.ui.timeline.scene import GroupGeom
from npviewer.ui.timeline.view import TimelineView
from npviewer.ui.window.main_window import MainWindow
from timeline_factory import ev

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]


def _view(qtbot: QtBot, events: list, size: tuple[int, int] = (1000, 400)) -> TimelineView:  # type: ignore[type-arg]
    view = TimelineView()
    qtbot.add_widget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(events)
    return view


def test_a_month_seen_across_decades_is_a_mark_of_at_least_8_px(qtbot: QtBot) -> None:
    view = _view(qtbot, [ev("old", "1992-03-01"), ev("month", "2005-06"), ev("new", "2021-11-02")])
    rect = view.event_rect("month")
    assert rect is not None and rect.width() >= 8 and rect.height() >= 8
    assert view.event_rect("old") is not None and view.event_rect("old").width() >= 8  # type: ignore[union-attr]


def test_the_axis_runs_from_the_first_event_to_the_last_not_years_past_it(qtbot: QtBot) -> None:
    last_title = "The last event's rather long title, which must still show"
    view = _view(
        qtbot, [ev("a", "1990-05-01", title="A long title of the first event"), ev("z", "2022-03-01", title=last_title)]
    )
    first, last = view.visible_range()
    assert first.year == 1989 and last <= dt.date(2023, 12, 31), (first, last)  # not 2030
    item = view.frame().item("z")
    assert item is not None and item.label  # the last label is drawn: before its event, as there is room there
    assert item.label_x + item.label_width <= view.plot_rect().right() + 1


def test_labels_use_the_free_space_after_their_event(qtbot: QtBot) -> None:
    title = "Korea-Russia Far East and Arctic Development Sub-committee"
    view = _view(qtbot, [ev("a", "2000-01-01", title=title), ev("b", "2020-01-01")], (1400, 400))
    item = view.frame().item("a")
    assert item is not None and item.label == title  # the whole title: nothing stands in its way


def test_a_click_on_crowded_events_lists_them_and_one_opens(qtbot: QtBot) -> None:
    crowd = [ev(f"c{n}", f"2019-06-{1 + n % 28:02d}", title=f"Crowded {n}") for n in range(40)]
    view = _view(qtbot, [ev("early", "1995-01-01"), *crowd], (700, 220))
    groups = [g for g in view.frame().groups]
    assert groups, "the crowd is gathered"
    group: GroupGeom = groups[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=group.rect.center().toPoint())
    menu = view.group_menu
    assert menu is not None
    listed = [a.data() for a in menu.actions() if a.data()]
    expected = [b.event.id for b in (group.bars or view._scene.bars_between(group.lane, group.first, group.last))]
    assert listed == expected[:30] and listed
    with qtbot.wait_signal(view.eventActivated) as opened:
        next(a for a in menu.actions() if a.data() == listed[-1]).trigger()
    assert opened.args == [listed[-1]] and view.current_id() == listed[-1]
    menu.close()


def test_event_kinds_differ_in_shape_as_well_as_colour() -> None:
    kinds = ["meeting", "forum", "summit", "milestone", "national-strategy"]
    shapes = {style.shape_of(k) for k in kinds}
    assert len(shapes) == len(kinds)
    boxes = {k: style.glyph(k, QPointF(0, 0), 12).elementCount() for k in kinds}
    assert len(set(boxes.values())) >= 3  # diamond, circle, square, triangle, hexagon: different outlines


@pytest.mark.parametrize("dark", [False, True])
def test_colours_stand_out_on_light_and_dark_bases(dark: bool) -> None:
    base = QColor("#1e1e1e") if dark else QColor("#ffffff")
    text = QColor("#f0f0f0") if dark else QColor("#101010")
    for kind in ("meeting", "forum", "summit", "milestone", "other"):
        assert ratio(style.kind_colour(kind, base.rgba()), base) >= 3.0, kind
    assert ratio(style.colour(style.DISPUTED_COLOUR, base.rgba()), base) >= 3.0
    assert ratio(muted(text, base), base) >= TEXT  # dimmed labels still read at 4.5:1


def test_dimmed_labels_are_drawn_readable(qtbot: QtBot) -> None:
    view = _view(qtbot, [ev("a", "2000-01-01", title="Aaaa"), ev("b", "2010-01-01", title="Bbbb")], (900, 300))
    view.highlight({"b"})
    image = view.grab().toImage()
    item = view.frame().item("a")
    assert item is not None
    base = view.palette().color(QPalette.ColorRole.Base)
    darkest = min(
        (image.pixelColor(QPoint(x, y)) for x in range(int(item.label_x), int(item.label_x + item.label_width))
         for y in range(int(item.y0), int(item.y1))),
        key=lambda c: c.lightness(),
    )  # fmt: skip
    assert ratio(darkest, base) >= TEXT


# -- the window: the badge, screen readers ---------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> MainWindow:
    win = make_window(size=(1280, 900))
    win.act["timeline_toggle"].trigger()
    qtbot.waitUntil(lambda: win.timeline.panel is not None and win.timeline.panel.isVisible())
    return win


def test_the_disputed_badge_opens_the_dispute(qtbot: QtBot, window: MainWindow) -> None:
    view = window.timeline.panel.view  # type: ignore[union-attr]
    item = view.frame().item("forum-1")
    assert item is not None and item.bar.event.disputed
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=badge_centre(item).toPoint())
    assert opened.args == ["forum-1"]
    browser = window.detail.browser
    heading = browser.document().find("Disputed")
    assert not heading.isNull()
    assert browser.viewport().rect().intersects(browser.cursorRect(heading))  # in view
    assert window.statusBar().currentMessage().startswith("Sources disagree")


def test_every_event_is_a_named_child_for_screen_readers(qtbot: QtBot, window: MainWindow) -> None:
    accessibility.install()
    view = window.timeline.panel.view  # type: ignore[union-attr]
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None and iface.role() == QAccessible.Role.List
    model = view.model()
    assert iface.childCount() == model.rowCount() == 2
    for row in range(model.rowCount()):
        child = iface.child(row)
        event = model.event_at(row)
        assert child.text(QAccessible.Text.Name) == event.title
        description = child.text(QAccessible.Text.Description)
        assert "2019" in description or "2018" in description
        assert iface.indexOfChild(child) == row
        assert not child.state().selected
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    chosen = iface.child(model.row_of(view.current_id()))
    assert chosen.state().selected and chosen.state().focused
    assert iface.focusChild() is chosen
    assert "disputed" in iface.child(model.row_of("forum-1")).text(QAccessible.Text.Description).lower()


def _crowd(n: int, prefix: str = "c") -> list:  # type: ignore[type-arg]
    return [
        ev(f"{prefix}{i}", f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}", title=f"Event {i}") for i in range(n)
    ]


def test_a_crowded_lane_counts_per_period_and_a_click_lists_the_period_related_first(qtbot: QtBot) -> None:
    events = _crowd(2000)
    view = _view(qtbot, events, (1000, 240))
    related = {"c5", "c245", "c485"}  # in 2005, 2005 and 2005: one year, one period's count
    view.highlight(related)
    frame = view.frame()
    counts = [g for g in frame.groups if not g.badge]
    assert counts and not frame.items, "far too many to draw one by one: counted"
    assert sum(g.count for g in counts) == 2000
    assert all(g.rect.width() >= 28 for g in counts)  # every count's number has room to be read
    marked = [g for g in counts if g.highlighted]
    assert marked and sum(g.highlighted for g in marked) == 3
    group = marked[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=group.rect.center().toPoint())
    menu = view.group_menu
    assert menu is not None
    items = [a for a in menu.actions() if a.data()]
    first = [a.data() for a in items[: len(related)]]
    assert set(first) == related, "the related events come first"
    assert all(a.text().endswith("(related)") and a.font().bold() for a in items[: len(related)])
    assert not any(a.text().endswith("(related)") for a in items[len(related) :])
    headings = [a.text() for a in menu.actions() if a.isSeparator() and a.text()]
    assert headings[:1] == ["Related to the entry shown"]
    menu.close()


def test_a_periods_count_says_what_it_counts_in_words(qtbot: QtBot) -> None:
    from npviewer.ui.timeline.groups import group_text

    view = _view(qtbot, _crowd(2000), (1000, 240))
    group = next(g for g in view.frame().groups if not g.badge)
    text = group_text(group)
    assert text.startswith(f"{group.count} events in ") and "Click or zoom in" in text


def test_the_selected_events_label_stays_inside_the_view(qtbot: QtBot) -> None:
    title = "The last event of all, with a title far too long to fit after it at the right edge"
    events = [ev("a", "2000-01-01"), ev("z", "2019-12-01", title=title)]
    view = _view(qtbot, events, (700, 220))
    view.set_current("z")
    item = view.frame().item("z")
    assert item is not None and item.label
    plot = view.plot_rect()
    assert plot.left() <= item.label_x and item.label_x + item.label_width <= plot.right(), (item.label_x, plot)


def test_the_selected_events_label_never_hides_a_count(qtbot: QtBot) -> None:
    view = _view(qtbot, _crowd(2000), (1000, 240))
    view.set_current("c0")
    frame = view.frame()
    item = frame.item("c0")
    assert item is not None
    label = QRectF(item.label_x, item.y0, item.label_width, item.y1 - item.y0)
    counts = [g.rect for g in frame.groups if g.lane == item.lane]
    assert counts and not any(label.intersects(rect) for rect in counts if item.label)
