"""``npviewer --self-test``: the packaged app checks itself end to end, offscreen, in a throw-away home.

Steps, one line each: ``store`` (the prebuilt store when frozen), ``window`` (the real main window),
``search`` ("Rajin" finds ``eastern-rajin-khasan`` first), ``open``, ``bookmark`` (saved in the user
store), ``brief`` (the eastern brief exported as a real PDF), ``word`` (the same as a Word file:
python-docx and its template are packaged), ``language`` (the window switches to Korean with npviewer's
and Qt's own translations, and back), then ``qt`` (no plugin failed to load).
Exit status 0 when every step passed; otherwise 1, naming the step that failed and its error.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

SEARCH_TEXT = "Rajin"
EXPECTED_FIRST_HIT = "eastern-rajin-khasan"
BRIEF_REGION = "eastern"
MIN_PDF_BYTES = 8 * 1024
WAIT_SECONDS = 20.0
#: Qt messages that mean part of the package is missing (Friture's smoke test looks for the same).
BROKEN_PACKAGE_MARKERS = ("could not find or load", "cannot load library", "modulenotfounderror")


class StepFailed(Exception):
    """A self-test step found something wrong; the message says what."""


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step in a fresh temporary ``NPVIEWER_HOME``; print one line per step; 0 if all pass."""
    import shutil
    import tempfile

    stream = out or sys.stdout
    if not faulthandler.is_enabled() and sys.stderr is not None:
        faulthandler.enable()  # a crash in Qt still shows which step's Python code was running
    _prepare_qt_environment()
    home = Path(tempfile.mkdtemp(prefix="npviewer-selftest-"))
    try:
        with _environment("NPVIEWER_HOME", str(home)):
            return _SelfTest(home, stream).run()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _prepare_qt_environment() -> None:
    """Offscreen Qt always (the self-test must run without a display), and a UTF-8 locale."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("LANG", "C") in ("", "C", "POSIX") and not os.environ.get("LC_ALL"):
        os.environ["LANG"] = "C.UTF-8"


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    """Set one environment variable for the duration, then restore it."""
    saved = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved


class _SelfTest:
    """The steps, sharing the library, user store, application and window they open."""

    def __init__(self, home: Path, out: TextIO):
        self.home = home
        self.out = out
        self.library: Any = None
        self.user_store: Any = None
        self.app: Any = None
        self.window: Any = None
        self.first_hit = ""
        self.qt_messages: list[str] = []

    def run(self) -> int:
        """Run the steps in order; stop at the first failure."""
        started = time.monotonic()
        steps: list[tuple[str, Callable[[], str]]] = [
            ("store", self.step_store),
            ("window", self.step_window),
            ("search", self.step_search),
            ("open", self.step_open),
            ("print", self.step_print),
            ("bookmark", self.step_bookmark),
            ("brief", self.step_brief),
            ("word", self.step_word),
            ("language", self.step_language),
            ("qt", self.step_qt),
        ]
        try:
            for name, step in steps:
                try:
                    detail = step()
                except StepFailed as exc:
                    return self.fail(name, str(exc))
                except Exception as exc:
                    if os.environ.get("NPVIEWER_DEBUG"):
                        traceback.print_exc()
                    return self.fail(name, f"{type(exc).__name__}: {exc}")
                self.say(f"ok {name} ({detail})")
        finally:
            self.close()
        self.say(f"self-test passed: {len(steps)} steps in {time.monotonic() - started:.1f} s")
        return 0

    def say(self, line: str) -> None:
        """Print one line now (a crash later must not swallow it)."""
        print(line, file=self.out, flush=True)

    def fail(self, step: str, message: str) -> int:
        """Report the failed step and its error; the exit status is 1."""
        self.say(f"FAIL {step}: {message}")
        self.say(f"self-test failed at step '{step}'")
        return 1

    # -- steps -------------------------------------------------------------------------------------

    def step_store(self) -> str:
        """Open the content store; the frozen app must use the one built into the package."""
        from npviewer import paths
        from npviewer.store.library import Library

        self.library = Library.open()
        status = self.library.status
        prebuilt_path = paths.prebuilt_store_path()
        prebuilt = prebuilt_path.is_file() and status.path.resolve() == prebuilt_path.resolve()
        if getattr(sys, "frozen", False) and not prebuilt:
            why = "it is missing" if not prebuilt_path.is_file() else "it does not match the bundled content"
            raise StepFailed(f"the packaged app opened {status.path} instead of its prebuilt store ({why})")
        count = len(self.library.repo.all_ids())
        if count == 0:
            raise StepFailed(f"the store at {status.path} has no entries")
        if prebuilt:
            where = "prebuilt, read-only" if status.immutable else "prebuilt"
        else:
            where = f"{'built' if status.rebuilt else 'cached'} at {status.path}"
        return f"{where}, {count} entries"

    def step_window(self) -> str:
        """Create the application and the real main window, and show it."""
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        qInstallMessageHandler(self._qt_message)
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        from npviewer.app import create_main_window
        from npviewer.store.userdata import open_user_store

        self.user_store = open_user_store()
        self.window = create_main_window(self.library, self.user_store)
        self.window.show()
        if not self.wait_until(lambda: bool(self.window.isVisible())):
            raise StepFailed("the main window did not become visible")
        size = self.window.size()
        return f"{type(self.window).__name__} {size.width()}x{size.height()}, platform {self.app.platformName()}"

    def step_search(self) -> str:
        """Search for "Rajin" in the window; the first result must be the Rajin-Khasan entry."""
        self.window.searcher.run(SEARCH_TEXT)
        model = self.window.results_model
        if not self.wait_until(lambda: model.rowCount() > 0):
            raise StepFailed(f"searching {SEARCH_TEXT!r} showed no results within {WAIT_SECONDS:.0f} s")
        self.first_hit = _row_entry_id(model, 0)
        if self.first_hit != EXPECTED_FIRST_HIT:
            raise StepFailed(f"the first result for {SEARCH_TEXT!r} is {self.first_hit!r}, not {EXPECTED_FIRST_HIT!r}")
        return f"{SEARCH_TEXT!r}: {model.rowCount()} results, first {self.first_hit}"

    def step_open(self) -> str:
        """Open the first result; the window must show it."""
        self.window.navigator.open(self.first_hit)
        if not self.wait_until(lambda: self.window.navigator.current_id() == self.first_hit):
            raise StepFailed(f"the window shows {self.window.navigator.current_id()!r}, not {self.first_hit!r}")
        return self.first_hit

    def step_print(self) -> str:
        """Print the open entry (File > Print's job) to a PDF: QtPrintSupport and its plug-ins are in the package."""
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        job = self.window.printing.job()
        if job is None:
            raise StepFailed(f"File > Print has nothing to print while {self.first_hit} is shown")
        target = self.home / "entry.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        job.print_to(printer)
        data = target.read_bytes() if target.is_file() else b""
        if not data.startswith(b"%PDF"):
            raise StepFailed(f"printing {job.title!r} to {target} wrote no PDF")
        printers = len(QPrinterInfo.availablePrinters())
        return f"{job.title!r}, {len(data) // 1024} KiB PDF, {printers} printers known"

    def step_bookmark(self) -> str:
        """Bookmark the open entry from the window; it must be saved in the user store."""
        from npviewer import paths
        from npviewer.store.userdata import open_user_store

        self.window.act["bookmark"].trigger()

        def saved() -> bool:
            fresh = open_user_store()
            try:
                return bool(fresh.is_bookmarked(self.first_hit))
            finally:
                fresh.close()

        if not self.wait_until(saved):
            raise StepFailed(f"{self.first_hit} is not bookmarked in {paths.user_store_path()}")
        model = self.window.bookmarks_model
        if not self.wait_until(lambda: model.rowCount() > 0):
            raise StepFailed("the bookmark is saved but the bookmarks list stays empty")
        return f"{self.first_hit} saved in {paths.user_store_path().name}, bookmarks list shows {model.rowCount()}"

    def step_brief(self) -> str:
        """Export the eastern region's brief; it must be a PDF of a real size."""
        from npviewer.brief.export import export_brief

        target = self.home / f"brief-{BRIEF_REGION}.pdf"
        written = Path(export_brief(BRIEF_REGION, target, user_store=self.user_store, library=self.library))
        if not written.is_file():
            raise StepFailed(f"export_brief returned {written}, which does not exist")
        data = written.read_bytes()
        if not data.startswith(b"%PDF"):
            raise StepFailed(f"{written} does not start with %PDF (starts {data[:8]!r})")
        if len(data) < MIN_PDF_BYTES:
            raise StepFailed(f"{written} is only {len(data)} bytes (expected at least {MIN_PDF_BYTES})")
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        return f"{BRIEF_REGION}, {len(data) // 1024} KiB" + (f", {pages} pages" if pages > 0 else "")

    def step_word(self) -> str:
        """Export the eastern brief as Word: python-docx and its default template are in the package."""
        import zipfile

        from npviewer.brief.export import export_brief

        target = self.home / f"brief-{BRIEF_REGION}.docx"
        written = Path(export_brief(BRIEF_REGION, target, format="docx", library=self.library))
        try:
            with zipfile.ZipFile(written) as docx:
                names = set(docx.namelist())
        except (OSError, zipfile.BadZipFile) as exc:
            raise StepFailed(f"{written} is not a Word file: {exc}") from None
        missing = {"word/document.xml", "word/endnotes.xml", "word/styles.xml"} - names
        if missing:
            raise StepFailed(f"{written} lacks {', '.join(sorted(missing))}")
        return f"{BRIEF_REGION}, {written.stat().st_size // 1024} KiB, {len(names)} parts"

    def step_language(self) -> str:
        """Switch the window to Korean (npviewer's catalogue and Qt's qtbase_ko.qm) and back."""
        from PySide6.QtWidgets import QDialogButtonBox

        from npviewer import i18n

        self.window.act.language("ko").trigger()  # View > Language > 한국어
        if i18n.language() != "ko":
            raise StepFailed("the Korean translation (resources/translations/npviewer_ko.qm) could not be loaded")
        menu = self.window.menuBar().actions()[0]
        if not self.wait_until(lambda: menu.text() == "파일(&F)"):
            raise StepFailed(f"the File menu reads {menu.text()!r} in Korean")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # its words come from Qt's catalogue
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        box.deleteLater()
        if cancel.replace("&", "") != "취소":
            raise StepFailed(f"Qt's own Korean strings (qtbase_ko.qm) are missing: 'Cancel' reads {cancel!r}")
        self.window.act.language("en").trigger()
        if not self.wait_until(lambda: menu.text() == "&File"):
            raise StepFailed("the window did not switch back to English")
        return "한국어 and back, Qt's own strings too"

    def step_qt(self) -> str:
        """No Qt message says that part of the package could not be loaded."""
        broken = [m for m in self.qt_messages if any(k in m.lower() for k in BROKEN_PACKAGE_MARKERS)]
        if broken:
            raise StepFailed("; ".join(broken[:3]))
        return f"{len(self.qt_messages)} Qt warnings, none about missing parts"

    # -- helpers -----------------------------------------------------------------------------------

    def wait_until(self, predicate: Callable[[], bool], timeout: float = WAIT_SECONDS) -> bool:
        """Process events until ``predicate()`` holds (work may finish on a worker thread)."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + timeout
        while True:
            if self.app is not None:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if predicate():
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)

    def _qt_message(self, mode: Any, context: Any, message: str) -> None:
        """Keep Qt's warnings for the ``qt`` step, and still show them on stderr."""
        self.qt_messages.append(message)
        print(f"qt: {message}", file=sys.stderr, flush=True)

    def close(self) -> None:
        """Close the window and the stores, whatever happened."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            if self.app is not None:
                self.wait_until(lambda: True, timeout=0)
        if self.user_store is not None:
            self.user_store.close()
        if self.library is not None:
            self.library.close()
        if self.app is not None:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(None)


def _row_entry_id(model: Any, row: int) -> str:
    """The entry id of a result row, as the results model has it."""
    ids = model.entry_ids()
    if row >= len(ids) or not ids[row]:
        raise StepFailed(f"result row {row} has no entry id")
    return str(ids[row])
