"""The Qt binding keeps Python's singletons alive.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every Qt call that returns nothing
(and to ``True`` on every signal emit): a session that paints aborts with "none_dealloc" after a
few thousand calls. pyproject.toml pins PySide6-Essentials below 6.12; this test fails on a binding
with the bug, whatever its version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRectF, Signal


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_qt_calls_leave_none_alone() -> None:
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(2000):
        rect.setX(1.0)
    assert sys.getrefcount(None) >= before - 10


def test_signal_emits_leave_true_alone() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.fired.emit(True)
    assert sys.getrefcount(True) >= before - 10
