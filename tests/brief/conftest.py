"""Shared fixtures for the brief tests: the real content built once, the briefs exported once, short
and full, in every format they are checked in."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from npviewer.store.library import Library
from npviewer.store.userdata import UserStore

REGIONS = ("western", "central", "eastern")
MEETING = "meeting"  # the 13th Far East Sub-committee's brief
MEETING_ID = "ru-fe-subcommittee-13"
#: Every brief the tests read: the three regions, two countries, the bookmarks and a meeting; and the
#: eastern region's in Korean, which passes the same checks.
SUBJECTS = (*REGIONS, "russia", "uzbekistan", "bookmarks", MEETING)
KOREAN = "eastern-ko"
FULL = "-full"
#: A brief's language, by its key in ``briefs``.
LANGUAGE = {KOREAN: "ko", KOREAN + FULL: "ko"}
NOTE = "나진-하산 메모: ask the ministry about the 2020 timetable"
SHORT_PAGES = 4


@pytest.fixture(scope="session", autouse=True)
def _qt_application(qapp: object) -> object:
    """The brief measures its map's labels with QtGui; the tests' QApplication is made first (a process
    has one application, and the widget tests need theirs to be a QApplication)."""
    return qapp


@pytest.fixture(scope="session")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(None, tmp_path_factory.mktemp("store") / "content.sqlite")
    yield lib
    lib.close()


def subject_of(key: str) -> dict[str, object]:
    """export_brief's arguments for a brief's key (``eastern-ko-full``: the full eastern brief in Korean)."""
    full = key.endswith(FULL)
    subject = key.removesuffix(FULL).removesuffix("-ko")
    args: dict[str, object] = {"full": full, "lang": LANGUAGE.get(key, "en")}
    if subject == MEETING:
        return {**args, "subject": None, "meeting": MEETING_ID}
    return {**args, "subject": None if subject == "bookmarks" else subject, "bookmarks": subject == "bookmarks",
            "include_notes": subject in ("eastern", "bookmarks")}  # fmt: skip


@pytest.fixture(scope="session")
def bookmark_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UserStore]:
    """Two bookmarks, one with a Hangul note (included in the eastern and the bookmarks briefs)."""
    store = UserStore(tmp_path_factory.mktemp("user") / "userdata.sqlite")
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan", NOTE)
    store.add_bookmark("ru-fe-subcommittee-13", "13th meeting", "")
    yield store
    store.close()


def _export(library: Library, store: UserStore, folder: Path, key: str, fmt: str) -> Path:
    from npviewer.brief.export import export_brief

    args = subject_of(key)
    subject = args.pop("subject")
    return export_brief(subject, folder / f"{key}.{fmt}", format=fmt, user_store=store, library=library,  # type: ignore[arg-type]
                        **args)  # fmt: skip


@pytest.fixture(scope="session")
def briefs(
    real_library: Library, bookmark_store: UserStore, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Each brief as PDF (A4), short and full: ``eastern``, ``eastern-full``..."""
    folder = tmp_path_factory.mktemp("briefs")
    keys = [k + suffix for k in (*SUBJECTS, KOREAN) for suffix in ("", FULL)]
    return {key: _export(real_library, bookmark_store, folder, key, "pdf") for key in keys}


@pytest.fixture(scope="session")
def documents(
    real_library: Library, bookmark_store: UserStore, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The Word and HTML files of the eastern region, a country and the meeting, short and full, in
    English and (eastern) in Korean: ``eastern.docx``, ``meeting-full.html``..."""
    folder = tmp_path_factory.mktemp("documents")
    out = {}
    for key in ("eastern", "eastern-full", "uzbekistan", MEETING, MEETING + FULL, KOREAN, KOREAN + FULL):
        for fmt in ("docx", "html"):
            out[f"{key}.{fmt}"] = _export(real_library, bookmark_store, folder, key, fmt)
    return out


def pdftext(path: Path, *args: str) -> str:
    """The PDF's text as pdftotext reads it, with runs of white space folded to one space."""
    return re.sub(r"\s+", " ", pdftext_raw(path, *args))


def pdftext_raw(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    raw = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in raw.splitlines())}
