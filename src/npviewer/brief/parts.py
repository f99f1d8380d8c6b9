"""Pieces the brief builder reads from the content: people named at meetings, figures and their dates,
the content's coverage. No Qt (the map of a set of places: :mod:`npviewer.map.plan`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from npviewer.brief.labels import Labels
from npviewer.store.dates import DateError, PartialDate
from npviewer.store.records import EVENT_KINDS, Entry, EntryRef
from npviewer.store.repository import Repository

_SIDE = re.compile(r"^(?P<rest>.*?)\s*\((?P<side>[^()]+)\)\s*$")


@dataclass(frozen=True)
class Person:
    """One participant as a meeting's record names them: ``Name, Office (Side)``."""

    name: str
    office: str = ""
    side: str = ""


def parse_participant(text: str) -> Person:
    """``Lee Jeong-kyu, Deputy Foreign Minister (ROK)`` -> name, office, side; any part may be missing."""
    text = text.strip()
    side = ""
    match = _SIDE.match(text)
    if match:
        text, side = match.group("rest").strip(), match.group("side").strip()
    name, _, office = text.partition(",")
    return Person(name.strip(), office.strip(), side)


@dataclass
class PersonRow:
    """A person of the who's who, with every office the sources give and the meetings attended."""

    name: str
    offices: list[str]
    sides: list[str]
    meetings: list[tuple[str, str]]  # (date label, row anchor)


def people_of(events: Iterable[tuple[Entry, str, str]]) -> list[PersonRow]:
    """The people named by these (event, date label, row anchor), sorted by name."""
    rows: dict[str, PersonRow] = {}
    for entry, date, anchor in events:
        if entry.event is None:
            continue
        for raw in entry.event.participants:
            person = parse_participant(raw)
            if not person.name:
                continue
            row = rows.setdefault(person.name.casefold(), PersonRow(person.name, [], [], []))
            if person.office and person.office not in row.offices:
                row.offices.append(person.office)
            if person.side and person.side not in row.sides:
                row.sides.append(person.side)
            if (date, anchor) not in row.meetings:
                row.meetings.append((date, anchor))
    return sorted(rows.values(), key=lambda r: r.name.casefold())


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
    """A figure's value and unit, without its period: ``22.34 billion USD``."""
    if entry.figure is None:
        return ""
    value = f"{entry.figure.value:,.2f}".rstrip("0").rstrip(".")
    return f"{value} {entry.figure.unit}".strip()


def series_key(entry: Entry) -> str:
    """Figures of one series share a title before the comma and a unit (``Korea-Russia trade, 2019``)."""
    unit = entry.figure.unit if entry.figure else ""
    return entry.title.split(",")[0].strip().casefold() + "|" + unit


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
