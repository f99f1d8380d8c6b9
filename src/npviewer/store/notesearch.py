"""The user's own notes searched like the content (Qt-free): a note matches when each word of the query
starts a word of the note, case and accents aside. Notes live in the user's data, not in the content
store, so they are searched where they are, in the few hundred bookmarks a user has."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from npviewer.store.snippet import Matcher


def note_snippet(note: str, wanted: Sequence[str]) -> str | None:
    """The part of ``note`` around its first match, matched words marked as in a search snippet;
    None when some wanted word starts no word of the note."""
    wanted = [w for w in wanted if w]
    if not wanted:
        return None
    return Matcher([w] for w in wanted).snippet(note, require_all=wanted)


def match_notes(notes: Mapping[str, str], wanted: Sequence[str]) -> dict[str, str]:
    """Entry id -> note snippet, for each note that has every wanted word."""
    found: dict[str, str] = {}
    for entry_id, note in notes.items():
        snippet = note_snippet(note, wanted) if note else None
        if snippet is not None:
            found[entry_id] = snippet
    return found
