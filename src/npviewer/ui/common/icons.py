"""Icons by name, from ``resources/icons``, in colours fitted to the palette in use (an empty icon when
one is missing).

:func:`icon` draws an icon for the application's palette of the moment (see
:mod:`npviewer.ui.common.icon_tint`); :func:`set_icon` also remembers which icon a button, an action or a tab
shows, so that when the palette changes while npviewer runs (a desktop switching to its dark theme)
every one of them is drawn again. Item models return :func:`icon` from ``data()``, so their views pick
the new colours up on their next paint.
"""

from __future__ import annotations

import weakref
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from shiboken6 import isValid

from npviewer import paths
from npviewer.ui.common.icon_tint import Tint, palette_key
from npviewer.ui.common.palette_fit import on_palette_change

if TYPE_CHECKING:  # only named here: every class imported costs the first paint (QStyle alone 5 ms)
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QTabWidget

    Target = QAction | QAbstractButton

#: Which icon each kind of entry shows in the tree, the results and the bookmarks.
KIND_ICONS = {
    "region": "region",
    "country": "place",
    "area": "place",
    "profile": "point",
    "direction": "direction",
    "measure": "measure",
    "submeasure": "measure",
    "note": "note",
    "programme": "programme",
    "body": "programme",
    "initiative": "programme",
    "strategy": "programme",
    "topic": "topic",
    "meeting": "event",
    "forum": "event",
    "summit": "event",
    "milestone": "event",
    "point": "point",
    "figure": "figure",
    "group": "group",
    "document": "note",
}
DISABLED_OPACITY = 0.4


class _SvgEngine(QIconEngine):
    """Draws one SVG at any size and device pixel ratio (half-transparent when disabled)."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderer = QSvgRenderer(QByteArray(svg))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Override QIconEngine.paint."""
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(DISABLED_OPACITY)
        self._renderer.render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Override QIconEngine.pixmap."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        """Override QIconEngine.scaledPixmap: sharp at 1.5x and 2x."""
        pixels = size * scale
        width, height = max(1, pixels.width()), max(1, pixels.height())
        # Transparent from zeroed bytes: any QImage.fill() resolves its overloads through Qt.GlobalColor,
        # and the first use of the Qt namespace costs the window's first frame 15 ms.
        image = QImage(bytes(width * height * 4), width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
        image = image.copy()  # its own pixels, not the bytes'
        painter = QPainter(image)
        self.paint(painter, image.rect(), mode, state)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        """Override QIconEngine.clone."""
        return _SvgEngine(self._svg)


def _file(name: str) -> Path | None:
    folder = paths.resources_dir() / "icons"
    for suffix in (".svg", ".png"):
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


@cache
def _source(name: str) -> str | None:
    path = _file(name)
    return path.read_text(encoding="utf-8") if path is not None and path.suffix == ".svg" else None


@cache
def _icon(name: str, key: tuple[int, int, int]) -> QIcon:
    svg = _source(name)
    if svg is None:
        path = _file(name)
        return QIcon(str(path)) if path is not None else QIcon()
    tinted = Tint(QGuiApplication.palette()).svg(svg)
    return QIcon(_SvgEngine(tinted.encode("utf-8")))


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (or ``.png``) in the palette's colours; an empty icon
    if there is none."""
    return _icon(name, palette_key(QGuiApplication.palette()))


def kind_icon(kind: str) -> QIcon:
    """The icon for a kind of entry."""
    return icon(KIND_ICONS.get(kind, "note"))


@cache
def app_icon() -> QIcon:
    """npviewer's own icon, in its own colours whatever the palette."""
    path = _file("npviewer")
    return QIcon(str(path)) if path is not None else QIcon()


_shown: weakref.WeakKeyDictionary[Target, str] = weakref.WeakKeyDictionary()
_tabs: weakref.WeakKeyDictionary[QTabWidget, dict[int, str]] = weakref.WeakKeyDictionary()


def set_icon(target: Target, name: str) -> None:
    """Show icon ``name`` on a button or action, and draw it again when the palette changes."""
    on_palette_change(refresh)
    _shown[target] = name
    target.setIcon(icon(name))


def set_tab_icon(tabs: QTabWidget, index: int, name: str) -> None:
    """Show icon ``name`` on a tab, and draw it again when the palette changes."""
    on_palette_change(refresh)
    _tabs.setdefault(tabs, {})[index] = name
    tabs.setTabIcon(index, icon(name))


def close_button(box: QDialogButtonBox) -> None:
    """Where the style puts icons on dialog buttons, the Close button shows ours, drawn from the
    palette (the style's own cross is drawn for a light window: 1.3:1 on a dark one)."""
    from PySide6.QtWidgets import QDialogButtonBox, QStyle

    button = box.button(QDialogButtonBox.StandardButton.Close)
    if button is not None and box.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons):
        set_icon(button, "close")


def refresh() -> None:
    """Draw every remembered icon in the palette's colours of the moment."""
    for target, name in list(_shown.items()):
        if isValid(target):
            target.setIcon(icon(name))
    for tabs, names in list(_tabs.items()):
        if isValid(tabs):
            for index, name in names.items():
                tabs.setTabIcon(index, icon(name))
