"""TimelinePanel: its toolbar drives the model's filter and follows a restored state."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from npviewer.store.dates import PartialDate
from npviewer.store.records import TimelineEvent
from npviewer.ui.timeline.panel import TimelinePanel
from npviewer.ui.timeline.text import NO_REGION

# The offscreen platform warns whenever a shown top-level window's size limits change; in the app
# the panel sits in a dock, not alone.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def ev(event_id: str, start: str, kind: str, regions: tuple[str, ...], places: tuple[str, ...]) -> TimelineEvent:
    return TimelineEvent(event_id, kind, event_id, PartialDate(start), None, False, False, regions, places)


EVENTS = [
    ev("sub", "2019-12-12", "meeting", ("eastern",), ("russia",)),
    ev("kca", "2019-10-15", "forum", ("central",), ("kazakhstan",)),
    ev("pc", "2018-12-12", "meeting", (), ()),
    ev("strategy", "2012", "strategy", ("central",), ("kazakhstan",)),
]


@pytest.fixture
def panel(qtbot: QtBot) -> TimelinePanel:
    panel = TimelinePanel()
    qtbot.add_widget(panel)
    panel.resize(1100, 420)
    panel.set_places([("russia", "Russia"), ("kazakhstan", "Kazakhstan")])
    panel.set_events(EVENTS)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown(panel: TimelinePanel) -> set[str]:
    return {e.id for e in panel.model.events()}


def test_kind_toggles_include_other_kinds_and_filter(qtbot: QtBot, panel: TimelinePanel) -> None:
    button = panel.kind_button("meeting")
    assert button is not None and button.isChecked()
    assert panel.kind_button("strategy") is not None  # a kind beyond the four gets its toggle
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown(panel) == {"kca", "strategy"}
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown(panel) == {e.id for e in EVENTS}
    assert panel.model.filter_state()["kinds"] is None


def test_region_menu_and_country_list_filter(panel: TimelinePanel) -> None:
    western, none = panel.region_action("western"), panel.region_action(NO_REGION)
    eastern = panel.region_action("eastern")
    assert western is not None and none is not None and eastern is not None
    none.setChecked(False)
    assert shown(panel) == {"sub", "kca", "strategy"}
    eastern.setChecked(False)
    assert shown(panel) == {"kca", "strategy"}
    combo = panel.place_combo()
    combo.setCurrentIndex(combo.findData("kazakhstan"))
    assert panel.model.filter_state() == {
        "regions": ["central", "western"],
        "places": ["kazakhstan"],
        "kinds": None,
    }
    combo.setCurrentIndex(0)
    assert panel.model.filter_state()["places"] is None


def test_state_round_trips_and_the_controls_follow(qtbot: QtBot, panel: TimelinePanel) -> None:
    panel.set_lane_mode("kind")
    panel.model.set_filter(regions={"central"}, places={"kazakhstan"}, kinds={"forum"})
    state = json.loads(json.dumps(panel.state()))

    other = TimelinePanel()
    qtbot.add_widget(other)
    other.set_places([("russia", "Russia"), ("kazakhstan", "Kazakhstan")])
    other.set_events(EVENTS)
    other.restore_state(state)
    assert other.view.lane_mode() == "kind"
    assert shown(other) == {"kca"}
    meeting, forum = other.kind_button("meeting"), other.kind_button("forum")
    assert meeting is not None and forum is not None
    assert not meeting.isChecked() and forum.isChecked()
    central, eastern = other.region_action("central"), other.region_action("eastern")
    assert central is not None and eastern is not None
    assert central.isChecked() and not eastern.isChecked()
    assert other.place_combo().currentData() == "kazakhstan"
    other.restore_state({"lanes": "nonsense"})
    assert other.view.lane_mode() == "region" and len(shown(other)) == len(EVENTS)


def test_panel_forwards_activation(qtbot: QtBot, panel: TimelinePanel) -> None:
    rect = panel.view.event_rect("kca")
    assert rect is not None
    with qtbot.waitSignal(panel.eventActivated) as blocker:
        qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == ["kca"]


def test_related_only_shows_the_events_of_the_entry_alone(panel: TimelinePanel) -> None:
    panel.highlight({"sub", "kca"})
    assert shown(panel) == {"sub", "kca", "pc", "strategy"}
    panel.related_only.setChecked(True)
    assert shown(panel) == {"sub", "kca"}
    panel.highlight({"pc"})  # another entry opened: its events alone
    assert shown(panel) == {"pc"}
    assert panel.state()["related_only"] is True
    panel.related_only.setChecked(False)
    assert shown(panel) == {"sub", "kca", "pc", "strategy"}
    panel.restore_state({"related_only": True})
    assert panel.related_only.isChecked() and shown(panel) == {"pc"}
