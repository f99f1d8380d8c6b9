"""Back/forward navigation history of the entries shown, like a browser's (Qt-free)."""

from __future__ import annotations


class NavigationHistory:
    """A list of visited entry ids and a position in it."""

    def __init__(self, limit: int = 500) -> None:
        self._items: list[str] = []
        self._pos = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._items[self._pos] if self._pos >= 0 else None

    def visit(self, entry_id: str) -> None:
        """Record a new visit: drops the forward part, ignores a repeat of the current entry."""
        if entry_id == self.current:
            return
        del self._items[self._pos + 1 :]
        self._items.append(entry_id)
        if len(self._items) > self._limit:
            del self._items[0]
        self._pos = len(self._items) - 1

    def can_go_back(self) -> bool:
        return self._pos > 0

    def can_go_forward(self) -> bool:
        return self._pos < len(self._items) - 1

    def back(self) -> str | None:
        """Step back; returns the entry to show, or None when at the start."""
        if not self.can_go_back():
            return None
        self._pos -= 1
        return self._items[self._pos]

    def forward(self) -> str | None:
        """Step forward; returns the entry to show, or None when at the end."""
        if not self.can_go_forward():
            return None
        self._pos += 1
        return self._items[self._pos]
