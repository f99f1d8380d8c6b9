"""The brief's map of a set of places: what it shades, how each shade is named in its legend, its
labels (with shorter names to fall back on), alt text and caption. No Qt (drawn by :mod:`npviewer.map.svg`)."""

from __future__ import annotations

from npviewer.brief.builder import Builder
from npviewer.brief.model import MapFigure
from npviewer.brief.parts import join_names
from npviewer.map.plan import AREA, FOCUS, SECOND, map_plan
from npviewer.store.records import Entry

#: The legend's rows, in order: the shades, then Korea's own colour.
LEGEND_ORDER = (AREA, FOCUS, SECOND)


def map_figure(b: Builder, places: list[Entry], subject: str, *, height: float = 300.0,
               floats: bool = False) -> MapFigure | None:  # fmt: skip
    """The map of these places (None: nothing of them is mapped)."""
    plan = map_plan(b.repo, places)
    if plan is None:
        return None
    labels = b.labels
    codes = b.repo.place_codes()  # code -> (entry id, name in the brief's language)
    short_of = b.repo.short_names()
    titles = {code: codes[code][1] if code in codes else plan.labels.get(code, code) for code in plan.roles}
    legend = []
    for role in LEGEND_ORDER:
        names = [titles[c] for c, r in plan.roles.items() if r == role]
        if names:
            legend.append((role, join_names(names, labels)))
    legend.append(("korea", labels["map.korea.full"]))
    from npviewer.map.shapes import load_shapes

    groups = {code: titles[code] for code in plan.roles if code in load_shapes().groups}
    short = {code: short_of.get(eid, ()) for code, (eid, _title) in codes.items() if short_of.get(eid)}
    primary = labels.fmt("map.alt.primary", primary=join_names(plan.primary, labels)) if plan.primary else ""
    alt = labels.fmt("map.alt", highlighted=join_names(plan.highlighted, labels), primary_sentence=primary)
    darker = labels.fmt("map.caption.primary", names=join_names(plan.primary, labels)) if plan.primary else ""
    caption = labels.fmt("map.caption", subject=subject, primary=darker)
    return MapFigure(plan.roles, plan.labels, alt, caption, tuple(legend), short, groups, height, floats)
