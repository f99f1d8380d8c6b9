"""The short brief's pages after page 1: the strategic directions in one paragraph each, the latest
meetings with what they agreed, the people the reader will meet, and the map (no Qt).

How much of each is said is bounded by :class:`Limits`, so the brief keeps to four pages; what it
leaves to the full brief, it says (:func:`adds`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from npviewer.brief.builder import MEETING_KINDS, Builder
from npviewer.brief.dossier import Anchor, people_table
from npviewer.brief.mapfigure import map_figure
from npviewer.brief.model import Section, Statement, Table, Variant
from npviewer.brief.rank import SHORT_TEXT, agreement, says_something
from npviewer.brief.subjects import Subject, specific
from npviewer.store.records import Entry


@dataclass(frozen=True)
class Limits:
    """How much the short brief says of each part (fewer when four pages cannot hold it)."""

    meetings: int = 4
    outcomes: int = 3  # statements of what a meeting agreed, per meeting
    people: int = 12
    entries: int = 12  # a bookmarks brief's own entries
    programmes: int = 6  # programmes a meeting named

    def tighter(self) -> Limits:
        return Limits(max(2, self.meetings - 1), max(1, self.outcomes - 1), max(6, self.people - 3),
                      max(6, self.entries - 3), max(3, self.programmes - 2))  # fmt: skip


def brief_variants(s: Statement) -> tuple[Variant, ...]:
    """A statement's disputed versions, each with its note, without the reasoning (the full brief's)."""
    return tuple(replace(v, reason="") for v in s.variants)


def direction_paragraph(b: Builder, n: int, direction: Entry, items: list[tuple[Entry, int]]) -> Statement:
    """A strategic direction in one paragraph: its statement, then its measures by name (sub-measures
    in brackets after theirs)."""
    measures: list[str] = []
    for entry, depth in items:
        if entry.kind not in ("measure", "submeasure"):
            continue
        if depth <= 1 or not measures:
            measures.append(entry.title)
        elif measures[-1].endswith(")"):
            measures[-1] = measures[-1][:-1] + "; " + entry.title + ")"
        else:
            measures[-1] += " (" + entry.title + ")"
    told = b.told(direction)
    text = told + ("" if not told or told.endswith((".", "!", "?")) else ".") + (" " if told else "")
    if measures:
        text += b.labels.fmt("measures", measures="; ".join(measures))
    s = b.statement(direction, lead=f"{n}. {direction.title}:" if text else f"{n}. {direction.title}", text=text)
    notes = set(s.notes)
    for entry, _ in items:
        notes |= set(b.book.cite(entry.citations))
        b.mark(entry)
    return Statement(s.text, tuple(sorted(notes)), lead=s.lead, marks=s.marks, plain=True, bookmarked=s.bookmarked,
                     user_note=s.user_note, variants=brief_variants(s))  # fmt: skip


def meeting_statement(b: Builder, event: Entry, outcomes: int, told_limit: int = SHORT_TEXT) -> Statement:
    """A meeting and what it agreed: when and where, its name, then its outcome statements by title (and
    its text, when no longer than ``told_limit``, or when it has no statements, twice that)."""
    assert event.event is not None
    where = f", {event.event.place}" if event.event.place else ""
    lead = f"{b.span(event)}{where}: {event.title}" + ("" if event.title.endswith(".") else ".")
    points = b.points_of(event)
    first = agreement(b, event)
    if first is not None and first in points:
        points.remove(first)
        points.insert(0, first)
    said = [p.title for p in points[:outcomes]]
    told = b.told(event)
    text = told if told and len(told) <= (told_limit if said else 2 * told_limit) else ""
    if said:
        text = (text + " " if text else "") + "; ".join(said) + "."
    s = b.statement(event, lead=lead, text=text)
    notes = set(s.notes) | {n for p in points[:outcomes] for n in b.book.cite(p.citations)}
    return Statement(s.text, tuple(sorted(notes)), lead=s.lead, marks=s.marks, bookmarked=s.bookmarked,
                     user_note=s.user_note, variants=brief_variants(s))  # fmt: skip


def latest_meetings(subject: Subject, b: Builder, count: int) -> list[Entry]:
    """The latest held meetings of the subject's own that have an outcome on record, newest first (the
    policy's meetings only where too few are its own); the next planned one first."""
    held = [e for e in subject.events if e.kind in MEETING_KINDS and e.event and not e.event.planned]
    telling = [e for e in held if says_something(b, e)] or held
    chosen = [e for e in telling if specific(e, subject)][-count:]
    if len(chosen) < count:
        chosen += [e for e in telling if e not in chosen][-(count - len(chosen)) :]
    chosen.sort(key=lambda e: e.event.start.first_day() if e.event else dt.date.min, reverse=True)
    planned = [e for e in subject.events if e.kind in MEETING_KINDS and e.event and e.event.planned]
    if planned and chosen and planned[-1].event and chosen[0].event and planned[-1].event.start > chosen[0].event.start:
        chosen.insert(0, planned[-1])
    return chosen


