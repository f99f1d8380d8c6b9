"""Untrusted text stays text: tooltips and message boxes that show titles, notes, ids or file names.

Qt guesses whether a tooltip or a label is rich text (``Qt.mightBeRichText``): a bookmark title such
as ``<img src="file:///...">`` would be obeyed, loading a file. These helpers make the text rich
text that *says* exactly the original characters, or set the plain-text format outright.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPlainTextEdit, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written (line breaks kept), whatever it holds."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text is plain text (not yet shown: ``exec()`` or ``open()`` it)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_text(parent: QWidget | None, title: str, label: str, text: str) -> tuple[str, bool]:
    """A multi-line text dialog whose label is plain text; returns (text, accepted)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setTextValue(text)
    for field in dialog.findChildren(QPlainTextEdit):
        field.setAccessibleName(label)  # its label is no buddy of it: say the label's words
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), accepted


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()
