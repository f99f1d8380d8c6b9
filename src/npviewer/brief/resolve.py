"""What a brief is about, found from what the user typed or chose (a region, a country or area by any of
its names, the bookmarks, or a meeting or body), and whether the output can be written: each refusal is
one line that says what, where and how to fix it."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer.brief.build import BriefRequest
from npviewer.brief.labels import LANGUAGES
from npviewer.store.records import EVENT_KINDS, PLACE_KINDS, PROGRAMME_KINDS, EntryRef

if TYPE_CHECKING:
    from npviewer.store.library import Library


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


def find_meeting(library: Library, name: str) -> EntryRef | None:
    """A meeting (any dated event) or a body by id or title, in any case."""
    repo = library.repo
    wanted = name.strip()
    ref = repo.ref(wanted) if repo.exists(wanted) else None
    if ref is not None and ref.kind in (*EVENT_KINDS, *PROGRAMME_KINDS):
        return ref
    folded = wanted.casefold()
    for ref in repo.refs_of_kind((*EVENT_KINDS, "body")):
        if ref.title.casefold() == folded or ref.id == folded:
            return ref
    return None


def resolve(library: Library, subject: str | None, *, bookmarks: bool = False, lang: str = "en",
            meeting: str | None = None, full: bool = False) -> BriefRequest:  # fmt: skip
    """What to brief: the bookmarks, a meeting, a region or a country/area; a :class:`BriefError` names
    the choices."""
    if lang not in LANGUAGES:
        raise BriefError(f"no brief in language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
    if meeting:
        if subject or bookmarks:
            raise BriefError("give a meeting, a region or country, or --bookmarks: only one of them")
        ref = find_meeting(library, meeting)
        if ref is None:
            raise BriefError(f"no meeting or body '{meeting}': give a meeting's id (such as "
                             "ru-fe-subcommittee-13) or a body's (such as ru-fe-subcommittee); "
                             "'npviewer timeline' lists the meetings")  # fmt: skip
        return BriefRequest("meeting", ref, lang, full)
    request = _resolve_subject(library, subject, bookmarks=bookmarks, lang=lang)
    return replace(request, full=full)


def _resolve_subject(library: Library, subject: str | None, *, bookmarks: bool, lang: str) -> BriefRequest:
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
