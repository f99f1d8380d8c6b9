"""The search field with its kind and region filters and its history menu.

Typing is debounced: ``queryChanged`` fires once the user pauses for :data:`DEBOUNCE_MS`.

Signals:
    queryChanged(str): the query to search now (debounced while typing; at once on Enter or a filter).
    submitted(str): Enter was pressed in the field.
    leaveRequested(): Escape in an empty field: give the focus back to what was browsed.
    downPressed(): Down in the field: move the focus to the results.
    saveSearchRequested(str): "Save this search…" was chosen for the current query.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.common.icons import set_icon

if TYPE_CHECKING:  # the bar is made for the first paint: the store's modules come after it
    from npviewer.store.records import EntryRef
    from npviewer.store.userdata import SavedSearch

DEBOUNCE_MS = 120

#: The kind filter's choices: label and the ``kind:`` value it adds ('' for none).
KIND_CHOICES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("SearchBar", "Any kind"), ""),
    (QT_TRANSLATE_NOOP("SearchBar", "Regions"), "region"),
    (QT_TRANSLATE_NOOP("SearchBar", "Countries and areas"), "place"),
    (QT_TRANSLATE_NOOP("SearchBar", "Measures"), "measure"),
    (QT_TRANSLATE_NOOP("SearchBar", "Sub-measures"), "submeasure"),
    (QT_TRANSLATE_NOOP("SearchBar", "Meetings and events"), "event"),
    (QT_TRANSLATE_NOOP("SearchBar", "Programmes and bodies"), "programme"),
    (QT_TRANSLATE_NOOP("SearchBar", "Topics"), "topic"),
    (QT_TRANSLATE_NOOP("SearchBar", "Key figures"), "figure"),
    (QT_TRANSLATE_NOOP("SearchBar", "Statements"), "point"),
)


def replace_filter(query: str, name: str, value: str) -> str:
    """``query`` with its ``name:`` filter replaced by ``name:value`` (or removed when value is '')."""
    kept = re.sub(rf"(?<!\S){name}:\S*", "", query, flags=re.IGNORECASE)
    kept = " ".join(kept.split())
    if value:
        kept = f"{kept} {name}:{value}".strip()
    return kept


def _narrow(combo: QComboBox) -> None:
    """A filter that asks for room for a few characters, not its longest choice (the pane may be
    narrow on a scaled screen); it takes what the pane gives, and its list shows every choice whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)


