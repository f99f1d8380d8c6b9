"""The shipped boundaries as plain projected rings (no Qt): shared by the window's map and the brief's.

Coordinates are scene units of an equirectangular projection true to scale at 45°N, y pointing down
(ten units per degree of latitude); ``geometry`` builds Qt paths from them, ``svg`` draws them.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from npviewer.i18n import QT_TRANSLATE_NOOP
from npviewer.paths import resources_dir

KOREA = "410"
NORTH_KOREA = "408"
ATTRIBUTION = QT_TRANSLATE_NOOP("Map", "Boundaries: Natural Earth (public domain)")
STANDARD_PARALLEL = 45.0
UNITS_PER_DEGREE = 10.0
X_SCALE = math.cos(math.radians(STANDARD_PARALLEL)) * UNITS_PER_DEGREE

Point = tuple[float, float]
Ring = tuple[Point, ...]


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in scene units."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def united(self, other: Box | None) -> Box:
        if other is None:
            return self
        return Box(min(self.left, other.left), min(self.top, other.top), max(self.right, other.right),
                   max(self.bottom, other.bottom))  # fmt: skip

    def intersects(self, other: Box) -> bool:
        return (
            self.left < other.right and other.left < self.right and self.top < other.bottom and other.top < self.bottom
        )

    def grown(self, margin: float) -> Box:
        return Box(self.left - margin, self.top - margin, self.right + margin, self.bottom + margin)


def project(lon: float, lat: float) -> Point:
    """Longitude and latitude to scene units."""
    return lon * X_SCALE, -lat * UNITS_PER_DEGREE


@dataclass(frozen=True)
class Shape:
    """One country (ISO 3166-1 numeric) or subdivision (ISO 3166-2) as projected rings."""

    code: str
    name: str
    kind: str
    parent: str | None
    rings: tuple[Ring, ...]
    label: Point
    box: Box

    @property
    def is_country(self) -> bool:
        return self.kind == "country"

    def contains(self, point: Point) -> bool:
        """Even-odd point-in-polygon over all rings."""
        x, y = point
        inside = False
        for ring in self.rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                    inside = not inside
        return inside


@dataclass(frozen=True)
class Shapes:
    """Every shape, countries first, and the named groups of subdivisions (``RU-FE``)."""

    shapes: dict[str, Shape]
    groups: dict[str, tuple[str, ...]]
    group_names: dict[str, str]
    source: str

    def __iter__(self) -> Iterator[Shape]:
        return iter(self.shapes.values())

    def __contains__(self, code: object) -> bool:
        return code in self.shapes or code in self.groups

    def expand(self, codes: Iterable[str]) -> list[str]:
        """Codes with each group replaced by its members (unknown codes dropped), in order, once each."""
        out: list[str] = []
        for code in codes:
            for member in self.groups.get(code, (code,)):
                if member in self.shapes and member not in out:
                    out.append(member)
        return out

    def bounds(self, codes: Iterable[str] | None = None) -> Box | None:
        chosen = list(self.shapes.values()) if codes is None else [self.shapes[c] for c in self.expand(codes)]
        box: Box | None = None
        for shape in chosen:
            box = shape.box.united(box)
        return box


def map_file() -> Path:
    """The shipped boundaries file, made by ``tools/make_map.py``."""
    return resources_dir() / "map" / "countries.json"


def _ring(flat: list[int], precision: float) -> Ring:
    """A ring's delta-coded integers as projected points (the same values as :func:`project`, made in
    bulk: reading the whole map file is on the way to every map)."""
    xs = [x / precision * X_SCALE for x in itertools.accumulate(flat[0::2])]
    ys = [-(y / precision) * UNITS_PER_DEGREE for y in itertools.accumulate(flat[1::2])]
    return tuple(zip(xs, ys, strict=True))


def _shape(raw: dict[str, Any], precision: float) -> Shape:
    rings = tuple(_ring(r, precision) for r in raw["rings"])
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return Shape(raw["code"], raw["name"], raw["kind"], raw.get("parent"), rings, project(*raw["label"]),
                 Box(min(xs), min(ys), max(xs), max(ys)))  # fmt: skip


@functools.cache
def load_shapes(path: Path | None = None) -> Shapes:
    """Read and project the boundaries file once per path."""
    document = json.loads((path or map_file()).read_text("utf-8"))
    precision = float(document["precision"])
    shapes = sorted((_shape(raw, precision) for raw in document["features"]), key=lambda s: not s.is_country)
    groups = {g["code"]: tuple(g["members"]) for g in document.get("groups", ())}
    names = {g["code"]: g["name"] for g in document.get("groups", ())}
    return Shapes({s.code: s for s in shapes}, groups, names, str(document["source"]))


MARGIN = 0.06
MIN_MARGIN = 15.0  # scene units (1.5 degrees of latitude)


def region_box(shapes: Shapes, highlight: Iterable[str], focus: Iterable[str] | None = None,
               *, include_korea: bool = True) -> Box:  # fmt: skip
    """The scene rectangle a region's map shows: focus (else highlight) and Korea, with a margin."""
    box = shapes.bounds(list(focus) if focus else list(highlight)) or shapes.bounds()
    assert box is not None
    if include_korea:
        box = box.united(shapes.bounds([KOREA]))
    margin = max(MIN_MARGIN, MARGIN * max(box.width, box.height))
    return box.grown(margin)
