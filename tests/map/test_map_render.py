"""paint_map draws the map with no widget: onto an image and into a PDF that qpdf accepts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from npviewer.map.qt_shapes import ATTRIBUTION, KOREA, load_map
from npviewer.map.render import map_transform, paint_map, region_window
from npviewer.map.style import HIGHLIGHT, KOREA_FILL, LAND, SUBUNIT

CENTRAL = {"398", "860", "417", "762", "795", "496"}
EASTERN_AREAS = {"RU-PRI", "CN-HL", "CN-JL", "CN-LN"}


def _render(highlight: set[str], size: tuple[int, int] = (1000, 650), labels: dict[str, str] | None = None) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_map(painter, QRectF(0, 0, *size), highlight, labels=labels)
    finally:
        painter.end()
    return image


def _colour_at(image: QImage, highlight: set[str], code: str, size: tuple[int, int] = (1000, 650)) -> str:
    point = map_transform(QRectF(0, 0, *size), highlight).map(load_map().features[code].label)
    return image.pixelColor(point.toPoint()).name()


def test_highlighted_countries_korea_and_the_rest_get_their_colours(qtbot: QtBot) -> None:
    image = _render(CENTRAL, labels={})
    assert _colour_at(image, CENTRAL, "398") == HIGHLIGHT.name()
    assert _colour_at(image, CENTRAL, "496") == HIGHLIGHT.name()
    assert _colour_at(image, CENTRAL, "156") == LAND.name()
    assert _colour_at(image, CENTRAL, "408") == LAND.name()
    assert _colour_at(image, CENTRAL, KOREA) == KOREA_FILL.name()


def test_subdivisions_are_drawn_only_when_highlighted(qtbot: QtBot) -> None:
    image = _render(EASTERN_AREAS, labels={})
    assert _colour_at(image, EASTERN_AREAS, "CN-JL") == SUBUNIT.name()
    plain = _render({"156"}, labels={})
    assert _colour_at(plain, {"156"}, "CN-JL") == HIGHLIGHT.name()


def test_frame_holds_the_focus_and_korea() -> None:
    data = load_map()
    window = region_window(data, {"643", "804", "112"}, {"804", "112"})
    for code in ("804", "112", KOREA):
        assert window.contains(data.features[code].path.boundingRect())
    alone = region_window(data, {"804"}, include_korea=False)
    assert not alone.intersects(data.features[KOREA].path.boundingRect())


def test_nothing_is_painted_outside_the_given_rectangle(qtbot: QtBot) -> None:
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_map(painter, QRectF(100, 50, 400, 300), CENTRAL)
    finally:
        painter.end()
    outside = {image.pixelColor(x, y).name() for x in range(0, 600, 7) for y in (0, 49, 351, 399)}
    outside |= {image.pixelColor(x, y).name() for x in (0, 99, 501, 599) for y in range(0, 400, 7)}
    assert outside == {"#ffffff"}
    inside = {image.pixelColor(x, y).name() for x in range(100, 500, 5) for y in range(50, 350, 5)}
    assert {HIGHLIGHT.name(), LAND.name(), KOREA_FILL.name()} <= inside


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_pdf_passes_qpdf_check_and_keeps_its_text(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "map.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    try:
        area = QRectF(0, 0, writer.width(), writer.height() * 0.45)
        paint_map(painter, area, CENTRAL, labels={"398": "Kazakhstan", KOREA: "Republic of Korea"})
    finally:
        painter.end()
    check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert "Republic of Korea" in text
        assert "Kazakhstan" in text
        assert ATTRIBUTION.split(":")[0] in text
