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
#: Every brief the tests read: the three regions, a country, and the bookmarks; and the eastern
#: region's in Korean, which passes the same checks.
SUBJECTS = (*REGIONS, "russia", "bookmarks")
KOREAN = "eastern-ko"
#: A brief's language, by its key in ``briefs``.
LANGUAGE = {KOREAN: "ko"}
NOTE = "나진-하산 메모: ask the ministry about the 2020 timetable"


@pytest.fixture(scope="session")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(None, tmp_path_factory.mktemp("store") / "content.sqlite")
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def briefs(real_library: Library, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each brief (A4); the bookmarks hold two entries, one with a Hangul note, included in eastern's."""
    from npviewer.brief.export import export_brief

    folder = tmp_path_factory.mktemp("briefs")
    store = UserStore(folder / "userdata.sqlite")
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan", NOTE)
    store.add_bookmark("ru-fe-subcommittee-13", "13th meeting", "")
    out = {}
    try:
        for key in (*SUBJECTS, KOREAN):
            subject = key.removesuffix("-ko")
            out[key] = export_brief(
                None if subject == "bookmarks" else subject, folder / f"{key}.pdf",
                bookmarks=subject == "bookmarks", include_notes=subject in ("eastern", "bookmarks"),
                user_store=store, library=real_library, lang=LANGUAGE.get(key, "en"),
            )  # fmt: skip
    finally:
        store.close()
    return out


def pdftext(path: Path, *args: str) -> str:
    """The PDF's text as pdftotext reads it, with runs of white space folded to one space."""
    return re.sub(r"\s+", " ", pdftext_raw(path, *args))


def pdftext_raw(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    raw = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in raw.splitlines())}
