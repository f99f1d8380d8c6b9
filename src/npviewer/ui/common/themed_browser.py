"""A text browser whose page takes its colours from the palette, and is drawn again in the new colours
when the palette changes while it is shown (a desktop switching to its dark theme)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from npviewer.ui.common.text_colours import TextColours, base_rules, text_colours

StyleSheet = Callable[[TextColours], str]
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class ThemedBrowser(QTextBrowser):
    """Sets its document's style sheet from ``style_sheet(colours of its palette)`` before each page."""

    def __init__(self, parent: QWidget | None = None, style_sheet: StyleSheet = base_rules) -> None:
        super().__init__(parent)
        self._style_sheet = style_sheet
        self._html = ""
        self.apply_palette()

    def apply_palette(self) -> None:
        """Give the document the style sheet for the palette in use (for the next page set)."""
        sheet = self._style_sheet(text_colours(self.palette()))
        if sheet != self.document().defaultStyleSheet():
            self.document().setDefaultStyleSheet(sheet)

    @property
    def page_html(self) -> str:
        """The HTML last set (the page on show)."""
        return self._html

    def setHtml(self, text: str) -> None:
        """Override QTextBrowser.setHtml: show ``text`` in the palette's colours, and keep it to draw
        again when the palette changes."""
        self._html = text
        self.apply_palette()
        super().setHtml(text)

    def redraw(self) -> None:
        """Show the page again in the palette's colours, where it was scrolled to."""
        scrolled = self.verticalScrollBar().value()
        self.setHtml(self._html)
        self.verticalScrollBar().setValue(scrolled)

    def changeEvent(self, event: QEvent) -> None:
        """Override QTextBrowser.changeEvent: a new palette draws the page again."""
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS and self._html:
            before = self.document().defaultStyleSheet()
            self.apply_palette()
            if self.document().defaultStyleSheet() != before:
                self.redraw()
