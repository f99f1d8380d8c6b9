"""The store's schema as SQL: the same from the sqlmodel tables and from a built store, so the
packaged app (no sqlmodel) builds exactly the store the source tree builds."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from npviewer import paths
from npviewer.store.build import build_from_directory
from npviewer.store.schema import SchemaUnavailable, content_schema, schema_from_models, schema_of_store


@pytest.fixture(autouse=True)
def fresh_schema() -> None:
    """Each test finds the schema again (it is cached once a run)."""
    content_schema.cache_clear()


def test_a_built_store_records_the_models_schema(mini_content: Path, tmp_path: Path) -> None:
    build_from_directory(mini_content, tmp_path / "store.sqlite")
    assert schema_of_store(tmp_path / "store.sqlite") == schema_from_models()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        lines = list(conn.iterdump())
    conn.close()
    return lines


def test_without_sqlmodel_the_schema_comes_from_the_prebuilt_store(
    mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prebuilt = tmp_path / "prebuilt.sqlite"
    build_from_directory(mini_content, prebuilt)
    monkeypatch.setattr(paths, "prebuilt_store_path", lambda: prebuilt)
    monkeypatch.setitem(sys.modules, "sqlmodel", None)  # as in the packaged app: `import sqlmodel` fails
    with pytest.raises(ModuleNotFoundError):
        schema_from_models()
    assert content_schema() == schema_of_store(prebuilt)
    build_from_directory(mini_content, tmp_path / "frozen-way.sqlite")
    assert _dump(tmp_path / "frozen-way.sqlite") == _dump(prebuilt)
    content_schema.cache_clear()


def test_without_sqlmodel_or_a_prebuilt_store_the_build_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "prebuilt_store_path", lambda: tmp_path / "none.sqlite")
    monkeypatch.setitem(sys.modules, "sqlmodel", None)
    with pytest.raises(SchemaUnavailable, match="no prebuilt store"):
        content_schema()
    content_schema.cache_clear()
