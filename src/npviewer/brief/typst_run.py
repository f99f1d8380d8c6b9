"""Runs the Typst compiler with exactly the bundled fonts: below the PDF writer and the map image."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from npviewer import paths
from npviewer.brief.typeset import FONTS


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


def compile_typst(markup: str, inputs: dict[str, str], **options: Any) -> bytes:
    """Typst's output for ``markup`` with the bundled fonts (PDF unless ``format`` says otherwise)."""
    import typst

    try:
        data = typst.compile(markup.encode("utf-8"), font_paths=fonts(), sys_inputs=inputs, **options)
    except Exception as exc:  # typst.TypstError carries the diagnostic
        raise TypesetError(f"the brief could not be typeset: {exc}") from exc
    assert isinstance(data, bytes)
    return data
