"""The map's key, in a corner of the window's map: each shade with the places it shows (as the brief's
legend names them), Korea's ring, and a number for each place with an entry whose name has no room
inside its shape (Primorsky Krai and China's three provinces on the Eastern Region's map), drawn on
the shape and named in the key. Where the labels go is :mod:`npviewer.map.labels`'s to say: the key
takes the places it left unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from npviewer.i18n import translate
from npviewer.map import palette
from npviewer.map.labels import Placed
from npviewer.map.plan import AREA, FOCUS, SECOND
from npviewer.map.qt_shapes import KOREA, MapData
from npviewer.map.style import FOCUS as FOCUS_FILL
from npviewer.map.style import HALO, HIGHLIGHT, HIGHLIGHT_BORDER, KOREA_BORDER, TEXT
from npviewer.map.style import SECOND as SECOND_FILL

#: The key's rows in order: the shades, strongest last (as the brief's legend).
ORDER = (AREA, FOCUS, SECOND)
PAD, SWATCH, GAP = 6.0, 11.0, 5.0
MARKER = 8.5  # a number's circle, in pixels (radius)
#: Each shade's fill and border, as the map draws them (npviewer.map.style).
SHADES = {
    AREA: (HIGHLIGHT, HIGHLIGHT_BORDER),
    FOCUS: (FOCUS_FILL, QColor(palette.FOCUS_BORDER)),
    SECOND: (SECOND_FILL, QColor(palette.SECOND_BORDER)),
}


def legend_rows(
    roles: Mapping[str, str], titles: Mapping[str, str], groups: Mapping[str, Sequence[str]]
) -> list[tuple[str, str]]:
    """(role, names) for each shade the map shows: a group whose members (but those named on their
    own, as Primorsky Krai in the Far East) share one shade is named once, by the group's name."""
    names: dict[str, list[str]] = {}
    covered: set[str] = set()
    for group, members in groups.items():
        plain = [m for m in members if m not in titles]
        shades = {roles.get(m) for m in plain}
        if group in titles and plain and len(shades) == 1 and None not in shades:
            names.setdefault(str(shades.pop()), []).append(titles[group])
            covered.update(plain)
    for code, role in roles.items():
        if code not in covered and code in titles:
            names.setdefault(role, []).append(titles[code])
    return [(role, ", ".join(names[role])) for role in ORDER if names.get(role)]


def numbered(placed: Sequence[Placed], own: Sequence[str], highlight: set[str]) -> list[str]:
    """The highlighted places with an entry of their own that the labels left unnamed, in ``own``'s order."""
    named = {p.code for p in placed}
    return [c for c in own if c in highlight and c not in named and c != KOREA]


def draw_numbers(painter: QPainter, transform: QTransform, data: MapData, codes: Sequence[str]) -> None:
    """Each place's number in a circle at its label point."""
    small = QFont(painter.font())
    small.setPixelSize(11)
    small.setBold(True)
    painter.setFont(small)
    for number, code in enumerate(codes, start=1):
        feature = data.get(code)
        if feature is None:
            continue
        centre = transform.map(feature.label)
        circle = QRectF(centre.x() - MARKER, centre.y() - MARKER, 2 * MARKER, 2 * MARKER)
        painter.setPen(QPen(TEXT, 1.2))
        painter.setBrush(HALO)
        painter.drawEllipse(circle)
        painter.setPen(TEXT)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))


def draw_key(
    painter: QPainter,
    area: QRectF,
    rows: Sequence[tuple[str, str]],
    numbers: Sequence[tuple[int, str]],
    korea: str,
    busy: Sequence[QRectF] = (),
) -> QRectF:
    """The key in the corner of the map where it covers least of ``busy`` (the highlighted places and
    the labels); returns where it was drawn."""
    text_font = QFont(painter.font())
    text_font.setPixelSize(11)
    metrics = QFontMetricsF(text_font)
    line = metrics.height() + 3
    most = max(120.0, min(240.0, area.width() * 0.4)) - SWATCH - GAP - 2 * PAD  # the text's widest
    entries: list[tuple[str, str]] = []
    for kind, text in [*with_numbers(rows, numbers), ("korea", korea)]:
        for n, part in enumerate(_wrap(text, metrics, most)):
            entries.append((kind if n == 0 else "", part))
    width = max(metrics.horizontalAdvance(text) for _kind, text in entries) + SWATCH + GAP + 2 * PAD
    height = len(entries) * line + 2 * PAD - 3
    if height > area.height() - 12 or width > area.width() - 12:
        return QRectF()  # a map too small for its key: the names are in the tooltips and read out
    box = _corner(area, width, height, busy)
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0))
    painter.setBrush(HALO)
    painter.drawRoundedRect(box, 4, 4)
    painter.setFont(text_font)
    y = box.top() + PAD
    for kind, text in entries:
        swatch = QRectF(box.left() + PAD, y + (line - 3 - SWATCH) / 2 + 1, SWATCH, SWATCH)
        if kind in SHADES:
            fill, border = SHADES[kind]
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(fill)
            painter.drawRect(swatch)
        elif kind == "korea":
            painter.setPen(QPen(KOREA_BORDER, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(swatch.center(), SWATCH / 2, SWATCH / 2)
        painter.setPen(TEXT)
        room = box.right() - PAD - (swatch.right() + GAP)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(swatch.right() + GAP, y + metrics.ascent()), shown)
        y += line
    painter.restore()
    return box


def with_numbers(rows: Sequence[tuple[str, str]], numbers: Sequence[tuple[int, str]]) -> list[tuple[str, str]]:
    """The shades' rows with each numbered place's number after its name ("Jilin (3)"); a place no row
    names gets a row of its own."""
    out = [list(row) for row in rows]
    for number, name in numbers:
        for row in out:
            found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", row[1])
            if found:
                row[1] = f"{row[1][: found.end()]} ({number}){row[1][found.end() :]}"
                break
        else:
            out.append(["number", f"{number}  {name}"])
    return [(kind, text) for kind, text in out]


def _wrap(text: str, metrics: QFontMetricsF, most: float) -> list[str]:
    """``text`` in lines at most ``most`` px wide, broken after commas and spaces."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > most:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _corner(area: QRectF, width: float, height: float, busy: Sequence[QRectF]) -> QRectF:
    """The top-left, top-right or bottom-left corner (the caption has the bottom right) that covers least."""
    inner = area.adjusted(6, 6, -6, -6)
    corners = [
        QRectF(inner.left(), inner.top(), width, height),
        QRectF(inner.right() - width, inner.top(), width, height),
        QRectF(inner.left(), inner.bottom() - height, width, height),
    ]

    def covered(box: QRectF) -> float:
        return sum((box & rect).width() * (box & rect).height() for rect in busy if box.intersects(rect))

    return min(corners, key=covered)


def korea_words() -> str:
    return translate("Map", "Republic of Korea (ringed)")
