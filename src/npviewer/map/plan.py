"""What a map highlights, decided from the content (no Qt): the window's map and the brief's share it.

A country gives way to its own mapped areas (the Russian Far East's federal subjects, not all of Russia;
China's three provinces, not all of China); an area inside another mapped area is the focus; a second
country's areas get their own shade.
"""

from __future__ import annotations

from dataclasses import dataclass

from npviewer.map.shapes import KOREA, NORTH_KOREA, Shapes, load_shapes
from npviewer.store.records import PLACE_KINDS, Entry
from npviewer.store.repository import Repository

AREA, FOCUS, SECOND = "area", "focus", "second"


@dataclass(frozen=True)
class MapPlan:
    """Roles of the codes a map highlights (groups such as ``RU-FE`` allowed), their label texts, and
    the names highlighted (in order) and shown in the darker shade, for alt text and captions."""

    roles: dict[str, str]
    labels: dict[str, str]
    highlighted: list[str]
    primary: list[str]


def map_plan(repo: Repository, places: list[Entry]) -> MapPlan | None:
    """What a map of these places highlights (None: nothing mapped)."""
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
            roles[code] = AREA
        elif place.parent_id in code_of and by_id[place.parent_id].kind == "area":
            roles[code] = FOCUS
            primary.append(place.title)
        else:
            first_country = first_country or country_of[pid]
            roles[code] = AREA if country_of[pid] == first_country else SECOND
        if code in shapes.groups:
            names = {m: shapes.shapes[m].name_in(repo.lang) for m in shapes.expand([code]) if m not in code_of.values()}
            labels.update(names)
            members = list(names.values())
            highlighted.append(f"{place.title} ({', '.join(members)})")
        else:
            labels[code] = place.title
            if roles[code] != FOCUS:
                highlighted.append(place.title)
    if not roles:
        return None
    return MapPlan(roles, labels, highlighted, primary)


@dataclass(frozen=True)
class EntryMap:
    """The window's map for one entry: each highlighted shape's role, and the shapes to frame."""

    roles: dict[str, str]
    frame: frozenset[str]


def expand_roles(roles: dict[str, str], shapes: Shapes) -> dict[str, str]:
    """Roles by shape code, groups replaced by their members; a stronger role wins (focus, second, area)."""
    order = (AREA, SECOND, FOCUS)
    out: dict[str, str] = {}
    for code, role in sorted(roles.items(), key=lambda item: order.index(item[1])):
        for member in shapes.expand([code]):
            out[member] = role
    return out


def entry_map(repo: Repository, entry: Entry) -> EntryMap | None:
    """What the window's map shows for an entry (None: it has no map).

    A region: its places as the brief's map shows them. A country: that country. An area (a province,
    the Far East): the area and the mapped places inside it, framed with the place it belongs to (the
    Far East with Russia) unless that place would make the area a speck (Primorsky Krai in the Far East,
    a province in China: then the area is framed with Korea only). A place with no shape of its own
    (Western Russia): the nearest mapped place above it.
    """
    if entry.kind != "region" and entry.kind not in PLACE_KINDS:
        return None
    shapes = load_shapes()
    if entry.kind == "region":
        plan = map_plan(repo, [repo.entry(p.id) for p in repo.places_of_region(entry.id)])
        if plan is None:
            return None
        roles = expand_roles(plan.roles, shapes)
        return EntryMap(roles, frozenset(roles))
    place = entry if repo.place_code(entry.id) in shapes else _place_above(repo, entry)
    if place is None:
        return None
    code = repo.place_code(place.id)
    if place.kind == "country" or code in (KOREA, NORTH_KOREA):
        return EntryMap({code: AREA}, frozenset({code})) if code in shapes.shapes else None
    inside = [place] + [repo.entry(r.id) for r, _ in repo.descendants(place.id) if r.kind in PLACE_KINDS]
    plan = map_plan(repo, inside)
    if plan is None:
        return None
    roles = expand_roles(plan.roles, shapes)
    parent = _place_above(repo, place)
    around = set(shapes.expand([repo.place_code(parent.id)])) if parent is not None else set()
    if _extent(shapes, around) > CONTEXT * _extent(shapes, set(roles)):
        around = set()  # the Far East is twenty times Primorsky Krai: framed with it, the krai is a speck
    return EntryMap(roles, frozenset(roles) | around)


#: An area is framed with the place it belongs to only while that place, with Korea, takes at most this
#: many times the area's own frame (with Korea); beyond it the area is framed on itself and Korea.
CONTEXT = 4.0


def _extent(shapes: Shapes, codes: set[str]) -> float:
    """The area of the box round these shapes and Korea (scene units squared)."""
    box = shapes.shapes[KOREA].box
    for code in codes:
        if code in shapes.shapes:
            box = box.united(shapes.shapes[code].box)
    return box.width * box.height


def _place_above(repo: Repository, entry: Entry) -> Entry | None:
    """The nearest mapped place above an entry in the content's tree."""
    for ref in reversed(entry.breadcrumb):
        if ref.kind in PLACE_KINDS and repo.place_code(ref.id) in load_shapes():
            return repo.entry(ref.id)
    return None


def place_codes(repo: Repository) -> dict[str, tuple[str, str]]:
    """Shape code -> (entry id, title) of every mapped place: a group's members open the group's entry
    (Amur Oblast opens the Russian Far East) and are named by the map, unless they have entries of their own."""
    shapes = load_shapes()
    places = repo.place_codes()
    out = {code: place for code, place in places.items() if code not in shapes.groups}
    for group, (entry_id, _title) in places.items():
        for member in shapes.groups.get(group, ()):
            if member in shapes.shapes and member not in out:
                out[member] = (entry_id, shapes.shapes[member].name)
    return out
