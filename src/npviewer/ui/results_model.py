"""Search results as a flat list model: title, kind, region and the highlighted snippet per row."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npviewer.store.records import SearchHit, SearchResult, kind_label
from npviewer.ui.icons import kind_icon
from npviewer.ui.plain import tooltip
from npviewer.ui.roles import ENTRY_ID_ROLE, KIND_ROLE, REGION_ROLE, SNIPPET_HTML_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The snippet escaped, with the matched words (between \\x02 and \\x03) in bold."""
    return escape(snippet).replace(SearchHit.MARK_START, "<b>").replace(SearchHit.MARK_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(SearchHit.MARK_START, "").replace(SearchHit.MARK_END, "")


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, newest search replacing the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()
        self._region_titles: dict[str, str] = {}
        self.query = ""
        self.ranked = True

    def set_region_titles(self, titles: dict[str, str]) -> None:
        self._region_titles = dict(titles)

    def set_result(self, result: SearchResult | None) -> None:
        """Show ``result`` (None clears the list)."""
        self.beginResetModel()
        self._hits = result.hits if result is not None else ()
        self.query = result.query if result is not None else ""
        self.ranked = result.ranked if result is not None else True
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def entry_ids(self) -> list[str]:
        return [h.id for h in self._hits]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractListModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(hit.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{self.kind_region(hit)}\n{snippet_plain(hit.snippet)}")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{self.kind_region(hit)}\n{snippet_plain(hit.snippet)}"
        if role == ENTRY_ID_ROLE:
            return hit.id
        if role == KIND_ROLE:
            return hit.kind
        if role == REGION_ROLE:
            return self._region_titles.get(hit.region_id or "", "")
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet)
        return None

    def kind_region(self, hit: SearchHit) -> str:
        """'Measure · Eastern Region' for a hit."""
        kind = kind_label(hit.kind)
        region = self._region_titles.get(hit.region_id or "", "")
        return f"{kind} \u00b7 {region}" if region else kind
