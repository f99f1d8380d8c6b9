"""The main window: the tree and the search on the left, the entry on the right, bookmarks in a dock.

The window only arranges its parts and passes messages between them: entries come from the
library's repository (a few indexed reads), searches run on the :class:`Worker`, user data goes
through the :class:`UserBridge`.

Signals:
    entryOpened(str): an entry is now shown in the detail pane.
    searchFinished(str): the results of a query are in the results model.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from npviewer.store.library import Library
from npviewer.store.records import DOCUMENT_PREFIX, Document, Entry, SearchResult
from npviewer.store.repository import UnknownEntry
from npviewer.store.userdata import UserDataError
from npviewer.ui.bookmarks_model import BookmarksModel
from npviewer.ui.bookmarks_panel import BookmarksPanel
from npviewer.ui.detail import render_document, welcome_html
from npviewer.ui.detail_view import DetailView
from npviewer.ui.history import NavigationHistory
from npviewer.ui.icons import app_icon, icon
from npviewer.ui.map_pane import MapPane
from npviewer.ui.results_model import SearchResultsModel
from npviewer.ui.results_view import ResultsView
from npviewer.ui.roles import ENTRY_ID_ROLE
from npviewer.ui.search_bar import SearchBar
from npviewer.ui.settings import window_settings
from npviewer.ui.timeline_dock import TimelineDock
from npviewer.ui.tree_model import BrowseTreeModel
from npviewer.ui.user_bridge import UserBridge
from npviewer.ui.worker import Worker

if TYPE_CHECKING:
    from npviewer.ui.brief_export import BriefExportController

log = logging.getLogger(__name__)
SEARCH_LIMIT = 100
BROWSE_TAB, SEARCH_TAB = 0, 1


class MainWindow(QMainWindow):
    """npviewer's window. Public API: open_entry, current_entry_id, run_search, toggle_bookmark,
    search_results_model, bookmarks_model, timeline_dock, entryOpened."""

    entryOpened = Signal(str)
    searchFinished = Signal(str)

    def __init__(self, library: Library | None, user: UserBridge, worker: Worker) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("npviewer \u2014 New Northern Policy")
        self.setWindowIcon(app_icon())
        self.library: Library | None = None
        self.user = user
        self.worker = worker
        worker.setParent(self)
        user.setParent(self)
        self.history = NavigationHistory()
        self._glossary: dict[str, str] = {}
        self._documents: dict[str, Document] = {}
        self._current: Entry | None = None
        self._shown_document: str | None = None
        self._submitted_query = ""
        self._following = False
        self._brief_controller: BriefExportController | None = None

        self._results = SearchResultsModel(self)
        self._tree_model = BrowseTreeModel(None, self)
        self._bookmarks = BookmarksModel(self)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.timeline = TimelineDock(self)
        self.map_pane = MapPane(self)
        self._fit_to_screen(1280, 800)
        self._restore_state()
        if library is not None:
            self.set_library(library)
        else:
            self.show_preparing()

    # -- construction ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_bar = SearchBar()
        self.tree = QTreeView()
        self.tree.setObjectName("browseTree")
        self.tree.setAccessibleName("Browse regions, countries and measures")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self._tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view = ResultsView(self._results)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leftTabs")
        self.tabs.setAccessibleName("Browse or search")
        self.tabs.addTab(self.tree, icon("region"), "Browse")
        self.tabs.addTab(self.results_view, icon("search"), "Search")
        left = QWidget()
        left.setObjectName("leftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.search_bar)
        left_layout.addWidget(self.tabs, 1)
        self.detail = DetailView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.bookmarks_panel = BookmarksPanel(self._bookmarks)
        self.bookmarks_dock = QDockWidget("Bookmarks", self)
        self.bookmarks_dock.setObjectName("bookmarksDock")
        self.bookmarks_dock.setAccessibleName("Bookmarks")
        self.bookmarks_dock.setWidget(self.bookmarks_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.bookmarks_dock)
        self.resizeDocks([self.bookmarks_dock], [280], Qt.Orientation.Horizontal)

        #: The timeline: its panel is made when the dock is first shown (see TimelineDock).
        self.timeline_dock = QDockWidget("Timeline", self)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setAccessibleName("Timeline")
        placeholder = QLabel("Preparing the timeline…")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_dock.setWidget(placeholder)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.timeline_dock.hide()
        self.statusBar().setObjectName("statusBar")

        for view in (self.tree, self.results_view.list, self.bookmarks_panel.list, self.detail.browser):
            view.viewport().installEventFilter(self)

    def _action(
        self, text: str, slot: object, keys: tuple[QKeySequence.StandardKey | str, ...] = (), name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
                    seq = QKeySequence(seq)
                    if not seq.isEmpty() and seq not in sequences:
                        sequences.append(seq)
            action.setShortcuts(sequences)
        if name:
            action.setIcon(icon(name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.back_action = self._action("&Back", self.go_back, ("Alt+Left", QKeySequence.StandardKey.Back), "back")
        self.forward_action = self._action(
            "&Forward", self.go_forward, ("Alt+Right", QKeySequence.StandardKey.Forward), "forward"
        )
        self.bookmark_action = self._action("&Bookmark This Entry", self.toggle_bookmark, ("Ctrl+D",), "star")
        self.bookmark_action.setCheckable(True)
        self.note_action = self._action("Edit Bookmark &Note…", self.edit_current_note)
        self.copy_action = self._action("Copy &Citation", self.copy_citation, ("Ctrl+Shift+C",), "copy")
        self.copy_format_actions = [
            self._action(label, lambda _=False, f=fmt: self.copy_citation(f))
            for label, fmt in (
                ("Copy Citation as &Chicago Note", "chicago"),
                ("Copy Citation as &BibTeX", "bibtex"),
                ("Copy Citation as &RIS", "ris"),
            )
        ]
        self.brief_action = self._action("&Export Brief…", self.export_brief, ("Ctrl+E",), "export")
        self.find_action = self._action(
            "&Find…", self.focus_search, ("Ctrl+K", QKeySequence.StandardKey.Find), "search"
        )
        self.save_search_action = self._action("&Save This Search…", self.save_current_search)
        self.export_marks_action = self._action("Export &Bookmarks…", self.export_bookmarks)
        self.import_marks_action = self._action("&Import Bookmarks…", self.import_bookmarks)
        self.quit_action = self._action("&Quit", self.close, ("Ctrl+Q",))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.help_action = self._action("npviewer &Help", self.show_help, ("F1",), "help")
        self.about_action = self._action("&About npviewer", self.show_about)
        self.next_pane_action = self._action("Next &Pane", self.focus_next_pane, ("F6",))
        self.bookmarks_toggle = self.bookmarks_dock.toggleViewAction()
        self.bookmarks_toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.bookmarks_toggle.setIcon(icon("bookmarks"))
        self.timeline_toggle = self.timeline_dock.toggleViewAction()
        self.timeline_toggle.setShortcut(QKeySequence("Ctrl+T"))

        toolbar = QToolBar("Navigation", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName("Navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.forward_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.bookmarks_toggle)
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.help_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self.back_action.setToolTip("Back (Alt+Left)")
        self.forward_action.setToolTip("Forward (Alt+Right)")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.brief_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_marks_action)
        file_menu.addAction(self.import_marks_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.copy_action)
        for action in self.copy_format_actions:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.save_search_action)
        go_menu = bar.addMenu("&Go")
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        go_menu.addAction(self.next_pane_action)
        marks_menu = bar.addMenu("&Bookmarks")
        marks_menu.addAction(self.bookmark_action)
        marks_menu.addAction(self.note_action)
        marks_menu.addSeparator()
        marks_menu.addAction(self.bookmarks_toggle)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.bookmarks_toggle)
        view_menu.addAction(self.timeline_toggle)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.search_bar.queryChanged.connect(self._search)
        self.search_bar.submitted.connect(self._search_submitted)
        self.search_bar.leaveRequested.connect(self._leave_search)
        self.search_bar.downPressed.connect(self._to_results)
        self.search_bar.saveSearchRequested.connect(self.save_current_search)
        self.results_view.entryActivated.connect(self._result_opened)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.activated.connect(self._tree_activated)
        self.detail.entryLinkActivated.connect(self.open_entry)
        self.detail.bookmarkToggleRequested.connect(self.toggle_bookmark)
        self.detail.noteSaveRequested.connect(self._save_note)
        self.detail.copyCitationRequested.connect(self.copy_citation)
        self.detail.exportBriefRequested.connect(self.export_brief)
        self.detail.statusMessage.connect(self._status)
        self.bookmarks_panel.openRequested.connect(self.open_entry)
        self.bookmarks_panel.removeRequested.connect(self._remove_bookmark)
        self.bookmarks_panel.noteEditRequested.connect(self.edit_note)
        self.user.bookmarks_changed.connect(self._bookmarks_changed)
        self.user.searches_changed.connect(self._refresh_search_history)

    # -- content -----------------------------------------------------------------------------------

    def show_preparing(self, detail: str = "") -> None:
        """The state while the content store is being built: nothing to browse or search yet."""
        self.detail.show_message(
            "Preparing content…",
            detail or "npviewer is building its content store from the bundled content. This takes a moment.",
        )
        self.search_bar.setEnabled(False)
        self._update_actions()

    def show_content_error(self, message: str) -> None:
        self.detail.show_message("The content could not be loaded", message)
        self.search_bar.setEnabled(False)

    def set_library(self, library: Library) -> None:
        """Show ``library``'s content (at start, or once it has been prepared)."""
        self.library = library
        self.worker.set_library(library)
        repo = library.repo
        self._glossary = {g.term: g.expansion for g in repo.glossary()}
        self._documents = {d.id: d for d in repo.documents()}
        regions = repo.regions()
        self._results.set_region_titles({r.id: r.title for r in regions})
        self.search_bar.set_regions(regions)
        self.search_bar.setEnabled(True)
        self._tree_model.set_tree(library.tree)
        self.timeline.set_library(library)
        if self._tree_model.canFetchMore(QModelIndex()):
            self._tree_model.fetchMore(QModelIndex())
        self._refresh_bookmarks()
        self._refresh_search_history()
        self.detail.browser.setHtml(welcome_html(regions, repo.coverage()))
        self._update_actions()

    # -- entries and history -----------------------------------------------------------------------

    def current_entry(self) -> Entry | None:
        """The entry on show, as the detail pane has it."""
        return self._current

    def current_entry_id(self) -> str | None:
        """The entry on show, or the ``doc:`` id of the source document on show."""
        return self._current.id if self._current is not None else self._shown_document

    def open_entry(self, entry_id: str) -> None:
        """Show an entry, record it in the history, and select it in the tree."""
        if self._show(entry_id):
            self.history.visit(entry_id)
            self._update_actions()

    def _show(self, entry_id: str) -> bool:
        if self.library is None:
            return False
        if entry_id.startswith(DOCUMENT_PREFIX):
            return self._show_document(entry_id)
        try:
            entry = self.library.repo.entry(entry_id)
        except UnknownEntry:
            QMessageBox.information(self, "Not in the content", f"There is no entry “{entry_id}” in this content.")
            return False
        self._current = entry
        self._shown_document = None
        mark = self.user.bookmark(entry.id)
        self.detail.show_entry(entry, self._glossary, mark is not None, mark.note if mark else "", self._documents)
        self.map_pane.show_for(entry)
        self.setWindowTitle(f"{entry.title} \u2014 npviewer")
        self._follow_in_tree(entry.id)
        try:
            self.user.record_visit(entry.id)
        except UserDataError as exc:
            log.warning("could not record a visit: %s", exc)
        self.entryOpened.emit(entry.id)
        return True

    def _show_document(self, ref_id: str) -> bool:
        """A source document's page: where npviewer cites it, each citation linked to its entry."""
        assert self.library is not None
        repo = self.library.repo
        document = repo.document(ref_id.removeprefix(DOCUMENT_PREFIX))
        if document is None:
            QMessageBox.information(self, "Not in the content", f"There is no source “{ref_id}” in this content.")
            return False
        self._current = None
        self.detail.show_document(render_document(document, repo.citations_of(document.id)))
        self.map_pane.show_for(None)
        self.setWindowTitle(f"{document.display_title} \u2014 npviewer")
        self._follow_in_tree(ref_id)
        self._shown_document = ref_id
        self.entryOpened.emit(ref_id)
        return True

    def go_back(self) -> None:
        entry_id = self.history.back()
        if entry_id is not None:
            self._show(entry_id)
        self._update_actions()

    def go_forward(self) -> None:
        entry_id = self.history.forward()
        if entry_id is not None:
            self._show(entry_id)
        self._update_actions()

    def _follow_in_tree(self, entry_id: str) -> None:
        """Expand the tree down to the entry and select it, without opening it again."""
        if self.library is None:
            return
        current = self.tree.currentIndex()
        if current.isValid() and current.data(ENTRY_ID_ROLE) == entry_id:
            return
        path = self.library.tree.path_of(entry_id)
        index = self._tree_model.index_of_path(path) if path else QModelIndex()
        self._following = True
        try:
            if index.isValid():
                parent = index.parent()
                while parent.isValid():
                    self.tree.expand(parent)
                    parent = parent.parent()
                self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.tree.scrollTo(index)
            else:
                self.tree.selectionModel().clearSelection()
        finally:
            self._following = False

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        if entry_id and not self._following and entry_id != self.current_entry_id():
            self.open_entry(str(entry_id))

    def _tree_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id:
            self.open_entry(str(entry_id))
            self.detail.browser.setFocus()
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _update_actions(self) -> None:
        has_entry = self._current is not None
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        marked = has_entry and self.user.is_bookmarked(self.current_entry_id() or "")
        self.bookmark_action.setEnabled(has_entry)
        self.bookmark_action.setChecked(marked)
        self.bookmark_action.setIcon(icon("star-filled" if marked else "star"))
        self.bookmark_action.setText("Remove &Bookmark" if marked else "&Bookmark This Entry")
        self.note_action.setEnabled(marked)
        for action in (self.copy_action, *self.copy_format_actions):
            action.setEnabled(has_entry)
        self.brief_action.setEnabled(self.library is not None)
        self.find_action.setEnabled(self.library is not None)

    # -- search ------------------------------------------------------------------------------------

    def search_results_model(self) -> SearchResultsModel:
        return self._results

    def run_search(self, text: str) -> None:
        """Put ``text`` in the search field and search (done at once when the worker is synchronous)."""
        self.search_bar.set_text(text)
        self._search(text)

    def _search(self, text: str) -> None:
        self._submitted_query = text
        if not text.strip() or self.library is None:
            self._results.set_result(None)
            self.results_view.show_hints()
            if not text.strip():
                self._status("")
                self.searchFinished.emit(text)
            return
        self.tabs.setCurrentIndex(SEARCH_TAB)
        self.worker.query(
            lambda lib: lib.search.search(text, SEARCH_LIMIT), self._search_done, self._search_failed, key="search"
        )

    def _search_done(self, result: SearchResult) -> None:
        if result.query != self._submitted_query:
            return  # a newer search is on its way
        self._results.set_result(result)
        self.results_view.show_results()
        shown = len(result.hits)
        more = "" if result.ranked else " (many matches: the first ones in reading order; add words to rank them)"
        self._status(f"{shown} result{'s' if shown != 1 else ''}{more}" if shown else "")
        self.searchFinished.emit(result.query)

    def _search_failed(self, exc: BaseException) -> None:
        log.error("search failed: %s", exc)
        self.results_view.show_message(f"The search failed: {exc}")

    def _search_submitted(self, text: str) -> None:
        if self.results_view.open_current_or_first():
            self.detail.browser.setFocus()

    def _result_opened(self, entry_id: str) -> None:
        self.open_entry(entry_id)
        self._record_search(self.search_bar.text())

    def _record_search(self, query: str) -> None:
        try:
            self.user.record_search(query)
        except UserDataError as exc:
            log.warning("could not record a search: %s", exc)

    def _refresh_search_history(self) -> None:
        self.search_bar.set_history(self.user.search_history(), self.user.saved_searches())

    def save_current_search(self) -> None:
        query = self.search_bar.text().strip()
        if not query:
            QMessageBox.information(self, "Save search", "Type a search first, then save it.")
            return
        name, ok = QInputDialog.getText(self, "Save search", "Name for this search:", QLineEdit.EchoMode.Normal, query)
        if ok and name.strip():
            try:
                self.user.save_search(name, query)
            except UserDataError as exc:
                QMessageBox.warning(self, "Save search", str(exc))

    def focus_search(self) -> None:
        self.search_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.field.selectAll()
        if self.search_bar.text().strip():
            self.tabs.setCurrentIndex(SEARCH_TAB)

    def _leave_search(self) -> None:
        self.tabs.setCurrentIndex(BROWSE_TAB)
        self.tree.setFocus()

    def _to_results(self) -> None:
        if self.results_view.is_showing_results():
            self.tabs.setCurrentIndex(SEARCH_TAB)
            self.results_view.focus_first()

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
        if self._current is None:
            return
        try:
            now = self.user.toggle_bookmark(self._current.id, self._current.title)
        except UserDataError as exc:
            QMessageBox.warning(self, "Bookmark", str(exc))
            return
        self._status("Bookmarked" if now else "Bookmark removed")

    def _remove_bookmark(self, entry_id: str) -> None:
        try:
            self.user.remove_bookmark(entry_id)
        except UserDataError as exc:
            QMessageBox.warning(self, "Bookmark", str(exc))

    def _save_note(self, entry_id: str, note: str) -> None:
        try:
            self.user.set_note(entry_id, note)
        except UserDataError as exc:
            QMessageBox.warning(self, "Note", str(exc))
            return
        self._status("Note saved")

    def edit_current_note(self) -> None:
        if self._current is not None:
            self.edit_note(self._current.id)

    def edit_note(self, entry_id: str) -> None:
        mark = self.user.bookmark(entry_id)
        if mark is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, "Bookmark note", f"Note on “{mark.title}”:", mark.note)
        if ok:
            self._save_note(entry_id, note)

    def _bookmarks_changed(self, entry_ids: list[str]) -> None:
        self._refresh_bookmarks()
        if self._current is not None and self._current.id in entry_ids:
            mark = self.user.bookmark(self._current.id)
            self.detail.set_bookmarked(mark is not None, mark.note if mark else "")
        self._update_actions()

    def _refresh_bookmarks(self) -> None:
        marks = self.user.bookmarks()
        refs = self.library.repo.refs([m.entry_id for m in marks]) if self.library is not None else {}
        self._bookmarks.set_bookmarks(marks, refs)

    def export_bookmarks(self) -> None:
        start = str(Path.home() / "npviewer-bookmarks.json")
        name, _ = QFileDialog.getSaveFileName(self, "Export bookmarks", start, "Bookmarks (*.json)")
        if not name:
            return
        try:
            count = self.user.export_bookmarks(Path(name))
        except UserDataError as exc:
            QMessageBox.warning(self, "Export bookmarks", str(exc))
            return
        self._status(f"Exported {count} bookmark{'s' if count != 1 else ''} to {name}")

    def import_bookmarks(self, path: Path | None = None) -> None:
        """Import bookmarks from a file (asked for when not given); a bad file changes nothing."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Import bookmarks", str(Path.home()), "Bookmarks (*.json)")
            if not name:
                return
            path = Path(name)
        try:
            added = self.user.import_bookmarks(path)
        except UserDataError as exc:
            QMessageBox.warning(self, "Import bookmarks", f"Nothing was imported.\n\n{exc}")
            return
        self._status(f"Imported {added} bookmark{'s' if added != 1 else ''}")

    # -- citation, brief, dialogs ------------------------------------------------------------------

    def copy_citation(self, fmt: str = "plain") -> None:
        """Copy the entry's citation: plain text, a Chicago note, BibTeX or RIS."""
        if self._current is None or self.library is None:
            return
        from npviewer.store.citing import format_citation

        repo = self.library.repo
        fmt = fmt if isinstance(fmt, str) and fmt else "plain"
        text = format_citation(fmt, self._current, self._documents, repo.coverage(), repo.content_version)
        QGuiApplication.clipboard().setText(text)
        names = {"plain": "Citation", "chicago": "Chicago note", "bibtex": "BibTeX record", "ris": "RIS record"}
        self._status(f"{names.get(fmt, 'Citation')} copied")

    def region_of_current(self) -> str | None:
        if self._current is None:
            return None
        if self._current.kind == "region":
            return self._current.id
        return next((r.id for r in self._current.breadcrumb if r.kind == "region"), None)

    def brief_controller(self) -> BriefExportController:
        """The one brief exporter of this window (made on first use)."""
        if self._brief_controller is None:
            from npviewer.ui.brief_export import BriefExportController

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
        from npviewer.ui.help import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        from npviewer.ui.about import AboutDialog

        repo = self.library.repo if self.library is not None else None
        from npviewer.store.citing import coverage_label

        coverage = coverage_label(repo.coverage()) if repo else ""
        AboutDialog(repo.content_version if repo else "", repo.documents() if repo else [], self, coverage).exec()

    def _status(self, text: str) -> None:
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

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The first-run size: as asked, but never larger than the screen's free area."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() * 95 // 100), min(height, free.height() * 90 // 100)
        self.resize(width, height)

    def _restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def saved_last_entry(self) -> str | None:
        value = window_settings().value("window/last_entry")
        return str(value) if value else None

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/last_entry", self.current_entry_id() or "")
        settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        """Override QMainWindow.changeEvent: on coming back to the window, pick up bookmarks another
        npviewer window (another process, same data) may have changed meanwhile."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.library is not None:
            self._bookmarks_changed([self._current.id] if self._current is not None else [])
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: save the note and the window's state; stop the worker."""
        self.detail.save_note_if_changed()
        if self._brief_controller is not None and self._brief_controller.is_running():
            self._brief_controller.cancel()
            self._brief_controller.wait()
        self.timeline.save_state()
        self.save_state()
        self.worker.shutdown()
        super().closeEvent(event)
