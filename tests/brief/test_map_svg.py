"""The map as SVG (no Qt): a well-formed vector drawing of exactly the places asked for, labelled."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from npviewer.map import palette
from npviewer.map.shapes import load_shapes
from npviewer.map.svg import map_svg

SVG = "{http://www.w3.org/2000/svg}"
EASTERN = {"RU-FE": "area", "RU-PRI": "focus", "CN-HL": "second", "CN-JL": "second", "CN-LN": "second"}


def _eastern() -> ET.Element:
    shapes = load_shapes()
    labels = {c: shapes.shapes[c].name for c in shapes.expand(EASTERN)}
    return ET.fromstring(map_svg(EASTERN, labels, width=440, height=300))


def test_the_far_east_is_eleven_federal_subjects() -> None:
    shapes = load_shapes()
    members = shapes.expand(["RU-FE"])
    assert len(members) == 11 and "RU-PRI" in members and "RU-CHU" in members
    assert all(shapes.shapes[m].parent == "643" for m in members)


def test_each_role_has_its_own_shade_and_whole_countries_are_not_highlighted() -> None:
    root = _eastern()
    fills = [p.get("fill") for p in root.iter(f"{SVG}path")]
    assert fills.count(palette.FOCUS) == 1  # Primorsky Krai
    assert fills.count(palette.HIGHLIGHT) == 10  # the other ten federal subjects
    assert fills.count(palette.SECOND) == 3  # the three provinces
    assert fills.count(palette.KOREA_FILL) == 1


def test_labels_are_text_with_a_halo_and_korea_is_labelled() -> None:
    texts = [t.text for t in _eastern().iter(f"{SVG}text")]
    for name in ("Primorsky Krai", "Heilongjiang", "Jilin", "Liaoning", "Sakha (Yakutia)", "Korea"):
        assert texts.count(name) == 2, name  # the halo and the text


def test_labels_do_not_overlap() -> None:
    boxes = []
    for t in _eastern().iter(f"{SVG}text"):
        if t.get("fill"):
            size, x, y = float(t.get("font-size", 0)), float(t.get("x", 0)), float(t.get("y", 0))
            w = len(t.text or "") * size * 0.56
            boxes.append((x - w / 2, y - size, x + w / 2, y))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
