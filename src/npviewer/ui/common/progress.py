"""Progress dialogs whose bar a screen reader can name (a bare QProgressBar is read as just a number)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from npviewer.i18n import translate


def progress_dialog(parent: QWidget | None, label: str, title: str) -> QProgressDialog:
    """A busy dialog (no known end) titled ``title`` saying ``label``, with a Cancel button and a named bar;
    shown only when the work takes longer than 0.3 s."""
    dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    bar = QProgressBar(dialog)
    bar.setAccessibleName(title)
    bar.setAccessibleDescription(label)
    dialog.setBar(bar)
    dialog.setMinimumDuration(300)
    return dialog
