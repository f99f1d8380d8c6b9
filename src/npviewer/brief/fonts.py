"""Registers the bundled NanumGothic font (Latin, Hangul, Cyrillic) so every PDF embeds it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from npviewer.store import paths

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
_registered: str | None = None
_app: QGuiApplication | None = None


class FontError(RuntimeError):
    """The bundled font is missing or unreadable."""


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("a QCoreApplication is running: the brief needs a QGuiApplication for fonts")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["npviewer"])
    return _app


def register_fonts() -> str:
    """Add the bundled fonts to Qt's database once; returns the family name to use."""
    global _registered
    if _registered is not None:
        return _registered
    ensure_gui_application()
    family = ""
    for name in FONT_FILES:
        path = fonts_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FontError(
                f"cannot load the font {path}: the file is missing or damaged. Reinstall npviewer "
                "(the brief needs its bundled NanumGothic font)."
            )
        family = family or families[0]
    _registered = family
    if _app is not None:
        # Our own headless application: let text drawn with the default font (map labels) use it too.
        QGuiApplication.setFont(QFont(family))
    return family
