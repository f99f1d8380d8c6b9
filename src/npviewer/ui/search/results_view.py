"""The search results pane: a line saying how many entries matched (and "Did you mean" for a corrected
search) above the results list, or a message when there is nothing to list. The count and the
message are announced to screen readers as they change.

Signals:
    entryActivated(str): a result was opened (Enter, click or double-click).
    suggestionAccepted(str): the "Did you mean" link was followed: search for the suggestion.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.ui.common.announce import announce
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.common.roles import ENTRY_ID_ROLE
from npviewer.ui.search.results_model import SearchResultsModel, count_text, suggestion_text

HINTS = QT_TRANSLATE_NOOP(
    "Results",
    "<p><b>Type to search…</b></p>"
    "<p>Results appear as you type. Try:</p>"
    "<ul>"
    "<li><tt>Rajin</tt> &mdash; any word, or the start of one</li>"
    '<li><tt>"gas pipeline"</tt> &mdash; a phrase</li>'
    "<li><tt>railway -China</tt> &mdash; leave out a word</li>"
    "<li><tt>kind:meeting</tt>, <tt>region:eastern</tt>, <tt>year:2019</tt>, <tt>country:russia</tt></li>"
    "<li><tt>note:visa</tt> &mdash; your own notes</li>"
    "</ul>"
    "<p>Misspelt names are forgiven (<tt>Vladivostock</tt>), and a place's other names find it "
    "(<tt>Primorye</tt>, <tt>연해주</tt>).</p>"
    "<p>Ctrl+K: search &middot; Down: to the results &middot; Enter: open &middot; "
    "Escape: clear</p>",
)


class ResultsView(QStackedWidget):
    """Page 0: a message (hints, no results); page 1: the summary line over the list of results."""

    entryActivated = Signal(str)
    suggestionAccepted = Signal(str)

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.model = model
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setMargin(10)
        self.list = QListView()
        self.list.setObjectName("resultsList")
        self.list.setModel(model)
        self._delegate: QStyledItemDelegate | None = None
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setMargin(4)
        self.summary.linkActivated.connect(self._suggestion_chosen)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._results_page = page
        # The hints and messages scroll, so their words never set a minimum height for the window.
        self._message_page = QScrollArea()
        self._message_page.setObjectName("searchMessagePage")
        self._message_page.setWidget(self.message)
        self._message_page.setWidgetResizable(True)
        self._message_page.setFrameShape(QFrame.Shape.NoFrame)
        self.addWidget(self._message_page)
        self.addWidget(page)
        self._message_shown = ""
        self._retranslate()
        follow_language(self, self._retranslate)
        self.show_hints()

    def _retranslate(self) -> None:
        self.message.setAccessibleName(translate("Results", "Search status"))
        self.list.setAccessibleName(translate("Results", "Search results"))
        self.summary.setAccessibleName(translate("Results", "Search summary"))
        if self.currentWidget() is self._message_page and self._message_shown == "hints":
            self.show_hints()
        elif self.currentWidget() is self._message_page and self._message_shown == "none":
            self.show_results()

    def show_hints(self) -> None:
        self.message.setText(translate("Results", HINTS))
        self._message_shown = "hints"
        self.setCurrentWidget(self._message_page)

    def show_message(self, text: str) -> None:
        self.message.setText(f"<p>{escape(text)}</p>")
        self._message_shown = "message"
        self.setCurrentWidget(self._message_page)
        announce(self, text, assertive=True)

    def show_results(self) -> None:
        """Show the model's rows, or the no-result message when it has none; say how many."""
        query = self.model.query.strip()
        result = self.model.result
        if self.model.rowCount() == 0 or result is None:
            self.message.setText(
                translate(
                    "Results",
                    "<p><b>No entries match \u201c{query}\u201d.</b></p>"
                    "<p>Check the spelling, use fewer words, or remove a filter "
                    "(<tt>kind:</tt>, <tt>region:</tt>, <tt>year:</tt>, <tt>note:</tt>).</p>",
                ).format(query=escape(query))
            )
            self._message_shown = "none"
            self.setCurrentWidget(self._message_page)
            announce(self, translate("Results", "No entries match \u201c{query}\u201d.").format(query=query))
            return
        count = count_text(result)
        if result.suggestion:
            link = f'<a href="suggest:">{escape(result.suggestion)}</a>'
            summary = translate("Results", "Did you mean {suggestion}? {count}").format(
                suggestion=link, count=escape(count)
            )
            spoken = f"{suggestion_text(result)} {count}"
        else:
            summary, spoken = escape(count), count
        self.summary.setText(summary)
        self._ensure_delegate()
        self.setCurrentWidget(self._results_page)
        self.list.scrollToTop()
        announce(self.list, spoken)

    def _ensure_delegate(self) -> None:
        """The rich-text delegate, set when results are first shown: importing it (and the QStyle
        enums it needs) would cost the window's first paint 15 ms for a list nobody sees yet."""
        if self._delegate is None:
            from npviewer.ui.search.results_delegate import ResultDelegate

            self._delegate = ResultDelegate(self.list)
            self.list.setItemDelegate(self._delegate)

    def is_showing_results(self) -> bool:
        return self.currentWidget() is self._results_page

    def _suggestion_chosen(self, _link: str) -> None:
        result = self.model.result
        if result is not None and result.suggestion:
            self.suggestionAccepted.emit(result.suggestion)

    def focus_first(self) -> None:
        """Move the keyboard focus into the list, on its current row (the first when there is none),
        selected: a current row that is not selected shows only the style's dotted focus box."""
        if self.is_showing_results():
            self.list.setFocus()
            index = self.list.currentIndex()
            if not index.isValid():
                index = self.model.index(0, 0)
            self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def open_current_or_first(self) -> bool:
        """Open the selected result (or the first); False when there is none."""
        index = self.list.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        if not index.isValid():
            return False
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._activated(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id:
            self.entryActivated.emit(str(entry_id))
