"""Drawing events: markers, spans, planned and disputed marks, labels, "+N" badges and periods' counts.

Every colour comes from the palette or is made to stand out on its base (see ``style``); an event's
kind shows as its glyph's shape and colour, so colour alone never carries it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from npviewer.ui.common.contrast import mix, muted, readable, selection
from npviewer.ui.timeline import style
from npviewer.ui.timeline.layout import BADGE, MARKER
from npviewer.ui.timeline.scene import Frame, GroupGeom, ItemGeom

SPAN_GLYPH = 8.0  # the kind's glyph at the start of a span or a range
BADGE_HIT = 8.0  # a click this near a disputed badge's centre opens the dispute


def _base(palette: QPalette) -> int:
    return palette.base().color().rgba()


def badge_centre(item: ItemGeom) -> QPointF:
    """Where an event's "date disputed" badge is drawn (a click there opens the dispute)."""
    return QPointF(item.x1 + BADGE / 2 + 1, (item.y0 + item.y1) / 2)


def draw_shape(
    p: QPainter,
    palette: QPalette,
    rect: QRectF,
    kind: str,
    *,
    point: bool,
    imprecise: bool,
    planned: bool,
    disputed: bool,
    small: QFont,
) -> None:
    """One event's mark: a diamond for a known day, a bar for a range, a bracketed span for a
    month or year; hollow and dashed if planned; a "?" after it if its date is disputed."""
    _draw_shape(
        p,
        palette,
        rect.left(),
        rect.right(),
        rect.top(),
        rect.bottom(),
        kind,
        point,
        imprecise,
        planned,
        disputed,
        small,
    )


def _draw_shape(
    p: QPainter,
    palette: QPalette,
    x0: float,
    x1: float,
    y0: float,
    y1: float,
    kind: str,
    point: bool,
    imprecise: bool,
    planned: bool,
    disputed: bool,
    small: QFont,
) -> None:
    base = _base(palette)
    p.setPen(style.outline(kind, planned, base))
    middle = (y0 + y1) / 2
    if point:
        if x1 - x0 > MARKER + 0.01:  # zoomed in so far that the day is wider than its glyph
            p.fillRect(QRectF(x0, y0 + 3, x1 - x0, y1 - y0 - 6), style.fill(kind, style.DAY_ALPHA, base))
        p.setBrush(palette.base() if planned else style.fill(kind, 255, base))
        p.drawPath(style.glyph(kind, QPointF((x0 + x1) / 2, middle), MARKER))
    else:
        if imprecise:
            p.setBrush(palette.base() if planned else style.fill(kind, style.SPAN_ALPHA, base))
            p.drawRect(QRectF(x0, y0 + 2, x1 - x0, y1 - y0 - 4))
            p.setPen(QPen(style.kind_colour(kind, base), 1.6))
            for x, inward in ((x0, 2.5), (x1, -2.5)):  # brackets: "somewhere in here"
                p.drawPolyline([QPointF(x + inward, y0), QPointF(x, y0), QPointF(x, y1), QPointF(x + inward, y1)])
        else:
            p.setBrush(palette.base() if planned else style.fill(kind, style.RANGE_ALPHA, base))
            p.drawRect(QRectF(x0, y0 + 1, x1 - x0, y1 - y0 - 2))
        if x1 - x0 >= SPAN_GLYPH + 4:  # the kind's glyph at the start, as on a known day
            p.setPen(QPen(palette.base().color(), 1.0))
            p.setBrush(QColor(style.kind_colour(kind, base)))
            p.drawPath(style.glyph(kind, QPointF(x0 + SPAN_GLYPH / 2 + 2, middle), SPAN_GLYPH))
    if disputed:
        _draw_disputed(p, palette, QPointF(x1 + BADGE / 2 + 1, middle), small)


def draw_items(
    p: QPainter,
    frame: Frame,
    palette: QPalette,
    small: QFont,
    selected: str,
    highlight: frozenset[str],
) -> None:
    """Every event drawn on its own, dimming the marks of those outside a highlight (their labels stay
    readable, only quieter), selected ones last."""
    left = frame.plot.left() + 4
    last: list[ItemGeom] = []
    quiet = muted(palette.text().color(), palette.base().color())
    for item in frame.items:
        event_id = item.bar.event.id
        if event_id == selected:
            last.append(item)
            continue
        emphasised = event_id in highlight
        dimmed = bool(highlight) and not emphasised
        _draw_item(p, item, palette, small, emphasised, left, dimmed=dimmed, quiet=quiet)
    for item in last:
        _draw_item(p, item, palette, small, item.bar.event.id in highlight, left, selected=True)