def essentials(b: Builder, subject: Subject, limits: Limits) -> list[Section]:
    """The short brief's sections after page 1."""
    labels = b.labels
    sections: list[Section] = []
    if subject.kind != "bookmarks":  # page 2 opens with the map (and a country's profile)
        overview = Section("overview", labels["sec.region" if subject.kind == "region" else "sec.country"])
        figure = map_figure(b, subject.places, subject.title)
        overview.blocks += [figure] if figure is not None else []
        if subject.kind == "country" and subject.entry is not None and b.told(subject.entry):
            told = Statement(b.told(subject.entry), b.book.cite(subject.entry.citations), plain=True)
            overview.blocks.append(told)
        if overview.blocks:
            sections.append(overview)
    if subject.directions:
        sec = Section("directions", labels["sec.directions"])
        sec.blocks += [direction_paragraph(b, n, d, items) for n, (d, items) in enumerate(subject.directions, 1)]
        sections.append(sec)
    if subject.entries:
        sec = Section("entries", labels["sec.entries"])
        for e in subject.entries[: limits.entries]:
            sec.blocks.append(b.statement(e, lead=e.title + (":" if b.told(e) else ""), text=b.told(e)))
        sections.append(sec)
    meetings = latest_meetings(subject, b, limits.meetings)
    if meetings:
        sec = Section("latest", labels["sec.latest"], intro=labels["intro.latest"])
        sec.blocks += [meeting_statement(b, e, limits.outcomes, 2 * SHORT_TEXT) for e in meetings]
        sections.append(sec)
    anchors: list[Anchor] = [(e, b.span(e), "") for e in meetings if e.event and not e.event.planned]
    people = people_table(b, anchors, links=False)
    if people is not None:
        people = type(people).sized(people.columns, people.rows[: limits.people])
        sections.append(Section("meet", labels["sec.meet"], intro=labels["intro.meet"], blocks=[people]))
    return sections


def adds(b: Builder, subject: Subject, annexes: list[Section], full: bool) -> str:
    """What the full brief adds to the short one (or, in the full brief, what its annexes hold), counted."""
    labels = b.labels

    def rows(key: str) -> int:
        return sum(len(t.rows) for sec in annexes if sec.key == key for t in sec.blocks if isinstance(t, Table))

    def said(key: str) -> int:
        return sum(1 for sec in annexes if sec.key == key for s in sec.blocks if isinstance(s, Statement))

    counts = {
        "places": len(subject.places),
        "measures": sum(len(items) for _, items in subject.directions),
        "meetings": len(subject.events),
        "figures": len(subject.figures),
        "people": rows("people"),
        "programmes": said("programmes"),
        "glossary": rows("glossary"),
    }
    parts = [labels.fmt(f"adds.{key}", count=n) for key, n in counts.items() if n]
    parts.append(labels["adds.notes"])
    return labels.fmt("adds.full" if full else "adds.short", parts="; ".join(parts))
