"""Draws one search result in three lines: the title, its kind and region, the snippet with matches in bold
(or, where the query matched the user's own note on the entry, "Your note:" and the note).

Every row has the same height (``setUniformItemSizes``), so the list lays out 200 results at once
without measuring each: only the rows on screen are ever rendered. Long titles are elided and the
snippet is clipped to one line; the full text is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from npviewer.i18n import translate
from npviewer.store.records import kind_label
from npviewer.ui.common.contrast import muted as quieter
from npviewer.ui.common.contrast import selection
from npviewer.ui.common.roles import KIND_ROLE, NOTE_ROLE, REGION_ROLE, SNIPPET_HTML_ROLE

MARGIN = 6
ICON = 16
LINES = 3
ELLIPSIS = "\u2026"


def _fit_selection(palette: QPalette) -> None:
    """Make the selection's colour dark (or light) enough for its text to read at 4.5:1."""
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, selection(palette, group))


class ResultDelegate(QStyledItemDelegate):
    """Renders a result's rich text with a QTextDocument, one line per part."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Override QStyledItemDelegate.sizeHint: three lines of text, whatever the row."""
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, LINES * line + 2 * MARGIN + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Override QStyledItemDelegate.paint."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        opt.icon = type(opt.icon)()
        _fit_selection(opt.palette)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = opt.rect
        width = rect.width() - ICON - 3 * MARGIN
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = opt.palette.highlightedText() if selected else opt.palette.text()
        muted = text.color() if selected else quieter(text.color(), opt.palette.base().color())
        bold = QFont(opt.font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, width
        )
        kind = str(index.data(KIND_ROLE) or "")
        region = str(index.data(REGION_ROLE) or "")
        meta = kind_label(kind) + (f" \u00b7 {region}" if region else "")
        line = QFontMetrics(opt.font).lineSpacing()

        painter.save()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, rect.left() + MARGIN, rect.top() + MARGIN + 1, ICON, ICON)
        left = rect.left() + ICON + 2 * MARGIN
        painter.setPen(text.color())
        painter.setFont(bold)
        painter.drawText(left, rect.top() + MARGIN, width, line, Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(opt.font)
        painter.setPen(muted)
        painter.drawText(left, rect.top() + MARGIN + line, width, line, Qt.AlignmentFlag.AlignLeft, meta)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        no_wrap = QTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(no_wrap)
        note = index.data(NOTE_ROLE)
        if note:
            third = translate("Results", "<i>Your note:</i> {note}").format(note=note)
        else:
            third = str(index.data(SNIPPET_HTML_ROLE) or "")
        doc.setHtml(f"<span style='color:{text.color().name()}'>{third}</span>")
        painter.translate(left, rect.top() + MARGIN + 2 * line)
        metrics = QFontMetrics(opt.font)
        clipped = doc.idealWidth() > width
        room = width - metrics.horizontalAdvance(ELLIPSIS) if clipped else width
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRectF(0, 0, room, line)
        painter.setClipRect(ctx.clip)
        doc.documentLayout().draw(painter, ctx)
        if clipped:  # say there is more, as the title's elision does
            painter.setClipping(False)
            painter.setPen(text.color())
            painter.drawText(QRectF(room, 0, width - room, line), Qt.AlignmentFlag.AlignLeft, ELLIPSIS)
        painter.restore()
