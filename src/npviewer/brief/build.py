"""Builds a brief (a region's, a country's, the bookmarks' or a meeting's) from the content (no Qt).

The short brief is page 1 (key points, key figures) and the essentials; the full brief adds the
complete dossier as annexes. Reading order decides note numbers: page 1 first, then the essentials,
then the annexes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from npviewer import __version__
from npviewer.brief.builder import Builder
from npviewer.brief.dossier import bookmarks_section, dossier, glossary, text_of
from npviewer.brief.essentials import Limits, adds, essentials
from npviewer.brief.labels import Labels, format_date
from npviewer.brief.meeting import meeting_subject
from npviewer.brief.meeting_parts import meeting_parts
from npviewer.brief.model import Brief, Section, Statement
from npviewer.brief.parts import Coverage, coverage
from npviewer.brief.rank import key_figures, key_points
from npviewer.brief.subjects import Subject, bookmarks_subject, country_subject, region_subject
from npviewer.store.dates import PartialDate
from npviewer.store.records import EntryRef
from npviewer.store.repository import Repository
from npviewer.store.text import fold

KINDS = ("region", "country", "bookmarks", "meeting")


@dataclass(frozen=True)
class BriefRequest:
    """Which brief: ``kind`` region | country | bookmarks | meeting, its subject's id (none for the
    bookmarks; a meeting or a body for a meeting brief), its language and whether the full dossier."""

    kind: str
    subject: EntryRef | None = None
    lang: str = "en"
    full: bool = False


def _subject(b: Builder, request: BriefRequest) -> Subject:
    if request.kind == "bookmarks":
        return bookmarks_subject(b)
    if request.subject is None:
        raise ValueError("a region or country brief needs its subject")
    if request.kind == "country":
        return country_subject(b, request.subject)
    return region_subject(b, request.subject)


def _annexes(b: Builder, subject: Subject, page_one: list[Statement], sections: list[Section]) -> list[Section]:
    annexes = dossier(b, subject, with_map=False)
    words = text_of([Section("", "", blocks=list(page_one)), *sections, *annexes])
    found = glossary(b, words)
    if found is not None:
        annexes.append(Section("glossary", b.labels["sec.glossary"], intro=b.labels["intro.glossary"], blocks=[found]))
    return annexes


def build_brief(
    repo: Repository,
    request: BriefRequest,
    *,
    bookmarks: dict[str, str] | None = None,
    include_user_notes: bool = False,
    today: dt.date | None = None,
    check: Callable[[], None] | None = None,
    limits: Limits | None = None,
) -> Brief:
    """The brief of a region, a country, the bookmarks or a meeting. ``bookmarks`` maps bookmarked
    entry ids to the user's notes; ``check`` is called often and may raise to stop the work (cancel);
    ``limits`` bounds how much the short brief says of each part."""
    labels = Labels(request.lang)
    limits = limits or Limits()
    b = Builder(repo, labels, bookmarks or {}, include_user_notes, check or (lambda: None), compact=not request.full)
    facts: tuple[tuple[str, str], ...] = ()
    if request.kind == "meeting":
        if request.subject is None:
            raise ValueError("a meeting brief needs its meeting or body")
        m = meeting_subject(b, request.subject)
        title, subtitle, entry = m.title, m.body.title if m.body and m.meeting else "", m.meeting or m.body
        subtitle_notes = b.book.cite(m.body.citations) if m.body and m.meeting else ()
        parts = meeting_parts(b, m, limits, full=request.full)
        facts, points, figures, sections, annexes = (parts.facts, parts.key_points, parts.key_figures,
                                                      parts.sections, parts.annexes)  # fmt: skip
        subject_id = entry.id if entry else request.subject.id
        aliases: tuple[str, ...] = ()
        added = labels["adds.meeting.full" if request.full else "adds.meeting"]
    else:
        subject = _subject(b, request)
        title, subtitle = subject.title, subject.subtitle
        subtitle_notes = b.book.cite(subject.entry.citations) if subject.entry is not None else ()
        points, said = key_points(b, subject)
        figures = key_figures(b, subject, said)
        sections = essentials(b, subject, limits)
        if request.full:
            annexes = _annexes(b, subject, points, sections)
        else:  # counted with notes of their own, which this brief does not print
            annexes = _annexes(b.scratch(), subject, points, sections)
        added = adds(b, subject, annexes, request.full)
        annexes = annexes if request.full else []
        subject_id = subject.entry.id if subject.entry else "bookmarks"
        aliases = subject.entry.aliases if subject.entry else ()
    mine = bookmarks_section(b) if request.kind != "bookmarks" else None
    (annexes if request.full else sections).extend([mine] if mine is not None else [])
    for sec in annexes:  # anchors of their own: the annexes may repeat a heading of the short brief
        sec.key = f"annex-{sec.key}"
    notes, sources = b.book.finish()
    return Brief(
        labels=labels,
        kind=request.kind,
        subject_id=subject_id,
        title=title,
        subtitle=subtitle if subtitle != title else "",
        aliases=aliases,
        purpose=labels.fmt(f"purpose.{request.kind}", subject=title),
        current_to=_current_to(coverage(repo), labels),
        prepared=labels.fmt("prepared", date=format_date(today or dt.date.today(), labels.lang), version=__version__),
        key_points=points,
        key_figures=figures,
        sections=sections,
        notes=notes,
        sources=sources,
        bookmarks_line=labels.fmt("bookmarked_count", count=len(b.marked)) if b.marked else "",
        subtitle_notes=subtitle_notes,
        held=tuple(fold(d.text) for d in b.book.documents.values() if d.text),
        facts=facts,
        full=request.full,
        adds=added,
        annexes=annexes,
    )


def _current_to(cover: Coverage, labels: Labels) -> str:
    if cover.current_to is None:
        return labels["current_to.undated"]
    month = PartialDate(cover.current_to.iso[:7])
    return labels.fmt("current_to", date=format_date(month, labels.lang), first=cover.first_year,
                      last=cover.last_year)  # fmt: skip
