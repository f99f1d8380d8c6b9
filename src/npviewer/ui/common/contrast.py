"""Colours chosen from the palette in use, never fixed: text at least 4.5:1 against its background
(WCAG 2 AA), marks at least 3:1, in a light palette and in a dark one alike.

* :func:`muted`: a quieter text colour (meta lines, dimmed labels), as quiet as 4.5:1 allows.
* :func:`readable`: a colour of a given hue (a warning's amber, a kind's blue) made dark or light
  enough to read on the background.
* :func:`selection`: the selection colour fitted both to its text and to the list around it.
* :func:`is_dark`: whether a palette is a dark one (light text on a dark window).

The arithmetic is done on plain floats (a colour is read once, and made once at the end): the
window fits its palette before its first paint, and a bisection through ``QColor`` calls cost it 20 ms.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5  # normal text
MARKS = 3.0  # marks, icons and large text
SAFETY = 1.05  # a colour chosen at a limit stays over it once rounded to 8 bits and antialiased

Rgb = tuple[float, float, float]


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _lum(rgb: Rgb) -> float:
    return 0.2126 * _channel(rgb[0]) + 0.7152 * _channel(rgb[1]) + 0.0722 * _channel(rgb[2])


def _rgb(colour: QColor) -> Rgb:
    return colour.redF(), colour.greenF(), colour.blueF()


def _ratio(a: float, b: float) -> float:
    return (a + 0.05) / (b + 0.05) if a >= b else (b + 0.05) / (a + 0.05)


def _mix(one: Rgb, other: Rgb, amount: float) -> Rgb:
    return (
        one[0] + (other[0] - one[0]) * amount,
        one[1] + (other[1] - one[1]) * amount,
        one[2] + (other[2] - one[2]) * amount,
    )


def _colour(rgb: Rgb) -> QColor:
    return QColor.fromRgbF(*rgb)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return _lum(_rgb(colour))


def ratio(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    return _ratio(luminance(one), luminance(other))


def mix(one: QColor, other: QColor, amount: float) -> QColor:
    """``one`` moved ``amount`` (0 to 1) of the way to ``other``."""
    return _colour(_mix(_rgb(one), _rgb(other), amount))


def is_dark(palette: QPalette) -> bool:
    """A dark palette: the window is darker than its text."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(palette.color(QPalette.ColorRole.WindowText))


def selection(palette: QPalette, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
    """The palette's selection colour, fitted (see :func:`fit_selection`) to its selected text and to
    the list around it (white on Qt's default blue reads at only 3.7:1)."""
    return fit_selection(palette, group)[0]


def fit_selection(palette: QPalette, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> tuple[QColor, QColor]:
    """The selection colour and its text's: the text at 4.5:1 on the selection, the selection at 3:1
    against the list's base colour, so that the current row shows whether or not its list has the focus.

    The palette's own selection colour is darkened (or lightened) the least that does both; when its
    text colour cannot allow it (white text on a dark list leaves a narrow band of blues), black or
    white text is taken instead, whichever lets the hue move least."""
    highlight = palette.color(group, QPalette.ColorRole.Highlight)
    text = palette.color(group, QPalette.ColorRole.HighlightedText)
    h, lb = _rgb(highlight), luminance(palette.color(group, QPalette.ColorRole.Base))

    def fitted_for(colour: QColor) -> Rgb | None:
        lt = luminance(colour)
        fitted = h if _ratio(_lum(h), lt) >= TEXT else _towards(h, lt, TEXT * SAFETY)
        if _ratio(_lum(fitted), lb) < MARKS:  # then away from the list's colour, if the text allows
            fitted = _towards(fitted, lb, MARKS * SAFETY)
        return fitted if _ratio(_lum(fitted), lt) >= TEXT and _ratio(_lum(fitted), lb) >= MARKS else None

    own = fitted_for(text)
    if own is not None:
        return _colour(own), copy.copy(text)
    found = [(fitted, colour) for colour in (QColor(0, 0, 0), QColor(255, 255, 255)) if (fitted := fitted_for(colour))]
    if not found:
        return readable(highlight, text), copy.copy(text)
    fitted, colour = min(found, key=lambda pair: sum(abs(a - b) for a, b in zip(pair[0], h, strict=True)))
    return _colour(fitted), colour


def muted(text: QColor, background: QColor, minimum: float = TEXT) -> QColor:
    """The colour between ``text`` and ``background`` nearest the background that still reads at
    ``minimum`` (``text`` itself if even that does not)."""
    minimum *= SAFETY
    t, b = _rgb(text), _rgb(background)
    lb = _lum(b)
    if _ratio(_lum(t), lb) <= minimum:
        return copy.copy(text)  # not QColor(text): its overloads load the Qt namespace (15 ms)
    # the farthest towards the background that still reads
    return _colour(_mix(t, b, _edge(lambda x: _ratio(_lum(_mix(t, b, x)), lb) < minimum)))


def readable(colour: QColor, background: QColor, minimum: float = TEXT) -> QColor:
    """``colour`` darkened (on a light background) or lightened (on a dark one) just enough to reach
    ``minimum`` against ``background``; its hue is kept."""
    c, lb = _rgb(colour), luminance(background)
    if _ratio(_lum(c), lb) >= minimum:
        return copy.copy(colour)
    return _colour(_towards(c, lb, minimum * SAFETY))


def _towards(c: Rgb, background: float, minimum: float) -> Rgb:
    """``c`` moved the least towards black (on a light background) or white that reads at ``minimum``."""
    target = (0.0, 0.0, 0.0) if background > 0.18 else (1.0, 1.0, 1.0)
    return _mix(c, target, _edge(lambda x: _ratio(_lum(_mix(c, target, x)), background) >= minimum, last=True))


def standing_out(colour: QColor, backgrounds: tuple[QColor, ...], minimum: float = MARKS) -> QColor:
    """``colour`` made to stand out at least ``minimum`` against each of ``backgrounds`` (a focus ring
    between a pane and the window): moved the least towards black or towards white, whichever can
    reach it against all of them (else it is fitted to the first one)."""
    c = _rgb(colour)
    lums = [luminance(b) for b in backgrounds]
    if all(_ratio(_lum(c), lb) >= minimum for lb in lums):
        return copy.copy(colour)
    goal = minimum * SAFETY
    for target in ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0)):
        if all(_ratio(_lum(target), lb) >= goal for lb in lums):

            def passes(x: float, target: Rgb = target) -> bool:
                return min(_ratio(_lum(_mix(c, target, x)), lb) for lb in lums) >= goal

            return _colour(_mix(c, target, _edge(passes, last=True)))
    return readable(colour, backgrounds[0], minimum)


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
