"""A brief's inline text as runs every writer prints the same way: a statement, a note, a source.

The writers (Typst, Word, HTML) only map a run's style to their own markup, so what a statement
shows, and how a quotation is written, is decided once, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from npviewer.brief.notes import Note, Source, note_numbers
from npviewer.store.text import fold

if TYPE_CHECKING:
    from npviewer.brief.model import Brief, Statement

#: Run styles: "" plain, "strong" (a lead), "star" (bookmarked), "flag" (a mark such as inferred),
#: "label" (a small line's bold label), "alert" (a disputed version), "mine" (the user's own words),
#: "muted", "quote" (a held document's words, exactly), "par" (a paragraph break), "url" (``href``).
STYLES = ("", "strong", "star", "flag", "label", "alert", "mine", "muted", "quote", "par", "url")


@dataclass(frozen=True)
class Run:
    """A piece of inline text in one style; ``notes`` makes it a reference to those notes instead."""

    text: str = ""
    style: str = ""
    notes: tuple[int, ...] = ()
    href: str = ""


def smart_quotes(text: str) -> str:
    """Typographic quotes for straight ones: ``"x"`` -> “x”, an apostrophe -> ’."""
    out = []
    opened = False
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        elif ch == "'":
            before = text[i - 1] if i else " "
            out.append("’" if before.isalnum() or before in ".,!?)" else "‘")
        else:
            out.append(ch)
    return "".join(out)


_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def unquote_unheld(text: str, held: tuple[str, ...]) -> str:
    """Quotation marks stay only around words a held document says; elsewhere (a name in our own
    summary, say) they are dropped: a reader takes quotation marks as the source's own words."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1) or match.group(2)
        return match.group(0) if any(fold(inner) in doc for doc in held) else inner

    return _QUOTED.sub(keep, text)


class Inline:
    """Makes the runs of one brief (its held texts decide which quotation marks stay)."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.labels = brief.labels

    def text(self, text: str, style: str = "") -> Run:
        return Run(smart_quotes(unquote_unheld(text, self.brief.held)), style)

    def paragraphs(self, text: str, style: str = "") -> list[Run]:
        """Content text; a line break in an entry's text starts a paragraph, as in the window."""
        out: list[Run] = []
        for para in (p for p in text.splitlines() if p.strip()):
            if out:
                out.append(Run(style="par"))
            out.append(self.text(para, style))
        return out

    def statement(self, s: Statement) -> list[Run]:
        """A statement's main line: star, lead, text, note reference, flags."""
        out: list[Run] = [Run("★", "star")] if s.bookmarked else []
        if s.lead:
            out.append(self.text(s.lead + (" " if s.text else ""), "strong"))
        out += self.paragraphs(s.text)
        if s.notes:
            out.append(Run(notes=s.notes))
        out += [Run(m, "flag") for m in s.marks]
        return out

    def small_lines(self, s: Statement) -> list[list[Run]]:
        """The lines in small type under a statement: details, other names, disputes, the user's note."""
        lines: list[list[Run]] = [[self.text(f"{label}: ", "label"), self.text(value)] for label, value in s.details]
        if s.aliases:
            lines.append([self.text(" · ".join(s.aliases))])
        for v in s.variants:
            line = [self.text(v.label + " ", "alert"), self.text(v.value, "alert")]
            if v.notes:
                line.append(Run(notes=v.notes))
            if v.reason:
                line.append(self.text(f" ({v.reason})"))
            lines.append(line)
        if s.user_note:
            lines.append([self.text(self.labels["my_note"] + " ", "mine"), self.text(s.user_note, "mine")])
        return lines

    def quotation(self, note: Note) -> list[Run]:
        """The one way a held document's words are written: exactly, in quotation marks (and, once the
        content gives one, a translation into the brief's language marked as ours)."""
        out = [Run("“"), Run(note.text, "quote"), Run("”")]
        if note.translation and self.labels.lang != "en":
            out += [Run(" ("), Run(self.labels["translated"] + " ", "muted"), self.text(note.translation), Run(")")]
        return out

    def source_name(self, source: Source) -> str:
        """How a note names its source: a short title (``Region-Specific Strategies``), else publisher and date."""
        if source.title and len(source.title) <= SHORT_TITLE:
            return source.title
        name = source.publisher or source.title
        if source.date is not None:
            name += ", " + self.labels.date(source.date)
        return name

    def note(self, n: Note) -> list[Run]:
        """A note: its source named (the short brief: its number in the Sources list), where in it, and
        (full brief) the quotation or our summary."""
        if self.brief.compact_notes:
            out = [Run(self.labels.fmt("source_number", n=n.source + 1))]
        else:
            out = [self.text(self.source_name(self.brief.sources[n.source]))]
        if n.locator:
            out.append(self.text(", " + n.locator))
        if n.verbatim and n.text:
            out += [Run(": "), *self.quotation(n)]
        elif n.text:
            out += [Run(". "), Run(self.labels["summary"] + " ", "muted"), self.text(n.text)]
        if n.status != "confirmed":
            out.append(Run(self.labels["mark." + n.status], "flag"))
            if n.reason:
                out.append(self.text(" " + n.reason))
        return out

    def source(self, s: Source, *, with_notes: bool = True, number: int = 0) -> list[Run]:
        """A Sources entry: (its number, for the short brief's notes,) publisher, title, date, language,
        address, and the notes citing it."""
        labels = self.labels
        out = [Run(labels.fmt("source_number", n=number) + " ", "strong")] if number else []
        out += [self.text(s.publisher + ". ", "strong")] if s.publisher else []
        out.append(self.text(s.title))
        if s.date is not None:
            out.append(self.text(". " + labels.date(s.date)))
            if s.date_status != "confirmed":
                out.append(Run(labels["mark." + s.date_status], "flag"))
        compact = self.brief.compact_notes  # the short brief: the document and where to find it, no more
        if s.language and not compact:
            out.append(self.text(". " + labels.fmt("language", language=labels.language_name(s.language))))
        out.append(Run(". "))
        if s.url or not compact:
            out.append(Run(s.url, "url", href=s.url) if s.url else Run(labels["no_url"], "muted"))
        if with_notes and s.notes:
            out.append(Run(" · " + labels.fmt("cited_in", notes=note_numbers(s.notes)), "muted"))
        return out


SHORT_TITLE = 40  # characters: a title this short names its source in a note; a longer one gives way


def plain(runs: list[Run]) -> str:
    """The runs' text alone (note references as their numbers), for alt text and tests."""
    return "".join(r.text if not r.notes else note_numbers(r.notes) for r in runs)
