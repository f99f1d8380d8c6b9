"""Shows the map above a region's or a place's entry: the region's places highlighted, or the place
itself, centred; a click on a country opens its entry. The map is made on first use and reused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from npviewer.store.records import PLACE_KINDS, Entry
from npviewer.store.repository import Repository

if TYPE_CHECKING:
    from npviewer.ui.mainwindow import MainWindow
    from npviewer.ui.map.view import MapView


def map_codes_for(repo: Repository, entry: Entry) -> tuple[set[str], set[str] | None] | None:
    """(codes to highlight, codes to centre on) for an entry that has a map, else None."""
    if entry.kind == "region":
        codes = {repo.place_code(p.id) for p in repo.places_of_region(entry.id)} - {""}
        return (codes, None) if codes else None
    if entry.kind in PLACE_KINDS:
        for ref in [entry.ref, *reversed(entry.breadcrumb)]:
            code = repo.place_code(ref.id) if ref.kind in PLACE_KINDS else ""
            if code:
                return {code}, {code}
    return None


def region_names(repo: Repository) -> dict[str, str]:
    """Each place's map code -> the regions its content links it to, in words (for screen readers)."""
    names: dict[str, list[str]] = {}
    for region in repo.regions():
        for place in repo.places_of_region(region.id):
            code = repo.place_code(place.id)
            if code:
                names.setdefault(code, []).append(region.title)
    return {code: ", ".join(titles) for code, titles in names.items()}


class MapPane(QObject):
    """Owns the detail pane's map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.view: MapView | None = None

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def show_for(self, entry: Entry | None) -> None:
        """The map for ``entry`` (hidden when it has none, or for no entry)."""
        library = self.window.library
        codes = map_codes_for(library.repo, entry) if library is not None and entry is not None else None
        detail = self.window.detail
        if codes is None or library is None:
            if self.view is not None:
                detail.set_map_widget(None)
            return
        view = self._ensure_view()
        view.set_places(library.repo.place_codes(), region_names(library.repo))
        view.show_region(*codes)
        detail.set_map_widget(view)  # shown as the reader wants it and the pane has room for it
        view.show()

    def _ensure_view(self) -> MapView:
        if self.view is None:
            from npviewer.ui.map.view import MapView

            view = MapView()
            view.setObjectName("detailMap")
            view.placeActivated.connect(self.window.open_entry)
            self.view = view
        return self.view
