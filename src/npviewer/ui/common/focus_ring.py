"""Where the keys are: a 2-px ring round the pane that has the keyboard focus (the entry's text, the
tree, the lists, the note, the timeline, the map, the search field).

Styles draw focus very differently (Fusion outlines a text field in the selection colour at 1 px,
and a list or a text view not at all), so npviewer draws its own: :func:`ring_colour` is the palette's
selection colour made to stand out at least 3:1 both against the window around the pane and against
the pane's own base colour, and :class:`FocusRing` paints it over the pane's edge while the pane has
the focus (a child widget on top, transparent to the mouse). :func:`draw_ring` draws the same ring
round a part of a widget (a link in the entry); :func:`tab_reachable` puts a tool bar's buttons on the
Tab key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget
from shiboken6 import isValid

from npviewer.ui.common.contrast import MARKS, standing_out

WIDTH = 2.0


def ring_colour(palette: QPalette) -> QColor:
    """The ring's colour: the selection colour, standing out 3:1 on the window and on the base."""
    return standing_out(
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight),
        (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)),
        MARKS,
    )


def draw_ring(painter: QPainter, rect: QRectF, palette: QPalette, radius: float = 2.0) -> None:
    """A ring of :data:`WIDTH` px just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(ring_colour(palette), WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = WIDTH / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


class FocusRing(QWidget):
    """Draws the focus ring over ``pane``'s edge while ``pane`` has the keyboard focus."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self._pane = pane
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: shown with the pane's focus, as large as the pane."""
        kind = event.type()
        if not isValid(self) or not isValid(self._pane):  # the window is being taken down
            return False
        if kind == QEvent.Type.FocusIn:
            self.setGeometry(self._pane.rect())
            self.raise_()
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind == QEvent.Type.Resize:
            self.setGeometry(self._pane.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        painter = QPainter(self)
        draw_ring(painter, QRectF(self.rect()), self._pane.palette(), 0.0)
        painter.end()


def tab_reachable(toolbar: QToolBar) -> None:
    """Every button of ``toolbar`` on the Tab key (a tool bar's buttons take no focus of their own)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def add_focus_ring(pane: QWidget) -> FocusRing:
    """Give ``pane`` a focus ring (it lives as long as the pane)."""
    ring = pane.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
    return ring if isinstance(ring, FocusRing) else FocusRing(pane)
