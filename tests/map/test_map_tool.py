"""tools/make_map.py's geometry steps, and the viewer reading what the tool writes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPointF

from npviewer.map.qt_shapes import load_map, project

TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_map.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_map", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_shared_border_is_simplified_the_same_for_both_neighbours(tool: ModuleType) -> None:
    border = [(10.0, 40.0 + i * 0.1) for i in range(41)]
    border = [(x + (0.004 if i % 2 else 0.0) + (0.3 if i == 20 else 0.0), y) for i, (x, y) in enumerate(border)]
    west = [(5.0, 40.0), (5.0, 44.0), *border[::-1]]
    east = [*border, (15.0, 44.0), (15.0, 40.0)]
    out_west, out_east = tool.simplify_shared([west, east])
    on_border = set(border)
    kept_west = {p for p in out_west if p in on_border}
    kept_east = {p for p in out_east if p in on_border}
    assert kept_west == kept_east
    assert border[20] in kept_west  # the real bend survives
    assert len(kept_west) < len(border) // 4  # the jitter does not


def test_rings_across_the_antimeridian_are_joined(tool: ModuleType) -> None:
    west = [(175.0, 60.0), (175.0, 65.0), (180.0, 65.0), (180.0, 62.0), (180.0, 60.0)]
    east = [(-180.0, 60.0), (-180.0, 62.0), (-180.0, 65.0), (-175.0, 65.0), (-175.0, 60.0)]
    (joined,) = tool.join_antimeridian([west, east])
    assert (185.0, 65.0) in joined and (175.0, 60.0) in joined
    assert (180.0, 62.0) not in joined  # no seam left inside


def test_label_point_lies_inside_a_concave_shape(tool: ModuleType) -> None:
    ell = [(0.0, 0.0), (0.0, 10.0), (2.0, 10.0), (2.0, 2.0), (10.0, 2.0), (10.0, 0.0)]
    lon, lat = tool.label_point(ell, [ell])
    assert tool._signed_distance(lon * tool.X_SCALE, lat, [ell]) > 0.5


def test_viewer_reads_what_the_tool_writes(tool: ModuleType, tmp_path: Path) -> None:
    square = [(100.0, 40.0), (100.0, 45.0), (106.0, 45.0), (106.0, 40.0)]
    hole = [(102.0, 42.0), (103.0, 42.0), (103.0, 43.0), (102.0, 43.0)]
    feature = tool.feature("999", [square, hole], name="Testland", kind="country")
    document = {"format": 2, "source": "test", "licence": "test", "precision": tool.PRECISION, "features": [feature]}
    path = tmp_path / "countries.json"
    path.write_text(json.dumps(document), "utf-8")
    data = load_map(path)
    shape = data.features["999"]
    assert shape.name == "Testland"
    assert shape.path.contains(project(101.0, 41.0))
    assert not shape.path.contains(project(102.5, 42.5))  # inside the hole
    assert not shape.path.contains(project(107.0, 41.0))
    assert shape.path.contains(shape.label)
    assert isinstance(shape.label, QPointF)
