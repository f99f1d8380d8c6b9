"""Builds the brief of a region, a country or the user's bookmarks from the content (no Qt).

Reading order decides note numbers: page 1 (key points, key figures) first, then the body.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from npviewer import __version__
from npviewer.brief.labels import Labels, format_date, format_period, format_span
from npviewer.brief.model import Brief, Cell, MapFigure, Section, Statement, Table, Variant
from npviewer.brief.notes import NoteBook
from npviewer.brief.parts import (
    Coverage,
    coverage,
    figure_date,
    figure_value,
    is_event,
    join_names,
    people_of,
    series_key,
)
from npviewer.map.plan import map_plan
from npviewer.store.dates import DateError, PartialDate
from npviewer.store.records import EVENT_KINDS, PLACE_KINDS, Entry, EntryRef
from npviewer.store.repository import Repository
from npviewer.store.text import fold

STRATEGY_KINDS = ("measure", "submeasure", "note", "profile", "point")
PAGE_ONE_FIGURES = 6
MEETING_KINDS = ("meeting", "forum", "summit")
MAX_KEY_POINTS = 8
#: The milestone that ends the policy: page 1 of every brief says it first.
POLICY_END = "northern-committee-abolished"


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


class Builder:
    """Reads entries once, cites them in reading order and makes the brief's statements."""

    def __init__(self, repo: Repository, labels: Labels, marks: dict[str, str], include_notes: bool,
                 check: Callable[[], None]) -> None:  # fmt: skip
        self.repo = repo
        self.labels = labels
        self.marks = marks
        self.include_notes = include_notes
        self.check = check
        self.book = NoteBook(repo.documents())
        self.seen: dict[str, Entry] = {}
        self.marked: list[str] = []

    def entry(self, entry_id: str) -> Entry:
        found = self.seen.get(entry_id)
        if found is None:
            self.check()
            found = self.seen[entry_id] = self.repo.entry(entry_id)
        return found

    def date(self, value: PartialDate) -> str:
        return format_date(value, self.labels.lang)

    def marks_of(self, entry: Entry) -> tuple[str, ...]:
        out = []
        if entry.event is not None and entry.event.planned:
            out.append(self.labels["mark.planned"])
        statuses = {c.status for c in entry.citations}
        if "inferred" in statuses or (entry.event is not None and entry.event.date_status == "inferred"):
            out.append(self.labels["mark.inferred"])
        if "disputed" in statuses or entry.disputes or (entry.event and entry.event.date_status == "disputed"):
            out.append(self.labels["mark.disputed"])
        return tuple(out)

    def variants(self, entry: Entry) -> tuple[Variant, ...]:
        out = []
        for d in entry.disputes:
            value = d.value
            if d.field == "date":
                with contextlib.suppress(DateError):
                    value = self.date(PartialDate.parse(d.value))
            field_name = self.labels[f"field.{d.field}"] if f"field.{d.field}" in self.labels._table else d.field
            out.append(Variant(self.labels.fmt("disputed.field", field=field_name),
                               self.labels.fmt("disputed.other", value=value), self.book.cite(d.citations),
                               d.note))  # fmt: skip
        return tuple(out)

    def statement(self, entry: Entry, depth: int = 0, *, lead: str = "", text: str | None = None,
                  details: tuple[tuple[str, str], ...] = (), aliases: bool = False) -> Statement:  # fmt: skip
        """An entry as a statement: its text (else title), notes, marks, disputes and the user's star."""
        if entry.id in self.marks and entry.id not in self.marked:
            self.marked.append(entry.id)
        body = text if text is not None else (entry.text or entry.title)
        return Statement(
            body,
            self.book.cite(entry.citations),
            lead=lead,
            depth=depth,
            marks=self.marks_of(entry),
            variants=self.variants(entry),
            aliases=entry.aliases if aliases else (),
            details=details,
            bookmarked=entry.id in self.marks,
            user_note=self.marks.get(entry.id, "") if self.include_notes else "",
        )

    # -- page 1 -------------------------------------------------------------------------------------

    def event_line(self, entry: Entry) -> tuple[str, str]:
        """(lead, text) of a meeting in a key point: when and where, then what it was and agreed."""
        assert entry.event is not None
        where = f", {entry.event.place}" if entry.event.place else ""
        lead = format_span(entry.event.start, entry.event.end, self.labels.lang) + where + ":"
        text = entry.title + ("." if not entry.title.endswith(".") else "")
        said = entry.text if entry.text and entry.text != entry.title else ""
        if not said:
            points = [self.entry(c.id) for c in entry.children if c.kind == "point"]
            said = points[0].text if points else ""
        return lead, f"{text} {said}".strip()

    def says_something(self, entry: Entry) -> bool:
        """Whether an event has more on record than its title: a text or a statement below it."""
        return bool(entry.text and entry.text != entry.title) or any(c.kind == "point" for c in entry.children)

    def key_points(self, subject: Subject) -> list[Statement]:
        points: list[Statement] = []
        ended = self.policy_end()
        if ended is not None and subject.kind != "bookmarks":  # so no 2021 plan reads as today's policy
            lead, _ = self.event_line(ended)
            points.append(self.statement(ended, lead=f"{self.labels['policy_ended']}, {lead}", text=ended.title + "."))
        for n, (direction, _) in enumerate(subject.directions[:3], start=1):
            points.append(self.statement(direction, lead=self.labels.fmt("direction", n=n) + ":"))
        meetings = [e for e in subject.events if e.kind in MEETING_KINDS]
        held = [e for e in meetings if e.event and not e.event.planned]
        planned = [e for e in meetings if e.event and e.event.planned]
        wanted = max(2, MAX_KEY_POINTS - 2 - len(points)) if len(points) < 2 else 2
        said = [e for e in held if self.says_something(e)]  # a meeting with an outcome on record first
        latest = sorted(said[-wanted:] if len(said) >= wanted else held[-wanted:], key=lambda e: held.index(e))
        for event in reversed(latest):
            lead, text = self.event_line(event)
            points.append(self.statement(event, lead=lead, text=text))
        if planned and held and planned[-1].event and held[-1].event and planned[-1].event.start > held[-1].event.start:
            lead, text = self.event_line(planned[-1])
            points.append(self.statement(planned[-1], lead=f"{self.labels['planned_meeting']}, {lead}", text=text))
        figures = self.latest_per_series(subject.figures)[:2]
        for figure, when in figures:
            if len(points) >= MAX_KEY_POINTS:
                break
            period = f" ({format_period(figure.figure.period, self.labels.lang)})" if figure.figure and \
                figure.figure.period else (f" ({self.date(when)})" if when else "")  # fmt: skip
            points.append(self.statement(figure, lead=f"{figure.title}:", text=figure_value(figure) + period))
        for profile in subject.character:
            if len(points) >= 5:
                break
            points.append(self.statement(profile))
        return points[:MAX_KEY_POINTS]

    def policy_end(self) -> Entry | None:
        """The content's milestone for the end of the policy (its committee abolished), if it has one."""
        if not self.repo.exists(POLICY_END):
            return None
        entry = self.entry(POLICY_END)
        return entry if entry.event is not None else None

    @staticmethod
    def latest_per_series(figures: list[tuple[Entry, PartialDate | None]]) -> list[tuple[Entry, PartialDate | None]]:
        ordered = sorted(figures, key=lambda f: f[1].last_day() if f[1] else dt.date.min, reverse=True)
        seen: set[str] = set()
        out = []
        for figure, when in ordered:
            key = series_key(figure)
            if key not in seen:
                seen.add(key)
                out.append((figure, when))
        return out

    def figures_table(self, figures: list[tuple[Entry, PartialDate | None]]) -> Table | None:
        if not figures:
            return None
        rows = []
        for figure, when in figures:
            period = figure.figure.period if figure.figure else ""
            date = format_period(period, self.labels.lang) if period else (self.date(when) if when else "")
            notes = self.book.cite(figure.citations)
            publishers = []
            for c in figure.citations:
                doc = self.book.documents.get(c.document_id)
                if doc is not None and doc.publisher and doc.publisher not in publishers:
                    publishers.append(doc.publisher)
            rows.append((Cell.of(figure.title, bookmarked=figure.id in self.marks), Cell.of(figure_value(figure)),
                         Cell.of(date), Cell((Statement("; ".join(publishers), notes, marks=self.marks_of(figure),
                                                        variants=self.variants(figure)),))))  # fmt: skip
            if figure.id in self.marks and figure.id not in self.marked:
                self.marked.append(figure.id)
        cols = tuple(self.labels[k] for k in ("col.figure", "col.value", "col.date", "col.source"))
        return Table(cols, ("1.3fr", "auto", "auto", "1fr"), tuple(rows))

    # -- body ---------------------------------------------------------------------------------------

    def meetings_table(self, events: list[Entry]) -> tuple[Table, list[tuple[Entry, str, str]]]:
        rows = []
        anchors = []
        listed = {e.id for e in events}
        for n, event in enumerate(events, start=1):
            assert event.event is not None
            ev = event.event
            anchor = f"meeting-{n}"
            date = format_span(ev.start, ev.end, self.labels.lang)
            anchors.append((event, date, anchor))
            flags = [self.labels["mark.planned"]] if ev.planned else []
            if ev.date_status != "confirmed":
                flags.append(self.labels[f"mark.{ev.date_status}"])
            date_cell = Cell((Statement(date, marks=tuple(flags)),))
            heads = Cell(tuple(Statement(p) for p in ev.participants))
            said = event.text if event.text and event.text != event.title else ""
            parts = [self.statement(event, lead=event.title, text="")]
            if said:
                parts.append(Statement(said))
            skip_below: int | None = None
            for child, depth in self.repo.descendants(event.id):
                if skip_below is not None and depth > skip_below:
                    continue
                skip_below = depth if child.id in listed else None
                if skip_below is not None:
                    continue
                entry = self.entry(child.id)
                if entry.figure is not None:
                    parts.append(self.statement(entry, depth, lead=f"{entry.title}:", text=figure_value(entry)))
                else:
                    parts.append(self.statement(entry, depth))
            rows.append((date_cell, Cell.of(ev.place), heads, Cell(tuple(parts))))
        cols = tuple(self.labels[k] for k in ("col.date", "col.place", "col.heads", "col.outcome"))
        table = Table(cols, ("0.95fr", "1fr", "1.45fr", "2.6fr"), tuple(rows), tuple(a for _, _, a in anchors))
        return table, anchors

    def people_table(self, anchors: list[tuple[Entry, str, str]]) -> Table | None:
        people = people_of(anchors)
        if not people:
            return None
        rows = tuple(
            (Cell.of(p.name), Cell.of("; ".join(p.offices)), Cell.of("; ".join(p.sides)),
             Cell(tuple(Statement(date, link=anchor) for date, anchor in p.meetings)))
            for p in people
        )  # fmt: skip
        cols = tuple(self.labels[k] for k in ("col.name", "col.office", "col.side", "col.attended"))
        return Table(cols, ("auto", "1.6fr", "auto", "1fr"), rows)

    def programmes(self) -> list[Statement]:
        refs: dict[str, EntryRef] = {}
        for entry in list(self.seen.values()):
            for ref in entry.links.get("Programmes and bodies", ()):
                refs.setdefault(ref.id, ref)
        out = []
        for ref in sorted(refs.values(), key=lambda r: r.title.casefold()):
            entry = self.entry(ref.id)
            text = entry.text if entry.text and entry.text != entry.title else ""
            out.append(self.statement(entry, lead=entry.title + (":" if text else ""), text=text))
        return out

    def glossary(self, brief_text: str) -> Table | None:
        rows = []
        for term in self.repo.glossary():
            if re.search(rf"(?<![\w-]){re.escape(term.term)}(?![\w-])", brief_text):
                rows.append((Cell.of(term.term), Cell.of(term.expansion, self.book.cite(term.citations))))
        if not rows:
            return None
        return Table((self.labels["col.term"], self.labels["col.meaning"]), ("auto", "1fr"), tuple(rows))

    def bookmarks_section(self) -> Section | None:
        if not self.marked:
            return None
        section = Section("bookmarks", self.labels["sec.bookmarks"], intro=self.labels["intro.bookmarks"])
        for entry_id in self.marked:
            entry = self.seen[entry_id]
            where = " › ".join(r.title for r in entry.breadcrumb) or entry.ref.kind_label
            section.blocks.append(Statement(entry.title, details=((self.labels["part_of"], where),), bookmarked=True,
                                            user_note=self.marks[entry_id] if self.include_notes else ""))  # fmt: skip
        return section


