"""The brief for one meeting (or a body's next): the body, its meetings in order with what each agreed,
the people, the place, what the last meeting named, the open items and where the policy stood. No Qt.

A planned meeting is briefed from the body's history: its last meeting is the last one held before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from npviewer.brief.builder import POLICY_IDS, Builder
from npviewer.brief.model import Statement
from npviewer.store.records import Entry, EntryRef


@dataclass
class MeetingSubject:
    """The meeting briefed (None: a body with no meeting on record), its body, the body's meetings in
    date order, and the last meeting held up to it."""

    meeting: Entry | None
    body: Entry | None
    series: list[Entry] = field(default_factory=list)
    last: Entry | None = None

    @property
    def title(self) -> str:
        chosen = self.meeting or self.body
        assert chosen is not None
        return chosen.title


def _day(entry: Entry) -> tuple[int, int, int]:
    assert entry.event is not None
    d = entry.event.start.first_day()
    return d.year, d.month, d.day


def meeting_subject(b: Builder, ref: EntryRef) -> MeetingSubject:
    """What a meeting brief is about: a meeting (``ref`` is an event) or a body's latest meeting."""
    chosen = b.entry(ref.id)
    if chosen.event is not None:
        series_id = chosen.event.series_id
        body = b.entry(series_id) if series_id and b.repo.exists(series_id) else None
        meeting: Entry | None = chosen
    else:
        body, meeting = chosen, None
    series = [chosen] if body is None else [
        b.entry(r.id) for r in body.links.get("Meetings and events", ())
        if (e := b.entry(r.id)).event is not None and e.event.series_id == body.id
    ]  # fmt: skip
    series.sort(key=_day)
    if meeting is None and series:
        meeting = series[-1]
    held = [e for e in series if e.event and not e.event.planned]
    last = None
    if meeting is not None:
        last = meeting if meeting.event and not meeting.event.planned else None
        last = last or next((e for e in reversed(held) if _day(e) < _day(meeting)), None)
    return MeetingSubject(meeting, body, series, last)


def _later(b: Builder, entry: Entry, after: Entry) -> list[Entry]:
    """Events held after ``after`` that report on ``entry`` (a programme or an event)."""
    out = []
    for ref in entry.links.get("Meetings and events", ()):
        e = b.entry(ref.id)
        if e.event and not e.event.planned and _day(e) > _day(after) and e.id != after.id:
            out.append(e)
    return out


def _forward(b: Builder, point: Entry, last: Entry) -> bool:
    """Whether a statement looks forward: it links a later event, and none it links lies behind."""
    events = [b.entry(r.id) for r in point.links.get("Meetings and events", ()) if r.id != last.id]
    return bool(events) and all(e.event is not None and _day(e) > _day(last) for e in events)


def open_items(b: Builder, subject: MeetingSubject) -> list[Statement]:
    """What the last meeting agreed or set going that no later event is reported to have done: the
    statement of what it agreed (with those under it), and any other looking to a later event; an item
    whose later event took place is done. Each says what the content reports of its projects since."""
    from npviewer.brief.rank import agreement

    last = subject.last
    if last is None:
        return []
    skip = {*POLICY_IDS, subject.body.id if subject.body else ""}
    agreed = agreement(b, last)
    chosen: list[tuple[Entry, int]] = []
    for ref, depth in b.repo.descendants(last.id):
        if ref.kind != "point":
            continue
        point = b.entry(ref.id)
        under = agreed is not None and (point.id == agreed.id or agreed.id in {r.id for r in point.breadcrumb})
        if under or _forward(b, point, last):
            chosen.append((point, depth))
    out = []
    told: set[str] = set()
    for point, depth in chosen:
        ahead = [b.entry(r.id) for r in point.links.get("Meetings and events", ()) if r.id != last.id]
        if any(e.event and not e.event.planned and _day(e) > _day(last) for e in ahead):
            continue  # what it looked forward to took place
        projects = [b.entry(r.id) for r in point.links.get("Programmes and bodies", ()) if r.id not in skip]
        since = [e for p in projects for e in _later(b, p, last) if e.id not in told][:2]
        told |= {e.id for e in since}
        details = tuple((b.labels["reported_since"], f"{e.title} ({b.span(e)})") for e in since)
        out.append(b.statement(point, depth - 1, text=point.title, details=details, variants=False))
    return out


def policy_then(b: Builder, meeting: Entry) -> list[Statement]:
    """Where the policy stood at the meeting: its last two milestones before it and the next after."""
    found: dict[str, Entry] = {}
    for pid in POLICY_IDS:
        if b.repo.exists(pid):
            for ref in b.entry(pid).links.get("Meetings and events", ()):
                e = b.entry(ref.id)
                if e.event and (e.kind == "milestone" or e.event.series_id in POLICY_IDS):
                    found[e.id] = e
    ordered = sorted(found.values(), key=_day)
    before = [e for e in ordered if _day(e) <= _day(meeting) and e.id != meeting.id][-2:]
    after = [e for e in ordered if _day(e) > _day(meeting)][:1]
    out = []
    for e in before:
        out.append(b.statement(e, lead=f"{b.span(e)}:", text=e.title))
    for e in after:
        out.append(b.statement(e, lead=f"{b.labels['next']}, {b.span(e)}:", text=e.title))
    return out
