"""Shows the map above a region's or a place's entry, highlighting what the entry is about (see
:func:`npviewer.map.plan.entry_map`); a click on a place opens its entry. The map is made on first use
and reused.

Signals (of :class:`MapPane`):
    viewMade(QWidget): the map's view was made (when a map is first shown).
    entryRequested(str): a place was chosen on the map: open its entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from npviewer.store.library import Library
from npviewer.store.records import PLACE_KINDS, Entry
from npviewer.store.repository import Repository

if TYPE_CHECKING:  # made when a map is first shown
    from npviewer.ui.map.view import MapView


def region_names(repo: Repository) -> dict[str, str]:
    """Each place's map code -> the regions its content links it to, in words (for screen readers);
    a group's members (the Far East's federal subjects) are named with the group."""
    from npviewer.map.shapes import load_shapes  # the map's data is read when a map is first shown

    names: dict[str, list[str]] = {}
    shapes = load_shapes()
    for region in repo.regions():
        for place in repo.places_of_region(region.id):
            code = repo.place_code(place.id)
            for member in shapes.groups.get(code, (code,) if code else ()):
                names.setdefault(member, []).append(region.title)
    return {code: ", ".join(titles) for code, titles in names.items()}


class MapPane(QObject):
    """Owns the detail pane's map: ``place(widget)`` puts it above the entry (None: no map there)."""

    viewMade = Signal(QWidget)
    entryRequested = Signal(str)

    def __init__(self, place: Callable[[QWidget | None], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._place = place
        self.library: Library | None = None
        self.view: MapView | None = None

    def set_library(self, library: Library) -> None:
        self.library = library

    def show_for(self, entry: Entry | None) -> None:
        """The map for ``entry`` (hidden when it has none, or for no entry)."""
        library = self.library
        plan = None
        if library is not None and entry is not None and (entry.kind == "region" or entry.kind in PLACE_KINDS):
            from npviewer.map.plan import entry_map

            plan = entry_map(library.repo, entry)
        if plan is None or library is None:
            if self.view is not None:
                self._place(None)
            return
        from npviewer.map.plan import place_codes
        from npviewer.map.shapes import load_shapes
        from npviewer.ui.map.key import legend_rows

        view = self._ensure_view()
        short = library.repo.short_names()  # a group's members are named by the map, not by the group
        own = {code: short.get(eid, ()) for code, (eid, _title) in library.repo.place_codes().items()}
        groups = {code: (title, *own[code]) for code, (_eid, title) in library.repo.place_codes().items()
                  if code in load_shapes().groups}  # fmt: skip
        glossary = library.repo.glossary_names()  # in Korean, the names file's Korean for the map's names
        places = {code: (eid, glossary.get(title, title)) for code, (eid, title) in place_codes(library.repo).items()}
        names = {shape.code: glossary[shape.name] for shape in load_shapes() if shape.name in glossary}
        view.set_places(places, region_names(library.repo), own, groups, names)
        titles = {code: glossary.get(title, title) for code, (_eid, title) in library.repo.place_codes().items()}
        legend = legend_rows(plan.roles, titles, load_shapes().groups)
        view.show_region(set(plan.roles), set(plan.frame), plan.roles, legend)
        self._place(view)  # shown as the reader wants it and the pane has room for it
        view.show()

    def _ensure_view(self) -> MapView:
        if self.view is None:
            from npviewer.ui.map.view import MapView

            view = MapView()
            view.setObjectName("detailMap")
            view.placeActivated.connect(self.entryRequested)
            self.view = view
            self.viewMade.emit(view)
        return self.view
