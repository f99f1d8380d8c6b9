"""Window-level keys work wherever the focus is, unless the focused widget says it needs the key.

A text field takes every key it has a binding for before any shortcut sees it: on X11 that includes
Emacs-style keys (Ctrl+E end of line, Ctrl+K delete to the end, Ctrl+D delete), so Ctrl+E would
never reach "Export Brief" from the search field, where the focus sits after every search. This
guard lets the window's own action keys through instead. A widget that does need one of those keys
for itself (the note editor keeps Ctrl+D; the map keeps Ctrl+plus, Ctrl+minus and Ctrl+0 for its
zoom) names it with :func:`keep_keys`, and gets it, only while it has the focus.

:class:`ClaimKeys` goes further for the keys a text field must never pass on: Ctrl+D bookmarks, or
un-bookmarks, the entry being read. Pressed in the search field or in a note it would act on an entry
the user is not looking at, and on X11 the field would delete a character instead (its Emacs
binding). A field given to :class:`ClaimKeys` keeps the key, does nothing with it, and the window
says how to bookmark.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

KEPT_KEYS = "npviewerKeptKeys"


def keep_keys(widget: QWidget, keys: Iterable[QKeySequence | QKeySequence.StandardKey | str]) -> None:
    """Let ``widget`` have these keys while it has the focus, ahead of the window's shortcuts."""
    texts: list[str] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        texts += [s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences if not s.isEmpty()]
    widget.setProperty(KEPT_KEYS, texts)


def kept_keys(widget: QObject) -> set[str]:
    value = widget.property(KEPT_KEYS)
    return {str(v) for v in value} if isinstance(value, list) else set()


def key_text(event: QKeyEvent) -> str:
    """The key pressed, as QKeySequence's portable text (``Ctrl+E``)."""
    return QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)


def is_typing(widget: QWidget, event: QKeyEvent) -> bool:
    """Whether ``event`` is typing in ``widget`` (an editable text field): a character, or an editing key
    with no Ctrl, Alt or Meta (Backspace, Delete, the arrows, Home, End). ``?`` in the search field is a
    question mark, not the cheat sheet, and Backspace deletes there, though elsewhere it goes Back."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    if event.modifiers() & chord:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not (isinstance(widget, QLineEdit) and widget.isReadOnly())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class ShortcutGuard(QObject):
    """An application event filter deciding, for each shortcut-override query in ``window``, whether
    the focused widget or the window's action gets the key."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def window(self) -> QWidget:
        """The window guarded (the Qt parent: no reference cycle for the GC to break)."""
        return cast(QWidget, self.parent())

    def window_keys(self) -> set[str]:
        """The keys of the window's enabled actions."""
        keys: set[str] = set()
        for action in self.window.actions():
            if action.isEnabled():
                keys.update(s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts())
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: settle ShortcutOverride between the widget and the window."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        key = key_text(event)
        if is_typing(watched, event):
            return False  # typing in a text field is the field's, whatever the window binds the key to
        if key in kept_keys(watched):
            event.accept()  # the widget's own: it gets the key press
            return True
        if key in self.window_keys():
            event.ignore()  # the window's action gets it, whatever the widget binds the key to
            return True
        return False


class ClaimKeys(QObject):
    """An event filter: in a watched field, the claimed keys do nothing but emit ``claimed``.

    Signals:
        claimed(): a claimed key was pressed in a watched field.
    """

    claimed = Signal()

    def __init__(self, keys: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = keys
        self._keys = {QKeySequence(k)[0].toCombined() for k in keys}  # type: ignore[index]

    def watch(self, widget: QWidget) -> None:
        keep_keys(widget, self._texts)  # ahead of the window's own actions
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: swallow the claimed key press and say so."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self._keys
        ):
            self.claimed.emit()
            return True
        return super().eventFilter(watched, event)
