"""The region brief as a plain document model (cover, sections, items, end notes), built Qt-free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from npviewer import __version__
from npviewer.store.citing import coverage_label
from npviewer.store.records import KIND_LABELS, Citation, Document, Entry, EntryRef
from npviewer.store.repository import Repository

#: Kinds shown in the strategy section, below a strategic direction.
_STRATEGY_CHILD_KINDS = ("measure", "submeasure", "note", "profile", "point")


@dataclass(frozen=True)
class EndNote:
    """One numbered source note: the citation (document and passage) it stands for."""

    number: int
    citation: Citation


@dataclass(frozen=True)
class DisputeLine:
    """Another source's version of a field, with its own note numbers."""

    field: str
    value: str
    notes: tuple[int, ...]
    note: str = ""


@dataclass(frozen=True)
class Item:
    """One statement of the brief, at a depth below its section."""

    entry_id: str
    kind: str
    title: str
    text: str = ""
    depth: int = 0
    notes: tuple[int, ...] = ()
    aliases: tuple[str, ...] = ()
    details: tuple[tuple[str, str], ...] = ()
    disputes: tuple[DisputeLine, ...] = ()
    bookmarked: bool = False
    user_note: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass
class Section:
    """A heading (level 1 or 2) with an optional lead statement and its items."""

    key: str
    title: str
    level: int = 1
    lead: Item | None = None
    items: list[Item] = field(default_factory=list)
    intro: str = ""


@dataclass
class Brief:
    """Everything a rendered brief shows, in reading order."""

    region_id: str
    title: str
    scope: str
    aliases: tuple[str, ...]
    generated: dt.date
    content_version: str
    #: "Content current to November 2021; covers 1990-2021": from the content, never a date of its own.
    coverage: str
    app_version: str
    sections: list[Section]
    notes: list[EndNote]
    documents: list[Document]
    map_codes: frozenset[str]
    region_notes: tuple[int, ...] = ()
    include_user_notes: bool = False
    bookmarked_count: int = 0

    @property
    def document_title(self) -> str:
        return f"{self.title}: New Northern Policy brief"


class _Notes:
    """Numbers citations in order of first use; the same citation keeps its number."""

    def __init__(self) -> None:
        self.notes: list[EndNote] = []
        self._numbers: dict[tuple[str, bool, str, str, str, str], int] = {}
        self.document_ids: list[str] = []

    def cite(self, citations: Iterable[Citation]) -> tuple[int, ...]:
        numbers: list[int] = []
        for c in citations:
            key = (c.document_id, c.verbatim, c.text, c.locator, c.status, c.note)
            number = self._numbers.get(key)
            if number is None:
                number = len(self.notes) + 1
                self._numbers[key] = number
                self.notes.append(EndNote(number, c))
                if c.document_id not in self.document_ids:
                    self.document_ids.append(c.document_id)
            if number not in numbers:
                numbers.append(number)
        return tuple(numbers)


class _Builder:
    """Walks the repository once for one region; keeps the entries it has seen."""

    def __init__(self, repo: Repository, marks: dict[str, str], include_notes: bool, check: Callable[[], None]) -> None:
        self.repo = repo
        self.marks = marks
        self.include_notes = include_notes
        self.check = check
        self.notes = _Notes()
        self.seen: dict[str, Entry] = {}
        self.marked: set[str] = set()

    def entry(self, entry_id: str) -> Entry:
        found = self.seen.get(entry_id)
        if found is None:
            self.check()
            found = self.seen[entry_id] = self.repo.entry(entry_id)
        return found

    def item(self, entry: Entry, depth: int = 0, *, details: tuple[tuple[str, str], ...] = ()) -> Item:
        disputes = tuple(DisputeLine(d.field, d.value, self.notes.cite(d.citations), d.note) for d in entry.disputes)
        text = entry.text if entry.text and entry.text != entry.title else ""
        if entry.id in self.marks:
            self.marked.add(entry.id)
        return Item(
            entry_id=entry.id,
            kind=entry.kind,
            title=entry.title,
            text=text,
            depth=depth,
            notes=self.notes.cite(entry.citations),
            aliases=entry.aliases,
            details=details,
            disputes=disputes,
            bookmarked=entry.id in self.marks,
            user_note=self.marks.get(entry.id, "") if self.include_notes else "",
        )

    def tree_items(self, parent_id: str, kinds: tuple[str, ...], base: int = 0) -> list[Item]:
        items = []
        for ref, depth in self.repo.descendants(parent_id):
            if ref.kind in kinds:
                items.append(self.item(self.entry(ref.id), base + depth - 1))
        return items

    def event_details(self, entry: Entry) -> tuple[tuple[str, str], ...]:
        ev = entry.event
        if ev is None:
            return ()
        when = ev.label
        flags = []
        if ev.planned:
            flags.append("planned")
        if ev.date_status != "confirmed":
            flags.append(f"date {ev.date_status}" + (f": {ev.date_note}" if ev.date_note else ""))
        if flags:
            when += f" ({'; '.join(flags)})"
        out = [("When", when)]
        if ev.place:
            out.append(("Where", ev.place))
        if ev.participants:
            out.append(("Participants", "; ".join(ev.participants)))
        return tuple(out)


