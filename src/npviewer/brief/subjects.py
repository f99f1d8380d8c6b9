"""What one brief is about: a region's, a country's or the bookmarks' places, directions, events and
figures, read from the content (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from npviewer.brief.builder import Builder
from npviewer.brief.parts import figure_date, is_event
from npviewer.store.dates import PartialDate
from npviewer.store.records import EVENT_KINDS, PLACE_KINDS, Entry, EntryRef

STRATEGY_KINDS = ("measure", "submeasure", "note", "profile", "point")


@dataclass
class Subject:
    """What one brief is about: its places, directions, events and figures, chosen by the builder."""

    kind: str
    entry: Entry | None
    title: str
    subtitle: str
    places: list[Entry] = field(default_factory=list)
    character: list[Entry] = field(default_factory=list)
    directions: list[tuple[Entry, list[tuple[Entry, int]]]] = field(default_factory=list)
    events: list[Entry] = field(default_factory=list)
    figures: list[tuple[Entry, PartialDate | None]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)  # a bookmarks brief's own list

    @property
    def held_meetings(self) -> list[Entry]:
        return [e for e in self.events if e.event is not None and not e.event.planned and e.kind != "milestone"]


def specific(e: Entry, subject: Subject) -> bool:
    """Whether an event is the subject's own: a region's, linked to no other region (not one of the
    policy as a whole); a country's, with no other country than Korea (not a forum of five)."""
    if subject.kind == "region":
        return len(e.links.get("Regions", ())) <= 1
    if subject.kind == "country":
        own = {p.id for p in subject.places}
        others = [r for r in e.links.get("Countries and areas", ()) if r.kind == "country" and r.id not in own]
        return len([r for r in others if r.id != "korea"]) == 0
    return True


def figures_of(b: Builder, events: Iterable[Entry], extra: Iterable[Entry]) -> list[tuple[Entry, PartialDate | None]]:
    """The figures under these events and linked to ``extra`` entries, oldest first, each with its date."""
    found: dict[str, tuple[Entry, PartialDate | None]] = {}
    for event in events:
        for child, _ in b.repo.descendants(event.id):
            if child.kind == "figure":
                fig = b.entry(child.id)
                found.setdefault(fig.id, (fig, figure_date(fig, event.event.start if event.event else None)))
    for entry in extra:
        for ref in entry.links.get("Key figures", ()):
            fig = b.entry(ref.id)
            found.setdefault(fig.id, (fig, figure_date(fig)))
    return sorted(found.values(), key=lambda f: (f[1].last_day() if f[1] else dt.date.min, f[0].title))


def region_subject(b: Builder, region: EntryRef) -> Subject:
    entry = b.entry(region.id)
    places = [b.entry(p.id) for p in b.repo.places_of_region(region.id)]
    subject = Subject("region", entry, entry.title, entry.text, places=places)
    place_ids = {p.id for p in places}
    for ref in entry.children:
        if ref.kind == "profile":
            profile = b.entry(ref.id)
            about = [r.id for r in profile.links.get("Countries and areas", ()) if r.id in place_ids]
            if len(about) != 1:
                subject.character.append(profile)
        elif ref.kind == "direction":
            found = [(r, d) for r, d in b.repo.descendants(ref.id) if r.kind in STRATEGY_KINDS]
            b.prefetch(r.id for r, _ in found)
            subject.directions.append((b.entry(ref.id), [(b.entry(r.id), d) for r, d in found]))
    events = [r.id for r in b.repo.events_of_region(region.id) if r.kind in EVENT_KINDS]
    b.prefetch(events)
    subject.events = [b.entry(i) for i in events]
    subject.figures = figures_of(b, subject.events, [*subject.places, entry])
    return subject


def country_subject(b: Builder, country: EntryRef) -> Subject:
    entry = b.entry(country.id)
    places = [entry] + [b.entry(r.id) for r, _ in b.repo.descendants(country.id) if r.kind in PLACE_KINDS]
    place_ids = {p.id for p in places}
    regions = list(entry.links.get("Regions", ()))
    subtitle = "; ".join(r.title for r in regions) or entry.ref.kind_label
    subject = Subject("country", entry, entry.title, subtitle, places=places)

    def concerns(e: Entry) -> bool:
        return any(r.id in place_ids for r in e.links.get("Countries and areas", ()))

    for region in regions:
        for ref in b.repo.children(region.id):
            if ref.kind == "profile" and concerns(b.entry(ref.id)):
                subject.character.append(b.entry(ref.id))
            elif ref.kind == "direction":
                found = [(r, d) for r, d in b.repo.descendants(ref.id) if r.kind in STRATEGY_KINDS]
                b.prefetch(r.id for r, _ in found)
                items = [(e, d) for r, d in found if concerns(e := b.entry(r.id))]
                if items or concerns(b.entry(ref.id)):
                    subject.directions.append((b.entry(ref.id), items))
    subject.character += [b.entry(r.id) for p in places for r in p.children if r.kind == "profile"]
    events = [e for e in b.repo.timeline_events() if place_ids & set(e.place_ids) and e.kind in EVENT_KINDS]
    subject.events = [b.entry(e.id) for e in events]
    subject.figures = figures_of(b, subject.events, subject.places)
    return subject


def bookmarks_subject(b: Builder) -> Subject:
    subject = Subject("bookmarks", None, b.labels["bookmarks_title"], "")
    for entry_id in b.marks:
        if b.repo.exists(entry_id):
            entry = b.entry(entry_id)
            if is_event(entry):
                subject.events.append(entry)
            elif entry.figure is not None:
                subject.figures.append((entry, figure_date(entry)))
            elif entry.kind in PLACE_KINDS:
                subject.places.append(entry)
            else:
                subject.entries.append(entry)
    subject.events.sort(key=lambda e: e.event.start.first_day() if e.event else dt.date.min)
    return subject
