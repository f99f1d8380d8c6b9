"""``npviewer content install|rollback --machine`` in a process of its own, read as it goes: progress,
the outcome, or the refusal of a pack no trusted key signed."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from npviewer import i18n
from npviewer.i18n import translate


def npviewer_command() -> tuple[str, list[str]]:
    """How to run npviewer's command line: the packaged app itself, or ``python -m npviewer``."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "npviewer"]


class UpdateProcess(QObject):
    """Runs ``npviewer content install|rollback --machine`` in a process of its own.

    A process, not a thread: checking a large pack is Python work (YAML) that holds the interpreter
    lock for a second at a time, which a thread would take from the window. The process reports its
    progress as JSON lines; killing it (cancel) changes nothing, since the switch is its last step.

    Signals:
        progressed(str, int, int), succeeded(str, bool): the message and whether anything changed,
        failed(str): one line, refused(object): no trusted key signed the pack (a :class:`Refusal`),
        cancelled_update(), done(): the process has ended (after the others).
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(str, bool)
    failed = Signal(str)
    refused = Signal(object)
    cancelled_update = Signal()
    done = Signal()

    def __init__(self, args: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        from npviewer.store.installed import read_state

        self._before = read_state()
        self._cancelled = False
        self._result: dict[str, object] | None = None
        self._refusal: dict[str, object] | None = None
        self._buffer = b""
        program, prefix = npviewer_command()
        self.process = QProcess(self)
        self.process.setProgram(program)
        self.process.setArguments([*prefix, *args, "--machine"])
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(i18n.LANGUAGE_VARIABLE, i18n.language())  # its messages in the window's language
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        self._cancelled = True
        self.process.kill()

    def wait(self) -> None:
        self.process.waitForFinished(-1)

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and "step" in record:
                self.progressed.emit(str(record["step"]), int(record["done"]), int(record["total"]))
            elif isinstance(record, dict) and "message" in record:
                self._result = record
            elif isinstance(record, dict) and "refused" in record:  # then exit status 2
                self._refusal = record

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        from npviewer.store.installed import read_state

        self._read()
        if self._result is not None and code == 0:
            self.succeeded.emit(str(self._result["message"]), bool(self._result["changed"]))
        elif self._cancelled:
            if read_state() != self._before:  # killed after its switch: the update is in
                self.succeeded.emit(
                    translate("ContentUpdate", "The content update was already in place when it was cancelled."), True
                )
            else:
                self.cancelled_update.emit()
        elif self._refusal is not None and code == 2:
            from npviewer.ui.content_update.refusal import Refusal

            self.refused.emit(Refusal.from_record(self._refusal))
        else:
            self.failed.emit(self._error_line(code, status))
        self.done.emit()

    def _error_line(self, code: int, status: QProcess.ExitStatus) -> str:
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        line = err.splitlines()[-1] if err else ""
        for prefix in ("npviewer content: ", "npviewer: "):
            line = line.removeprefix(prefix)
        if status == QProcess.ExitStatus.CrashExit:
            stopped = translate(
                "ContentUpdate", "The content update stopped unexpectedly ({why}); nothing was changed."
            )
            return stopped.format(why=line or translate("ContentUpdate", "it crashed"))
        failed = translate("ContentUpdate", "The content update failed (exit status {code}); nothing was changed.")
        return line or failed.format(code=code)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            cannot = translate("ContentUpdate", "npviewer could not start its installer ({error}).")
            self.failed.emit(cannot.format(error=self.process.errorString()))
            self.done.emit()
