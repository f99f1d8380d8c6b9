"""The map as an SVG document (vector, no Qt): the brief hands it to Typst.

Draws the same shapes, colours and framing as the window's map: plain countries, the highlighted
areas in their shades (``area``, ``focus``, ``second``), the Republic of Korea in its own colour and
ringed while small, labels with a white halo placed where they do not collide (inside their shape
when they fit, else beside it with a leader line), and the attribution line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from npviewer.map import palette
from npviewer.map.shapes import ATTRIBUTION, KOREA, Box, Point, Shape, Shapes, load_shapes, region_box

#: Fill and border of each role a highlighted code can have.
ROLES: Mapping[str, tuple[str, str]] = {
    "area": (palette.HIGHLIGHT, palette.HIGHLIGHT_BORDER),
    "focus": (palette.FOCUS, palette.FOCUS_BORDER),
    "second": (palette.SECOND, palette.SECOND_BORDER),
}
LABEL_SIZE = 7.2  # points
CAPTION_SIZE = 5.6
CHAR_WIDTH = 0.56  # average advance of Noto Sans, in ems: label boxes are estimated with it
_MIN_STEP = 0.35  # points: closer vertices are dropped


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
    parts = []
    for ring in shape.rings:
        points: list[Point] = []
        for p in ring:
            q = frame.map(p)
            if not points or abs(q[0] - points[-1][0]) + abs(q[1] - points[-1][1]) >= _MIN_STEP:
                points.append(q)
        if len(points) >= 3:
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def _text_box(text: str, size: float, centre: Point) -> Box:
    w, h = len(text) * size * CHAR_WIDTH, size * 1.2
    return Box(centre[0] - w / 2, centre[1] - h / 2, centre[0] + w / 2, centre[1] + h / 2)


def _free(box: Box, area: Box, placed: Sequence[Box]) -> bool:
    inside = area.left <= box.left and box.right <= area.right and area.top <= box.top and box.bottom <= area.bottom
    return inside and not any(box.grown(1.0).intersects(other) for other in placed)


def _label(text: str, box: Box, size: float, *, bold: bool = False) -> str:
    x, y = (box.left + box.right) / 2, box.bottom - size * 0.38
    weight = ' font-weight="bold"' if bold else ""
    body = escape(text)
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{weight} text-anchor="middle" stroke="{palette.HALO}" '
            f'stroke-width="{size / 3.5:.2f}" stroke-linejoin="round" stroke-opacity="{palette.HALO_OPACITY:.2f}">'
            f'{body}</text><text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{weight} text-anchor="middle" '
            f'fill="{palette.TEXT}">{body}</text>')  # fmt: skip


def _place(shape: Shape, text: str, frame: _Frame, area: Box, placed: list[Box]) -> tuple[Box, Point | None] | None:
    """Where a label goes: over its shape if it fits, else beside it (with the anchor for a leader line)."""
    anchor = frame.map(shape.label)
    h = LABEL_SIZE * 1.2
    for dx, dy in ((0.0, 0.0), (0.0, -h), (0.0, h), (0.0, -2 * h), (0.0, 2 * h)):
        box = _text_box(text, LABEL_SIZE, (anchor[0] + dx, anchor[1] + dy))
        ends = [
            frame.unmap((box.left, (box.top + box.bottom) / 2)),
            frame.unmap((box.right, (box.top + box.bottom) / 2)),
        ]
        if _free(box, area, placed) and all(shape.contains(p) for p in ends):
            return box, None
    for distance in (3.0, 4.5, 6.0):
        for angle in (0, 45, -45, 135, -135, 180, 90, -90, 22, -22, 158, -158):
            r = h * distance
            x, y = anchor[0] + r * math.cos(math.radians(angle)), anchor[1] - r * math.sin(math.radians(angle))
            box = _text_box(text, LABEL_SIZE, (x, y))
            if _free(box, area, placed):
                return box, anchor
    return None


def _korea(shapes: Shapes, frame: _Frame) -> str:
    korea = shapes.shapes.get(KOREA)
    if korea is None:
        return ""
    a, b = frame.map((korea.box.left, korea.box.top)), frame.map((korea.box.right, korea.box.bottom))
    size = max(b[0] - a[0], b[1] - a[1])
    if size >= 30:
        return ""
    cx, cy, r = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, size / 2 + 4
    return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="none" stroke="{palette.HALO}" stroke-width="3"/>'
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="none" stroke="{palette.KOREA_BORDER}" '
            f'stroke-width="1.3"/>')  # fmt: skip


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
) -> str:
    """An SVG of ``width`` x ``height`` points framing the highlighted codes and Korea.

    ``roles`` maps codes (groups such as ``RU-FE`` allowed) to ``area``, ``focus`` or ``second``;
    ``labels`` maps codes to label texts, placed in their order (Korea's always).
    """
    shapes = shapes or load_shapes()
    role_of: dict[str, str] = {}
    for code, role in sorted(roles.items(), key=lambda item: list(ROLES).index(item[1])):
        for member in shapes.expand([code]):
            role_of[member] = role  # a later (stronger) role wins: focus over second over area
    frame = _frame(region_box(shapes, list(role_of)), width, height)
    area = Box(0.0, 0.0, width, height)
    view = Box(*frame.unmap((0.0, 0.0)), *frame.unmap((width, height)))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}pt" height="{height}pt" '
           f'viewBox="0 0 {width} {height}" font-family={quoteattr(font)}>',
           f'<rect width="{width}" height="{height}" fill="{palette.SEA}"/>']  # fmt: skip
    ordered = [s for s in shapes if s.is_country and s.code != KOREA and s.code not in role_of]
    ordered += [s for s in shapes if s.is_country and s.code in role_of]
    ordered += [s for s in shapes if not s.is_country and s.code in role_of]
    ordered += [shapes.shapes[KOREA]] if KOREA in shapes.shapes else []
    for shape in ordered:
        if not shape.box.intersects(view):
            continue
        if shape.code == KOREA:
            fill, stroke, width_ = palette.KOREA_FILL, palette.KOREA_BORDER, 0.6
        elif shape.code in role_of:
            (fill, stroke), width_ = ROLES[role_of[shape.code]], 0.6
        else:
            fill, stroke, width_ = palette.LAND, palette.LAND_BORDER, 0.4
        d = _path(shape, frame)
        if d:
            out.append(f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{width_}" '
                       'stroke-linejoin="bevel" fill-rule="evenodd"/>')  # fmt: skip
    out.append(_korea(shapes, frame))
    caption = _text_box(attribution, CAPTION_SIZE, (0.0, 0.0))
    caption = Box(width - 4 - caption.width, height - 3 - caption.height, width - 4, height - 3)
    out.append(_label(attribution, caption, CAPTION_SIZE))
    placed = [caption]
    texts = {KOREA: korea_label, **{c: t for c, t in labels.items() if c != KOREA}}
    for code, text in texts.items():
        found = shapes.shapes.get(code)
        if found is None or not text:
            continue
        spot = _place(found, text, frame, area, placed)
        if spot is None:
            continue
        box, anchor = spot
        if anchor is not None:
            ex = min(max(anchor[0], box.left), box.right)
            ey = box.bottom if anchor[1] > box.bottom else box.top if anchor[1] < box.top else anchor[1]
            out.append(f'<line x1="{anchor[0]:.1f}" y1="{anchor[1]:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" '
                       f'stroke="{palette.TEXT}" stroke-width="0.5"/>')  # fmt: skip
        out.append(_label(text, box, LABEL_SIZE, bold=code == KOREA))
        placed.append(box)
    out.append("</svg>")
    return "".join(out)
