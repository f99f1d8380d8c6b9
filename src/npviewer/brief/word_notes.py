"""Real Word end notes for python-docx (which has no API for them): the end notes part, its styles,
decimal numbering, and a reference run per note cited. Word numbers them itself, in reading order."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

_EMPTY = (
    f"<w:endnotes {nsdecls('w')}>"
    '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
    '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:endnote></w:endnotes>"
)
TEXT_STYLE, REFERENCE_STYLE = "Endnote Text", "Endnote Reference"
#: What follows ``w:endnotePr`` in a section's properties (WordprocessingML's order).
_AFTER_ENDNOTE_PR = ("w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType",
                     "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
                     "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")  # fmt: skip


class EndNotes:
    """The document's end notes: :meth:`reference` adds one where a statement cites a note."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.element = parse_xml(_EMPTY)
        part = XmlPart(PackURI("/word/endnotes.xml"), CONTENT_TYPE.WML_ENDNOTES, self.element, document.part.package)
        document.part.relate_to(part, RELATIONSHIP_TYPE.ENDNOTES)
        self._styles()
        self._numbering()
        self.count = 0

    def _styles(self) -> None:
        styles = self.document.styles
        names = {s.name for s in styles}
        if TEXT_STYLE not in names:
            text = styles.add_style(TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            text.base_style = styles["Normal"]
            text.font.size = Pt(8.5)
            text.paragraph_format.space_after = Pt(2)
        if REFERENCE_STYLE not in names:
            ref = styles.add_style(REFERENCE_STYLE, WD_STYLE_TYPE.CHARACTER)
            ref.font.superscript = True

    def _numbering(self) -> None:
        """Decimal numbers (Word's own default for end notes is i, ii, iii)."""
        settings = self.document.settings.element
        pr = parse_xml(f'<w:endnotePr {nsdecls("w")}><w:numFmt w:val="decimal"/>'
                       '<w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')  # fmt: skip
        anchor = settings.find(qn("w:compat"))
        if anchor is not None:
            anchor.addprevious(pr)
        else:
            settings.append(pr)
        sect = self.document.sections[-1]._sectPr  # LibreOffice reads the section's own, in schema order
        sect.insert_element_before(parse_xml(f'<w:endnotePr {nsdecls("w")}><w:numFmt w:val="decimal"/></w:endnotePr>'),
                                   *_AFTER_ENDNOTE_PR)  # fmt: skip

    def reference(self, paragraph: Paragraph, *, after: bool = False) -> Paragraph:
        """Add an end note referenced at the end of ``paragraph`` (``after`` another reference: a
        superscript comma between them); returns the note's paragraph to fill."""
        self.count += 1
        number = self.count
        style = self.document.styles[REFERENCE_STYLE].style_id
        if after:
            paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
                                          "<w:t>,</w:t></w:r>"))  # fmt: skip
        paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
                                      f'<w:endnoteReference w:id="{number}"/></w:r>'))  # fmt: skip
        text_style = self.document.styles[TEXT_STYLE].style_id
        note = parse_xml(f'<w:endnote {nsdecls("w")} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{text_style}"/>'
                         f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:endnoteRef/></w:r>'
                         '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:endnote>')  # fmt: skip
        self.element.append(note)
        return Paragraph(note[0], paragraph._parent)
