"""The main window's parts, made in two steps so that the window can be drawn before it is complete.

:func:`build_central` makes what the first paint shows (the search field, the tree, the entry); it
imports only those widgets. :func:`build_rest` makes everything else (the docks, the actions with
the toolbar and menus, the read-only notice, the helpers that do the work), after the first paint
when the window is started by ``run_gui``, at once otherwise; it imports its modules when it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QTreeView, QVBoxLayout, QWidget

from npviewer.i18n import translate
from npviewer.ui.common.icons import set_tab_icon
from npviewer.ui.common.screen_fit import available, screen_share
from npviewer.ui.reading.detail_view import DetailView
from npviewer.ui.search.results_view import ResultsView
from npviewer.ui.search.search_bar import SearchBar

if TYPE_CHECKING:
    from npviewer.ui.window.main_window import MainWindow


def build_central(window: MainWindow) -> None:
    """The search field, the tree and the search results in tabs, and the entry, side by side."""
    from PySide6.QtWidgets import QSplitter

    window.search_bar = SearchBar()
    window.tree = tree = QTreeView()
    tree.setObjectName("browseTree")
    tree.setHeaderHidden(True)
    tree.setModel(window.tree_model)
    tree.setUniformRowHeights(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    window.results_view = ResultsView(window.search_results_model())
    for view in (tree, window.results_view.list):  # a few rows, fewer on a short (scaled) screen
        view.setMinimumHeight(screen_share(window, 0.1, 70))
    window.tabs = tabs = QTabWidget()
    tabs.setObjectName("leftTabs")
    tabs.addTab(tree, translate("MainWindow", "Browse"))
    tabs.addTab(window.results_view, translate("MainWindow", "Search"))
    set_tab_icon(tabs, 0, "region")
    set_tab_icon(tabs, 1, "search")
    left = QWidget()
    left.setObjectName("leftPane")
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.setSpacing(2)
    left_layout.addWidget(window.search_bar)
    left_layout.addWidget(tabs, 1)
    window.detail = DetailView()
    window.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(left)
    splitter.addWidget(window.detail)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    central = QWidget()
    window.central_layout = layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar().setObjectName("statusBar")


def build_docks(window: MainWindow) -> None:
    """The read-only notice above the panes, the bookmarks dock and the timeline's (empty) dock."""
    from PySide6.QtWidgets import QDockWidget, QLabel

    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.window.read_only_bar import ReadOnlyBar

    window.read_only_bar = ReadOnlyBar()
    window.central_layout.insertWidget(0, window.read_only_bar)
    window.bookmarks_panel = BookmarksPanel(window.bookmarks_model())
    window.bookmarks_dock = dock = QDockWidget(window)
    dock.setObjectName("bookmarksDock")
    dock.setWidget(window.bookmarks_panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    free = available(window)  # 280 px, or a quarter of a narrow (scaled) screen
    window.resizeDocks([dock], [min(280, free.width() // 4) if free else 280], Qt.Orientation.Horizontal)

    #: The timeline: its panel is made when the dock is first shown (see TimelineDock).
    window.timeline_dock = QDockWidget(window)
    window.timeline_dock.setObjectName("timelineDock")
    window.timeline_placeholder = QLabel()
    window.timeline_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.timeline_dock.setWidget(window.timeline_placeholder)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.timeline_dock)
    window.timeline_dock.hide()
    for view in (window.tree, window.results_view.list, window.bookmarks_panel.list, window.detail.browser):
        view.viewport().installEventFilter(window)


def build_rest(window: MainWindow) -> None:
    """Everything the first paint does not show, and the helpers that do the window's work."""
    from npviewer.ui.bookmarks.actions import BookmarkActions
    from npviewer.ui.common.icons import app_icon
    from npviewer.ui.common.keys import ClaimKeys, ShortcutGuard
    from npviewer.ui.content_update.controller import ContentUpdateController, add_content_menu
    from npviewer.ui.map.pane import MapPane
    from npviewer.ui.reading.navigator import Navigator
    from npviewer.ui.search.controller import SearchController
    from npviewer.ui.timeline.dock import TimelineDock
    from npviewer.ui.window.actions import WindowActions

    window.setWindowIcon(app_icon())
    build_docks(window)
    window.navigator = Navigator(window)
    window.searcher = SearchController(window)
    window.marks = BookmarkActions(window)
    window.undo, window.notes = window.marks.undo, window.marks.notes
    window.act = act = WindowActions(window)
    window.content_updates = ContentUpdateController(window)
    add_content_menu(window.content_updates, window.menuBar())
    window.toolbar = act.toolbar
    window.back_action, window.forward_action = act.back, act.forward
    window.bookmark_action, window.brief_action = act.bookmark, act.brief
    window.timeline_toggle, window.copy_format_actions = act.timeline_toggle, act.copy_formats
    window.shortcut_guard = ShortcutGuard(window)
    window.claim_ctrl_d = ClaimKeys(["Ctrl+D"], window)
    window.claim_ctrl_d.watch(window.search_bar.field)
    window.claim_ctrl_d.watch(window.detail.note_edit)
    window.timeline = TimelineDock(window)
    window.map_pane = MapPane(window)
