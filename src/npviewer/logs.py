"""npviewer's log: a rotating file in the user data dir, never the terminal (no Qt, stdlib only).

The window keeps what is logged before its first paint (:class:`EarlyLog`) and opens the file after
it (:func:`setup_logging`); each command of the command line opens it for its own run
(:func:`npviewer.console.command_log`). Both write through :func:`rotating_handler`.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "npviewer.log"
LOG_BYTES = 1_000_000
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def rotating_handler(path: Path) -> logging.Handler:
    """A handler for npviewer's log at ``path`` (the last 3 kept); raises OSError when it cannot be
    opened. A write that fails later (a full disk) is dropped quietly, never printed on the terminal."""
    from logging.handlers import RotatingFileHandler  # imports socket and pickle: only when needed

    class QuietHandler(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            """Override Handler.handleError: a log that cannot be written must not disturb the user."""

    handler = QuietHandler(path, maxBytes=LOG_BYTES, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def setup_logging(folder: Path) -> Path:
    """Log to a rotating file in the user data dir (the last 3 kept); returns the log's path.

    Records logged before (by :class:`EarlyLog`, on the way to the first paint) are written first."""
    path = folder / LOG_NAME
    root = logging.getLogger()
    early = [h for h in root.handlers if isinstance(h, EarlyLog)]
    for keeper in early:
        root.removeHandler(keeper)
    handler = next((h for h in root.handlers if getattr(h, "_npviewer", False)), None)
    if handler is None:
        try:
            handler = rotating_handler(path)
        except OSError:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter(FORMAT))
        handler._npviewer = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    for keeper in early:
        for record in keeper.records:
            handler.handle(record)
    return path


class EarlyLog(logging.Handler):
    """Keeps what is logged before the first paint, for :func:`setup_logging` to write after it (the
    rotating file handler's module costs more than the whole log of a start)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Override Handler.emit: keep the record."""
        self.records.append(record)