def build_brief(
    repo: Repository,
    region: EntryRef,
    *,
    bookmarks: dict[str, str] | None = None,
    include_user_notes: bool = False,
    today: dt.date | None = None,
    check: Callable[[], None] | None = None,
) -> Brief:
    """The brief of one region. ``bookmarks`` maps bookmarked entry ids to the user's notes;
    ``check`` is called often and may raise to stop the work (cancel)."""
    b = _Builder(repo, bookmarks or {}, include_user_notes, check or (lambda: None))
    region_entry = b.entry(region.id)
    region_item = b.item(region_entry)
    sections: list[Section] = []

    # -- the region's character and its places ---------------------------------------------------------
    places = repo.places_of_region(region.id)
    place_ids = {p.id for p in places}
    # A profile about one of the region's countries goes with that country, as the tree shows it.
    profiles = [b.entry(r.id) for r in region_entry.children if r.kind == "profile"]
    profile_of: dict[str, list[Entry]] = {}
    character = Section("character", "Character of the region", intro=region_entry.text)
    for profile in profiles:
        about = [r.id for r in profile.links.get("Countries and areas", ()) if r.id in place_ids]
        if len(about) == 1:
            profile_of.setdefault(about[0], []).append(profile)
        else:
            character.items.append(b.item(profile))
    sections.append(character)
    if places:
        section = Section("places", "Countries and areas")
        for place in places:
            entry = b.entry(place.id)
            depth = 1 if entry.parent_id in place_ids else 0
            detail: tuple[tuple[str, str], ...] = ()
            if entry.kind == "area" and entry.breadcrumb:
                detail = (("Part of", entry.breadcrumb[-1].title),)
            section.items.append(b.item(entry, depth, details=detail))
            section.items.extend(b.item(profile, depth + 1) for profile in profile_of.get(place.id, ()))
            section.items.extend(b.tree_items(place.id, ("profile", "note"), base=depth + 1))
        sections.append(section)

    # -- strategic directions ----------------------------------------------------------------------
    directions = [r for r in region_entry.children if r.kind == "direction"]
    if directions:
        sections.append(Section("directions", "Strategic directions"))
        for n, ref in enumerate(directions, start=1):
            entry = b.entry(ref.id)
            sub = Section(f"direction-{ref.id}", f"{n}. {entry.title}", level=2, lead=b.item(entry))
            sub.items = b.tree_items(ref.id, _STRATEGY_CHILD_KINDS)
            sections.append(sub)

    # -- meetings and events -----------------------------------------------------------------------
    events = repo.events_of_region(region.id)
    figure_items: list[Item] = []
    if events:
        sections.append(Section("events", "Meetings and events", intro="In date order."))
        listed = {ref.id for ref in events}
        for ref in events:
            entry = b.entry(ref.id)
            sub = Section(f"event-{ref.id}", entry.title, level=2, lead=b.item(entry, details=b.event_details(entry)))
            skip_below: int | None = None  # an event within this one has its own section, with its date
            for child, depth in repo.descendants(ref.id):
                if skip_below is not None and depth > skip_below:
                    continue
                skip_below = depth if child.id in listed else None
                if skip_below is not None:
                    continue
                child_entry = b.entry(child.id)
                details: tuple[tuple[str, str], ...] = ()
                if child_entry.figure:
                    details = (("Figure", child_entry.figure.label),)
                sub.items.append(b.item(child_entry, depth - 1, details=details))
                if child.kind == "figure":
                    figure_items.append(b.item(child_entry, details=(*details, ("From", entry.title))))
            sections.append(sub)

    # -- key figures -------------------------------------------------------------------------------
    figure_ids = {i.entry_id for i in figure_items}
    for entry in list(b.seen.values()):
        for ref in entry.links.get("Key figures", ()):
            if ref.id not in figure_ids:
                figure_ids.add(ref.id)
                fig = b.entry(ref.id)
                label = (("Figure", fig.figure.label),) if fig.figure else ()
                figure_items.append(b.item(fig, details=label))
    if figure_items:
        sections.append(Section("figures", "Key figures", items=figure_items))

    # -- programmes --------------------------------------------------------------------------------
    programme_refs: dict[str, EntryRef] = {}
    for entry in list(b.seen.values()):
        for ref in entry.links.get("Programmes and bodies", ()):
            programme_refs.setdefault(ref.id, ref)
    if programme_refs:
        section = Section("programmes", "Programmes and bodies named")
        for ref in programme_refs.values():
            entry = b.entry(ref.id)
            section.items.append(b.item(entry, details=(("Kind", entry.ref.kind_label),)))
        sections.append(section)

    # -- the user's bookmarks ----------------------------------------------------------------------
    if b.marked:
        section = Section("bookmarks", "My bookmarks", intro="Entries of this brief you bookmarked (★).")
        for entry_id in b.marks:
            if entry_id in b.marked:
                entry = b.seen[entry_id]
                where = " › ".join(r.title for r in entry.breadcrumb) or entry.ref.kind_label
                section.items.append(
                    Item(
                        entry_id,
                        entry.kind,
                        entry.title,
                        details=(("In", where),),
                        bookmarked=True,
                        user_note=b.marks[entry_id] if include_user_notes else "",
                    )
                )
        sections.append(section)

    documents_by_id = {d.id: d for d in repo.documents()}
    cited = [documents_by_id[i] for i in b.notes.document_ids if i in documents_by_id]
    return Brief(
        region_id=region.id,
        title=region_entry.title,
        scope=region_entry.text,
        aliases=region_entry.aliases,
        generated=today or dt.date.today(),
        content_version=repo.content_version[:12],
        coverage=coverage_label(repo.coverage()),
        app_version=__version__,
        sections=sections,
        notes=b.notes.notes,
        documents=cited,
        map_codes=frozenset(c for c in (repo.place_code(p.id) for p in places) if c),
        region_notes=region_item.notes,
        include_user_notes=include_user_notes,
        bookmarked_count=len(b.marked),
    )
