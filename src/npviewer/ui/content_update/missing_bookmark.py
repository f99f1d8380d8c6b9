"""The page of a bookmark whose entry is no longer in the content: its saved title and note, and the
entry as the earlier content had it when the last update removed it."""

from __future__ import annotations

from html import escape

from npviewer.i18n import translate
from npviewer.store.changes import REMOVED, EntryChange
from npviewer.store.userdata import Bookmark


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def missing_bookmark_html(mark: Bookmark, change: EntryChange | None, earlier: str = "") -> str:
    """HTML for the detail pane; ``change`` is the last update's record of the entry, if it has one,
    and ``earlier`` names the content it was in (``the content bundled with npviewer``)."""
    gone = translate(
        "MissingBookmark",
        "This entry is no longer in the content in use. Your bookmark keeps its title and note; remove it "
        "from the Bookmarks panel when you no longer need it.",
    )
    parts = [f"<h1>{escape(mark.title)}</h1>", f'<p class="status">{escape(gone)}</p>']
    if mark.note:
        lines = "".join(f"<p>{escape(line)}</p>" for line in mark.note.splitlines())
        parts.append(_h(2, translate("MissingBookmark", "Your note")) + lines)
    if change is not None and change.status == REMOVED:
        old = change.entry
        if earlier:
            read = translate("MissingBookmark", "As it read in {content}, before the update removed it")
        else:
            read = translate("MissingBookmark", "As it read before the update removed it")
        parts.append(_h(2, read.format(content=earlier)))
        if old.text and old.text != old.title:
            parts.append(f"<p>{escape(old.text)}</p>")
        if old.details:
            parts.append(f'<p class="muted">{escape(old.details)}</p>')
        if old.sources:
            items = "".join(f"<li>{escape(s)}</li>" for s in old.sources)
            parts.append(_h(3, translate("MissingBookmark", "Sources")) + f"<ul>{items}</ul>")
    entry_id = translate("MissingBookmark", "Entry id: {id}").format(id=mark.entry_id)
    parts.append(f'<p class="muted">{escape(entry_id)}</p>')
    return "".join(parts)
