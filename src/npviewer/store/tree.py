"""The browsing tree: regions > countries and areas > profiles; regions > directions > measures;
then groups for events, programmes, topics, other countries and key figures.

A node is addressed by its path of ids from the top, because one entry (Russia) can stand under
two regions. Group nodes have ids starting with ``@``.

A place stands under the regions its content links it to, and only there: Russia under both the
Western and the Eastern Region, Western Russia below it only in the Western, the Russian Far East
and Primorsky Krai only in the Eastern. A place linked to no region goes where its parent place goes.
"""

from __future__ import annotations

from dataclasses import dataclass

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.records import DOCUMENT_PREFIX, EVENT_KINDS, EntryRef, document_ref_id
from npviewer.store.repository import Repository

Path_ = tuple[str, ...]

GROUPS: tuple[tuple[str, str], ...] = (
    ("@events", QT_TRANSLATE_NOOP("Tree", "Meetings and events")),
    ("@programmes", QT_TRANSLATE_NOOP("Tree", "Programmes and bodies")),
    ("@topics", QT_TRANSLATE_NOOP("Tree", "Topics")),
    ("@places", QT_TRANSLATE_NOOP("Tree", "Other countries")),
    ("@figures", QT_TRANSLATE_NOOP("Tree", "Key figures")),
    ("@sources", QT_TRANSLATE_NOOP("Tree", "Sources")),
)
_GROUP_TITLES = dict(GROUPS)


@dataclass(frozen=True)
class TreeNode:
    """One row of the tree."""

    path: Path_
    ref: EntryRef
    has_children: bool

    @property
    def is_group(self) -> bool:
        return self.ref.id.startswith("@")


