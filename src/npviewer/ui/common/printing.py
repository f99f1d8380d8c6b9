"""Print what is shown (File > Print, Ctrl+P) with Qt's print dialog, and File > Print Preview.

What is shown is asked of the print sources, in turn: a source is a function giving a
:class:`PrintJob` for what it shows now, or None when it shows nothing to print. The window adds the
entry pane's (the entry or the source document on show); a part that shows something else printable
adds its own ahead of it (:meth:`PrintService.add_source` with ``first=True``: a brief's preview,
while it is the active window, gives its pages), and Ctrl+P prints that instead. A job prints itself
on any paged device (a printer, the preview, a PDF file in the tests).

Pages are printed in a light palette's colours whatever the window's theme: paper is white.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from npviewer.i18n import translate


class PrintJob(Protocol):
    """Something to print: its title (the print dialog's and the printer queue's) and its pages."""

    @property
    def title(self) -> str: ...

    def print_to(self, printer: QPrinter) -> None:
        """Lay the pages out on ``printer``'s page and paint them."""
        ...


class DocumentJob:
    """A rich-text document to print (an entry's page), made when it is printed (asking whether there is
    something to print stays cheap): Qt lays it out on the page and numbers the pages."""

    def __init__(self, title: str, make: Callable[[], QTextDocument]) -> None:
        self._title = title
        self._make = make
        self._document: QTextDocument | None = None

    @property
    def title(self) -> str:
        return self._title

    @property
    def document(self) -> QTextDocument:
        if self._document is None:
            self._document = self._make()
        return self._document

    def print_to(self, printer: QPrinter) -> None:
        printer.setDocName(self._title)
        self.document.print_(printer)


PrintSource = Callable[[], "PrintJob | None"]


class PrintService(QObject):
    """Finds what is shown and prints it, through the print dialog or the preview."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._sources: list[PrintSource] = []
        #: The dialog on show (for tests and for the window to close with itself).
        self.dialog: QDialog | None = None

    def add_source(self, source: PrintSource, *, first: bool = False) -> None:
        """Ask ``source`` for what to print (before the others when ``first``)."""
        if first:
            self._sources.insert(0, source)
        else:
            self._sources.append(source)

    def job(self) -> PrintJob | None:
        """What is shown, as the first source that shows something printable gives it."""
        return next((job for source in self._sources if (job := source()) is not None), None)

    def print_shown(self) -> bool:
        """Qt's print dialog for what is shown; True when it was printed."""
        job = self.job()
        if job is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job.title)
        dialog = self.dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(translate("MainWindow", "Print “{title}”").format(title=job.title))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            job.print_to(printer)
            return True
        finally:
            self.dialog = None

    def preview_shown(self) -> None:
        """Qt's print preview of what is shown (it prints from there too)."""
        job = self.job()
        if job is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job.title)
        dialog = self.dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(translate("MainWindow", "Print preview: {title}").format(title=job.title))
        dialog.paintRequested.connect(job.print_to)
        try:
            dialog.exec()
        finally:
            self.dialog = None
