"""The timeline's list model: events in date order, filtered by region, place and kind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from npviewer.store.records import TimelineEvent
from npviewer.ui.common.plain import tooltip
from npviewer.ui.timeline.text import NO_REGION, tooltip_text

_Index = QModelIndex | QPersistentModelIndex


class TimelineRole(IntEnum):
    """Data roles beyond Qt's own (display is the title, tooltip the tooltip text)."""

    Id = Qt.ItemDataRole.UserRole + 1
    Kind = Qt.ItemDataRole.UserRole + 2
    Title = Qt.ItemDataRole.UserRole + 3
    StartDay = Qt.ItemDataRole.UserRole + 4  # datetime.date: the first day the start can mean
    EndDay = Qt.ItemDataRole.UserRole + 5  # datetime.date: the last day the event can mean
    Planned = Qt.ItemDataRole.UserRole + 6
    Disputed = Qt.ItemDataRole.UserRole + 7
    RegionIds = Qt.ItemDataRole.UserRole + 8  # list[str]
    PlaceIds = Qt.ItemDataRole.UserRole + 9  # list[str]
    Precision = Qt.ItemDataRole.UserRole + 10  # "day" | "month" | "year" (the coarser end)


_ROLE_NAMES = {role: role.name[0].lower() + role.name[1:] for role in TimelineRole}
_FILTER_KEYS = ("regions", "places", "kinds")


def sort_key(event: TimelineEvent) -> tuple[object, ...]:
    """Date order: the first day the start can mean, then the title (then the id, for ties)."""
    return (event.start.first_day(), event.title.casefold(), event.id)


class TimelineModel(QAbstractListModel):
    """Events sorted by date; rows are the events that pass the filter.

    A filter is a set of accepted values per field, or None for "any". An event passes the
    region filter if one of its regions is in the set (``NO_REGION``, ``""``, stands for events
    with no region), the place filter likewise, and the kind filter if its kind is in the set.

    Signals:
        filterChanged: the filter was set or restored (rows were reset).
    """

    filterChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[TimelineEvent] = []
        self._rows: list[TimelineEvent] = []
        self._row_of: dict[str, int] = {}
        self._regions: frozenset[str] | None = None
        self._places: frozenset[str] | None = None
        self._kinds: frozenset[str] | None = None
        self._only: frozenset[str] | None = None  # "related only": these events (None: every one)

    # --- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractListModel.rowCount: the events passing the filter."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractListModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        event = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, TimelineRole.Title):
            return event.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(tooltip_text(event))
        if role == TimelineRole.Id:
            return event.id
        if role == TimelineRole.Kind:
            return event.kind
        if role == TimelineRole.StartDay:
            return event.start.first_day()
        if role == TimelineRole.EndDay:
            return (event.end or event.start).last_day()
        if role == TimelineRole.Planned:
            return event.planned
        if role == TimelineRole.Disputed:
            return event.disputed
        if role == TimelineRole.RegionIds:
            return list(event.region_ids)
        if role == TimelineRole.PlaceIds:
            return list(event.place_ids)
        if role == TimelineRole.Precision:
            ends = [event.start] if event.end is None else [event.start, event.end]
            return max((d.precision for d in ends), key=("day", "month", "year").index)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Override QAbstractListModel.roleNames."""
        names = dict(super().roleNames())
        names.update({int(role): QByteArray(name.encode()) for role, name in _ROLE_NAMES.items()})
        return names

    # --- events ---------------------------------------------------------------------------

    def set_events(self, events: Iterable[TimelineEvent]) -> None:
        """Replace all events (the filter stays)."""
        self.beginResetModel()
        self._all = sorted(events, key=sort_key)
        self._apply_filter()
        self.endResetModel()

    def all_events(self) -> list[TimelineEvent]:
        """Every event, filtered or not, in date order."""
        return list(self._all)

    def events(self) -> list[TimelineEvent]:
        """The events passing the filter, in date order (one per row)."""
        return list(self._rows)

    def event_at(self, row: int) -> TimelineEvent:
        return self._rows[row]

    def row_of(self, event_id: str) -> int:
        """The row of an event, or -1 if it is unknown or filtered out."""
        return self._row_of.get(event_id, -1)

    # --- filter ---------------------------------------------------------------------------

    def set_filter(
        self,
        regions: set[str] | None = None,
        places: set[str] | None = None,
        kinds: set[str] | None = None,
    ) -> None:
        """Show only events matching every given set (None: no condition on that field)."""
        new = tuple(None if s is None else frozenset(s) for s in (regions, places, kinds))
        if new == (self._regions, self._places, self._kinds):
            return
        self.beginResetModel()
        self._regions, self._places, self._kinds = new
        self._apply_filter()
        self.endResetModel()
        self.filterChanged.emit()

    def set_only(self, ids: Iterable[str] | None) -> None:
        """Show only these events, on top of the filter (the timeline's "Related only"); None: all."""
        only = None if ids is None else frozenset(ids)
        if only == self._only:
            return
        self.beginResetModel()
        self._only = only
        self._apply_filter()
        self.endResetModel()
        self.filterChanged.emit()

    def only(self) -> frozenset[str] | None:
        return self._only

    def filter_sets(self) -> tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]:
        """The current region, place and kind filters."""
        return self._regions, self._places, self._kinds

    def accepts(self, event: TimelineEvent) -> bool:
        """Whether ``event`` passes the current filter."""
        if self._only is not None and event.id not in self._only:
            return False
        if self._kinds is not None and event.kind not in self._kinds:
            return False
        if self._regions is not None:
            regions = event.region_ids or (NO_REGION,)
            if self._regions.isdisjoint(regions):
                return False
        return self._places is None or not self._places.isdisjoint(event.place_ids)

    def filter_state(self) -> dict[str, list[str] | None]:
        """The filter as plain JSON-able data: ``{"regions": [...] or None, ...}``, lists sorted."""
        return {
            key: None if value is None else sorted(value)
            for key, value in zip(_FILTER_KEYS, self.filter_sets(), strict=True)
        }

    def restore_filter_state(self, state: Mapping[str, object] | None) -> None:
        """Set the filter from ``filter_state()`` output; missing or malformed fields mean "any".

        Values read back from QSettings may come as a lone string or a tuple; both are accepted.
        """
        state = state if isinstance(state, Mapping) else {}
        sets = [_as_set(state.get(key)) for key in _FILTER_KEYS]
        self.set_filter(*sets)

    def _apply_filter(self) -> None:
        self._rows = [e for e in self._all if self.accepts(e)]
        self._row_of = {e.id: row for row, e in reversed(list(enumerate(self._rows)))}


def _as_set(value: object) -> set[str] | None:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list | tuple | set | frozenset):
        return {str(v) for v in value}
    return None
