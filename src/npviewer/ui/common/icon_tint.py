"""The icons' colours fitted to the palette in use: the SVGs are drawn for a light window, and under a
dark one most of their grey ink would vanish.

The neutral ink (:data:`INK`) becomes the palette's window text, softened; every other outline, and
every mark drawn with no outline, keeps its hue and is made to stand out at least 3:1 on the window
and the base colour (:func:`npviewer.ui.common.contrast.readable`); the inside of an outlined shape is only
background for its outline, and under a dark palette takes the same hue at the opposite lightness (a
white sheet turns dark). White marks with no outline (the dot in a pin) stay white: they sit on a
shape, not on the window.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

from npviewer.ui.common.contrast import MARKS, is_dark, muted, readable

#: The grey ink the icons are drawn in.
INK = frozenset({"#37474f", "#455a64"})
#: How strongly the ink stands out: about as much as the icons' own grey on a light window.
INK_CONTRAST = 8.0
#: Under a dark palette, the inside of a shape is at least this much lighter than the window.
INSIDE_LIFT = 16
_TAG = re.compile(r"<(?!/)[^>]+>")
_PAINT = re.compile(r'\b(fill|stroke)="(#[0-9a-fA-F]{3,6})"')


class Tint:
    """Maps the colours of an icon's SVG to colours for one palette."""

    def __init__(self, palette: QPalette) -> None:
        self.window = palette.color(QPalette.ColorRole.Window)
        self.base = palette.color(QPalette.ColorRole.Base)
        self.dark = is_dark(palette)
        self.ink = muted(palette.color(QPalette.ColorRole.WindowText), self.window, INK_CONTRAST).name()

    def mark(self, colour: QColor) -> str:
        """A colour standing out on both the window and the base colour."""
        return readable(readable(colour, self.window, MARKS), self.base, MARKS).name()

    def inside(self, colour: QColor) -> str:
        if not self.dark:
            return colour.name()
        lightness = max(255 - colour.lightness(), self.window.lightness() + INSIDE_LIFT)
        return QColor.fromHsl(max(colour.hslHue(), 0), colour.hslSaturation(), min(lightness, 255)).name()

    def colour(self, value: str, part: str, outlined: bool) -> str:
        if value.lower() in INK:
            return self.ink
        colour = QColor(value)
        if part == "fill" and outlined:
            return self.inside(colour)
        if part == "fill" and colour.lightness() >= 240:
            return colour.name()
        return self.mark(colour)

    def svg(self, text: str) -> str:
        """``text`` (an SVG) with its colours fitted to the palette."""

        def tag(match: re.Match[str]) -> str:
            element = match.group(0)
            outlined = bool(re.search(r'\bstroke="#', element))

            def paint(found: re.Match[str]) -> str:
                part, value = found.group(1), found.group(2)
                return f'{part}="{self.colour(value, part, outlined)}"'

            return _PAINT.sub(paint, element)

        return _TAG.sub(tag, text)


def palette_key(palette: QPalette) -> tuple[int, int, int]:
    """What an icon's colours depend on: the window, its text and the base colour."""
    window, text, base = (palette.color(r).rgba() for r in (QPalette.ColorRole.Window,
                          QPalette.ColorRole.WindowText, QPalette.ColorRole.Base))  # fmt: skip
    return window, text, base
