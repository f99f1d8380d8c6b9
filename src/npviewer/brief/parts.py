"""Pieces the brief builder reads from the content: people named at meetings, figures and their dates,
the content's coverage, and the map of a set of places. No Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from npviewer.brief.labels import Labels
from npviewer.map.data import KOREA, NORTH_KOREA, load_shapes
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


@dataclass(frozen=True)
class MapPlan:
    roles: dict[str, str]
    labels: dict[str, str]
    highlighted: list[str]  # names, in order
    primary: list[str]  # names shown in the darker shade


def map_plan(repo: Repository, places: list[Entry]) -> MapPlan | None:
    """What a map of these places highlights: a country gives way to its own mapped areas (the Far
    East's federal subjects, not all of Russia); an area inside another mapped area is the focus;
    a second country's areas get their own shade."""
    shapes = load_shapes()
    by_id = {p.id: p for p in places}
    code_of = {p.id: c for p in places if (c := repo.place_code(p.id)) and c in shapes}
    country_of = {p.id: next((r.id for r in p.breadcrumb if r.kind == "country"), p.id) for p in places}
    with_areas = {country_of[pid] for pid in code_of if by_id[pid].kind == "area"}
    roles: dict[str, str] = {}
    labels: dict[str, str] = {}
    highlighted: list[str] = []
    primary: list[str] = []
    first_country = None
    for pid, code in code_of.items():
        place = by_id[pid]
        if code in (KOREA, NORTH_KOREA) or (place.kind == "country" and pid in with_areas):
            continue
        if place.kind == "country":
            roles[code] = "area"
        elif place.parent_id in code_of and by_id[place.parent_id].kind == "area":
            roles[code] = "focus"
            primary.append(place.title)
        else:
            first_country = first_country or country_of[pid]
            roles[code] = "area" if country_of[pid] == first_country else "second"
        if code in shapes.groups:
            members = [shapes.shapes[m].name for m in shapes.expand([code]) if m not in code_of.values()]
            labels.update({m: shapes.shapes[m].name for m in shapes.expand([code]) if m not in code_of.values()})
            highlighted.append(f"{place.title} ({', '.join(members)})")
        else:
            labels[code] = place.title
            if roles[code] != "focus":
                highlighted.append(place.title)
    if not roles:
        return None
    return MapPlan(roles, labels, highlighted, primary)


def join_names(names: list[str], labels: Labels) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {labels['and']} " + names[-1]
