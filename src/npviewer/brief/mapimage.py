"""The brief's map as an image: SVG for the PDF and the web page, PNG for Word (no Qt widgets)."""

from __future__ import annotations

import functools

from npviewer.brief.labels import Labels
from npviewer.brief.model import MapFigure

MAP_SIZE = (440.0, 300.0)  # points: the text column's width, a little over a third of the page
PNG_PPI = 200


def map_svg_of(figure: MapFigure, labels: Labels) -> str:
    """The map as an SVG document, its shades named in a legend, its labels never crowding."""
    return _svg(tuple(figure.roles.items()), tuple(figure.labels.items()), figure.legend,
                tuple(figure.short.items()), tuple(figure.groups.items()), labels.lang, figure.height)  # fmt: skip


Pairs = tuple[tuple[str, object], ...]


@functools.lru_cache(maxsize=16)
def _svg(roles: Pairs, names: Pairs, legend: tuple[tuple[str, str], ...], short: Pairs, groups: Pairs,
         lang: str, height: float) -> str:  # fmt: skip
    """Drawn once per map and language in a process (the window may export the same brief again)."""
    from npviewer.map.svg import map_svg

    labels = Labels(lang)
    return map_svg(dict(roles), dict(names), width=MAP_SIZE[0], height=height,  # type: ignore[arg-type]
                   korea_label=labels["map.korea"], attribution=labels["map.attribution"], legend=legend,
                   short=dict(short), groups=dict(groups))  # type: ignore[arg-type]  # fmt: skip


def map_png_of(figure: MapFigure, labels: Labels) -> bytes:
    """The same map as a PNG (Word takes no SVG), drawn by Typst from the SVG with the bundled fonts."""
    from npviewer.brief.typst_run import compile_typst

    markup = (
        "#set page(width: auto, height: auto, margin: 0pt)\n"
        f'#image(bytes(sys.inputs.map), format: "svg", width: {MAP_SIZE[0]}pt)\n'
    )
    return compile_typst(markup, {"map": map_svg_of(figure, labels)}, format="png", ppi=PNG_PPI)
