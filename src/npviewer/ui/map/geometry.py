"""The shipped boundaries as QPainterPaths in the map's projection: QtGui only, loaded once."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, Qt

from npviewer.store.paths import resources_dir

KOREA = "410"
NORTH_KOREA = "408"
ATTRIBUTION = "Boundaries: Natural Earth (public domain)"
STANDARD_PARALLEL = 45.0
UNITS_PER_DEGREE = 10.0
_X_SCALE = math.cos(math.radians(STANDARD_PARALLEL)) * UNITS_PER_DEGREE


def project(lon: float, lat: float) -> QPointF:
    """Equirectangular projection (true scale at 45°N) into scene units, y pointing down."""
    return QPointF(lon * _X_SCALE, -lat * UNITS_PER_DEGREE)


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


def map_file() -> Path:
    """The shipped boundaries file, made by ``tools/make_map.py``."""
    return resources_dir() / "map" / "countries.json"


def _ring(flat: list[int], precision: float) -> QPolygonF:
    points = []
    x = y = 0
    for i in range(0, len(flat), 2):
        x += flat[i]
        y += flat[i + 1]
        points.append(project(x / precision, y / precision))
    if points:
        points.append(points[0])
    return QPolygonF(points)


def _feature(raw: dict[str, Any], precision: float) -> Feature:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in raw["rings"]:
        path.addPolygon(_ring(ring, precision))
        path.closeSubpath()
    lon, lat = raw["label"]
    return Feature(raw["code"], raw["name"], raw["kind"], raw.get("parent"), path, project(lon, lat))


@functools.cache
def load_map(path: Path | None = None) -> MapData:
    """Read and project the boundaries file once per path; later calls share the result."""
    document = json.loads((path or map_file()).read_text("utf-8"))
    precision = float(document["precision"])
    features = [_feature(raw, precision) for raw in document["features"]]
    features.sort(key=lambda f: not f.is_country)
    return MapData({f.code: f for f in features}, str(document["source"]))
