"""Where the brief's SVG map puts its labels: the window's placement (:class:`npviewer.map.labels.Placer`)
run on the page's frame, with text measured in the bundled Noto Sans (QtGui; an offscreen
QGuiApplication is made when there is none, so the command line needs no display)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from npviewer.map.shapes import KOREA, Box, Point, Shapes

#: ``measure(text, bold, size)`` -> (width, height) in points.
Measure = Callable[[str, bool, float], tuple[float, float]]
_REFERENCE = 100  # pixels: text is measured at this size and scaled
_app: Any = None
_built: dict[tuple[int, str], Any] = {}  # Qt features made for the page, by shapes and code, once per process


class FrameLike(Protocol):
    """Scene to page: ``(x - left) * scale + dx``."""

    @property
    def left(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def scale(self) -> float: ...
    @property
    def dx(self) -> float: ...
    @property
    def dy(self) -> float: ...


@dataclass(frozen=True)
class PlacedText:
    """A label on the page: its text centred on ``x`` over ``baseline``; ``leader`` from a mark to it."""

    text: str
    x: float
    baseline: float
    size: float
    bold: bool = False
    leader: tuple[Point, Point] | None = None


@dataclass
class Placement:
    labels: list[PlacedText] = field(default_factory=list)
    keys: list[tuple[str, str]] = field(default_factory=list)  # (number, name) of places keyed by number
    korea_named: bool = True  # Korea got its own name (not a shorter one, not none)


def _gui() -> None:
    """A QGuiApplication (offscreen when npviewer made it) and the bundled Noto Sans, once per process."""
    global _app
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["npviewer", "-platform", "offscreen"])
    if "Noto Sans" not in QFontDatabase.families():
        from npviewer import paths

        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansCJKkr-Regular.otf"):
            QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / name))


def measurer() -> Measure:
    """Measures texts as Typst will draw them: in Noto Sans (Hangul in Noto Sans CJK KR)."""
    _gui()
    return _measure


@functools.lru_cache(maxsize=4096)
def _measure(text: str, bold: bool, size: float) -> tuple[float, float]:
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont("Noto Sans")
    font.setPixelSize(_REFERENCE)
    font.setBold(bold)
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance(text) * size / _REFERENCE, metrics.height() * size / _REFERENCE


def _ascent(size: float) -> float:
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont("Noto Sans")
    font.setPixelSize(_REFERENCE)
    return QFontMetricsF(font).ascent() * size / _REFERENCE


def _numbers_beside(data: Any, transform: Any, area: Any, wanted: Sequence[Any], placed: Sequence[Any],
                    taken: Sequence[Any], numbered: Mapping[str, str],
                    qmeasure: Callable[[str, bool], Any]) -> list[Any]:  # fmt: skip
    """A place too small for its number gets it beside the place, joined to it by a leader line."""
    import math

    from PySide6.QtCore import QPointF, QRectF

    from npviewer.map.labels import Placed

    done = {p.code for p in placed}
    busy = [p.rect for p in placed] + list(taken)
    out = []
    for label in wanted:
        number = label.texts[-1]
        feature = data.get(label.code)
        if label.code in done or number not in numbered or feature is None:
            continue
        anchor = transform.map(feature.label)
        size = qmeasure(number, False)
        spot = None
        for reach in (1.4, 2.0, 2.8, 3.6, 4.6):
            for degrees in range(0, 360, 30):
                centre = anchor + QPointF(math.cos(math.radians(degrees)), -math.sin(math.radians(degrees))) * (
                    reach * size.height()
                )
                rect = QRectF(QPointF(), size)
                rect.moveCenter(centre)
                grown = rect.adjusted(-1.5, -1.5, 1.5, 1.5)
                if area.contains(grown) and not any(grown.intersects(b) for b in busy):
                    spot = rect
                    break
            if spot is not None:
                break
        if spot is not None:
            busy.append(spot)
            out.append(Placed(label.code, number, spot, anchor))
    return out


def _data(shapes: Shapes, view: Box, wanted: Sequence[str], groups: Mapping[str, str]) -> tuple[Any, Any]:
    """Qt paths of only the shapes on the page (and those labelled), and each group as one feature:
    its members' paths side by side (they do not overlap), not the window's costly exact union."""
    from PySide6.QtGui import QPainterPath

    from npviewer.map.qt_shapes import Feature, MapData, _feature

    codes = [s.code for s in shapes if s.box.intersects(view) or s.code in wanted]
    features = {}
    for code in codes:
        key = (id(shapes), code)
        if key not in _built:
            _built[key] = _feature(shapes.shapes[code])
        features[code] = _built[key]
    grouped = {}
    for code, name in groups.items():
        members = [features[m] for m in shapes.groups.get(code, ()) if m in features]
        if members:
            path = QPainterPath()
            for m in members:
                path.addPath(m.path)
            largest = max(members, key=lambda m: m.path.boundingRect().width() * m.path.boundingRect().height())
            grouped[code] = Feature(code, name, "group", members[0].parent, path, largest.label)
    return MapData(features, shapes.source), MapData({**features, **grouped}, shapes.source)


def place_labels(shapes: Shapes, frame: FrameLike, view: Box, roles: Mapping[str, str], labels: Mapping[str, str],
                 short: Mapping[str, Sequence[str]], groups: Mapping[str, str], korea: str, caption: str,
                 width: float, height: float, measure: Measure, size: float, caption_size: float,
                 mark: tuple[Box, bool] | None, *, korea_only: bool = False) -> Placement:  # fmt: skip
    """Korea's label, the groups' names over their members, then the highlighted places (darker shade
    first), then the other places named; a place the content names gets a number where no name fits.
    ``korea_only``: place Korea's label alone (to learn whether the frame leaves it room)."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QTransform

    from npviewer.map.labels import Label, Placer

    data, with_groups = _data(shapes, view, [*roles, *labels, KOREA], groups)
    transform = QTransform(frame.scale, 0.0, 0.0, frame.scale, frame.dx - frame.left * frame.scale,
                           frame.dy - frame.top * frame.scale)  # fmt: skip
    area = QRectF(0.0, 0.0, width, height)
    cw, ch = measure(caption, False, caption_size)
    cap = QRectF(width - 4 - cw, height - 3 - ch, cw, ch)
    taken = [cap.adjusted(-8.0, -3.0, 0.0, 0.0)]
    mark_rect = QRectF(mark[0].left, mark[0].top, mark[0].width, mark[0].height) if mark else None
    if mark is not None and mark[1] and mark_rect is not None:
        taken.append(mark_rect)

    def qmeasure(text: str, bold: bool) -> QSizeF:
        return QSizeF(*measure(text, bold, size))

    first = [Label(KOREA, (korea,), bold=True)]
    first += [] if korea_only else [Label(c, (n, *short.get(c, ()))) for c, n in groups.items() if c in roles]
    placed = Placer(with_groups).place(transform, area, first, qmeasure, taken, mark_rect)
    out = Placement(korea_named=any(p.code == KOREA and p.text == korea for p in placed))
    if korea_only:
        return out
    busy = taken + [p.rect for p in placed]  # a group's name: its members' names keep well away (as the window's)
    busy += [p.rect.adjusted(-p.rect.width() / 2, -1.5 * p.rect.height(), p.rect.width() / 2, 1.5 * p.rect.height())
             for p in placed if p.code in groups]  # fmt: skip
    order = {"focus": 0, "second": 1, "area": 2}
    wanted = []
    numbered: dict[str, str] = {}
    for code in sorted((c for c in roles if c not in groups), key=lambda c: order.get(roles[c], 3)):
        if labels.get(code):
            number = str(len(numbered) + 1)
            numbered[number] = labels[code]
            wanted.append(Label(code, (labels[code], *short.get(code, ()), number)))
    rest = [c for c in labels if c not in roles and c in data]
    rest.sort(key=lambda c: -_area(data.features[c]))
    wanted += [Label(c, (labels[c],)) for c in rest]
    more = Placer(data).place(transform, area, wanted, qmeasure, busy)
    more += _numbers_beside(data, transform, area, wanted, more, busy + [p.rect for p in more], numbered, qmeasure)
    out.labels.append(PlacedText(caption, cap.center().x(), cap.top() + _ascent(caption_size), caption_size))
    renumber: dict[str, str] = {}
    for p in [*placed, *more]:
        text = p.text
        if p.code != KOREA and p.code not in groups and text in numbered and text != labels.get(p.code):
            renumber[text] = str(len(renumber) + 1)
            out.keys.append((renumber[text], numbered[text]))
            text = renumber[text]
        leader = None
        if p.anchor is not None:
            r, a = p.rect, p.anchor
            end = (min(max(a.x(), r.left()), r.right()), min(max(a.y(), r.top()), r.bottom()))
            leader = ((a.x(), a.y()), end)
        out.labels.append(PlacedText(text, p.rect.center().x(), p.rect.top() + _ascent(size), size,
                                     bold=p.code == KOREA, leader=leader))  # fmt: skip
    return out


def _area(feature: Any) -> float:
    box = feature.path.boundingRect()
    return float(box.width() * box.height())
