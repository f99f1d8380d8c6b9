"""Writes a brief as one self-contained, accessible HTML file: the document's language, real headings
and lists, tables with header cells, the map inline (SVG) with alt text, note numbers linked to their
notes, and a print stylesheet. Nothing is fetched: no script, no font, no image from outside."""

from __future__ import annotations

import base64
from html import escape

from npviewer.brief.inline import Inline, Run
from npviewer.brief.model import Brief, Cell, MapFigure, Section, Statement, Table, written
from npviewer.brief.notes import note_numbers

STYLE = """
:root { color-scheme: light; --ink: #1f2328; --navy: #1b365d; --muted: #5a6270; --alert: #8a1c1c;
  --mine: #7a5200; --rule: #b8c2cf; --shade: #eef2f7; }
body { font: 16px/1.5 "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink);
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
html:lang(ko) body { word-break: keep-all; overflow-wrap: break-word; }
h1, h2, h3 { color: var(--navy); line-height: 1.25; }
h2 { border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
.kicker { font-size: .8rem; font-weight: bold; letter-spacing: .06em; color: var(--navy); text-transform: uppercase; }
.subtitle { font-size: 1.2rem; margin-top: -.6rem; }
.meta, .intro, .small, figcaption { color: var(--muted); font-size: .85rem; }
.flag { color: var(--alert); font-weight: bold; font-size: .8em; }
.alert { color: var(--alert); } .mine, .star { color: var(--mine); }
sup a { color: var(--navy); text-decoration: none; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0 1rem; }
th { background: var(--shade); color: var(--navy); text-align: left; }
th, td { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .25rem .35rem;
  vertical-align: top; }
td p { margin: 0; }
figure { margin: 1rem 0; } figure img { width: 100%; height: auto; }
.adds { background: var(--shade); padding: .6rem .8rem; border-radius: 3px; }
ol.notes, .sources { font-size: .85rem; }
@media print {
  @page { size: A4; margin: 2cm 2.1cm; }
  body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; } tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  .annexes { break-before: page; }
}
"""

_TAGS = {"strong": "strong", "label": "strong", "star": "span", "flag": "span", "alert": "span", "mine": "span",
         "muted": "span", "quote": "q"}  # fmt: skip


