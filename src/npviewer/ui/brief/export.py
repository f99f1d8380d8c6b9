"""Export a brief (a region, a country, my bookmarks or a meeting) from the window: the dialog
(:mod:`npviewer.ui.brief.dialog`), then the export on its own thread; afterwards Open or Show in folder."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from npviewer.brief.export import BriefCancelled, BriefChoice, BriefError, export
from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.store.records import EntryRef
from npviewer.ui.brief.dialog import BriefExportDialog, remember_folder
from npviewer.ui.common.progress import progress_dialog

log = logging.getLogger(__name__)


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

    def __init__(
        self, choice: BriefChoice, output: Path, library: Library | None, user_store_path: Path | None
    ) -> None:
        super().__init__()
        self.choice, self.output = choice, output
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
            path = export(
                self.choice,
                self.output,
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

    def export_region(self, region_id: str | None, meeting: EntryRef | None = None) -> None:
        """Show the dialog for ``region_id`` (a region or country; else the first region; ``meeting``, the
        meeting or body on show, offered too) and export what the user picks."""
        self._ask(region_id, meeting)

    def export_meeting(self, meeting: EntryRef) -> None:
        """Show the dialog with ``meeting`` (a meeting, or a body: its latest meeting) chosen."""
        self._ask(meeting.id, meeting)

    def _ask(self, chosen: str | None, meeting: EntryRef | None) -> None:
        if self.is_running():
            return
        countries = self.library.repo.refs_of_kind(("country",)) if self.library is not None else []
        dialog = BriefExportDialog(self.regions(), chosen, self._window(), countries, meeting)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog.choice(), dialog.output())
        dialog.deleteLater()

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, choice: BriefChoice, output: Path) -> None:
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
        thread = _ExportThread(choice, output, self.library, self.user_store_path)
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
