"""Item data roles shared by npviewer's models and views."""

from __future__ import annotations

from PySide6.QtCore import Qt

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 4
REGION_ROLE = Qt.ItemDataRole.UserRole + 5
NOTE_ROLE = Qt.ItemDataRole.UserRole + 6
MISSING_ROLE = Qt.ItemDataRole.UserRole + 7
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 8
