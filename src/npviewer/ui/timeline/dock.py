"""Puts the timeline into the window's dock: built when first shown, fed from the library, kept in
step with the entry on show (its events highlighted), its lanes and filters remembered.

The events are read when they are shown: on the dock's first show, and on the worker when the
content or its language changes while the panel is made (a hidden timeline costs a switch nothing;
a shown one never holds the window up while a large store's events are read).

Signals (of :class:`TimelineDock`):
    viewMade(QWidget): the timeline's view was made (on the dock's first show).
    entryRequested(str): an event was chosen (Enter, a click): open its entry.
    disputeRequested(str): an event's "?" badge was chosen: open its entry at the disputed dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from npviewer.store.library import Library
from npviewer.store.records import TimelineEvent
from npviewer.ui.common.reader import Reader
from npviewer.ui.common.screen_fit import screen_share
from npviewer.ui.common.settings import TIMELINE
from npviewer.ui.common.worker import Worker
from npviewer.ui.timeline.related import related_event_ids

if TYPE_CHECKING:  # made when the dock is first shown
    from npviewer.ui.timeline.panel import TimelinePanel

MIN_HEIGHT = 320

#: What the timeline shows of a library: its events, and the titles of the places they concern.
Events = tuple[list[TimelineEvent], list[tuple[str, str]]]


def read_events(library: Library) -> Events:
    """The library's events and their places' (id, title), for :meth:`TimelinePanel.set_places`."""
    events = library.repo.timeline_events()
    places = {pid for e in events for pid in e.place_ids}
    refs = library.repo.refs(sorted(places))
    return events, [(r.id, r.title) for r in refs.values()]


class TimelineDock(QObject):
    """Owns the TimelinePanel in ``dock`` (one of ``window``'s docks); the panel is made on first show.
    ``reader`` says which entry is shown, whose events are highlighted; ``worker`` reads the events
    again when the content or its language changes (at once without one)."""

    viewMade = Signal(QWidget)
    entryRequested = Signal(str)
    disputeRequested = Signal(str)

    def __init__(self, dock: QDockWidget, reader: Reader, window: QMainWindow, worker: Worker | None = None) -> None:
        super().__init__(window)
        self.dock = dock
        self.reader = reader
        self._window = window
        self._worker = worker
        self.library: Library | None = None
        self.panel: TimelinePanel | None = None
        self._events: list[TimelineEvent] = []
        self.dock.visibilityChanged.connect(self._visibility_changed)

    def set_library(self, library: Library) -> None:
        """The content (or its language) changed: its events are read when shown."""
        self.library = library
        if self.panel is None:
            return
        if self._worker is None:
            self._show(read_events(library))
            return
        self._worker.query(read_events, lambda found: self._read_on_worker(library, found), key="timeline-events")

    def _read_on_worker(self, library: Library, found: Events) -> None:
        if library is self.library and self.panel is not None:
            self._show(found)
            self.follow(self.reader.current_id() or "")

    def ensure_panel(self) -> TimelinePanel:
        """The panel, made (and filled) now if it was not yet."""
        if self.panel is None:
            from npviewer.ui.timeline.panel import TimelinePanel

            panel = TimelinePanel()
            panel.setObjectName("timelinePanel")
            panel.eventActivated.connect(self.entryRequested)
            panel.disputeActivated.connect(self.disputeRequested)
            self.panel = panel
            if self.library is not None:
                self._show(read_events(self.library))
            panel.restore_state(TIMELINE.get())
            self.dock.setWidget(panel)
            height = screen_share(self._window, 0.4, MIN_HEIGHT)  # room for a few rows, not the screen
            if self.dock.height() < height:  # first shown
                self._window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
            self.follow(self.reader.current_id() or "")
            self.viewMade.emit(panel.view)
        return self.panel

    def _show(self, found: Events) -> None:
        assert self.panel is not None
        self._events, places = found
        self.panel.set_events(self._events)
        self.panel.set_places(places)
        self.panel.view.fit_all()

    def _visibility_changed(self, visible: bool) -> None:
        """The dock was shown (by the user, or with the window when it was left open): fill it."""
        if visible:
            self.ensure_panel()

    def follow(self, entry_id: str) -> None:
        """An entry was opened: highlight its events (and select it, if it is one)."""
        entry = self.reader.current
        if self.panel is None or entry is None or entry.id != entry_id or self.library is None:
            return
        sub_places = [p.id for p, _ in self.library.repo.descendants(entry.id) if p.kind == "area"]
        related = related_event_ids(entry, self._events, sub_places)
        self.panel.highlight(related)
        if entry.event is not None:
            self.panel.view.set_current(entry.id)

    def save_state(self) -> None:
        if self.panel is not None:
            TIMELINE.set(self.panel.state())
