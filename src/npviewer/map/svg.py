"""The map as an SVG document (vector) for the brief: Typst draws it in the PDF, the web page embeds it.

Draws the same shapes, colours and framing as the window's map: plain countries, the highlighted
areas in their shades (``area``, ``focus``, ``second``), the Republic of Korea in its own colour and
ringed while small, and the attribution line. Labels are placed as the window places them
(:mod:`npviewer.map.labels`): each inside its own shape, on a shorter name or a number when the name
does not fit, never over another label. A legend under the map names each shade and each number.
Needs QtGui (a QGuiApplication is made offscreen when there is none), not widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from npviewer.map import palette
from npviewer.map.shapes import ATTRIBUTION, KOREA, Box, Point, Shape, Shapes, load_shapes, region_box
from npviewer.map.svg_labels import Measure, Placement, measurer, place_labels

#: Fill and border of each role a highlighted code can have.
ROLES: Mapping[str, tuple[str, str]] = {
    "area": (palette.HIGHLIGHT, palette.HIGHLIGHT_BORDER),
    "focus": (palette.FOCUS, palette.FOCUS_BORDER),
    "second": (palette.SECOND, palette.SECOND_BORDER),
    "korea": (palette.KOREA_FILL, palette.KOREA_BORDER),
}
LABEL_SIZE = 7.2  # points
CAPTION_SIZE = 5.6
LEGEND_SIZE = 6.8
LEGEND_ROW = 11.0
_MIN_STEP = 0.35  # points: closer vertices are dropped
_ROOM_TRIES, _ROOM_STEP = 5, 0.12  # Korea's name without room: the frame takes in more of the sea, south-east


@dataclass(frozen=True)
class _Frame:
    """Scene to page: ``(x - left) * scale + dx``."""

    left: float
    top: float
    scale: float
    dx: float
    dy: float

    def map(self, p: Point) -> Point:
        return (p[0] - self.left) * self.scale + self.dx, (p[1] - self.top) * self.scale + self.dy

    def unmap(self, p: Point) -> Point:
        return (p[0] - self.dx) / self.scale + self.left, (p[1] - self.dy) / self.scale + self.top


def _frame(view: Box, width: float, height: float) -> _Frame:
    scale = min(width / view.width, height / view.height)
    return _Frame(view.left, view.top, scale, (width - view.width * scale) / 2, (height - view.height * scale) / 2)


def _path(shape: Shape, frame: _Frame) -> str:
    """The shape's rings as path data on the page, vertices closer than ``_MIN_STEP`` dropped."""
    parts = []
    s, ox, oy = frame.scale, frame.dx - frame.left * frame.scale, frame.dy - frame.top * frame.scale
    for ring in shape.rings:
        points: list[str] = []
        lx = ly = -1e9
        for x0, y0 in ring:
            x, y = x0 * s + ox, y0 * s + oy
            if abs(x - lx) + abs(y - ly) >= _MIN_STEP:
                points.append(f"{x:.1f} {y:.1f}")
                lx, ly = x, y
        if len(points) >= 3:
            parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


def _text(text: str, x: float, y: float, size: float, *, bold: bool = False, anchor: str = "middle") -> str:
    """Text with a white halo so it reads over any fill; ``y`` is the baseline."""
    weight = ' font-weight="bold"' if bold else ""
    body = escape(text)
    at = f'x="{x:.1f}" y="{y:.1f}" font-size="{size}"{weight} text-anchor="{anchor}"'
    halo = f'stroke="{palette.HALO}" stroke-width="{size / 3.5:.2f}" stroke-linejoin="round"'
    return (f'<text {at} {halo} stroke-opacity="{palette.HALO_OPACITY:.2f}">{body}</text>'
            f'<text {at} fill="{palette.TEXT}">{body}</text>')  # fmt: skip


def _korea_mark(shapes: Shapes, frame: _Frame) -> tuple[Box, bool] | None:
    """Korea's mark on the page: a ring while Korea is small, else its bounds; and whether ringed."""
    korea = shapes.shapes.get(KOREA)
    if korea is None:
        return None
    a, b = frame.map((korea.box.left, korea.box.top)), frame.map((korea.box.right, korea.box.bottom))
    size = max(b[0] - a[0], b[1] - a[1])
    if size >= 30:
        return Box(a[0], a[1], b[0], b[1]), False
    cx, cy, r = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, size / 2 + 4
    return Box(cx - r, cy - r, cx + r, cy + r), True


def _ring(mark: Box) -> str:
    cx, cy, r = (mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2, mark.width / 2
    return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="none" stroke="{palette.HALO}" stroke-width="3"/>'
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="none" stroke="{palette.KOREA_BORDER}" '
            f'stroke-width="1.3"/>')  # fmt: skip


def _legend(items: Sequence[tuple[str, str]], keys: Sequence[tuple[str, str]], width: float, top: float,
            measure: Measure) -> tuple[list[str], float]:  # fmt: skip
    """The legend's SVG under the map: a swatch and the names of each shade, then each number's place;
    and its height."""
    out: list[str] = []
    x, y, rows = 4.0, top + LEGEND_ROW - 2.5, 1
    entries = [(role, names) for role, names in items] + [("", f"{n} {name}") for n, name in keys]
    for role, text in entries:
        swatch = 11.0 if role else 0.0
        w = swatch + measure(text, False, LEGEND_SIZE)[0] + 12.0
        if x > 4.0 and x + w > width - 4.0:
            x, y, rows = 4.0, y + LEGEND_ROW, rows + 1
        if role:
            fill, stroke = ROLES[role]
            out.append(f'<rect x="{x:.1f}" y="{y - 6.5:.1f}" width="8" height="7" fill="{fill}" stroke="{stroke}" '
                       'stroke-width="0.6"/>')  # fmt: skip
        out.append(f'<text x="{x + swatch:.1f}" y="{y:.1f}" font-size="{LEGEND_SIZE}" fill="{palette.TEXT}">'
                   f"{escape(text)}</text>")  # fmt: skip
        x += w
    return out, rows * LEGEND_ROW + 4.0


