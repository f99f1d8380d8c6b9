"""Moving the keys between the window's panes: F6 and Shift+F6 go round every pane on show (the search
field, the tree or the results, the map, the entry, its note, the bookmarks, the timeline), and a dock's
key (Ctrl+T, Ctrl+Shift+B) shows the dock with the keys in it, and again hides it and gives the keys
back to where they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

#: The panes in their F6 order, each asked for when the cycle is walked (None: not made yet).
PaneList = Callable[[], Sequence[QWidget | None]]


def _usable(widget: QWidget | None) -> bool:
    return widget is not None and isValid(widget) and widget.isVisible() and widget.isEnabled()


class PaneCycle(QObject):
    """F6 round the panes of ``panes()`` that are on show."""

    def __init__(self, panes: PaneList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = panes

    def shown(self) -> list[QWidget]:
        return [w for w in self._panes() if w is not None and _usable(w)]

    def current(self) -> int:
        """Which pane has the focus (the one the focused widget is in), or -1."""
        focused = QApplication.focusWidget()
        panes = self.shown()
        if focused is None:
            return -1
        return next((n for n, w in enumerate(panes) if w is focused or w.isAncestorOf(focused)), -1)

    def step(self, forward: bool = True) -> None:
        panes = self.shown()
        if not panes:
            return
        now = self.current()
        target = (now + (1 if forward else -1)) % len(panes) if now >= 0 else (0 if forward else len(panes) - 1)
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        panes[target].setFocus(reason)


class DockKeys(QObject):
    """A dock's key: shown with the keys in ``view()``; again, hidden, and the keys back where they were.

    Clicking the menu item does the same (hiding takes the keys back only if they were in the dock)."""

    def __init__(self, dock: QDockWidget, view: Callable[[], QWidget | None], fallback: QWidget) -> None:
        super().__init__(dock)
        self._dock = dock
        self._view = view
        self._fallback = fallback
        self._before: QWidget | None = None

    def toggle(self, _checked: bool = False) -> None:
        if self._dock.isVisible():
            self.hide()
        else:
            self.show()

    def show(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and not self._dock.isAncestorOf(focused):
            self._before = focused
        self._dock.show()
        self._dock.raise_()
        view = self._view()
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def hide(self) -> None:
        focused = QApplication.focusWidget()
        had_keys = focused is not None and self._dock.isAncestorOf(focused)
        self._dock.hide()
        if had_keys:
            back = self._before if _usable(self._before) else self._fallback
            if back is not None:
                back.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._before = None
