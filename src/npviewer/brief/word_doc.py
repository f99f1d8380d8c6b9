"""The whole brief as one Word file: cover and page 1, the essentials, what the full brief adds, the
annexes, the sources, and Word's own end notes (after the Notes heading, where Word prints them)."""

from __future__ import annotations

import io

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from npviewer.brief.inline import Run
from npviewer.brief.model import Brief
from npviewer.brief.word import MUTED, NAVY, WordWriter


def _cover(w: WordWriter) -> None:
    brief, doc = w.brief, w.doc
    labels = brief.labels
    kicker = doc.add_paragraph()
    run = kicker.add_run(f"{labels['series'].upper()}  ·  {labels['kind.' + brief.kind].upper()}")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(8.5), NAVY
    doc.add_paragraph(brief.title, style="Title")
    if brief.subtitle:
        sub = doc.add_paragraph(style="Subtitle")
        w.runs(
            sub, [w.inline.text(brief.subtitle), *([Run(notes=brief.subtitle_notes)] if brief.subtitle_notes else [])]
        )
    lines = []
    if brief.aliases:
        lines.append((labels["also"], " · ".join(brief.aliases)))
    lines += list(brief.facts)
    for label, value in lines:
        w.runs(doc.add_paragraph(), [w.inline.text(label + ": ", "strong"), w.inline.text(value)], size=9)
    w.runs(doc.add_paragraph(), [w.inline.text(brief.purpose)])
    meta = doc.add_paragraph()
    w.runs(meta, [Run(brief.current_to, "strong")], size=8.5)
    meta.add_run().add_break(WD_BREAK.LINE)
    w.runs(meta, [Run(brief.prepared, "muted")], size=8.5)
    if brief.bookmarks_line:
        meta.add_run().add_break(WD_BREAK.LINE)
        w.runs(meta, [Run(brief.bookmarks_line, "mine")], size=8.5)
    doc.add_heading(labels["key_points"], level=1)
    w.statements(brief.key_points)
    if brief.key_figures is not None:
        doc.add_heading(labels["key_figures"], level=1)
        w.table(brief.key_figures)


def _sources_and_notes(w: WordWriter) -> None:
    brief, doc = w.brief, w.doc
    labels = brief.labels
    doc.add_heading(labels["sec.sources"], level=1)
    w.runs(doc.add_paragraph(), [Run(labels["intro.sources"], "muted")], size=8.5)
    for i, source in enumerate(brief.sources):
        number = i + 1 if brief.compact_notes else 0
        w.runs(doc.add_paragraph(), w.inline.source(source, with_notes=False, number=number), size=8.5)
    doc.add_heading(labels["sec.notes"], level=1)
    intro = labels["intro.notes.short" if brief.compact_notes else "intro.notes"]
    w.runs(doc.add_paragraph(), [Run(intro, "muted")], size=8.5)  # Word prints the end notes after this


def write_docx(brief: Brief, paper: str = "A4") -> bytes:
    """The brief as a .docx file's bytes."""
    w = WordWriter(brief, paper)
    _cover(w)
    for sec in brief.sections:
        w.section(sec)
    if brief.adds:
        box = w.doc.add_paragraph()
        box.paragraph_format.space_before = Pt(8)
        box._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="EEF2F7"/>'))
        w.runs(box, [w.inline.text(brief.adds)])
    if brief.full and brief.annexes:
        w.doc.add_page_break()
        w.doc.add_heading(brief.labels["sec.annexes"], level=1)
        for sec in brief.annexes:
            w.section(sec)
    _sources_and_notes(w)
    out = io.BytesIO()
    w.doc.save(out)
    return out.getvalue()


__all__ = ["MUTED", "write_docx"]
