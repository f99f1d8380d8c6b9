"""Paints the map as vectors on any QPainter (window, QImage, PDF): QtGui only, no widgets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QTransform

from npviewer.i18n import translate
from npviewer.map.shapes import MARGIN as _MARGIN
from npviewer.map.shapes import MIN_MARGIN as _MIN_MARGIN

from .labels import Label, Placer
from .overlay import by_priority, korea_named, paint_overlay
from .qt_shapes import KOREA, Feature, MapData, load_map
from .style import BORDER_WIDTH, KOREA_LABEL, Style, style_for


def region_window(
    data: MapData, highlight: Iterable[str], focus: Iterable[str] | None = None, *, include_korea: bool = True
) -> QRectF:
    """The scene rectangle a region's map should show: focus (else highlight) and Korea, with a margin."""
    codes = [c for c in (focus if focus else highlight) if c in data]
    rect = data.bounds(codes) if codes else data.bounds()
    if include_korea:
        rect = rect.united(data.bounds([KOREA]))
    margin = max(_MIN_MARGIN, _MARGIN * max(rect.width(), rect.height()))
    return rect.adjusted(-margin, -margin, margin, margin)


def fit_transform(window: QRectF, area: QRectF) -> QTransform:
    """Scene-to-device transform showing all of ``window`` centred in ``area``, aspect kept."""
    scale = min(area.width() / window.width(), area.height() / window.height())
    transform = QTransform()
    transform.translate(area.center().x(), area.center().y())
    transform.scale(scale, scale)
    transform.translate(-window.center().x(), -window.center().y())
    return transform


ROOM_TRIES, ROOM_STEP = 5, 0.12


def with_sea_room(window: QRectF) -> QRectF:
    """``window`` grown to the south-east, where the Pacific gives Korea's name room on the sea."""
    return window.adjusted(0.0, 0.0, window.width() * ROOM_STEP, window.height() * ROOM_STEP)


def map_transform(
    rect: QRectF, highlight: Iterable[str], focus: Iterable[str] | None = None, *, include_korea: bool = True
) -> QTransform:
    """The scene-to-painter transform :func:`paint_map` uses for these arguments."""
    data = load_map()
    return fit_transform(region_window(data, highlight, focus, include_korea=include_korea), rect)


def draw_order(data: MapData, highlight: Iterable[str]) -> Iterator[tuple[Feature, bool]]:
    """Features to draw, bottom first, each with whether it is highlighted.

    Plain countries, then highlighted ones (so their borders lie on top), then highlighted
    subdivisions, then Korea. Subdivisions that are not highlighted are not drawn.
    """
    chosen = set(highlight)
    countries = [f for f in data if f.is_country and f.code != KOREA]
    yield from ((f, False) for f in countries if f.code not in chosen)
    yield from ((f, True) for f in countries if f.code in chosen)
    yield from ((f, True) for f in data if not f.is_country and f.code in chosen)
    korea = data.get(KOREA)
    if korea is not None:
        yield korea, KOREA in chosen


def default_labels(data: MapData, highlight: Iterable[str], labels: Mapping[str, str] | None) -> list[Label]:
    """The labels, Korea first: the given texts, or the highlighted features' names."""
    if labels is None:
        labels = {c: f.name for c in highlight if (f := data.get(c)) is not None}
    short = translate("Map", KOREA_LABEL)
    korea = Label(KOREA, tuple(dict.fromkeys([labels.get(KOREA) or short, short])), bold=True)
    return [korea] + [Label(c, (labels[c],)) for c in by_priority(data, labels) if c != KOREA and labels[c]]


def paint_map(
    painter: QPainter,
    rect: QRectF,
    highlight: set[str],
    focus: set[str] | None = None,
    labels: dict[str, str] | None = None,
    *,
    include_korea: bool = True,
) -> None:
    """Draw the map into ``rect``: highlighted codes filled, framed on ``focus`` (else the highlight).

    Korea is always drawn in its own colour, ringed when small, and labelled (``labels["410"]`` or
    "Korea"); ``include_korea`` also keeps it inside the frame. ``labels`` maps codes to label
    texts; None labels each highlighted feature with its name. Overlapping labels are skipped. The
    attribution line is drawn in the bottom-right corner. Sizes scale with ``rect`` (12 units of
    text per 800 of the rectangle's longer side), so the result looks the same on screen and paper.
    """
    data = load_map()
    base = max(rect.width(), rect.height()) / 800.0
    chosen = default_labels(data, highlight, labels)
    window = region_window(data, highlight, focus, include_korea=include_korea)
    placer = Placer(data)
    for _ in range(ROOM_TRIES):
        transform = fit_transform(window, rect)
        texts = chosen[0].texts
        named = korea_named(painter.device(), transform, rect, data, texts, base, placer=placer,
                            family=painter.font().family())  # fmt: skip
        if named == texts[0]:  # the name asked for
            break
        window = with_sea_room(window)
    visible = transform.inverted()[0].mapRect(rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    outer = painter.transform()
    painter.fillRect(rect, style_for(None, False).fill)
    painter.setTransform(transform, True)
    device = outer.map(QLineF(0.0, 0.0, 1.0, 0.0)).length()  # device pixels per painter unit
    unit = base * device  # cosmetic pens: widths in device pixels, and much faster to stroke
    for feature, highlighted in draw_order(data, highlight):
        if feature.path.boundingRect().intersects(visible):
            _draw_feature(painter, feature, style_for(feature, highlighted), unit)
    painter.setTransform(outer)
    paint_overlay(painter, transform, rect, data, chosen, base, placer=placer)
    painter.restore()


def _draw_feature(painter: QPainter, feature: Feature, style: Style, unit: float) -> None:
    pen = QPen(style.border, BORDER_WIDTH * style.width * unit)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)  # round joins stroke Russia's coast 3x slower
    painter.setPen(pen)
    painter.setBrush(style.fill)
    painter.drawPath(feature.path)