def _placed(shapes: Shapes, role_of: dict[str, str], roles: Mapping[str, str], labels: Mapping[str, str],
            short: Mapping[str, Sequence[str]], groups: Mapping[str, str], korea_label: str, attribution: str,
            width: float, map_h: float, measure: Measure) -> tuple[_Frame, Placement]:  # fmt: skip
    """The frame and the labels: the frame takes in more of the sea until Korea's own name has room."""

    def place(frame: _Frame, korea_only: bool) -> Placement:
        view = Box(*frame.unmap((0.0, 0.0)), *frame.unmap((width, map_h)))
        mark = _korea_mark(shapes, frame)
        return place_labels(shapes, frame, view, roles, labels, short, groups, korea_label, attribution, width, map_h,
                            measure, LABEL_SIZE, CAPTION_SIZE, mark, korea_only=korea_only)  # fmt: skip

    box = region_box(shapes, list(role_of))
    frame = _frame(box, width, map_h)
    for _ in range(_ROOM_TRIES - 1):
        if place(frame, True).korea_named:
            break
        box = Box(box.left, box.top, box.right + box.width * _ROOM_STEP, box.bottom + box.height * _ROOM_STEP)
        frame = _frame(box, width, map_h)
    return frame, place(frame, False)


def map_svg(
    roles: Mapping[str, str],
    labels: Mapping[str, str],
    *,
    width: float = 480.0,
    height: float = 300.0,
    korea_label: str = "Korea",
    font: str = "Noto Sans",
    attribution: str = ATTRIBUTION,
    shapes: Shapes | None = None,
    legend: Sequence[tuple[str, str]] = (),
    short: Mapping[str, Sequence[str]] | None = None,
    groups: Mapping[str, str] | None = None,
) -> str:
    """An SVG ``width`` points wide and about ``height`` high (the map, and under it the legend; a
    row more when numbers are keyed) framing the highlighted codes and Korea.

    ``roles`` maps codes (groups such as ``RU-FE`` allowed) to ``area``, ``focus`` or ``second``;
    ``labels`` maps codes to label texts; ``short`` gives a code's shorter names to fall back on;
    ``groups`` names groups labelled over their members; ``legend`` lists (role, names) rows
    (role ``korea`` for Korea's colour). A highlighted place named in ``labels`` or ``groups``
    whose name does not fit gets a number, keyed in the legend.
    """
    shapes = shapes or load_shapes()
    measure = measurer()
    role_of: dict[str, str] = {}
    for code, role in sorted(roles.items(), key=lambda item: list(ROLES).index(item[1])):
        for member in shapes.expand([code]):
            role_of[member] = role  # a later (stronger) role wins: focus over second over area
    map_h = height - (_legend(legend, (), width, 0.0, measure)[1] if legend else 0.0)
    frame, placed = _placed(shapes, role_of, roles, labels, short or {}, groups or {}, korea_label, attribution,
                            width, map_h, measure)  # fmt: skip
    view = Box(*frame.unmap((0.0, 0.0)), *frame.unmap((width, map_h)))
    _rows, legend_h = _legend(legend, placed.keys, width, map_h, measure) if legend else ([], 0.0)
    total = map_h + legend_h
    family = f'"{escape(font)}, Noto Sans CJK KR, Noto Sans CJK SC"'
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}pt" height="{total:.1f}pt" '
           f'viewBox="0 0 {width} {total:.1f}" font-family={family}>',
           f'<rect width="{width}" height="{total:.1f}" fill="#ffffff"/>',
           f'<rect width="{width}" height="{map_h:.1f}" fill="{palette.SEA}"/>']  # fmt: skip
    ordered = [s for s in shapes if s.is_country and s.code != KOREA and s.code not in role_of]
    ordered += [s for s in shapes if s.is_country and s.code in role_of]
    ordered += [s for s in shapes if not s.is_country and s.code in role_of]
    ordered += [shapes.shapes[KOREA]] if KOREA in shapes.shapes else []
    for shape in ordered:
        if not shape.box.intersects(view):
            continue
        if shape.code == KOREA:
            (fill, stroke), width_ = ROLES["korea"], 0.6
        elif shape.code in role_of:
            (fill, stroke), width_ = ROLES[role_of[shape.code]], 0.6
        else:
            fill, stroke, width_ = palette.LAND, palette.LAND_BORDER, 0.4
        d = _path(shape, frame)
        if d:
            out.append(f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{width_}" '
                       'stroke-linejoin="bevel" fill-rule="evenodd"/>')  # fmt: skip
    mark = _korea_mark(shapes, frame)
    if mark is not None and mark[1]:
        out.append(_ring(mark[0]))
    out.append(f'<rect y="{map_h:.1f}" width="{width}" height="{legend_h:.1f}" fill="#ffffff"/>')
    for label in placed.labels:
        if label.leader is not None:
            (x1, y1), (x2, y2) = label.leader
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{palette.HALO}" '
                       f'stroke-width="2"/><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                       f'stroke="{palette.TEXT}" stroke-width="0.5"/>')  # fmt: skip
        out.append(_text(label.text, label.x, label.baseline, label.size, bold=label.bold))
    out += _rows
    out.append("</svg>")
    return "".join(out)
