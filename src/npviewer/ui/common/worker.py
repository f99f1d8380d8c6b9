"""One serial worker thread for slow store work (search, building the store), like Anki's taskman.

Tasks run one at a time, in order, on a single ``QThread``. A task that reads the content gets the
worker's own :class:`Library`, opened on the worker thread (one SQLite connection per thread).
Results are plain data posted back to the GUI thread, where the ``done`` callback runs. Tasks
submitted with the same ``key`` supersede each other: only the newest one runs (typing fast
queues no backlog of stale searches). ``threaded=False`` runs every task at once on the caller's
thread with the GUI's library: tests and the self-test use that.
"""

from __future__ import annotations

import functools
import itertools
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from npviewer.store.library import Library

log = logging.getLogger(__name__)
T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Task:
    id: int
    key: str | None
    fn: Callable[..., Any]
    needs_library: bool


class _Thread(QThread):
    """Runs queued tasks; emits ``finished_task(id, ok, value)`` for each."""

    finished_task = Signal(int, bool, object)

    def __init__(self, owner: Worker) -> None:
        super().__init__()
        self.setObjectName("npviewer-worker")
        self._owner = owner
        self.tasks: queue.Queue[_Task | None] = queue.Queue()
        self._library: Library | None = None
        self._library_source: Library | None = None

    def run(self) -> None:  # Override QThread.run
        try:
            while (task := self.tasks.get()) is not None:
                if not self._owner.is_current(task):
                    self.finished_task.emit(task.id, False, None)
                    continue
                try:
                    value = task.fn(self._own_library()) if task.needs_library else task.fn()
                except BaseException as exc:  # reported to the GUI thread, never lost
                    log.exception("worker task failed")
                    self.finished_task.emit(task.id, False, exc)
                else:
                    self.finished_task.emit(task.id, True, value)
        finally:
            if self._library is not None:
                self._library.close()

    def _own_library(self) -> Library:
        source = self._owner.library
        if source is None:
            raise RuntimeError("no content is open yet")
        if self._library is None or self._library_source is not source:
            if self._library is not None:
                self._library.close()
            self._library = source.reopen()
            self._library_source = source
        if self._library.language != source.language:  # the interface language changed meanwhile
            self._library.set_language(source.language)
        return self._library


class Worker(QObject):
    """Runs store work off the GUI thread and calls back on the GUI thread.

    Signals:
        progress(str, int, int): a long task's progress (step, done, total), from any thread.
    """

    progress = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent)
        self.threaded = threaded
        self.library: Library | None = None
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed | None]] = {}
        self._latest: dict[str, int] = {}
        self._thread: _Thread | None = None
        if threaded:
            self._thread = _Thread(self)
            self._thread.finished_task.connect(self._on_finished)
            # Stop the thread even if the worker is deleted without shutdown() (a window never closed).
            self._stop_on_destroy = functools.partial(_stop_thread, self._thread)
            self.destroyed.connect(self._stop_on_destroy)
            self._thread.start()

    def set_library(self, library: Library | None) -> None:
        """The GUI's library; the worker thread opens its own handle on the same store."""
        self.library = library

    def is_current(self, task: _Task) -> bool:
        """False for a keyed task that a newer task with the same key has replaced."""
        return task.key is None or self._latest.get(task.key) == task.id

    def submit(self, fn: Callable[[], T], done: Callable[[T], None], failed: Failed | None = None) -> None:
        """Run ``fn()`` on the worker; then ``done(result)`` or ``failed(exception)`` on the GUI thread."""
        self._submit(fn, False, done, failed, None)

    def query(
        self,
        fn: Callable[[Library], T],
        done: Callable[[T], None],
        failed: Failed | None = None,
        key: str | None = None,
    ) -> None:
        """Run ``fn(library)`` with the worker's own library; ``key`` lets a newer task replace it."""
        self._submit(fn, True, done, failed, key)

    def _submit(
        self, fn: Callable[..., Any], needs_library: bool, done: Done, failed: Failed | None, key: str | None
    ) -> None:
        task = _Task(next(self._ids), key, fn, needs_library)
        if key is not None:
            self._latest[key] = task.id
        if self._thread is None:
            self._run_now(task, done, failed)
            return
        self._callbacks[task.id] = (done, failed)
        self._thread.tasks.put(task)

    def _run_now(self, task: _Task, done: Done, failed: Failed | None) -> None:
        try:
            if task.needs_library:
                if self.library is None:
                    raise RuntimeError("no content is open yet")
                value = task.fn(self.library)
            else:
                value = task.fn()
        except Exception as exc:
            if failed is None:
                raise
            failed(exc)
            return
        done(value)

    def _on_finished(self, task_id: int, ok: bool, value: object) -> None:
        done, failed = self._callbacks.pop(task_id, (None, None))
        if ok and done is not None:
            done(value)
        elif not ok and isinstance(value, BaseException):
            if failed is not None:
                failed(value)
            else:
                log.error("unhandled worker failure: %s", value)

    def report_progress(self, step: str, done: int, total: int) -> None:
        """Callable from the worker thread: the signal reaches GUI slots queued."""
        self.progress.emit(step, done, total)

    def shutdown(self) -> None:
        """Finish the running task, drop the queued ones, and stop the thread."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self.destroyed.disconnect(self._stop_on_destroy)  # stopped here: nothing left to stop then
            _stop_thread(thread)
        self._callbacks.clear()


def _stop_thread(thread: _Thread) -> None:
    """Drop the queued tasks, let the running one finish, and wait for the thread to end."""
    if not shiboken6.isValid(thread) or not thread.isRunning():
        return  # already gone (Python may free it first as the process ends)
    while True:
        try:
            thread.tasks.get_nowait()
        except queue.Empty:
            break
    thread.tasks.put(None)
    thread.wait()
