"""The "What changed" window: what the last content update (or rollback) added, removed and changed.

A non-modal window beside the main one, so the reader can open an entry and come back. Links open
entries in the main window; nothing in it is run or fetched.

Signals:
    entryRequested(str): open this entry in the main window.
    rollbackRequested(): the reader asked to return to the previous content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from npviewer import i18n
from npviewer.i18n import translate
from npviewer.store.changes import ContentChanges
from npviewer.store.userdata import Bookmark
from npviewer.ui.common.icons import close_button
from npviewer.ui.common.screen_fit import resize_to_fit
from npviewer.ui.common.text_colours import base_rules, dark_base, text_colours
from npviewer.ui.common.themed_browser import PALETTE_EVENTS
from npviewer.ui.content_update.changes_html import ENTRY_SCHEME, Colours, changes_html, style_sheet


class WhatsChangedDialog(QDialog):
    """Shows one :class:`ContentChanges`; :meth:`set_changes` replaces it."""

    entryRequested = Signal(str)
    rollbackRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatsChangedDialog")
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("whatsChangedText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.rollback_button = QPushButton()
        self.rollback_button.clicked.connect(self.rollbackRequested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button(buttons)
        buttons.addButton(self.rollback_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._changes: ContentChanges | None = None
        self._bookmarks: list[Bookmark] = []
        self._present: set[str] | None = None
        self._texts: Mapping[str, str] | None = None
        resize_to_fit(self, 860, 680)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("WhatChanged", "What changed — npviewer"))
        self.setAccessibleName(translate("WhatChanged", "What changed in the content"))
        self.browser.setAccessibleName(translate("WhatChanged", "Changes in the content"))
        self.rollback_button.setText(translate("WhatChanged", "Roll Back This Update…"))
        self.rollback_button.setAccessibleName(translate("WhatChanged", "Roll back this content update"))

    def set_changes(
        self,
        changes: ContentChanges | None,
        bookmarks: list[Bookmark],
        present: set[str] | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``changes``; ``present`` holds the ids of entries the content in use has (linked),
        ``texts`` the text of the added entries drawn."""
        self._changes, self._bookmarks, self._present, self._texts = changes, bookmarks, present, texts
        self.rollback_button.setEnabled(changes is not None)
        self._render()

    def changes(self) -> ContentChanges | None:
        return self._changes

    def _render(self) -> None:
        palette = self.palette()
        colours = text_colours(palette)
        tints = replace(Colours.for_dark(dark_base(palette)), muted=colours.muted)
        self.browser.document().setDefaultStyleSheet(base_rules(colours) + style_sheet(tints))
        changes = self._changes.in_language(i18n.language()) if self._changes is not None else None  # Korean in Korean
        self.browser.setHtml(changes_html(changes, self._bookmarks, self._present, self._texts))

    def changeEvent(self, event: QEvent) -> None:
        """Override QDialog.changeEvent: redraw in the new palette's tints (light or dark), or language."""
        if event.type() in PALETTE_EVENTS:
            self._render()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QDialog.showEvent: start with the page, ready to read with the keyboard."""
        super().showEvent(event)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME and url.path():
            self.entryRequested.emit(url.path())
