"""Compiles a brief's Typst markup to a tagged PDF/UA-1 in memory, with the bundled fonts only."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from npviewer.brief.mapimage import map_svg_of
from npviewer.brief.model import Brief
from npviewer.brief.typeset import FONTS
from npviewer.brief.typst_doc import document
from npviewer.store import paths


class TypesetError(RuntimeError):
    """Typst refused the markup or the fonts are missing (a fault of npviewer's, not of the user)."""


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


@functools.cache
def _fonts(folder: Path) -> Any:
    """Typst's font book of exactly the bundled fonts: no system fonts, none of Typst's own."""
    import typst

    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(folder)])
    missing = [f for f in FONTS if f not in fonts.families()]
    if missing:
        raise TypesetError(f"the bundled fonts {', '.join(missing)} are missing from {folder}: reinstall npviewer")
    return fonts


def fonts() -> Any:
    return _fonts(fonts_dir())


def map_inputs(brief: Brief) -> dict[str, str]:
    """The brief's maps as SVG documents and their alt texts, by the names the markup reads them by."""
    out = {}
    for n, figure in enumerate(brief.maps()):
        out[f"map{n}"] = map_svg_of(figure, brief.labels)
        out[f"map{n}_alt"] = figure.alt
    return out


def compile_typst(markup: str, inputs: dict[str, str], **options: Any) -> bytes:
    """Typst's output for ``markup`` with the bundled fonts (PDF unless ``format`` says otherwise)."""
    import typst

    try:
        data = typst.compile(markup.encode("utf-8"), font_paths=fonts(), sys_inputs=inputs, **options)
    except Exception as exc:  # typst.TypstError carries the diagnostic
        raise TypesetError(f"the brief could not be typeset: {exc}") from exc
    assert isinstance(data, bytes)
    return data


def compile_pdf(brief: Brief, paper: str = "A4") -> bytes:
    """The brief as PDF bytes (tagged, PDF/UA-1, document language set, fonts embedded and subset)."""
    return compile_typst(document(brief, paper), map_inputs(brief), format="pdf", pdf_standards=["ua-1"])


def page_count(pdf: bytes) -> int:
    """The pages of a PDF Typst wrote (it writes no object streams, so each page object is plain)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
