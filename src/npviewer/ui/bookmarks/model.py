"""The user's bookmarks as a list model; a bookmark whose entry left the content is kept and marked,
and one whose entry the last content update changed is marked changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.records import EntryRef
from npviewer.store.userdata import Bookmark
from npviewer.ui.common.contrast import muted
from npviewer.ui.common.icons import icon, kind_icon
from npviewer.ui.common.plain import tooltip
from npviewer.ui.common.roles import CHANGED_ROLE, ENTRY_ID_ROLE, KIND_ROLE, MISSING_ROLE, NOTE_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
MISSING = QT_TRANSLATE_NOOP("Bookmarks", "{title} (no longer in the content)")
CHANGED = QT_TRANSLATE_NOOP("Bookmarks", "{title} (changed)")
CHANGED_TIP = QT_TRANSLATE_NOOP(
    "Bookmarks", "Changed by the last content update: Help › What Changed in the Content shows how"
)


class BookmarksModel(QAbstractListModel):
    """Rows of (bookmark, the entry it points at or None when that entry no longer exists)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Bookmark, EntryRef | None]] = []
        self._changed: set[str] = set()

    def set_bookmarks(self, bookmarks: list[Bookmark], refs: dict[str, EntryRef]) -> None:
        """Replace the rows; ``refs`` holds the entries that still exist, by id."""
        self.beginResetModel()
        self._rows = [(b, refs.get(b.entry_id)) for b in bookmarks]
        self.endResetModel()

    def set_changed(self, entry_ids: set[str]) -> None:
        """Mark the bookmarks of these entries as changed (by the last content update)."""
        self._changed = set(entry_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def entry_ids(self) -> list[str]:
        return [b.entry_id for b, _ in self._rows]

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row][0]

    def row_of(self, entry_id: str) -> int:
        for n, (b, _) in enumerate(self._rows):
            if b.entry_id == entry_id:
                return n
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractListModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        mark, ref = self._rows[index.row()]
        changed = ref is not None and mark.entry_id in self._changed
        if ref is None:
            shown = translate("Bookmarks", MISSING).format(title=mark.title)
        else:
            shown = translate("Bookmarks", CHANGED).format(title=ref.title) if changed else ref.title
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(ref.kind) if ref is not None else icon("bookmarks")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [shown] + ([translate("Bookmarks", CHANGED_TIP)] if changed else [])
            if mark.note:
                lines.append(mark.note)
            return tooltip("\n".join(lines))  # an imported title or note is shown, never obeyed
        if role == Qt.ItemDataRole.ForegroundRole and ref is None:
            palette = QApplication.palette()  # quieter, yet 4.5:1; "(no longer in the content)" says it in words
            return QBrush(muted(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)))
        if role == ENTRY_ID_ROLE:
            return mark.entry_id
        if role == KIND_ROLE:
            return ref.kind if ref is not None else ""
        if role == NOTE_ROLE:
            return mark.note
        if role == MISSING_ROLE:
            return ref is None
        if role == CHANGED_ROLE:
            return changed
        return None
