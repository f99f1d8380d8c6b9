"""Works around PySide6 6.12 on Python 3.11 dropping a reference to None on every void Qt call."""

from __future__ import annotations

import ctypes
import platform
import sys

_PINNED = 1 << 40
_done = False


def none_leaks() -> bool:
    """True when a void Qt call takes a reference from None (the bug this module works around)."""
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(8):
        rect.setX(1.0)
    return sys.getrefcount(None) < before


def pin_none() -> None:
    """Make None effectively immortal, as Python 3.12 does (PEP 683), so the lost references never
    reach zero; a brief makes hundreds of thousands of void calls and would abort the process."""
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        _done = True
        return
    if none_leaks():
        ctypes.c_ssize_t.from_address(id(None)).value += _PINNED
    _done = True
