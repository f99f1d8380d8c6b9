"""The content store's schema as SQL statements, so a store can be built with the stdlib ``sqlite3``.

The tables are declared once, as sqlmodel models (:mod:`npviewer.store.models`): the statements are
what SQLite records when sqlmodel makes them. The packaged app leaves sqlmodel out (it only ever
builds a store when a content update is installed), so there they are read back the same way from
the store prebuilt from those same models. A test keeps the two identical.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from npviewer.errors import ExpectedError
from npviewer.store.db import connect_readonly

#: The modules the packaged app leaves out (see build.spec): their absence means "use the prebuilt store".
BUILDER_MODULES = ("sqlmodel", "sqlalchemy", "pydantic")


class SchemaUnavailable(ExpectedError):
    """Neither the sqlmodel tables nor a prebuilt store to read the schema from."""


@dataclass(frozen=True)
class Schema:
    """``CREATE`` statements in the order they must run (tables, indexes, then full-text tables)."""

    statements: tuple[str, ...]
    version: int


@functools.cache
def content_schema() -> Schema:
    """The schema from the sqlmodel tables; in the packaged app, from its prebuilt store (once a run)."""
    try:
        return schema_from_models()
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in BUILDER_MODULES:
            raise
    from npviewer import paths

    prebuilt = paths.prebuilt_store_path()
    if not prebuilt.is_file():
        raise SchemaUnavailable(f"cannot build a content store: no sqlmodel and no prebuilt store at {prebuilt}")
    return schema_of_store(prebuilt)


def schema_from_models() -> Schema:
    """The statements SQLite records when the sqlmodel tables and the full-text tables are made."""
    from sqlmodel import SQLModel, create_engine

    from npviewer.store import models

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            SQLModel.metadata.create_all(conn)
            for ddl in models.FTS_DDL:
                conn.exec_driver_sql(ddl)
            rows = conn.exec_driver_sql(_MASTER).fetchall()
    finally:
        engine.dispose()
    return Schema(_statements([tuple(r) for r in rows]), models.SCHEMA_VERSION)


def schema_of_store(path: Path) -> Schema:
    """The statements a built store was made with, as SQLite recorded them."""
    conn = connect_readonly(path, immutable=True)
    try:
        rows = conn.execute(_MASTER).fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise SchemaUnavailable(f"cannot read the schema of {path}: {exc}") from None
    finally:
        conn.close()
    return Schema(_statements(rows), version)


_MASTER = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"


def _statements(rows: list[tuple[str, str, str]]) -> tuple[str, ...]:
    """The ``CREATE`` statements in order, but the full-text tables' shadow tables: SQLite makes those."""
    virtual = {name for _type, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")}
    shadow = {name for _type, name, _sql in rows if any(name.startswith(f"{v}_") for v in virtual)}
    return tuple(sql for _type, name, sql in rows if name not in shadow)
