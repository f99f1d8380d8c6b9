"""The complete dossier (the full brief's annexes): every place, direction, meeting, figure, person and
programme of the subject, with the glossary and the user's bookmarks. No Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from npviewer.brief.builder import Builder
from npviewer.brief.mapfigure import map_figure
from npviewer.brief.model import Cell, Section, Statement, Table
from npviewer.brief.parts import figure_value, people_of
from npviewer.brief.rank import PAGE_ONE_FIGURES, figures_table
from npviewer.brief.subjects import Subject
from npviewer.store.records import Entry, EntryRef

Anchor = tuple[Entry, str, str]  # (event, date label, row anchor)


def meetings_table(b: Builder, events: list[Entry], prefix: str = "meeting") -> tuple[Table, list[Anchor]]:
    """Every meeting in date order: date (and its marks), place, heads of delegation, and all it said."""
    rows = []
    anchors: list[Anchor] = []
    listed = {e.id for e in events}
    for n, event in enumerate(events, start=1):
        assert event.event is not None
        ev = event.event
        anchor = f"{prefix}-{n}"
        date = b.span(event)
        anchors.append((event, date, anchor))
        flags = [b.labels["mark.planned"]] if ev.planned else []
        if ev.date_status != "confirmed":
            flags.append(b.labels[f"mark.{ev.date_status}"])
        date_cell = Cell((Statement(date, marks=tuple(flags)),))
        heads = Cell(tuple(Statement(p) for p in ev.participants))
        parts = [b.statement(event, lead=event.title, text="")]
        if b.told(event):
            parts.append(Statement(b.told(event)))
        skip_below: int | None = None
        for child, depth in b.repo.descendants(event.id):
            if skip_below is not None and depth > skip_below:
                continue
            skip_below = depth if child.id in listed else None
            if skip_below is not None:
                continue
            entry = b.entry(child.id)
            if entry.figure is not None:
                parts.append(b.statement(entry, depth, lead=f"{entry.title}:", text=figure_value(entry)))
            else:
                parts.append(b.statement(entry, depth))
        rows.append((date_cell, Cell.of(ev.place), heads, Cell(tuple(parts))))
    cols = tuple(b.labels[k] for k in ("col.date", "col.place", "col.heads", "col.outcome"))
    return Table.sized(cols, tuple(rows), tuple(a for _, _, a in anchors)), anchors


def people_table(b: Builder, anchors: Iterable[Anchor], *, links: bool = True) -> Table | None:
    """The people the meetings name: name, offices, side, and the meetings they attended."""
    people = people_of(anchors)
    if not people:
        return None
    rows = tuple(
        (Cell.of(p.name), Cell.of("; ".join(p.offices)), Cell.of("; ".join(p.sides)),
         Cell(tuple(Statement(date, link=anchor if links else "") for date, anchor in p.meetings)))
        for p in people
    )  # fmt: skip
    cols = tuple(b.labels[k] for k in ("col.name", "col.office", "col.side", "col.attended"))
    return Table.sized(cols, rows)


def programme_refs(entries: Iterable[Entry], leave_out: Iterable[str] = ()) -> list[EntryRef]:
    """The programmes and bodies these entries link to, by name."""
    refs: dict[str, EntryRef] = {}
    skip = set(leave_out)
    for entry in entries:
        for ref in entry.links.get("Programmes and bodies", ()):
            if ref.id not in skip:
                refs.setdefault(ref.id, ref)
    return sorted(refs.values(), key=lambda r: r.title.casefold())


#: Characters: a short brief says a programme's text only when it is this short (else its name).
SHORT_PROGRAMME = 260


def programmes(b: Builder, refs: Iterable[EntryRef], *, short: bool = False) -> list[Statement]:
    out = []
    for ref in refs:
        entry = b.entry(ref.id)
        text = b.told(entry)
        text = "" if short and len(text) > SHORT_PROGRAMME else text
        out.append(b.statement(entry, lead=entry.title + (":" if text else ""), text=text))
    return out


def glossary(b: Builder, brief_text: str) -> Table | None:
    rows = []
    for term in b.repo.glossary():
        if re.search(rf"(?<![\w-]){re.escape(term.term)}(?![\w-])", brief_text):
            rows.append((Cell.of(term.term), Cell.of(term.expansion, b.book.cite(term.citations))))
    if not rows:
        return None
    return Table.sized((b.labels["col.term"], b.labels["col.meaning"]), tuple(rows))


def bookmarks_section(b: Builder) -> Section | None:
    if not b.marked:
        return None
    section = Section("bookmarks", b.labels["sec.bookmarks"], intro=b.labels["intro.bookmarks"])
    for entry_id in b.marked:
        entry = b.seen[entry_id]
        where = " › ".join(r.title for r in entry.breadcrumb) or entry.ref.kind_label
        section.blocks.append(Statement(entry.title, details=((b.labels["part_of"], where),), bookmarked=True,
                                        user_note=b.marks[entry_id] if b.include_notes else ""))  # fmt: skip
    return section


def _places(b: Builder, subject: Subject) -> Section:
    labels = b.labels
    section = Section("places", labels["sec.places"])
    place_ids = {p.id for p in subject.places}
    for place in subject.places:
        depth = 1 if place.parent_id in place_ids else 0
        details = ((labels["part_of"], place.breadcrumb[-1].title),) if place.kind == "area" and \
            place.breadcrumb else ()  # fmt: skip
        told = b.told(place)  # a place's page text is its profile in the brief; a place without one is named only
        lead = place.title + (":" if told else "")
        section.blocks.append(b.statement(place, depth, lead=lead, text=told, aliases=True, details=details))
        for ref, d in b.repo.descendants(place.id):
            if ref.kind in ("profile", "note"):
                section.blocks.append(b.statement(b.entry(ref.id), depth + d))
    return section


def dossier(b: Builder, subject: Subject, *, with_map: bool) -> list[Section]:
    """Every section of the complete dossier, in reading order (the glossary last)."""
    labels = b.labels
    sections: list[Section] = []
    if subject.kind != "bookmarks":
        overview = Section("overview", labels["sec.region" if subject.kind == "region" else "sec.country"])
        figure = map_figure(b, subject.places, subject.title) if with_map else None
        overview.blocks += [figure] if figure is not None else []
        overview.blocks += [b.statement(p) for p in subject.character]
        sections.append(overview)
    if subject.places:
        sections.append(_places(b, subject))
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
            entries.blocks.append(b.statement(e, lead=e.title + ":" if b.told(e) else e.title, text=b.told(e),
                                              details=((labels["part_of"], where),)))  # fmt: skip
        sections.append(entries)
    anchors: list[Anchor] = []
    if subject.events:
        table, anchors = meetings_table(b, subject.events)
        sections.append(Section("meetings", labels["sec.meetings"], intro=labels["intro.meetings"], blocks=[table]))
    if len(subject.figures) > PAGE_ONE_FIGURES or subject.kind == "bookmarks":
        table_ = figures_table(b, list(reversed(subject.figures)))
        if table_ is not None and subject.kind != "bookmarks":
            sections.append(Section("figures", labels["sec.figures"], blocks=[table_]))
    return sections + people_and_programmes(b, anchors)


def people_and_programmes(b: Builder, anchors: list[Anchor]) -> list[Section]:
    """Who's who of these meetings (each linked to its row) and every programme the brief has named."""
    labels = b.labels
    out = []
    people = people_table(b, anchors)
    if people is not None:
        out.append(Section("people", labels["sec.people"], intro=labels["intro.people"], blocks=[people]))
    found = programmes(b, programme_refs(list(b.seen.values())))
    if found:
        out.append(Section("programmes", labels["sec.programmes"], blocks=list(found)))
    return out


def text_of(sections: Iterable[Section]) -> str:
    """Everything the sections print, as one string (the glossary looks for its terms in it)."""
    out = []
    for sec in sections:
        for block in sec.blocks:
            if isinstance(block, Statement):
                out.append(f"{block.lead} {block.text}")
            elif isinstance(block, Table):
                out += [f"{p.lead} {p.text}" for row in block.rows for cell in row for p in cell.parts]
    return " ".join(out)
