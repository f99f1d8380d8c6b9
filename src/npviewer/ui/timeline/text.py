"""Words the timeline shows about an event: lane titles, kind names and the tooltip text."""

from __future__ import annotations

from npviewer.store.dates import PartialDate, span_label
from npviewer.store.records import EVENT_KINDS, KIND_LABELS, TimelineEvent

#: The region lanes, in map order (west to east), and their titles.
REGIONS: tuple[tuple[str, str], ...] = (
    ("western", "Western"),
    ("central", "Central"),
    ("eastern", "Eastern"),
)
#: Filter key for events tied to no region (JSON-able, never a real id).
NO_REGION = ""
NO_REGION_TITLE = "No region"

_REGION_TITLES = dict(REGIONS)

_PRECISION_NOTES = {
    "year": "only the year is known",
    "month": "only the month is known",
}


def kind_label(kind: str) -> str:
    """``Meeting`` for ``meeting``; unknown kinds as written."""
    return KIND_LABELS.get(kind, kind)


def region_title(region_id: str) -> str:
    """``Western`` for ``western``; other ids as written."""
    if region_id == NO_REGION:
        return NO_REGION_TITLE
    return _REGION_TITLES.get(region_id, region_id)


def is_event_kind(kind: str) -> bool:
    return kind in EVENT_KINDS


def precision_note(start: PartialDate, end: PartialDate | None) -> str:
    """Why a date is drawn as a span: ``only the month is known``, or ``""`` for known days."""
    precisions = {start.precision} if end is None else {start.precision, end.precision}
    for coarse in ("year", "month"):
        if coarse in precisions:
            return _PRECISION_NOTES[coarse]
    return ""


def date_text(event: TimelineEvent) -> str:
    """The date as people say it, with how precise it is: ``March 2002 (only the month is known)``."""
    label = span_label(event.start, event.end)
    note = precision_note(event.start, event.end)
    return f"{label} ({note})" if note else label


def tooltip_text(event: TimelineEvent) -> str:
    """Several plain lines: title, kind and date, place, regions, planned and disputed flags."""
    lines = [event.title, f"{kind_label(event.kind)}, {date_text(event)}"]
    if event.place:
        lines.append(event.place)
    if event.region_ids:
        lines.append("Region: " + ", ".join(region_title(r) for r in event.region_ids))
    if event.planned:
        lines.append("Planned: announced, not (yet) held")
    if event.disputed:
        lines.append("Date disputed: sources disagree")
    return "\n".join(lines)
