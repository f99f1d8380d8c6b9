"""Which entry the window shows: opening entries and source documents, back and forward, and keeping
the browse tree's selection on the entry shown without opening it a second time.

Signals (of :class:`Navigator`):
    entryOpened(str): an entry (or a ``doc:`` source, or a vanished bookmark's page) is now shown.
    entryShown(object): the :class:`Entry` now shown, or None (the map follows it).
    navigated(): after open, back and forward: what is shown or the history may have changed.
    titleChanged(str): the window's title for what is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QTreeView, QWidget

from npviewer.i18n import translate
from npviewer.store.library import Library
from npviewer.store.records import DOCUMENT_PREFIX, Document, Entry
from npviewer.store.repository import UnknownEntry
from npviewer.store.userdata import Bookmark, UserDataError
from npviewer.ui.common.plain import inform
from npviewer.ui.common.roles import ENTRY_ID_ROLE, PATH_ROLE
from npviewer.ui.common.user_bridge import UserBridge
from npviewer.ui.reading.detail_view import DetailView
from npviewer.ui.reading.entry_html import RenderedEntry, coverage_text, render_document
from npviewer.ui.reading.history import NavigationHistory
from npviewer.ui.reading.page import welcome_html
from npviewer.ui.reading.tree_model import BrowseTreeModel

log = logging.getLogger(__name__)


class Navigator(QObject):
    """Shows entries in the detail pane and keeps the history and the tree in step.

    ``missing_page`` words the page of a bookmark whose entry left the content; ``parent`` (the
    window) is the parent of its messages."""

    entryOpened = Signal(str)
    entryShown = Signal(object)
    navigated = Signal()
    titleChanged = Signal(str)

    def __init__(
        self,
        tree: QTreeView,
        tree_model: BrowseTreeModel,
        detail: DetailView,
        user: UserBridge,
        missing_page: Callable[[Bookmark], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.tree, self.tree_model, self.detail, self.user = tree, tree_model, detail, user
        self._missing_page = missing_page
        self._messages_parent = parent
        self.library: Library | None = None
        self.glossary: dict[str, str] = {}
        self.documents: dict[str, Document] = {}
        self.history = NavigationHistory()
        #: The title of what is shown (an entry, a source, a vanished bookmark), "" for the welcome page.
        self.shown_title = ""
        self.current: Entry | None = None
        self.shown_document: str | None = None
        self._following = False
        tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        tree.activated.connect(self._tree_activated)

    def set_library(self, library: Library) -> None:
        """Browse ``library``: its glossary, its documents and its tree."""
        self.library = library
        repo = library.repo
        self.glossary = {g.term: g.expansion for g in repo.glossary()}
        self.documents = {d.id: d for d in repo.documents()}
        self.show_tree()

    def show_tree(self) -> None:
        """The library's tree with its top level fetched."""
        assert self.library is not None
        self.tree_model.set_tree(self.library.tree)
        if self.tree_model.canFetchMore(QModelIndex()):
            self.tree_model.fetchMore(QModelIndex())

    def show_welcome(self) -> None:
        """The welcome page: the regions and what the content is current to."""
        assert self.library is not None
        repo = self.library.repo
        html = welcome_html([(r.id, r.title) for r in repo.regions()], coverage_text(repo.coverage()))
        if self.detail.browser.page_html != html:  # the first paint may have shown it already
            self.detail.browser.setHtml(html)

    def rename(self) -> None:
        """The content's names changed language: the tree again, with the same branches open."""
        expanded = self._expanded_paths()
        self.show_tree()
        for path in expanded:
            index = self.tree_model.index_of_path(path)
            if index.isValid():
                self.tree.expand(index)

    def _expanded_paths(self) -> list[tuple[str, ...]]:
        """The tree's open branches (paths of ids, which do not change with the language), top down."""
        model, out = self.tree_model, []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    out.append(tuple(index.data(PATH_ROLE)))
                    pending.append(index)
        return out

    def _titled(self, title: str) -> None:
        self.shown_title = title
        self.titleChanged.emit(f"{title} \u2014 npviewer")

    def title_of(self, entry_id: str) -> str:
        """What ``entry_id`` is called (an entry, a ``doc:`` source, a vanished bookmark), without showing it."""
        if self.library is None:
            return entry_id
        repo = self.library.repo
        if entry_id.startswith(DOCUMENT_PREFIX):
            document = repo.document(entry_id.removeprefix(DOCUMENT_PREFIX))
            return document.display_title if document is not None else entry_id
        ref = repo.ref(entry_id)
        if ref is not None:
            return ref.title
        mark = self.user.bookmark(entry_id)
        return mark.title if mark is not None else entry_id

    def use_history(self, history: NavigationHistory) -> None:
        """Read on in another history (a reading tab): what it was at is shown again."""
        self.history = history
        shown = history.current
        if shown is None or not self.show(shown):
            self.current, self.shown_document = None, None
            self.shown_title = ""
            if self.library is not None:
                self.show_welcome()
            self.entryShown.emit(None)
        self.navigated.emit()

    def current_id(self) -> str | None:
        """The entry on show, or the ``doc:`` id of the source document on show."""
        return self.current.id if self.current is not None else self.shown_document

    def region_of_current(self) -> str | None:
        """The region of the entry on show: itself, or the region above it."""
        if self.current is None:
            return None
        if self.current.kind == "region":
            return self.current.id
        return next((r.id for r in self.current.breadcrumb if r.kind == "region"), None)

    def open(self, entry_id: str) -> bool:
        """Show an entry and record it in the history; False when it cannot be shown."""
        if self.show(entry_id):
            self.history.visit(entry_id)
            self.navigated.emit()
            return True
        return False

    def back(self) -> None:
        entry_id = self.history.back()
        if entry_id is not None:
            self.show(entry_id)
        self.navigated.emit()

    def forward(self) -> None:
        entry_id = self.history.forward()
        if entry_id is not None:
            self.show(entry_id)
        self.navigated.emit()

    def show(self, entry_id: str) -> bool:
        """Show an entry (or a source document) without touching the history."""
        if self.library is None:
            return False
        if entry_id.startswith(DOCUMENT_PREFIX):
            return self._show_document(entry_id)
        try:
            entry = self.library.repo.entry(entry_id)
        except UnknownEntry:
            mark = self.user.bookmark(entry_id)
            if mark is not None:  # bookmarked, then removed by a content update: its title and note
                self.current, self.shown_document = None, None
                self.detail.show_document(RenderedEntry(self._missing_page(mark), ()))
                self.entryShown.emit(None)
                self._titled(mark.title)
                self.entryOpened.emit(mark.entry_id)
                self.tree.selectionModel().clearSelection()
                return True
            inform(
                self._messages_parent,
                translate("MainWindow", "Not in the content"),
                translate("MainWindow", "There is no entry “{id}” in this content.").format(id=entry_id),
            )
            return False
        self.current = entry
        self.shown_document = None
        mark = self.user.bookmark(entry.id)
        draft = self.user.draft(entry.id) if mark is not None else None
        self.detail.show_entry(entry, self.glossary, mark is not None, mark.note if mark else "", self.documents, draft)
        self.entryShown.emit(entry)
        self._titled(entry.title)
        self.follow_in_tree(entry.id)
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
            inform(
                self._messages_parent,
                translate("MainWindow", "Not in the content"),
                translate("MainWindow", "There is no source “{id}” in this content.").format(id=ref_id),
            )
            return False
        self.current = None
        self.detail.show_document(render_document(document, repo.citations_of(document.id)))
        self.entryShown.emit(None)
        self._titled(document.display_title)
        self.follow_in_tree(ref_id)
        self.shown_document = ref_id
        self.entryOpened.emit(ref_id)
        return True

    # -- the tree ----------------------------------------------------------------------------------

    def follow_in_tree(self, entry_id: str) -> None:
        """Expand the tree down to the entry and select it, without opening it again."""
        if self.library is None:
            return
        tree = self.tree
        current = tree.currentIndex()
        if current.isValid() and current.data(ENTRY_ID_ROLE) == entry_id:
            return
        path = self.library.tree.path_of(entry_id)
        index = self.tree_model.index_of_path(path) if path else QModelIndex()
        self._following = True
        try:
            if index.isValid():
                parent = index.parent()
                while parent.isValid():
                    tree.expand(parent)
                    parent = parent.parent()
                tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                tree.scrollTo(index)
            else:
                tree.selectionModel().clearSelection()
        finally:
            self._following = False

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        if entry_id and not self._following and entry_id != self.current_id():
            self.open(str(entry_id))

    def _tree_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id:
            self.open(str(entry_id))
            self.detail.browser.setFocus()
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
