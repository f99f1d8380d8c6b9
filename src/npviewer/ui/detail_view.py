"""The detail pane: one entry's HTML in a locked-down text browser, its bookmark star and note.

Signals:
    entryLinkActivated(str): an in-app ``npv:`` link to an entry was clicked.
    bookmarkToggleRequested(): the star was clicked.
    (the note's own signals are on ``note_box``, a :class:`~npviewer.ui.note_editor.NoteEditor`)
    copyCitationRequested(str): copy the entry's citation in a format: plain, chicago, bibtex or ris.
    exportBriefRequested(str): the Export brief button was clicked on a region (region id).
    statusMessage(str): something to tell the user briefly (e.g. "Link copied").
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from npviewer.i18n import translate
from npviewer.store.records import Document, Entry
from npviewer.store.userdata import Draft
from npviewer.ui.detail import (
    BRIEF_SCHEME,
    COPY_SCHEME,
    ENTRY_SCHEME,
    STYLE_SHEET,
    RenderedEntry,
    message_html,
    render_entry,
)
from npviewer.ui.icons import icon
from npviewer.ui.note_editor import NoteEditor
from npviewer.ui.shortcuts import keep_keys

log = logging.getLogger(__name__)


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that never follows a link itself and never loads anything from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.setObjectName("detailBrowser")

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Override QTextBrowser.loadResource: refuse every external resource (images, styles)."""
        log.debug("refused to load resource %s", name)
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        """The hover text at a viewport position: a glossary expansion, or an entry link's target."""
        cursor = self.cursorForPosition(pos)
        tip = cursor.charFormat().toolTip()
        if not tip:
            # The format left of the cursor is reported; look right of it too.
            cursor.movePosition(QTextCursor.MoveOperation.Right)
            tip = cursor.charFormat().toolTip()
        return tip

    def event(self, e: QEvent) -> bool:
        """Override QTextBrowser.event: show glossary expansions on hover."""
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            tip = self.tooltip_at(self.viewport().mapFromGlobal(e.globalPos()))
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mark_terms(self) -> None:
        """Underline (dotted) the text that carries a hover expansion, so readers know to hover."""
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if frag.isValid() and fmt.toolTip() and not fmt.isAnchor():
                    cursor = QTextCursor(doc)
                    cursor.setPosition(frag.position())
                    cursor.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                    extra = QTextCharFormat()
                    extra.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    cursor.mergeCharFormat(extra)
                it += 1
            block = block.next()


