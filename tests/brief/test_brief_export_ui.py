"""The export dialog and controller: options, a real export off the GUI thread, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from npviewer.store.library import Library
from npviewer.ui.brief.export import BriefExportController, BriefExportDialog, BriefOptions, documents_folder


def test_dialog_defaults_to_the_region_and_the_documents_folder(real_library: Library, qtbot: QtBot) -> None:
    countries = real_library.repo.refs_of_kind(("country",))
    dialog = BriefExportDialog(real_library.repo.regions(), "eastern", countries=countries)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.subject == "eastern"
    assert options.output == documents_folder() / "Eastern Region brief.pdf"
    assert (options.paper, options.include_notes, options.lang) == ("A4", False, "en")
    subjects = [dialog.region.itemData(i) for i in range(dialog.region.count())]
    assert {"western", "russia", "mongolia", "bookmarks"} <= set(subjects)
    dialog.region.setCurrentIndex(dialog.region.findData("central"))
    assert dialog.options().output.name == "Central Region brief.pdf"
    dialog.region.setCurrentIndex(dialog.region.findData("mongolia"))
    assert dialog.options().output.name == "Mongolia brief.pdf"
    dialog.path.setText("/tmp/mine.pdf")
    dialog.path.textEdited.emit("/tmp/mine.pdf")
    dialog.region.setCurrentIndex(dialog.region.findData("western"))
    assert dialog.options().output == Path("/tmp/mine.pdf")


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
        controller.start(BriefOptions("western", target, paper="Letter"))
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
        controller.start(BriefOptions("eastern", out / "brief.pdf"))
        assert controller._thread is not None
        controller._thread.progressed.connect(lambda *a: (thread_progress.append(a[2]), controller.cancel()))
    assert controller.wait()
    assert list(out.iterdir()) == []


def test_controller_reports_errors(real_library: Library, qtbot: QtBot, window: QWidget, tmp_path: Path) -> None:
    controller = _controller(real_library, window, tmp_path)
    with qtbot.waitSignal(controller.failed, timeout=60_000) as blocker:
        controller.start(BriefOptions("eastern", tmp_path / "missing" / "brief.pdf"))
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
