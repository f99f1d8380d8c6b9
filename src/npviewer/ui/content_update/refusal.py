"""A pack no trusted key signed: the installer's refusal, read from its one JSON line, and the box that
says it in the same words and offers Install Anyway (``--allow-unsigned``) or Cancel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from npviewer.i18n import translate


@dataclass(frozen=True)
class Refusal:
    """``npviewer content install --machine``'s refusal: why (``unsigned`` or ``unknown-signer``), the
    line it says, and the key that signed the pack (empty when none did)."""

    reason: str
    error: str
    signer: str = ""
    fingerprint: str = ""

    @classmethod
    def from_record(cls, record: dict[str, object]) -> Refusal:
        def text(key: str) -> str:
            value = record.get(key)
            return value if isinstance(value, str) else ""

        return cls(text("refused"), text("error"), text("signer"), text("fingerprint"))


class RefusalBox(QMessageBox):
    """The refusal's line as the command line says it, with Install Anyway and Cancel (the default: Esc
    and Enter change nothing). Window-modal, opened with :meth:`open`; ``anyway()`` after it closes."""

    def __init__(self, refusal: Refusal, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a pack's name or a key's is text, never markup
        self.setObjectName("contentRefusalBox")
        self.setWindowTitle(translate("ContentUpdate", "Content update"))
        self.setText(refusal.error)
        self.setInformativeText(
            translate(
                "ContentUpdate",
                "Nothing was changed. Install it anyway only if you trust whoever gave it to you: its version is "
                "then marked unsigned in About, the status bar and the briefs you export.",
            )
        )
        self.install_button: QPushButton = self.addButton(
            translate("ContentUpdate", "Install Anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def anyway(self) -> bool:
        """Whether the user chose Install Anyway."""
        return self.clickedButton() is self.install_button
