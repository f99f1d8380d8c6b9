"""The brief from the real window over the real content: the export dialog's choices (short or with the
full dossier, PDF, Word or HTML) reach the file written, and Export Brief for This Meeting briefs the
meeting (or the body's latest) on show, from the File menu and the entry's context menu."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import docx
import html5lib
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.brief.dialog import BriefExportDialog
from npviewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WindowFactory = Callable[..., MainWindow]  # the make_window fixture: tests/ui/conftest.py


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def export_through_dialog(
    qtbot: QtBot, window: MainWindow, open_dialog: Callable[[], None], answer: Callable[[BriefExportDialog], None]
) -> tuple[Path, BriefExportDialog]:
    """Open the dialog as the user does, let ``answer`` make the choices, press Export, wait for the file."""
    controller = window.brief_controller()
    controller.interactive = False
    seen: list[BriefExportDialog] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BriefExportDialog)
        seen.append(dialog)
        answer(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        export = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert export.text() == "Export"
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)

    with qtbot.wait_active(window):  # back from the last dialog: the window's keys work again
        window.activateWindow()
    QTimer.singleShot(0, fill)
    with qtbot.wait_signal(controller.finished, timeout=120_000) as done:
        open_dialog()
    assert controller.wait()
    return Path(str(done.args[0])), seen[0]


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_each_choice_of_the_dialog_reaches_the_file_written(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library, tmp_path: Path
) -> None:
    window = make_window(bundled)
    window.navigator.open("eastern")
    ctrl_e = lambda: qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # noqa: E731

    def short_pdf(dialog: BriefExportDialog) -> None:
        assert dialog.short.isChecked() and dialog.format.currentData() == "pdf"  # the defaults
        dialog.path.setText(str(tmp_path / "short.pdf"))

    short, _ = export_through_dialog(qtbot, window, ctrl_e, short_pdf)
    assert short == tmp_path / "short.pdf" and pages(short) <= 4
    assert "This is the short brief." in " ".join(pdf_text(short).split())

    def full_pdf(dialog: BriefExportDialog) -> None:
        _click(qtbot, dialog.full)
        dialog.path.setText(str(tmp_path / "full.pdf"))

    full, _ = export_through_dialog(qtbot, window, ctrl_e, full_pdf)
    assert pages(full) > pages(short) + 4, "the full dossier follows the short brief as annexes"
    assert "The annexes give the complete dossier" in " ".join(pdf_text(full).split())

    def word(dialog: BriefExportDialog) -> None:
        assert dialog.full.isChecked(), "the last choice is remembered"
        _click(qtbot, dialog.short)
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        dialog.path.setText(str(tmp_path / "for the cable"))

    written, _ = export_through_dialog(qtbot, window, ctrl_e, word)
    assert written == tmp_path / "for the cable.docx"
    document = docx.Document(str(written))
    styles = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Title", "Heading 1"} & styles and any(s.startswith("Heading") for s in styles)
    assert any("Eastern Region" in p.text for p in document.paragraphs)

    def web(dialog: BriefExportDialog) -> None:
        assert dialog.format.currentData() == "docx", "the last format is remembered"
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        dialog.path.setText(str(tmp_path / "brief.html"))

    page, _ = export_through_dialog(qtbot, window, ctrl_e, web)
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root = parser.parse(page.read_bytes())
    assert parser.errors == [] and root.get("lang") == "en"
    assert "Eastern Region" in "".join(root.itertext())


def test_export_brief_for_this_meeting_briefs_the_meeting_on_show(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library, tmp_path: Path
) -> None:
    window = make_window(bundled)
    action = window.act["brief_meeting"]
    assert action in window.act.menus["file"].actions()
    window.navigator.open("eastern")
    assert not action.isEnabled(), "a region has no meeting brief"
    window.navigator.open("ru-fe-subcommittee-13")
    assert action.isEnabled() and action.text() == "Export Brief for This &Meeting…"
    menu = window.detail.browser.context_menu(QPoint(10, 10))
    assert action in menu.actions(), "the entry's context menu offers it"
    menu.deleteLater()

    def keep(dialog: BriefExportDialog) -> None:
        assert dialog.region.currentData() == "ru-fe-subcommittee-13"
        assert dialog.output().name == "13th meeting of the Korea-Russian Far East and Siberia Sub-committee brief.pdf"
        dialog.path.setText(str(tmp_path / "meeting.pdf"))

    written, _ = export_through_dialog(qtbot, window, action.trigger, keep)
    text = " ".join(pdf_text(written).split())
    assert pages(written) <= 4
    assert "Krutikov" in text and "12 December 2019" in text and "12th meeting" in text


def test_a_body_briefs_its_latest_meeting(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library, tmp_path: Path
) -> None:
    window = make_window(bundled)
    window.navigator.open("ru-fe-subcommittee")
    assert window.act["brief_meeting"].isEnabled()

    def keep(dialog: BriefExportDialog) -> None:
        assert dialog.region.currentText().endswith(": its latest meeting")
        dialog.path.setText(str(tmp_path / "body.pdf"))

    written, _ = export_through_dialog(qtbot, window, window.act["brief_meeting"].trigger, keep)
    assert pages(written) <= 4 and "Krutikov" in pdf_text(written)


def test_ctrl_e_on_a_meeting_offers_it_beside_its_region(qtbot: QtBot, make_window: WindowFactory) -> None:
    """Ctrl+E asks for the region's brief; the meeting on show is there to choose too."""
    window = make_window()
    window.navigator.open("meeting-13")
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BriefExportDialog)
        seen["first"], seen["chosen"] = dialog.region.itemData(0), dialog.region.currentData()
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"first": "meeting-13", "chosen": "eastern"}
