"""The entry's text is one stop on the Tab key; its links are walked inside it, as a browser's caret
mode does, so a region page's seventy links do not stand between the reader and the rest of the
window.

In the text, Up, Down and the page keys scroll. Enter starts walking the links (the first one in
view is chosen); then Tab and Shift+Tab, or the arrow keys, go from link to link (round the end),
Enter opens the chosen one and Escape stops walking. Each link reached is said to screen readers
("Link 3 of 75: Russia, country") and shown in the status bar by the pane itself.

Signals:
    walkingChanged(bool): walking the links started (True) or stopped.
    linkReached(QUrl): the link now chosen (for the status bar; Qt's ``highlighted`` is for the mouse).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from npviewer.i18n import translate
from npviewer.ui.common.announce import announce

_READING = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
_WALKING = _READING | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
_NEXT = (Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Right)
_PREVIOUS = (Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Left)


class LinkWalk(QObject):
    """Watches one QTextBrowser's keys and focus (see the module docstring)."""

    walkingChanged = Signal(bool)
    linkReached = Signal(QUrl)

    def __init__(self, browser: QTextBrowser, title_of: Callable[[str], str] | None = None) -> None:
        """``title_of`` names a link's target in words (``Russia (country)``), for screen readers."""
        super().__init__(browser)
        self._browser = browser
        self._title_of = title_of
        self._walking = False
        browser.setTextInteractionFlags(_READING)
        browser.installEventFilter(self)
        browser.document().contentsChanged.connect(self._content_changed)

    @property
    def walking(self) -> bool:
        return self._walking

    def start(self) -> None:
        """Walk the links from the first one in view."""
        browser = self._browser
        self._set_walking(True)
        top = browser.cursorForPosition(QPoint(0, 0))
        cursor = QTextCursor(browser.document())
        cursor.setPosition(top.position())
        browser.setTextCursor(cursor)
        if not browser.focusNextPrevChild(True):  # none below the top: from the start of the page
            cursor.setPosition(0)
            browser.setTextCursor(cursor)
            if not browser.focusNextPrevChild(True):
                self.stop()
                announce(browser, translate("LinkWalk", "This page has no links."))
                return
        announce(
            browser,
            translate("LinkWalk", "Walking the links: Tab or the arrow keys move, Enter opens, Escape stops."),
        )
        self._reached()

    def stop(self) -> None:
        if not self._walking:
            return
        browser = self._browser
        cursor = browser.textCursor()
        cursor.clearSelection()
        browser.setTextCursor(cursor)
        self._set_walking(False)

    def step(self, forward: bool) -> bool:
        """The next (or previous) link, round the end; False when the page has none."""
        browser = self._browser
        moved = browser.focusNextPrevChild(forward)
        if not moved:
            cursor = QTextCursor(browser.document())
            cursor.movePosition(QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End)
            browser.setTextCursor(cursor)
            moved = browser.focusNextPrevChild(forward)
        if moved:
            self._reached()
        return moved

    def link_count(self) -> int:
        return len(self._anchors())

    def current_index(self) -> int:
        """Which link is chosen, counted from 0 (-1: none)."""
        cursor = self._browser.textCursor()
        if not cursor.hasSelection():
            return -1
        start = cursor.selectionStart()
        return next((n for n, (a, b) in enumerate(self._anchors()) if a <= start < b), -1)

    def _anchors(self) -> list[tuple[int, int]]:
        """The links of the page, as (start, end) positions in reading order."""
        found: list[tuple[int, int]] = []
        block = self._browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if found and found[-1][1] == start:
                        found[-1] = (found[-1][0], end)  # one link split over fragments
                    else:
                        found.append((start, end))
                it += 1
            block = block.next()
        return found

    def _set_walking(self, walking: bool) -> None:
        if walking == self._walking:
            return
        self._walking = walking
        self._browser.setTextInteractionFlags(_WALKING if walking else _READING)
        self.walkingChanged.emit(walking)

    def _reached(self) -> None:
        """Say which link is chosen, and tell the pane (its status bar names where it leads)."""
        url = QUrl(self._browser.textCursor().charFormat().anchorHref())
        if not self._walking or url.isEmpty():
            return
        self.linkReached.emit(url)
        named = self._title_of(url.path()) if self._title_of is not None else ""
        title = named or self._browser.textCursor().selectedText()
        announce(
            self._browser,
            translate("LinkWalk", "Link {number} of {count}: {title}").format(
                number=self.current_index() + 1, count=self.link_count(), title=title
            ),
        )

    def _content_changed(self) -> None:
        if self._walking and not self._browser.textCursor().hasSelection():
            self._set_walking(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Enter starts walking; Tab, arrows and Escape while walking."""
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self.stop()
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if not self._walking:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.start()
                return True
            return False
        if key in _NEXT and plain:
            self.step(key != Qt.Key.Key_Backtab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True
        if key in _PREVIOUS and plain:
            self.step(False)
            return True
        if key == Qt.Key.Key_Escape:
            self.stop()
            announce(self._browser, translate("LinkWalk", "Stopped walking the links."))
            return True
        return False
