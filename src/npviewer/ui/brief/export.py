"""Export a brief (a region, a country or my bookmarks) from the window: a small dialog, then the export
on its own thread; afterwards Open or Show in folder."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from npviewer import i18n
from npviewer.brief.export import PAPER_SIZES, BriefCancelled, BriefError, export_brief
from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.store.records import EntryRef
from npviewer.ui.common.progress import progress_dialog
from npviewer.ui.common.settings import BRIEF_FOLDER

log = logging.getLogger(__name__)


BOOKMARKS = "bookmarks"  # the subject value of the bookmarks brief in the dialog
LANGUAGE_NAMES = {"en": "English", "ko": "한국어 (Korean)"}  # each in its own language


@dataclass(frozen=True)
class BriefOptions:
    """What the dialog asks for. ``subject`` is a region's or country's id, or ``bookmarks``."""

    subject: str
    output: Path
    paper: str = "A4"
    include_notes: bool = False
    lang: str = "en"


def documents_folder() -> Path:
    """The folder a brief is saved in by default: the last one used, else the user's documents folder."""
    last = BRIEF_FOLDER.get()
    if last and Path(last).is_dir():
        return Path(last)
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    BRIEF_FOLDER.set(str(path.parent))


def default_output(title: str, folder: Path | None = None) -> Path:
    return (folder or documents_folder()) / translate("BriefExport", "{title} brief.pdf").format(title=title)