class BrowseTree:
    """Computes tree rows from the repository, one level at a time."""

    def __init__(self, repo: Repository):
        self.repo = repo
        self._region_links: dict[str, tuple[str, ...]] = {}

    def children(self, path: Path_) -> list[TreeNode]:
        if not path:
            nodes = [TreeNode((r.id,), r, True) for r in self.repo.regions()]
            for group_id, title in GROUPS:
                if self._group_members(group_id):
                    nodes.append(TreeNode((group_id,), EntryRef(group_id, "group", translate("Tree", title)), True))
            return nodes
        head, last = path[0], path[-1]
        if len(path) == 1 and head.startswith("@"):
            refs = self._group_members(head)
        elif len(path) == 1:
            refs = self._region_children(head)
        else:
            last_ref = self.repo.ref(last)
            if last_ref and last_ref.kind in ("country", "area") and not head.startswith("@"):
                refs = self._place_children(head, last)
            else:
                refs = self.repo.children(last)
        counts = self.repo.child_counts([r.id for r in refs])
        in_region = not head.startswith("@")

        def has_children(ref: EntryRef) -> bool:
            if in_region and ref.kind in ("country", "area"):
                return bool(self._place_children(head, ref.id))  # its areas and profiles in this region
            return counts.get(ref.id, 0) > 0

        return [TreeNode((*path, r.id), r, has_children(r)) for r in refs]

    def _group_members(self, group_id: str) -> list[EntryRef]:
        repo = self.repo
        if group_id == "@events":
            return [EntryRef(e.id, e.kind, e.title, None) for e in repo.timeline_events() if e.kind in EVENT_KINDS]
        if group_id == "@programmes":
            return [r for r in repo.programme_refs() if r.kind != "topic" and repo.ref(r.id) is not None]
        if group_id == "@topics":
            return repo.refs_of_kind(("topic",))
        if group_id == "@places":
            placed = {p.id for region in repo.regions() for p in repo.places_of_region(region.id)}
            return [r for r in repo.refs_of_kind(("country",)) if r.id not in placed]
        if group_id == "@sources":
            return [EntryRef(document_ref_id(d.id), "document", d.title) for d in repo.documents()]
        if group_id == "@figures":
            return [r for r in repo.refs_of_kind(("figure",)) if not self._has_parent(r.id)]
        return []

    def _has_parent(self, entry_id: str) -> bool:
        return bool(self.repo.parent_chain(entry_id))

    def _region_places(self, region_id: str) -> list[EntryRef]:
        return self.repo.places_of_region(region_id)

    def _region_children(self, region_id: str) -> list[EntryRef]:
        places = self._region_places(region_id)
        place_ids = {p.id for p in places}
        top_places = [p for p in places if self._place_parent(p.id) not in place_ids]
        own = [c for c in self.repo.children(region_id) if not self._profile_place(c, place_ids)]
        return top_places + own

    def _place_children(self, region_id: str, place_id: str) -> list[EntryRef]:
        places = self._region_places(region_id)
        place_ids = {p.id for p in places}
        sub = [p for p in places if self._place_parent(p.id) == place_id]
        sub += [c for c in self.repo.children(place_id) if c.id not in place_ids and self._belongs(c, region_id)]
        profiles = [c for c in self.repo.children(region_id) if self._profile_place(c, place_ids) == place_id]
        return sub + profiles

    def _regions_of(self, entry_id: str) -> tuple[str, ...]:
        """The regions an entry's content links it to (cached: the content does not change)."""
        known = self._region_links.get(entry_id)
        if known is None:
            rows = self.repo.conn.execute(
                "SELECT l.dst_id FROM link l JOIN entry r ON r.id = l.dst_id "
                "WHERE l.src_id = ? AND l.relation = 'regions' AND r.kind = 'region'",
                (entry_id,),
            ).fetchall()
            known = self._region_links[entry_id] = tuple(r[0] for r in rows)
        return known

    def _regions_of_chain(self, chain: list[str]) -> set[str]:
        """The regions of the deepest entry in ``chain`` (top first) that is linked to any."""
        for entry_id in reversed(chain):
            regions = self._regions_of(entry_id)
            if regions:
                return set(regions)
        return {region.id for region in self.repo.regions()}

    def _belongs(self, ref: EntryRef, region_id: str) -> bool:
        """Whether a child of a place stands under that place in this region: a place linked to
        regions only in those, anything else wherever its parent stands."""
        if ref.kind not in ("country", "area"):
            return True
        regions = self._regions_of(ref.id)
        return not regions or region_id in regions

    def _place_parent(self, place_id: str) -> str | None:
        row = self.repo.conn.execute("SELECT parent_id FROM entry WHERE id = ?", (place_id,)).fetchone()
        return row[0] if row else None

    def _profile_place(self, ref: EntryRef, place_ids: set[str]) -> str | None:
        """The region's place a profile statement is about, if it is about exactly one."""
        if ref.kind != "profile":
            return None
        rows = self.repo.conn.execute(
            "SELECT dst_id FROM link WHERE src_id = ? AND relation = 'places'", (ref.id,)
        ).fetchall()
        linked = [r[0] for r in rows if r[0] in place_ids]
        return linked[0] if len(linked) == 1 else None

    def path_of(self, entry_id: str) -> Path_ | None:
        """The node an entry (or a source document) is shown at (its first place in the tree), or None."""
        if entry_id.startswith(DOCUMENT_PREFIX):
            known = self.repo.document(entry_id.removeprefix(DOCUMENT_PREFIX)) is not None
            return ("@sources", entry_id) if known else None
        ref = self.repo.ref(entry_id)
        if ref is None:
            return None
        chain = [a.id for a in self.repo.parent_chain(entry_id)] + [entry_id]
        top = self.repo.ref(chain[0])
        if top is None:
            return None
        if top.kind == "region":
            return self._path_in_region(chain)
        if top.kind in ("country", "area"):
            linked = self._regions_of_chain(chain)
            for region in self.repo.regions():
                if region.id in linked and any(p.id == top.id for p in self._region_places(region.id)):
                    found = self._path_in_region([region.id, *chain])
                    if found is not None:
                        return found
            return ("@places", *chain) if top.kind == "country" else None
        if top.kind in EVENT_KINDS:
            return ("@events", *chain)
        if top.kind == "topic":
            return ("@topics", *chain)
        if top.kind == "figure":
            return ("@figures", *chain)
        return ("@programmes", *chain)

    def _path_in_region(self, chain: list[str]) -> Path_ | None:
        """Resolve a chain starting at a region to a real tree path, through places where needed."""
        path: list[str] = [chain[0]]
        for wanted in chain[1:]:
            kids = {n.ref.id for n in self.children(tuple(path))}
            if wanted in kids:
                path.append(wanted)
                continue
            for node in self.children(tuple(path)):
                if node.ref.kind in ("country", "area") and self._contains(node.path, wanted):
                    path = list(self._descend_to(node.path, wanted))
                    break
            else:
                return None
        return tuple(path)

    def _contains(self, path: Path_, wanted: str) -> bool:
        return self._descend_to(path, wanted) != path

    def _descend_to(self, path: Path_, wanted: str) -> Path_:
        for node in self.children(path):
            if node.ref.id == wanted:
                return node.path
            if node.ref.kind in ("country", "area"):
                found = self._descend_to(node.path, wanted)
                if found != node.path:
                    return found
        return path

    @staticmethod
    def group_title(group_id: str) -> str:
        """A group's title in the interface language."""
        title = _GROUP_TITLES.get(group_id)
        return translate("Tree", title) if title else group_id
