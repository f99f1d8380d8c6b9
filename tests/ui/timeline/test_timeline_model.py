"""TimelineModel: date order, roles, filters and their saved state."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from npviewer.ui.timeline.model import TimelineModel, TimelineRole
from npviewer.ui.timeline.text import NO_REGION
from timeline_factory import ev

EVENTS = [
    ev("c", "2019-12-12", title="13th Sub-committee", places=("russia",), place="Seoul"),
    ev("a", "2002-03", title="1st Sub-committee", places=("russia",)),
    ev("b", "2018", kind="milestone", regions=("central", "eastern"), places=("kazakhstan", "russia")),
    ev("d", "2019-12-12", kind="forum", title="Alpha forum", regions=("central",), places=("kazakhstan",)),
    ev("e", "2020", kind="forum", regions=(), planned=True),
    ev("f", "2018-11-07", end="2018-11-09", kind="forum", disputed=True, regions=("western",)),
]


@pytest.fixture
def model() -> TimelineModel:
    model = TimelineModel()
    model.set_events(EVENTS)
    return model


def ids(model: TimelineModel) -> list[str]:
    return [model.data(model.index(row), TimelineRole.Id) for row in range(model.rowCount())]


def test_rows_are_in_date_order_then_title(model: TimelineModel) -> None:
    # "2018" starts on 1 January 2018, before 7 November; same day: by title.
    assert ids(model) == ["a", "b", "f", "c", "d", "e"]
    assert model.data(model.index(3), TimelineRole.Title) == "13th Sub-committee"
    assert model.data(model.index(4), Qt.ItemDataRole.DisplayRole) == "Alpha forum"


def test_passes_the_model_tester(qtmodeltester: ModelTester, model: TimelineModel) -> None:
    qtmodeltester.check(model)
    model.set_filter(regions={"central"})
    qtmodeltester.check(model)
    model.set_events([])
    qtmodeltester.check(model)


def test_roles_give_days_flags_and_ids(model: TimelineModel) -> None:
    row = model.row_of("a")
    index = model.index(row)
    assert index.data(TimelineRole.StartDay) == dt.date(2002, 3, 1)
    assert index.data(TimelineRole.EndDay) == dt.date(2002, 3, 31)
    assert index.data(TimelineRole.Precision) == "month"
    assert index.data(TimelineRole.Kind) == "meeting"
    ranged = model.index(model.row_of("f"))
    assert ranged.data(TimelineRole.EndDay) == dt.date(2018, 11, 9)
    assert ranged.data(TimelineRole.Disputed) is True
    assert ranged.data(TimelineRole.Planned) is False
    assert model.index(model.row_of("e")).data(TimelineRole.Planned) is True
    assert model.index(model.row_of("b")).data(TimelineRole.RegionIds) == ["central", "eastern"]
    assert model.index(model.row_of("b")).data(TimelineRole.PlaceIds) == ["kazakhstan", "russia"]
    assert b"startDay" in model.roleNames().values()


def test_tooltip_is_honest_about_precision_and_flags(model: TimelineModel) -> None:
    def tip(event_id: str) -> str:
        shown = QTextDocument()
        shown.setHtml(str(model.index(model.row_of(event_id)).data(Qt.ItemDataRole.ToolTipRole)))
        return shown.toPlainText().replace("\u2028", "\n")

    assert tip("a").splitlines()[:2] == ["1st Sub-committee", "Meeting, March 2002 (only the month is known)"]
    assert "2018 (only the year is known)" in tip("b")
    assert "Region: Central, Eastern" in tip("b")
    day = tip("c")
    assert "12 December 2019" in day and "known" not in day and "Seoul" in day
    assert "7-9 November 2018" in tip("f") and "Date disputed" in tip("f")
    assert "Planned" in tip("e") and "Planned" not in day


def test_region_filter_keeps_exactly_the_related_events(model: TimelineModel) -> None:
    model.set_filter(regions={"central"})
    assert set(ids(model)) == {e.id for e in EVENTS if "central" in e.region_ids} == {"b", "d"}
    model.set_filter(regions={NO_REGION})
    assert ids(model) == ["e"]
    model.set_filter(regions={"western", NO_REGION})
    assert ids(model) == ["f", "e"]
    assert model.row_of("b") == -1


def test_kind_and_place_filters_combine(model: TimelineModel) -> None:
    model.set_filter(kinds={"forum"})
    assert ids(model) == ["f", "d", "e"]
    model.set_filter(places={"kazakhstan"}, kinds={"forum", "milestone"})
    assert ids(model) == ["b", "d"]
    model.set_filter(kinds=set())
    assert ids(model) == []
    model.set_filter()
    assert len(ids(model)) == len(EVENTS)


def test_filter_changes_signal_once(qtbot: QtBot, model: TimelineModel) -> None:
    with qtbot.waitSignal(model.filterChanged), qtbot.waitSignal(model.modelReset):
        model.set_filter(kinds={"forum"})
    with qtbot.assertNotEmitted(model.filterChanged):
        model.set_filter(kinds={"forum"})


def test_filter_state_round_trips_through_json_and_qsettings(model: TimelineModel, tmp_path: Path) -> None:
    model.set_filter(regions={"central", NO_REGION}, places=None, kinds={"forum", "milestone"})
    state = model.filter_state()
    assert state == {"regions": ["", "central"], "places": None, "kinds": ["forum", "milestone"]}

    restored = TimelineModel()
    restored.set_events(EVENTS)
    restored.restore_filter_state(json.loads(json.dumps(state)))
    assert restored.filter_sets() == model.filter_sets()
    assert ids(restored) == ids(model) == ["b", "d", "e"]

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("timeline/filter", state)
    settings.sync()
    again = TimelineModel()
    again.set_events(EVENTS)
    again.restore_filter_state(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat).value("timeline/filter"))
    assert again.filter_state() == state


def test_restore_tolerates_missing_and_odd_values(model: TimelineModel) -> None:
    model.set_filter(kinds={"forum"})
    model.restore_filter_state({"regions": "central", "kinds": 3})
    assert model.filter_state() == {"regions": ["central"], "places": None, "kinds": None}
    model.restore_filter_state(None)
    assert model.filter_state() == {"regions": None, "places": None, "kinds": None}
