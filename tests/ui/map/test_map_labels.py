"""Map labels in the real window: each drawn inside its own shape (or not at all), none over another,
Korea's inside Korea or on the sea, at every window size and with the map at its smallest height."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from npviewer.map import overlay
from npviewer.map.plan import entry_map
from npviewer.map.qt_shapes import KOREA, group_feature, load_map
from npviewer.map.shapes import load_shapes
from npviewer.store.library import Library
from npviewer.ui.map.view import MapView
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("does not support raise"),
]

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
REGIONS = ["eastern", "central", "western"]
AREAS = ["russian-far-east", "primorsky-krai", "heilongjiang", "jilin", "liaoning"]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, QRectF]]:
    """Every text the map's overlay draws, with its box in the map's viewport coordinates."""
    texts: list[tuple[str, QRectF]] = []
    original = overlay.draw_text

    def record(painter: object, rect: QRectF, text: str, font: QFont, *rest: object) -> None:
        texts.append((text, QRectF(rect)))
        original(painter, rect, text, font, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(overlay, "draw_text", record)
    return texts


def _short_names(bundled: Library) -> dict[str, tuple[str, ...]]:
    short = bundled.repo.short_names()
    return {code: short.get(eid, ()) for code, (eid, _title) in bundled.repo.place_codes().items()}


def _check(view: MapView, drawn: list[tuple[str, QRectF]], where: str, bundled: Library) -> None:
    """The labels of the last paint lie in their own shapes and clear of each other."""
    short, places = _short_names(bundled), bundled.repo.place_codes()
    data = load_map()
    inverse, _ = view.viewportTransform().inverted()
    owners: dict[str, str] = {}
    for code in [KOREA, *view.highlighted_codes()]:
        for text in (view.title_of(code), *short.get(code, ()), "Korea"):
            owners.setdefault(text, code)
    groups = load_shapes().groups
    for code, (_eid, title) in places.items():  # a group is named over its members when all are shown
        if code in groups and set(groups[code]) <= view.highlighted_codes():
            for text in (title, *short.get(code, ())):
                owners.setdefault(text, code)
    boxes = [(text, rect) for text, rect in drawn if text != view.caption]
    assert any(owners.get(text) == KOREA for text, _ in boxes), f"{where}: Korea is not named"
    for n, (text, rect) in enumerate(boxes):
        assert text in owners, f"{where}: {text!r} labels nothing highlighted"
        code = owners[text]
        scene = inverse.mapRect(rect)
        assert QRectF(view.viewport().rect()).contains(rect), f"{where}: {text!r} leaves the map"
        if code == KOREA and not data.features[KOREA].path.contains(scene):
            lands = [f.code for f in data if f.is_country and f.path.intersects(scene)]
            assert not lands, f"{where}: Korea's name lies on {lands}"
        else:
            shape = data.features[code] if code in data else group_feature(code)
            assert shape is not None and shape.path.contains(scene), f"{where}: {text!r} leaves its shape"
        for other, box in boxes[n + 1 :]:
            assert not rect.intersects(box), f"{where}: {text!r} overlaps {other!r}"


def _country_pages(bundled: Library) -> list[str]:
    return [eid for code, (eid, _t) in bundled.repo.place_codes().items() if code[0].isdigit()]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_window_map_labels_lie_in_their_own_shapes(
    make_window: WindowFactory, bundled: Library, drawn: list[tuple[str, QRectF]], size: tuple[int, int]
) -> None:
    window = make_window(bundled, size=size)
    for entry_id in REGIONS + AREAS + _country_pages(bundled):
        window.navigator.open(entry_id)
        view = window.map_pane.view
        assert view is not None and view.isVisible(), entry_id
        drawn.clear()
        view.grab()
        _check(view, drawn, f"{entry_id} at {size}", bundled)


@pytest.mark.parametrize("width", [398, 696, 1250])
def test_labels_lie_in_their_own_shapes_with_the_map_at_its_smallest(
    qtbot: QtBot, bundled: Library, drawn: list[tuple[str, QRectF]], width: int
) -> None:
    view = MapView()
    qtbot.add_widget(view)
    view.resize(width, view.minimumHeight())
    short, groups = _short_names(bundled), load_shapes().groups
    named = {
        code: (title, *short[code]) for code, (_eid, title) in bundled.repo.place_codes().items() if code in groups
    }
    view.set_places(bundled.repo.place_codes(), short=short, groups=named)
    view.show()
    qtbot.waitExposed(view)
    for entry_id in REGIONS + AREAS + _country_pages(bundled):
        plan = entry_map(bundled.repo, bundled.repo.entry(entry_id))
        assert plan is not None
        view.show_region(set(plan.roles), set(plan.frame), plan.roles)
        drawn.clear()
        view.grab()
        _check(view, drawn, f"{entry_id} at {width}x{view.minimumHeight()}", bundled)
