"""The meeting brief's page 1 and sections, from a :class:`~npviewer.brief.meeting.MeetingSubject` (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from npviewer.brief.builder import POLICY_IDS, Builder
from npviewer.brief.dossier import (
    Anchor,
    meetings_table,
    people_and_programmes,
    people_table,
    programme_refs,
    programmes,
)
from npviewer.brief.essentials import Limits, brief_variants, meeting_statement
from npviewer.brief.mapfigure import map_figure
from npviewer.brief.meeting import MeetingSubject, open_items, policy_then
from npviewer.brief.model import Cell, Section, Statement, Table
from npviewer.brief.parts import join_names, parse_participant
from npviewer.brief.rank import SHORT_TEXT, event_line, figure_point, figures_table, series
from npviewer.brief.subjects import figures_of
from npviewer.store.records import PLACE_KINDS, Entry

MAX_POINTS = 8
SAID_POINTS = 4


@dataclass
class MeetingParts:
    facts: tuple[tuple[str, str], ...]
    key_points: list[Statement]
    key_figures: Table | None
    sections: list[Section]
    annexes: list[Section]
    places: list[Entry]


def facts(b: Builder, subject: MeetingSubject) -> tuple[tuple[str, str], ...]:
    """The lines under the title: date, place, body, heads of delegation."""
    labels = b.labels
    m = subject.meeting
    out: list[tuple[str, str]] = []
    if m is not None and m.event is not None:
        marks = [labels["mark.planned"]] if m.event.planned else []
        out.append((labels["col.date"], b.span(m) + "".join(f" [{w}]" for w in marks)))
        if m.event.place:
            out.append((labels["col.place"], m.event.place))
    if m is not None and m.event is not None and m.event.participants:
        out.append((labels["col.heads"], "; ".join(m.event.participants)))
    return tuple(out)


def _key_points(b: Builder, subject: MeetingSubject) -> tuple[list[Statement], list[Entry]]:
    labels = b.labels
    points: list[Statement] = []
    m, last = subject.meeting, subject.last
    if m is not None and m.event is not None and m.event.planned:
        lead, text = event_line(b, m)
        points.append(b.statement(m, lead=f"{labels['planned_meeting']}, {lead}", text=text))
    if last is not None:
        assert last.event is not None
        where = f", {last.event.place}" if last.event.place else ""
        prefix = "" if last is m else f"{labels['last_meeting']}, "
        points.append(b.statement(last, lead=f"{prefix}{b.span(last)}{where}:", text=last.title, variants=False))
        said = b.points_of(last)[:SAID_POINTS]
        points += [b.statement(p, text=p.title, variants=False) for p in said]
    figures = figures_of(b, [last], []) if last is not None else []
    for group in series(figures)[: max(0, min(3, MAX_POINTS - 1 - len(points)))]:  # room for where the policy stood
        points.append(figure_point(b, group))
    if m is not None:
        stood = policy_then(b, m)
        points += stood[-1:] if len(points) < MAX_POINTS else []
    if not points and subject.body is not None:
        points.append(b.statement(subject.body))
    return [replace(p, variants=brief_variants(p)) for p in points[:MAX_POINTS]], [f for f, _ in figures]


def _body_section(b: Builder, subject: MeetingSubject) -> Section | None:
    body = subject.body
    if body is None:
        return None
    labels = b.labels
    sec = Section("body", labels["sec.body"], blocks=[b.statement(body, lead=body.title + ":", aliases=True)])
    related = [b.entry(r.id) for r in body.links.get("Meetings and events", ())]
    dated = sorted((e for e in related if e.event is not None), key=lambda e: e.event.start.first_day())  # type: ignore[union-attr]
    if dated:
        first = dated[0]
        sec.blocks.append(b.statement(first, lead=labels.fmt("since", date=b.span(first)) + ":", text=first.title))
    last = subject.last
    if last is not None and last.event is not None and last.event.participants:
        sides: dict[str, list[str]] = {}
        for raw in last.event.participants:
            person = parse_participant(raw)
            name = person.name + (f", {person.office}" if person.office else "")
            sides.setdefault(person.side or "", []).append(name)
        text = "; ".join(f"{side}: {', '.join(names)}" if side else ", ".join(names) for side, names in sides.items())
        sec.blocks.append(b.statement(last, lead=labels.fmt("chairs", date=b.span(last)) + ":", text=text,
                                      variants=False))  # fmt: skip
    return sec


def _meetings_section(b: Builder, subject: MeetingSubject, limits: Limits) -> Section | None:
    if not subject.series:
        return None
    labels = b.labels
    rows = []
    for event in subject.series:
        assert event.event is not None
        marks = [labels["mark.planned"]] if event.event.planned else []
        marks += [labels["mark.this"]] if event is subject.meeting else []
        said = meeting_statement(b, event, min(2, limits.outcomes), SHORT_TEXT // 2)
        rows.append((Cell((Statement(b.span(event), marks=tuple(marks)),)), Cell.of(event.event.place),
                     Cell((Statement(said.text, said.notes, lead=event.title + (" " if said.text else ""),
                                     marks=said.marks, variants=said.variants),)),
                     Cell(tuple(Statement(p) for p in event.event.participants))))  # fmt: skip
    cols = tuple(labels[k] for k in ("col.date", "col.place", "col.outcome", "col.heads"))
    return Section(
        "series", labels["sec.series"], intro=labels["intro.series"], blocks=[Table.sized(cols, tuple(rows))]
    )


def meeting_parts(b: Builder, subject: MeetingSubject, limits: Limits, *, full: bool) -> MeetingParts:
    """Everything the meeting brief shows, cited in reading order."""
    labels = b.labels
    key_points, said = _key_points(b, subject)
    sections: list[Section] = []
    body = _body_section(b, subject)
    if body is not None:
        sections.append(body)
    series = _meetings_section(b, subject, limits)
    if series is not None:
        sections.append(series)
    anchors: list[Anchor] = [(e, b.span(e), "") for e in subject.series if e.event and not e.event.planned]
    people = people_table(b, anchors, links=False)
    if people is not None:
        sections.append(Section("meet", labels["sec.people"], intro=labels["intro.people"], blocks=[people]))
    m = subject.meeting
    places: list[Entry] = []
    if m is not None:
        places = [b.entry(r.id) for r in m.links.get("Countries and areas", ()) if r.kind in PLACE_KINDS]
        place = Section("place", labels["sec.place"])
        if m.event is not None and m.event.place:
            place.blocks.append(Statement(m.event.place, lead=labels["col.place"] + ":"))
        if places:
            place.blocks.append(Statement(", ".join(p.title for p in places), lead=labels["concerns"] + ":"))
        shown = [p for p in places if p.id != "korea"]
        figure = map_figure(b, shown, join_names([p.title for p in shown], labels), height=230.0, floats=True)
        place.blocks += [figure] if figure is not None else []
        sections.append(place)
    last = subject.last
    if last is not None:
        named = Section("named", labels.fmt("sec.named", date=b.span(last)))
        figures = [(f, w) for f, w in figures_of(b, [last], []) if f.id not in {x.id for x in said}]
        table = figures_table(b, figures)
        named.blocks += [table] if table is not None else []
        body_id = subject.body.id if subject.body else ""
        refs = programme_refs([last], leave_out=(body_id, *POLICY_IDS))
        named.blocks += programmes(b, refs[: limits.programmes], short=True)
        if named.blocks:
            sections.append(named)
        items = open_items(b, subject)
        sections.append(Section("open", labels["sec.open"], intro=labels["intro.open"],
                                blocks=list(items) or [Statement(labels["open.none"])]))  # fmt: skip
    if m is not None:
        stood = policy_then(b, m)
        if stood:
            sections.append(Section("policy", labels["sec.policy"], blocks=list(stood)))
    annexes: list[Section] = []
    if full and subject.series:
        table, anchors_ = meetings_table(b, subject.series)
        annexes.append(Section("meetings", labels["sec.meetings"], intro=labels["intro.meetings"], blocks=[table]))
        annexes += people_and_programmes(b, anchors_)
    return MeetingParts(facts(b, subject), key_points, None, sections, annexes, places)
