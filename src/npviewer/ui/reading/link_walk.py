"""The entry's links by Tab, as a web browser has them: Tab comes to the text first (one stop, the
keys scroll it), then goes from link to link, and after the last one leaves the entry; Shift+Tab
goes back the same way. Tab starts from where the reader is: the first link in view (Shift+Tab the
last), not the top of a page scrolled far down. Enter opens the link chosen (or, on the text, chooses
the first link in view); Escape goes back to the text.

Each link reached is said to screen readers ("Link 3 of 75: Russia, country"), shown in the status
bar by the pane, and outlined with a 2-px ring by the browser (:meth:`SafeBrowser.paintEvent
<npviewer.ui.reading.detail_view.SafeBrowser.paintEvent>`), which Qt's 1-px dotted box could not be
seen under.

Signals:
    linkReached(QUrl): the link now chosen (for the status bar; Qt's ``highlighted`` is for the mouse).
    newTabRequested(QUrl): Ctrl+Enter on the link chosen: open it in a new tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser
from shiboken6 import isValid

from npviewer.i18n import translate
from npviewer.ui.common.announce import announce

_FLAGS = (
    Qt.TextInteractionFlag.TextSelectableByMouse
    | Qt.TextInteractionFlag.LinksAccessibleByMouse
    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class LinkWalk(QObject):
    """Watches one QTextBrowser's keys and focus (see the module docstring)."""

    linkReached = Signal(QUrl)
    newTabRequested = Signal(QUrl)

    def __init__(self, browser: QTextBrowser, title_of: Callable[[str], str] | None = None) -> None:
        """``title_of`` names a link's target in words (``Russia (country)``), for screen readers."""
        super().__init__(browser)
        self._browser = browser
        self._title_of = title_of
        browser.setTextInteractionFlags(_FLAGS)
        browser.installEventFilter(self)

    @property
    def walking(self) -> bool:
        """Whether a link is chosen (else the keys are on the text)."""
        return self.current_index() >= 0

    def start(self) -> bool:
        """Choose the first link in view (else the first of the page); False when there is none."""
        self._place(forward=True)
        if self.step(True):
            return True
        self._place_at(0)
        if self.step(True):
            return True
        announce(self._browser, translate("LinkWalk", "This page has no links."))
        return False

    def stop(self) -> None:
        """Back to the text: no link chosen."""
        cursor = self._browser.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self._browser.setTextCursor(cursor)
            self._browser.viewport().update()

    def step(self, forward: bool) -> bool:
        """The next (or previous) link, said; False past the last (or the first)."""
        self._from_the_cursor(forward)
        moved = self._browser.focusNextPrevChild(forward)
        self._browser.viewport().update()  # the ring lies outside the link's text, which is all Qt repaints
        if moved:
            self._reached()
        return moved

    def _from_the_cursor(self, forward: bool) -> None:
        """Qt goes to the page's first (or last) link when none is chosen, whatever the cursor: on the
        text, choose the character just before the first link after the cursor (after the last one
        before it), and Qt goes on from there."""
        browser = self._browser
        cursor = browser.textCursor()
        if cursor.hasSelection():
            return
        at = cursor.position()
        anchors = self._anchors()
        if forward:
            start = next((a for a, _b in anchors if a >= at), None)
            if start is None or start == 0:
                return
            mark = (start - 1, start)
        else:
            end = next((b for _a, b in reversed(anchors) if b <= at), None)
            if end is None or end >= browser.document().characterCount() - 1:
                return
            mark = (end + 1, end)
        chosen = QTextCursor(browser.document())
        chosen.setPosition(mark[0])
        chosen.setPosition(mark[1], QTextCursor.MoveMode.KeepAnchor)
        browser.setTextCursor(chosen)

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

    def _place(self, *, forward: bool) -> None:
        """The cursor at the top of the view (or its bottom), so Tab goes on from what is in view."""
        browser = self._browser
        viewport = browser.viewport().rect()
        corner = QPoint(0, 0) if forward else QPoint(viewport.width() - 1, viewport.height() - 1)
        self._place_at(browser.cursorForPosition(corner).position())

    def _place_at(self, position: int) -> None:
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(position)
        self._browser.setTextCursor(cursor)

    def _reached(self) -> None:
        """A link was reached (by Tab, Shift+Tab or Enter): say which, and tell the pane."""
        browser = self._browser
        url = QUrl(browser.textCursor().charFormat().anchorHref())
        if url.isEmpty() or not browser.textCursor().hasSelection():
            return
        self.linkReached.emit(url)
        named = self._title_of(url.path()) if self._title_of is not None else ""
        title = named or browser.textCursor().selectedText()
        announce(
            browser,
            translate("LinkWalk", "Link {number} of {count}: {title}").format(
                number=self.current_index() + 1, count=self.link_count(), title=title
            ),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Tab into the text starts from what is in view; Enter on the
        text chooses a link; Escape goes back to the text."""
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            reason = event.reason()
            if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                self._place(forward=reason == Qt.FocusReason.TabFocusReason)
            return False
        if kind == QEvent.Type.FocusOut:
            if isValid(self._browser):  # not while the window is being taken down
                self.stop()
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain:
            forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            return self.step(forward)  # past the last link, Qt moves the focus on
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl and self.walking:
            self.newTabRequested.emit(QUrl(self._browser.textCursor().charFormat().anchorHref()))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.walking:
            self.start()
            return True
        if key == Qt.Key.Key_Escape and self.walking:
            self.stop()
            announce(self._browser, translate("LinkWalk", "Back to the text."))
            return True
        return False
