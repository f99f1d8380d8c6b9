"""View > Theme: System, Light and Dark, chosen in the real window, shown at once and kept for the next
start; System gives the desktop's colours back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from npviewer.ui.common import settings
from npviewer.ui.common.contrast import is_dark
from npviewer.ui.common.theme import DARK_COLOURS, LIGHT_COLOURS, use_theme
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def system_afterwards(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    use_theme("system")
    qapp.setPalette(before)


def _window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_view_theme_offers_system_light_and_dark(make_window: WindowFactory) -> None:
    window = make_window()
    menu = window.act.menus["theme"]
    assert [a.text().replace("&", "") for a in menu.actions()] == ["System", "Light", "Dark"]
    assert window.act.theme("system").isChecked()
    assert menu in [a.menu() for a in window.act.menus["view"].actions() if a.menu() is not None]


def test_dark_is_shown_at_once_and_kept_for_the_next_start(qtbot: QtBot, make_window: WindowFactory) -> None:
    system = _window_colour()
    window = make_window()
    window.act.theme("dark").trigger()
    assert _window_colour() == QColor(DARK_COLOURS[QPalette.ColorRole.Window]).name()
    assert is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: is_dark(window.detail.browser.palette()))  # Qt tells the widgets in turn
    assert window.act.theme("dark").isChecked() and not window.act.theme("system").isChecked()
    assert settings.THEME.get() == "dark"
    window.close()
    use_theme("system")  # as a new process starts: the desktop's colours, until the window picks its own
    assert _window_colour() == system
    again = make_window()
    assert _window_colour() == QColor(DARK_COLOURS[QPalette.ColorRole.Window]).name()
    assert again.act.theme("dark").isChecked()


def test_light_then_system_gives_the_desktops_colours_back(make_window: WindowFactory, qapp: QApplication) -> None:
    desktop = QPalette(qapp.palette())
    desktop.setColor(QPalette.ColorRole.Window, QColor("#dde3ea"))  # a desktop's own grey-blue
    qapp.setPalette(desktop)
    window = make_window()
    window.act.theme("light").trigger()
    assert _window_colour() == QColor(LIGHT_COLOURS[QPalette.ColorRole.Window]).name()
    window.act.theme("system").trigger()
    assert settings.THEME.get() == "system"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#31363b"
