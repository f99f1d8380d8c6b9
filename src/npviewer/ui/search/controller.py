"""The search's wiring: the search field's queries go to the worker, results come back to the results
model, the status line and the search history; the keys that move between field, results and tree.

Signals (of :class:`SearchController`):
    searchFinished(str): the results of a query are in the results model.
    statusMessage(str): what the search found, in words (empty: clear it).
    entryRequested(str): the user chose a result (Enter, a click).
    readRequested(): the user wants the entry's text (Enter opened a result).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QTabWidget, QTreeView, QWidget

from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.store.records import SearchResult
from npviewer.store.userdata import UserDataError
from npviewer.ui.common.plain import warn
from npviewer.ui.common.user_bridge import UserBridge
from npviewer.ui.common.worker import Worker
from npviewer.ui.search.results_model import SearchResultsModel, count_text, suggestion_text
from npviewer.ui.search.results_view import ResultsView
from npviewer.ui.search.search_bar import SearchBar

log = logging.getLogger(__name__)
SEARCH_LIMIT = 100
#: Results whose snippet comes with them: more than a tall window shows; the rest follow at once.
FIRST_SNIPPETS = 20
BROWSE_TAB, SEARCH_TAB = 0, 1


def _ignore(_value: object) -> None:
    return None


class SearchController(QObject):
    """Runs the searches typed in ``bar`` on ``worker`` and shows what they find in ``results_view``;
    ``tabs`` holds the browse ``tree`` (tab 0) and the results (tab 1); ``parent`` (the window) is the
    parent of its dialogs."""

    searchFinished = Signal(str)
    statusMessage = Signal(str)
    entryRequested = Signal(str)
    readRequested = Signal()

    def __init__(
        self,
        bar: SearchBar,
        results_view: ResultsView,
        model: SearchResultsModel,
        tabs: QTabWidget,
        tree: QTreeView,
        user: UserBridge,
        worker: Worker,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.bar, self.results_view, self.model, self.tabs, self.tree = bar, results_view, model, tabs, tree
        self.user, self.worker = user, worker
        self._dialogs_parent = parent
        self.library: Library | None = None
        self._submitted = ""
        bar.queryChanged.connect(self.search)
        bar.submitted.connect(self._submitted_by_enter)
        bar.leaveRequested.connect(self._leave)
        bar.downPressed.connect(self._to_results)
        bar.saveSearchRequested.connect(self.save_current)
        results_view.entryActivated.connect(self._result_opened)
        results_view.suggestionAccepted.connect(self.run)
        user.searches_changed.connect(self.refresh_history)

    def set_library(self, library: Library) -> None:
        """Search ``library``: its regions in the filter, the field enabled, the history, the spelling."""
        self.library = library
        self.set_regions()
        self.bar.setEnabled(True)
        self.refresh_history()
        self.prepare()

    def set_regions(self) -> None:
        """The library's regions (named in the interface language) in the results and the filter."""
        assert self.library is not None
        regions = self.library.repo.regions()
        self.model.set_region_titles({r.id: r.title for r in regions})
        self.bar.set_regions(regions)

    def run(self, text: str) -> None:
        """Put ``text`` in the search field and search (done at once when the worker is synchronous)."""
        self.bar.set_text(text)
        self.search(text)

    def search(self, text: str) -> None:
        self._submitted = text
        if not text.strip() or self.library is None:
            self.model.set_result(None)
            self.results_view.show_hints()
            if not text.strip():
                self.statusMessage.emit("")
                self.searchFinished.emit(text)
            return
        self.tabs.setCurrentIndex(SEARCH_TAB)
        notes = self._notes()
        self.worker.query(
            lambda lib: lib.search.search(text, SEARCH_LIMIT, notes, FIRST_SNIPPETS),
            self._done,
            self._failed,
            key="search",
        )

    def _notes(self) -> dict[str, str]:
        """The user's notes, searched along with the content (a few hundred at most: read at once)."""
        return {m.entry_id: m.note for m in self.user.bookmarks() if m.note}

    def _done(self, result: SearchResult) -> None:
        if result.query != self._submitted:
            return  # a newer search is on its way
        model = self.model
        model.set_result(result)
        self.results_view.show_results()
        said = count_text(result)
        self.statusMessage.emit(f"{suggestion_text(result)} {said}" if result.suggestion else said)
        self.searchFinished.emit(result.query)
        missing = model.missing_snippets()
        if missing and result.snippet_terms:
            terms, query = result.snippet_terms, result.query
            self.worker.query(  # the next search, once typed, goes first
                lambda lib: lib.search.snippets(terms, missing),
                lambda found: model.set_snippets(query, found),
                self._quietly_failed,
                key="search",
            )

    def prepare(self) -> None:
        """Build the spelling vocabulary on the worker now, so no typo waits for it later."""
        if self.worker.threaded:
            self.worker.query(lambda lib: lib.search.prepare(), _ignore, self._quietly_failed, key="prepare")

    @staticmethod
    def _quietly_failed(exc: BaseException) -> None:
        log.warning("search preparation failed: %s", exc)

    def _failed(self, exc: BaseException) -> None:
        log.error("search failed: %s", exc)
        self.results_view.show_message(translate("MainWindow", "The search failed: {error}").format(error=exc))

    def _submitted_by_enter(self, _text: str) -> None:
        if self.results_view.open_current_or_first():
            self.readRequested.emit()

    def _result_opened(self, entry_id: str) -> None:
        self.entryRequested.emit(entry_id)
        self._record(self.bar.text())

    def _record(self, query: str) -> None:
        try:
            self.user.record_search(query)
        except UserDataError as exc:
            log.warning("could not record a search: %s", exc)

    def refresh_history(self) -> None:
        self.bar.set_history(self.user.search_history(), self.user.saved_searches())

    def save_current(self) -> None:
        parent = self._dialogs_parent
        query = self.bar.text().strip()
        if not query:
            QMessageBox.information(
                parent,
                translate("MainWindow", "Save search"),
                translate("MainWindow", "Type a search first, then save it."),
            )
            return
        name, ok = QInputDialog.getText(
            parent,
            translate("MainWindow", "Save search"),
            translate("MainWindow", "Name for this search:"),
            QLineEdit.EchoMode.Normal,
            query,
        )
        if ok and name.strip():
            try:
                self.user.save_search(name, query)
            except UserDataError as exc:
                warn(parent, translate("MainWindow", "Save search"), str(exc))

    # -- focus -------------------------------------------------------------------------------------

    def focus_field(self) -> None:
        field = self.bar.field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        if self.bar.text().strip():
            self.tabs.setCurrentIndex(SEARCH_TAB)

    def type_to_search(self, text: str) -> None:
        """A character typed where text cannot go (the entry, the timeline, the map): a new search,
        with the field focused to go on typing."""
        self.bar.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.bar.start_typing(text)

    def _leave(self) -> None:
        self.tabs.setCurrentIndex(BROWSE_TAB)
        self.tree.setFocus()

    def _to_results(self) -> None:
        if self.results_view.is_showing_results():
            self.tabs.setCurrentIndex(SEARCH_TAB)
            self.results_view.focus_first()