class HtmlWriter:
    """Writes one brief's HTML."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.inline = Inline(brief)

    def runs(self, runs: list[Run]) -> str:
        out = []
        for r in runs:
            if r.notes:
                parts = note_numbers(r.notes).split(", ")
                refs = ",".join(f'<a href="#note-{p.split("-")[0]}">{p}</a>' for p in parts)
                out.append(f"<sup>{refs}</sup>")
            elif r.style == "par":
                out.append("<br>")
            elif r.style == "url":
                out.append(f'<a href="{escape(r.href)}">{escape(r.text)}</a>')
            elif r.style == "quote":
                out.append(escape(r.text))  # its quotation marks are runs of their own
            elif r.style == "flag":
                out.append(f' <span class="flag">[{escape(r.text)}]</span>')
            elif r.style in _TAGS:
                tag = _TAGS[r.style]
                cls = "" if tag == "strong" else f' class="{r.style}"'
                out.append(f"<{tag}{cls}>{escape(r.text)}</{tag}>")
            else:
                out.append(escape(r.text))
        return "".join(out)

    def statement(self, s: Statement) -> str:
        body = self.runs(self.inline.statement(s))
        if s.link:
            body = f'<a href="#{s.link}">{body}</a>'
        small = [self.runs(line) for line in self.inline.small_lines(s)]
        return body + "".join(f'<br><span class="small">{line}</span>' for line in small)

    def statements(self, items: list[Statement]) -> str:
        """Statements as nested lists (depth by nesting, one level at a time); a plain one as a paragraph."""
        out: list[str] = []
        levels = 0  # lists open
        for s in items:
            if s.plain:
                out.append("</li></ul>" * levels + f"<p>{self.statement(s)}</p>")
                levels = 0
                continue
            level = min(s.depth + 1, levels + 1)
            if level > levels:
                out.append("<ul><li>")
            else:
                out.append("</li></ul>" * (levels - level) + "</li><li>")
            levels = level
            out.append(self.statement(s))
        out.append("</li></ul>" * levels)
        return "".join(out)

    def cell(self, cell: Cell, tag: str = "td", anchor: str = "") -> str:
        ident = f' id="{anchor}"' if anchor else ""
        return f"<{tag}{ident}>" + "".join(f"<p>{self.statement(s)}</p>" for s in cell.parts) + f"</{tag}>"

    def table(self, tab: Table) -> str:
        total = sum(tab.shares) or 1.0
        cols = "".join("<col>" if f else f'<col style="width: {100 * s / total:.0f}%">'
                       for s, f in zip(tab.shares, tab.fitted, strict=True))  # fmt: skip
        head = "".join(f'<th scope="col">{escape(c)}</th>' for c in tab.columns)
        rows = []
        for i, row in enumerate(tab.rows):
            anchor = tab.row_labels[i] if tab.row_labels else ""
            rows.append(
                "<tr>" + "".join(self.cell(c, anchor=anchor if n == 0 else "") for n, c in enumerate(row)) + "</tr>"
            )
        return f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"

    def map_figure(self, figure: MapFigure) -> str:
        from npviewer.brief.mapimage import map_svg_of

        data = base64.b64encode(map_svg_of(figure, self.brief.labels).encode("utf-8")).decode("ascii")
        return (f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{escape(figure.alt)}">'
                f"<figcaption>{escape(figure.caption)}</figcaption></figure>")  # fmt: skip

    def section(self, sec: Section) -> str:
        tag = "h2" if sec.level == 1 else "h3"
        out = [f'<section aria-labelledby="sec-{sec.key}"><{tag} id="sec-{sec.key}">{escape(sec.title)}</{tag}>']
        if sec.intro:
            out.append(f'<p class="intro">{escape(sec.intro)}</p>')
        out += written(sec.blocks, self.statements, self.table, self.map_figure)
        return "".join(out) + "</section>"


def _cover(w: HtmlWriter) -> str:
    brief = w.brief
    labels = brief.labels
    out = [f'<p class="kicker">{escape(labels["series"])} · {escape(labels["kind." + brief.kind])}</p>',
           f"<h1>{escape(brief.title)}</h1>"]  # fmt: skip
    if brief.subtitle:
        refs = [Run(notes=brief.subtitle_notes)] if brief.subtitle_notes else []
        out.append(f'<p class="subtitle">{w.runs([w.inline.text(brief.subtitle), *refs])}</p>')
    lines = ([(labels["also"], " · ".join(brief.aliases))] if brief.aliases else []) + list(brief.facts)
    if lines:
        out.append("<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in lines) + "</dl>")
    out.append(f"<p>{escape(brief.purpose)}</p>")
    meta = [f"<strong>{escape(brief.current_to)}</strong>", escape(brief.prepared)]
    meta += [f'<strong class="alert">{escape(brief.colophon.warning)}</strong>'] if brief.colophon.warning else []
    meta += [f'<span class="mine">{escape(brief.bookmarks_line)}</span>'] if brief.bookmarks_line else []
    out.append('<p class="meta">' + "<br>".join(meta) + "</p>")
    page_one = Section("key-points", labels["key_points"], blocks=list(brief.key_points))
    out.append(w.section(page_one))
    if brief.key_figures is not None:
        out.append(w.section(Section("key-figures", labels["key_figures"], blocks=[brief.key_figures])))
    return "".join(out)


def _notes(w: HtmlWriter) -> str:
    brief = w.brief
    labels = brief.labels
    intro = labels["intro.notes.short" if brief.compact_notes else "intro.notes"]
    notes = "".join(f'<li id="note-{n.number}" value="{n.number}">{w.runs(w.inline.note(n))}</li>' for n in brief.notes)
    numbered = brief.compact_notes
    sources = "".join(f'<li id="source-{i + 1}">{w.runs(w.inline.source(s, number=i + 1 if numbered else 0))}</li>'
                      for i, s in enumerate(brief.sources))  # fmt: skip
    return (f'<section aria-labelledby="sec-notes"><h2 id="sec-notes">{escape(labels["sec.notes"])}</h2>'
            f'<p class="intro">{escape(intro)}</p><ol class="notes">{notes}</ol></section>'
            f'<section aria-labelledby="sec-sources"><h2 id="sec-sources">{escape(labels["sec.sources"])}</h2>'
            f'<p class="intro">{escape(labels["intro.sources"])}</p>'
            f'<ul class="sources">{sources}</ul></section>')  # fmt: skip


def _footer(brief: Brief) -> str:
    """The colophon: when, with which npviewer and from whose content; then the brief's title."""
    whose = brief.colophon.whose
    cls = "alert" if brief.colophon.warning else ""
    lines = [f"<strong>{escape(brief.labels['colophon'])}</strong>", escape(brief.prepared)]
    lines += [f'<span class="{cls}">{escape(whose)}</span>' if cls else escape(whose)] if whose else []
    lines.append(escape(brief.footer))
    return '<footer class="meta colophon">' + "<br>".join(lines) + "</footer>"


def write_html(brief: Brief) -> bytes:
    """The brief as one HTML file's bytes (UTF-8)."""
    w = HtmlWriter(brief)
    body = [f"<header>{_cover(w)}</header>", "<main>"]
    body += [w.section(s) for s in brief.sections]
    if brief.adds:
        body.append(f'<p class="adds">{escape(brief.adds)}</p>')
    if brief.full and brief.annexes:
        annexes = "".join(w.section(s) for s in brief.annexes)
        body.append(f'<div class="annexes"><h2>{escape(brief.labels["sec.annexes"])}</h2>{annexes}</div>')
    body += [_notes(w), "</main>", _footer(brief)]
    page = (f'<!DOCTYPE html>\n<html lang="{escape(brief.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="author" content="npviewer">\n<title>{escape(brief.document_title)}</title>\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")  # fmt: skip
    return page.encode("utf-8")
