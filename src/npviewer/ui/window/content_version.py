"""The status bar's note of the content in use when it came from a pack: its version as its provenance
labels it (``Content 2030.01.02 (unsigned)``), so that content no trusted key vouches for is never
read without the word that says so; then also in the palette's warning colour (at least 4.5:1 on the
status bar), and bold. Hidden for the content bundled with npviewer."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.store.provenance import BUNDLED, Provenance
from npviewer.ui.common.contrast import is_dark, readable
from npviewer.ui.common.plain import tooltip
from npviewer.ui.common.text_colours import AMBER
from npviewer.ui.common.themed_browser import PALETTE_EVENTS


class ContentVersionLabel(QLabel):
    """Shows :meth:`Provenance.label` of the content in use (:meth:`show_for`), its sentence on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentVersionLabel")
        self.provenance: Provenance | None = None
        self.hide()

    def show_for(self, library: Library | None) -> None:
        """The content ``library`` reads (hidden for none, or for the bundled content)."""
        self.provenance = library.provenance if library is not None else None
        self.retranslate()

    def retranslate(self) -> None:
        """The words in the interface language (the window calls this on a language change)."""
        provenance = self.provenance
        if provenance is None or provenance.status == BUNDLED:
            self.hide()
            return
        text = translate("MainWindow", "Content {version}").format(version=provenance.label())
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(tooltip(provenance.sentence()))
        self._restyle()
        self.show()

    def warning_colour(self) -> QColor:
        """The amber of a warning, made to read at least 4.5:1 on the status bar's background."""
        palette = self.palette()
        return readable(QColor(AMBER[int(is_dark(palette))]), palette.color(QPalette.ColorRole.Window))

    def _restyle(self) -> None:
        marked = self.provenance is not None and self.provenance.marked
        sheet = f"QLabel {{ color: {self.warning_colour().name()}; font-weight: bold; }}" if marked else ""
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        """Override QLabel.changeEvent: a new palette (a dark theme) gets its own warning colour."""
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()
