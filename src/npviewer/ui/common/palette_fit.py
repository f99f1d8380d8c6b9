"""The system palette, kept as it is except where its own pairs read below 4.5:1.

Desktops and Qt apps that set a dark palette often set the main roles and leave the placeholder text
at Qt's default (half-transparent black: invisible on a dark field), and common selection colours
carry white text at under 4:1 (Qt's own default blue: 3.7:1). :func:`follow_palette` fits just those
two roles, now and whenever the palette changes while npviewer runs: the placeholder becomes the text
colour as quiet as 4.5:1 allows, the selection colour is darkened (or lightened) until its text reads.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from npviewer.ui.common.contrast import TEXT, fit_selection, mix, muted, ratio

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def over(colour: QColor, background: QColor) -> QColor:
    """A half-transparent ``colour`` as it shows on ``background``."""
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def fitted(palette: QPalette) -> QPalette:
    """``palette`` with its placeholder text made to read at 4.5:1, and its selection colour and the
    selected text fitted to each other and to the list (:func:`~npviewer.ui.common.contrast.fit_selection`)."""
    out = copy.copy(palette)  # not QPalette(palette): its overloads load the Qt namespace (15 ms)
    for group in GROUPS:
        base, text = palette.color(group, QPalette.ColorRole.Base), palette.color(group, QPalette.ColorRole.Text)
        placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
        if ratio(over(placeholder, base), base) < TEXT:
            out.setColor(group, QPalette.ColorRole.PlaceholderText, muted(text, base))
        highlight, text = fit_selection(palette, group)
        out.setColor(group, QPalette.ColorRole.Highlight, highlight)
        out.setColor(group, QPalette.ColorRole.HighlightedText, text)
    return out


def _fit() -> None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    palette = QGuiApplication.palette()
    better = fitted(palette)
    if better != palette:  # a fitted palette fits as it is: no loop
        QGuiApplication.setPalette(better)


class _Watch(QObject):
    """Calls each registered function whenever the application's palette changes."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Callable[[], None]] = []
        self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter."""
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QGuiApplication):
            for call in list(self.calls):
                call()
        return False


#: While held (:func:`hold_watch`), the watch waits for :func:`release_watch` to be installed.
_held = False


@cache
def _watch() -> _Watch:
    """The one watch, installed on the application in the next turn of the event loop (or when
    :func:`release_watch` is called, while the start-up holds it): an application event filter sees
    every event of every object, a thousand while the window is being made for its first paint, and
    none of those can be a palette change (the palette is set before)."""
    watch = _Watch()
    if not _held:
        QTimer.singleShot(0, watch, lambda: _install(watch))
    return watch


def _install(watch: _Watch) -> None:
    app = QGuiApplication.instance()
    if app is not None and not watch.installed:
        app.installEventFilter(watch)
        watch.installed = True


def hold_watch() -> None:
    """Install no watch until :func:`release_watch`: the start-up holds it until the window's first
    paint is on screen. A Python filter on the application, given the events of Qt's own objects
    whose classes Python has not met yet, makes PySide6 build the Python types of every class in
    QtCore, QtGui and QtWidgets (230 enums, 10 ms) in the middle of the first paint."""
    global _held
    _held = True


def release_watch() -> None:
    """Install the watch now, if one was asked for while it was held."""
    global _held
    _held = False
    if _watch.cache_info().currsize:
        _install(_watch())


def on_palette_change(call: Callable[[], None]) -> None:
    """Call ``call`` whenever the application's palette changes (once however often registered)."""
    calls = _watch().calls
    if call not in calls:
        calls.append(call)


def follow_palette() -> None:
    """Fit the application's palette now and whenever it changes."""
    on_palette_change(_fit)
    _fit()
