"""Find in the entry shown: a bar under the text with the words to find, "2 of 5", previous and next.

Every match is tinted; the current one is selected and scrolled into view. Enter (or F3) goes to
the next match, Shift+Enter (or Shift+F3) to the previous, Escape closes the bar and gives the focus
back to the text. The count is said to screen readers as it changes. A new entry shown while the bar
is open is searched at once. Case is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from npviewer.i18n import translate
from npviewer.ui.common.announce import announce
from npviewer.ui.common.icons import set_icon

Selection = QTextEdit.ExtraSelection


class FindBar(QWidget):
    """Finds text in one QTextEdit (the detail pane's browser)."""

    def __init__(self, text: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._text = text
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.label.setBuddy(self.field)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.previous_button = self._button("up", lambda: self.step(-1))
        self.next_button = self._button("down", lambda: self.step(1))
        self.close_button = self._button("close", self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.retranslate()
        self.hide()

    def _button(self, name: str, slot: object) -> QToolButton:
        button = QToolButton()
        set_icon(button, name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.label.setText(translate("FindBar", "&Find in entry:"))
        self.field.setAccessibleName(translate("FindBar", "Find in entry"))
        self.field.setPlaceholderText(translate("FindBar", "Words in this entry"))
        self.count.setAccessibleName(translate("FindBar", "Matches"))
        for button, name, key in (
            (self.previous_button, translate("FindBar", "Previous match"), QKeySequence.StandardKey.FindPrevious),
            (self.next_button, translate("FindBar", "Next match"), QKeySequence.StandardKey.FindNext),
            (self.close_button, translate("FindBar", "Close the find bar"), QKeySequence("Esc")),
        ):
            button.setAccessibleName(name)
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{name} ({keys})")
        self._show_count(announce_it=False)

    # -- opening and closing -----------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the focus in its field, the words selected to type over."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._matches, self._current = [], -1
        self._text.setExtraSelections([])
        self._text.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Search the text again (a new entry is shown)."""
        if self.isVisible():
            self._search()

    # -- finding -----------------------------------------------------------------------------------

    def matches(self) -> int:
        return len(self._matches)

    def current(self) -> int:
        """The current match, counted from 0 (-1: none)."""
        return self._current

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) match, round the end; opens the bar if it is closed."""
        if not self.isVisible():
            self.open()
            return
        if not self._matches:
            self._show_count()
            return
        self._current = (self._current + delta) % len(self._matches)
        self._select()

    def _search(self) -> None:
        words = self.field.text()
        document = self._text.document()
        self._matches = []
        if words.strip():
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(words, cursor)
                if cursor.isNull():
                    break
                self._matches.append(QTextCursor(cursor))
        here = self._text.textCursor().selectionStart()
        self._current = next((n for n, m in enumerate(self._matches) if m.selectionStart() >= here), 0)
        if not self._matches:
            self._current = -1
        self._select()

    def _select(self) -> None:
        palette = self._text.palette()
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(70)
        selections: list[Selection] = []
        for n, match in enumerate(self._matches):
            selection = Selection()
            selection.cursor = match
            if n == self._current:
                selection.format.setBackground(palette.highlight())
                selection.format.setForeground(palette.highlightedText())
            else:
                selection.format.setBackground(tint)
            selections.append(selection)
        self._text.setExtraSelections(selections)
        if 0 <= self._current < len(self._matches):
            cursor = QTextCursor(self._matches[self._current])
            self._text.setTextCursor(cursor)
            self._text.ensureCursorVisible()
        self._show_count()

    def _show_count(self, *, announce_it: bool = True) -> None:
        if not self.field.text().strip():
            text = ""
        elif not self._matches:
            text = translate("FindBar", "No matches")
        else:
            text = translate("FindBar", "{current} of {count}").format(
                current=self._current + 1, count=len(self._matches)
            )
        self.count.setText(text)
        if announce_it and text:
            announce(self.field, text)

    # -- keys --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Enter, Shift+Enter and Escape in the field."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
