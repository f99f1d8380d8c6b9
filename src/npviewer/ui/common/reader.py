"""What one feature may ask of another without importing it: the entry on show and the pane that shows
it, as protocols (the reading feature's :class:`~npviewer.ui.reading.navigator.Navigator` and
:class:`~npviewer.ui.reading.detail_view.DetailView` answer; the window hands them over)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from npviewer.store.records import Entry


class Reader(Protocol):
    """The entry on show, and opening another."""

    @property
    def current(self) -> Entry | None:
        """The entry on show (None for a source document's page, a message or a vanished bookmark)."""
        ...

    def current_id(self) -> str | None:
        """The entry on show, or the ``doc:`` id of the source document on show."""
        ...

    def open(self, entry_id: str) -> bool:
        """Show an entry and record it in the history; False when it cannot be shown."""
        ...


class NotePane(Protocol):
    """The pane's bookmark star and note, as the bookmarks feature changes them."""

    @property
    def note_edit(self) -> QWidget:
        """Where the note is typed."""
        ...

    def save_note_if_changed(self, *, leaving: bool = False) -> None:
        """Save typed note text."""
        ...

    def set_bookmarked(self, bookmarked: bool, note: str = "") -> None:
        """The entry's bookmark as stored now."""
        ...
