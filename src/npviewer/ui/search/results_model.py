"""Search results as a flat list model: title, kind, region and the highlighted snippet per row (or the
user's own note, where the query matched it); and the words that say how many entries matched."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npviewer.i18n import translate
from npviewer.store.records import SearchHit, SearchResult, kind_label
from npviewer.ui.common.icons import kind_icon
from npviewer.ui.common.plain import tooltip
from npviewer.ui.common.roles import ENTRY_ID_ROLE, KIND_ROLE, NOTE_ROLE, REGION_ROLE, SNIPPET_HTML_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The snippet escaped, with the matched words (between \\x02 and \\x03) in bold."""
    return escape(snippet).replace(SearchHit.MARK_START, "<b>").replace(SearchHit.MARK_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(SearchHit.MARK_START, "").replace(SearchHit.MARK_END, "")


def count_text(result: SearchResult) -> str:
    """How many entries the search found, in one sentence (the status bar and screen readers say it)."""
    shown = len(result.hits)
    query = result.suggestion or result.query.strip()
    if not shown:
        return translate("Results", "No entries match \u201c{query}\u201d.").format(query=query)
    if result.more and result.ranked:
        return translate("Results", "More than {count} entries match; the {count} best are shown.").format(count=shown)
    if result.more:
        return translate(
            "Results", "More than {count} entries match; the first {count} are shown in reading order."
        ).format(count=shown)
    if shown == 1:
        return translate("Results", "1 entry matches.")
    return translate("Results", "{count} entries match.").format(count=shown)


def suggestion_text(result: SearchResult) -> str:
    """The "Did you mean" sentence of a corrected search, or ''."""
    if not result.suggestion:
        return ""
    return translate(
        "Results",
        "Did you mean \u201c{suggestion}\u201d? Nothing matches \u201c{query}\u201d, "
        "so the entries for \u201c{suggestion}\u201d are shown.",
    ).format(suggestion=result.suggestion, query=result.query.strip())


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, newest search replacing the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()
        self._region_titles: dict[str, str] = {}
        self.query = ""
        self.ranked = True
        self.result: SearchResult | None = None

    def set_region_titles(self, titles: dict[str, str]) -> None:
        self._region_titles = dict(titles)

    def set_result(self, result: SearchResult | None) -> None:
        """Show ``result`` (None clears the list)."""
        self.beginResetModel()
        self._hits = result.hits if result is not None else ()
        self.query = result.query if result is not None else ""
        self.ranked = result.ranked if result is not None else True
        self.result = result
        self.endResetModel()

    def missing_snippets(self) -> list[str]:
        """Ids of the hits whose snippet has not been fetched yet."""
        return [h.id for h in self._hits if not h.snippet]

    def set_snippets(self, query: str, snippets: dict[str, str]) -> None:
        """Fill in snippets fetched after the result (for the same query only)."""
        if query != self.query or not snippets:
            return
        self._hits = tuple(replace(h, snippet=snippets[h.id]) if h.id in snippets else h for h in self._hits)
        rows = [n for n, h in enumerate(self._hits) if h.id in snippets]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), [SNIPPET_HTML_ROLE])

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
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            note = (
                "\n" + translate("Results", "Your note: {note}").format(note=snippet_plain(hit.note))
                if hit.note
                else ""
            )
            text = f"{self.kind_region(hit)}\n{snippet_plain(hit.snippet)}{note}"
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == ENTRY_ID_ROLE:
            return hit.id
        if role == KIND_ROLE:
            return hit.kind
        if role == REGION_ROLE:
            return self._region_titles.get(hit.region_id or "", "")
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet)
        if role == NOTE_ROLE:
            return snippet_html(hit.note)
        return None

    def kind_region(self, hit: SearchHit) -> str:
        """'Measure · Eastern Region' for a hit."""
        kind = kind_label(hit.kind)
        region = self._region_titles.get(hit.region_id or "", "")
        return f"{kind} \u00b7 {region}" if region else kind
