"""The brief as a plain document (no Qt, no markup): page 1, the essentials, the annexes, notes and sources.

Built by :mod:`npviewer.brief.build`; written as PDF (:mod:`npviewer.brief.typeset`), Word
(:mod:`npviewer.brief.word`) and HTML (:mod:`npviewer.brief.webpage`), which only walk it. Every text
here is content or a label already in the brief's language; note numbers are final.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from npviewer.brief.colophon import Colophon
from npviewer.brief.labels import Labels
from npviewer.brief.notes import Note, Source


def width(text: str) -> int:
    """How wide a text prints, in Latin characters: a Hangul or Han character counts as two."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ch > "\u1100" and unicodedata.east_asian_width(ch) in "WF")


@dataclass(frozen=True)
class Variant:
    """Another source's version of a value (a dispute), with its own notes."""

    label: str  # "Disputed date:"
    value: str  # "another source gives September 2018"
    notes: tuple[int, ...]
    reason: str = ""


@dataclass(frozen=True)
class Statement:
    """One statement: a bullet, a paragraph or a table cell's text, with its notes and marks."""

    text: str
    notes: tuple[int, ...] = ()
    lead: str = ""  # set in bold before the text
    depth: int = 0
    marks: tuple[str, ...] = ()  # words printed as small flags: "inferred", "planned"
    variants: tuple[Variant, ...] = ()
    aliases: tuple[str, ...] = ()
    details: tuple[tuple[str, str], ...] = ()  # (label, value) lines in small type
    bookmarked: bool = False
    user_note: str = ""
    link: str = ""  # a label in the document this statement links to (a meeting's row)
    plain: bool = False  # a paragraph of its own, not a list item (a direction's statement under its heading)


@dataclass(frozen=True)
class Cell:
    """A table cell: one or more statements (the first may be bold)."""

    parts: tuple[Statement, ...] = ()

    @classmethod
    def of(cls, text: str, notes: tuple[int, ...] = (), **kw: object) -> Cell:
        return cls((Statement(text, notes, **kw),)) if text else cls()  # type: ignore[arg-type]

    @property
    def length(self) -> int:
        """Characters the cell prints (its widest part counts, as parts stand on lines of their own)."""
        return max((width(p.lead) + width(p.text) + 3 * len(p.notes) + sum(width(m) + 3 for m in p.marks)
                    for p in self.parts), default=0)  # fmt: skip

    @property
    def word(self) -> int:
        """Characters of its longest word (a column is never narrower: words are not split)."""
        return max((width(w) for p in self.parts for w in f"{p.lead} {p.text}".split()), default=0)


#: A column whose longest cell is this short (characters) is as wide as its content; the others share the rest.
NARROW = 18


@dataclass(frozen=True)
class Table:
    """A table with a header row repeated on every page it spans. ``shares`` are the columns' parts of
    the width, sized to their content; ``fitted`` columns are as wide as their content (a date, a value)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    shares: tuple[float, ...] = ()
    fitted: tuple[bool, ...] = ()
    row_labels: tuple[str, ...] = ()  # an anchor per row ("" for none)

    @classmethod
    def sized(cls, columns: tuple[str, ...], rows: tuple[tuple[Cell, ...], ...], row_labels: tuple[str, ...] = (),
              longest: int = 90) -> Table:  # fmt: skip
        """A table whose columns are sized to what they hold: a short column fits its content; the
        others get at least their longest word and share the rest of the line by their (capped)
        average length."""
        n = len(columns)
        longest_of = [max([width(c)] + [row[i].length for row in rows]) for i, c in enumerate(columns)]
        average = [max(width(c), sum(min(row[i].length, longest) for row in rows) / max(1, len(rows))) for i, c in
                   enumerate(columns)]  # fmt: skip
        words = [max([width(w) for w in c.split()] + [row[i].word for row in rows]) for i, c in enumerate(columns)]
        fitted = tuple(x <= NARROW for x in longest_of)
        if all(fitted):
            fitted = tuple(False for _ in columns)
        room = LINE - sum(x + 2 for x, f in zip(longest_of, fitted, strict=True) if f) - 2 * n
        mins = [w + 1 if not f else 0 for w, f in zip(words, fitted, strict=True)]
        spare = max(0.0, room - sum(mins))
        spread = sum(a for a, f in zip(average, fitted, strict=True) if not f) or 1.0
        shares = tuple(round(m + spare * a / spread, 2) if not f else 0.0
                       for m, a, f in zip(mins, average, fitted, strict=True))  # fmt: skip
        return cls(columns, rows, shares, fitted, row_labels)


#: Characters of table text on one line across the page (8.4 pt on A4 or Letter, within the margins).
LINE = 100


@dataclass(frozen=True)
class MapFigure:
    """A map: what to highlight (codes and roles), labels, the legend's entries, alt text and caption."""

    roles: dict[str, str]
    labels: dict[str, str]
    alt: str
    caption: str
    legend: tuple[tuple[str, str], ...] = ()  # (role, names) in the order the legend lists them
    short: dict[str, tuple[str, ...]] = field(default_factory=dict)  # shorter names a label falls back to
    groups: dict[str, str] = field(default_factory=dict)  # a group's code -> its name (over its members)
    height: float = 300.0  # points, at the text column's width
    floats: bool = False  # may stand at the top or foot of a page rather than leave a gap before it