class SearchBar(QWidget):
    """Search field, filters and history; it knows nothing of the store."""

    queryChanged = Signal(str)
    submitted = Signal(str)
    leaveRequested = Signal()
    downPressed = Signal()
    saveSearchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        set_icon(self.field.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition), "search")
        self.field.installEventFilter(self)
        self.field.textEdited.connect(self._text_edited)
        self.field.returnPressed.connect(self._return_pressed)

        self.history_button = QToolButton()
        self.history_button.setObjectName("searchHistoryButton")
        set_icon(self.history_button, "history")
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.history_button)
        self.history_button.setMenu(self.history_menu)
        self._recent: list[str] = []
        self._saved: list[SavedSearch] = []
        self._history_made = False  # the menu is made when the searches are first given (after the paint)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        _narrow(self.kind_combo)
        for label, value in KIND_CHOICES:
            self.kind_combo.addItem(label, value)
        self.kind_combo.activated.connect(self._kind_chosen)

        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionFilter")
        _narrow(self.region_combo)
        self.region_combo.addItem("", "")
        self.region_combo.activated.connect(self._region_chosen)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._emit_query)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field, 1)
        top.addWidget(self.history_button)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.region_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(filters)
        self._retranslate()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.field.setAccessibleName(translate("SearchBar", "Search"))
        self.field.setPlaceholderText(translate("SearchBar", "Search… (Ctrl+K)"))
        self.field.setToolTip(
            translate(
                "SearchBar", 'Words, "a phrase", -exclude, kind:meeting, region:eastern, year:2019, country:russia'
            )
        )
        self.history_button.setAccessibleName(translate("SearchBar", "Recent and saved searches"))
        self.history_button.setToolTip(translate("SearchBar", "Recent and saved searches"))
        self.kind_combo.setAccessibleName(translate("SearchBar", "Filter by kind"))
        for row, (label, _) in enumerate(KIND_CHOICES):
            self.kind_combo.setItemText(row, translate("SearchBar", label))
        self.region_combo.setAccessibleName(translate("SearchBar", "Filter by region"))
        self.region_combo.setItemText(0, translate("SearchBar", "Any region"))
        if self._history_made:
            self.set_history(self._recent, self._saved)

    # -- state -------------------------------------------------------------------------------------

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        """Set the query (without searching: the caller decides)."""
        self.timer.stop()
        self.field.setText(text)
        self._sync_combos(text)

    def start_typing(self, text: str) -> None:
        """A new query begun elsewhere (a character typed in the entry): searched as if typed here."""
        self.field.setText(text)
        self._text_edited(text)

    def set_regions(self, regions: list[EntryRef]) -> None:
        self.region_combo.clear()
        self.region_combo.addItem(translate("SearchBar", "Any region"), "")
        for region in regions:
            self.region_combo.addItem(region.title, region.id)
        self._sync_combos(self.field.text())

    def set_history(self, recent: list[str], saved: list[SavedSearch]) -> None:
        """Rebuild the history menu: saved searches, then recent ones, then 'Save this search…'."""
        self._recent, self._saved = list(recent), list(saved)
        self._history_made = True
        menu = self.history_menu
        menu.clear()
        if saved:
            menu.addSection(translate("SearchBar", "Saved searches"))
            for item in saved:
                self._add_query_action(menu, f"{item.name} \u2014 {item.query}", item.query)
        menu.addSection(translate("SearchBar", "Recent searches"))
        if not recent:
            none = menu.addAction(translate("SearchBar", "No searches yet"))
            none.setEnabled(False)
        for query in recent:
            self._add_query_action(menu, query, query)
        menu.addSeparator()
        save = menu.addAction(translate("SearchBar", "Save this search…"))
        save.triggered.connect(self._save_requested)

    def _add_query_action(self, menu: QMenu, label: str, query: str) -> None:
        action = QAction(label.replace("&", "&&"), menu)
        action.setData(query)
        action.triggered.connect(self._history_chosen)
        menu.addAction(action)

    def _history_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.run(str(action.data()))

    def run(self, query: str) -> None:
        """Put ``query`` in the field and search for it at once."""
        self.set_text(query)
        self.queryChanged.emit(query)

    # -- events ------------------------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        if not text.strip():
            self._sync_combos("")
        self.timer.start()

    def _emit_query(self) -> None:
        self.queryChanged.emit(self.field.text())

    def flush(self) -> None:
        """Search now if a search is waiting for the user to pause."""
        if self.timer.isActive():
            self.timer.stop()
            self._emit_query()

    def _return_pressed(self) -> None:
        self.flush()
        self.submitted.emit(self.field.text())

    def _save_requested(self) -> None:
        self.saveSearchRequested.emit(self.field.text())

    def _kind_chosen(self, row: int) -> None:
        self._apply_filter("kind", str(self.kind_combo.itemData(row) or ""))

    def _region_chosen(self, row: int) -> None:
        self._apply_filter("region", str(self.region_combo.itemData(row) or ""))

    def _apply_filter(self, name: str, value: str) -> None:
        self.run(replace_filter(self.field.text(), name, value))
        self.field.setFocus()

    def _sync_combos(self, text: str) -> None:
        for combo, name in ((self.kind_combo, "kind"), (self.region_combo, "region")):
            match = re.search(rf"(?<!\S){name}:(\S+)", text, flags=re.IGNORECASE)
            row = combo.findData(match.group(1).casefold()) if match else 0
            combo.setCurrentIndex(max(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Escape clears the field, then leaves it; Down leaves it."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # not at the top: the bar is made before the first paint

            if event.key() == Qt.Key.Key_Escape:
                if self.field.text():
                    self.field.clear()
                    self._sync_combos("")
                    self.timer.stop()
                    self.queryChanged.emit("")
                else:
                    self.leaveRequested.emit()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.flush()
                self.downPressed.emit()
                return True
        return super().eventFilter(watched, event)
