"""Writes a brief as a Word document (python-docx): real heading and list styles, Word end notes,
tables with a repeated header row, the map as a picture with alt text, and the document's language
set, so it pastes into a cable or a briefing note as it reads."""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from npviewer.brief.inline import Inline, Run
from npviewer.brief.model import Brief, Cell, MapFigure, Section, Statement, Table, written
from npviewer.brief.model import width as text_width
from npviewer.brief.word_notes import EndNotes

NAVY, MUTED, ALERT, MINE = RGBColor(0x1B, 0x36, 0x5D), RGBColor(0x5A, 0x62, 0x70), RGBColor(0x8A, 0x1C, 0x1C), \
    RGBColor(0x7A, 0x52, 0x00)  # fmt: skip
PAGES = {"A4": (Cm(21.0), Cm(29.7)), "Letter": (Cm(21.59), Cm(27.94))}
MARGIN = Cm(2.1)
LANG = {"en": "en-GB", "ko": "ko-KR"}
BULLETS = ("List Bullet", "List Bullet 2", "List Bullet 3")


class WordWriter:
    """Fills one python-docx document from a brief."""

    def __init__(self, brief: Brief, paper: str) -> None:
        self.brief = brief
        self.inline = Inline(brief)
        self.doc: Any = Document()
        self.notes = EndNotes(self.doc)
        self._page(paper)
        self._language()

    def _page(self, paper: str) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = PAGES[paper]
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        footer = section.footer.paragraphs[0]
        footer.text = self.brief.footer + " · "
        footer.runs[0].font.size = Pt(7.5)
        footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    def _language(self) -> None:
        """The document's language for spelling and screen readers, and fonts for Latin and Hangul."""
        lang = LANG.get(self.brief.lang, self.brief.lang)
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for tag in ("w:lang", "w:rFonts"):
            old = rpr.find(qn(tag))
            if old is not None:
                rpr.remove(old)
        rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="Noto Sans" w:hAnsi="Noto Sans" '
                             'w:eastAsia="Noto Sans CJK KR" w:cs="Noto Sans"/>'))  # fmt: skip
        # Word tags Latin and East Asian text apart: in a Korean brief the Hangul is Korean and the Latin
        # text (source titles, names in their own script) English, so that each breaks and reads as it should.
        latin = LANG["en"] if self.brief.lang == "ko" else lang
        rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{latin}" w:eastAsia="ko-KR"/>'))
        normal = self.doc.styles["Normal"]
        if self.brief.lang == "ko":  # Korean breaks between words, with no space added between Hangul and digits
            ppr = normal.element.get_or_add_pPr()
            for tag in ("autoSpaceDN", "autoSpaceDE", "wordWrap"):  # in schema order, before w:spacing
                ppr.insert(0, parse_xml(f'<w:{tag} {nsdecls("w")} w:val="0"/>'))
        normal.font.size = Pt(10)
        normal.font.name = "Noto Sans"
        props = self.doc.core_properties
        props.title, props.author, props.language = self.brief.document_title, "npviewer", lang
        props.keywords = f"{self.brief.labels['series']}; {self.brief.title}"

    # -- inline -------------------------------------------------------------------------------------

    def runs(self, paragraph: Paragraph, runs: list[Run], *, size: float | None = None) -> None:
        for r in runs:
            if r.notes:
                self.note_refs(paragraph, r.notes)
            elif r.style == "par":
                paragraph.add_run().add_break(WD_BREAK.LINE)
            elif r.style == "url":
                self.hyperlink(paragraph, r.href, r.text)
            elif r.text:
                text = f" [{r.text}]" if r.style == "flag" else r.text
                run = paragraph.add_run(text)
                run.bold = r.style in ("strong", "label", "flag") or None
                color = {"flag": ALERT, "alert": ALERT, "mine": MINE, "star": MINE, "muted": MUTED}.get(r.style)
                if color is not None:
                    run.font.color.rgb = color
                if r.style == "flag":
                    run.font.size = Pt(7.5)
                elif size is not None:
                    run.font.size = Pt(size)

    def note_refs(self, paragraph: Paragraph, numbers: tuple[int, ...]) -> None:
        """A Word end note for each note cited here (Word numbers them; the text is the brief's note)."""
        by_number = {n.number: n for n in self.brief.notes}
        for i, number in enumerate(numbers):
            note = by_number.get(number)
            if note is not None:
                self.runs(self.notes.reference(paragraph, after=i > 0), self.inline.note(note))

    def hyperlink(self, paragraph: Paragraph, url: str, text: str) -> None:
        rel = paragraph.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                       "hyperlink", is_external=True)  # fmt: skip
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        run = OxmlElement("w:r")
        props = OxmlElement("w:rPr")
        color = OxmlElement("w:color")
        color.set(qn("w:val"), "1B365D")
        props.append(color)
        run.append(props)
        node = OxmlElement("w:t")
        node.text = text
        node.set(qn("xml:space"), "preserve")
        run.append(node)
        link.append(run)
        paragraph._p.append(link)

    def statement(self, paragraph: Paragraph, s: Statement, *, size: float | None = None) -> None:
        self.runs(paragraph, self.inline.statement(s), size=size)
        for line in self.inline.small_lines(s):
            paragraph.add_run().add_break(WD_BREAK.LINE)
            self.runs(paragraph, line, size=8.0)

    # -- blocks -------------------------------------------------------------------------------------

    def statements(self, items: list[Statement]) -> None:
        for s in items:
            style = "Normal" if s.plain else BULLETS[min(s.depth, len(BULLETS) - 1)]
            self.statement(self.doc.add_paragraph(style=style), s)

    def table(self, tab: Table) -> None:
        table = self.doc.add_table(rows=1, cols=len(tab.columns))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        widths = self._widths(tab)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid Word and LibreOffice lay the table out by
        header = table.rows[0]
        header._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))  # repeated on every page
        for cell, name, width in zip(header.cells, tab.columns, widths, strict=True):
            cell.width = width
            cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="EEF2F7"/>'))
            run = cell.paragraphs[0].add_run(name)
            run.bold, run.font.size, run.font.color.rgb = True, Pt(8.5), NAVY
        for row in tab.rows:
            cells = table.add_row().cells
            for cell, content, width in zip(cells, row, widths, strict=True):
                cell.width = width
                self.cell(cell, content)

    def _widths(self, tab: Table) -> list[Any]:
        """Column widths from the table's shares: a fitted column its content's, the others their share."""
        text = Cm(21.0) - 2 * MARGIN
        longest = [max([text_width(c)] + [row[i].length for row in tab.rows]) for i, c in enumerate(tab.columns)]
        fitted = [Cm(0.4) + n * Cm(0.19) if f else 0 for n, f in zip(longest, tab.fitted, strict=True)]
        rest = text - sum(fitted)
        total = sum(s for s, f in zip(tab.shares, tab.fitted, strict=True) if not f) or 1.0
        return [Cm(0) + int(fitted[i]) if f else int(rest * s / total)
                for i, (s, f) in enumerate(zip(tab.shares, tab.fitted, strict=True))]  # fmt: skip

    def cell(self, cell: Any, content: Cell) -> None:
        for i, s in enumerate(content.parts):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if s.depth and i:
                paragraph.paragraph_format.left_indent = Cm(0.3 * s.depth)
            self.statement(paragraph, s, size=8.5)

    def map_figure(self, figure: MapFigure) -> None:
        from npviewer.brief.mapimage import map_png_of

        png = map_png_of(figure, self.brief.labels)
        paragraph = self.doc.add_paragraph()
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(16.5))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", figure.alt)  # the alt text a screen reader reads
        doc_pr.set("title", figure.caption)
        caption = self.doc.add_paragraph(style="Caption")
        self.runs(caption, [self.inline.text(figure.caption)])

    def section(self, sec: Section) -> None:
        self.doc.add_heading(sec.title, level=sec.level)
        if sec.intro:
            self.runs(self.doc.add_paragraph(), [Run(sec.intro, "muted")], size=8.5)
        written(sec.blocks, self.statements, self.table, self.map_figure)
