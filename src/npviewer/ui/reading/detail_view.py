"""The detail pane: one entry's HTML in a locked-down text browser, its bookmark star and note.

The pane stays still: its least height never changes, so the docks beside and below it keep theirs.
The text keeps room for :data:`READING_LINES` lines and a two-line note; the note box is as high as
its note (two lines at least, :data:`NOTE_LINES` at most), whatever has the focus, and a longer note
or the find bar takes its room from the text above it; the map gets what is left (up to
:data:`MAP_HEIGHT`; typing a note never makes it come or go). The text comes first on the Tab key,
then its links (:class:`~npviewer.ui.reading.link_walk.LinkWalk`), its size follows
Ctrl+plus and Ctrl+minus (:class:`~npviewer.ui.reading.text_zoom.TextZoom`), and a find bar searches
it (:class:`~npviewer.ui.reading.find_bar.FindBar`).

Made in two steps when ``staged``: the buttons and the text for the first paint (the welcome page),
then :meth:`DetailView.finish_building` adds the link walking, the zoom, the find bar, the map's slot
and the note box after it.

Signals:
    entryLinkActivated(str): an in-app ``npv:`` link to an entry was clicked.
    entryLinkInNewTab(str): such a link was Ctrl+clicked, middle-clicked or Ctrl+Entered: a new tab.
    bookmarkToggleRequested(): the star was clicked.
    (the note's own signals are on ``note_box``, a :class:`~npviewer.ui.reading.note_editor.NoteEditor`)
    copyCitationRequested(str): copy the entry's citation in a format: plain, chicago, bibtex or ris.
    exportBriefRequested(str): the Export brief button was clicked on a region (region id).
    statusMessage(str): something to tell the user briefly (e.g. "Link copied").
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from npviewer.i18n import translate
from npviewer.ui.common.follow_language import follow_language
from npviewer.ui.common.icons import set_icon
from npviewer.ui.common.screen_fit import CompactButton, fit_buttons
from npviewer.ui.common.settings import SHOW_MAP
from npviewer.ui.common.themed_browser import ThemedBrowser
from npviewer.ui.reading.page import ENTRY_SCHEME, message_html, style_sheet
from npviewer.ui.reading.text_zoom import TextZoom

if TYPE_CHECKING:  # made after the first paint (finish_building), or when an entry is shown
    from npviewer.store.records import Document, Entry
    from npviewer.store.userdata import Draft
    from npviewer.ui.reading.entry_html import RenderedEntry
    from npviewer.ui.reading.find_bar import FindBar
    from npviewer.ui.reading.link_walk import LinkWalk
    from npviewer.ui.reading.note_editor import NoteEditor

log = logging.getLogger(__name__)
#: The text always has room for this many lines (fewer on a screen too small for them).
READING_LINES = 10
#: The map's height when there is room for it, and the least worth showing.
MAP_HEIGHT, MAP_LEAST = 280, 120
#: The most lines the note box shows (a longer note scrolls).
NOTE_LINES = 6
#: A two-line note's room is kept in the pane's height on screens with at least this much free height
#: (on a shorter or scaled one it is not: the note box then takes its room from the docks when it shows).
KEEP_NOTE_ROOM_FROM = 600


class SafeBrowser(ThemedBrowser):
    """A text browser that never follows a link itself and never loads anything from outside, in the
    palette's colours.

    Signals:
        newTabRequested(QUrl): a link was Ctrl+clicked or middle-clicked (a browser's "open in a new tab").
    """

    newTabRequested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, style_sheet)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("detailBrowser")
        # the link ring lies outside the link's own text, which is all Qt repaints when the link changes
        # (a Python slot: connecting the viewport's own update() makes PySide6 resolve its overloads
        # through the signatures of 55 other types, 3 ms of the first paint)
        self.selectionChanged.connect(self._repaint_viewport)
        # the window's actions on the entry shown, offered in the page's context menu after Copy
        self.context_actions: list[QAction] = []

    def _repaint_viewport(self) -> None:
        self.viewport().update()

    def redraw(self) -> None:
        """Override ThemedBrowser.redraw: the acronyms keep their dotted underline."""
        super().redraw()
        self.mark_terms()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QTextBrowser.paintEvent: the link chosen by Tab gets a 2-px ring (Qt draws a 1-px
        dotted box no one sees)."""
        super().paintEvent(event)
        cursor = self.textCursor()
        if not self.hasFocus() or not cursor.hasSelection() or not cursor.charFormat().anchorHref():
            return
        from PySide6.QtGui import QPainter

        from npviewer.ui.common.focus_ring import WIDTH, draw_ring

        painter = QPainter(self.viewport())
        for rect in self.range_rects(cursor.selectionStart(), cursor.selectionEnd()):
            draw_ring(painter, rect.adjusted(-WIDTH - 1, -WIDTH, WIDTH + 1, WIDTH), self.palette())
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QTextBrowser.mouseReleaseEvent: Ctrl+click or a middle click on a link asks for a tab."""
        from PySide6.QtCore import Qt

        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and ctrl):
            href = self.anchorAt(event.position().toPoint())
            if href:
                self.newTabRequested.emit(QUrl(href))
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Where the text from ``start`` to ``end`` is drawn, one rectangle a line, in viewport pixels."""
        doc = self.document()
        layout = doc.documentLayout()
        dx, dy = -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        rects: list[QRectF] = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            top = layout.blockBoundingRect(block).topLeft()
            lines = block.layout()
            for n in range(lines.lineCount()):
                line = lines.lineAt(n)
                first = block.position() + line.textStart()
                last = first + line.textLength()
                a, b = max(start, first), min(end, last)
                if a >= b:
                    continue
                x0, x1 = (_x(line.cursorToX(p - block.position())) for p in (a, b))
                rects.append(QRectF(top.x() + x0 + dx, top.y() + line.y() + dy, x1 - x0, line.height()))
            block = block.next()
        return rects

    def context_menu(self, pos: QPoint) -> QMenu:
        """The page's menu at a viewport position: Qt's own (Copy, Select All), then the entry's actions."""
        menu = self.createStandardContextMenu(pos)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Override QTextBrowser.contextMenuEvent: the entry's actions too (see :meth:`context_menu`)."""
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Override QTextBrowser.loadResource: refuse every external resource (images, styles)."""
        log.debug("refused to load resource %s", name)
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        """The hover text at a viewport position: a glossary expansion, or an entry link's target."""
        from PySide6.QtGui import QTextCursor

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
            from PySide6.QtWidgets import QToolTip

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
        from PySide6.QtGui import QTextCharFormat, QTextCursor

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


def _x(found: object) -> float:
    """The x of ``QTextLine.cursorToX``, which PySide returns with the position: ``(x, position)``."""
    return float(found[0]) if isinstance(found, tuple) else float(found)  # type: ignore[arg-type]


class MapSlot(QFrame):
    """Where the map goes: as high as the pane gives it (see DetailView._fit_map), never a reason for
    the window to grow (no minimum height of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._height = MAP_HEIGHT
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_height(self, height: int) -> None:
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint: the height the pane can spare."""
        return QSize(super().sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint: none (the pane hides the map rather than grow)."""
        return QSize(0, 0)


class DetailView(QWidget):
    """Shows one entry and the actions on it."""

    entryLinkActivated = Signal(str)
    entryLinkInNewTab = Signal(str)
    bookmarkToggleRequested = Signal()
    copyCitationRequested = Signal(str)
    exportBriefRequested = Signal(str)
    statusMessage = Signal(str)

    #: Made by finish_building (at once unless ``staged``).
    links: LinkWalk
    find_bar: FindBar
    map_slot: MapSlot
    note_box: NoteEditor
    note_edit: QPlainTextEdit
    note_save: QPushButton

    def __init__(self, parent: QWidget | None = None, *, staged: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("detailView")
        self._entry: Entry | None = None
        self._urls: tuple[str, ...] = ()
        self._link_titles: Mapping[str, str] = {}
        self.built = False
        self._has_map = False
        self._bookmarked = False

        self.star_button = CompactButton()
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        set_icon(self.star_button, "star")
        self.star_button.clicked.connect(self._star_clicked)

        self.copy_button = CompactButton()
        self.copy_button.setObjectName("copyCitationButton")
        set_icon(self.copy_button, "copy")
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

        self.brief_button = CompactButton()
        self.brief_button.setObjectName("exportBriefButton")
        set_icon(self.brief_button, "export")
        self.brief_button.clicked.connect(self._brief_clicked)

        self.map_button = CompactButton()
        self.map_button.setObjectName("mapButton")
        set_icon(self.map_button, "region")
        self.map_button.setCheckable(True)
        self.map_button.setChecked(SHOW_MAP.get())
        self.map_button.toggled.connect(self.show_map)
        self.map_button.hide()

        actions = QHBoxLayout()
        actions.setContentsMargins(6, 4, 6, 0)
        for button in (self.star_button, self.copy_button, self.brief_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.map_button)

        self.browser = SafeBrowser()
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.highlighted.connect(self._link_hovered)
        self.browser.newTabRequested.connect(self._new_tab)
        self.zoom = TextZoom(self.browser, self)  # the text's saved size, before it is first drawn

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(actions)
        layout.addWidget(self.browser, 1)
        self._retranslate_buttons()
        follow_language(self, self._retranslate)
        self._set_actions_enabled(False)
        if not staged:
            self.finish_building()

    def finish_building(self) -> None:
        """The rest of the pane (once): link walking, zoom, the find bar, the map's slot, the note box."""
        if self.built:
            return
        from npviewer.ui.common.keys import keep_keys
        from npviewer.ui.reading.find_bar import FindBar
        from npviewer.ui.reading.link_walk import LinkWalk
        from npviewer.ui.reading.note_editor import NoteEditor

        self.links = LinkWalk(self.browser, lambda target: self._link_titles.get(target, ""))
        self.links.linkReached.connect(self._link_hovered)
        self.links.newTabRequested.connect(self._new_tab)
        #: The reading tabs (see npviewer.ui.reading.tabs: shown while there are two or more).
        self.tab_bar = QTabBar()
        self.find_bar = FindBar(self.browser)

        #: Where the lead puts a map of the region or country shown (empty and hidden until then).
        self.map_slot = MapSlot()
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

        layout = self._layout
        layout.insertWidget(0, self.tab_bar)
        layout.insertWidget(2, self.map_slot)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.note_box)
        self.built = True
        self._fit_reading()
        self.zoom.changed.connect(self._fit_reading)
        self.note_edit.textChanged.connect(self._fit_note)
        for part in (self.note_box, self.find_bar, self.tab_bar):
            part.installEventFilter(self)  # shown or hidden: the text gives or takes back their room
        self._fit_note()
        self._retranslate()
        self._fit_buttons()

    def _retranslate(self) -> None:
        self._retranslate_buttons()
        if self.built:
            self.map_slot.setAccessibleName(translate("DetailView", "Map"))
            self.find_bar.retranslate()

    def _retranslate_buttons(self) -> None:
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
        self.map_button.setText(translate("DetailView", "Map"))
        self.map_button.setAccessibleName(translate("DetailView", "Show the map"))
        self.map_button.setToolTip(translate("DetailView", "Show or hide the map above the entry"))

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
        from npviewer.ui.reading.entry_html import render_entry

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

    def print_document(self) -> QTextDocument:
        """The page on show as a document to print, in a light palette's colours (paper is white), the
        acronyms' dotted underline kept."""
        from npviewer.ui.common.text_colours import text_colours
        from npviewer.ui.common.theme import LIGHT, palette_of

        document = QTextDocument()
        document.setDefaultFont(self.browser.font())
        light = palette_of(LIGHT)
        assert light is not None
        document.setDefaultStyleSheet(style_sheet(text_colours(light)))
        document.setHtml(self.browser.page_html)
        return document

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
        set_icon(self.star_button, "star-filled" if bookmarked else "star")
        self._bookmarked = bookmarked
        self._name_star()

    def _clear_note(self) -> None:
        self._set_star(False)
        if self.built:
            self.note_box.load(None, "")
            self.note_box.setVisible(False)

    def set_map_widget(self, widget: QWidget | None) -> None:
        """Put a map (or nothing) above the entry's text; it shows if wanted and there is room."""
        layout = self._map_layout
        first = layout.itemAt(0) if layout.count() else None
        current = first.widget() if first is not None else None
        if current is not widget:
            while layout.count():
                item = layout.takeAt(0)
                old = item.widget() if item is not None else None
                if old is not None:
                    old.setParent(None)
            if widget is not None:
                layout.addWidget(widget)
        self._has_map = widget is not None
        self.map_button.setVisible(self._has_map)
        self._fit_map()

    def show_map(self, shown: bool) -> None:
        """Show or hide the map (the reader's choice, remembered)."""
        if self.map_button.isChecked() != shown:
            self.map_button.setChecked(shown)  # comes back here through toggled
            return
        SHOW_MAP.set(shown)
        self._fit_map()

    def map_shown(self) -> bool:
        return self.map_slot.isVisible()

    # -- room --------------------------------------------------------------------------------------

    def reading_height(self) -> int:
        """The least height the entry's text keeps: READING_LINES lines, or a quarter of a small screen."""
        lines = self.browser.fontMetrics().lineSpacing() * READING_LINES + 2 * self.browser.frameWidth() + 8
        screen = self.screen()
        if screen is not None:
            lines = min(lines, screen.availableGeometry().height() // 4)
        return lines

    def _note_box_height(self, lines: int) -> int:
        """The note box's height with its editor ``lines`` lines high."""
        return self.note_box.sizeHint().height() - self.note_edit.height() + self._note_edit_height(lines)

    def _note_edit_height(self, lines: int) -> int:
        edit = self.note_edit
        return edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8

    def _fit_reading(self, *, keep_map: bool = False) -> None:
        """The pane's least height never changes: the text keeps READING_LINES lines plus a two-line
        note's room, and gives from it what the note box (when shown) and the find bar take. So a note
        written longer, or the find bar, takes its room from the text above it, never from the timeline
        below the pane; with ``keep_map`` (a note typed longer) the map stays as it is too."""
        if not self.built:
            return
        spacing = max(0, self._layout.spacing())
        screen = self.screen()
        tall = screen is None or screen.availableGeometry().height() >= KEEP_NOTE_ROOM_FROM
        least = self._note_box_height(2) + spacing if tall else 0
        taken = self.note_box.sizeHint().height() + spacing if not self.note_box.isHidden() and tall else 0
        for part in (self.find_bar, self.tab_bar):
            if not part.isHidden() and tall:
                taken += part.sizeHint().height() + spacing
        floor = self.browser.fontMetrics().lineSpacing() * 3 + 2 * self.browser.frameWidth() + 8
        self.browser.setMinimumHeight(max(floor, self.reading_height() + least - taken))
        if not keep_map:
            self._fit_map()

    def _fit_map(self) -> None:
        """The map gets what the text does not need, up to MAP_HEIGHT; too little and it is left out.
        Worked out when an entry, the window's size or the find bar changes; never while a note is typed
        (the text gives the room then: the map neither comes nor goes under the pointer)."""
        if not self.built:
            return
        if not self._has_map or not self.map_button.isChecked():
            self.map_slot.hide()
            return
        spacing = max(0, self._layout.spacing())
        taken = self.star_button.sizeHint().height() + 4 + spacing
        for part in (self.note_box, self.find_bar, self.tab_bar):
            if not part.isHidden():
                taken += part.sizeHint().height() + spacing
        room = self.height() - taken - self.browser.minimumHeight() - spacing
        if room < MAP_LEAST:
            self.map_slot.hide()
            return
        self.map_slot.set_height(min(MAP_HEIGHT, room))
        self.map_slot.show()

    def _fit_note(self) -> None:
        """The note box is as high as its note (two lines at least, six at most, then it scrolls),
        whatever has the focus: clicking into it moves nothing."""
        edit = self.note_edit
        # a plain text edit's document is measured in lines, wrapped at the box's width
        written = math.ceil(edit.document().size().height())
        height = self._note_edit_height(min(NOTE_LINES, max(2, written)))
        if edit.maximumHeight() != height:
            edit.setFixedHeight(height)
            self._fit_reading(keep_map=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: give the map what the text leaves; the buttons' texts only
        when they have room (a narrow pane, a scaled or small screen: icons, named in tooltips)."""
        super().resizeEvent(event)
        self._fit_map()
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        if not self.built:  # the first paint shows them as they come: their styles are Qt enums
            return
        fit_buttons((self.star_button, self.copy_button, self.brief_button, self.map_button), self.width() - 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: the note box or the find bar shown or hidden."""
        parts = (self.note_box, self.find_bar, self.tab_bar)
        shown = event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and watched in parts
        if shown and isValid(self) and isValid(self.browser):  # not while the window is being taken down
            self._fit_reading()
        return super().eventFilter(watched, event)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.star_button.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)
        self.brief_button.setVisible(enabled and self._entry is not None and self._entry.kind == "region")

    # -- notes -------------------------------------------------------------------------------------

    def save_note_if_changed(self, *, leaving: bool = False) -> None:
        """Save typed note text (``leaving``: the entry is being left; a conflict waits for later)."""
        if self.built:
            self.note_box.save_if_changed(leaving=leaving)

    # -- links -------------------------------------------------------------------------------------

    def _anchor_clicked(self, url: QUrl) -> None:
        from npviewer.ui.reading.entry_html import BRIEF_SCHEME, COPY_SCHEME

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

    def _new_tab(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME and url.path():
            self.entryLinkInNewTab.emit(url.path())

    def _link_hovered(self, url: QUrl) -> None:
        from npviewer.ui.reading.entry_html import COPY_SCHEME

        if url.scheme() == COPY_SCHEME:
            self.statusMessage.emit(translate("DetailView", "Copy this source's web address (it is never opened)"))
        elif url.scheme() == ENTRY_SCHEME:
            title = self._link_titles.get(url.path()) or self._anchor_text(url.toString())
            self.statusMessage.emit(translate("DetailView", "Open {title}").format(title=title) if title else "")
        else:
            self.statusMessage.emit("")

    def _anchor_text(self, href: str) -> str:
        """The words of the page's link to ``href`` (a page with no titles for its links, such as the
        welcome page): the status bar names what a link opens, never its internal id."""
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                    return fragment.text()
                it += 1
            block = block.next()
        return ""

    def _star_clicked(self) -> None:
        self.bookmarkToggleRequested.emit()

    def _brief_clicked(self) -> None:
        if self._entry is not None:
            self.exportBriefRequested.emit(self._entry.id)
