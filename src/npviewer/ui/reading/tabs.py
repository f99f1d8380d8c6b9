"""Reading more than one thing: tabs over the entry pane, as a browser has them. Ctrl+click or a middle
click on a link (or Ctrl+Enter on the link chosen by Tab) opens it in a new tab behind the one read;
each tab keeps its own back and forward and where its page was scrolled to; Ctrl+PgDown and Ctrl+PgUp
go to the next and previous tab, Ctrl+W closes one. The tab bar shows only while there are two or more.

There is one pane: a tab is an entry to come back to (its history and scroll), shown in the pane when
its tab is chosen, so the note, the map, the find bar and the bookmarks always go with the tab on show.

Signals (of :class:`ReadingTabs`):
    countChanged(int): tabs were opened or closed (the window enables Next Tab and Close Tab).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabBar, QTextBrowser

from npviewer.i18n import translate
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.reading.history import NavigationHistory
from npviewer.ui.reading.navigator import Navigator

TITLE_CHARS = 28  # a tab's title is cut after this many characters (the tooltip has it all)


class _Tab:
    __slots__ = ("history", "scroll")

    def __init__(self, history: NavigationHistory) -> None:
        self.history = history
        self.scroll = 0


class ReadingTabs(QObject):
    """Tabs of ``navigator``'s reading, in ``bar``, over the pane's ``browser``."""

    countChanged = Signal(int)

    def __init__(
        self, bar: QTabBar, navigator: Navigator, browser: QTextBrowser, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bar, self.navigator, self.browser = bar, navigator, browser
        self._tabs = [_Tab(navigator.history)]
        self._switching = False
        bar.setObjectName("readingTabs")
        bar.setTabsClosable(True)
        bar.setExpanding(False)
        bar.setDocumentMode(True)
        bar.addTab("")
        bar.hide()
        bar.currentChanged.connect(self._chosen)
        bar.tabCloseRequested.connect(self.close)
        navigator.titleChanged.connect(self._name_current)
        follow_language(bar, self._name_buttons)

    def count(self) -> int:
        return len(self._tabs)

    def current(self) -> int:
        return self.bar.currentIndex()

    def titles(self) -> list[str]:
        return [self.bar.tabToolTip(n) for n in range(self.bar.count())]

    def open(self, entry_id: str, *, background: bool = True) -> None:
        """``entry_id`` in a new tab after the one on show (behind it, unless not ``background``)."""
        history = NavigationHistory()
        history.visit(entry_id)
        at = self.current() + 1
        self._tabs.insert(at, _Tab(history))
        self._switching = True
        try:
            self.bar.insertTab(at, "")
            self._name(at, self.navigator.title_of(entry_id))
        finally:
            self._switching = False
        self._update_bar()
        if not background:
            self.bar.setCurrentIndex(at)

    def close(self, index: int | None = None) -> None:
        """Close a tab (the one on show when none is named); the last one stays."""
        index = self.current() if index is None or isinstance(index, bool) else index
        if len(self._tabs) <= 1 or not 0 <= index < len(self._tabs):
            return
        del self._tabs[index]
        self._switching = index != self.current()  # closing one behind: nothing to show again
        try:
            self.bar.removeTab(index)
        finally:
            self._switching = False
        self._update_bar()

    def step(self, delta: int) -> None:
        """The next (or previous) tab, round the end."""
        if len(self._tabs) > 1:
            self.bar.setCurrentIndex((self.current() + delta) % len(self._tabs))

    def _chosen(self, index: int) -> None:
        if self._switching or not 0 <= index < len(self._tabs):
            return
        for tab in self._tabs:  # the one left keeps its place on its page
            if tab.history is self.navigator.history:
                tab.scroll = self.browser.verticalScrollBar().value()
        chosen = self._tabs[index]
        self.navigator.use_history(chosen.history)
        self.browser.verticalScrollBar().setValue(chosen.scroll)

    def _name_current(self, _title: str) -> None:
        index = next((n for n, t in enumerate(self._tabs) if t.history is self.navigator.history), -1)
        if index >= 0:
            self._name(index, self.navigator.shown_title)

    def _name(self, index: int, title: str) -> None:
        short = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"
        self.bar.setTabText(index, short.replace("&", "&&"))
        self.bar.setTabToolTip(index, title)

    def _name_buttons(self) -> None:
        """Each tab's close button in the interface language (Qt's own says "Close Tab" in English)."""
        for index in range(self.bar.count()):
            button = self.bar.tabButton(index, QTabBar.ButtonPosition.RightSide)
            if button is not None:
                button.setToolTip(translate("DetailView", "Close this tab (Ctrl+W)"))
                button.setAccessibleName(translate("DetailView", "Close this tab"))

    def _update_bar(self) -> None:
        self._name_buttons()
        self.bar.setVisible(len(self._tabs) > 1)
        self.bar.setAccessibleName(translate("DetailView", "Open entries"))
        self.countChanged.emit(len(self._tabs))
