"""MapView: the interactive map widget (highlight a region, hover for names, click to open an entry)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessibleInterface,
    QAction,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QGraphicsScene, QGraphicsView, QWidget

from npviewer.i18n import translate
from npviewer.map.labels import Label, Placed, Placer
from npviewer.map.overlay import by_priority, korea_named, paint_overlay
from npviewer.map.qt_shapes import ATTRIBUTION, KOREA, Feature, MapData, load_map
from npviewer.map.render import ROOM_TRIES, region_window, with_sea_room
from npviewer.map.shapes import load_shapes
from npviewer.map.style import BORDER_WIDTH, HOVER_BORDER, KOREA_LABEL, style_for
from npviewer.ui.common.accessibility import register, report_selected
from npviewer.ui.common.announce import announce
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.common.keys import keep_keys
from npviewer.ui.common.plain import tooltip
from npviewer.ui.map.accessible import MapAccessible
from npviewer.ui.map.key import draw_key, draw_numbers, korea_words, numbered

_ZOOM_STEP = 1.25
_MAX_ZOOM = 400.0  # device pixels per scene unit (one scene unit is a tenth of a degree of latitude)
_Z_PLAIN, _Z_HIGHLIGHT, _Z_SUBUNIT, _Z_KOREA = 0.0, 1.0, 2.0, 3.0


class MapView(QGraphicsView):
    """The map of the policy's countries: one region highlighted and framed, Korea always marked.

    Wheel zooms about the cursor, dragging pans, ``+``/``-`` zoom, and :attr:`fit_action`
    (Ctrl+0, also in the context menu) frames the region again. By keyboard, the arrow keys choose a
    place that has an entry (the highlighted ones first, west to east; it is outlined and said to
    screen readers) and Enter opens it; screen readers find the places as the map's children (see
    :mod:`npviewer.ui.map.accessible`).

    Signals:
        placeActivated(str): the entry id of a place clicked, or chosen and opened with Enter.
        chosenChanged(str): the place chosen by keyboard (its map code), or "".
    """

    placeActivated = Signal(str)
    chosenChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, data: MapData | None = None) -> None:
        super().__init__(parent)
        self._data = data or load_map()
        self._places: dict[str, tuple[str, str]] = {}
        self._highlight: set[str] = set()
        self._focus: set[str] | None = None
        self._roles: dict[str, str] = {}
        self._short: dict[str, tuple[str, ...]] = {}
        self._groups: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}  # the interface language's names of places with no entry
        self._placer = Placer(self._data)
        self._placed: list[Placed] = []
        self._legend: list[tuple[str, str]] = []
        self._numbered: list[str] = []
        self._hovered: str | None = None
        self._chosen: str | None = None
        self._regions: dict[str, str] = {}
        self._press: QPoint | None = None
        self._auto_fit = True
        self._items: dict[str, QGraphicsPathItem] = {}
        scene = QGraphicsScene(self)
        margin = 200.0
        scene.setSceneRect(self._data.bounds().adjusted(-margin, -margin, margin, margin))
        for feature in self._data:
            item = QGraphicsPathItem(feature.path)
            item.setData(0, feature.code)
            item.setVisible(feature.is_country)
            scene.addItem(item)
            self._items[feature.code] = item
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 110)
        self.viewport().setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.fit_action = self._action(self.fit)
        self._zoom_in_action = self._action(self.zoom_in)
        self._zoom_out_action = self._action(self.zoom_out)
        # While the map has the focus, its zoom keys are its own (the window's text zoom elsewhere).
        keep_keys(self, [QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut, "Ctrl+=", "Ctrl+0"])
        self._retranslate()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        for action, text, key in (
            (self.fit_action, translate("Map", "Fit to region"), "Ctrl+0"),
            (self._zoom_in_action, translate("Map", "Zoom in"), "Ctrl++"),
            (self._zoom_out_action, translate("Map", "Zoom out"), "Ctrl+-"),
        ):
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(f"{text}\t{shown}")  # the key shown in the menu, not a shortcut of its own
        self.setAccessibleName(translate("Map", "Map"))
        self._restyle()

    @property
    def caption(self) -> str:
        """The data origin line drawn in the map's corner."""
        return translate("Map", ATTRIBUTION)

    def set_places(
        self,
        places: dict[str, tuple[str, str]],
        regions: dict[str, str] | None = None,
        short: dict[str, tuple[str, ...]] | None = None,
        groups: dict[str, tuple[str, ...]] | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        """Map codes (ISO numeric, or ISO 3166-2 for subdivisions) to (entry id, display title);
        ``regions`` names each code's regions (for screen readers); ``short`` gives shorter names a
        label falls back to where the title does not fit inside its place; ``groups`` names groups of
        subdivisions (``RU-FE``), labelled over their members when all of them are highlighted; ``names``
        names the places with no entry in the interface language (else the map's own English name)."""
        self._places = dict(places)
        self._names = dict(names or {})
        self._regions = dict(regions or {})
        self._short = dict(short or {})
        self._groups = dict(groups or {})
        self._restyle()

    # -- choosing a place by keyboard ----------------------------------------------------------------

    def choosable(self) -> list[str]:
        """The places with an entry a keyboard can choose: the highlighted ones, then the others in
        view, each group west to east."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        codes = [
            code
            for code in self._places
            if code in self._items
            and self._items[code].isVisible()
            and (code in self._highlight or self._items[code].sceneBoundingRect().intersects(shown))
        ]
        return sorted(codes, key=lambda c: (c not in self._highlight, self._data.features[c].label.x()))

    def chosen(self) -> str | None:
        return self._chosen

    def place_rect(self, code: str) -> QRect:
        """Where a place is drawn, in viewport coordinates (empty when it is not on the map)."""
        item = self._items.get(code)
        if item is None or not item.isVisible():
            return QRect()
        return self.mapFromScene(item.sceneBoundingRect()).boundingRect().intersected(self.viewport().rect())

    def choose(self, code: str | None) -> None:
        """Choose (outline) a place by its code, or none."""
        if code == self._chosen:
            return
        previous, self._chosen = self._chosen, code
        for changed in (previous, code):
            if changed is not None and changed in self._items:
                self._style_item(changed)
        self.viewport().update()
        self.chosenChanged.emit(code or "")

    def describe(self, code: str) -> str:
        """A place in words for screen readers: its regions, and whether it is highlighted."""
        parts = [self._regions.get(code, "")]
        if code in self._highlight:
            parts.append(translate("Map", "highlighted"))
        if code == KOREA:
            parts.append(translate("Map", "Korea, marked in red"))
        return ", ".join(p for p in parts if p)

    def _step(self, delta: int) -> None:
        codes = self.choosable()
        if not codes:
            return
        at = codes.index(self._chosen) if self._chosen in codes else (-1 if delta > 0 else 0)
        self.choose(codes[(at + delta) % len(codes)])
        code = self._chosen
        if code is not None:
            said = translate("Map", "{title}: {description}. {number} of {count}.").format(
                title=self.title_of(code), description=self.describe(code), number=codes.index(code) + 1,
                count=len(codes),
            )  # fmt: skip
            announce(self, said)
            report_selected(self, codes.index(code))

    def show_region(
        self,
        highlight: set[str],
        focus: set[str] | None = None,
        roles: dict[str, str] | None = None,
        legend: list[tuple[str, str]] | None = None,
    ) -> None:
        """Highlight exactly these codes and frame ``focus`` (else the highlight) and Korea; ``roles``
        gives codes the shades of :mod:`npviewer.map.plan` (``focus``, ``second``), which ``legend``
        names in the key, (role, names) a row (see :mod:`npviewer.ui.map.key`)."""
        self._legend = list(legend or [])
        self._highlight = {code for code in highlight if code in self._data}
        self._focus = set(focus) if focus else None
        self._roles = {code: role for code, role in (roles or {}).items() if code in self._highlight}
        self._chosen = None
        self._restyle()
        self.fit()

    def highlighted_codes(self) -> set[str]:
        """The codes now highlighted (those given to show_region that the map has)."""
        return set(self._highlight)

    def fit(self) -> None:
        """Frame the region again, and keep it framed as the widget is resized."""
        self._auto_fit = True
        window = region_window(self._data, self._highlight, self._focus)
        for _ in range(ROOM_TRIES):
            self.fitInView(window, Qt.AspectRatioMode.KeepAspectRatio)
            if self._korea_named() is not None:
                break
            window = with_sea_room(window)  # no sea beside Korea for its name: take in more of the Pacific

    def _korea_named(self) -> str | None:
        area = QRectF(self.viewport().rect())
        return korea_named(self.viewport(), self.viewportTransform(), area, self._data, self._korea_texts(), 1.0,
                           self.caption, self._placer, self.font().family())  # fmt: skip

    def _korea_texts(self) -> tuple[str, ...]:
        short = translate("Map", KOREA_LABEL)
        return tuple(dict.fromkeys((*self._texts(KOREA), short) if KOREA in self._places else (short,)))

    def zoom_by(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the point at viewport position ``at`` (default the centre) still."""
        current = self.transform().m11()
        smallest = min(current, self._fit_scale(self.sceneRect()))
        factor = max(smallest, min(max(current, _MAX_ZOOM), current * factor)) / current
        if factor == 1.0:
            return
        self._auto_fit = False
        pos = at if at is not None else QRectF(self.viewport().rect()).center()
        anchor, _ = self.viewportTransform().inverted()
        fixed = anchor.map(pos)
        self.scale(factor, factor)
        moved = self.viewportTransform().map(fixed) - pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(moved.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(moved.y()))

    def zoom_in(self) -> None:
        """One step closer, about the centre."""
        self.zoom_by(_ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step farther, about the centre."""
        self.zoom_by(1 / _ZOOM_STEP)

    def code_at(self, pos: QPoint) -> str | None:
        """The code of the topmost visible place under a viewport position."""
        for item in self.items(pos):
            code = item.data(0)
            if isinstance(code, str):
                return code
        return None

    def title_of(self, code: str) -> str:
        """The display title of a place: its entry's title, else the map's name for it."""
        if code in self._places:
            return self._places[code][1]
        feature = self._data.get(code)
        return self._names.get(code) or (feature.name if feature else code)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Override QGraphicsView.wheelEvent: zoom about the point under the cursor."""
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(_ZOOM_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QGraphicsView.keyPressEvent: ``+``/``=`` and ``-`` (with or without Ctrl) zoom about
        the centre, Ctrl+0 frames the region again; the arrows choose a place, Enter opens it."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._step(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._chosen in self._places:
            self.placeActivated.emit(self._places[self._chosen][0])
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self._chosen is not None:
            self.choose(None)
            event.accept()
            return
        if key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit()
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            if key == Qt.Key.Key_Minus:
                self.zoom_out()
            else:
                self.zoom_in()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QGraphicsView.mousePressEvent: remember where a click may have started."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QGraphicsView.mouseReleaseEvent: a release near its press is a click."""
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        event.accept()
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() >= QApplication.startDragDistance():
            self._auto_fit = False
            return
        entry = self._entry_at(pos)
        if entry is not None:
            self.placeActivated.emit(entry)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Override QGraphicsView.mouseMoveEvent: outline the place under the cursor."""
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        pos = event.position().toPoint()
        code = self.code_at(pos)
        if code != self._hovered:
            previous, self._hovered = self._hovered, code
            for changed in (previous, code):
                if changed is not None:
                    self._style_item(changed)
        shape = Qt.CursorShape.PointingHandCursor if self._entry_at(pos) else Qt.CursorShape.OpenHandCursor
        self.viewport().setCursor(shape)

    def leaveEvent(self, event: QEvent) -> None:
        """Override QGraphicsView.leaveEvent: drop the hover outline."""
        previous, self._hovered = self._hovered, None
        if previous is not None:
            self._style_item(previous)
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QGraphicsView.focusInEvent: show the focus frame."""
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Override QGraphicsView.focusOutEvent."""
        super().focusOutEvent(event)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QGraphicsView.resizeEvent: keep the region framed until the user zooms or pans."""
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QGraphicsView.showEvent: frame the region once the widget has its size."""
        super().showEvent(event)
        if self._auto_fit:
            self.fit()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Override QGraphicsView.drawBackground: the sea."""
        painter.fillRect(QRectF(rect), style_for(None, False).fill)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Override QGraphicsView.drawForeground: Korea's ring, labels and the caption, in pixels."""
        painter.save()
        painter.resetTransform()
        area = QRectF(self.viewport().rect())
        labels = [Label(KOREA, self._korea_texts(), bold=True)]
        labels += [Label(code, texts) for code, texts in self._groups.items() if self._group_shown(code)]
        labels += [Label(c, self._texts(c)) for c in by_priority(self._data, self._highlight) if c != KOREA]
        transform = self.viewportTransform()
        self._placed = paint_overlay(painter, transform, area, self._data, labels, 1.0, self.caption, self._placer)
        self._numbered = numbered(self._placed, list(self._short), self._highlight)
        if self._legend:
            draw_numbers(painter, transform, self._data, self._numbered)
            keyed = [(n, self.title_of(code)) for n, code in enumerate(self._numbered, start=1)]
            busy = [transform.mapRect(self._items[c].sceneBoundingRect()) for c in self._highlight if c in self._items]
            busy += [p.rect for p in self._placed]
            draw_key(painter, area, self._legend, keyed, korea_words(), busy)
        painter.restore()  # the focus ring is the window's (npviewer.ui.common.focus_ring), as on every pane

    def placed_labels(self) -> list[Placed]:
        """The labels drawn at the last paint, in viewport coordinates."""
        return list(self._placed)

    def keyed(self) -> tuple[list[tuple[str, str]], list[str]]:
        """The key drawn at the last paint: its shades' rows (role, names) and the numbered places' codes."""
        return list(self._legend), list(self._numbered) if self._legend else []

    def _group_shown(self, code: str) -> bool:
        """Whether all of a group's members are highlighted (the Far East's subjects on its page)."""
        members = [m for m in load_shapes().groups.get(code, ()) if m in self._data]
        return bool(members) and all(m in self._highlight for m in members)

    def _texts(self, code: str) -> tuple[str, ...]:
        return (self.title_of(code), *self._short.get(code, ()))

    def _action(self, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _fit_scale(self, rect: QRectF) -> float:
        view = self.viewport().rect()
        return min(view.width() / rect.width(), view.height() / rect.height())

    def _entry_at(self, pos: QPoint) -> str | None:
        code = self.code_at(pos)
        while code is not None:
            if code in self._places:
                return self._places[code][0]
            feature = self._data.get(code)
            code = feature.parent if feature else None
        return None

    def _restyle(self) -> None:
        for code in self._items:
            self._style_item(code)
        names = ", ".join(sorted(self.title_of(c) for c in self._highlight))
        korea = translate("Map", "Korea is marked in red.")
        highlighted = translate("Map", "Highlighted: {names}.").format(names=names)
        self.setAccessibleDescription(f"{highlighted} {korea}" if names else korea)
        self.viewport().update()

    def _style_item(self, code: str) -> None:
        item, feature = self._items[code], self._data.features[code]
        highlighted = code in self._highlight
        style = style_for(feature, highlighted, self._roles.get(code, ""))
        hovered = code == self._hovered
        chosen = code == self._chosen
        # Cosmetic pens up to one pixel wide take Qt's fast path: Russia strokes 20x slower at 1.2 px
        # (a chosen place is outlined at 2.5 px all the same: it must be plain to see).
        width = 2.5 if chosen else 1.0 if hovered else BORDER_WIDTH * style.width
        pen = QPen(HOVER_BORDER if hovered or chosen else style.border, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
        item.setPen(pen)
        item.setBrush(style.fill)
        item.setZValue(_z_value(feature, highlighted) + (0.5 if hovered or chosen else 0.0))
        item.setVisible(feature.is_country or highlighted)
        item.setToolTip(tooltip(self.title_of(code)))


def _z_value(feature: Feature, highlighted: bool) -> float:
    if feature.code == KOREA:
        return _Z_KOREA
    if not feature.is_country:
        return _Z_SUBUNIT
    return _Z_HIGHLIGHT if highlighted else _Z_PLAIN


def _accessible(obj: QObject) -> QAccessibleInterface | None:
    """The map's interface for screen readers (see :mod:`npviewer.ui.map.accessible`)."""
    return MapAccessible(obj) if isinstance(obj, MapView) else None


register("MapView", _accessible)
