"""A legend strip: what each mark on the timeline means, wrapping to the panel's width."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.ui.common.contrast import readable
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.timeline import painter, style
from npviewer.ui.timeline.layout import MARKER

_ENTRIES = (
    ("day", QT_TRANSLATE_NOOP("TimelineLegend", "Known day (the shape is the kind, as beside the kinds above)")),
    ("span", QT_TRANSLATE_NOOP("TimelineLegend", "Only month or year known: the whole period")),
    ("range", QT_TRANSLATE_NOOP("TimelineLegend", "From .. to")),
    ("planned", QT_TRANSLATE_NOOP("TimelineLegend", "Planned")),
    ("disputed", QT_TRANSLATE_NOOP("TimelineLegend", "Date disputed: click the ? for the sources")),
    ("badge", QT_TRANSLATE_NOOP("TimelineLegend", "More events: click for the list")),
    (
        "count",
        QT_TRANSLATE_NOOP(
            "TimelineLegend", "Events in the period, counted where a lane is crowded: click for the list"
        ),
    ),
    ("halo", QT_TRANSLATE_NOOP("TimelineLegend", "Related to the selection")),
)
_SWATCH = 26.0


def _entries() -> list[tuple[str, str]]:
    return [(key, translate("TimelineLegend", text)) for key, text in _ENTRIES]


_GAP = 14.0


class TimelineLegend(QWidget):
    """Paints the timeline's marks with their meanings, in as many lines as the width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._retranslate()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setAccessibleName(translate("TimelineLegend", "Timeline legend"))
        self.setAccessibleDescription(". ".join(text for _, text in _entries()))
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        """Override QWidget.hasHeightForWidth: the legend wraps."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Override QWidget.heightForWidth."""
        lines = max(1, max((line for line, _, _ in self._positions(width)), default=0) + 1)
        return int(lines * self._line_height() + 4)

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        return QSize(600, self.heightForWidth(max(self.width(), 600)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        small.setBold(True)
        line_h = self._line_height()
        for line, x, (key, text) in self._positions(self.width()):
            y = 2 + line * line_h
            self._swatch(p, key, QRectF(x, y + (line_h - MARKER) / 2, _SWATCH - 6, MARKER), small)
            p.setPen(self.palette().windowText().color())
            p.setFont(self.font())
            p.drawText(QPointF(x + _SWATCH, y + line_h / 2 + (fm.ascent() - fm.descent()) / 2), text)
        p.end()

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 6

    def _positions(self, width: int) -> list[tuple[int, float, tuple[str, str]]]:
        fm = QFontMetricsF(self.font())
        out: list[tuple[int, float, tuple[str, str]]] = []
        line, x = 0, 4.0
        for entry in _entries():
            w = _SWATCH + fm.horizontalAdvance(entry[1])
            if x > 4 and x + w > width - 4:
                line, x = line + 1, 4.0
            out.append((line, x, entry))
            x += w + _GAP
        return out

    def _swatch(self, p: QPainter, key: str, rect: QRectF, small: QFont) -> None:
        """The mark for one entry, in a neutral colour: the legend explains shapes, not kinds."""
        palette = self.palette()
        diamond = QRectF(rect.center().x() - MARKER / 2, rect.top(), MARKER, MARKER)
        if key == "day":  # the kinds' glyphs, in the text colour: the shape says the kind
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(palette.windowText())
            for n, kind in enumerate(style.KIND_SHAPES):
                p.drawPath(style.glyph(kind, QPointF(rect.left() + 3 + n * 6, rect.center().y()), 6.0))
            return
        if key == "badge":
            box = rect.adjusted(0, -1, 0, 1)
            p.setPen(palette.windowText().color())
            p.setBrush(palette.button())
            p.drawRoundedRect(box, 4, 4)
            p.setPen(palette.buttonText().color())
            p.setFont(small)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, "+3")
            return
        if key == "count":
            box = rect.adjusted(0, -1, 0, 1)
            fill = painter.count_fill("", 3, 5, palette)
            p.setPen(style.colour(style.CLUSTER_COLOUR, palette.base().color().rgba()))
            p.setBrush(fill)
            p.drawRect(box)
            p.setPen(readable(palette.text().color(), fill))
            p.setFont(small)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, "12")
            return
        if key == "halo":
            p.setPen(style.halo_pen())
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(diamond.adjusted(-1, 0, 1, 0))
        shape = {"span": rect, "range": rect, "disputed": QRectF(rect.left(), rect.top(), MARKER, MARKER)}
        painter.draw_shape(
            p,
            palette,
            shape.get(key, diamond),
            "",
            point=key not in ("span", "range"),
            imprecise=key == "span",
            planned=key == "planned",
            disputed=key == "disputed",
            small=small,
        )
