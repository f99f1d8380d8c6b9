"""Colours chosen from the palette in use, never fixed: text at least 4.5:1 against its background
(WCAG 2 AA), marks at least 3:1, in a light palette and in a dark one alike.

* :func:`muted`: a quieter text colour (meta lines, dimmed labels), as quiet as 4.5:1 allows.
* :func:`readable`: a colour of a given hue (a warning's amber, a kind's blue) made dark or light
  enough to read on the background.
* :func:`is_dark`: whether a palette is a dark one (light text on a dark window).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5  # normal text
MARKS = 3.0  # marks, icons and large text
SAFETY = 1.05  # a colour chosen at a limit stays over it once rounded to 8 bits and antialiased


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(one: QColor, other: QColor, amount: float) -> QColor:
    """``one`` moved ``amount`` (0 to 1) of the way to ``other``."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * amount,
        one.greenF() + (other.greenF() - one.greenF()) * amount,
        one.blueF() + (other.blueF() - one.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    """A dark palette: the window is darker than its text."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(palette.color(QPalette.ColorRole.WindowText))


def selection(palette: QPalette, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
    """The palette's selection colour, darkened (or lightened) just enough for its selected text to
    read at 4.5:1 (white on Qt's default blue reads at only 3.7:1)."""
    text = palette.color(group, QPalette.ColorRole.HighlightedText)
    return readable(palette.color(group, QPalette.ColorRole.Highlight), text)


def muted(text: QColor, background: QColor, minimum: float = TEXT) -> QColor:
    """The colour between ``text`` and ``background`` nearest the background that still reads at
    ``minimum`` (``text`` itself if even that does not)."""
    minimum *= SAFETY
    if ratio(text, background) <= minimum:
        return QColor(text)
    # the farthest towards the background that still reads
    return mix(text, background, _edge(lambda t: ratio(mix(text, background, t), background) < minimum))


def readable(colour: QColor, background: QColor, minimum: float = TEXT) -> QColor:
    """``colour`` darkened (on a light background) or lightened (on a dark one) just enough to reach
    ``minimum`` against ``background``; its hue is kept."""
    if ratio(colour, background) >= minimum:
        return QColor(colour)
    minimum *= SAFETY
    target = QColor("black") if luminance(background) > 0.18 else QColor("white")
    # the least towards black (or white) that reads
    return mix(colour, target, _edge(lambda t: ratio(mix(colour, target, t), background) >= minimum, last=True))


def _edge(passes: Callable[[float], bool], last: bool = False) -> float:
    """Where along 0..1 ``passes`` turns from false to true (or true to false): bisected to 2**-18.

    Returns the last point before the turn, or the first after it when ``last``."""
    low, high = 0.0, 1.0
    for _ in range(18):
        middle = (low + high) / 2
        if passes(middle):
            high = middle
        else:
            low = middle
    return high if last else low
