"""Drawing what lies behind the events: lane bands and titles, the grid and the time axis."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen

from npviewer.ui.common.contrast import muted
from npviewer.ui.timeline.axis import Ticks, context_label
from npviewer.ui.timeline.scene import Frame
from npviewer.ui.timeline.text import events_text


def draw_lanes(p: QPainter, frame: Frame, palette: QPalette, gutter: QRectF, fm: QFontMetricsF) -> None:
    """Alternating lane bands across the plot, and each lane's title and count in the gutter."""
    plot = frame.plot
    p.fillRect(gutter, palette.window())
    divider = QColor(palette.mid().color())
    divider.setAlpha(120)
    for index, lane in enumerate(frame.lanes):
        band = QRectF(plot.left(), lane.top, plot.width(), lane.bottom - lane.top)
        p.fillRect(band, palette.alternateBase() if index % 2 else palette.base())
        p.setPen(divider)
        p.drawLine(QLineF(gutter.left(), lane.bottom, plot.right(), lane.bottom))
        p.setPen(palette.windowText().color())
        title = fm.elidedText(lane.title, Qt.TextElideMode.ElideRight, gutter.width() - 12)
        p.drawText(QPointF(gutter.left() + 8, lane.top + 6 + fm.ascent()), title)
        if lane.bottom - lane.top > 2 * fm.height() + 8:
            p.setPen(muted(palette.windowText().color(), palette.window().color()))
            count = events_text(lane.count)
            p.drawText(QPointF(gutter.left() + 8, lane.top + 6 + fm.height() + fm.ascent()), count)
    p.setPen(divider)
    p.drawLine(QLineF(gutter.right(), plot.top(), gutter.right(), plot.bottom()))


def draw_grid(p: QPainter, plot: QRectF, ticks: Ticks, x_of: Callable[[float], float], palette: QPalette) -> None:
    """Faint lines at major ticks, firmer ones at the context row's boundaries."""
    faint = QColor(palette.mid().color())
    faint.setAlpha(45)
    firm = QColor(palette.mid().color())
    firm.setAlpha(110)
    boundaries = {t.day for t in ticks.context}
    lines: dict[bool, list[QLineF]] = {True: [], False: []}
    for tick in ticks.major:
        x = x_of(tick.day)
        if plot.left() <= x <= plot.right():
            lines[tick.day in boundaries].append(QLineF(x, plot.top(), x, plot.bottom()))
    for is_firm, batch in lines.items():
        p.setPen(QPen(firm if is_firm else faint, 1.0))
        p.drawLines(batch)


def draw_axis(
    p: QPainter,
    rect: QRectF,
    ticks: Ticks,
    x_of: Callable[[float], float],
    left_day: float,
    palette: QPalette,
    fm: QFontMetricsF,
) -> None:
    """The ruler: a context row (years or months) above the major tick labels, minor ticks below."""
    p.fillRect(rect, palette.window())
    p.save()
    p.setClipRect(rect)
    row = fm.height() + 3
    bottom = rect.bottom()
    p.setPen(palette.mid().color())
    p.drawLine(QLineF(rect.left(), bottom, rect.right(), bottom))
    p.drawLines([QLineF(x, bottom - 4, x, bottom) for x in map(x_of, ticks.minor)])
    p.setPen(palette.windowText().color())
    labels_top = rect.top() + (row if ticks.context else row / 2)
    xs = [x_of(tick.day) for tick in ticks.major]
    p.drawLines([QLineF(x, labels_top, x, bottom) for x in xs])
    for tick, x in zip(ticks.major, xs, strict=True):
        if x + 3 >= rect.left():  # no label cut by the left edge
            p.drawText(QPointF(x + 3, labels_top + fm.ascent()), tick.label)
    if ticks.context:
        _draw_context(p, rect, ticks, x_of, left_day, fm)
    p.restore()


def _draw_context(
    p: QPainter, rect: QRectF, ticks: Ticks, x_of: Callable[[float], float], left_day: float, fm: QFontMetricsF
) -> None:
    """Year (or month) names over their stretch; the one cut by the left edge sticks to it."""
    font = p.font()
    bold = p.font()
    bold.setBold(True)
    p.setFont(bold)
    baseline = rect.top() + 2 + fm.ascent()
    xs = [x_of(t.day) for t in ticks.context]
    sticky = context_label(left_day, ticks.major_step)
    first_x = next((x for x in xs if x > rect.left()), rect.right() + 1000)
    width = QFontMetricsF(bold).horizontalAdvance(sticky)
    p.drawText(QPointF(min(rect.left() + 4, first_x - width - 8), baseline), sticky)
    for tick, x in zip(ticks.context, xs, strict=True):
        if x > rect.left():
            p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
            p.drawText(QPointF(x + 4, baseline), tick.label)
    p.setFont(font)
