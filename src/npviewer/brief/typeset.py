"""Writes a brief as Typst markup. Content is data, never markup: every content string goes in as a
Typst string literal (``#"..."``), so no character of it can start a heading, a list or a function.

The layout lives in :data:`PREAMBLE`; this module only walks the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from npviewer.brief.model import Brief, Cell, MapFigure, Section, Statement, Table
from npviewer.brief.notes import Note, Source, note_numbers
from npviewer.store.text import fold

FONTS = ("Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans Georgian", "Noto Sans Armenian")
PAPERS = {"A4": "a4", "Letter": "us-letter"}

PREAMBLE = r"""
#let ink = rgb("#1f2328")
#let navy = rgb("#1b365d")
#let muted = rgb("#5a6270")
#let alert = rgb("#8a1c1c")
#let mine = rgb("#7a5200")
#let rule = rgb("#b8c2cf")
#let shade = rgb("#eef2f7")
#set text(font: FONTS, size: 9.6pt, fill: ink, lang: LANG, fallback: false, hyphenate: true)
#set par(justify: true, leading: 0.6em, spacing: 0.9em)
#set page(paper: PAPER, margin: (left: 2.2cm, right: 2.2cm, top: 2cm, bottom: 2.2cm),
  footer: context {
    set text(size: 7.6pt, fill: muted)
    line(length: 100%, stroke: 0.4pt + rule)
    v(-0.5em)
    FOOTER
    h(1fr)
    PAGE_LABEL
  })
#show heading: set text(fill: navy)
#show heading.where(level: 1): it => {
  set text(size: 14pt, weight: "bold")
  block(above: 1.6em, below: 0.8em, sticky: true)[#it.body #v(-0.35em) #line(length: 100%, stroke: 0.6pt + rule)]
}
#show heading.where(level: 2): it => block(above: 1.2em, below: 0.6em, sticky: true, text(size: 11pt, it.body))
#set list(indent: 0.4em, body-indent: 0.5em, spacing: 0.55em, marker: ([•], [–], [·]))
#set table(stroke: (x, y) => (top: if y == 0 { none } else { 0.4pt + rule }, bottom: 0.6pt + rule),
  inset: (x: 4pt, y: 4pt), fill: (x, y) => if y == 0 { shade })
#show table.cell.where(y: 0): set text(weight: "bold", fill: navy, size: 8.4pt)
#show table: set par(justify: false)
#show table: set text(size: 8.4pt)
#show link: set text(fill: navy)
#let notes(n) = super(text(fill: navy, size: 0.95em, n))
#let flag(word) = text(size: 0.8em, weight: "bold", fill: alert)[ \[#word\]]
#let small(body) = text(size: 8.2pt, fill: muted, body)
"""


def lit(text: str) -> str:
    """A Typst string literal holding ``text`` exactly."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return f'"{escaped}"'


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
_held: tuple[str, ...] = ()  # the folded texts of the held documents, for the brief being written


def unquote_unheld(text: str, held: tuple[str, ...]) -> str:
    """Quotation marks stay only around words a held document says; elsewhere (a name in our own
    summary, say) they are dropped: a reader takes quotation marks as the source's own words."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1) or match.group(2)
        return match.group(0) if any(fold(inner) in doc for doc in held) else inner

    return _QUOTED.sub(keep, text)


def t(text: str) -> str:
    """Content text as markup: a string literal ended with ``;`` (nothing after it can extend it)."""
    return f"#{lit(smart_quotes(unquote_unheld(text, _held)))};" if text else ""


def _notes(numbers: tuple[int, ...]) -> str:
    if not numbers:
        return ""
    parts = note_numbers(numbers).split(", ")
    linked = ",".join(f"#link(<note-{int(re.split('-', p)[0])}>)[{p}]" for p in parts)
    return f"#notes[{linked}]"


def statement(s: Statement, *, in_cell: bool = False) -> str:
    """One statement's inline markup (no list marker)."""
    out = []
    if s.bookmarked:
        out.append("#text(fill: mine)[★] ")
    if s.lead:
        out.append(f"*{t(s.lead)}*" + (" " if s.text else ""))
    if s.link:
        out.append(f"#link(<{s.link}>)[{t(s.text)}]")
    else:  # a line break in an entry's text starts a paragraph, as in the window
        out.append(" #parbreak() ".join(t(para) for para in s.text.splitlines() if para.strip()))
    out.append(_notes(s.notes))
    out.extend(f"#flag({lit(m)})" for m in s.marks)
    small = []
    for label, value in s.details:
        small.append(f"*{t(label)}:* {t(value)}")
    if s.aliases:
        small.append(t(" · ".join(s.aliases)))
    for v in s.variants:
        line = f"#text(fill: alert)[*{t(v.label)}* {t(v.value)}]{_notes(v.notes)}"
        if v.reason:
            line += f" {t('(' + v.reason + ')')}"
        small.append(line)
    if s.user_note:
        small.append(f"#text(fill: mine)[*{t('My note:')}* {t(s.user_note)}]")
    if small:
        out.append(" \\\n#small[" + " \\\n".join(small) + "]")
    return "".join(out)