def _text_of(statements: Iterable[Statement]) -> str:
    return " ".join(f"{s.lead} {s.text}" for s in statements)


def _figures_of(b: Builder, subject: Subject, extra: Iterable[Entry]) -> list[tuple[Entry, PartialDate | None]]:
    found: dict[str, tuple[Entry, PartialDate | None]] = {}
    for event in subject.events:
        for child, _ in b.repo.descendants(event.id):
            if child.kind == "figure":
                fig = b.entry(child.id)
                found.setdefault(fig.id, (fig, figure_date(fig, event.event.start if event.event else None)))
    for entry in [*subject.places, *extra]:
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
            items = [(b.entry(r.id), d) for r, d in b.repo.descendants(ref.id) if r.kind in STRATEGY_KINDS]
            subject.directions.append((b.entry(ref.id), items))
    subject.events = [b.entry(r.id) for r in b.repo.events_of_region(region.id) if r.kind in EVENT_KINDS]
    subject.figures = _figures_of(b, subject, [entry])
    return subject


def country_subject(b: Builder, country: EntryRef) -> Subject:
    entry = b.entry(country.id)
    places = [entry] + [b.entry(r.id) for r, _ in b.repo.descendants(country.id) if r.kind in PLACE_KINDS]
    place_ids = {p.id for p in places}
    regions = [r for r in entry.links.get("Regions", ())]
    subtitle = "; ".join(r.title for r in regions) or entry.ref.kind_label
    subject = Subject("country", entry, entry.title, subtitle, places=places)

    def concerns(e: Entry) -> bool:
        return any(r.id in place_ids for r in e.links.get("Countries and areas", ()))

    for region in regions:
        for ref in b.repo.children(region.id):
            if ref.kind == "profile" and concerns(b.entry(ref.id)):
                subject.character.append(b.entry(ref.id))
            elif ref.kind == "direction":
                items = [(b.entry(r.id), d) for r, d in b.repo.descendants(ref.id) if r.kind in STRATEGY_KINDS]
                items = [(e, d) for e, d in items if concerns(e)]
                if items or concerns(b.entry(ref.id)):
                    subject.directions.append((b.entry(ref.id), items))
    subject.character += [b.entry(r.id) for p in places for r in p.children if r.kind == "profile"]
    events = [e for e in b.repo.timeline_events() if place_ids & set(e.place_ids) and e.kind in EVENT_KINDS]
    subject.events = [b.entry(e.id) for e in events]
    subject.figures = _figures_of(b, subject, [])
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


