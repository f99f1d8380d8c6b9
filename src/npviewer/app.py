"""Starts the window: checks for a display, opens the content and the user's data, shows the window.

The first paint must not wait: on the way only Qt widgets are made, and the tree's top level and the
welcome page are read with the stdlib's ``sqlite3`` from the store the window opened last
(:mod:`npviewer.first_view`). After the paint the user's data is opened and the content checked: when
its store is current it is opened at once (milliseconds); otherwise the window shows "Preparing
content…" and the store is built on the worker thread (the build imports sqlmodel, about a second),
then the window fills in.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer import __version__
from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.logs import LOG_NAME, EarlyLog, setup_logging

log = logging.getLogger("npviewer")

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "App", "npviewer needs a graphical display; run the command-line subcommands instead, see npviewer --help"
)

if TYPE_CHECKING:  # Qt is imported only once we know there is a display
    from types import TracebackType

    from PySide6.QtWidgets import QMessageBox, QWidget

    from npviewer.first_view import FirstView
    from npviewer.store.library import Library
    from npviewer.store.userdata import UserStore
    from npviewer.ui.window.main_window import MainWindow


def has_display() -> bool:
    """False on Linux with neither X11 nor Wayland nor an explicit Qt platform: Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def create_main_window(
    library: Library | None, user_store: UserStore, *, threaded: bool = False, staged: bool = False
) -> MainWindow:
    """A main window over ``library`` and ``user_store``, without running an event loop.

    The worker is synchronous unless ``threaded``: tests and the self-test get results at once.
    ``library`` may be None while the content is still being prepared (see :meth:`set_library`).
    ``staged``: only what the first paint shows is made (``finish_building`` makes the rest).
    """
    from npviewer.first_view import read_first_view
    from npviewer.ui.common.user_bridge import UserBridge
    from npviewer.ui.common.worker import Worker
    from npviewer.ui.fonts import register_bundled_fonts
    from npviewer.ui.window.main_window import MainWindow

    register_bundled_fonts()  # before anything is laid out or painted: Hangul, never boxes
    first = None
    if library is not None:
        first = read_first_view(library.status.path, library.language, immutable=library.status.immutable)
    window = MainWindow(first)
    if not staged:
        window.finish_building(library, UserBridge(user_store), Worker(threaded=threaded))
    return window


def gui_main() -> int:
    """``npviewer`` with no argument: the window, with the command line's one error path (a failure
    is one line and an exit status, never a traceback) but without its parser on the way."""
    from npviewer import i18n

    i18n.set_language(i18n.locale_language())  # until the window picks its own: the no-display line
    try:
        return run_gui([])
    except Exception as exc:  # the same line and status as `npviewer` through the command line
        from npviewer.console import run_guarded

        return run_guarded("", partial(_reraise, exc))


def _reraise(failure: Exception) -> int:
    raise failure


def run_gui(argv: list[str]) -> int:
    """Run the window until it is closed; returns the exit status.

    On the way to the first paint only what it shows is made; the rest follows in the next turn of
    the event loop (:func:`_after_first_paint`)."""
    if not has_display():
        print(translate("App", NO_DISPLAY), file=sys.stderr)
        return 2
    os.environ.setdefault("LANG", "C.UTF-8")
    from PySide6.QtWidgets import QApplication

    from npviewer import paths

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setOrganizationName("npviewer")
    app.setApplicationName("npviewer")
    app.setApplicationVersion(__version__)
    from npviewer.ui.fonts import register_bundled_fonts

    register_bundled_fonts()  # even the first message box may hold Hangul (a path, a name)
    try:
        folder = paths.user_data_dir()
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        from npviewer.errors import describe

        cannot = translate("App", "npviewer cannot use its data folder:\n{error}")
        QMessageBox.critical(None, "npviewer", cannot.format(error=describe(exc) or exc))
        return 1
    early_log = EarlyLog()
    logging.getLogger().addHandler(early_log)
    logging.getLogger().setLevel(logging.INFO)
    from npviewer.ui.common.language import use_startup_language

    use_startup_language()  # the system's language, or the one picked in View > Language
    install_crash_handler(folder / LOG_NAME)
    from npviewer.ui.common import palette_fit
    from npviewer.ui.window.main_window import MainWindow

    palette_fit.hold_watch()  # no filter on the application's events on the way to the first paint
    window = MainWindow(_first_view())
    if os.environ.get("NPVIEWER_BENCH_FIRST_PAINT") == "1":  # benchmarks/bench_package.py
        from npviewer.ui.first_paint import install_first_paint_probe

        install_first_paint_probe(window)  # parented to the window: reports the first paint, quits
    window.show()
    from npviewer.ui.first_paint import AfterFirstPaint

    opened: list[UserStore] = []
    AfterFirstPaint(window, lambda: _after_first_paint(window, folder, opened))
    status = app.exec()
    if window.library is not None:
        window.library.close()
    for user_store in opened:
        user_store.close()
    return int(status)