class BriefExportDialog(QDialog):
    """Subject (a region, a country or my bookmarks), language, paper, "include my notes", the file."""

    def __init__(self, regions: list[EntryRef], region_id: str | None, parent: QWidget | None = None,
                 countries: list[EntryRef] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("BriefExport", "Export brief"))
        self._edited = False
        self._folder = documents_folder()
        self.region = QComboBox()
        self.region.setAccessibleName(translate("BriefExport", "Brief of"))
        for ref in regions:
            self.region.addItem(ref.title, ref.id)
        if countries:
            self.region.insertSeparator(self.region.count())
            for ref in countries:
                self.region.addItem(ref.title, ref.id)
        self.region.insertSeparator(self.region.count())
        self.region.addItem(translate("BriefExport", "My bookmarks"), BOOKMARKS)
        index = self.region.findData(region_id) if region_id else 0
        self.region.setCurrentIndex(max(0, index))
        self.language = QComboBox()
        self.language.setAccessibleName(translate("BriefExport", "Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))  # the interface's
        self.paper = QComboBox()
        self.paper.setAccessibleName(translate("BriefExport", "Paper"))
        self.paper.addItems(list(PAPER_SIZES))
        self.notes = QCheckBox(translate("BriefExport", "Include my bookmark notes"))
        self.path = QLineEdit()
        self.path.setAccessibleName(translate("BriefExport", "Save as"))
        self.path.setMinimumWidth(420)
        self.path.textEdited.connect(self._on_edited)
        choose = QPushButton(translate("BriefExport", "Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("BriefExport", "Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("BriefExport", "Brief of"), self.region)
        form.addRow(translate("BriefExport", "Language"), self.language)
        form.addRow(translate("BriefExport", "Paper"), self.paper)
        form.addRow("", self.notes)
        form.addRow(translate("BriefExport", "Save as"), row)
        form.addRow(buttons)
        self.region.currentIndexChanged.connect(self._update_path)
        self._update_path()

    def _on_edited(self, _text: str) -> None:
        self._edited = True

    def _update_path(self) -> None:
        if self._edited or self.region.count() == 0:
            return
        self.path.setText(str(default_output(self.region.currentText(), self._folder)))

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("BriefExport", "Save the brief as"),
            self.path.text(),
            translate("BriefExport", "PDF files (*.pdf)"),
        )
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            self.path.setText(name)
            self._edited = True

    def options(self) -> BriefOptions:
        return BriefOptions(
            subject=str(self.region.currentData()),
            output=Path(self.path.text().strip()).expanduser(),
            paper=self.paper.currentText(),
            include_notes=self.notes.isChecked(),
            lang=str(self.language.currentData()),
        )


def show_exported(parent: QWidget, path: Path) -> None:
    """Tell where the brief was saved (the full path, selectable) and offer Open and Show in folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("BriefExport", "Brief exported"),
        translate("BriefExport", "The brief was saved as:"),
        parent=parent,
    )
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(translate("BriefExport", "Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(translate("BriefExport", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class _ExportThread(QThread):
    """Runs one export with its own library and user store (one SQLite connection per thread)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled_export = Signal()

    def __init__(self, options: BriefOptions, library: Library | None, user_store_path: Path | None) -> None:
        super().__init__()
        self.options = options
        self.library = library
        self.user_store_path = user_store_path
        self.cancel_requested = False

    def run(self) -> None:  # Override QThread.run
        from npviewer.store.userdata import UserDataError, open_user_store

        lib = None
        store = None
        try:
            lib = self.library.reopen() if self.library is not None else Library.open()
            try:
                store = open_user_store(self.user_store_path)
            except UserDataError as exc:
                log.warning("brief without bookmarks: %s", exc)
            bookmarks = self.options.subject == BOOKMARKS
            path = export_brief(
                None if bookmarks else self.options.subject,
                self.options.output,
                bookmarks=bookmarks,
                lang=self.options.lang,
                paper=self.options.paper,
                include_notes=self.options.include_notes,
                user_store=store,
                library=lib,
                progress=self.progressed.emit,
                cancelled=lambda: self.cancel_requested,
            )
        except BriefCancelled:
            self.cancelled_export.emit()
        except BriefError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # reported to the user, never lost
            log.exception("brief export failed")
            self.failed.emit(translate("BriefExport", "The brief could not be made: {error}").format(error=exc))
        else:
            self.succeeded.emit(str(path))
        finally:
            if store is not None:
                store.close()
            if lib is not None:
                lib.close()


class BriefExportController(QObject):
    """Asks what to export, exports off the GUI thread with a cancellable progress dialog.

    Signals:
        finished(str): the written file's path.
        failed(str): a user-readable message (nothing was written).
        cancelled(): the user cancelled (nothing was written).
    """

    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        library: Library | None = None,
        user_store_path: Path | None = None,
        interactive: bool = True,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.user_store_path = user_store_path
        self.interactive = interactive
        self._thread: _ExportThread | None = None
        self._progress: QProgressDialog | None = None

    def _window(self) -> QWidget:
        """The window this exports for (its Qt parent: no reference cycle for the GC to break)."""
        return cast(QWidget, self.parent())

    def regions(self) -> list[EntryRef]:
        return self.library.repo.regions() if self.library is not None else []

    def export_region(self, region_id: str | None) -> None:
        """Show the dialog for ``region_id`` (a region or country; else the first region) and export what
        the user picks."""
        if self.is_running():
            return
        countries = self.library.repo.refs_of_kind(("country",)) if self.library is not None else []
        dialog = BriefExportDialog(self.regions(), region_id, self._window(), countries)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog.options())
        dialog.deleteLater()

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, options: BriefOptions) -> None:
        """Export on a worker thread; the outcome comes as a signal (and a message box if interactive)."""
        if self.is_running():
            raise RuntimeError("an export is already running")
        progress = progress_dialog(
            self._window(),
            translate("BriefExport", "Preparing the brief…"),
            translate("BriefExport", "Exporting brief"),
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel)
        self._progress = progress
        thread = _ExportThread(options, self.library, self.user_store_path)
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.cancelled_export.connect(self._on_cancelled)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel_requested = True

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the export thread ends (tests, closing the window)."""
        return self._thread.wait(msecs) if self._thread is not None else True

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        if self._progress is None:
            return
        self._progress.setLabelText(stage)
        if total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(done)  # a modal dialog processes events here: it may be gone after

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _on_succeeded(self, path: str) -> None:
        self._close_progress()
        remember_folder(Path(path))
        if self.interactive:
            show_exported(self._window(), Path(path))
        self.finished.emit(path)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        if self.interactive:
            QMessageBox.warning(self._window(), translate("BriefExport", "Brief not exported"), message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.cancelled.emit()

    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
            self._thread = None