def draw_groups(p: QPainter, frame: Frame, palette: QPalette, small: QFont, highlight: bool) -> None:
    """Periods' counts in crowded lanes and "+N" badges for events with no room of their own."""
    p.setFont(small)
    counts = [g.count for g in frame.groups if not g.badge]
    most = max(counts, default=1)
    for group in frame.groups:
        if group.badge:
            _draw_badge(p, group, palette)
        else:
            _draw_count(p, group, frame.lanes[group.lane].key, palette, most, highlight)


def count_fill(key: str, count: int, most: int, palette: QPalette) -> QColor:
    """A count's box: the lane's hue over the base colour, stronger the more events it counts."""
    base = _base(palette)
    hue = style.kind_colour(key, base) if key in style.KIND_COLOURS else style.colour(style.CLUSTER_COLOUR, base)
    return mix(palette.base().color(), hue, 0.12 + 0.33 * min(1.0, count / max(1, most)))


def _draw_count(p: QPainter, group: GroupGeom, key: str, palette: QPalette, most: int, highlight: bool) -> None:
    """A period's count: a box across the period, its number inside (when the box has room for it)."""
    base = _base(palette)
    fill = count_fill(key, group.count, most, palette)
    hue = style.kind_colour(key, base) if key in style.KIND_COLOURS else style.colour(style.CLUSTER_COLOUR, base)
    rect = group.rect
    quiet = highlight and not group.highlighted
    p.setOpacity(style.DIMMED_OPACITY if quiet else 1.0)
    p.setPen(QPen(hue, 1.0))
    p.setBrush(fill)
    p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    p.setOpacity(1.0)
    text = str(group.count)
    if p.fontMetrics().horizontalAdvance(text) + 4 <= rect.width():
        p.setPen(readable(palette.text().color(), fill))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    if group.highlighted:  # events related to the entry shown are counted here: marked over the box
        mark = QRectF(rect.left(), rect.top() - 3, rect.width(), 3)
        p.fillRect(mark, style.colour(style.HIGHLIGHT_COLOUR, base))


def _draw_item(
    p: QPainter,
    item: ItemGeom,
    palette: QPalette,
    small: QFont,
    emphasised: bool,
    left: float,
    selected: bool = False,
    dimmed: bool = False,
    quiet: QColor | None = None,
) -> None:
    event = item.bar.event
    p.setOpacity(style.DIMMED_OPACITY if dimmed else 1.0)
    if emphasised:
        p.setPen(style.halo_pen())
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(item.rect.adjusted(-1, 0, 1, 0))
    _draw_shape(
        p,
        palette,
        item.x0,
        item.x1,
        item.y0,
        item.y1,
        event.kind,
        item.bar.point,
        item.bar.imprecise,
        event.planned,
        event.disputed,
        small,
    )
    p.setOpacity(1.0)
    if selected:
        p.setPen(QPen(palette.highlight().color(), 2.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(item.rect.adjusted(-3, -3, 3, 3))
    if not item.label:
        return
    x = item.label_x
    if x + item.label_width <= item.x0 + 1 and not selected:  # a label before its event (at the end)
        p.setPen(quiet if dimmed and quiet is not None else palette.text().color())
        p.drawText(QPointF(x, item.baseline), item.label)
        return
    if x < left and x >= item.x1 and not selected:
        return  # the label of an event out of view on the left: only its tail would show
    if (
        x < item.x1 and x < left and x + item.label_width > item.x0 + 1
    ):  # inside a wide span: it follows the left edge ...
        if item.x1 - left < item.label_width + 8:
            return  # ... while the span's visible part can hold it
        x = left
    if selected or item.overlay:
        back = QRectF(x - 2, item.y0 - 3, item.label_width + 4, item.y1 - item.y0 + 6)
        p.fillRect(back, selection(palette) if selected else palette.base().color())
        p.setPen(palette.highlightedText().color() if selected else palette.text().color())
    else:
        p.setPen(quiet if dimmed and quiet is not None else palette.text().color())
    p.drawText(QPointF(x, item.baseline), item.label)


def _draw_badge(p: QPainter, group: GroupGeom, palette: QPalette) -> None:
    rect = group.rect
    highlight = style.colour(style.HIGHLIGHT_COLOUR, _base(palette))
    p.setPen(QPen(highlight, 2.0) if group.highlighted else palette.windowText().color())
    p.setBrush(palette.button())
    p.drawRoundedRect(rect, 4, 4)
    p.setPen(palette.buttonText().color())
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{group.count}")


def _draw_disputed(p: QPainter, palette: QPalette, centre: QPointF, small: QFont) -> None:
    colour = style.colour(style.DISPUTED_COLOUR, _base(palette))
    p.setPen(QPen(colour, 1.2))
    p.setBrush(palette.base())
    p.drawEllipse(centre, 5.0, 5.0)
    font = p.font()
    p.setFont(small)
    p.drawText(QRectF(centre.x() - 5, centre.y() - 6, 10, 12), Qt.AlignmentFlag.AlignCenter, "?")
    p.setFont(font)
