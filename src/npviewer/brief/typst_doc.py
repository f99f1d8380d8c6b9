"""The whole brief as one Typst document: cover and page 1, the essentials, what the full brief adds,
the annexes (full brief), the notes and the sources. Blocks are written by :mod:`npviewer.brief.typeset`."""

from __future__ import annotations

from npviewer.brief.inline import Run, plain
from npviewer.brief.model import Brief
from npviewer.brief.typeset import FONTS, PAPERS, PREAMBLE, Writer, lit


def _preamble(brief: Brief, paper: str, w: Writer) -> str:
    labels = brief.labels
    page = lit(labels["page"]).replace("{n}", '" + str(here().page()) + "')
    page = page.replace("{total}", '" + str(counter(page).final().first()) + "')
    meta = (f"#set document(title: {lit(brief.document_title)}, author: \"npviewer\", "
            f"keywords: ({lit(labels['series'])}, {lit(brief.title)}))\n")  # fmt: skip
    return meta + (
        PREAMBLE.replace("FONTS", "(" + ", ".join(lit(f) for f in FONTS) + ")")
        .replace("LANG", lit(brief.lang))
        .replace("PAPER", lit(PAPERS[paper]))
        .replace("FOOTER", f"#{lit(brief.footer)};")
        .replace("PAGE_LABEL", f"#({page})")
    )


def cover(brief: Brief, w: Writer) -> str:
    labels = brief.labels
    kicker = f"{labels['series'].upper()}  ·  {labels['kind.' + brief.kind].upper()}"
    out = [f'#text(size: 8.5pt, weight: "bold", fill: navy, tracking: 0.06em, {lit(kicker)})\n',
           f'#v(0.1em)\n#text(size: 22pt, weight: "bold", fill: navy, {lit(brief.title)})\n']  # fmt: skip
    if brief.subtitle:
        refs = [Run(notes=brief.subtitle_notes)] if brief.subtitle_notes else []
        out.append(f"#v(-0.3em)\n#text(size: 12pt)[{w.runs([w.inline.text(brief.subtitle), *refs])}]\n")
    small = []
    if brief.aliases:
        small.append(f"#strong({lit(labels['also'] + ':')}) " + w.runs([w.inline.text(" · ".join(brief.aliases))]))
    small += [f"#strong({lit(label + ':')}) " + w.runs([w.inline.text(value)]) for label, value in brief.facts]
    if small:
        out.append("#text(size: 8.8pt)[" + " \\\n".join(small) + "]\n")
    out.append(f"#block(above: 0.8em, below: 0.5em, {lit(brief.purpose)})\n")
    meta = [f"#strong({lit(brief.current_to)})", f"#{lit(brief.prepared)};"]
    if brief.bookmarks_line:
        meta.append(f"#text(fill: mine, {lit(brief.bookmarks_line)})")
    out.append("#text(size: 8.2pt, fill: muted)[" + " \\\n".join(meta) + "]\n")
    out.append(f"= #{lit(labels['key_points'])}; <sec-key-points>\n")
    out.append(w.statements(brief.key_points))
    if brief.key_figures is not None:
        out.append(f"= #{lit(labels['key_figures'])}; <sec-key-figures>\n")
        out.append(w.table(brief.key_figures))
    return "\n".join(out)


def notes(brief: Brief, w: Writer) -> str:
    labels = brief.labels
    intro = labels["intro.notes.short" if brief.compact_notes else "intro.notes"]
    out = [f"= #{lit(labels['sec.notes'])}; <sec-notes>\n#text(size: 8.2pt, fill: muted, {lit(intro)})\n"]
    indent = "1.6em" if brief.compact_notes else "2.1em"
    body = []
    for n in brief.notes:
        body.append(f"#par(hanging-indent: {indent})[#box(width: {indent}, strong({lit(f'{n.number}.')}))"
                    f"{w.runs(w.inline.note(n))}] <note-{n.number}>")  # fmt: skip
    numbered = brief.compact_notes
    sources = []
    for i, s in enumerate(brief.sources):
        runs = w.runs(w.inline.source(s, number=i + 1 if numbered else 0))
        sources.append(f"#par(hanging-indent: 1.2em, justify: false)[{runs}] <source-{i + 1}>")
    heading = f"= #{lit(labels['sec.sources'])}; <sec-sources>\n"
    heading += f"#text(size: 8.2pt, fill: muted, {lit(labels['intro.sources'])})\n"
    out.insert(0, "#set par(justify: false)\n")  # notes and sources ragged right, as notes are (and cheaper to set)
    if brief.compact_notes:
        out.append(_balanced(body, 3, [len(plain(w.inline.note(n))) + 8 for n in brief.notes]))
        out.append(heading)
        out.append(_balanced(sources, 2, [len(s) for s in sources]))
    else:
        out.append("\n".join(body) + "\n")
        out.append(heading)
        out.append("\n".join(sources) + "\n")
    return "\n".join(out)


def _balanced(items: list[str], count: int, weights: list[int]) -> str:
    """Items in ``count`` columns of about equal length (Typst fills one column before the next)."""
    total = sum(weights) or 1
    columns: list[list[str]] = [[] for _ in range(count)]
    done = 0
    for item, weight in zip(items, weights, strict=True):
        columns[min(count - 1, done * count // total)].append(item)
        done += weight
    cells = ", ".join("[" + "\n".join(c) + "]" for c in columns)
    small = "#set text(size: 7.6pt)\n#set par(spacing: 0.45em)\n"
    return f"#[{small}#grid(columns: {count}, column-gutter: 1.2em, {cells})]\n"


def document(brief: Brief, paper: str = "A4") -> str:
    """The whole brief as Typst markup (each map, if any, comes in as ``sys.inputs.map0``, ``map1``...)."""
    w = Writer(brief)
    maps = brief.maps()
    body = [_preamble(brief, paper, w), cover(brief, w)]
    body += [w.section(s, maps) for s in brief.sections]
    if brief.adds:
        adds = w.runs([w.inline.text(brief.adds)])
        body.append(f"#block(fill: shade, inset: 7pt, radius: 2pt, width: 100%, above: 1.2em)[{adds}]\n")
    if brief.full and brief.annexes:
        labels = brief.labels
        body.append(f"#pagebreak()\n#outline(title: {lit(labels['contents'])}, depth: 2, indent: 1.2em)\n")
        body += [w.section(s, maps) for s in brief.annexes]
        body.append("#pagebreak(weak: true)\n")
    body.append(notes(brief, w))
    return "\n".join(body)