def statements(items: Iterable[Statement]) -> str:
    """Statements as a (nested) list, depth by indentation; a plain one as a paragraph of its own."""
    lines = []
    for s in items:
        if s.plain:
            lines.append("\n" + statement(s) + "\n")
            continue
        body = statement(s).replace("\n", "\n" + "  " * (s.depth + 1))
        lines.append("  " * s.depth + "- " + body)
    return "\n".join(lines) + "\n"


def _cell(cell: Cell) -> str:
    parts = []
    for i, s in enumerate(cell.parts):
        body = statement(s, in_cell=True)
        parts.append(("#h(" + f"{0.8 * s.depth}em)– " if s.depth else "") + body if i else body)
    return "[" + " \\\n".join(parts) + "]"


def table(tab: Table) -> str:
    widths = "(" + ", ".join(w if w == "auto" or w.endswith(("fr", "%")) else lit(w) for w in tab.widths) + ",)"
    header = "".join(f"[{t(c)}]" for c in tab.columns)
    rows = []
    for i, row in enumerate(tab.rows):
        cells = [_cell(c) for c in row]
        if tab.row_labels and tab.row_labels[i]:
            cells[0] = cells[0][:-1] + f"#metadata(none) <{tab.row_labels[i]}>]"
        rows.append(", ".join(cells))
    body = ",\n  ".join(rows)
    return f"#table(columns: {widths}, table.header({', '.join(f'{h}' for h in _split(header))}),\n  {body})\n"


def _split(header: str) -> list[str]:
    return re.findall(r"\[[^\]]*\]", header)


def map_figure(figure: MapFigure) -> str:
    caption = f"align(left, text(size: 8pt, fill: muted)[{t(figure.caption)}])"
    image = 'image(bytes(sys.inputs.map), format: "svg", width: 100%, alt: sys.inputs.map_alt)'
    return f"#figure({image}, numbering: none,\n  caption: {caption})\n"


def section(sec: Section) -> str:
    out = [f"{'=' * sec.level} {t(sec.title)} <sec-{sec.key}>\n"]
    if sec.intro:
        out.append(f"#small[{t(sec.intro)}]\n")
    run: list[Statement] = []
    for block in sec.blocks:
        if isinstance(block, Statement):
            run.append(block)
            continue
        if run:
            out.append(statements(run))
            run = []
        out.append(table(block) if isinstance(block, Table) else map_figure(block))
    if run:
        out.append(statements(run))
    return "\n".join(out) + "\n"


SHORT_TITLE = 40  # characters: a title this short names its source in a note; a longer one gives way


def _source_short(source: Source, brief: Brief) -> str:
    """How a note names its source: a short title (``Region-Specific Strategies``), else publisher and date."""
    if source.title and len(source.title) <= SHORT_TITLE:
        return source.title
    name = source.publisher or source.title
    if source.date is not None:
        name += ", " + brief.labels.date(source.date)
    return name


def note(n: Note, brief: Brief) -> str:
    source = brief.sources[n.source]
    parts = [t(_source_short(source, brief))]  # named, not linked: the Sources list is alphabetical
    if n.locator:
        parts.append(", " + t(n.locator))
    if n.verbatim and n.text:
        parts.append(": " + t("“") + f"#{lit(n.text)};" + t("”"))  # the words exactly, inner quotes as written
    elif n.text:
        parts.append(". " + f"#text(fill: muted)[{t(brief.labels['summary'])}] {t(n.text)}")
    if n.status != "confirmed":
        parts.append(f"#flag({lit(brief.labels['mark.' + n.status])})")
        if n.reason:
            parts.append(" " + t(n.reason))
    body = "".join(parts)
    number = f"#box(width: 2.1em)[#h(1fr)*{n.number}.*#h(0.5em)]"
    return f"#par(hanging-indent: 2.1em)[{number}{body}#metadata(none) <note-{n.number}>]\n"


