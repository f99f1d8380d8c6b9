"""The bundled fonts, registered before the window's first paint so that Hangul, Cyrillic and the
provinces' Chinese names never show as boxes, whatever fonts the machine has.

Every ``.ttf``/``.otf`` in ``resources/fonts`` is added to Qt's font database as an application
font. Qt's font fallback then reaches them for any character the window's own font lacks (with
fontconfig they join its application font set, which its fallback search includes). Registering
costs a few milliseconds: fontconfig reads each file's character map, not its glyphs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from npviewer import paths

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")
_families: tuple[str, ...] | None = None


def font_files() -> list[Path]:
    """The bundled font files, in name order."""
    folder = paths.resources_dir() / "fonts"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES and p.is_file())


def register_bundled_fonts() -> tuple[str, ...]:
    """Add the bundled fonts to Qt's database (once per process); returns their family names.

    Needs a QGuiApplication. A missing or damaged file is logged and skipped: the window still
    opens, with whatever the system offers for those characters.
    """
    global _families
    if _families is not None:
        return _families
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not names:
            log.warning("could not load the bundled font %s", path)
        families.extend(n for n in names if n not in families)
    if not families:
        log.warning("no bundled font could be loaded from %s", paths.resources_dir() / "fonts")
    _families = tuple(families)
    return _families
