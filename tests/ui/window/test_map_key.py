"""The window's map is keyed and labelled: on the Eastern Region's map Primorsky Krai and China's three
provinces are each named on the map or numbered there and named in the key, and the key names every
shade and Korea's ring (drawn from the real window's paint)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from npviewer.map.plan import AREA, FOCUS, SECOND
from npviewer.store.library import Library
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def test_the_eastern_map_names_or_keys_primorsky_and_the_three_provinces_and_keys_its_shades(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled, size=(1366, 900))
    window.navigator.open("eastern")
    view = window.map_pane.view
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    view.grab()  # a paint: labels and key are worked out as they are drawn
    rows, numbered = view.keyed()
    shades = dict(rows)
    assert set(shades) == {AREA, FOCUS, SECOND}
    assert shades[AREA] == "Russian Far East" and shades[FOCUS] == "Primorsky Krai"
    assert shades[SECOND] == "Heilongjiang, Jilin, Liaoning"
    named = {p.code: p.text for p in view.placed_labels()}
    titles = {view.title_of(code) for code in numbered} | set(named.values())
    for place in ("Primorsky Krai", "Heilongjiang", "Jilin", "Liaoning"):
        assert place in titles, f"{place} neither named nor keyed"
    assert "Republic of Korea" in titles or "Korea" in titles