class DetailView(QWidget):
    """Shows one entry and the actions on it."""

    entryLinkActivated = Signal(str)
    bookmarkToggleRequested = Signal()
    copyCitationRequested = Signal(str)
    exportBriefRequested = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailView")
        self._entry: Entry | None = None
        self._urls: tuple[str, ...] = ()
        self._link_titles: Mapping[str, str] = {}

        self.star_button = QToolButton()
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        self.star_button.setIcon(icon("star"))
        self.star_button.setToolButtonStyle(self.star_button.toolButtonStyle().ToolButtonTextBesideIcon)
        self.star_button.clicked.connect(self._star_clicked)

        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copyCitationButton")
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setToolButtonStyle(self.star_button.toolButtonStyle())
        self.copy_button.clicked.connect(lambda: self.copyCitationRequested.emit("plain"))
        formats = QMenu(self.copy_button)
        formats.setObjectName("citationFormatsMenu")
        self._format_actions = []
        for fmt in ("plain", "chicago", "bibtex", "ris"):
            action = formats.addAction("")
            action.triggered.connect(lambda _=False, f=fmt: self.copyCitationRequested.emit(f))
            self._format_actions.append(action)
        self.copy_button.setMenu(formats)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.brief_button = QToolButton()
        self.brief_button.setObjectName("exportBriefButton")
        self.brief_button.setIcon(icon("export"))
        self.brief_button.setToolButtonStyle(self.star_button.toolButtonStyle())
        self.brief_button.clicked.connect(self._brief_clicked)

        actions = QHBoxLayout()
        actions.setContentsMargins(6, 4, 6, 0)
        for button in (self.star_button, self.copy_button, self.brief_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.browser = SafeBrowser()
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.highlighted.connect(self._link_hovered)

        #: Where the lead puts a map of the region or country shown (empty and hidden until then).
        self.map_slot = QFrame()
        self.map_slot.setObjectName("detailMapSlot")
        self._map_layout = QVBoxLayout(self.map_slot)
        self._map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_slot.hide()

        #: The bookmark's note (see NoteEditor: drafts, and the other version when both changed).
        self.note_box = NoteEditor()
        self.note_edit = self.note_box.edit
        self.note_save = self.note_box.save_button
        keep_keys(self.note_edit, ["Ctrl+D"])  # typing a note never removes its bookmark
        self.note_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(actions)
        layout.addWidget(self.map_slot)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note_box)
        self._bookmarked = False
        self._retranslate()
        self._set_actions_enabled(False)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.browser.setAccessibleName(translate("DetailView", "Entry details"))
        self._name_star()
        self.copy_button.setText(translate("DetailView", "Copy citation"))
        self.copy_button.setAccessibleName(translate("DetailView", "Copy citation"))
        self.copy_button.setToolTip(
            translate(
                "DetailView",
                "Copy the entry's citation: its sources, quotations and references (Ctrl+Shift+C); "
                "the arrow offers a Chicago note, BibTeX and RIS",
            )
        )
        labels = (
            translate("DetailView", "Copy as plain text"),
            translate("DetailView", "Copy as a Chicago note"),
            translate("DetailView", "Copy as BibTeX (reference managers)"),
            translate("DetailView", "Copy as RIS (Zotero, EndNote, Mendeley)"),
        )
        for action, label in zip(self._format_actions, labels, strict=True):
            action.setText(label)
        self.brief_button.setText(translate("DetailView", "Export brief"))
        self.brief_button.setAccessibleName(translate("DetailView", "Export a PDF brief of this region"))
        self.brief_button.setToolTip(translate("DetailView", "Export a PDF brief of this region (Ctrl+E)"))
        self.map_slot.setAccessibleName(translate("DetailView", "Map"))

    def _name_star(self) -> None:
        if self._bookmarked:
            self.star_button.setText(translate("DetailView", "Bookmarked"))
            self.star_button.setAccessibleName(translate("DetailView", "Remove bookmark"))
            self.star_button.setToolTip(translate("DetailView", "Remove the bookmark (Ctrl+D)"))
        else:
            self.star_button.setText(translate("DetailView", "Bookmark"))
            self.star_button.setAccessibleName(translate("DetailView", "Bookmark this entry"))
            self.star_button.setToolTip(translate("DetailView", "Bookmark this entry (Ctrl+D)"))

    # -- showing -----------------------------------------------------------------------------------

    @property
    def entry(self) -> Entry | None:
        return self._entry

    def show_entry(
        self,
        entry: Entry,
        glossary: dict[str, str],
        bookmarked: bool,
        note: str = "",
        documents: Mapping[str, Document] | None = None,
        draft: Draft | None = None,
    ) -> None:
        """Show ``entry``; ``glossary`` maps acronyms to the expansion shown on hover, ``documents``
        gives the cited documents' records, ``draft`` unsaved text of its note."""
        self.save_note_if_changed(leaving=True)
        self._entry = entry
        rendered = render_entry(entry, glossary, documents)
        self._urls = rendered.urls
        self._link_titles = rendered.link_titles
        self.browser.setHtml(rendered.html)
        self.browser.mark_terms()
        self._set_actions_enabled(True)
        self.brief_button.setVisible(entry.kind == "region")
        self._set_star(bookmarked)
        self.note_box.load(entry.id if bookmarked else None, note, draft)
        self.note_box.setVisible(bookmarked)

    def show_document(self, rendered: RenderedEntry) -> None:
        """Show a source document's page: nothing there to bookmark, cite or export."""
        self.save_note_if_changed(leaving=True)
        self._entry = None
        self._urls = rendered.urls
        self._link_titles = rendered.link_titles
        self.browser.setHtml(rendered.html)
        self._set_actions_enabled(False)
        self.brief_button.setVisible(False)
        self._clear_note()

    def show_message(self, title: str, body: str = "") -> None:
        """Show a message instead of an entry (start-up, preparing content, an error)."""
        self.save_note_if_changed(leaving=True)
        self._entry = None
        self._urls = ()
        self.browser.setHtml(message_html(title, body))
        self._set_actions_enabled(False)
        self._clear_note()

    def set_bookmarked(self, bookmarked: bool, note: str = "") -> None:
        """The entry's bookmark as stored now (changed here or elsewhere): typed note text is kept, and
        shown beside the other version when both changed."""
        self._set_star(bookmarked)
        editor = self.note_box
        if self._entry is None:
            return
        if bookmarked:
            if editor.entry_id != self._entry.id:
                editor.load(self._entry.id, note)
            else:
                editor.saved_changed(note)
            editor.setVisible(True)
        elif editor.entry_id == self._entry.id and editor.is_modified():
            editor.saved_changed(None)  # removed elsewhere while typing: the text stays, with a choice
        else:
            editor.load(None, "")
            editor.setVisible(False)

    def _set_star(self, bookmarked: bool) -> None:
        self.star_button.setChecked(bookmarked)
        self.star_button.setIcon(icon("star-filled" if bookmarked else "star"))
        self._bookmarked = bookmarked
        self._name_star()

    def _clear_note(self) -> None:
        self._set_star(False)
        self.note_box.load(None, "")
        self.note_box.setVisible(False)

    def set_map_widget(self, widget: QWidget | None) -> None:
        """Put a map (or nothing) above the entry's text."""
        layout = self._map_layout
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.setParent(None)
        if widget is not None:
            layout.addWidget(widget)
        self.map_slot.setVisible(widget is not None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.star_button.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)
        self.brief_button.setVisible(enabled and self._entry is not None and self._entry.kind == "region")

    # -- notes -------------------------------------------------------------------------------------

    def save_note_if_changed(self, *, leaving: bool = False) -> None:
        """Save typed note text (``leaving``: the entry is being left; a conflict waits for later)."""
        self.note_box.save_if_changed(leaving=leaving)

    # -- links -------------------------------------------------------------------------------------

    def _anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        target = url.path()
        if scheme == ENTRY_SCHEME and target:
            self.entryLinkActivated.emit(target)
        elif scheme == COPY_SCHEME and target.isdigit() and int(target) < len(self._urls):
            QGuiApplication.clipboard().setText(self._urls[int(target)])
            self.statusMessage.emit(translate("DetailView", "Link copied: {url}").format(url=self._urls[int(target)]))
        elif scheme == BRIEF_SCHEME and target:
            self.exportBriefRequested.emit(target)
        else:
            log.warning("ignored a link with an unknown target: %s", url.toString())

    def _link_hovered(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            self.statusMessage.emit(translate("DetailView", "Copy this source's web address (it is never opened)"))
        elif url.scheme() == ENTRY_SCHEME:
            title = self._link_titles.get(url.path())
            self.statusMessage.emit(translate("DetailView", "Open {title}").format(title=title) if title else "")
        else:
            self.statusMessage.emit("")

    def _star_clicked(self) -> None:
        self.bookmarkToggleRequested.emit()

    def _brief_clicked(self) -> None:
        if self._entry is not None:
            self.exportBriefRequested.emit(self._entry.id)