def _map_figure(b: Builder, subject: Subject) -> MapFigure | None:
    plan = map_plan(b.repo, subject.places)
    if plan is None:
        return None
    primary = b.labels.fmt("map.alt.primary", primary=join_names(plan.primary, b.labels)) if plan.primary else ""
    alt = b.labels.fmt("map.alt", highlighted=join_names(plan.highlighted, b.labels), primary_sentence=primary)
    darker = b.labels.fmt("map.caption.primary", names=join_names(plan.primary, b.labels)) if plan.primary else ""
    caption = b.labels.fmt("map.caption", subject=subject.title, primary=darker)
    return MapFigure(plan.roles, plan.labels, alt, caption)


def _body(b: Builder, subject: Subject) -> list[Section]:
    labels = b.labels
    sections: list[Section] = []
    key = "sec.region" if subject.kind == "region" else "sec.country"
    if subject.kind != "bookmarks":
        overview = Section("overview", labels[key])
        figure = _map_figure(b, subject)
        if figure is not None:
            overview.blocks.append(figure)
        overview.blocks += [b.statement(p) for p in subject.character]
        sections.append(overview)
    if subject.places:
        places = Section("places", labels["sec.places"])
        place_ids = {p.id for p in subject.places}
        for place in subject.places:
            depth = 1 if place.parent_id in place_ids else 0
            details = ((labels["part_of"], place.breadcrumb[-1].title),) if place.kind == "area" and \
                place.breadcrumb else ()  # fmt: skip
            # A place's page text is its profile in the brief; a place without one is named only.
            told = place.text if place.text and place.text != place.title else ""
            lead = place.title + (":" if told else "")
            places.blocks.append(b.statement(place, depth, lead=lead, text=told, aliases=True, details=details))
            for ref, d in b.repo.descendants(place.id):
                if ref.kind in ("profile", "note"):
                    places.blocks.append(b.statement(b.entry(ref.id), depth + d))
        sections.append(places)
    if subject.directions:
        sections.append(Section("directions", labels["sec.directions"]))
        for n, (direction, items) in enumerate(subject.directions, start=1):
            sub = Section(f"direction-{n}", f"{n}. {direction.title}", level=2)
            sub.blocks.append(replace(b.statement(direction), plain=True))
            sub.blocks += [b.statement(e, d - 1) for e, d in items]
            sections.append(sub)
    if subject.entries:
        entries = Section("entries", labels["sec.entries"])
        for e in subject.entries:
            where = " › ".join(r.title for r in e.breadcrumb) or e.ref.kind_label
            entries.blocks.append(b.statement(e, lead=e.title + ":" if e.text and e.text != e.title else e.title,
                                              text=e.text if e.text != e.title else "",
                                              details=((labels["part_of"], where),)))  # fmt: skip
        sections.append(entries)
    anchors: list[tuple[Entry, str, str]] = []
    if subject.events:
        table, anchors = b.meetings_table(subject.events)
        sections.append(Section("meetings", labels["sec.meetings"], intro=labels["intro.meetings"], blocks=[table]))
    if len(subject.figures) > PAGE_ONE_FIGURES or subject.kind == "bookmarks":
        table_ = b.figures_table(list(reversed(subject.figures)))
        if table_ is not None and subject.kind != "bookmarks":
            sections.append(Section("figures", labels["sec.figures"], blocks=[table_]))
    people = b.people_table(anchors)
    if people is not None:
        sections.append(Section("people", labels["sec.people"], intro=labels["intro.people"], blocks=[people]))
    programmes = b.programmes()
    if programmes:
        sections.append(Section("programmes", labels["sec.programmes"], blocks=list(programmes)))
    return sections


