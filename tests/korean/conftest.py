"""The translated small content (tests/content_factory.korean_files) built into a store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from content_factory import korean_files, write_content
from npviewer.store.library import Library


@pytest.fixture
def korean_content(tmp_path: Path) -> Path:
    return write_content(tmp_path / "korean-content", korean_files())


@pytest.fixture
def korean_library(korean_content: Path, tmp_path: Path) -> Iterator[Library]:
    """The translated content's store, read in Korean."""
    lib = Library.open(korean_content, tmp_path / "korean.sqlite")
    lib.set_language("ko")
    yield lib
    lib.close()
