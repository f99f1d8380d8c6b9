"""Puts the timeline into the main window's dock: built when first shown, fed from the library,
kept in step with the entry on show (its events highlighted), its lanes and filters remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from npviewer.store.library import Library
from npviewer.store.records import TimelineEvent
from npviewer.ui.common.screen_fit import screen_share
from npviewer.ui.common.settings import TIMELINE
from npviewer.ui.timeline.related import related_event_ids

if TYPE_CHECKING:
    from npviewer.ui.timeline.panel import TimelinePanel
    from npviewer.ui.window.main_window import MainWindow

MIN_HEIGHT = 320


class TimelineDock(QObject):
    """Owns the TimelinePanel in ``window.timeline_dock``; the panel is made on first show."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.dock: QDockWidget = window.timeline_dock
        self.panel: TimelinePanel | None = None
        self._events: list[TimelineEvent] = []
        self.dock.visibilityChanged.connect(self._visibility_changed)
        window.entryOpened.connect(self._entry_opened)

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def set_library(self, library: Library) -> None:
        self._events = library.repo.timeline_events()
        if self.panel is not None:
            self._fill(library)

    def ensure_panel(self) -> TimelinePanel:
        """The panel, made (and filled) now if it was not yet."""
        if self.panel is None:
            from npviewer.ui.timeline.panel import TimelinePanel

            panel = TimelinePanel()
            panel.setObjectName("timelinePanel")
            panel.eventActivated.connect(self.window.open_entry)
            panel.disputeActivated.connect(self.window.open_dispute)
            self.panel = panel
            if self.window.library is not None:
                self._fill(self.window.library)
            panel.restore_state(TIMELINE.get())
            self.dock.setWidget(panel)
            height = screen_share(self.window, 0.4, MIN_HEIGHT)  # room for a few rows, not the screen
            if self.dock.height() < height:  # first shown
                self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
            self._entry_opened(self.window.current_entry_id() or "")
        return self.panel

    def _fill(self, library: Library) -> None:
        assert self.panel is not None
        self.panel.set_events(self._events)
        places = {pid for e in self._events for pid in e.place_ids}
        refs = library.repo.refs(sorted(places))
        self.panel.set_places([(r.id, r.title) for r in refs.values()])
        self.panel.view.fit_all()

    def _visibility_changed(self, visible: bool) -> None:
        """The dock was shown (by the user, or with the window when it was left open): fill it."""
        if visible:
            self.ensure_panel()

    def _entry_opened(self, entry_id: str) -> None:
        entry = self.window.current_entry()
        if self.panel is None or entry is None or entry.id != entry_id or self.window.library is None:
            return
        sub_places = [p.id for p, _ in self.window.library.repo.descendants(entry.id) if p.kind == "area"]
        related = related_event_ids(entry, self._events, sub_places)
        self.panel.highlight(related)
        if entry.event is not None:
            self.panel.view.set_current(entry.id)

    def save_state(self) -> None:
        if self.panel is not None:
            TIMELINE.set(self.panel.state())
