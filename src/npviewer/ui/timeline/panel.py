"""The timeline panel for a dock: the view with lane, filter and zoom controls and a legend."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QPainter, QPalette, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.records import EVENT_KINDS, TimelineEvent
from npviewer.ui.common.focus_ring import tab_reachable
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.common.screen_fit import available
from npviewer.ui.timeline import style
from npviewer.ui.timeline.layout import LANE_MODES
from npviewer.ui.timeline.legend import TimelineLegend
from npviewer.ui.timeline.model import TimelineModel
from npviewer.ui.timeline.text import NO_REGION, REGIONS, kind_label, region_title
from npviewer.ui.timeline.view import TimelineView

# The legend is shown on screens at least this high (logical pixels).
LEGEND_LEAST_SCREEN = 560

_LANE_TITLES = {
    "region": QT_TRANSLATE_NOOP("TimelinePanel", "Lanes by region"),
    "kind": QT_TRANSLATE_NOOP("TimelinePanel", "Lanes by kind"),
}


class TimelinePanel(QWidget):
    """A ``TimelineView`` with a toolbar (lanes, kind toggles, region menu, country list, zoom)
    above it and a legend below; meant for a ``QDockWidget``.

    Signals:
        eventActivated(str): forwarded from the view: an event was clicked or Enter pressed.
        disputeActivated(str): forwarded from the view: an event's "date disputed" badge was clicked.
        currentChanged(str): forwarded from the view: the selected event's id, or "".
    """

    eventActivated = Signal(str)
    disputeActivated = Signal(str)
    currentChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.view = TimelineView(self.model, self)
        self.legend = TimelineLegend(self)
        self._kind_buttons: dict[str, QCheckBox] = {}
        self._region_actions: dict[str, QAction] = {}
        self._lanes = QComboBox(self)
        self._regions = QPushButton(self)
        self._places = QComboBox(self)
        self.related_only = QCheckBox(self)
        self.related_only.setObjectName("relatedOnly")
        self._bar = QToolBar(self)
        self._kind_actions: list[QAction] = []
        self._zoom_actions: list[QAction] = []
        self._all_regions_action: QAction | None = None
        self._build()
        self._retranslate()
        follow_language(self, self._retranslate)
        self.view.eventActivated.connect(self.eventActivated)
        self.view.disputeActivated.connect(self.disputeActivated)
        self.view.currentChanged.connect(self.currentChanged)
        self.model.filterChanged.connect(self._sync_controls)
        self.model.modelReset.connect(self._sync_kinds)
        self._sync_kinds()

    # --- API -----------------------------------------------------------------------------------

    def set_events(self, events: Iterable[TimelineEvent]) -> None:
        self.model.set_events(events)

    def set_places(self, places: Iterable[tuple[str, str]]) -> None:
        """The countries (or areas) offered by the country filter, as ``(id, title)`` pairs."""
        chosen = self._places.currentData()
        with QSignalBlocker(self._places):
            self._places.clear()
            self._places.addItem(translate("TimelinePanel", "All countries"), None)
            for place_id, title in sorted(places, key=lambda p: p[1].casefold()):
                self._places.addItem(title, place_id)
        self._sync_controls()
        if chosen is not None and self._places.findData(chosen) < 0:
            self._filter_places(None)  # the chosen country is gone

    def highlight(self, ids: Iterable[str]) -> None:
        """Emphasise these events in the view (see ``TimelineView.highlight``); with "Related only",
        show them alone."""
        self.view.highlight(ids)
        self._show_related_only(self.related_only.isChecked())

    def _show_related_only(self, only: bool) -> None:
        self.model.set_only(self.view.highlighted() if only else None)

    def state(self) -> dict[str, object]:
        """Lane mode and filter as plain JSON-able data, for QSettings."""
        return {
            "lanes": self.view.lane_mode(),
            "filter": self.model.filter_state(),
            "related_only": self.related_only.isChecked(),
        }

    def restore_state(self, state: Mapping[str, object] | None) -> None:
        """Undo ``state()``; unknown or malformed values fall back to the defaults."""
        state = state if isinstance(state, Mapping) else {}
        lanes = state.get("lanes")
        self.set_lane_mode(lanes if isinstance(lanes, str) and lanes in LANE_MODES else "region")
        saved = state.get("filter")
        self.model.restore_filter_state(saved if isinstance(saved, Mapping) else None)
        self.related_only.setChecked(state.get("related_only") is True)
        self._sync_controls()

    def set_lane_mode(self, mode: str) -> None:
        self.view.set_lane_mode(mode)
        with QSignalBlocker(self._lanes):
            self._lanes.setCurrentIndex(max(0, self._lanes.findData(mode)))

    def kind_button(self, kind: str) -> QCheckBox | None:
        """The toggle that shows or hides events of ``kind``."""
        return self._kind_buttons.get(kind)

    def region_action(self, region_id: str) -> QAction | None:
        """The region menu's check item for ``region_id`` (``NO_REGION`` for events with none)."""
        return self._region_actions.get(region_id)

    def place_combo(self) -> QComboBox:
        return self._places

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        """Zoom first, then lanes and filters, the kind toggles last: a narrow dock tucks what
        does not fit behind the toolbar's extension button."""
        for slot in (self.view.zoom_out, self.view.zoom_in, self.view.fit_all):
            action = self._bar.addAction("")
            action.triggered.connect(slot)
            self._zoom_actions.append(action)
        self._bar.addSeparator()
        for mode in LANE_MODES:
            self._lanes.addItem(_LANE_TITLES[mode], mode)
        self._lanes.currentIndexChanged.connect(self._on_lanes_chosen)
        self._bar.addWidget(self._lanes)
        self._build_regions()
        self._bar.addWidget(self._regions)
        self._places.addItem("", None)
        self._places.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._places.currentIndexChanged.connect(self._on_place_chosen)
        self._bar.addWidget(self._places)
        self.related_only.toggled.connect(self._show_related_only)
        self._bar.addWidget(self.related_only)
        self._bar.addSeparator()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        tab_reachable(self._bar)  # -, + and Fit on the Tab key, as every button

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: the legend only where the screen has the height for it (at 200 %
        a 1366x768 screen is 384 px high: the events come first; the kind toggles name the shapes)."""
        free = available(self)
        self.legend.setVisible(free is None or free.height() >= LEGEND_LEAST_SCREEN)
        super().showEvent(event)

    def _build_regions(self) -> None:
        menu = QMenu(self._regions)
        for region_id in [r for r, _ in REGIONS] + [NO_REGION]:
            action = menu.addAction(region_title(region_id))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._filter_regions)
            self._region_actions[region_id] = action
        menu.addSeparator()
        self._all_regions_action = menu.addAction("", self._all_regions)
        self._regions.setMenu(menu)

    def _retranslate(self) -> None:
        """Every text of the toolbar in the interface language."""
        self._bar.setWindowTitle(translate("TimelinePanel", "Timeline"))
        for action, (text, tip) in zip(
            self._zoom_actions,
            (
                ("\u2212", translate("TimelinePanel", "Zoom out (-, or the wheel)")),
                ("+", translate("TimelinePanel", "Zoom in (+, or the wheel)")),
                (translate("TimelinePanel", "Fit"), translate("TimelinePanel", "Show all events (Home)")),
            ),
            strict=True,
        ):
            action.setText(text)
            action.setToolTip(tip)
        for index in range(self._lanes.count()):
            self._lanes.setItemText(index, translate("TimelinePanel", _LANE_TITLES[str(self._lanes.itemData(index))]))
        self._lanes.setToolTip(translate("TimelinePanel", "Group the events in lanes by region or by kind"))
        for region_id, action in self._region_actions.items():
            action.setText(region_title(region_id))
        if self._all_regions_action is not None:
            self._all_regions_action.setText(translate("TimelinePanel", "All regions"))
        self._regions.setToolTip(translate("TimelinePanel", "Show only events in some regions"))
        self._regions.setAccessibleName(translate("TimelinePanel", "Region filter"))
        self._places.setItemText(0, translate("TimelinePanel", "All countries"))
        self._places.setToolTip(translate("TimelinePanel", "Show only events tied to one country"))
        self._places.setAccessibleName(translate("TimelinePanel", "Country filter"))
        self._lanes.setAccessibleName(translate("TimelinePanel", "Lanes"))
        self.related_only.setText(translate("TimelinePanel", "Related only"))
        self.related_only.setToolTip(
            translate("TimelinePanel", "Show only the events related to the entry you are reading")
        )
        for kind, button in self._kind_buttons.items():
            self._name_kind_button(kind, button)
        self._sync_controls()

    def _sync_kinds(self) -> None:
        """One toggle per kind: the four event kinds, and any other kind among the events."""
        present = {e.kind for e in self.model.all_events()}
        kinds = list(EVENT_KINDS) + sorted(present - set(EVENT_KINDS))
        if list(self._kind_buttons) == kinds:
            return
        for action in self._kind_actions:
            self._bar.removeAction(action)
        for button in self._kind_buttons.values():
            button.deleteLater()
        self._kind_buttons.clear()
        self._kind_actions.clear()
        for kind in kinds:
            button = QCheckBox(self)
            button.setIcon(_swatch(kind, self.palette()))
            self._name_kind_button(kind, button)
            button.toggled.connect(self._filter_kinds)
            self._kind_actions.append(self._bar.addWidget(button))
            self._kind_buttons[kind] = button
        self._sync_controls()

    def _name_kind_button(self, kind: str, button: QCheckBox) -> None:
        label = kind_label(kind)
        button.setText(label)
        button.setToolTip(translate("TimelinePanel", "Show or hide events of the kind “{kind}”").format(kind=label))

    # --- filters -----------------------------------------------------------------------------

    def _on_lanes_chosen(self, index: int) -> None:
        self.view.set_lane_mode(str(self._lanes.itemData(index)))

    def _on_place_chosen(self, index: int) -> None:
        self._filter_places(self._places.itemData(index))

    def _filter_kinds(self) -> None:
        shown = {k for k, b in self._kind_buttons.items() if b.isChecked()}
        regions, places, _ = self.model.filter_sets()
        kinds = None if len(shown) == len(self._kind_buttons) else shown
        self.model.set_filter(_mutable(regions), _mutable(places), kinds)

    def _filter_regions(self) -> None:
        shown = {r for r, a in self._region_actions.items() if a.isChecked()}
        _, places, kinds = self.model.filter_sets()
        regions = None if len(shown) == len(self._region_actions) else shown
        self.model.set_filter(regions, _mutable(places), _mutable(kinds))

    def _all_regions(self) -> None:
        _, places, kinds = self.model.filter_sets()
        self.model.set_filter(None, _mutable(places), _mutable(kinds))

    def _filter_places(self, place_id: object) -> None:
        regions, _, kinds = self.model.filter_sets()
        places = {str(place_id)} if place_id is not None else None
        self.model.set_filter(_mutable(regions), places, _mutable(kinds))

    def _sync_controls(self) -> None:
        """Show the model's filter in the controls (after a restore, or a change elsewhere)."""
        regions, places, kinds = self.model.filter_sets()
        for kind, button in self._kind_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(kinds is None or kind in kinds)
        for region_id, action in self._region_actions.items():
            with QSignalBlocker(action):
                action.setChecked(regions is None or region_id in regions)
        if regions is None:
            self._regions.setText(translate("TimelinePanel", "All regions"))
        else:
            names = [region_title(r) for r in self._region_actions if r in regions]
            self._regions.setText(", ".join(names) if names else translate("TimelinePanel", "No regions"))
        with QSignalBlocker(self._places):
            index = self._places.findData(next(iter(places))) if places and len(places) == 1 else 0
            self._places.setCurrentIndex(max(0, index))
        with QSignalBlocker(self._lanes):
            self._lanes.setCurrentIndex(max(0, self._lanes.findData(self.view.lane_mode())))


def _mutable(values: frozenset[str] | None) -> set[str] | None:
    return None if values is None else set(values)


def _swatch(kind: str, palette: QPalette) -> QIcon:
    """The kind's glyph in its colour: what its events look like on the timeline."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = style.kind_colour(kind, palette.base().color().rgba())
    p.setPen(QPen(palette.windowText().color(), 0.8))
    p.setBrush(colour)
    p.drawPath(style.glyph(kind, QPointF(7, 7), 12.0))
    p.end()
    return QIcon(pixmap)
