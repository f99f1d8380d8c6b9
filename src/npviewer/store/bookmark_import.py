"""What a bookmark import did, told truthfully: added, already there, and what became of the file's notes.

A bookmark already in the store keeps its note. The file's note for it is never dropped without a
word: it becomes the note when the user had none, it is added below the user's note when the two
differ (with a line that says where it came from), and when the two together would be longer than
a note may be it is left out of the store and listed in the report, word for word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from npviewer.i18n import translate
from npviewer.store.bookmark_file import MAX_NOTE


@dataclass
class ImportReport:
    """The outcome of one import: every bookmark of the file is in exactly one of these."""

    file: str
    added: list[str] = field(default_factory=list)
    # already bookmarked: the file's note was empty or the same as (or already part of) the user's
    kept: list[str] = field(default_factory=list)
    # already bookmarked with no note: the file's note became the note
    noted: list[str] = field(default_factory=list)
    # already bookmarked with another note: the file's note was added below the user's
    appended: list[str] = field(default_factory=list)
    # already bookmarked, the two notes too long together: (entry id, the file's note), not stored
    listed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def already(self) -> int:
        return len(self.kept) + len(self.noted) + len(self.appended) + len(self.listed)

    def summary(self) -> str:
        """One paragraph for the user (the command line prints it, the window can show it)."""
        text = translate("UserData", "Imported {file}: {added} added, {already} already bookmarked").format(
            file=self.file, added=len(self.added), already=self.already
        )
        if self.already:
            text += translate("UserData", " (your notes kept)")
        parts = []
        if self.noted:
            parts.append(
                translate("UserData", "{count} became the note where you had none").format(count=len(self.noted))
            )
        if self.appended:
            parts.append(translate("UserData", "{count} added below your note").format(count=len(self.appended)))
        if self.listed:
            parts.append(
                translate("UserData", "{count} too long to add to yours, listed below").format(count=len(self.listed))
            )
        if parts:
            text += ". " + translate("UserData", "The file's notes for those: {parts}").format(parts="; ".join(parts))
        return text + "."

    def listing(self) -> str:
        """The file's notes that were not stored, each under its entry id (empty when there are none)."""
        lines = []
        for entry_id, note in self.listed:
            lines.append(translate("UserData", "The file's note for {id}:").format(id=entry_id))
            lines.extend(f"    {line}" for line in note.splitlines() or [""])
        return "\n".join(lines)


def merged_note(mine: str, theirs: str, source: str, day: str) -> tuple[str, str]:
    """The note to keep for a bookmark already there, and what happened: ``kept``, ``noted``,
    ``appended`` or ``listed`` (``mine`` is then kept as it is)."""
    if not theirs.strip() or theirs.strip() in mine:
        return mine, "kept"
    if not mine.strip():
        return theirs, "noted"
    heading = translate("UserData", "From {file}, imported {day}:").format(file=source, day=day)
    combined = f"{mine.rstrip()}\n\n{heading}\n{theirs.strip()}"
    if len(combined) > MAX_NOTE:
        return mine, "listed"
    return combined, "appended"
