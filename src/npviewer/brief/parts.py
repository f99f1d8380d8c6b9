"""Pieces the brief builder reads from the content: figures and their dates, the content's coverage. No Qt
(the people named at meetings: :mod:`npviewer.brief.people`; the map of a set of places: :mod:`npviewer.map.plan`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from npviewer.brief.labels import Labels
from npviewer.store.dates import DateError, PartialDate
from npviewer.store.records import EVENT_KINDS, Entry, EntryRef
from npviewer.store.repository import Repository


def figure_date(entry: Entry, fallback: PartialDate | None = None) -> PartialDate | None:
    """The latest date a figure's period names (``2019-01/2019-09`` -> 2019-09), else ``fallback``."""
    if entry.figure is not None:
        for part in reversed(entry.figure.period.split("/")):
            try:
                return PartialDate.parse(part.strip())
            except DateError:
                continue
    return fallback


def figure_value(entry: Entry) -> str:
    """A figure's value and unit, without its period, in the language it was read in: ``22.34 billion
    USD``, ``223억 4,000만 달러`` (:attr:`FigureInfo.label`)."""
    if entry.figure is None:
        return ""
    return replace(entry.figure, period="").label.strip()


#: A title's period in brackets at its end: ``연해주를 방문한 한국인(2019년 1~9월)``.
_BRACKETED_PERIOD = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")


def figure_subject(title: str) -> tuple[str, bool]:
    """What a figure's title says it measures, and whether the title names its period too: the part
    before a comma (``Korea-Russia trade, 2019``) or before a period in brackets, as the Korean titles
    write it (``한-러 교역액(2019년)``)."""
    head, comma, _ = title.partition(",")
    if comma:
        return head.strip(), True
    match = _BRACKETED_PERIOD.search(title)
    if match:
        return title[: match.start()].strip(), True
    return title.strip(), False


def series_key(entry: Entry) -> str:
    """Figures of one series measure one thing (:func:`figure_subject`) in one unit."""
    unit = entry.figure.unit if entry.figure else ""
    return figure_subject(entry.title)[0].casefold() + "|" + unit


@dataclass(frozen=True)
class Coverage:
    """The date the content is current to and the years it covers."""

    current_to: PartialDate | None
    first_year: int | None
    last_year: int | None


def coverage(repo: Repository) -> Coverage:
    """The content's coverage: the repository's own when it has one, else the newest dated event held
    or source, and the first and last year of the events."""
    own = getattr(repo, "coverage", None)
    if callable(own):
        found = own()
        current = getattr(found, "current_to", None)
        period = getattr(found, "period", None) or (
            getattr(found, "first_year", None),
            getattr(found, "last_year", None),
        )
        if isinstance(current, PartialDate):
            return Coverage(current, period[0], period[1])
    dates = [e.end or e.start for e in repo.timeline_events() if not e.planned]
    for doc in repo.documents():
        try:
            dates.append(PartialDate.parse(doc.date)) if doc.date else None
        except DateError:
            continue
    if not dates:
        return Coverage(None, None, None)
    newest = max(dates, key=lambda d: (d.last_day(), len(d.iso)))
    starts = [e.start.year for e in repo.timeline_events()]
    return Coverage(newest, min(starts) if starts else newest.year, newest.year)


def is_event(ref: EntryRef | Entry) -> bool:
    return ref.kind in EVENT_KINDS


def join_names(names: list[str], labels: Labels) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {labels['and']} " + names[-1]
