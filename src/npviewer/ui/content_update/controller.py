"""File › Install Content Update…, Roll Back Content Update… and What Changed…: the window's side of
:mod:`npviewer.store.updates`.

The pack is checked and its store built by ``npviewer content install`` in a process of its own
(the window stays usable, reading the content in use, with a progress dialog that can cancel),
then the window opens the new content (on its worker) and shows what changed. Opening the app after
an update made elsewhere (the command line) shows what changed once.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from npviewer import i18n
from npviewer.i18n import translate
from npviewer.store.userdata import Bookmark
from npviewer.ui.common.progress import progress_dialog
from npviewer.ui.common.settings import CHANGES_SEEN
from npviewer.ui.common.user_bridge import UserBridge
from npviewer.ui.common.worker import Worker
from npviewer.ui.content_update.update_process import UpdateProcess

if TYPE_CHECKING:  # the rest is imported when first used: the window paints first
    from npviewer.store.changes import ContentChanges
    from npviewer.store.library import Library
    from npviewer.store.opening import StoreStatus
    from npviewer.ui.content_update.refusal import Refusal, RefusalBox
    from npviewer.ui.content_update.whats_changed import WhatsChangedDialog

log = logging.getLogger(__name__)


class ContentUpdateController(QObject):
    """The window's content-update actions, the progress dialog and the "What changed" window.

    ``window`` is the parent of its dialogs; the new content is opened on ``worker``.

    Signals:
        switched(str): the content in use changed (the message that says how), and the window shows it.
        failed(str): an install or rollback was refused or failed (nothing changed).
        refused(str, str): no trusted key signed the pack (the line that says so, the pack's path): the
            box offers Install Anyway (and ``failed`` follows when the user cancels, or at once when
            not interactive).
        libraryOpened(object): the new content's :class:`Library`, for the window to show (before
            ``switched``).
        statusMessage(str, int): something to tell briefly, and for how many milliseconds.
        entryRequested(str): an entry was chosen in the "What changed" window.
        changedEntries(object): the set of entry ids the last switch changed (the bookmarks mark them).
    """

    switched = Signal(str)
    failed = Signal(str)
    refused = Signal(str, str)
    libraryOpened = Signal(object)
    statusMessage = Signal(str, int)
    entryRequested = Signal(str)
    changedEntries = Signal(object)

    def __init__(self, user: UserBridge, worker: Worker, window: QWidget, *, interactive: bool = True) -> None:
        super().__init__(window)
        self.user, self.worker = user, worker
        self._window = window
        self.library: Library | None = None
        self.interactive = interactive
        self.changes: ContentChanges | None = None
        self._runner: UpdateProcess | None = None
        self._switching = False
        self._progress: QProgressDialog | None = None
        self._dialog: WhatsChangedDialog | None = None
        # the box of a refused pack while it is open (Install Anyway or Cancel)
        self.refusal_box: RefusalBox | None = None
        self.install_action = self._action(self.install, "installContentAction")
        self.rollback_action = self._action(self.rollback, "rollbackContentAction")
        self.changes_action = self._action(self.show_changes, "whatsChangedAction")
        self.rollback_action.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' words in the interface language (the window calls this on a language change)."""
        self.install_action.setText(translate("ContentUpdate", "Install Content &Update…"))
        self.rollback_action.setText(translate("ContentUpdate", "&Roll Back Content Update…"))
        self.changes_action.setText(translate("ContentUpdate", "&What Changed in the Content"))

    def set_library(self, library: Library) -> None:
        self.library = library

    def _action(self, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- installing and rolling back ----------------------------------------------------------------

    def install(self, path: Path | None = None) -> None:
        """Install a pack (asked for when not given) in another process, then show what changed."""
        if self.is_running():
            return
        if path is None:
            from npviewer.store.manifest import PACK_SUFFIX

            packs = translate("ContentUpdate", "npviewer content packs ({pattern})").format(pattern=f"*{PACK_SUFFIX}")
            name, _ = QFileDialog.getOpenFileName(
                self._window, translate("ContentUpdate", "Install a content update"), str(Path.home()), packs
            )
            if not name:
                return
            path = Path(name)
        installing = translate("ContentUpdate", "Installing {file}…").format(file=path.name)
        runner = self._start(["content", "install", str(path)], installing)
        runner.refused.connect(functools.partial(self._on_refused, path))

    def install_anyway(self, path: Path) -> None:
        """Install a pack no trusted key signed, as the user chose: it is then marked unsigned."""
        if self.is_running():
            return
        installing = translate("ContentUpdate", "Installing {file}…").format(file=path.name)
        self._start(["content", "install", "--allow-unsigned", str(path)], installing)

    def _on_refused(self, path: Path, refusal: Refusal) -> None:
        """The pack is not signed by a key the user trusts: say so in the command line's words, and
        offer to install it anyway."""
        from npviewer.ui.content_update.refusal import RefusalBox

        self._close_progress()
        log.warning("content pack refused: %s", refusal.error)
        self.refused.emit(refusal.error, str(path))
        if not self.interactive:
            self.failed.emit(refusal.error)
            return
        box = RefusalBox(refusal, self._window)
        box.finished.connect(functools.partial(self._refusal_answered, box, path, refusal))
        self.refusal_box = box
        box.open()

    def _refusal_answered(self, box: RefusalBox, path: Path, refusal: Refusal, _result: int) -> None:
        self.refusal_box = None
        box.deleteLater()
        if box.anyway():
            self.install_anyway(path)
            return
        self.statusMessage.emit(translate("ContentUpdate", "Content update cancelled: nothing was changed"), 8000)
        self.failed.emit(refusal.error)

    def rollback(self, confirm: bool = True) -> None:
        """Return to the content in use before the last switch (after asking, unless told not to)."""
        from npviewer.store.installed import read_state

        if self.is_running():
            return
        if read_state().previous is None:
            self._tell_failure(
                translate(
                    "ContentUpdate", "There is no earlier content to return to: no content update has been installed."
                )
            )
            return
        if confirm and self.interactive:
            from npviewer.ui.content_update.changes_html import version_name

            if self.changes is not None:
                earlier = version_name(self.changes.old)
            else:
                earlier = translate("ContentUpdate", "the earlier content")
            answer = QMessageBox.question(
                self._window,
                translate("ContentUpdate", "Roll back the content"),
                translate(
                    "ContentUpdate",
                    "Return to {content}?\n\nYour bookmarks and notes are kept, and you can roll forward again "
                    "the same way.",
                ).format(content=earlier),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._start(["content", "rollback"], translate("ContentUpdate", "Rolling back the content…"))

    def _start(self, args: list[str], label: str) -> UpdateProcess:
        runner = UpdateProcess(args, self)
        runner.progressed.connect(self._on_progress)
        runner.succeeded.connect(self._on_succeeded)
        runner.failed.connect(self._tell_failure)
        runner.cancelled_update.connect(self._on_cancelled)
        runner.done.connect(functools.partial(self._on_runner_done, runner))
        self._runner = runner
        self.install_action.setEnabled(False)
        self.rollback_action.setEnabled(False)
        if self.interactive:
            progress = progress_dialog(self._window, label, translate("ContentUpdate", "Content update"))
            progress.setObjectName("contentUpdateProgress")
            progress.setWindowModality(Qt.WindowModality.NonModal)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.canceled.connect(self.cancel)
            self._progress = progress
        runner.start()
        return runner

    def is_running(self) -> bool:
        """True from the start of an install or rollback until the window has taken in its result."""
        return self._runner is not None or self._switching

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()

    def wait(self) -> None:
        if self._runner is not None:
            self._runner.wait()

    def _on_progress(self, step: str, done: int, total: int) -> None:
        if self._progress is None:
            return
        self._progress.setLabelText(step + "…")
        self._progress.setMaximum(max(total, 0))
        self._progress.setValue(min(done, total) if total else 0)

    def _on_succeeded(self, message: str, changed: bool) -> None:
        """The other process switched the content: open it (on the worker), then show it."""
        from npviewer.store.installed import read_changes
        from npviewer.store.opening import current_store, ensure_store

        self._close_progress()
        if not changed:
            self.statusMessage.emit(message, 10000)
            if self.interactive:
                QMessageBox.information(self._window, translate("ContentUpdate", "Content update"), message)
            self.switched.emit(message)
            return
        self._switching = True

        def opened(found: tuple[StoreStatus, ContentChanges | None]) -> None:
            from npviewer.store.library import Library

            self._switching = False
            self.libraryOpened.emit(Library(found[0]))
            self.statusMessage.emit(message, 10000)
            self.set_changes(found[1])
            self._mark_seen()
            if self.interactive:
                self.show_changes()
            self._settle()
            self.switched.emit(message)

        def failed(exc: BaseException) -> None:
            self._switching = False
            self._settle()
            unopened = translate("ContentUpdate", "The new content could not be opened: {error}")
            self._tell_failure(unopened.format(error=exc))

        self.worker.submit(lambda: (current_store() or ensure_store(), read_changes()), opened, failed)

    def missing_bookmark_html(self, mark: Bookmark) -> str:
        """The page of a bookmark whose entry is no longer in the content (what the update changed)."""
        from npviewer.ui.content_update.changes_html import version_name
        from npviewer.ui.content_update.missing_bookmark import missing_bookmark_html

        change = self.changes.get(mark.entry_id) if self.changes is not None else None
        if change is not None:  # as it read in the interface language (its Korean where it had one)
            change = replace(change, entry=change.entry.in_language(i18n.language()))
        earlier = version_name(self.changes.old) if self.changes is not None else ""
        return missing_bookmark_html(mark, change, earlier)

    def _tell_failure(self, message: str) -> None:
        self._close_progress()
        log.warning("content update refused: %s", message)
        if self.interactive:
            QMessageBox.warning(
                self._window,
                translate("ContentUpdate", "Content update"),
                translate("ContentUpdate", "Nothing was changed.") + f"\n\n{message}",
            )
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._close_progress()
        cancelled = translate("ContentUpdate", "Content update cancelled: nothing was changed")
        self.statusMessage.emit(cancelled, 8000)

    def _on_runner_done(self, runner: UpdateProcess) -> None:
        runner.deleteLater()
        if self._runner is runner:
            self._runner = None
        self._settle()

    def _settle(self) -> None:
        """The actions as the content now allows, once nothing is running."""
        idle = not self.is_running()
        self.install_action.setEnabled(idle)
        self.rollback_action.setEnabled(idle and self.changes is not None)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # -- what changed ------------------------------------------------------------------------------

    def set_changes(self, changes: ContentChanges | None) -> None:
        """The changes of the last switch: they mark the bookmarks and fill the "What changed" window."""
        self.changes = changes
        self._settle()
        self.changedEntries.emit(changes.ids("changed") if changes is not None else set())
        if self._dialog is not None:
            self._fill_dialog()

    def load_changes(self, show_if_new: bool = True) -> None:
        """Read what the last switch changed (on the worker); show it once if the reader has not seen it."""
        from npviewer.store.installed import read_changes

        def loaded(changes: ContentChanges | None) -> None:
            self.set_changes(changes)
            if show_if_new and changes is not None and not self._seen(changes):
                self._mark_seen()
                self.show_changes()

        self.worker.submit(read_changes, loaded, lambda exc: log.warning("what changed: %s", exc))

    def show_changes(self) -> WhatsChangedDialog:
        """Show the "What changed" window (made on first use), raised and focused."""
        if self._dialog is None:
            from npviewer.ui.content_update.whats_changed import WhatsChangedDialog

            self._dialog = WhatsChangedDialog(self._window)
            self._dialog.entryRequested.connect(self.entryRequested)
            self._dialog.rollbackRequested.connect(self.rollback)
        self._fill_dialog()
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
        return self._dialog

    def dialog(self) -> WhatsChangedDialog | None:
        return self._dialog

    def relabel(self) -> None:
        """The "What changed" window again in the content's language (the window calls this once it
        reads the content in a new interface language): the added entries' texts too."""
        if self._dialog is not None:
            self._fill_dialog()

    def _fill_dialog(self) -> None:
        """Fill the window: the entries it links to and the texts of the added ones it shows come
        from the content in use (a few hundred indexed reads at most)."""
        from npviewer.ui.content_update.changes_html import drawn_changes

        assert self._dialog is not None
        marks = self.user.bookmarks()
        texts: dict[str, str] = {}
        present: set[str] | None = None
        changes = self.changes
        if self.library is not None and changes is not None:
            drawn = drawn_changes(changes, [m.entry_id for m in marks])
            repo = self.library.repo
            present = set(repo.refs([c.id for c in drawn]))
            texts = {c.id: repo.text(c.id) for c in drawn if c.status == "added"}
            titles = {r.id: r.title for r in repo.regions()}  # the regions' headings as the content names them
            changes = replace(changes, regions=tuple((rid, titles.get(rid, t)) for rid, t in changes.regions))
        self._dialog.set_changes(changes, marks, present, texts)

    def _key(self, changes: ContentChanges) -> str:
        return f"{changes.old.id}>{changes.new.id}@{changes.switched}"

    def _seen(self, changes: ContentChanges) -> bool:
        return CHANGES_SEEN.get() == self._key(changes)

    def _mark_seen(self) -> None:
        if self.changes is not None:
            CHANGES_SEEN.set(self._key(self.changes))
