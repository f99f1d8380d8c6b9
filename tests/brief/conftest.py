"""Shared fixtures for the brief tests: the real content built once, the briefs exported once."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from npviewer.store.library import Library
from npviewer.store.userdata import UserStore

REGIONS = ("western", "central", "eastern")
NOTE = "나진-하산 메모: ask the ministry about the 2020 timetable"


@pytest.fixture(autouse=True, scope="session")
def _qt_application(qapp: object) -> object:
    """pytest-qt's QApplication first: the brief would otherwise start a bare QGuiApplication."""
    return qapp


@pytest.fixture(scope="session")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(None, tmp_path_factory.mktemp("store") / "content.sqlite")
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def briefs(real_library: Library, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each region's brief (A4); eastern with a bookmark and its Hangul note included."""
    from npviewer.brief.export import export_brief

    folder = tmp_path_factory.mktemp("briefs")
    store = UserStore(folder / "userdata.sqlite")
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan", NOTE)
    out = {}
    try:
        for region in REGIONS:
            out[region] = export_brief(
                region, folder / f"{region}.pdf", include_notes=region == "eastern", user_store=store,
                library=real_library,
            )  # fmt: skip
    finally:
        store.close()
    return out


def pdftext(path: Path, *args: str) -> str:
    """The PDF's text as pdftotext reads it, with runs of white space folded to one space."""
    raw = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", raw)


def pdfinfo(path: Path) -> dict[str, str]:
    raw = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in raw.splitlines())}
