"""Compiles a brief's Typst markup to a tagged PDF/UA-1 in memory, with the bundled fonts only."""

from __future__ import annotations

import re

from npviewer.brief.mapimage import map_svg_of
from npviewer.brief.model import Brief
from npviewer.brief.typst_doc import document
from npviewer.brief.typst_run import TypesetError, compile_typst, fonts, fonts_dir

__all__ = ["TypesetError", "compile_pdf", "compile_typst", "fonts", "fonts_dir", "map_inputs", "page_count"]


def map_inputs(brief: Brief) -> dict[str, str]:
    """The brief's maps as SVG documents and their alt texts, by the names the markup reads them by."""
    out = {}
    for n, figure in enumerate(brief.maps()):
        out[f"map{n}"] = map_svg_of(figure, brief.labels)
        out[f"map{n}_alt"] = figure.alt
    return out


def compile_pdf(brief: Brief, paper: str = "A4") -> bytes:
    """The brief as PDF bytes (tagged, PDF/UA-1, document language set, fonts embedded and subset)."""
    return compile_typst(document(brief, paper), map_inputs(brief), format="pdf", pdf_standards=["ua-1"])


def page_count(pdf: bytes) -> int:
    """The pages of a PDF Typst wrote (it writes no object streams, so each page object is plain)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
