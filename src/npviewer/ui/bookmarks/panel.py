"""The Bookmarks dock's content: the list and its Open, Edit note and Remove buttons.

Signals:
    openRequested(str): open a bookmarked entry.
    removeRequested(str): remove a bookmark.
    noteEditRequested(str): edit a bookmark's note.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from npviewer.i18n import translate
from npviewer.ui.bookmarks.model import BookmarksModel
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.common.roles import ENTRY_ID_ROLE
from npviewer.ui.common.screen_fit import text_minimum


class BookmarksPanel(QWidget):
    """Lists the bookmarks; acts on the selected one."""

    openRequested = Signal(str)
    removeRequested = Signal(str)
    noteEditRequested = Signal(str)

    def __init__(self, model: BookmarksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksPanel")
        self.model = model
        self.list = QListView()
        self.list.setObjectName("bookmarksList")
        self.list.setModel(model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.activated.connect(self._open_index)
        self.list.doubleClicked.connect(self._open_index)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("bookmarksEmpty")
        self.empty.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keys land here, and a reader says why
        self.open_button = QPushButton()
        self.note_button = QPushButton()
        self.remove_button = QPushButton()
        self._retranslate()
        follow_language(self, self._retranslate)
        self.open_button.clicked.connect(self._open_selected)
        self.note_button.clicked.connect(self._edit_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)
        model.modelReset.connect(self._update_state)
        self.list.selectionModel().currentChanged.connect(self._update_state)
        self._writable = True
        self._update_state()

    def set_writable(self, writable: bool) -> None:
        """While the user's data is read-only, nothing here may change it."""
        self._writable = writable
        self._update_state()

    def _retranslate(self) -> None:
        self.list.setAccessibleName(translate("Bookmarks", "Bookmarks"))
        self.empty.setText(
            translate("Bookmarks", "No bookmarks yet. Press Ctrl+D or the star to bookmark the entry you are reading.")
        )
        self.empty.setAccessibleName(translate("Bookmarks", "No bookmarks"))
        for button, text, name in (
            (self.open_button, translate("Bookmarks", "Open"), translate("Bookmarks", "Open bookmark")),
            (self.note_button, translate("Bookmarks", "Edit note…"), translate("Bookmarks", "Edit bookmark note")),
            (self.remove_button, translate("Bookmarks", "Remove"), translate("Bookmarks", "Remove bookmark")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            text_minimum(button)

    def focus_target(self) -> QWidget:
        """Where the keys go in the panel: the list, or the words saying it is empty."""
        return self.list if self.model.rowCount() > 0 else self.empty

    def selected_id(self) -> str | None:
        index = self.list.currentIndex()
        value = index.data(ENTRY_ID_ROLE) if index.isValid() else None
        return str(value) if value else None

    def _open_selected(self) -> None:
        self._open_index(self.list.currentIndex())

    def _edit_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id:
            self.noteEditRequested.emit(entry_id)

    def _remove_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id and self._writable:
            self.removeRequested.emit(entry_id)

    def _open_index(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id:  # an entry no longer in the content opens its saved title and note
            self.openRequested.emit(str(entry_id))

    def _update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.list.setVisible(has_rows)
        index = self.list.currentIndex()
        selected = index.isValid()
        self.open_button.setEnabled(selected)
        self.note_button.setEnabled(selected and self._writable)
        self.remove_button.setEnabled(selected and self._writable)
