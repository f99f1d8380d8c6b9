"""Words the timeline shows about an event: lane titles, kind names and the tooltip text."""

from __future__ import annotations

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.dates import PartialDate
from npviewer.store.records import EVENT_KINDS, TimelineEvent, kind_label
from npviewer.ui.common.language import span_text

#: The region lanes, in map order (west to east), and their titles.
REGIONS: tuple[tuple[str, str], ...] = (
    ("western", QT_TRANSLATE_NOOP("Timeline", "Western")),
    ("central", QT_TRANSLATE_NOOP("Timeline", "Central")),
    ("eastern", QT_TRANSLATE_NOOP("Timeline", "Eastern")),
)
#: Filter key for events tied to no region (JSON-able, never a real id).
NO_REGION = ""
NO_REGION_TITLE = QT_TRANSLATE_NOOP("Timeline", "No region")

_REGION_TITLES = dict(REGIONS)

_PRECISION_NOTES = {
    "year": QT_TRANSLATE_NOOP("Timeline", "only the year is known"),
    "month": QT_TRANSLATE_NOOP("Timeline", "only the month is known"),
}

__all__ = ["NO_REGION", "REGIONS", "date_text", "events_text", "kind_label", "region_title", "tooltip_text"]


def region_title(region_id: str) -> str:
    """``Western`` (``서부``) for ``western``; other ids as written."""
    if region_id == NO_REGION:
        return translate("Timeline", NO_REGION_TITLE)
    title = _REGION_TITLES.get(region_id)
    return translate("Timeline", title) if title else region_id


def is_event_kind(kind: str) -> bool:
    return kind in EVENT_KINDS


def precision_note(start: PartialDate, end: PartialDate | None) -> str:
    """Why a date is drawn as a span: ``only the month is known``, or ``""`` for known days."""
    precisions = {start.precision} if end is None else {start.precision, end.precision}
    for coarse in ("year", "month"):
        if coarse in precisions:
            return translate("Timeline", _PRECISION_NOTES[coarse])
    return ""


def date_text(event: TimelineEvent) -> str:
    """The date as people say it, with how precise it is: ``March 2002 (only the month is known)``."""
    label = span_text(event.start, event.end)
    note = precision_note(event.start, event.end)
    return f"{label} ({note})" if note else label


def events_text(count: int) -> str:
    """``1 event``, ``12 events`` (a lane's count)."""
    if count == 1:
        return translate("Timeline", "1 event")
    return translate("Timeline", "{count} events").format(count=count)


def tooltip_text(event: TimelineEvent) -> str:
    """Several plain lines: title, kind and date, place, regions, planned and disputed flags."""
    lines = [event.title, f"{kind_label(event.kind)}, {date_text(event)}"]
    if event.place:
        lines.append(event.place)
    if event.region_ids:
        regions = ", ".join(region_title(r) for r in event.region_ids)
        lines.append(translate("Timeline", "Region: {regions}").format(regions=regions))
    if event.planned:
        lines.append(translate("Timeline", "Planned: announced, not (yet) held"))
    if event.disputed:
        lines.append(translate("Timeline", "Date disputed: sources disagree"))
    return "\n".join(lines)
