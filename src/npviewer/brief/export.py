"""Exports one region's brief to a PDF file: checks first, writes atomically, never a partial file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer.brief.model import Brief, build_brief
from npviewer.errors import ExpectedError
from npviewer.store.files import WriteError, write_atomically

if TYPE_CHECKING:
    from npviewer.store.library import Library
    from npviewer.store.userdata import UserStore

ProgressFn = Callable[[int, int, str], None]
PAPER_SIZES = ("A4", "Letter")


class BriefError(ExpectedError):
    """The brief could not be made; the message says what, where, and how to fix it."""


class BriefCancelled(BriefError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled: no file was written")


def check_output(output: Path) -> Path:
    """The absolute target path, or a :class:`BriefError` saying why it cannot be written."""
    output = Path(os.path.expanduser(output))
    output = output if output.is_absolute() else Path.cwd() / output
    folder = output.parent
    if output.is_dir():
        raise BriefError(f"{output} is a folder: give a file name such as '{output / 'brief.pdf'}'")
    if not folder.is_dir():
        raise BriefError(f"cannot write {output}: the folder {folder} does not exist. Create it or choose another.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BriefError(f"cannot write {output}: the folder {folder} is not writable. Choose another folder.")
    if output.exists() and not os.access(output, os.W_OK):
        raise BriefError(f"cannot replace {output}: the file is read-only. Choose another name.")
    return output


def region_names(library: Library) -> str:
    return ", ".join(r.id for r in library.repo.regions())


def make_brief(
    library: Library,
    region: str,
    *,
    include_notes: bool = False,
    user_store: UserStore | None = None,
    check: Callable[[], None] | None = None,
) -> Brief:
    """The document model of a region's brief (by id, title or alias)."""
    ref = library.repo.find_region(region)
    if ref is None:
        raise BriefError(f"no region '{region}'; choose one of: {region_names(library)}")
    marks = {b.entry_id: b.note for b in user_store.bookmarks()} if user_store is not None else {}
    return build_brief(library.repo, ref, bookmarks=marks, include_user_notes=include_notes, check=check)


def export_brief(
    region: str,
    output: Path,
    *,
    paper: str = "A4",
    include_notes: bool = False,
    user_store: UserStore | None = None,
    library: Library | None = None,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the brief of ``region`` to ``output`` (PDF) and return its path.

    Raises :class:`BriefError` (nothing written) for a bad region, paper or path, and
    :class:`BriefCancelled` when ``cancelled()`` turns true. ``progress(done, total, stage)``.
    The caller's thread must own ``library``; a QGuiApplication is created if none is running.
    """
    if paper not in PAPER_SIZES:
        raise BriefError(f"unknown paper size '{paper}'; choose one of: {', '.join(PAPER_SIZES)}")
    target = check_output(output)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise BriefCancelled()

    def report(done: int, total: int, stage: str) -> None:
        if progress is not None:
            progress(done, total, stage)

    report(0, 0, "Reading the content")
    own_library = library is None
    if library is None:
        from npviewer.store.content import ContentError
        from npviewer.store.library import Library

        try:
            library = Library.open()
        except ContentError as exc:
            raise BriefError(f"the content could not be loaded: {exc}") from None
    try:
        brief = make_brief(library, region, include_notes=include_notes, user_store=user_store, check=check)
    finally:
        if own_library:
            library.close()
    check()
    data = render(brief, paper=paper, progress=report, check=check)
    check()
    report(1, 1, "Saving")
    try:
        write_atomically(target, data)
    except WriteError as exc:
        raise BriefError(str(exc)) from None
    return target


def render(brief: Brief, *, paper: str = "A4", progress: ProgressFn | None = None,
           check: Callable[[], None] | None = None) -> bytes:  # fmt: skip
    """The finished PDF bytes of a brief: laid out, painted, outlined."""
    from npviewer.brief.fonts import FontError, register_fonts
    from npviewer.brief.pdfmeta import finish_pdf
    from npviewer.brief.render import render_pdf

    try:
        family = register_fonts()
    except FontError as exc:
        raise BriefError(str(exc)) from None
    pdf = render_pdf(brief, family, paper=paper, progress=progress, check=check)
    return finish_pdf(
        pdf.data,
        outline=pdf.outline,
        toc_links=pdf.toc_links,
        page_height=pdf.page_size[1],
        metadata={
            "Title": brief.document_title,
            "Subject": f"{brief.title} ({brief.scope}): strategy, meetings, figures and sources"
            if brief.scope
            else f"{brief.title}: strategy, meetings, figures and sources",
            "Creator": f"npviewer {brief.app_version}",
            "Producer": f"npviewer {brief.app_version} (Qt QPdfWriter, pypdf)",
            "Keywords": "New Northern Policy; Korea; " + brief.title,
        },
    )
