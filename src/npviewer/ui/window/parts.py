"""The main window's widgets, made in two steps so that the window can be drawn before it is complete.

:func:`build_central` makes what the first paint shows: the search field, the tree's top level (a
plain ``QStandardItemModel`` of the rows :mod:`npviewer.first_view` read), the entry pane's text and
buttons; it imports only those widgets, and touches no ``Qt.`` enum (the first lookup of any makes the
whole ``Qt`` namespace, 15 ms). :func:`finish_central` puts the real tree model and the search results
in after the paint, and :func:`build_docks` makes the read-only notice and the docks; they import their
modules when they run. The window makes the controllers that work them and wires them together
(:meth:`MainWindow.finish_building <npviewer.ui.window.main_window.MainWindow.finish_building>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QSplitter, QTabWidget, QTreeView, QVBoxLayout, QWidget

from npviewer.i18n import translate
from npviewer.ui.common.icons import kind_icon, set_tab_icon
from npviewer.ui.common.screen_fit import screen_share
from npviewer.ui.reading.detail_view import DetailView
from npviewer.ui.search.search_bar import SearchBar

if TYPE_CHECKING:  # made after the first paint
    from PySide6.QtWidgets import QDockWidget, QLabel

    from npviewer.first_view import FirstView
    from npviewer.ui.bookmarks.model import BookmarksModel
    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.reading.tree_model import BrowseTreeModel
    from npviewer.ui.search.results_model import SearchResultsModel
    from npviewer.ui.search.results_view import ResultsView
    from npviewer.ui.window.read_only_bar import ReadOnlyBar


class Central(NamedTuple):
    """What the first paint shows."""

    search_bar: SearchBar
    tree: QTreeView
    tabs: QTabWidget
    detail: DetailView
    splitter: QSplitter
    layout: QVBoxLayout


class Docks(NamedTuple):
    """The read-only notice above the panes, and the docks: the bookmarks and the (empty) timeline."""

    read_only_bar: ReadOnlyBar
    bookmarks_panel: BookmarksPanel
    bookmarks_dock: QDockWidget
    timeline_dock: QDockWidget
    timeline_placeholder: QLabel


def first_tree_model(first: FirstView | None, parent: QWidget) -> QStandardItemModel:
    """The tree's top level for the first paint: each row with its icon and an expander (a child
    stands for the ones the real model fetches when the row is opened)."""
    model = QStandardItemModel(parent)
    for row in first.rows if first is not None else ():
        item = QStandardItem(kind_icon(row.kind), row.title)
        item.appendRow(QStandardItem())
        model.appendRow(item)
    return model


def build_central(window: QMainWindow, first: FirstView | None) -> Central:
    """The search field, the tree (its top level) beside a tab for the results, and the entry pane."""
    search_bar = SearchBar()
    tree = QTreeView()
    tree.setObjectName("browseTree")
    tree.setHeaderHidden(True)
    tree.setModel(first_tree_model(first, tree))
    tree.setUniformRowHeights(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setMinimumHeight(screen_share(window, 0.1, 70))  # a few rows, fewer on a short (scaled) screen
    tabs = QTabWidget()
    tabs.setObjectName("leftTabs")
    tabs.addTab(tree, translate("MainWindow", "Browse"))
    tabs.addTab(QWidget(), translate("MainWindow", "Search"))  # the results: after the first paint
    set_tab_icon(tabs, 0, "region")
    set_tab_icon(tabs, 1, "search")
    left = QWidget()
    left.setObjectName("leftPane")
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.setSpacing(2)
    left_layout.addWidget(search_bar)
    left_layout.addWidget(tabs, 1)
    detail = DetailView(staged=True)
    splitter = QSplitter()  # horizontal, as it comes: no Qt.Orientation on the way to the first paint
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
    return Central(search_bar, tree, tabs, detail, splitter, layout)


def finish_central(
    window: QMainWindow, central: Central, tree_model: BrowseTreeModel, results_model: SearchResultsModel
) -> ResultsView:
    """After the first paint: the real tree model in the tree, and the search results in their tab."""
    from npviewer.ui.search.results_view import ResultsView

    first_model = central.tree.model()
    central.tree.setModel(tree_model)
    first_model.deleteLater()
    results_view = ResultsView(results_model)
    results_view.list.setMinimumHeight(screen_share(window, 0.1, 70))
    tabs = central.tabs
    placeholder = tabs.widget(1)
    current = tabs.currentIndex()
    tabs.removeTab(1)
    if placeholder is not None:
        placeholder.deleteLater()
    tabs.insertTab(1, results_view, translate("MainWindow", "Search"))
    set_tab_icon(tabs, 1, "search")
    tabs.setCurrentIndex(current)
    central.detail.finish_building()
    return results_view


def build_docks(
    window: QMainWindow, central: Central, results_view: ResultsView, bookmarks_model: BookmarksModel
) -> Docks:
    """The read-only notice above the panes, the bookmarks dock and the timeline's (empty) dock."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QLabel

    from npviewer.ui.bookmarks.panel import BookmarksPanel
    from npviewer.ui.common.screen_fit import available
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
    for view in (central.tree, results_view.list, bookmarks_panel.list, central.detail.browser):
        view.viewport().installEventFilter(window)
    return Docks(read_only_bar, bookmarks_panel, dock, timeline_dock, placeholder)
