"""MapView with real events offscreen: regions, clicks, hover names, zoom, pan and fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QToolTip
from pytestqt.qtbot import QtBot

from npviewer.map.qt_shapes import ATTRIBUTION, KOREA, load_map
from npviewer.map.style import HIGHLIGHT, KOREA_FILL, LAND, SUBUNIT
from npviewer.ui.common.plain import tooltip
from npviewer.ui.map.view import MapView

WESTERN = {"643", "804", "112"}
CENTRAL = {"398", "860", "417", "762", "795", "496"}
EASTERN = {"RU-PRI", "CN-HL", "CN-JL", "CN-LN"}
EASTERN_COUNTRIES = {"643", "156"}
PLACES = {
    "398": ("country-kz", "Kazakhstan"),
    "643": ("country-ru", "Russian Federation"),
    "RU-PRI": ("region-primorsky", "Primorsky Krai"),
    KOREA: ("country-kr", "Republic of Korea"),
}


@pytest.fixture
def view(qtbot: QtBot) -> MapView:
    widget = MapView()
    qtbot.add_widget(widget)
    widget.resize(900, 600)
    widget.set_places(PLACES)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _point_of(view: MapView, code: str) -> QPoint:
    """A viewport point over the place (its label point), checked to be inside its drawn shape."""
    feature = load_map().features[code]
    point = view.mapFromScene(feature.label)
    assert feature.path.contains(view.mapToScene(point))
    assert view.viewport().rect().contains(point)
    return point


def _fills(view: MapView) -> dict[str, str]:
    """Each visible place's fill colour, read from the scene's items."""
    fills = {}
    for item in view.scene().items():
        if isinstance(item, QGraphicsPathItem) and item.isVisible():
            fills[item.data(0)] = item.brush().color().name()
    return fills


@pytest.mark.parametrize(
    "region",
    [WESTERN, CENTRAL, EASTERN, EASTERN_COUNTRIES],
    ids=["western", "central", "eastern-areas", "eastern-countries"],
)
def test_show_region_highlights_exactly_those_places(view: MapView, region: set[str]) -> None:
    view.show_region(region)
    assert view.highlighted_codes() == region
    fills = _fills(view)
    highlighted = {code for code, fill in fills.items() if fill in (HIGHLIGHT.name(), SUBUNIT.name())}
    assert highlighted == region
    assert fills[KOREA] == KOREA_FILL.name()
    assert fills["408"] == LAND.name()


def test_a_new_region_replaces_the_old_one(view: MapView) -> None:
    view.show_region(CENTRAL)
    view.show_region(WESTERN | {"999"})
    assert view.highlighted_codes() == WESTERN
    assert _fills(view)["398"] == LAND.name()


def test_region_frame_holds_the_region_and_korea(view: MapView) -> None:
    view.show_region(CENTRAL)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    data = load_map()
    for code in CENTRAL | {KOREA}:
        assert shown.contains(data.features[code].path.boundingRect()), code


def test_clicking_a_country_emits_its_entry_id(view: MapView, qtbot: QtBot) -> None:
    view.show_region(CENTRAL)
    point = _point_of(view, "398")
    with qtbot.waitSignal(view.placeActivated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["country-kz"]


def test_clicking_korea_emits_koreas_entry(view: MapView, qtbot: QtBot) -> None:
    view.show_region(EASTERN)
    with qtbot.waitSignal(view.placeActivated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, KOREA))
    assert blocker.args == ["country-kr"]


def test_clicking_a_subdivision_prefers_its_own_entry_then_its_country(view: MapView, qtbot: QtBot) -> None:
    view.show_region(EASTERN)
    with qtbot.waitSignal(view.placeActivated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, "RU-PRI"))
    assert blocker.args == ["region-primorsky"]
    view.set_places({"643": ("country-ru", "Russian Federation")})
    with qtbot.waitSignal(view.placeActivated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, "RU-PRI"))
    assert blocker.args == ["country-ru"]


def test_clicking_a_place_without_an_entry_emits_nothing(view: MapView, qtbot: QtBot) -> None:
    view.show_region(CENTRAL)
    with qtbot.assertNotEmitted(view.placeActivated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, "496"))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen QToolTip
def test_hover_tooltip_names_the_place(view: MapView, qtbot: QtBot) -> None:
    view.show_region(CENTRAL)
    for code, expected in (("398", "Kazakhstan"), ("496", "Mongolia")):
        point = _point_of(view, code)
        qtbot.mouseMove(view.viewport(), point)
        event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        QApplication.sendEvent(view.viewport(), event)
        assert QToolTip.text() == tooltip(expected)  # shown as plain text, whatever the title holds
    QToolTip.hideText()


def test_hover_shows_a_pointing_hand_only_over_places_with_entries(view: MapView, qtbot: QtBot) -> None:
    view.show_region(CENTRAL)
    qtbot.mouseMove(view.viewport(), _point_of(view, "398"))
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(view.viewport(), _point_of(view, "496"))
    assert view.viewport().cursor().shape() != Qt.CursorShape.PointingHandCursor


def _wheel(view: MapView, pos: QPoint, clicks: int) -> None:
    local = QPointF(pos)
    event = QWheelEvent(
        local,
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_zooms_keeping_the_point_under_the_cursor(view: MapView) -> None:
    view.show_region(CENTRAL)
    pos = _point_of(view, "398") + QPoint(30, 10)
    before_scale = view.transform().m11()
    scene_point = view.mapToScene(pos)
    _wheel(view, pos, 2)
    assert view.transform().m11() == pytest.approx(before_scale * 1.25**2)
    assert (view.mapFromScene(scene_point) - pos).manhattanLength() <= 3
    _wheel(view, pos, -1)
    assert view.transform().m11() == pytest.approx(before_scale * 1.25)


def test_keys_zoom_and_the_fit_action_frames_the_region_again(view: MapView, qtbot: QtBot) -> None:
    view.show_region(CENTRAL)
    fitted = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(fitted * 1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(fitted * 1.25)
    view.fit_action.trigger()
    assert view.transform().m11() == pytest.approx(fitted)
    assert view.fit_action in view.actions()


def _mouse(view: MapView, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    local = QPointF(pos)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, local, QPointF(view.viewport().mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view.viewport(), event)


def test_dragging_pans_and_does_not_activate(view: MapView, qtbot: QtBot) -> None:
    view.show_region(CENTRAL)
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # zoomed in, so there is room to pan
    start = _point_of(view, "398")
    end = start + QPoint(-120, 60)
    grabbed = view.mapToScene(start)
    with qtbot.assertNotEmitted(view.placeActivated):
        _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        for step in range(1, 7):
            _mouse(view, QEvent.Type.MouseMove, start + (end - start) * step / 6, Qt.MouseButton.LeftButton)
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert (view.mapFromScene(grabbed) - end).manhattanLength() <= 3


def test_caption_and_accessibility(view: MapView) -> None:
    view.show_region(CENTRAL)
    assert view.caption == ATTRIBUTION == "Boundaries: Natural Earth (public domain)"
    assert view.accessibleName() == "Map"
    assert "Kazakhstan" in view.accessibleDescription()
    assert "Korea" in view.accessibleDescription()


def test_view_paints_the_map_korea_and_the_caption(view: MapView) -> None:
    view.show_region(CENTRAL)
    image = view.grab().toImage()
    data = load_map()

    def colour(viewport_point: QPoint) -> str:
        return image.pixelColor(view.viewport().mapTo(view, viewport_point)).name()

    assert colour(_point_of(view, KOREA)) == KOREA_FILL.name()
    below_label = _point_of(view, "496") + QPoint(0, 30)
    assert data.features["496"].path.contains(view.mapToScene(below_label))
    assert colour(below_label) == HIGHLIGHT.name()
    china = _point_of(view, "156") + QPoint(0, 30)
    assert colour(china) == LAND.name()
