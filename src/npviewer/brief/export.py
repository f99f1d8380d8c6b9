"""Exports a brief (a region, a country or the bookmarks) to PDF: checks first, writes atomically, never a
partial file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer.brief.build import BriefRequest, build_brief
from npviewer.brief.labels import LANGUAGES
from npviewer.brief.model import Brief
from npviewer.i18n import translate
from npviewer.store.files import WriteError, write_atomically
from npviewer.store.records import PLACE_KINDS, EntryRef

if TYPE_CHECKING:
    from npviewer.store.library import Library
    from npviewer.store.userdata import UserStore

ProgressFn = Callable[[int, int, str], None]
PAPER_SIZES = ("A4", "Letter")


class BriefError(Exception):
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


def find_place(library: Library, name: str) -> EntryRef | None:
    """A country or area by id, title or alias, in any case (``russia``, ``Россия``, ``Jilin``)."""
    wanted = name.strip().casefold()
    for ref in library.repo.refs_of_kind(PLACE_KINDS):
        names = {ref.id, ref.title.casefold()} | {a.casefold() for a in library.repo.aliases(ref.id)}
        if wanted in names:
            return ref
    return None


def resolve(library: Library, subject: str | None, *, bookmarks: bool = False, lang: str = "en") -> BriefRequest:
    """What to brief: the bookmarks, a region or a country/area; a :class:`BriefError` names the choices."""
    if lang not in LANGUAGES:
        raise BriefError(f"no brief in language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
    if bookmarks:
        if subject:
            raise BriefError("give a region or country, or --bookmarks, not both")
        return BriefRequest("bookmarks", lang=lang)
    if not subject:
        raise BriefError("name a region or a country, or give --bookmarks")
    region = library.repo.find_region(subject)
    if region is not None:
        return BriefRequest("region", region, lang)
    place = find_place(library, subject)
    if place is not None:
        return BriefRequest("country", place, lang)
    countries = ", ".join(r.id for r in library.repo.refs_of_kind(("country",)))
    raise BriefError(f"no region or country '{subject}'; choose a region ({region_names(library)}) "
                     f"or a country ({countries})")  # fmt: skip


def make_brief(
    library: Library,
    subject: str | None,
    *,
    bookmarks: bool = False,
    lang: str = "en",
    include_notes: bool = False,
    user_store: UserStore | None = None,
    check: Callable[[], None] | None = None,
) -> Brief:
    """The document model of a brief: a region's or a country's (by id, title or alias), or the bookmarks'."""
    request = resolve(library, subject, bookmarks=bookmarks, lang=lang)
    marks = {b.entry_id: b.note for b in user_store.bookmarks()} if user_store is not None else {}
    shown = library.language
    library.set_language(lang)  # names in the brief's language: Korean names where the content has them
    try:
        return build_brief(library.repo, request, bookmarks=marks, include_user_notes=include_notes, check=check)
    finally:
        library.set_language(shown)


def export_brief(
    subject: str | None,
    output: Path,
    *,
    bookmarks: bool = False,
    paper: str = "A4",
    lang: str = "en",
    include_notes: bool = False,
    user_store: UserStore | None = None,
    library: Library | None = None,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the brief of ``subject`` (a region or country; or the bookmarks) to ``output`` (PDF).

    Raises :class:`BriefError` (nothing written) for a bad subject, paper or path, and
    :class:`BriefCancelled` when ``cancelled()`` turns true. ``progress(done, total, stage)``.
    The caller's thread must own ``library``. Needs no Qt at all.
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
        brief = make_brief(library, subject, bookmarks=bookmarks, lang=lang, include_notes=include_notes,
                           user_store=user_store, check=check)  # fmt: skip
    finally:
        if own_library:
            library.close()
    check()
    report(1, 3, translate("Brief", "Typesetting"))
    data = render(brief, paper=paper)
    check()
    report(2, 3, translate("Brief", "Saving"))
    try:
        write_atomically(target, data)
    except WriteError as exc:
        raise BriefError(str(exc)) from None
    return target


def render(brief: Brief, *, paper: str = "A4") -> bytes:
    """The finished PDF bytes of a brief."""
    from npviewer.brief.pdf import TypesetError, compile_pdf

    try:
        return compile_pdf(brief, paper)
    except TypesetError as exc:
        raise BriefError(str(exc)) from None
