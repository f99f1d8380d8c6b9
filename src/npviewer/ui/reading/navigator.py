"""Which entry the window shows: opening entries and source documents, back and forward, and keeping
the browse tree's selection on the entry shown without opening it a second time."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject

from npviewer.i18n import translate
from npviewer.store.records import DOCUMENT_PREFIX, Entry
from npviewer.store.repository import UnknownEntry
from npviewer.store.userdata import UserDataError
from npviewer.ui.common.plain import inform
from npviewer.ui.common.roles import ENTRY_ID_ROLE
from npviewer.ui.reading.entry_html import render_document
from npviewer.ui.reading.history import NavigationHistory

if TYPE_CHECKING:
    from npviewer.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class Navigator(QObject):
    """Shows entries in the window's detail pane and keeps the history and the tree in step."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.history = NavigationHistory()
        self.current: Entry | None = None
        self.shown_document: str | None = None
        self._following = False
        window.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        window.tree.activated.connect(self._tree_activated)

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def current_id(self) -> str | None:
        """The entry on show, or the ``doc:`` id of the source document on show."""
        return self.current.id if self.current is not None else self.shown_document

    def open(self, entry_id: str) -> bool:
        """Show an entry and record it in the history; False when it cannot be shown."""
        if self.show(entry_id):
            self.history.visit(entry_id)
            return True
        return False

    def back(self) -> None:
        entry_id = self.history.back()
        if entry_id is not None:
            self.show(entry_id)

    def forward(self) -> None:
        entry_id = self.history.forward()
        if entry_id is not None:
            self.show(entry_id)

    def show(self, entry_id: str) -> bool:
        """Show an entry (or a source document) without touching the history."""
        window = self.window
        if window.library is None:
            return False
        if entry_id.startswith(DOCUMENT_PREFIX):
            return self._show_document(entry_id)
        try:
            entry = window.library.repo.entry(entry_id)
        except UnknownEntry:
            mark = window.user.bookmark(entry_id)
            if mark is not None:  # bookmarked, then removed by a content update: its title and note
                self.current, self.shown_document = None, None
                window.content_updates.show_missing_bookmark(mark)
                self.window.tree.selectionModel().clearSelection()
                return True
            inform(
                window,
                translate("MainWindow", "Not in the content"),
                translate("MainWindow", "There is no entry “{id}” in this content.").format(id=entry_id),
            )
            return False
        self.current = entry
        self.shown_document = None
        mark = window.user.bookmark(entry.id)
        draft = window.user.draft(entry.id) if mark is not None else None
        window.detail.show_entry(
            entry, window.glossary, mark is not None, mark.note if mark else "", window.documents, draft
        )
        window.map_pane.show_for(entry)
        window.setWindowTitle(f"{entry.title} \u2014 npviewer")
        self.follow_in_tree(entry.id)
        try:
            window.user.record_visit(entry.id)
        except UserDataError as exc:
            log.warning("could not record a visit: %s", exc)
        window.entryOpened.emit(entry.id)
        return True

    def _show_document(self, ref_id: str) -> bool:
        """A source document's page: where npviewer cites it, each citation linked to its entry."""
        window = self.window
        assert window.library is not None
        repo = window.library.repo
        document = repo.document(ref_id.removeprefix(DOCUMENT_PREFIX))
        if document is None:
            inform(
                window,
                translate("MainWindow", "Not in the content"),
                translate("MainWindow", "There is no source “{id}” in this content.").format(id=ref_id),
            )
            return False
        self.current = None
        window.detail.show_document(render_document(document, repo.citations_of(document.id)))
        window.map_pane.show_for(None)
        window.setWindowTitle(f"{document.display_title} \u2014 npviewer")
        self.follow_in_tree(ref_id)
        self.shown_document = ref_id
        window.entryOpened.emit(ref_id)
        return True

    # -- the tree ----------------------------------------------------------------------------------

    def follow_in_tree(self, entry_id: str) -> None:
        """Expand the tree down to the entry and select it, without opening it again."""
        window = self.window
        if window.library is None:
            return
        tree = window.tree
        current = tree.currentIndex()
        if current.isValid() and current.data(ENTRY_ID_ROLE) == entry_id:
            return
        path = window.library.tree.path_of(entry_id)
        index = window.tree_model.index_of_path(path) if path else QModelIndex()
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
            self.window.open_entry(str(entry_id))

    def _tree_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        window = self.window
        if entry_id:
            window.open_entry(str(entry_id))
            window.detail.browser.setFocus()
        else:
            window.tree.setExpanded(index, not window.tree.isExpanded(index))
