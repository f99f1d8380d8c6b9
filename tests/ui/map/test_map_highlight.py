"""The window's map highlights what an entry is about, decided from the real content as the brief's
map is: the Far East's federal subjects and China's three provinces for the eastern region, not all of
Russia and China; a country page shades that country; a province that province, framed with its country."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsPathItem
from pytestqt.qtbot import QtBot

from npviewer.map.plan import AREA, FOCUS, SECOND, entry_map, map_plan
from npviewer.map.qt_shapes import load_map
from npviewer.map.style import FOCUS as FOCUS_FILL
from npviewer.map.style import HIGHLIGHT, LAND
from npviewer.map.style import SECOND as SECOND_FILL
from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]

FAR_EAST = {"RU-AMU", "RU-BU", "RU-ZAB", "RU-SA", "RU-YEV", "RU-KHA", "RU-MAG", "RU-SAK", "RU-KAM", "RU-CHU"}
PROVINCES = {"CN-HL", "CN-JL", "CN-LN"}
EXPECTED = {
    "eastern": ({**dict.fromkeys(FAR_EAST, AREA), "RU-PRI": FOCUS, **dict.fromkeys(PROVINCES, SECOND)}, None),
    "russian-far-east": ({**dict.fromkeys(FAR_EAST, AREA), "RU-PRI": FOCUS}, {"643"}),
    "primorsky-krai": ({"RU-PRI": AREA}, set()),  # not the Far East, twenty times its size
    "china": ({"156": AREA}, set()),
    "heilongjiang": ({"CN-HL": AREA}, set()),  # not China, eight times its size
    "kazakhstan": ({"398": AREA}, set()),
    "western": ({"643": AREA, "804": AREA, "112": AREA}, None),
    "central": ({c: AREA for c in ("398", "860", "417", "762", "795", "496")}, None),
}


@pytest.mark.parametrize("entry_id", list(EXPECTED))
def test_the_plan_highlights_what_the_entry_is_about(bundled: Library, entry_id: str) -> None:
    roles, around = EXPECTED[entry_id]
    plan = entry_map(bundled.repo, bundled.repo.entry(entry_id))
    assert plan is not None
    assert plan.roles == roles
    assert plan.frame == frozenset(roles) | (around or set())  # a region framed on itself


def test_the_brief_and_the_window_share_the_regions_plan(bundled: Library) -> None:
    places = [bundled.repo.entry(p.id) for p in bundled.repo.places_of_region("eastern")]
    plan = map_plan(bundled.repo, places)
    assert plan is not None and plan.roles == {"RU-FE": AREA, "RU-PRI": FOCUS, "CN-HL": SECOND, "CN-JL": SECOND,
                                               "CN-LN": SECOND}  # fmt: skip


def test_an_entry_without_a_place_has_no_map(bundled: Library) -> None:
    entry = next(bundled.repo.entry(r.id) for r, _ in bundled.repo.descendants("eastern") if r.kind == "measure")
    assert entry_map(bundled.repo, entry) is None


def _fill(window: MainWindow, code: str) -> str:
    """The fill a place is drawn with (its scene item's brush; hidden subdivisions are not drawn)."""
    view = window.map_pane.view
    assert view is not None
    for item in view.scene().items():
        if isinstance(item, QGraphicsPathItem) and item.data(0) == code:
            return item.brush().color().name() if item.isVisible() else "hidden"
    raise AssertionError(code)


def test_the_window_shades_the_far_east_and_the_provinces_not_russia_and_china(
    make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, size=(1280, 900))
    for entry_id, (roles, _around) in EXPECTED.items():
        window.navigator.open(entry_id)
        view = window.map_pane.view
        assert view is not None and view.highlighted_codes() == set(roles), entry_id
    window.navigator.open("eastern")
    assert _fill(window, "RU-SA") == HIGHLIGHT.name()
    assert _fill(window, "RU-PRI") == FOCUS_FILL.name()
    assert _fill(window, "CN-HL") == SECOND_FILL.name()
    assert _fill(window, "156") == LAND.name()  # China itself is not shaded
    window.navigator.open("china")
    assert _fill(window, "156") == HIGHLIGHT.name()
    assert _fill(window, "CN-HL") == "hidden"


def test_clicking_a_far_east_subject_opens_the_far_east(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, size=(1280, 900))
    window.navigator.open("eastern")
    view = window.map_pane.view
    assert view is not None
    point: QPoint = view.mapFromScene(load_map().features["RU-SA"].label)
    with qtbot.wait_signal(window.navigator.entryOpened) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["russian-far-east"]
    assert "Eastern Region" in view.describe("RU-SA") and view.title_of("RU-SA") == "Sakha (Yakutia)"


@pytest.mark.parametrize("entry_id, code", [("heilongjiang", "CN-HL"), ("primorsky-krai", "RU-PRI")])
@pytest.mark.parametrize("size", [(1280, 900), (1366, 768)])
def test_a_province_is_framed_with_korea_large_enough_to_read(
    make_window: WindowFactory, bundled: Library, entry_id: str, code: str, size: tuple[int, int]
) -> None:
    """Not a speck on a map of its country or the Far East: the province and Korea are in view, and the
    province is drawn at least a quarter of the map's height or width."""
    window = make_window(bundled, size=size)
    window.navigator.open(entry_id)
    view = window.map_pane.view
    assert view is not None
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    features = load_map().features
    assert shown.contains(features[code].path.boundingRect()) and shown.contains(features["410"].path.boundingRect())
    drawn = view.mapFromScene(features[code].path.boundingRect()).boundingRect()
    viewport = view.viewport().rect()
    assert drawn.height() >= viewport.height() / 4 or drawn.width() >= viewport.width() / 4, (drawn, viewport)
