"""What an unhandled exception does in the window: it is logged with its traceback, and the user
sees a dialog with the details and where the log is; the app goes on running. The hook that leads
here is :func:`npviewer.app.install_crash_handler` (this module is imported at the first exception)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from npviewer.i18n import translate

log = logging.getLogger("npviewer.crash")

#: Dialogs on screen: a dialog with no parent window lives only as long as a reference to it.
_OPEN: list[CrashDialog] = []


class CrashDialog(QMessageBox):
    """Says something went wrong, what, and where the log is; the traceback under "Show Details"."""

    def __init__(self, summary: str, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("Crash", "npviewer: something went wrong"))
        self.setText(
            translate("Crash", "npviewer hit an error it did not expect:\n\n{summary}").format(summary=summary)
        )
        self.setInformativeText(
            translate(
                "Crash",
                "Your bookmarks and notes are safe: every change is saved as you make it. The details are in "
                "the log:\n{log}",
            ).format(log=log_path)
        )
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None, log_path: Path
) -> CrashDialog | None:
    """Log an unhandled exception and show it (when there is a GUI); returns the dialog shown."""
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unhandled exception:\n%s", details)
    if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
        return None
    dialog = CrashDialog(f"{kind.__name__}: {error}", details, log_path, QApplication.activeWindow())
    _OPEN.append(dialog)
    dialog.finished.connect(lambda _result: _forget(dialog))
    dialog.open()  # not exec(): an error inside a nested event loop must not stack up modal loops
    return dialog


def _forget(dialog: CrashDialog) -> None:
    if dialog in _OPEN:
        _OPEN.remove(dialog)
    dialog.deleteLater()


def open_crash_dialogs() -> list[CrashDialog]:
    """The crash dialogs on screen now."""
    return list(_OPEN)
