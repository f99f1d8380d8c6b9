"""Says something to the screen reader without moving the focus: a search's result count, "no entries
match", the link reached in an entry. Qt 6.8+ delivers a ``QAccessibleAnnouncementEvent`` through the
platform's accessibility bridge (AT-SPI on Linux, where Orca speaks it)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have assistive technology read ``message``, said to come from ``widget``; ``assertive``
    interrupts what is being read (for errors), otherwise it waits its turn."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    send(event)


def send(event: QAccessibleEvent) -> None:
    """Hand an accessibility event to Qt (a no-op while no assistive technology listens)."""
    QAccessible.updateAccessibility(event)
