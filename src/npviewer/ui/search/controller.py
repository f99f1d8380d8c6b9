"""The search's wiring: the search field's queries go to the worker, results come back to the results
model, the status bar and the search history; the keys that move between field, results and tree."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from npviewer.i18n import translate
from npviewer.store.records import SearchResult
from npviewer.store.userdata import UserDataError
from npviewer.ui.common.plain import warn
from npviewer.ui.search.results_model import count_text, suggestion_text

if TYPE_CHECKING:
    from npviewer.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)
SEARCH_LIMIT = 100
#: Results whose snippet comes with them: more than a tall window shows; the rest follow at once.
FIRST_SNIPPETS = 20
BROWSE_TAB, SEARCH_TAB = 0, 1


def _ignore(_value: object) -> None:
    return None


class SearchController(QObject):
    """Runs the window's searches on its worker and shows what they find."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._submitted = ""
        bar = window.search_bar
        bar.queryChanged.connect(self.search)
        bar.submitted.connect(self._submitted_by_enter)
        bar.leaveRequested.connect(self._leave)
        bar.downPressed.connect(self._to_results)
        bar.saveSearchRequested.connect(self.save_current)
        window.results_view.entryActivated.connect(self._result_opened)
        window.results_view.suggestionAccepted.connect(self.run)
        window.user.searches_changed.connect(self.refresh_history)

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def run(self, text: str) -> None:
        """Put ``text`` in the search field and search (done at once when the worker is synchronous)."""
        self.window.search_bar.set_text(text)
        self.search(text)

    def search(self, text: str) -> None:
        window = self.window
        self._submitted = text
        if not text.strip() or window.library is None:
            window.search_results_model().set_result(None)
            window.results_view.show_hints()
            if not text.strip():
                window.show_status("")
                window.searchFinished.emit(text)
            return
        window.tabs.setCurrentIndex(SEARCH_TAB)
        notes = self._notes()
        window.worker.query(
            lambda lib: lib.search.search(text, SEARCH_LIMIT, notes, FIRST_SNIPPETS),
            self._done,
            self._failed,
            key="search",
        )

    def _notes(self) -> dict[str, str]:
        """The user's notes, searched along with the content (a few hundred at most: read at once)."""
        return {m.entry_id: m.note for m in self.window.user.bookmarks() if m.note}

    def _done(self, result: SearchResult) -> None:
        if result.query != self._submitted:
            return  # a newer search is on its way
        window = self.window
        model = window.search_results_model()
        model.set_result(result)
        window.results_view.show_results()
        said = count_text(result)
        window.show_status(f"{suggestion_text(result)} {said}" if result.suggestion else said)
        window.searchFinished.emit(result.query)
        missing = model.missing_snippets()
        if missing and result.snippet_terms:
            terms, query = result.snippet_terms, result.query
            window.worker.query(  # the next search, once typed, goes first
                lambda lib: lib.search.snippets(terms, missing),
                lambda found: model.set_snippets(query, found),
                self._quietly_failed,
                key="search",
            )

    def prepare(self) -> None:
        """Build the spelling vocabulary on the worker now, so no typo waits for it later."""
        worker = self.window.worker
        if worker.threaded:
            worker.query(lambda lib: lib.search.prepare(), _ignore, self._quietly_failed, key="prepare")

    @staticmethod
    def _quietly_failed(exc: BaseException) -> None:
        log.warning("search preparation failed: %s", exc)

    def _failed(self, exc: BaseException) -> None:
        log.error("search failed: %s", exc)
        self.window.results_view.show_message(translate("MainWindow", "The search failed: {error}").format(error=exc))

    def _submitted_by_enter(self, _text: str) -> None:
        window = self.window
        if window.results_view.open_current_or_first():
            window.detail.browser.setFocus()

    def _result_opened(self, entry_id: str) -> None:
        window = self.window
        window.open_entry(entry_id)
        self._record(window.search_bar.text())

    def _record(self, query: str) -> None:
        try:
            self.window.user.record_search(query)
        except UserDataError as exc:
            log.warning("could not record a search: %s", exc)

    def refresh_history(self) -> None:
        user = self.window.user
        self.window.search_bar.set_history(user.search_history(), user.saved_searches())

    def save_current(self) -> None:
        window = self.window
        query = window.search_bar.text().strip()
        if not query:
            QMessageBox.information(
                window,
                translate("MainWindow", "Save search"),
                translate("MainWindow", "Type a search first, then save it."),
            )
            return
        name, ok = QInputDialog.getText(
            window,
            translate("MainWindow", "Save search"),
            translate("MainWindow", "Name for this search:"),
            QLineEdit.EchoMode.Normal,
            query,
        )
        if ok and name.strip():
            try:
                window.user.save_search(name, query)
            except UserDataError as exc:
                warn(window, translate("MainWindow", "Save search"), str(exc))

    # -- focus -------------------------------------------------------------------------------------

    def focus_field(self) -> None:
        window = self.window
        field = window.search_bar.field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        if window.search_bar.text().strip():
            window.tabs.setCurrentIndex(SEARCH_TAB)

    def _leave(self) -> None:
        window = self.window
        window.tabs.setCurrentIndex(BROWSE_TAB)
        window.tree.setFocus()

    def _to_results(self) -> None:
        window = self.window
        if window.results_view.is_showing_results():
            window.tabs.setCurrentIndex(SEARCH_TAB)
            window.results_view.focus_first()
