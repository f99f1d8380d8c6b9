"""The export dialog and controller: options, a real export off the GUI thread, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from npviewer.brief.export import BriefChoice
from npviewer.store.library import Library
from npviewer.ui.brief.dialog import BriefExportDialog, documents_folder
from npviewer.ui.brief.export import BriefExportController


def test_dialog_defaults_to_the_region_and_the_documents_folder(real_library: Library, qtbot: QtBot) -> None:
    countries = real_library.repo.refs_of_kind(("country",))
    dialog = BriefExportDialog(real_library.repo.regions(), "eastern", countries=countries)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice == BriefChoice("eastern", format="pdf", lang="en", paper="A4", include_notes=False, full=False)
    assert dialog.output() == documents_folder() / "Eastern Region brief.pdf"
    subjects = [dialog.region.itemData(i) for i in range(dialog.region.count())]
    assert {"western", "russia", "mongolia", "bookmarks"} <= set(subjects)
    dialog.region.setCurrentIndex(dialog.region.findData("central"))
    assert dialog.output().name == "Central Region brief.pdf"
    dialog.region.setCurrentIndex(dialog.region.findData("mongolia"))
    assert dialog.output().name == "Mongolia brief.pdf"
    dialog.path.setText("/tmp/mine.pdf")
    dialog.path.textEdited.emit("/tmp/mine.pdf")
    dialog.region.setCurrentIndex(dialog.region.findData("western"))
    assert dialog.output() == Path("/tmp/mine.pdf")
    dialog.region.setCurrentIndex(dialog.region.findData("bookmarks"))
    assert dialog.choice().bookmarks and dialog.choice().subject is None


def test_the_file_name_follows_the_format_and_the_format_the_file_name(real_library: Library, qtbot: QtBot) -> None:
    """Word or HTML chosen: the name ends .docx or .html (paper is no choice for a web page); a name typed
    with .docx chooses Word."""
    dialog = BriefExportDialog(real_library.repo.regions(), "eastern")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.output().name == "Eastern Region brief.docx" and dialog.choice().format == "docx"
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.output().name == "Eastern Region brief.html" and not dialog.paper.isEnabled()
    dialog.path.setText("/tmp/for the cable.docx")
    dialog.path.textEdited.emit("/tmp/for the cable.docx")
    assert dialog.choice().format == "docx" and dialog.paper.isEnabled()
    dialog.path.setText("/tmp/no suffix")
    dialog.path.textEdited.emit("/tmp/no suffix")
    assert dialog.output() == Path("/tmp/no suffix.docx")


def test_short_or_full_and_the_format_are_remembered(real_library: Library, qtbot: QtBot) -> None:
    first = BriefExportDialog(real_library.repo.regions(), "eastern")
    qtbot.addWidget(first)
    assert first.short.isChecked() and first.choice().full is False  # the short brief by default
    first.full.setChecked(True)
    first.format.setCurrentIndex(first.format.findData("html"))
    first.accept()
    again = BriefExportDialog(real_library.repo.regions(), "central")
    qtbot.addWidget(again)
    assert again.full.isChecked() and again.choice().full is True
    assert again.choice().format == "html" and again.output().name == "Central Region brief.html"


def test_a_meeting_is_offered_first_and_chosen(real_library: Library, qtbot: QtBot) -> None:
    meeting = real_library.repo.ref("ru-fe-subcommittee-13")
    body = real_library.repo.ref("ru-fe-subcommittee")
    assert meeting is not None and body is not None
    dialog = BriefExportDialog(real_library.repo.regions(), meeting.id, meeting=meeting)
    qtbot.addWidget(dialog)
    assert dialog.region.itemData(0) == meeting.id and dialog.region.currentIndex() == 0
    assert dialog.choice().meeting == meeting.id and dialog.choice().subject is None
    assert dialog.output().name == f"{meeting.title} brief.pdf"
    for_body = BriefExportDialog(real_library.repo.regions(), body.id, meeting=body)
    qtbot.addWidget(for_body)
    assert for_body.region.currentText() == f"{body.title}: its latest meeting"
    assert for_body.choice().meeting == body.id
    for_body.region.setCurrentIndex(for_body.region.findData("eastern"))
    assert for_body.choice().meeting is None and for_body.choice().subject == "eastern"


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """The controller's parent, kept alive by the test (the controller holds no reference to it)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def _controller(real_library: Library, window: QWidget, tmp_path: Path) -> BriefExportController:
    return BriefExportController(window, library=real_library, user_store_path=tmp_path / "u.sqlite", interactive=False)


def test_controller_exports_off_the_gui_thread(
    real_library: Library, qtbot: QtBot, window: QWidget, tmp_path: Path
) -> None:
    controller = _controller(real_library, window, tmp_path)
    target = tmp_path / "brief.pdf"
    with qtbot.waitSignal(controller.finished, timeout=60_000) as blocker:
        controller.start(BriefChoice("western", paper="Letter"), target)
    assert blocker.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF-")
    assert controller.wait()
    assert documents_folder() == tmp_path  # the last folder used is the next default


def test_controller_cancel_leaves_no_file(real_library: Library, qtbot: QtBot, window: QWidget, tmp_path: Path) -> None:
    controller = _controller(real_library, window, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    thread_progress: list[str] = []
    with qtbot.waitSignal(controller.cancelled, timeout=60_000):
        controller.start(BriefChoice("eastern"), out / "brief.pdf")
        assert controller._thread is not None
        controller._thread.progressed.connect(lambda *a: (thread_progress.append(a[2]), controller.cancel()))
    assert controller.wait()
    assert list(out.iterdir()) == []


def test_controller_reports_errors(real_library: Library, qtbot: QtBot, window: QWidget, tmp_path: Path) -> None:
    controller = _controller(real_library, window, tmp_path)
    with qtbot.waitSignal(controller.failed, timeout=60_000) as blocker:
        controller.start(BriefChoice("eastern"), tmp_path / "missing" / "brief.pdf")
    assert "does not exist" in blocker.args[0]
    assert controller.wait()


def test_after_export_the_full_path_and_open_and_show_in_folder(qtbot: QtBot, window: QWidget, tmp_path: Path) -> None:
    """The box names the whole path (selectable) and offers Open, Show in folder and Close."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from npviewer.ui.brief.export import show_exported

    target = tmp_path / "a folder with a long name" / "Eastern Region brief.pdf"
    seen: dict[str, object] = {}

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["path"] = box.informativeText()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, inspect)
    show_exported(window, target)
    assert seen["path"] == str(target)
    assert seen["buttons"] == ["Close", "Open", "Show in folder"]
