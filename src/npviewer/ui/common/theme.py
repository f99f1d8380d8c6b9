"""View > Theme: the system's colours, or npviewer's own light or dark palette, remembered.

Every colour in the window already comes from the palette (and is fitted to it:
:mod:`npviewer.ui.common.palette_fit`, :mod:`npviewer.ui.common.contrast`), so a theme is only a
palette: :func:`use_theme` sets it on the application and Qt tells every widget, which redraws its
text, icons, timeline and map in the new colours. "System" gives back the palette (and the style)
the application started with, that is the desktop's. The light and dark palettes are set with the
Fusion style, which draws every control from the palette (some platform styles draw their own).
Chosen before the first paint, so a dark window never flashes light.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from npviewer.i18n import QT_TRANSLATE_NOOP
from npviewer.ui.common.settings import THEME

SYSTEM, LIGHT, DARK = "system", "light", "dark"
#: View > Theme's choices, in its order, with their menu texts (translated in "MainWindow").
THEMES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("MainWindow", "&System")),
    (LIGHT, QT_TRANSLATE_NOOP("MainWindow", "&Light")),
    (DARK, QT_TRANSLATE_NOOP("MainWindow", "&Dark")),
)

_R = QPalette.ColorRole
#: A light palette (Fusion's own light colours, its selection a blue that reads with white text).
LIGHT_COLOURS = {
    _R.Window: "#efefef", _R.WindowText: "#000000", _R.Base: "#ffffff", _R.AlternateBase: "#f5f5f5",
    _R.ToolTipBase: "#ffffdc", _R.ToolTipText: "#000000", _R.PlaceholderText: "#5f5f5f",
    _R.Text: "#000000", _R.Button: "#efefef", _R.ButtonText: "#000000", _R.BrightText: "#ffffff",
    _R.Light: "#ffffff", _R.Midlight: "#cacaca", _R.Mid: "#b8b8b8", _R.Dark: "#9f9f9f", _R.Shadow: "#767676",
    _R.Highlight: "#1f6fb2", _R.HighlightedText: "#ffffff", _R.Link: "#0b57a4", _R.LinkVisited: "#6a3d9a",
}  # fmt: skip
#: A dark palette (Breeze Dark's colours, as KDE's dark theme sets them).
DARK_COLOURS = {
    _R.Window: "#31363b", _R.WindowText: "#fcfcfc", _R.Base: "#232629", _R.AlternateBase: "#2a2e32",
    _R.ToolTipBase: "#31363b", _R.ToolTipText: "#fcfcfc", _R.PlaceholderText: "#a1a9b1",
    _R.Text: "#fcfcfc", _R.Button: "#31363b", _R.ButtonText: "#fcfcfc", _R.BrightText: "#ffffff",
    _R.Light: "#474d54", _R.Midlight: "#3c4147", _R.Mid: "#4d5357", _R.Dark: "#1b1e20", _R.Shadow: "#0f1012",
    _R.Highlight: "#3daee9", _R.HighlightedText: "#fcfcfc", _R.Link: "#1d99f3", _R.LinkVisited: "#9b59b6",
}  # fmt: skip
#: The disabled controls' text in each (quieter than the rest, as every platform draws them).
DISABLED_TEXT = {LIGHT: "#8a8a8a", DARK: "#7f8487"}

#: The style the application started with (the desktop's), given back with its palette.
_system_style: str | None = None
_current = SYSTEM


def palette_of(theme: str) -> QPalette | None:
    """npviewer's palette for ``theme`` (None for the system's)."""
    colours = {LIGHT: LIGHT_COLOURS, DARK: DARK_COLOURS}.get(theme)
    if colours is None:
        return None
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(DISABLED_TEXT[theme])
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def current_theme() -> str:
    return _current


def use_theme(theme: str) -> None:
    """Show the window in ``theme`` now (not remembered: see :func:`choose_theme`)."""
    global _system_style, _current
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return
    theme = theme if theme in (LIGHT, DARK) else SYSTEM
    if theme == _current:
        return  # at start in the system's theme: nothing to do before the first paint
    if _system_style is None:
        _system_style = _style_name()
    palette = palette_of(theme)
    _set_style("fusion" if palette is not None else _system_style)
    _current = theme
    # an empty palette hands the colours back to the platform (and its changes reach us again)
    QGuiApplication.setPalette(palette if palette is not None else QPalette())


def choose_theme(theme: str) -> None:
    """View > Theme: show ``theme`` and remember it for the next start."""
    THEME.set(theme)
    use_theme(theme)


def use_saved_theme() -> None:
    """The theme picked in View > Theme (the system's until one is): before the first paint."""
    use_theme(THEME.get())


def _style_name() -> str:
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    return style.name() if style is not None else ""


def _set_style(name: str) -> None:
    from PySide6.QtWidgets import QApplication

    if name and _style_name().lower() != name.lower():
        QApplication.setStyle(name)
