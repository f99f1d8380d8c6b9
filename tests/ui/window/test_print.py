"""Printing what is shown: File > Print (the platform's Print key, Ctrl+P) opens Qt's print dialog,
File > Print Preview its preview; the entry prints in a light palette's colours whatever the theme,
every line of it, on numbered pages (printed here to a PDF file and read back with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.common.theme import choose_theme, use_theme
from npviewer.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def test_print_has_the_standard_key_and_is_there_only_for_an_entry(make_window: WindowFactory) -> None:
    window = make_window()
    action = window.act["print"]
    assert QKeySequence(QKeySequence.StandardKey.Print) in action.shortcuts()
    assert "file" in window.act.menus and action in window.act.menus["file"].actions()
    assert not action.isEnabled()  # the welcome page: nothing to print
    window.navigator.open("eastern-rajin-khasan")
    assert action.isEnabled() and window.act["print_preview"].isEnabled()


def test_ctrl_p_opens_the_print_dialog_and_the_preview_shows_the_pages(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.navigator.open("eastern-rajin-khasan")
    seen: list[str] = []

    def answer() -> None:
        dialog = window.printing.dialog
        seen.append(type(dialog).__name__)
        if isinstance(dialog, QPrintPreviewDialog):
            preview = dialog.findChild(QPrintPreviewWidget)
            assert isinstance(preview, QPrintPreviewWidget)
            seen.append(str(preview.pageCount()))
        assert dialog is not None
        dialog.reject()

    QTimer.singleShot(200, answer)
    window.act["print"].trigger()
    QTimer.singleShot(500, answer)
    window.act["print_preview"].trigger()
    assert seen[0] == QPrintDialog.__name__
    assert seen[1] == QPrintPreviewDialog.__name__ and int(seen[2]) >= 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_entry_prints_whole_in_light_colours_under_the_dark_theme(
    qapp: QApplication, make_window: WindowFactory, mini_library: Library, tmp_path: Path
) -> None:
    choose_theme("dark")
    try:
        window = make_window(mini_library)
        window.navigator.open("eastern-rajin-khasan")
        job = window.printing.job()
        assert job is not None and job.title == window.navigator.shown_title
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = tmp_path / "entry.pdf"
        printer.setOutputFileName(str(target))
        job.print_to(printer)
    finally:
        use_theme("system")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    shown = window.detail.browser.toPlainText()
    for line in (line.strip() for line in shown.splitlines()):
        if line:
            assert " ".join(line.split()[:4]) in " ".join(text.split()), line  # every line is on paper
    document = job.document  # type: ignore[attr-defined]
    sheet = document.defaultStyleSheet()
    assert "#fcfcfc" not in sheet  # not the dark theme's text colour: paper is white
