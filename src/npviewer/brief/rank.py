"""Page 1: the key points and key figures, ranked by weight, not date (no Qt).

What rests on a held document's own words comes first, then what a source of good standing states,
then the rest; the policy's end always leads, so no 2021 plan reads as today's policy. Figures of one
series make one point (``from 30,000 (2015) to 250,000 (January-September 2019)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from npviewer.brief.builder import HELD, MEETING_KINDS, SOUND, Builder
from npviewer.brief.model import Cell, Statement, Table
from npviewer.brief.parts import figure_value, series_key
from npviewer.brief.subjects import Subject
from npviewer.store.dates import PartialDate
from npviewer.store.records import Entry

MAX_KEY_POINTS = 8
FIGURE_POINTS = 3
MEETING_POINTS = 3
PAGE_ONE_FIGURES = 6
SHORT_TEXT = 170  # characters: an outcome this short is said in a key point; a longer one by its title
#: Kinds of key point, in the order they stand among points of the same weight.
ORDER = ("figure", "meeting", "direction", "planned", "profile")

Dated = tuple[Entry, PartialDate | None]


@dataclass(frozen=True)
class Ranked:
    """A candidate key point: how to make it, and what ranks it."""

    make: Callable[[], Statement]
    weight: int
    category: str
    when: dt.date
    disputed: bool = False
    figures: set[str] = field(default_factory=set)


def _day(when: PartialDate | None) -> dt.date:
    return when.last_day() if when else dt.date.min


def series(figures: list[Dated]) -> list[list[Dated]]:
    """Figures grouped by what they measure (the title before its comma), each series oldest first."""
    groups: dict[str, list[Dated]] = {}
    for figure, when in figures:
        key = figure.title.split(",")[0].strip().casefold()
        groups.setdefault(key, []).append((figure, when))
    return [sorted(g, key=lambda f: _day(f[1])) for g in groups.values()]


def _specific(figure: Entry, subject: Subject) -> bool:
    """Whether a figure is about one of the subject's places (not the policy as a whole)."""
    places = {p.id for p in subject.places} - {"korea"}
    return any(r.id in places for r in figure.links.get("Countries and areas", ()))


def figure_rank(b: Builder, subject: Subject, figures: list[Dated]) -> list[list[Dated]]:
    """Series by weight (a held document's words first, a weak source's last; an official source counts
    as a reliable one: its figures of who attended a forum are not the headline figures), then the
    content's own key figures (not a detail of one meeting), whether two documents state it, whether it
    is about the subject's places, then date."""

    def rank(s: list[Dated]) -> tuple[int, bool, bool, bool, dt.date]:
        latest, when = s[-1]
        weight = min(b.weight(latest), SOUND) if b.weight(latest) < HELD else HELD
        curated = (
            latest.parent_id is None or not b.repo.exists(latest.parent_id) or b.entry(latest.parent_id).event is None
        )
        return weight, curated, b.corroborated(latest), _specific(latest, subject), _day(when)

    return sorted(series(figures), key=rank, reverse=True)


def figure_point(b: Builder, group: list[Dated]) -> Statement:
    """A series (or one figure) as a key point: what it measures, where it started and where it stands."""
    latest, when = group[-1]
    if len(group) > 1:  # a series: where it started and where it stands
        first, first_when = group[0]
        subject = latest.title.split(",")[0].strip()
        trend = b.labels.fmt("trend", first=b.figure_line(first, first_when), latest=b.figure_line(latest, when))
        s = b.statement(latest, lead=f"{subject}:", text=trend)
        notes = tuple(sorted(set(s.notes) | set(b.book.cite(first.citations))))
        return Statement(s.text, notes, lead=s.lead, marks=s.marks, variants=s.variants, bookmarked=s.bookmarked,
                         user_note=s.user_note)  # fmt: skip
    told = b.told(latest)  # our own statement of the figure says what the value alone cannot (a rank, a range)
    if told:
        return b.statement(latest, lead=f"{latest.title}:", text=told)
    dated = "," in latest.title  # a title that names its period (``Korea-Russia trade, 2019``) needs only the value
    return b.statement(
        latest, lead=f"{latest.title}:", text=figure_value(latest) if dated else b.figure_line(latest, when)
    )


def event_line(b: Builder, entry: Entry) -> tuple[str, str]:
    """(lead, text) of a meeting in a key point: when and where, then what it was and agreed."""
    assert entry.event is not None
    where = f", {entry.event.place}" if entry.event.place else ""
    lead = b.span(entry) + where + ":"
    text = entry.title + ("" if entry.title.endswith(".") else ".")
    said = b.told(entry)
    agreed = agreement(b, entry)
    if agreed is not None:
        said = agreed.title + ("" if agreed.title.endswith(".") else ".")
    elif len(said) > SHORT_TEXT:
        said = ""
    return lead, f"{text} {said}".strip()


def agreement(b: Builder, event: Entry) -> Entry | None:
    """The statement under a meeting that says what it agreed or set going: the first that links a
    programme or a later event, else the first statement."""
    points = b.points_of(event)
    for point in points:
        if point.links.get("Programmes and bodies") or any(
            e.id != event.id for e in point.links.get("Meetings and events", ())
        ):
            return point
    return points[0] if points else None


