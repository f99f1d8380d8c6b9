"""The page of a bookmark whose entry is no longer in the content: its saved title and note, and the
entry as the earlier content had it when the last update removed it."""

from __future__ import annotations

from html import escape

from npviewer.store.changes import REMOVED, EntryChange
from npviewer.store.userdata import Bookmark


def missing_bookmark_html(mark: Bookmark, change: EntryChange | None, earlier: str = "") -> str:
    """HTML for the detail pane; ``change`` is the last update's record of the entry, if it has one,
    and ``earlier`` names the content it was in (``the content bundled with npviewer``)."""
    parts = [
        f"<h1>{escape(mark.title)}</h1>",
        '<p class="status">This entry is no longer in the content in use. Your bookmark keeps its title and '
        "note; remove it from the Bookmarks panel when you no longer need it.</p>",
    ]
    if mark.note:
        parts.append("<h2>Your note</h2>" + "".join(f"<p>{escape(line)}</p>" for line in mark.note.splitlines()))
    if change is not None and change.status == REMOVED:
        old = change.entry
        where = f" in {escape(earlier)}" if earlier else ""
        parts.append(f"<h2>As it read{where}, before the update removed it</h2>")
        if old.text and old.text != old.title:
            parts.append(f"<p>{escape(old.text)}</p>")
        if old.details:
            parts.append(f'<p class="muted">{escape(old.details)}</p>')
        if old.sources:
            parts.append("<h3>Sources</h3><ul>" + "".join(f"<li>{escape(s)}</li>" for s in old.sources) + "</ul>")
    parts.append(f'<p class="muted">Entry id: {escape(mark.entry_id)}</p>')
    return "".join(parts)
