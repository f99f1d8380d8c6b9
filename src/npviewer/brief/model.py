"""The brief as a plain document (no Qt, no markup): page 1, body sections, notes and sources.

Built by :mod:`npviewer.brief.build`, typeset by :mod:`npviewer.brief.typeset`. Every text here is
content or a label already in the brief's language; note numbers are final.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from npviewer.brief.labels import Labels
from npviewer.brief.notes import Note, Source


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


@dataclass(frozen=True)
class Table:
    """A table with a header row repeated on every page it spans."""

    columns: tuple[str, ...]
    widths: tuple[str, ...]  # Typst track sizes: "auto", "1fr", "22%"
    rows: tuple[tuple[Cell, ...], ...]
    row_labels: tuple[str, ...] = ()  # an anchor per row ("" for none)


@dataclass(frozen=True)
class MapFigure:
    """The region's map: what to highlight (codes and roles), labels, alt text and caption."""

    roles: dict[str, str]
    labels: dict[str, str]
    alt: str
    caption: str


Block = Statement | Table | MapFigure


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
    """Everything a rendered brief shows, in reading order."""

    labels: Labels
    kind: str  # region | country | bookmarks
    subject_id: str
    title: str
    subtitle: str
    aliases: tuple[str, ...]
    purpose: str
    current_to: str
    prepared: str
    key_points: list[Statement]
    key_figures: Table | None
    sections: list[Section]
    notes: list[Note]
    sources: list[Source]
    bookmarks_line: str = ""
    subtitle_notes: tuple[int, ...] = ()
    held: tuple[str, ...] = ()  # the held documents' texts, folded: quotation marks only for their words

    @property
    def lang(self) -> str:
        return self.labels.lang

    @property
    def document_title(self) -> str:
        return self.labels.fmt("document_title", title=self.title)

    @property
    def footer(self) -> str:
        return self.labels.fmt("footer", title=self.title)

    def statements(self) -> list[Statement]:
        """Every statement of the brief in reading order (the subtitle's notes first)."""
        out = [Statement(self.subtitle, self.subtitle_notes), *self.key_points]
        blocks: list[Block] = [self.key_figures] if self.key_figures else []
        for section in self.sections:
            blocks += section.blocks
        for block in blocks:
            if isinstance(block, Statement):
                out.append(block)
            elif isinstance(block, Table):
                out.extend(part for row in block.rows for cell in row for part in cell.parts)
        return out
