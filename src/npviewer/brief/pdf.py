"""Compiles a brief's Typst markup to a tagged PDF/UA-1 in memory, with the bundled fonts only."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from npviewer import paths
from npviewer.brief.model import Brief, MapFigure
from npviewer.brief.typeset import FONTS, document

MAP_SIZE = (440.0, 300.0)  # points: the text column's width, a little over a third of the page


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


def _map_inputs(brief: Brief) -> dict[str, str]:
    from npviewer.map.svg import map_svg

    for sec in brief.sections:
        for block in sec.blocks:
            if isinstance(block, MapFigure):
                svg = map_svg(
                    block.roles,
                    block.labels,
                    width=MAP_SIZE[0],
                    height=MAP_SIZE[1],
                    korea_label=brief.labels["map.korea"],
                    attribution=brief.labels["map.attribution"],
                )
                return {"map": svg, "map_alt": block.alt}
    return {}


def compile_pdf(brief: Brief, paper: str = "A4") -> bytes:
    """The brief as PDF bytes (tagged, PDF/UA-1, document language set, fonts embedded and subset)."""
    import typst

    markup = document(brief, paper)
    try:
        data = typst.compile(
            markup.encode("utf-8"),
            format="pdf",
            font_paths=_fonts(fonts_dir()),
            sys_inputs=_map_inputs(brief),
            pdf_standards=["ua-1"],
        )
    except Exception as exc:  # typst.TypstError carries the diagnostic
        raise TypesetError(f"the brief could not be typeset: {exc}") from exc
    assert isinstance(data, bytes)
    return data
