"""The main window: the tree and the search on the left, the entry on the right, bookmarks in a dock.

The window makes its parts and wires them together, in one place (:meth:`MainWindow._connect_signals`,
as qutebrowser's ``_connect_signals``); the work is done by controllers that are handed the widgets
and services they use and report through their own signals: :class:`Navigator` (which entry is
shown, history, tree), :class:`SearchController` (search on the worker, results),
:class:`BookmarkActions` and :class:`NoteKeeper` (bookmarks and notes), :class:`TimelineDock`,
:class:`MapPane`, :class:`ContentUpdateController`. Its actions are a table
(:mod:`npviewer.ui.window.actions`); entries come from the library's repository, searches run on the
:class:`Worker`, user data goes through the :class:`UserBridge`.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from npviewer import i18n
from npviewer.i18n import translate
from npviewer.ui.common.palette_fit import follow_palette
from npviewer.ui.common.theme import use_saved_theme
from npviewer.ui.reading.page import coverage_words, welcome_html
from npviewer.ui.window import parts as window_parts
from npviewer.ui.window import state as window_state

if TYPE_CHECKING:  # made after the first paint (see finish_building)
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar

    from npviewer.first_view import FirstView
    from npviewer.store.library import Library
    from npviewer.ui.bookmarks.actions import BookmarkActions
    from npviewer.ui.bookmarks.model import BookmarksModel
    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.bookmarks.undo import BookmarkUndo
    from npviewer.ui.brief.export import BriefExportController
    from npviewer.ui.common.keys import ClaimKeys, ShortcutGuard
    from npviewer.ui.common.printing import DocumentJob, PrintService
    from npviewer.ui.common.type_to_search import TypeToSearch
    from npviewer.ui.common.user_bridge import UserBridge
    from npviewer.ui.common.worker import Worker
    from npviewer.ui.content_update.controller import ContentUpdateController
    from npviewer.ui.map.pane import MapPane
    from npviewer.ui.reading.navigator import Navigator
    from npviewer.ui.reading.note_keeper import NoteKeeper
    from npviewer.ui.reading.recent import RecentlyViewed
    from npviewer.ui.reading.tabs import ReadingTabs
    from npviewer.ui.reading.tree_model import BrowseTreeModel
    from npviewer.ui.search.controller import SearchController
    from npviewer.ui.search.results_model import SearchResultsModel
    from npviewer.ui.search.results_view import ResultsView
    from npviewer.ui.timeline.dock import TimelineDock
    from npviewer.ui.window.actions import WindowActions
    from npviewer.ui.window.content_version import ContentVersionLabel
    from npviewer.ui.window.panes import DockKeys, PaneCycle
    from npviewer.ui.window.read_only_bar import ReadOnlyBar

log = logging.getLogger(__name__)
# What Export Brief for This Meeting briefs: a meeting (forum, summit), or a body (its latest meeting).
MEETING_KINDS = ("meeting", "forum", "summit", "body")


def _title() -> str:
    return translate("MainWindow", "npviewer \u2014 New Northern Policy")


class MainWindow(QMainWindow):
    """npviewer's window. Its parts are public: ``navigator`` (open an entry, the entry on show),
    ``searcher`` (run a search), ``bookmarks`` (the bookmark actions), ``results_model``,
    ``bookmarks_model``, ``timeline``, ``map_pane``, ``content_updates`` and ``act`` (the actions, by id).

    Made in two steps: what the first paint shows (``MainWindow(first)``: the search field, the tree's
    top level and the welcome page of ``first``, read by :mod:`npviewer.first_view`), then the rest in
    :meth:`finish_building` with the library, the user's data and the worker (``run_gui`` calls it
    after the first paint; :func:`npviewer.app.create_main_window` at once)."""

    # made after the first paint, by finish_building
    user: UserBridge
    worker: Worker
    tree_model: BrowseTreeModel
    results_model: SearchResultsModel
    results_view: ResultsView
    read_only_bar: ReadOnlyBar
    bookmarks_panel: BookmarksPanel
    bookmarks_dock: QDockWidget
    timeline_dock: QDockWidget
    timeline_placeholder: QLabel
    bookmarks_model: BookmarksModel
    navigator: Navigator
    searcher: SearchController
    bookmarks: BookmarkActions
    undo: BookmarkUndo
    notes: NoteKeeper
    act: WindowActions
    content_updates: ContentUpdateController
    content_version: ContentVersionLabel
    toolbar: QToolBar
    shortcut_guard: ShortcutGuard
    claim_ctrl_d: ClaimKeys
    timeline: TimelineDock
    map_pane: MapPane
    recent: RecentlyViewed
    tabs_reading: ReadingTabs
    printing: PrintService
    type_to_search: TypeToSearch
    panes: PaneCycle
    bookmarks_keys: DockKeys
    timeline_keys: DockKeys

    def __init__(self, first: FirstView | None = None) -> None:
        super().__init__()
        use_saved_theme()  # View > Theme: the desktop's colours, or npviewer's light or dark palette
        follow_palette()  # the palette, fitted where its own pairs read below 4.5:1
        self.setObjectName("mainWindow")
        self.library: Library | None = None
        self._brief_controller: BriefExportController | None = None
        self.built = False
        self._central = central = window_parts.build_central(self, first)
        self.search_bar, self.tree = central.search_bar, central.tree
        self.tabs, self.detail, self.splitter = central.tabs, central.detail, central.splitter
        window_state.fit_to_screen(self, 1280, 800)
        window_state.restore_geometry(self, self.splitter)
        if first is not None:
            about = coverage_words(first.current_to, first.first_year, first.last_year)
            self.detail.browser.setHtml(welcome_html(first.regions, about))
        self.setWindowTitle(_title())

    def finish_building(self, library: Library | None, user: UserBridge, worker: Worker) -> None:
        """Make the rest of the window (once) over ``library`` (None while the content is prepared),
        the user's data and the worker; wire it, and show the library in every part of it."""
        if self.built:
            return
        from npviewer.ui.bookmarks.actions import BookmarkActions
        from npviewer.ui.bookmarks.model import BookmarksModel
        from npviewer.ui.common.focus_ring import add_focus_ring
        from npviewer.ui.common.icons import app_icon
        from npviewer.ui.common.keys import ClaimKeys, ShortcutGuard
        from npviewer.ui.common.printing import PrintService
        from npviewer.ui.common.type_to_search import TypeToSearch
        from npviewer.ui.content_update.controller import ContentUpdateController
        from npviewer.ui.map.pane import MapPane
        from npviewer.ui.reading.navigator import Navigator
        from npviewer.ui.reading.note_keeper import NoteKeeper
        from npviewer.ui.reading.recent import RecentlyViewed
        from npviewer.ui.reading.tabs import ReadingTabs
        from npviewer.ui.reading.tree_model import BrowseTreeModel
        from npviewer.ui.search.controller import SearchController
        from npviewer.ui.search.results_model import SearchResultsModel
        from npviewer.ui.timeline.dock import TimelineDock
        from npviewer.ui.window.actions import WindowActions
        from npviewer.ui.window.content_version import ContentVersionLabel
        from npviewer.ui.window.panes import DockKeys, PaneCycle

        self.user, self.worker = user, worker
        worker.setParent(self)
        user.setParent(self)
        self.tree_model = BrowseTreeModel(None, self)
        self.results_model = SearchResultsModel(self)
        self.results_view = window_parts.finish_central(self, self._central, self.tree_model, self.results_model)
        self.bookmarks_model = BookmarksModel(self)
        self.setWindowIcon(app_icon())
        docks = window_parts.build_docks(self, self._central, self.results_view, self.bookmarks_model)
        self.read_only_bar, self.bookmarks_panel = docks.read_only_bar, docks.bookmarks_panel
        self.bookmarks_dock, self.timeline_dock = docks.bookmarks_dock, docks.timeline_dock
        self.timeline_placeholder = docks.timeline_placeholder
        detail = self.detail
        self.content_updates = ContentUpdateController(user, self.worker, self)
        self.content_version = ContentVersionLabel(self)  # an installed pack's version, marked if unsigned
        self.statusBar().addPermanentWidget(self.content_version)
        self.navigator = Navigator(
            self.tree, self.tree_model, detail, user, self.content_updates.missing_bookmark_html, self
        )
        self.searcher = SearchController(
            self.search_bar, self.results_view, self.results_model, self.tabs, self.tree, user, self.worker, self
        )
        self.bookmarks = BookmarkActions(
            user, self.bookmarks_model, self.bookmarks_panel, detail, self.navigator, self, self.statusBar()
        )
        self.undo = self.bookmarks.undo
        self.notes = NoteKeeper(detail.note_box, user, self.bookmarks.title_of, self)
        self.timeline = TimelineDock(self.timeline_dock, self.navigator, self, self.worker)
        self.map_pane = MapPane(detail.set_map_widget, self)
        self.panes = PaneCycle(self._panes, self)
        self.tabs_reading = ReadingTabs(detail.tab_bar, self.navigator, detail.browser, self)
        self.printing = PrintService(self)
        self.printing.add_source(self._entry_print_job)
        self.bookmarks_keys = DockKeys(self.bookmarks_dock, self.bookmarks_panel.focus_target, detail.browser)
        self.timeline_keys = DockKeys(self.timeline_dock, lambda: self.timeline.ensure_panel().view, detail.browser)
        self.act = WindowActions(
            self, self._action_handlers(), self._adopted_actions(), self.set_language, self.set_theme
        )
        self.toolbar = self.act.toolbar
        self.recent = RecentlyViewed(self.act.menus["recent"], user, self)
        self.shortcut_guard = ShortcutGuard(self)
        self.claim_ctrl_d = ClaimKeys(["Ctrl+D"], self)
        self.claim_ctrl_d.watch(self.search_bar.field)
        self.claim_ctrl_d.watch(detail.note_edit)
        self.type_to_search = TypeToSearch(self)
        for pane in (self.search_bar.field, self.tree, self.results_view.list, detail.browser, detail.note_edit):
            add_focus_ring(pane)
        add_focus_ring(self.bookmarks_panel.list)
        add_focus_ring(self.bookmarks_panel.empty)
        self.type_to_search.watch(detail.browser)
        self.built = True
        self._connect_signals()
        self.retranslate()
        window_state.restore_state(self, self.splitter)
        if library is not None:
            self.set_library(library)
        else:
            self.show_preparing()
        self._user_state_changed()

    # -- wiring: the one place where the parts are connected -------------------------------------------

    def _action_handlers(self) -> dict[str, Callable[..., object]]:
        """What each action of :data:`~npviewer.ui.window.actions.ACTIONS` does, by id."""
        nav, marks, detail, bar = self.navigator, self.bookmarks, self.detail, self.detail.find_bar
        return {
            "back": nav.back,
            "forward": nav.forward,
            "bookmark": marks.toggle,
            "note": marks.edit_current_note,
            "copy": self.copy_citation,
            "copy_chicago": partial(self.copy_citation, "chicago"),
            "copy_bibtex": partial(self.copy_citation, "bibtex"),
            "copy_ris": partial(self.copy_citation, "ris"),
            "brief": self.export_brief,
            "print": self.printing.print_shown,
            "print_preview": self.printing.preview_shown,
            "brief_meeting": self.export_meeting_brief,
            "find": self.searcher.focus_field,
            "find_in_entry": bar.open,
            "find_next": partial(bar.step, 1),
            "find_previous": partial(bar.step, -1),
            "zoom_in": detail.zoom.zoom_in,
            "zoom_out": detail.zoom.zoom_out,
            "zoom_reset": detail.zoom.reset,
            "map_toggle": detail.show_map,
            "save_search": self.searcher.save_current,
            "export_marks": marks.export,
            "import_marks": marks.import_,
            "quit": self.close,
            "help": self.show_help,
            "about": self.show_about,
            "next_tab": partial(self.tabs_reading.step, 1),
            "previous_tab": partial(self.tabs_reading.step, -1),
            "close_tab": self.tabs_reading.close,
            "next_pane": self.panes.step,
            "previous_pane": partial(self.panes.step, False),
            "shortcuts": self.show_shortcuts,
            "bookmarks_toggle": self.bookmarks_keys.toggle,
            "timeline_toggle": self.timeline_keys.toggle,
        }

    def _adopted_actions(self) -> dict[str, QAction]:
        """The actions other parts make, placed in the menus by id."""
        updates = self.content_updates
        return {
            "undo": self.undo.undo_action,
            "redo": self.undo.redo_action,
            "install_content": updates.install_action,
            "rollback_content": updates.rollback_action,
            "whats_changed": updates.changes_action,
        }

    def _connect_signals(self) -> None:
        nav, detail, marks, updates = self.navigator, self.detail, self.bookmarks, self.content_updates
        # reading
        detail.entryLinkActivated.connect(nav.open)
        detail.copyCitationRequested.connect(self.copy_citation)
        detail.exportBriefRequested.connect(self.export_brief)
        detail.browser.context_actions = [self.act[a] for a in ("bookmark", "copy", "brief", "brief_meeting")]
        detail.statusMessage.connect(self.show_status)
        detail.zoom.changed.connect(self._zoomed)
        detail.bookmarkToggleRequested.connect(marks.toggle)
        map_toggle = self.act["map_toggle"]
        map_toggle.setChecked(detail.map_button.isChecked())
        detail.map_button.toggled.connect(map_toggle.setChecked)
        nav.entryOpened.connect(self._entry_opened)
        nav.entryShown.connect(self.map_pane.show_for)
        nav.titleChanged.connect(self.setWindowTitle)
        nav.navigated.connect(self.update_actions)
        self.recent.entryRequested.connect(nav.open)
        detail.entryLinkInNewTab.connect(self.tabs_reading.open)
        self.tabs_reading.countChanged.connect(self.update_actions)
        # search
        self.searcher.statusMessage.connect(self.show_status)
        self.type_to_search.typed.connect(self.searcher.type_to_search)
        self.searcher.entryRequested.connect(nav.open)
        self.searcher.readRequested.connect(self._read_entry)
        # bookmarks and notes
        self.bookmarks_panel.openRequested.connect(nav.open)
        marks.statusMessage.connect(self.show_status)
        marks.shownChanged.connect(self.update_actions)
        marks.noteEdited.connect(self.notes.save)
        self.notes.statusMessage.connect(self.show_status)
        # the timeline and the map
        self.timeline.viewMade.connect(self._pane_made)
        self.map_pane.viewMade.connect(self._pane_made)
        self.timeline.entryRequested.connect(nav.open)
        self.timeline.disputeRequested.connect(self.open_dispute)
        self.map_pane.entryRequested.connect(nav.open)
        # content updates
        updates.libraryOpened.connect(self._switch_library)
        updates.statusMessage.connect(self.statusBar().showMessage)
        updates.entryRequested.connect(nav.open)
        updates.changedEntries.connect(self.bookmarks_model.set_changed)
        # the window's own
        for dock, action_id in ((self.bookmarks_dock, "bookmarks_toggle"), (self.timeline_dock, "timeline_toggle")):
            dock.toggleViewAction().toggled.connect(self.act[action_id].setChecked)
        self.claim_ctrl_d.claimed.connect(self._ctrl_d_in_a_field)
        self.read_only_bar.retryRequested.connect(self.retry_user_data)
        self.user.state_changed.connect(self._user_state_changed)

    def _entry_print_job(self) -> DocumentJob | None:
        """The entry pane's page to print: the entry or the source on show (the welcome page is not)."""
        from npviewer.ui.common.printing import DocumentJob

        if self.navigator.current_id() is None:
            return None
        return DocumentJob(self.navigator.shown_title, self.detail.print_document)

    def _pane_made(self, view: QWidget) -> None:
        """A pane made on first use (the timeline, the map): its focus ring, and typing searches."""
        from npviewer.ui.common.focus_ring import add_focus_ring
        from npviewer.ui.common.type_to_search import PANE_KEYS

        add_focus_ring(view)
        self.type_to_search.watch(view, keep=PANE_KEYS)

    def _entry_opened(self, entry_id: str) -> None:
        self.timeline.follow(entry_id)
        self.detail.find_bar.refresh()

    def _read_entry(self) -> None:
        self.detail.browser.setFocus()

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
        """Show ``library``'s content in every part (at start, once it has been prepared, after an update)."""
        from npviewer.ui.common import settings

        self.library = library
        library.set_language(i18n.language())
        self.worker.set_library(library)
        status = library.status
        settings.save((settings.FIRST_VIEW_STORE, str(status.path)), (settings.FIRST_VIEW_IMMUTABLE, status.immutable))
        parts = (self.navigator, self.searcher, self.timeline, self.map_pane, self.bookmarks, self.content_updates)
        for part in (*parts, self.recent):
            part.set_library(library)
        self.content_version.show_for(library)
        self.navigator.show_welcome()
        self.update_actions()

    def _switch_library(self, library: Library) -> None:
        """A content update switched the content: the same entry again if it is still there (or
        bookmarked), the same search again; the library shown before is closed."""
        from npviewer.store.records import DOCUMENT_PREFIX

        navigator = self.navigator
        shown, query, old = navigator.current_id(), self.search_bar.text(), self.library
        navigator.current, navigator.shown_document = None, None
        self.set_library(library)
        if old is not None and old is not library:
            old.close()
        if shown and (library.repo.exists(shown) or shown.startswith(DOCUMENT_PREFIX) or self.user.bookmark(shown)):
            navigator.show(shown)
        if query.strip():
            self.searcher.run(query)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what applies to the entry on show; the star and its words follow the bookmark."""
        if not self.built:
            return
        entry = self.navigator.current
        writable = not self.user.read_only
        history = self.navigator.history
        conditions = {
            "can_go_back": history.can_go_back(),
            "can_go_forward": history.can_go_forward(),
            "entry": entry is not None,
            "entry_writable": entry is not None and writable,
            "writable": writable,
            "bookmarked": entry is not None and self.user.is_bookmarked(entry.id),
            "library": self.library is not None,
            "bookmarks_shown": self.bookmarks_dock.toggleViewAction().isChecked(),
            "timeline_shown": self.timeline_dock.toggleViewAction().isChecked(),
            "tabs": self.tabs_reading.count() > 1,
            "printable": self.printing.job() is not None,
            "meeting": entry is not None and entry.kind in MEETING_KINDS and self.library is not None,
        }
        self.act.update(conditions)
        self.detail.star_button.setEnabled(conditions["entry_writable"])

    def open_dispute(self, entry_id: str) -> None:
        """Show an entry at its "Disputed" section (the timeline's "?" badge leads here)."""
        from npviewer.ui.reading.entry_html import DISPUTE_ANCHOR

        self.navigator.open(entry_id)
        if self.navigator.current_id() == entry_id:
            self.detail.browser.scrollToAnchor(DISPUTE_ANCHOR)
            said = translate("MainWindow", "Sources disagree on this date: each version is listed with its source.")
            self.show_status(said)
            from npviewer.ui.common.announce import announce

            announce(self.detail.browser, said)

    def _panes(self) -> list[QWidget | None]:
        """The panes in F6's order: search, the tree or the results, the map, the entry, its note, the
        bookmarks, the timeline (those on show)."""
        left = self.results_view.list if self.tabs.currentWidget() is self.results_view else self.tree
        timeline = self.timeline.panel.view if self.timeline.panel is not None else None
        detail = self.detail
        return [self.search_bar.field, left, self.map_pane.view, detail.browser, detail.note_edit,
                self.bookmarks_panel.focus_target(), timeline]  # fmt: skip

    def focus_next_pane(self) -> None:
        """F6: the next pane on show (see :meth:`_panes`)."""
        self.panes.step()

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

    # -- citation, brief, dialogs ------------------------------------------------------------------

    def copy_citation(self, fmt: str = "plain") -> None:
        """Copy the entry's citation: plain text, a Chicago note, BibTeX or RIS."""
        entry = self.navigator.current
        if entry is None or self.library is None:
            return
        from npviewer.store.citing import format_citation

        repo = self.library.repo
        fmt = fmt if isinstance(fmt, str) and fmt else "plain"
        documents, coverage = self.navigator.documents, repo.coverage()
        text = format_citation(fmt, entry, documents, coverage, repo.content_version, self.library.language)
        QGuiApplication.clipboard().setText(text)
        copied = {
            "chicago": translate("MainWindow", "Chicago note copied"),
            "bibtex": translate("MainWindow", "BibTeX record copied"),
            "ris": translate("MainWindow", "RIS record copied"),
        }
        self.show_status(copied.get(fmt) or translate("MainWindow", "Citation copied"))

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
        """Export a PDF brief of a region (the one shown, or the one asked for)."""
        if self.library is None:
            return
        region = region_id if isinstance(region_id, str) else self.navigator.region_of_current()
        shown = self.navigator.current
        meeting = shown.ref if shown is not None and shown.kind in MEETING_KINDS else None
        self.brief_controller().export_region(region, meeting)

    def export_meeting_brief(self) -> None:
        """Export the brief of the meeting (or the body's latest meeting) on show."""
        shown = self.navigator.current
        if self.library is not None and shown is not None and shown.kind in MEETING_KINDS:
            self.brief_controller().export_meeting(shown.ref)

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts (and ?): every key of the window and its panes."""
        from npviewer.ui.window.help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_help(self) -> None:
        from npviewer.ui.window.help import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        from npviewer.ui.window.about import AboutDialog

        repo = self.library.repo if self.library is not None else None
        from npviewer.ui.reading.entry_html import coverage_text

        coverage = coverage_text(repo.coverage()) if repo else ""
        provenance = self.library.provenance if self.library is not None else None
        version, documents = (repo.content_version, repo.documents()) if repo else ("", [])
        AboutDialog(version, documents, self, coverage, provenance).exec()

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

    # -- language ----------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """View > Language: switch the interface (and the content's names) at once, and remember it."""
        from npviewer.ui.common.language import apply_language, save_language

        save_language(lang)
        if lang != i18n.language():
            apply_language(lang)

    def set_theme(self, key: str) -> None:
        """View > Theme: the window in the system's colours, or npviewer's light or dark palette, now and
        at the next start."""
        from npviewer.ui.common.theme import choose_theme

        choose_theme(key)
        for action in self.act.themes.actions():
            action.setChecked(action.data() == key)

    def retranslate(self) -> None:
        """The window's own texts and its actions' (its parts retranslate themselves), then the content's
        names in the interface language, shown again where they were."""
        from npviewer.ui.window.language import retranslate_qt_buttons

        self.tree.setAccessibleName(translate("MainWindow", "Browse regions, countries and measures"))
        self.tabs.setAccessibleName(translate("MainWindow", "Browse or search"))
        self.tabs.setTabText(0, translate("MainWindow", "Browse"))
        self.tabs.setTabText(1, translate("MainWindow", "Search"))
        self.bookmarks_dock.setWindowTitle(translate("MainWindow", "Bookmarks"))
        self.bookmarks_dock.setAccessibleName(translate("MainWindow", "Bookmarks"))
        self.timeline_dock.setWindowTitle(translate("MainWindow", "Timeline"))
        self.timeline_dock.setAccessibleName(translate("MainWindow", "Timeline"))
        self.timeline_placeholder.setText(translate("MainWindow", "Preparing the timeline…"))
        self.act.retranslate()
        self.update_actions()
        self.content_updates.retranslate()
        self.content_version.retranslate()
        self.undo.retranslate()
        retranslate_qt_buttons(self)
        self._rename_content()

    def _rename_content(self) -> None:
        """Show the content in the interface language: names, the entry on show, tree, lists, timeline."""
        library = self.library
        if library is None:
            self.setWindowTitle(_title())
            return
        if library.language != i18n.language():
            library.set_language(i18n.language())
            self.searcher.set_regions()
            self.navigator.rename()
            self.bookmarks.refresh()
            self.timeline.set_library(library)
            self.content_updates.relabel()
            if self.search_bar.text().strip():
                self.searcher.search(self.search_bar.text())
        shown = self.navigator.current_id()
        if shown is not None:
            self.navigator.show(shown)  # the entry again, in the new language; the history is untouched
        else:
            self.setWindowTitle(_title())
            self.navigator.show_welcome()

    # -- events and state --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: the mouse's back and forward buttons, anywhere in the window."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and self.built:
            from PySide6.QtCore import Qt

            if event.button() == Qt.MouseButton.BackButton:
                self.navigator.back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.navigator.forward()
                return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QMainWindow.mousePressEvent: back and forward buttons outside the views."""
        if not self.eventFilter(self, event):
            super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QMainWindow.changeEvent: on coming back to the window, pick up bookmarks another
        npviewer window (another process, same data) may have changed meanwhile; on a language change,
        name everything in the new language."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.library is not None:
            shown = self.navigator.current
            self.bookmarks.changed([shown.id] if shown is not None else [])
        elif event.type() == QEvent.Type.LanguageChange and self.built:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: save the note and the window's state; stop the worker."""
        if not self.built:  # closed within the first paint's turn: nothing changed, nothing half-made saved
            super().closeEvent(event)
            return
        self.detail.save_note_if_changed(leaving=True)  # what cannot be saved is asked about next
        if not self.notes.may_close():
            event.ignore()
            return
        if self.content_updates.is_running():
            self.content_updates.cancel()
            self.content_updates.wait()
        if self._brief_controller is not None and self._brief_controller.is_running():
            self._brief_controller.cancel()
            self._brief_controller.wait()
        self.timeline.save_state()
        window_state.save_state(self, self.splitter, self.navigator.current_id())
        self.worker.shutdown()
        super().closeEvent(event)
