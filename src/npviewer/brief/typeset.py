"""Writes a brief as Typst markup, cheaply: the layout is set once (:data:`PREAMBLE`), every element is
plain markup (lists, tables with header rows, paragraphs), no show rule or ``context`` runs per element
but the footer's page number. Content is data, never markup: every content string goes in as a Typst
string literal (``#"..."``), so no character of it can start a heading, a list or a function.

What costs in Typst (measured, ``benchmarks/bench_typst.py``, and by instruction counts of the eastern
dossier): a plain ``link`` to a label (its text is missing until the second layout pass, so what holds it
is laid out again; :data:`PREAMBLE`'s ``to`` links without changing the layout), any link in a table (the
whole table is laid out again), Typst's outline (the dossier laid out again), a sticky block before a long
table, footnotes and per-cell style functions; plain paragraphs, lists and string literals cost next to
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from npviewer.brief.inline import Inline, Run
from npviewer.brief.model import Brief, Cell, MapFigure, Section, Statement, Table, written
from npviewer.brief.notes import note_numbers

FONTS = ("Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans Georgian", "Noto Sans Armenian")
PAPERS = {"A4": "a4", "Letter": "us-letter"}

PREAMBLE = r"""
#let navy = rgb("#1b365d")
#let muted = rgb("#5a6270")
#let alert = rgb("#8a1c1c")
#let mine = rgb("#7a5200")
#let rule = rgb("#b8c2cf")
#let shade = rgb("#eef2f7")
#set text(font: FONTS, size: 9.6pt, fill: rgb("#1f2328"), lang: LANG, fallback: false)
#set par(justify: JUSTIFY, linebreaks: "simple", leading: 0.6em, spacing: 0.9em)
#set page(paper: PAPER, margin: (left: 2.1cm, right: 2.1cm, top: 1.9cm, bottom: 2cm),
  footer: context text(size: 7.6pt, fill: muted)[
    #line(length: 100%, stroke: 0.4pt + rule) #v(-0.5em) FOOTER #h(1fr) PAGE_LABEL])
#show heading: set text(fill: navy)
#show heading.where(level: 1): it => block(above: 1.4em, below: 0.7em, sticky: true,
  text(size: 13pt, weight: "bold", it.body) + v(-0.35em) + line(length: 100%, stroke: 0.6pt + rule))
#show heading.where(level: 2): it => block(above: 1.1em, below: 0.6em, sticky: true, text(size: 11pt, it.body))
#set list(indent: 0.4em, body-indent: 0.5em, spacing: 0.5em, marker: ([•], [–], [·]))
#set table(stroke: (x: none, y: 0.4pt + rule), inset: (x: 4pt, y: 3.5pt))
#show link: set text(fill: navy)
#let to(target, body) = context { let found = query(target)
  if found.len() > 0 { link(found.first().location(), body) } else { body } }
#let hd(body) = table.cell(fill: shade, text(weight: "bold", fill: navy, body))
"""

#: Rows of a table an introduction keeps to (a longer table is not held under its introduction).
STICKY_ROWS = 40

#: Typst markup of each inline style (``{}`` is the run's text as a string literal).
STYLE = {
    "": "#{};",
    "strong": "#strong({});",
    "star": "#text(fill: mine, {});",
    "flag": '#text(size: 0.8em, weight: "bold", fill: alert, " [" + {} + "]");',
    "label": "#strong({});",
    "alert": "#text(fill: alert, {});",
    "mine": "#text(fill: mine, {});",
    "muted": "#text(fill: muted, {});",
    "quote": "#{};",
    "par": " #parbreak() ",
}


def lit(text: str) -> str:
    """A Typst string literal holding ``text`` exactly."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return f'"{escaped}"'


_HANGUL_WORD = re.compile(r"(\S*[\uac00-\ud7a3]\S*)")


def words(text: str) -> str:
    """``text`` as a Typst expression whose lines break only between words where it holds Korean: each
    word with Hangul in a box (Typst would break between any two syllables; Korean breaks between words)."""
    if _HANGUL_WORD.search(text) is None:
        return lit(text)
    parts = _HANGUL_WORD.split(text)
    return "[" + "".join(f"#box({lit(p)});" if i % 2 else f"#{lit(p)};" for i, p in enumerate(parts) if p) + "]"