Block = Statement | Table | MapFigure
T = TypeVar("T")


def written(blocks: list[Block], statements: Callable[[list[Statement]], T], table: Callable[[Table], T],
            figure: Callable[[MapFigure], T]) -> list[T]:  # fmt: skip
    """What a writer makes of the blocks, in order: each run of statements at once, each table, each map."""
    out = []
    for block in grouped(blocks):
        if isinstance(block, list):
            out.append(statements(block))
        elif isinstance(block, Table):
            out.append(table(block))
        else:
            out.append(figure(block))
    return out


def grouped(blocks: list[Block]) -> Iterator[list[Statement] | Table | MapFigure]:
    """The blocks in order, consecutive statements gathered into one list (a writer writes it as one)."""
    run: list[Statement] = []
    for block in blocks:
        if isinstance(block, Statement):
            run.append(block)
            continue
        if run:
            yield run
            run = []
        yield block
    if run:
        yield run


@dataclass
class Section:
    """A heading (level 1 or 2), an optional introduction and its blocks."""

    key: str
    title: str
    level: int = 1
    intro: str = ""
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Brief:
    """Everything a rendered brief shows, in reading order: page 1 (``key_points``, ``key_figures``),
    the essentials (``sections``), what the full brief adds (``adds``), the ``annexes`` (the full
    dossier, only with ``full``), the notes and the sources."""

    labels: Labels
    kind: str  # region | country | bookmarks | meeting
    subject_id: str
    title: str
    subtitle: str
    aliases: tuple[str, ...]
    purpose: str
    current_to: str
    colophon: Colophon  # when, with what, from whose content
    key_points: list[Statement]
    key_figures: Table | None
    sections: list[Section]
    notes: list[Note]
    sources: list[Source]
    bookmarks_line: str = ""
    subtitle_notes: tuple[int, ...] = ()
    held: tuple[str, ...] = ()  # the held documents' texts, folded: quotation marks only for their words
    facts: tuple[tuple[str, str], ...] = ()  # (label, value) lines under the title: a meeting's date, place
    full: bool = False
    adds: str = ""  # what the full brief adds (the short brief), or what the annexes hold (the full one)
    annexes: list[Section] = field(default_factory=list)

    @property
    def prepared(self) -> str:
        return self.colophon.prepared

    @property
    def lang(self) -> str:
        return self.labels.lang

    @property
    def document_title(self) -> str:
        return self.labels.fmt("document_title", title=self.title)

    @property
    def footer(self) -> str:
        return self.labels.fmt("footer", title=self.title)

    @property
    def compact_notes(self) -> bool:
        """The short brief's notes name the source and the place in it; the full brief's also quote or summarise."""
        return not self.full

    def maps(self) -> list[MapFigure]:
        return [b for s in [*self.sections, *self.annexes] for b in s.blocks if isinstance(b, MapFigure)]

    def statements(self) -> list[Statement]:
        """Every statement of the brief in reading order (the subtitle's notes first)."""
        out = [Statement(self.subtitle, self.subtitle_notes), *self.key_points]
        blocks: list[Block] = [self.key_figures] if self.key_figures else []
        for section in [*self.sections, *self.annexes]:
            blocks += section.blocks
        for block in blocks:
            if isinstance(block, Statement):
                out.append(block)
            elif isinstance(block, Table):
                out.extend(part for row in block.rows for cell in row for part in cell.parts)
        return out