def install_crash_handler(log_path: Path) -> None:
    """Route unhandled exceptions to :func:`npviewer.ui.crash.handle_exception` (logged, and a dialog)
    for the rest of the process; its dialog's module is imported at the first one, not on the way to
    the first paint."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from npviewer.ui.crash import handle_exception

        handle_exception(kind, error, tb, log_path)

    sys.excepthook = hook


def _first_view() -> FirstView | None:
    """The tree's top level and the welcome page of the store the window opened last (None on the
    first run, or when that store is gone: the window waits for the content check)."""
    from npviewer import i18n
    from npviewer.first_view import read_first_view
    from npviewer.ui.common import settings

    path = settings.FIRST_VIEW_STORE.get()
    if not path:
        return None
    return read_first_view(Path(path), i18n.language(), immutable=settings.FIRST_VIEW_IMMUTABLE.get())


def _after_first_paint(window: MainWindow, folder: Path, opened: list[UserStore]) -> None:
    """The rest of start-up, once the window is on screen: the user's data, the content (current, or
    prepared on the worker), the rest of the window, the log file, what happened to the user's data,
    and the last entry reopened."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from npviewer.store.userdata import UserDataError, open_user_store
    from npviewer.ui.common import palette_fit
    from npviewer.ui.common.user_bridge import UserBridge
    from npviewer.ui.common.worker import Worker

    palette_fit.release_watch()
    if not window.isVisible():  # closed within the first paint's turn of the event loop
        return
    try:
        user_store = open_user_store()
    except (UserDataError, OSError) as exc:
        QMessageBox.critical(window, translate("App", "npviewer: your data"), str(exc))
        QApplication.exit(1)
        return
    opened.append(user_store)
    library = _open_current_library()
    worker = Worker(threaded=True)
    QApplication.instance().aboutToQuit.connect(worker.shutdown)  # type: ignore[union-attr]
    window.finish_building(library, UserBridge(user_store), worker)
    setup_logging(folder)
    QApplication.setWindowIcon(window.windowIcon())
    notify_user_data(window, user_store)
    if library is not None:
        _content_ready(window)
    else:
        prepare_in_background(window)


def notify_user_data(window: QWidget, user_store: UserStore) -> QMessageBox | None:
    """Tell the user what happened to their data file: a file moved aside (told at every start until
    they have closed this message), or an upgrade. A read-only problem has its own notice bar."""
    from PySide6.QtWidgets import QMessageBox

    from npviewer.store.userdata import UserDataError
    from npviewer.ui.common.plain import message_box

    try:
        notices = user_store.pending_notices()
    except UserDataError as exc:
        log.warning("notices could not be read: %s", exc)
        notices = []
    notice = user_store.notice
    if notices:
        text = "\n\n".join(n.text for n in notices)
        icon = QMessageBox.Icon.Warning
    elif notice.migrated_from is not None:
        text = translate(
            "App", "Your bookmarks file was upgraded to this version. A copy of the old one is at\n{path}"
        ).format(path=notice.backup)
        icon = QMessageBox.Icon.Information
    else:
        return None
    box = message_box(window, icon, translate("App", "npviewer: your data"), text)
    box.setObjectName("userDataNotice")

    def seen(_result: int) -> None:
        for item in notices:
            try:
                user_store.dismiss_notice(item)
            except UserDataError as exc:
                log.warning("could not mark a notice seen: %s", exc)

    box.finished.connect(seen)
    box.open()
    return box


def _open_current_library() -> Library | None:
    """The content store when it is current (a quick check and open), else None."""
    import sqlite3

    from npviewer.store.library import Library
    from npviewer.store.opening import current_store

    try:
        status = current_store()
        return Library(status) if status is not None else None
    except (OSError, sqlite3.DatabaseError) as exc:
        log.warning("content check failed: %s", exc)
    return None


def prepare_in_background(window: MainWindow, directory: Path | None = None) -> None:
    """Build the content store on the worker, then show it; a content error is shown, not raised."""
    from npviewer.store.library import Library
    from npviewer.store.opening import StoreStatus, ensure_store

    worker = window.worker

    def build() -> StoreStatus:
        return ensure_store(directory, progress=worker.report_progress)

    def progress(step: str, done: int, total: int) -> None:
        window.show_preparing(
            translate("App", "{step} ({done} of {total})").format(step=step, done=done, total=total) if total else step
        )

    def done(status: StoreStatus) -> None:
        window.set_library(Library(status))
        if status.reason:
            window.statusBar().showMessage(status.reason, 8000)
        _content_ready(window)

    def failed(exc: BaseException) -> None:
        _show_content_error(window, exc)

    worker.progress.connect(progress)
    worker.submit(build, done, failed)


def _show_content_error(window: MainWindow, exc: BaseException) -> None:
    """Tell the user the content cannot be loaded; fall back to the previous store when there is one."""
    from PySide6.QtWidgets import QMessageBox

    from npviewer import paths
    from npviewer.store.library import Library
    from npviewer.store.opening import StoreStatus, stored_hash

    log.error("content could not be prepared: %s", exc)
    message = str(exc)
    previous = paths.content_store_path()
    old_hash = stored_hash(previous)
    if old_hash is not None:
        window.set_library(Library(StoreStatus(previous, old_hash)))
        QMessageBox.warning(
            window,
            translate("App", "npviewer: content"),
            translate("App", "The content files have problems, so the previously prepared content is shown.")
            + "\n\n"
            + message,
        )
        _content_ready(window)
        return
    window.show_content_error(message)
    QMessageBox.critical(
        window,
        translate("App", "npviewer: content"),
        translate("App", "The content could not be loaded.") + "\n\n" + message,
    )


def _content_ready(window: MainWindow) -> None:
    """The content is on show: reopen the last entry, and show what the last update changed once."""
    _restore_last_entry(window)
    window.content_updates.load_changes()


def _restore_last_entry(window: MainWindow) -> None:
    from npviewer.ui.window.state import saved_last_entry

    last = saved_last_entry()
    if last and window.library is not None and window.library.repo.exists(last):
        window.navigator.open(last)
