"""The main window: the tree and the search on the left, the entry on the right, bookmarks in a dock.

The window builds and arranges its parts; the work is done by helpers it owns: :class:`Navigator`
(which entry is shown, history, tree), :class:`SearchController` (search on the worker, results),
:class:`BookmarkActions` (bookmarks and notes), :class:`WindowActions` (actions, menus, toolbar).
Entries come from the library's repository (a few indexed reads), searches run on the
:class:`Worker`, user data goes through the :class:`UserBridge`.

Signals:
    entryOpened(str): an entry is now shown in the detail pane.
    searchFinished(str): the results of a query are in the results model.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from npviewer import i18n
from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.ui.common.palette_fit import follow_palette
from npviewer.ui.common.user_bridge import UserBridge
from npviewer.ui.common.worker import Worker
from npviewer.ui.reading.entry_html import DISPUTE_ANCHOR, coverage_text, welcome_html
from npviewer.ui.reading.tree_model import BrowseTreeModel
from npviewer.ui.search.controller import SEARCH_LIMIT
from npviewer.ui.search.results_model import SearchResultsModel
from npviewer.ui.window import parts as window_parts
from npviewer.ui.window import state as window_state

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QLabel, QSplitter, QTabWidget, QToolBar, QTreeView, QVBoxLayout

    from npviewer.store.records import Document, Entry
    from npviewer.ui.bookmarks.actions import BookmarkActions
    from npviewer.ui.bookmarks.model import BookmarksModel
    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.bookmarks.undo import BookmarkUndo
    from npviewer.ui.brief.export import BriefExportController
    from npviewer.ui.common.keys import ClaimKeys, ShortcutGuard
    from npviewer.ui.content_update.controller import ContentUpdateController
    from npviewer.ui.map.pane import MapPane
    from npviewer.ui.reading.detail_view import DetailView
    from npviewer.ui.reading.history import NavigationHistory
    from npviewer.ui.reading.navigator import Navigator
    from npviewer.ui.reading.note_keeper import NoteKeeper
    from npviewer.ui.search.controller import SearchController
    from npviewer.ui.search.results_view import ResultsView
    from npviewer.ui.search.search_bar import SearchBar
    from npviewer.ui.timeline.dock import TimelineDock
    from npviewer.ui.window.actions import WindowActions
    from npviewer.ui.window.read_only_bar import ReadOnlyBar

log = logging.getLogger(__name__)
__all__ = ["SEARCH_LIMIT", "MainWindow"]


class MainWindow(QMainWindow):
    """npviewer's window. Public API: open_entry, current_entry_id, run_search, toggle_bookmark,
    search_results_model, bookmarks_model, timeline_dock, entryOpened.

    Made in two steps (see :mod:`npviewer.ui.window.parts`): what the first paint shows, then the
    rest in :meth:`finish_building`, at once unless ``staged`` (``run_gui`` calls it after the first
    paint)."""

    entryOpened = Signal(str)
    searchFinished = Signal(str)

    # the parts made by window_parts
    search_bar: SearchBar
    tree: QTreeView
    results_view: ResultsView
    tabs: QTabWidget
    detail: DetailView
    splitter: QSplitter
    central_layout: QVBoxLayout
    read_only_bar: ReadOnlyBar
    bookmarks_panel: BookmarksPanel
    bookmarks_dock: QDockWidget
    timeline_dock: QDockWidget
    timeline_placeholder: QLabel
    navigator: Navigator
    searcher: SearchController
    marks: BookmarkActions
    undo: BookmarkUndo
    notes: NoteKeeper
    act: WindowActions
    content_updates: ContentUpdateController
    toolbar: QToolBar
    back_action: QAction
    forward_action: QAction
    bookmark_action: QAction
    brief_action: QAction
    timeline_toggle: QAction
    copy_format_actions: list[QAction]
    shortcut_guard: ShortcutGuard
    claim_ctrl_d: ClaimKeys
    timeline: TimelineDock
    map_pane: MapPane

    def __init__(self, library: Library | None, user: UserBridge, worker: Worker, *, staged: bool = False) -> None:
        super().__init__()
        follow_palette()  # the system palette, fitted where its own pairs read below 4.5:1
        self.setObjectName("mainWindow")
        self.library: Library | None = None
        self.user = user
        self.worker = worker
        worker.setParent(self)
        user.setParent(self)
        self.glossary: dict[str, str] = {}
        self.documents: dict[str, Document] = {}
        self._brief_controller: BriefExportController | None = None
        self._pending_library = library
        self.built = False

        self._results = SearchResultsModel(self)
        self.tree_model = BrowseTreeModel(None, self)
        window_parts.build_central(self)
        window_state.fit_to_screen(self, 1280, 800)
        window_state.restore_geometry(self)
        if library is not None:
            self._show_first_view(library)
        else:
            self.show_preparing()
        if not staged:
            self.finish_building()

    def _show_first_view(self, library: Library) -> None:
        """The tree's top level and the welcome page, for the first paint (set_library does the rest)."""
        library.set_language(i18n.language())
        self.tree_model.set_tree(library.tree)
        if self.tree_model.canFetchMore(QModelIndex()):
            self.tree_model.fetchMore(QModelIndex())
        self.detail.browser.setHtml(welcome_html(library.repo.regions(), library.repo.coverage()))
        self.setWindowTitle(translate("MainWindow", "npviewer \u2014 New Northern Policy"))

    def finish_building(self) -> None:
        """Make the rest of the window (once) and show the library in every part of it."""
        if self.built:
            return
        from npviewer.ui.bookmarks.model import BookmarksModel
        from npviewer.ui.window.language import retranslate_window

        self._bookmarks = BookmarksModel(self)
        window_parts.build_rest(self)
        self.built = True
        self._connect()
        retranslate_window(self)
        window_state.restore_state(self)
        library, self._pending_library = self._pending_library, None
        if library is not None:
            self.set_library(library)
        else:
            self.show_preparing()
        self._user_state_changed()

    # -- construction ------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.detail.entryLinkActivated.connect(self.open_entry)
        self.detail.copyCitationRequested.connect(self.copy_citation)
        self.detail.exportBriefRequested.connect(self.export_brief)
        self.detail.statusMessage.connect(self.show_status)
        self.detail.zoom.changed.connect(self._zoomed)
        self.entryOpened.connect(lambda _id: self.detail.find_bar.refresh())
        self.claim_ctrl_d.claimed.connect(self._ctrl_d_in_a_field)
        self.read_only_bar.retryRequested.connect(self.retry_user_data)
        self.user.state_changed.connect(self._user_state_changed)

    # -- content -----------------------------------------------------------------------------------

    def show_preparing(self, detail: str = "") -> None:
        """The state while the content store is being built: nothing to browse or search yet."""
        self.detail.show_message(
            translate("MainWindow", "Preparing content…"),
            detail
            or translate(
                "MainWindow", "npviewer is building its content store from the bundled content. This takes a moment."
            ),
        )
        self.search_bar.setEnabled(False)
        self.update_actions()

    def show_content_error(self, message: str) -> None:
        self.detail.show_message(translate("MainWindow", "The content could not be loaded"), message)
        self.search_bar.setEnabled(False)

    def set_library(self, library: Library) -> None:
        """Show ``library``'s content (at start, or once it has been prepared)."""
        self.library = library
        library.set_language(i18n.language())
        self.worker.set_library(library)
        repo = library.repo
        self.glossary = {g.term: g.expansion for g in repo.glossary()}
        self.documents = {d.id: d for d in repo.documents()}
        regions = repo.regions()
        self._results.set_region_titles({r.id: r.title for r in regions})
        self.search_bar.set_regions(regions)
        self.search_bar.setEnabled(True)
        self.tree_model.set_tree(library.tree)
        self.timeline.set_library(library)
        if self.tree_model.canFetchMore(QModelIndex()):
            self.tree_model.fetchMore(QModelIndex())
        self.marks.refresh()
        self.searcher.refresh_history()
        self.searcher.prepare()
        self.detail.browser.setHtml(welcome_html(regions, repo.coverage()))
        self.update_actions()

    # -- entries and history -----------------------------------------------------------------------

    @property
    def history(self) -> NavigationHistory:
        return self.navigator.history

    def current_entry(self) -> Entry | None:
        """The entry on show, as the detail pane has it."""
        return self.navigator.current

    def current_entry_id(self) -> str | None:
        """The entry on show, or the ``doc:`` id of the source document on show."""
        return self.navigator.current_id()

    def open_entry(self, entry_id: str) -> None:
        """Show an entry, record it in the history, and select it in the tree."""
        if self.navigator.open(entry_id):
            self.update_actions()

    def open_dispute(self, entry_id: str) -> None:
        """Show an entry at its "Disputed" section (the timeline's "?" badge leads here)."""
        self.open_entry(entry_id)
        if self.current_entry_id() == entry_id:
            self.detail.browser.scrollToAnchor(DISPUTE_ANCHOR)
            said = translate("MainWindow", "Sources disagree on this date: each version is listed with its source.")
            self.show_status(said)
            from npviewer.ui.common.announce import announce

            announce(self.detail.browser, said)

    def go_back(self) -> None:
        self.navigator.back()
        self.update_actions()

    def go_forward(self) -> None:
        self.navigator.forward()
        self.update_actions()

    def update_actions(self) -> None:
        if self.built:
            self.act.update()

    # -- search ------------------------------------------------------------------------------------

    def search_results_model(self) -> SearchResultsModel:
        return self._results

    def run_search(self, text: str) -> None:
        """Put ``text`` in the search field and search (done at once when the worker is synchronous)."""
        self.searcher.run(text)

    def save_current_search(self) -> None:
        self.searcher.save_current()

    def focus_search(self) -> None:
        self.searcher.focus_field()

    def focus_next_pane(self) -> None:
        """F6: search field -> tree or results -> entry -> search field."""
        left = self.tabs.currentWidget()
        left_focus = self.results_view.list if left is self.results_view else self.tree
        order: list[QWidget] = [self.search_bar.field, left_focus, self.detail.browser]
        focused = QGuiApplication.focusObject()
        now = next((n for n, w in enumerate(order) if w is focused), -1)
        order[(now + 1) % len(order)].setFocus(Qt.FocusReason.TabFocusReason)

    # -- bookmarks ---------------------------------------------------------------------------------

    def bookmarks_model(self) -> BookmarksModel:
        return self._bookmarks

    def toggle_bookmark(self) -> None:
        """Bookmark the entry shown, or remove its bookmark."""
        self.marks.toggle()

    def edit_current_note(self) -> None:
        self.marks.edit_current_note()

    def edit_note(self, entry_id: str) -> None:
        self.marks.edit_note(entry_id)

    def export_bookmarks(self) -> None:
        self.marks.export()

    def import_bookmarks(self, path: Path | None = None) -> None:
        """Import bookmarks from a file (asked for when not given); a bad file changes nothing."""
        self.marks.import_(path)

    def _ctrl_d_in_a_field(self) -> None:
        self.show_status("Ctrl+D bookmarks the entry you are reading: press Esc or F6 to leave this field first")

    # -- the user's data: read-only ----------------------------------------------------------------

    def _user_state_changed(self) -> None:
        """Show or hide the read-only notice, and enable only what can be saved."""
        self.read_only_bar.show_problem(self.user.read_only_message())
        self.detail.note_box.set_writable(not self.user.read_only)
        self.bookmarks_panel.set_writable(not self.user.read_only)
        self.update_actions()

    def retry_user_data(self) -> None:
        """Try Again: open the user's file again; say whether changes can be saved now."""
        if self.user.retry():
            self.show_status("Your bookmarks and notes can be saved again")
        else:
            self.show_status("Still read-only: " + self.user.store.problem)

    def _may_close_with_unsaved_notes(self) -> bool:
        """Notes the file could not take (a full disk...) would be lost: ask first, offering a copy."""
        drafts = self.user.unsaved_drafts()
        if not drafts:
            return True
        titles = ", ".join(f"“{self.marks.title_of(d.entry_id)}”" for d in drafts)
        from npviewer.ui.common.plain import message_box

        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            "Unsaved notes",
            f"Your notes on {titles} could not be saved: {self.user.store.problem}.\n\nCopy them to the "
            "clipboard before quitting, or stay and try again once the problem is fixed.",
            QMessageBox.StandardButton.Cancel,
        )
        copy = box.addButton("Copy Notes and Quit", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Quit Without Them", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(
                "\n\n".join(f"{self.marks.title_of(d.entry_id)}:\n{d.text}" for d in drafts)
            )
            return True
        return box.clickedButton() is discard

    # -- citation, brief, dialogs ------------------------------------------------------------------

    def copy_citation(self, fmt: str = "plain") -> None:
        """Copy the entry's citation: plain text, a Chicago note, BibTeX or RIS."""
        if self.navigator.current is None or self.library is None:
            return
        from npviewer.store.citing import format_citation

        repo = self.library.repo
        fmt = fmt if isinstance(fmt, str) and fmt else "plain"
        text = format_citation(fmt, self.navigator.current, self.documents, repo.coverage(), repo.content_version)
        QGuiApplication.clipboard().setText(text)
        copied = {
            "chicago": translate("MainWindow", "Chicago note copied"),
            "bibtex": translate("MainWindow", "BibTeX record copied"),
            "ris": translate("MainWindow", "RIS record copied"),
        }
        self.show_status(copied.get(fmt) or translate("MainWindow", "Citation copied"))

    def region_of_current(self) -> str | None:
        if self.navigator.current is None:
            return None
        if self.navigator.current.kind == "region":
            return self.navigator.current.id
        return next((r.id for r in self.navigator.current.breadcrumb if r.kind == "region"), None)

    def brief_controller(self) -> BriefExportController:
        """The one brief exporter of this window (made on first use)."""
        if self._brief_controller is None:
            from npviewer.ui.brief.export import BriefExportController

            self._brief_controller = BriefExportController(
                self, library=self.library, user_store_path=self.user.store.path
            )
        self._brief_controller.library = self.library
        return self._brief_controller

    def export_brief(self, region_id: str | None = None) -> None:
        """Export a PDF brief of a region (the one shown, or the one the controller asks for)."""
        if self.library is None:
            return
        self.brief_controller().export_region(region_id if isinstance(region_id, str) else self.region_of_current())

    def show_help(self) -> None:
        from npviewer.ui.window.help import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        from npviewer.ui.window.about import AboutDialog

        repo = self.library.repo if self.library is not None else None
        coverage = coverage_text(repo.coverage()) if repo else ""
        AboutDialog(repo.content_version if repo else "", repo.documents() if repo else [], self, coverage).exec()

    def _zoomed(self, percent: int) -> None:
        said = translate("MainWindow", "Text size {percent}%").format(percent=percent)
        self.show_status(said)
        from npviewer.ui.common.announce import announce

        announce(self.detail.browser, said)

    def show_status(self, text: str) -> None:
        """A short message in the status bar (an empty text clears it)."""
        if text:
            self.statusBar().showMessage(text, 5000)
        else:
            self.statusBar().clearMessage()

    # -- events and state --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: the mouse's back and forward buttons, anywhere in the window."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QMainWindow.mousePressEvent: back and forward buttons outside the views."""
        if not self.eventFilter(self, event):
            super().mousePressEvent(event)

    def saved_last_entry(self) -> str | None:
        return window_state.saved_last_entry()

    def save_state(self) -> None:
        window_state.save_state(self)

    def set_language(self, lang: str) -> None:
        """View > Language: switch the interface (and the content's names) at once, and remember it."""
        from npviewer.ui.common.language import apply_language, save_language

        save_language(lang)
        if lang != i18n.language():
            apply_language(lang)

    def changeEvent(self, event: QEvent) -> None:
        """Override QMainWindow.changeEvent: on coming back to the window, pick up bookmarks another
        npviewer window (another process, same data) may have changed meanwhile; on a language change,
        name everything in the new language."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.library is not None:
            self.marks.changed([self.navigator.current.id] if self.navigator.current is not None else [])
        elif event.type() == QEvent.Type.LanguageChange and self.built:
            from npviewer.ui.window.language import retranslate_window

            retranslate_window(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: save the note and the window's state; stop the worker."""
        if not self.built:  # closed within the first paint's turn: nothing changed, nothing half-made saved
            self.worker.shutdown()
            super().closeEvent(event)
            return
        self.detail.save_note_if_changed(leaving=True)  # what cannot be saved is asked about next
        if not self._may_close_with_unsaved_notes():
            event.ignore()
            return
        if self.content_updates.is_running():
            self.content_updates.cancel()
            self.content_updates.wait()
        if self._brief_controller is not None and self._brief_controller.is_running():
            self._brief_controller.cancel()
            self._brief_controller.wait()
        self.timeline.save_state()
        self.save_state()
        self.worker.shutdown()
        super().closeEvent(event)