def source_entry(i: int, s: Source, brief: Brief) -> str:
    labels = brief.labels
    bits = [f"*{t(s.publisher)}.* " if s.publisher else "", t(s.title)]
    if s.date is not None:
        inferred = f" #flag({lit(labels['mark.' + s.date_status])})" if s.date_status != "confirmed" else ""
        bits.append(". " + t(labels.date(s.date)) + inferred)
    if s.language:
        bits.append(". " + t(labels.fmt("language", language=labels.language_name(s.language))))
    bits.append(". ")
    if s.url:
        bits.append(f"#link({lit(s.url)})[{t(s.url)}]")
    else:
        bits.append(f"#small[{t(labels['no_url'])}]")
    bits.append(f" #small[· {t(labels.fmt('cited_in', notes=note_numbers(s.notes)))}]")
    return f"#par(hanging-indent: 1.5em, justify: false)[{''.join(bits)}#metadata(none) <source-{i + 1}>]\n"


def cover(brief: Brief) -> str:
    labels = brief.labels
    out = [
        f'#text(size: 8.5pt, weight: "bold", fill: navy, tracking: 0.06em)[{t(labels["series"].upper())} '
        f"#h(0.4em)·#h(0.4em) {t(labels['kind.' + brief.kind].upper())}]\n",
        f'#v(0.2em)\n#text(size: 24pt, weight: "bold", fill: navy)[{t(brief.title)}]\n',
    ]
    if brief.subtitle:
        out.append(f"#v(-0.3em)\n#text(size: 13pt)[{t(brief.subtitle)}{_notes(brief.subtitle_notes)}]\n")
    if brief.aliases:
        out.append(f"#small[*{t(labels['also'])}:* {t(' · '.join(brief.aliases))}]\n")
    out.append(f"#block(above: 1em, below: 0.6em)[{t(brief.purpose)}]\n")
    meta = [f"*{t(brief.current_to)}*", t(brief.prepared)]
    if brief.bookmarks_line:
        meta.append(f"#text(fill: mine)[{t(brief.bookmarks_line)}]")
    out.append("#small[" + " \\\n".join(meta) + "]\n")
    out.append(f"= {t(labels['key_points'])} <sec-key-points>\n")
    out.append(statements(brief.key_points))
    if brief.key_figures is not None:
        out.append(f"= {t(labels['key_figures'])} <sec-key-figures>\n")
        out.append(table(brief.key_figures))
    return "\n".join(out)


def document(brief: Brief, paper: str = "A4") -> str:
    """The whole brief as Typst markup (the map, if any, comes in as ``sys.inputs.map``)."""
    global _held
    _held = brief.held
    labels = brief.labels
    preamble = (
        PREAMBLE.replace("FONTS", "(" + ", ".join(lit(f) for f in FONTS) + ")")
        .replace("LANG", lit(brief.lang))
        .replace("PAPER", lit(PAPERS[paper]))
        .replace("FOOTER", f"[{t(brief.footer)}]")
        .replace(
            "PAGE_LABEL",
            lit(labels["page"])
            .replace("{n}", '" + str(here().page()) + "')
            .replace("{total}", '" + str(counter(page).final().first()) + "'),
        )
    )
    meta = (f"#set document(title: {lit(brief.document_title)}, author: \"npviewer\", "
            f"keywords: ({lit(labels['series'])}, {lit(brief.title)}))\n")  # fmt: skip
    body = [meta, preamble, cover(brief), "#pagebreak()\n",
            f"#outline(title: {lit(labels['contents'])}, depth: 2, indent: 1.2em)\n"]  # fmt: skip
    body += [section(s) for s in brief.sections]
    body.append("#pagebreak(weak: true)\n")
    body.append(f"= {t(labels['sec.notes'])} <sec-notes>\n#small[{t(labels['intro.notes'])}]\n\n")
    body += [note(n, brief) for n in brief.notes]
    body.append(f"= {t(labels['sec.sources'])} <sec-sources>\n#small[{t(labels['intro.sources'])}]\n\n")
    body += [source_entry(i, s, brief) for i, s in enumerate(brief.sources)]
    return "\n".join(body)
