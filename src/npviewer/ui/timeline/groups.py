"""What a "+N" badge or a period's count stands for: the list a click opens (the events related to the
entry shown first, said to be so in words and set in bold, never by a mark alone) and its tooltip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from npviewer.i18n import translate
from npviewer.store.dates import PartialDate
from npviewer.ui.common.language import date_text as date_words
from npviewer.ui.timeline.layout import Bar
from npviewer.ui.timeline.scene import GroupGeom
from npviewer.ui.timeline.text import date_text

GROUP_LIST = 30  # events listed when a "+N" badge or a period's count is clicked


def fill_group_menu(
    menu: QMenu,
    bars: Sequence[Bar],
    related: frozenset[str],
    chosen: Callable[[str], None],
    zoom_in: Callable[[], None],
) -> None:
    """``menu`` lists ``bars`` (the ``related`` ones first, under their own heading); choosing one calls
    ``chosen(event id)``; past GROUP_LIST, the last item zooms in instead."""
    menu.clear()
    menu.setAccessibleName(translate("Timeline", "Events here"))
    first = [b for b in bars if b.event.id in related]
    rest = [b for b in bars if b.event.id not in related]
    listed = 0
    for heading, part, marked in (
        (translate("Timeline", "Related to the entry shown"), first, True),
        (translate("Timeline", "Other events"), rest, False),
    ):
        if not part or listed >= GROUP_LIST:
            continue
        if first:
            menu.addSection(heading)
        for bar in part[: GROUP_LIST - listed]:
            menu.addAction(_action(menu, bar, marked, chosen))
            listed += 1
    if len(bars) > GROUP_LIST:
        menu.addSeparator()
        more = translate("Timeline", "Zoom in to see all {count}").format(count=len(bars))
        menu.addAction(more).triggered.connect(zoom_in)


def _action(menu: QMenu, bar: Bar, related: bool, chosen: Callable[[str], None]) -> QAction:
    text = f"{date_text(bar.event)} \u2014 {bar.event.title}".replace("&", "&&")
    if related:
        text = translate("Timeline", "{event} (related)").format(event=text)
    action = QAction(text, menu)
    action.setData(bar.event.id)
    if related:
        font = action.font()
        font.setBold(True)
        action.setFont(font)
    action.triggered.connect(lambda _=False, event_id=bar.event.id: chosen(event_id))
    return action


def group_text(group: GroupGeom) -> str:
    """A badge's or a count's tooltip: how many events, where, and how to see them."""
    zoom = translate("Timeline", "Click or zoom in to see them")
    if not group.badge:
        span = period_text(group.first, group.last, group.period)
        return translate("Timeline", "{count} events in {period}").format(count=group.count, period=span) + "\n" + zoom
    lines = [translate("Timeline", "{count} more events here:").format(count=group.count)]
    for bar in group.bars[:8]:
        lines.append(f"  {date_text(bar.event)}: {bar.event.title}")
    if group.count > 8:
        lines.append("  " + translate("Timeline", "... and {count} more").format(count=group.count - 8))
    lines.append(zoom)
    return "\n".join(lines)


def period_text(first: float, last: float, period: str) -> str:
    """A counted period in words: ``12 March 2019``, ``1 March 2019 - 31 May 2019``, ``March 2019``,
    ``2019``, ``2015-2019``."""
    start = dt.date.fromordinal(int(first))
    end = dt.date.fromordinal(max(int(first), int(last) - 1))
    if period == "day":
        return date_words(PartialDate(start.isoformat()))
    if period in ("week", "quarter"):
        return f"{date_words(PartialDate(start.isoformat()))} - {date_words(PartialDate(end.isoformat()))}"
    if period == "month":
        return date_words(PartialDate(f"{start.year:04d}-{start.month:02d}"))
    if start.year == end.year:
        return date_words(PartialDate(f"{start.year:04d}"))
    return f"{date_words(PartialDate(f'{start.year:04d}'))}-{date_words(PartialDate(f'{end.year:04d}'))}"
