"""The colours of the window's rich text (the entry, the help, What changed, About), taken from the
palette in use and made to read at least 4.5:1 on its base colour, in a light palette and a dark one.

The HTML itself names classes (``muted``, ``status``, ``missing``), never colours: the style sheets
built here give them their colours, and a view builds its style sheet again when the palette changes.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from npviewer.ui.common.contrast import luminance, muted, readable

#: Hues for notices (amber) and for what is missing or wrong (red): a darker one to start from on a
#: light base, a lighter one on a dark base; :func:`readable` then guarantees the contrast.
AMBER = ("#8a4b00", "#e6a23c")
RED = ("#8a1c1c", "#f08080")


class TextColours(NamedTuple):
    """Colours (``#rrggbb``) for text on the base colour of a text view."""

    base: str
    text: str
    muted: str
    status: str
    missing: str
    link: str


def text_colours(palette: QPalette) -> TextColours:
    """The colours for rich text on ``palette``'s base colour."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = int(dark_base(palette))
    return TextColours(
        base=base.name(),
        text=readable(text, base).name(),
        muted=muted(text, base).name(),
        status=readable(QColor(AMBER[dark]), base).name(),
        missing=readable(QColor(RED[dark]), base).name(),
        link=readable(palette.color(QPalette.ColorRole.Link), base).name(),
    )


def dark_base(palette: QPalette) -> bool:
    """Whether text views are dark: light text on a dark base colour."""
    return luminance(palette.color(QPalette.ColorRole.Base)) < luminance(palette.color(QPalette.ColorRole.Text))


def base_rules(colours: TextColours) -> str:
    """Style-sheet rules every rich-text view shares: links, muted, status and missing text."""
    return f"""
a {{ color: {colours.link}; }}
p.muted, span.muted {{ color: {colours.muted}; }}
p.status, span.status {{ color: {colours.status}; }}
p.missing, span.missing {{ color: {colours.missing}; }}
"""