@dataclass(frozen=True)
class BriefRequest:
    """Which brief: ``kind`` region | country | bookmarks, and the subject's id (none for bookmarks)."""

    kind: str
    subject: EntryRef | None = None
    lang: str = "en"


def build_brief(
    repo: Repository,
    request: BriefRequest,
    *,
    bookmarks: dict[str, str] | None = None,
    include_user_notes: bool = False,
    today: dt.date | None = None,
    check: Callable[[], None] | None = None,
) -> Brief:
    """The brief of a region, a country or the bookmarks. ``bookmarks`` maps bookmarked entry ids
    to the user's notes; ``check`` is called often and may raise to stop the work (cancel)."""
    labels = Labels(request.lang)
    b = Builder(repo, labels, bookmarks or {}, include_user_notes, check or (lambda: None))
    if request.kind == "bookmarks":
        subject = bookmarks_subject(b)
    elif request.subject is None:
        raise ValueError("a region or country brief needs its subject")
    elif request.kind == "country":
        subject = country_subject(b, request.subject)
    else:
        subject = region_subject(b, request.subject)
    subtitle_notes = b.book.cite(subject.entry.citations) if subject.entry is not None else ()
    key_points = b.key_points(subject)
    page_one = b.latest_per_series(subject.figures)[:PAGE_ONE_FIGURES]
    key_figures = b.figures_table(page_one)
    sections = _body(b, subject)
    statements = list(key_points) + [s for sec in sections for s in sec.blocks if isinstance(s, Statement)]
    text = _text_of(statements) + " " + " ".join(
        f"{p.lead} {p.text}" for sec in sections for t in sec.blocks if isinstance(t, Table)
        for row in t.rows for cell in row for p in cell.parts
    )  # fmt: skip
    glossary = b.glossary(text)
    if glossary is not None:
        sections.append(Section("glossary", labels["sec.glossary"], intro=labels["intro.glossary"], blocks=[glossary]))
    mine = b.bookmarks_section() if subject.kind != "bookmarks" else None
    if mine is not None:
        sections.append(mine)
    notes, sources = b.book.finish()
    cover = coverage(repo)
    return Brief(
        labels=labels,
        kind=subject.kind,
        subject_id=subject.entry.id if subject.entry else "bookmarks",
        title=subject.title,
        subtitle=subject.subtitle if subject.subtitle != subject.title else "",
        aliases=subject.entry.aliases if subject.entry else (),
        purpose=labels.fmt(f"purpose.{subject.kind}", subject=subject.title),
        current_to=_current_to(cover, labels),
        prepared=labels.fmt("prepared", date=format_date(today or dt.date.today(), labels.lang), version=__version__),
        key_points=key_points,
        key_figures=key_figures,
        sections=sections,
        notes=notes,
        sources=sources,
        bookmarks_line=labels.fmt("bookmarked_count", count=len(b.marked)) if b.marked else "",
        subtitle_notes=subtitle_notes,
        held=tuple(fold(d.text) for d in b.book.documents.values() if d.text),
    )


def _current_to(cover: Coverage, labels: Labels) -> str:
    if cover.current_to is None:
        return labels["current_to.undated"]
    month = PartialDate(cover.current_to.iso[:7])
    return labels.fmt("current_to", date=format_date(month, labels.lang), first=cover.first_year,
                      last=cover.last_year)  # fmt: skip
