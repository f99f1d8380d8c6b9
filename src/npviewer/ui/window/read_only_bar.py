"""The notice across the top of the window while the user's data is read-only (a full disk, a lock, a
read-only disk): what is wrong, how to fix it, and a Try Again button.

Signals:
    retryRequested(): the user fixed the problem and wants npviewer to try writing again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from npviewer.i18n import translate
from npviewer.ui.common.follow_language import follow_language


class ReadOnlyBar(QFrame):
    """A warning band with the problem in one sentence and Try Again."""

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message = QLabel()
        self.message.setObjectName("readOnlyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        self._retranslate()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setAccessibleName(translate("ReadOnlyBar", "Your data is read-only"))
        self.retry_button.setText(translate("ReadOnlyBar", "Try Again"))
        self.retry_button.setAccessibleName(translate("ReadOnlyBar", "Try saving again"))
        self.retry_button.setToolTip(translate("ReadOnlyBar", "Check again whether your bookmarks can be saved"))

    def show_problem(self, text: str) -> None:
        """Show ``text`` (hide the bar when it is empty)."""
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QFrame.paintEvent: an amber tint over the window colour, readable in light and dark
        palettes alike, then the frame."""
        window = self.palette().color(QPalette.ColorRole.Window)
        tint = QColor((3 * window.red() + 232) // 4, (3 * window.green() + 160) // 4, (3 * window.blue() + 20) // 4)
        painter = QPainter(self)
        painter.fillRect(self.rect(), tint)
        painter.end()
        super().paintEvent(event)
