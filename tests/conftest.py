"""Test set-up: Qt offscreen, and a private home for user data in every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def npviewer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user data dir: nothing leaks into the real one."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("NPVIEWER_HOME", str(home))
    yield home


@pytest.fixture
def mini_content(tmp_path: Path) -> Path:
    """A small valid content folder, written fresh for the test."""
    from content_factory import write_content

    return write_content(tmp_path / "content")


@pytest.fixture
def mini_library(mini_content: Path, tmp_path: Path) -> Iterator[object]:
    """The small content built into a store and opened."""
    from npviewer.store.library import Library

    lib = Library.open(mini_content, tmp_path / "store.sqlite")
    yield lib
    lib.close()
