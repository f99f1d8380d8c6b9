"""What the window does when the interface language changes: its own texts, and the content's names.

Every widget sets its own texts again on Qt's ``LanguageChange`` event; the window then names the
content in the new language (Korean names of regions, places, programmes and bodies) and shows it
again where it is: the tree keeps its open branches and selection, the entry on show, the search and
its results, the bookmarks and the timeline stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractButton

from npviewer import i18n
from npviewer.i18n import translate
from npviewer.ui.common.roles import PATH_ROLE
from npviewer.ui.reading.entry_html import welcome_html

if TYPE_CHECKING:
    from npviewer.ui.window.main_window import MainWindow


def retranslate_window(window: MainWindow) -> None:
    """The window's own texts (its parts retranslate themselves), then the content's names."""
    window.tree.setAccessibleName(translate("MainWindow", "Browse regions, countries and measures"))
    window.tabs.setAccessibleName(translate("MainWindow", "Browse or search"))
    window.tabs.setTabText(0, translate("MainWindow", "Browse"))
    window.tabs.setTabText(1, translate("MainWindow", "Search"))
    window.bookmarks_dock.setWindowTitle(translate("MainWindow", "Bookmarks"))
    window.bookmarks_dock.setAccessibleName(translate("MainWindow", "Bookmarks"))
    window.timeline_dock.setWindowTitle(translate("MainWindow", "Timeline"))
    window.timeline_dock.setAccessibleName(translate("MainWindow", "Timeline"))
    window.timeline_placeholder.setText(translate("MainWindow", "Preparing the timeline…"))
    window.act.retranslate()
    window.content_updates.retranslate()
    window.marks.undo.retranslate()
    _retranslate_qt_buttons(window)
    rename_content(window)


def _retranslate_qt_buttons(window: MainWindow) -> None:
    """Qt names its docks' and tab bars' own buttons when it makes them, and not again on a language
    change: name them in the new language (in Qt's own words, from its catalogue's contexts)."""
    names = {
        "qt_dockwidget_closebutton": (
            translate("QDockWidget", "Close"),
            translate("QDockWidget", "Closes the dock widget"),
        ),
        "qt_dockwidget_floatbutton": (
            translate("QDockWidget", "Float"),
            translate("QDockWidget", "Undocks and re-attaches the dock widget"),
        ),
        "ScrollLeftButton": (translate("QTabBar", "Scroll Left"), ""),
        "ScrollRightButton": (translate("QTabBar", "Scroll Right"), ""),
    }
    for button in window.findChildren(QAbstractButton):
        name = names.get(button.objectName())
        if name is not None:
            button.setAccessibleName(name[0])
            if name[1]:
                button.setAccessibleDescription(name[1])


def rename_content(window: MainWindow) -> None:
    """Show the content in the interface language: names, the entry on show, tree, lists, timeline."""
    library = window.library
    if library is None:
        window.setWindowTitle(translate("MainWindow", "npviewer \u2014 New Northern Policy"))
        return
    if library.language != i18n.language():
        library.set_language(i18n.language())
        expanded = _expanded_paths(window)
        regions = library.repo.regions()
        window.search_results_model().set_region_titles({r.id: r.title for r in regions})
        window.search_bar.set_regions(regions)
        window.tree_model.set_tree(library.tree)
        if window.tree_model.canFetchMore(QModelIndex()):
            window.tree_model.fetchMore(QModelIndex())
        for path in expanded:
            index = window.tree_model.index_of_path(path)
            if index.isValid():
                window.tree.expand(index)
        window.marks.refresh()
        window.timeline.set_library(library)
        if window.search_bar.text().strip():
            window.searcher.search(window.search_bar.text())
    shown = window.current_entry_id()
    if shown is not None:
        window.navigator.show(shown)  # the entry again, in the new language; the history is untouched
    else:
        window.setWindowTitle(translate("MainWindow", "npviewer \u2014 New Northern Policy"))
        window.detail.browser.setHtml(welcome_html(library.repo.regions(), library.repo.coverage()))


def _expanded_paths(window: MainWindow) -> list[tuple[str, ...]]:
    """The tree's open branches (paths of ids, which do not change with the language), top down."""
    model, out = window.tree_model, []
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if window.tree.isExpanded(index):
                out.append(tuple(index.data(PATH_ROLE)))
                pending.append(index)
    return out
