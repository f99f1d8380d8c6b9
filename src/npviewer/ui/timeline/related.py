"""Which timeline events relate to an entry: the events of a region, of a place, or linked to it."""

from __future__ import annotations

from collections.abc import Iterable

from npviewer.store.records import PLACE_KINDS, Entry, TimelineEvent


def related_event_ids(entry: Entry, events: Iterable[TimelineEvent], sub_places: Iterable[str] = ()) -> set[str]:
    """The ids of the events ``entry`` concerns.

    An event is its own; a region has the events of that region; a country or area has the events
    that name it or one of ``sub_places`` (its areas); anything else has the events it links to.
    """
    events = list(events)
    if entry.event is not None:
        return {entry.id}
    if entry.kind == "region":
        return {e.id for e in events if entry.id in e.region_ids}
    if entry.kind in PLACE_KINDS:
        places = {entry.id, *sub_places}
        return {e.id for e in events if places.intersection(e.place_ids)}
    dated = {e.id for e in events}
    return {ref.id for refs in entry.links.values() for ref in refs if ref.id in dated}
