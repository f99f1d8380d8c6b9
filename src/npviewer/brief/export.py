"""The brief's service: export a region's, a country's, the bookmarks' or a meeting's brief, short or full,
as PDF, Word or HTML. The export dialog and the command line only fill in a :class:`BriefChoice`.
Checks first, writes atomically, never a partial file."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer.brief.build import build_brief
from npviewer.brief.essentials import Limits
from npviewer.brief.model import Brief
from npviewer.brief.resolve import BriefCancelled, BriefError, check_output, find_meeting, find_place, resolve
from npviewer.i18n import translate
from npviewer.store.files import WriteError, write_atomically

if TYPE_CHECKING:
    from npviewer.store.library import Library
    from npviewer.store.userdata import UserStore

__all__ = ["FORMATS", "PAPER_SIZES", "BriefCancelled", "BriefChoice", "BriefError", "check_output", "export",
           "export_brief", "find_meeting", "find_place", "format_of", "make_brief", "render", "resolve"]  # fmt: skip

ProgressFn = Callable[[int, int, str], None]
PAPER_SIZES = ("A4", "Letter")
#: The formats a brief is written in, each with its file suffix.
FORMATS = {"pdf": ".pdf", "docx": ".docx", "html": ".html"}
#: Pages the short brief keeps to (in the PDF; A4 or Letter).
SHORT_PAGES = 4


@dataclass(frozen=True)
class BriefChoice:
    """Everything the user chooses for a brief; the export dialog and the command line only fill it in.

    What to brief: a region or country (``subject``: id, name or alias), the ``bookmarks``, or a
    ``meeting`` (a meeting's or a body's id). Then: the ``full`` dossier as annexes or the short brief,
    the ``format`` (pdf, docx, html), the language, the paper and whether to print the user's notes.
    """

    subject: str | None = None
    bookmarks: bool = False
    meeting: str | None = None
    full: bool = False
    format: str = "pdf"
    lang: str = "en"
    paper: str = "A4"
    include_notes: bool = False


def format_of(path: Path, default: str = "pdf") -> str:
    """The format a file name asks for by its suffix (``brief.docx`` -> docx), else ``default``."""
    suffix = path.suffix.lower()
    return next((f for f, s in FORMATS.items() if s == suffix or (f == "html" and suffix == ".htm")), default)


def make_brief(
    library: Library,
    subject: str | None,
    *,
    bookmarks: bool = False,
    meeting: str | None = None,
    full: bool = False,
    lang: str = "en",
    include_notes: bool = False,
    user_store: UserStore | None = None,
    check: Callable[[], None] | None = None,
    limits: Limits | None = None,
) -> Brief:
    """The document model of a brief: a region's or a country's (by id, title or alias), the
    bookmarks', or a meeting's (by a meeting's or a body's id)."""
    request = resolve(library, subject, bookmarks=bookmarks, lang=lang, meeting=meeting, full=full)
    marks = {b.entry_id: b.note for b in user_store.bookmarks()} if user_store is not None else {}
    shown = library.language
    library.set_language(lang)  # names in the brief's language: Korean names where the content has them
    try:
        return build_brief(library.repo, request, bookmarks=marks, include_user_notes=include_notes, check=check,
                           limits=limits, provenance=library.provenance)  # fmt: skip
    finally:
        library.set_language(shown)


def export(
    choice: BriefChoice,
    output: Path,
    *,
    user_store: UserStore | None = None,
    library: Library | None = None,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the brief ``choice`` describes to ``output``, whole or not at all.

    Raises :class:`BriefError` (nothing written) for a bad subject, meeting, format, paper or path, and
    :class:`BriefCancelled` when ``cancelled()`` turns true. ``progress(done, total, stage)``. The
    caller's thread must own ``library`` (None: the bundled content is opened and closed). Needs no
    Qt widgets; the map's labels are measured with QtGui (offscreen when there is no window).
    """
    if choice.paper not in PAPER_SIZES:
        raise BriefError(f"unknown paper size '{choice.paper}'; choose one of: {', '.join(PAPER_SIZES)}")
    if choice.format not in FORMATS:
        raise BriefError(f"unknown format '{choice.format}'; choose one of: {', '.join(FORMATS)}")
    target = check_output(output)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise BriefCancelled()

    def report(done: int, total: int, stage: str) -> None:
        if progress is not None:
            progress(done, total, stage)

    report(0, 3, translate("Brief", "Reading the content"))
    own_library = library is None
    if library is None:
        from npviewer.store.content import ContentError
        from npviewer.store.library import Library

        try:
            library = Library.open()
        except ContentError as exc:
            raise BriefError(f"the content could not be loaded: {exc}") from None
    try:
        with _collector_paused():
            data = _made(library, choice, user_store, check, report)
    finally:
        if own_library:
            library.close()
    check()
    report(2, 3, translate("Brief", "Saving"))
    try:
        write_atomically(target, data)
    except WriteError as exc:
        raise BriefError(str(exc)) from None
    return target


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held while a brief is made: the brief's objects are many and short-lived,
    and the collector's passes over them and the loaded store cost up to a fifth of building it
    (measured: 0.39 s against 0.31 s for the 1,000-measure region). Reference counting still frees them;
    the collector runs again after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _made(library: Library, choice: BriefChoice, user_store: UserStore | None, check: Callable[[], None],
          report: ProgressFn) -> bytes:  # fmt: skip
    """The finished file's bytes; a short PDF brief that runs past four pages is made again saying less."""
    limits = Limits()
    for attempt in range(4):
        brief = make_brief(library, choice.subject, bookmarks=choice.bookmarks, meeting=choice.meeting,
                           full=choice.full, lang=choice.lang, include_notes=choice.include_notes,
                           user_store=user_store, check=check, limits=limits)  # fmt: skip
        check()
        if attempt == 0:
            report(1, 3, translate("Brief", "Typesetting"))
        data = render(brief, format=choice.format, paper=choice.paper)
        if choice.full or choice.format != "pdf":
            return data
        from npviewer.brief.pdf import page_count

        if page_count(data) <= SHORT_PAGES or limits == limits.tighter():
            return data
        limits = limits.tighter()
    return data


def export_brief(
    subject: str | None,
    output: Path,
    *,
    bookmarks: bool = False,
    meeting: str | None = None,
    full: bool = False,
    format: str = "pdf",
    paper: str = "A4",
    lang: str = "en",
    include_notes: bool = False,
    user_store: UserStore | None = None,
    library: Library | None = None,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """:func:`export` with the choices as keywords: the brief of ``subject`` (a region or country), the
    bookmarks or a meeting, to ``output``."""
    choice = BriefChoice(subject, bookmarks, meeting, full, format, lang, paper, include_notes)
    return export(choice, output, user_store=user_store, library=library, progress=progress, cancelled=cancelled)


def render(brief: Brief, *, format: str = "pdf", paper: str = "A4") -> bytes:
    """The finished file of a brief: PDF (Typst), Word (python-docx) or one HTML file."""
    from npviewer.brief.pdf import TypesetError, compile_pdf

    try:
        if format == "docx":
            from npviewer.brief.word_doc import write_docx

            return write_docx(brief, paper)
        if format == "html":
            from npviewer.brief.webpage import write_html

            return write_html(brief)
        return compile_pdf(brief, paper)
    except TypesetError as exc:
        raise BriefError(str(exc)) from None
