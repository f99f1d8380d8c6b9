"""The brief's map as SVG: a well-formed vector drawing of exactly the places asked for, each shaded
place named or keyed by number, a legend naming every shade, and no label over another."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from npviewer.map import palette
from npviewer.map.shapes import load_shapes
from npviewer.map.svg import map_svg
from npviewer.map.svg_labels import measurer

SVG = "{http://www.w3.org/2000/svg}"
EASTERN = {"RU-FE": "area", "RU-PRI": "focus", "CN-HL": "second", "CN-JL": "second", "CN-LN": "second"}
NAMES = {"RU-PRI": "Primorsky Krai", "CN-HL": "Heilongjiang", "CN-JL": "Jilin", "CN-LN": "Liaoning"}
LEGEND = (("area", "Russian Far East"), ("focus", "Primorsky Krai"), ("second", "Heilongjiang, Jilin and Liaoning"),
          ("korea", "Republic of Korea"))  # fmt: skip


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Labels are measured with QtGui."""


def _eastern(width: float = 440, height: float = 300) -> ET.Element:
    shapes = load_shapes()
    labels = {c: shapes.shapes[c].name for c in shapes.expand(EASTERN)} | NAMES
    return ET.fromstring(map_svg(EASTERN, labels, width=width, height=height, legend=LEGEND,
                                 groups={"RU-FE": "Russian Far East"}, short={"RU-PRI": ("Primorye",)}))  # fmt: skip


def _texts(root: ET.Element) -> list[ET.Element]:
    return [t for t in root.iter(f"{SVG}text") if t.get("fill")]  # the halo is drawn under each, without fill


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


@pytest.mark.parametrize("size", [(440, 300), (440, 230), (300, 220)])
def test_every_shaded_place_is_named_or_keyed_in_the_legend(size: tuple[float, float]) -> None:
    texts = [t.text or "" for t in _texts(_eastern(*size))]
    keyed = {t.split(" ", 1)[1] for t in texts if t[:1].isdigit() and " " in t}  # the legend's "1 Heilongjiang"
    numbers = {t for t in texts if t.isdigit()}
    assert len(numbers) == len(keyed)
    for name in NAMES.values():
        assert name in texts or name in keyed or (name == "Primorsky Krai" and "Primorye" in texts), (name, texts)
    assert "Korea" in texts and "Russian Far East" in texts


def test_the_legend_names_every_shade_with_its_swatch() -> None:
    root = _eastern()
    swatches = [r.get("fill") for r in root.iter(f"{SVG}rect") if r.get("width") == "8"]
    assert swatches == [palette.HIGHLIGHT, palette.FOCUS, palette.SECOND, palette.KOREA_FILL]
    texts = [t.text for t in _texts(root)]
    assert all(names in texts for _, names in LEGEND)


@pytest.mark.parametrize("size", [(440, 300), (440, 230), (300, 220)])
def test_no_label_overlaps_another(size: tuple[float, float]) -> None:
    measure = measurer()
    boxes = []
    for t in _texts(_eastern(*size)):
        if t.get("text-anchor") != "middle":
            continue  # the legend's rows are laid out one after another
        fs, x, y = float(t.get("font-size", 0)), float(t.get("x", 0)), float(t.get("y", 0))
        w, h = measure(t.text or "", t.get("font-weight") == "bold", fs)
        boxes.append((x - w / 2, y - 0.8 * h, x + w / 2, y + 0.2 * h, t.text))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
