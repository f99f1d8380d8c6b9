"""Timeline events for tests: one call, sensible defaults."""

from __future__ import annotations

from npviewer.store.dates import PartialDate
from npviewer.store.records import TimelineEvent


def ev(
    event_id: str,
    start: str,
    *,
    kind: str = "meeting",
    end: str | None = None,
    regions: tuple[str, ...] = ("eastern",),
    places: tuple[str, ...] = (),
    planned: bool = False,
    disputed: bool = False,
    title: str | None = None,
    place: str = "",
) -> TimelineEvent:
    return TimelineEvent(
        event_id,
        kind,
        title or f"Event {event_id}",
        PartialDate.parse(start),
        PartialDate.parse(end) if end else None,
        planned,
        disputed,
        regions,
        places,
        place,
    )
