"""Test set-up: Qt offscreen, and a private home for user data in every test."""

from __future__ import annotations

import gc
import os
import sys
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


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Every test starts in English, and a test that switched the language switches it back."""
    yield
    from npviewer import i18n

    if i18n.language() != "en":
        if "PySide6.QtWidgets" in sys.modules:
            from npviewer.ui.common.language import apply_language

            apply_language("en")
        else:
            i18n.set_language("en")


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """After each test, free what it left at a safe point: a window freed by the cyclic GC in the
    middle of a later test's paint event would crash the whole run."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    gc.collect()
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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


@pytest.fixture
def in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run ``cli.main`` in this process, in a scratch folder, with no display."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    yield tmp_path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(scope="session")
def publisher_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway signing key for the test run: (private key, public key). Never a real one."""
    from npviewer.store.signing import keygen

    private = tmp_path_factory.mktemp("keys") / "test-publisher.key"
    public, _key = keygen(private, "Test publisher")
    return private, public


@pytest.fixture
def trusted_publisher(publisher_key: tuple[Path, Path], npviewer_home: Path) -> Path:
    """The test's user trusts the throwaway publisher key (as `npviewer content trust add` does); its private key."""
    from npviewer.store.trust import add_key

    add_key(publisher_key[1])
    return publisher_key[0]