def _notes(numbers: tuple[int, ...], linked: bool) -> str:
    parts = note_numbers(numbers).split(", ")
    if not linked:
        return f"#text(fill: navy, super({lit(','.join(parts))}))"
    refs = ",".join(f"#to(<note-{p.split('-')[0]}>)[{p}]" for p in parts)
    return f"#text(fill: navy, super[{refs}])"


class Writer:
    """Writes one brief's markup."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.inline = Inline(brief)
        self.linked = True  # note numbers link to their notes (not in tables: see table())
        #: How content text goes in: a string literal, or in Korean with its words kept whole.
        self.say: Callable[[str], str] = words if brief.lang == "ko" else lit

    def runs(self, runs: list[Run]) -> str:
        out = []
        for r in runs:
            if r.notes:
                out.append(_notes(r.notes, self.linked))
            elif r.style == "url":
                out.append(f"#link({lit(r.href)}, {lit(r.text)});")
            elif r.text or r.style == "par":
                out.append(STYLE[r.style].replace("{}", self.say(r.text)))
        return "".join(out)

    def statement(self, s: Statement) -> str:
        body = self.runs(self.inline.statement(s))
        if s.link and self.linked:
            body = f"#to(<{s.link}>)[{body}]"
        small = [self.runs(line) for line in self.inline.small_lines(s)]
        if small:  # on lines of their own, still inside the list item or cell
            body += " #linebreak()#text(size: 8.2pt, fill: muted)[" + " #linebreak()".join(small) + "]"
        return body

    def statements(self, items: list[Statement]) -> str:
        lines = []
        for s in items:
            if s.plain:
                lines.append("\n" + self.statement(s) + "\n")
            else:
                lines.append("  " * s.depth + "- " + self.statement(s))
        return "\n".join(lines) + "\n"

    def cell(self, cell: Cell) -> str:
        parts = []
        for i, s in enumerate(cell.parts):
            body = self.statement(s)
            parts.append((f"#h({0.8 * s.depth}em)– " if s.depth and i else "") + body)
        return "[" + " \\\n".join(parts) + "]"

    def table(self, tab: Table) -> str:
        """A table whose numbers are plain: a link anywhere in a table makes Typst lay the whole table out
        again once the link's target is placed (measured: 0.1 s for the dossier's 16 pages of meetings), so
        a table's note numbers and who's who's meeting dates link in the HTML file only."""
        tracks = ", ".join("auto" if fit else f"{share}fr" for share, fit in zip(tab.shares, tab.fitted, strict=True))
        head = ", ".join(f"hd({lit(c)})" for c in tab.columns)
        linked, self.linked = self.linked, False
        try:
            body = ",\n  ".join(", ".join(self.cell(c) for c in row) for row in tab.rows)
        finally:
            self.linked = linked
        return (f"#[#set text(size: 8.4pt)\n#set par(justify: false)\n#table(columns: ({tracks},), "
                f"table.header({head}),\n  {body})]\n")  # fmt: skip

    def map_figure(self, n: int, figure: MapFigure) -> str:
        caption = f"align(left, text(size: 8pt, fill: muted, {self.say(figure.caption)}))"
        image = f'image(bytes(sys.inputs.map{n}), format: "svg", width: 100%, alt: sys.inputs.map{n}_alt)'
        placement = "placement: auto, " if figure.floats else ""
        return f"#figure({image}, {placement}numbering: none, caption: {caption})\n"

    def section(self, sec: Section, maps: list[MapFigure]) -> str:
        out = [f"{'=' * sec.level} #{self.say(sec.title)}; <sec-{sec.key}>\n"]
        if sec.intro:
            # An introduction stays with what it introduces; not before a long table, which Typst would lay
            # out twice to keep it there (measured: 0.4 s of work for the dossier's meetings), and whose
            # first rows fit under it anyway.
            first = sec.blocks[0] if sec.blocks else None
            sticky = "true" if not (isinstance(first, Table) and len(first.rows) > STICKY_ROWS) else "false"
            out.append(f"#block(sticky: {sticky}, text(size: 8.2pt, fill: muted, {self.say(sec.intro)}))\n")
        out += written(sec.blocks, self.statements, self.table, lambda m: self.map_figure(maps.index(m), m))
        return "\n".join(out) + "\n"
