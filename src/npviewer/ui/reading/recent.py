"""Go > Recently Viewed: the last 20 entries opened, the latest first, kept in the user's data (so
across restarts), each named as the content names it now; choosing one opens it.

The list is made when the menu opens, so it is never out of date; an entry the content no longer
has is left out unless it is bookmarked (then it opens its saved title and note, as the bookmark does).

Signals (of :class:`RecentlyViewed`):
    entryRequested(str): an entry was chosen from the list.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.ui.common.user_bridge import UserBridge

LIMIT = 20


class RecentlyViewed(QObject):
    """Fills ``menu`` with the entries ``user`` opened last, when it is about to show."""

    entryRequested = Signal(str)

    def __init__(self, menu: QMenu, user: UserBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu, self.user = menu, user
        self.library: Library | None = None
        menu.setObjectName("recentMenu")
        menu.aboutToShow.connect(self.fill)

    def set_library(self, library: Library) -> None:
        self.library = library

    def entries(self) -> list[tuple[str, str]]:
        """The entries to list: (id, title), the latest first."""
        ids = self.user.recent(LIMIT)
        refs = self.library.repo.refs(ids) if self.library is not None else {}
        listed = []
        for entry_id in ids:
            ref = refs.get(entry_id)
            if ref is not None:
                listed.append((entry_id, ref.title))
                continue
            mark = self.user.bookmark(entry_id)  # gone from the content, but bookmarked: it still opens
            if mark is not None:
                listed.append((entry_id, mark.title))
        return listed

    def fill(self) -> None:
        menu = self.menu
        menu.clear()
        listed = self.entries()
        if not listed:
            none = menu.addAction(translate("MainWindow", "Nothing viewed yet"))
            none.setEnabled(False)
            return
        for number, (entry_id, title) in enumerate(listed, start=1):
            text = title.replace("&", "&&")  # a title's own & is no accelerator: the first ten have 1-9, 0
            action = QAction(f"&{number % 10} {text}" if number <= 10 else text, menu)
            action.setData(entry_id)
            action.triggered.connect(lambda _=False, chosen=entry_id: self.entryRequested.emit(chosen))
            menu.addAction(action)
