"""Opening SQLite files with the settings npviewer relies on (stdlib ``sqlite3``: cheap to import)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_readonly(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """Open a built content store for reading; ``immutable`` for one in a read-only install."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    return conn


def connect_readwrite(path: Path, shared: bool = True) -> sqlite3.Connection:
    """Open (or create) a store; ``shared`` sets it up for two writers (WAL, busy timeout)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    if shared:
        share(conn)
    return conn


def share(conn: sqlite3.Connection) -> None:
    """Let other processes read and write while this one does: WAL, normal sync, foreign keys."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
