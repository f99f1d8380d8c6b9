"""The shipped boundaries as QPainterPaths (from :mod:`npviewer.map.shapes`): QtGui only, built once."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, Qt

from npviewer.map.shapes import ATTRIBUTION, KOREA, NORTH_KOREA, UNITS_PER_DEGREE, X_SCALE, Shape, load_shapes, map_file
from npviewer.map.shapes import project as project_point

__all__ = [
    "ATTRIBUTION",
    "KOREA",
    "NORTH_KOREA",
    "Feature",
    "MapData",
    "group_feature",
    "load_map",
    "map_file",
    "project",
    "unproject",
]

_X_SCALE = X_SCALE


def project(lon: float, lat: float) -> QPointF:
    """Equirectangular projection (true scale at 45°N) into scene units, y pointing down."""
    return QPointF(*project_point(lon, lat))


def unproject(point: QPointF) -> tuple[float, float]:
    """Longitude and latitude of a scene point."""
    return point.x() / _X_SCALE, -point.y() / UNITS_PER_DEGREE


@dataclass(frozen=True)
class Feature:
    """One country (ISO 3166-1 numeric code) or subdivision (ISO 3166-2 code) on the map.

    ``path`` is shared by every user of the cache: copy it before changing it.
    """

    code: str
    name: str
    kind: str
    parent: str | None
    path: QPainterPath
    label: QPointF

    @property
    def is_country(self) -> bool:
        """Whether this is a whole country rather than a subdivision drawn over one."""
        return self.kind == "country"


@dataclass(frozen=True)
class MapData:
    """All features, countries first, with the data's source line."""

    features: dict[str, Feature]
    source: str

    def __iter__(self) -> Iterator[Feature]:
        return iter(self.features.values())

    def __contains__(self, code: object) -> bool:
        return code in self.features

    def get(self, code: str) -> Feature | None:
        """The feature with this code, or None."""
        return self.features.get(code)

    def bounds(self, codes: Iterable[str] | None = None) -> QRectF:
        """Scene bounds of the given codes (unknown ones ignored), or of everything if None."""
        chosen = self.features.values() if codes is None else [self.features[c] for c in codes if c in self]
        rect = QRectF()
        for feature in chosen:
            rect = rect.united(feature.path.boundingRect())
        return rect


def _feature(shape: Shape) -> Feature:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in (*ring, ring[0])]))
        path.closeSubpath()
    return Feature(shape.code, shape.name, shape.kind, shape.parent, path, QPointF(*shape.label))


@functools.cache
def load_map(path: Path | None = None) -> MapData:
    """The shapes of :func:`npviewer.map.shapes.load_shapes` as Qt paths, built once per path."""
    shapes = load_shapes(path)
    return MapData({s.code: _feature(s) for s in shapes}, shapes.source)


@functools.cache
def group_feature(code: str, path: Path | None = None) -> Feature | None:
    """A named group of subdivisions (``RU-FE``: the Far East's federal subjects) as one feature: the
    union of its members' shapes, built once (None: no such group)."""
    shapes = load_shapes(path)
    data = load_map(path)
    members = [data.features[m] for m in shapes.groups.get(code, ()) if m in data]
    if not members:
        return None
    union = QPainterPath()
    for member in members:
        union = union.united(member.path)
    largest = max(members, key=lambda m: m.path.boundingRect().width() * m.path.boundingRect().height())
    return Feature(code, shapes.group_names[code], "group", members[0].parent, union, largest.label)