def says_something(b: Builder, entry: Entry) -> bool:
    """Whether an event has more on record than its title: a text or a statement below it."""
    return bool(b.told(entry)) or any(c.kind == "point" for c in entry.children)


def key_points(b: Builder, subject: Subject) -> tuple[list[Statement], set[str]]:
    """Page 1's points, and the ids of the figures they say (the key figures table leaves those out).

    Candidates are ranked first and made into statements in their final order, so notes are numbered
    as the reader meets them and none is cited for a point left off.
    """
    from npviewer.brief.subjects import specific

    ranked: list[Ranked] = []
    for group in figure_rank(b, subject, subject.figures)[:FIGURE_POINTS]:
        latest, when = group[-1]
        ranked.append(Ranked(partial(figure_point, b, group), b.weight(latest), "figure", _day(when),
                             bool(latest.disputes), {f.id for f, _ in group}))  # fmt: skip
    held = [e for e in subject.events if e.kind in MEETING_KINDS and e.event and not e.event.planned]
    telling = [e for e in held if says_something(b, e)] or held

    def rank(e: Entry) -> tuple[bool, bool, int, dt.date]:
        """A held document's meeting first, then the subject's own meetings, the better sourced, the later."""
        return b.weight(e) == HELD, specific(e, subject), b.weight(e), _day(e.event.start if e.event else None)

    for event in sorted(telling, key=rank, reverse=True)[:MEETING_POINTS]:
        lead, text = event_line(b, event)
        ranked.append(Ranked(partial(b.statement, event, lead=lead, text=text), b.weight(event), "meeting",
                             _day(event.event.start if event.event else None), bool(event.disputes)))  # fmt: skip
    for n, (direction, _) in enumerate(subject.directions[:2], start=1):
        lead = b.labels.fmt("direction", n=n) + ":"
        ranked.append(Ranked(partial(b.statement, direction, lead=lead, text=direction.title), b.weight(direction),
                             "direction", dt.date.min))  # fmt: skip
    planned = [e for e in subject.events if e.kind in MEETING_KINDS and e.event and e.event.planned]
    if planned and held and planned[-1].event and held[-1].event and planned[-1].event.start > held[-1].event.start:
        lead, text = event_line(b, planned[-1])
        ranked.append(Ranked(partial(b.statement, planned[-1], lead=f"{b.labels['planned_meeting']}, {lead}",
                                     text=text), 0, "planned", planned[-1].event.start.last_day()))  # fmt: skip
    for profile in subject.character[:2]:
        ranked.append(Ranked(partial(b.statement, profile), 0, "profile", dt.date.min))
    ranked.sort(key=lambda r: (-r.weight, ORDER.index(r.category), r.disputed, -r.when.toordinal()))
    points: list[Statement] = []
    ended = b.policy_end() if subject.kind != "bookmarks" else None
    if ended is not None:
        lead, _ = event_line(b, ended)
        points.append(b.statement(ended, lead=f"{b.labels['policy_ended']}, {lead}", text=ended.title + "."))
    shown = ranked[: MAX_KEY_POINTS - len(points)]
    # On page 1 a disputed value gives the other version and its note; the reason is in the full brief.
    for r in shown:
        s = r.make()
        points.append(replace(s, variants=tuple(replace(v, reason="") for v in s.variants)))  # notes kept
    return points, {fid for r in shown for fid in r.figures}


def figures_table(b: Builder, figures: list[Dated]) -> Table | None:
    """Figures as a table: what it measures, its value, its period and who states it."""
    if not figures:
        return None
    rows = []
    for figure, when in figures:
        notes = b.book.cite(figure.citations)
        source = Statement(b.publishers(figure), notes, marks=b.marks_of(figure), variants=b.variants(figure))
        rows.append((Cell.of(figure.title, bookmarked=figure.id in b.marks), Cell.of(figure_value(figure)),
                     Cell.of(b.figure_period(figure, when)), Cell((source,))))  # fmt: skip
        if figure.id in b.marks and figure.id not in b.marked:
            b.marked.append(figure.id)
    cols = tuple(b.labels[k] for k in ("col.figure", "col.value", "col.date", "col.source"))
    return Table.sized(cols, tuple(rows))


def key_figures(b: Builder, subject: Subject, said: set[str]) -> Table | None:
    """Page 1's figures: the latest of each series not said in a key point, by weight."""
    rest = [(f, w) for f, w in subject.figures if f.id not in said]
    chosen = [group[-1] for group in figure_rank(b, subject, rest)[:PAGE_ONE_FIGURES]]
    return figures_table(b, chosen)


def latest_per_series(figures: list[Dated]) -> list[Dated]:
    """The latest figure of each series, newest first (the full brief's figures section)."""
    ordered = sorted(figures, key=lambda f: _day(f[1]), reverse=True)
    seen: set[str] = set()
    out = []
    for figure, when in ordered:
        key = series_key(figure)
        if key not in seen:
            seen.add(key)
            out.append((figure, when))
    return out
