"""What a bookmark import did, when some of the file's notes could not be stored (too long beside the
user's own): the summary, and those notes in full, to read and copy, so that none vanishes unseen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from npviewer.i18n import translate
from npviewer.store.bookmark_import import ImportReport
from npviewer.ui.common.icons import close_button
from npviewer.ui.common.screen_fit import resize_to_fit


class ImportReportDialog(QDialog):
    """The report's :meth:`~ImportReport.summary` and its :meth:`~ImportReport.listing`, with Copy."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(translate("MainWindow", "Import bookmarks"))
        self.summary = QLabel(report.summary())
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # file names and ids are text, never markup
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why = QLabel(
            translate(
                "MainWindow",
                "These notes of the file were not stored: beside yours they would be too long. Copy what you "
                "want to keep before you close this.",
            )
        )
        why.setWordWrap(True)
        self.notes = QPlainTextEdit(report.listing())
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(translate("MainWindow", "The file's notes that were not stored"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button(buttons)
        copy = buttons.addButton(translate("MainWindow", "Copy the Notes"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.notes.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, why, self.notes, buttons):
            layout.addWidget(widget)
        resize_to_fit(self, 560, 420)
