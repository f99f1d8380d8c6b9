"""The main window's widgets, made in two steps so that the window can be drawn before it is complete.

:func:`build_central` makes what the first paint shows (the search field, the tree, the entry); it
imports only those widgets. :func:`build_docks` makes the read-only notice and the docks, after the
first paint when the window is started by ``run_gui``, at once otherwise; it imports its modules when
it runs. The window makes the controllers that work them and wires them together
(:meth:`MainWindow.finish_building <npviewer.ui.window.main_window.MainWindow.finish_building>`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QTabWidget, QTreeView, QVBoxLayout, QWidget

from npviewer.i18n import translate
from npviewer.ui.common.icons import set_tab_icon
from npviewer.ui.common.screen_fit import available, screen_share
from npviewer.ui.reading.detail_view import DetailView
from npviewer.ui.reading.tree_model import BrowseTreeModel
from npviewer.ui.search.results_model import SearchResultsModel
from npviewer.ui.search.results_view import ResultsView
from npviewer.ui.search.search_bar import SearchBar

if TYPE_CHECKING:  # made after the first paint
    from PySide6.QtWidgets import QDockWidget, QLabel, QSplitter

    from npviewer.ui.bookmarks.model import BookmarksModel
    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.window.read_only_bar import ReadOnlyBar


@dataclass(frozen=True)
class Central:
    """What the first paint shows."""

    search_bar: SearchBar
    tree: QTreeView
    results_view: ResultsView
    tabs: QTabWidget
    detail: DetailView
    splitter: QSplitter
    layout: QVBoxLayout


@dataclass(frozen=True)
class Docks:
    """The read-only notice above the panes, and the docks: the bookmarks and the (empty) timeline."""

    read_only_bar: ReadOnlyBar
    bookmarks_panel: BookmarksPanel
    bookmarks_dock: QDockWidget
    timeline_dock: QDockWidget
    timeline_placeholder: QLabel


def build_central(window: QMainWindow, tree_model: BrowseTreeModel, results_model: SearchResultsModel) -> Central:
    """The search field, the tree and the search results in tabs, and the entry, side by side."""
    from PySide6.QtWidgets import QSplitter

    search_bar = SearchBar()
    tree = QTreeView()
    tree.setObjectName("browseTree")
    tree.setHeaderHidden(True)
    tree.setModel(tree_model)
    tree.setUniformRowHeights(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    results_view = ResultsView(results_model)
    for view in (tree, results_view.list):  # a few rows, fewer on a short (scaled) screen
        view.setMinimumHeight(screen_share(window, 0.1, 70))
    tabs = QTabWidget()
    tabs.setObjectName("leftTabs")
    tabs.addTab(tree, translate("MainWindow", "Browse"))
    tabs.addTab(results_view, translate("MainWindow", "Search"))
    set_tab_icon(tabs, 0, "region")
    set_tab_icon(tabs, 1, "search")
    left = QWidget()
    left.setObjectName("leftPane")
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.setSpacing(2)
    left_layout.addWidget(search_bar)
    left_layout.addWidget(tabs, 1)
    detail = DetailView()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar().setObjectName("statusBar")
    return Central(search_bar, tree, results_view, tabs, detail, splitter, layout)


def build_docks(window: QMainWindow, central: Central, bookmarks_model: BookmarksModel) -> Docks:
    """The read-only notice above the panes, the bookmarks dock and the timeline's (empty) dock."""
    from PySide6.QtWidgets import QDockWidget, QLabel

    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.window.read_only_bar import ReadOnlyBar

    read_only_bar = ReadOnlyBar()
    central.layout.insertWidget(0, read_only_bar)
    bookmarks_panel = BookmarksPanel(bookmarks_model)
    dock = QDockWidget(window)
    dock.setObjectName("bookmarksDock")
    dock.setWidget(bookmarks_panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    free = available(window)  # 280 px, or a quarter of a narrow (scaled) screen
    window.resizeDocks([dock], [min(280, free.width() // 4) if free else 280], Qt.Orientation.Horizontal)

    #: The timeline: its panel is made when the dock is first shown (see TimelineDock).
    timeline_dock = QDockWidget(window)
    timeline_dock.setObjectName("timelineDock")
    placeholder = QLabel()
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    timeline_dock.setWidget(placeholder)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, timeline_dock)
    timeline_dock.hide()
    for view in (central.tree, central.results_view.list, bookmarks_panel.list, central.detail.browser):
        view.viewport().installEventFilter(window)
    return Docks(read_only_bar, bookmarks_panel, dock, timeline_dock, placeholder)
