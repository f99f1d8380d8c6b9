"""The window's actions with their keys, its toolbar and its menus, and which actions are enabled.

Every text is set in :meth:`WindowActions.retranslate`, which the window calls again when the
interface language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from npviewer import i18n
from npviewer.i18n import translate
from npviewer.ui.common.icons import set_icon

if TYPE_CHECKING:
    from npviewer.ui.window.main_window import MainWindow

Keys = tuple[QKeySequence.StandardKey | str, ...]


class WindowActions(QObject):
    """Every window-level action (each added to the window, so its key works wherever the focus is)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        w = window
        self.back = self._action(w.go_back, ("Alt+Left", QKeySequence.StandardKey.Back), "back")
        self.forward = self._action(w.go_forward, ("Alt+Right", QKeySequence.StandardKey.Forward), "forward")
        self.bookmark = self._action(w.toggle_bookmark, ("Ctrl+D",), "star")
        self.bookmark.setCheckable(True)
        self.note = self._action(w.edit_current_note)
        self.copy = self._action(w.copy_citation, ("Ctrl+Shift+C",), "copy")
        self.copy_formats = [
            self._action(lambda _=False, f=fmt: w.copy_citation(f)) for fmt in ("chicago", "bibtex", "ris")
        ]
        self.brief = self._action(w.export_brief, ("Ctrl+E",), "export")
        self.find = self._action(w.focus_search, ("Ctrl+K",), "search")
        bar = w.detail.find_bar
        self.find_in_entry = self._action(bar.open, (QKeySequence.StandardKey.Find,))
        self.find_next = self._action(lambda: bar.step(1), (QKeySequence.StandardKey.FindNext,))
        self.find_previous = self._action(lambda: bar.step(-1), (QKeySequence.StandardKey.FindPrevious,))
        zoom = w.detail.zoom
        self.zoom_in = self._action(zoom.zoom_in, (QKeySequence.StandardKey.ZoomIn, "Ctrl+="))
        self.zoom_out = self._action(zoom.zoom_out, (QKeySequence.StandardKey.ZoomOut,))
        self.zoom_reset = self._action(zoom.reset, ("Ctrl+0",))
        self.map_toggle = self._action(w.detail.show_map)
        self.map_toggle.setCheckable(True)
        self.map_toggle.setChecked(w.detail.map_button.isChecked())
        w.detail.map_button.toggled.connect(self.map_toggle.setChecked)
        self.save_search = self._action(w.save_current_search)
        self.export_marks = self._action(w.export_bookmarks)
        self.import_marks = self._action(w.import_bookmarks)
        self.quit = self._action(w.close, ("Ctrl+Q",))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.help = self._action(w.show_help, ("F1",), "help")
        self.about = self._action(w.show_about)
        self.next_pane = self._action(w.focus_next_pane, ("F6",))
        #: View > Language: one checkable action a language, each named in its own language.
        self.languages = QActionGroup(self)
        for lang in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[lang], window)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, code=lang: w.set_language(code))
            self.languages.addAction(action)
        self.bookmarks_toggle = w.bookmarks_dock.toggleViewAction()
        self.bookmarks_toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
        set_icon(self.bookmarks_toggle, "bookmarks")
        self.timeline_toggle = w.timeline_dock.toggleViewAction()
        self.timeline_toggle.setShortcut(QKeySequence("Ctrl+T"))
        self.menus: dict[str, QMenu] = {}
        self.toolbar = self._build_toolbar()
        self._build_menus()
        self.retranslate()

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def _action(self, slot: Callable[..., Any], keys: Keys = (), name: str = "") -> QAction:
        window = self.window
        action = QAction(window)
        if keys:
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
                    seq = QKeySequence(seq)
                    if not seq.isEmpty() and seq not in sequences:
                        sequences.append(seq)
            action.setShortcuts(sequences)
        if name:
            set_icon(action, name)
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        window = self.window
        toolbar = QToolBar(window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back, self.forward):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.bookmarks_toggle)
        toolbar.addAction(self.find)
        toolbar.addAction(self.help)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _build_menus(self) -> None:
        file_menu = self._menu("file")
        file_menu.addAction(self.brief)
        file_menu.addSeparator()
        file_menu.addAction(self.export_marks)
        file_menu.addAction(self.import_marks)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = self._menu("edit")
        edit_menu.addAction(self.window.marks.undo.undo_action)
        edit_menu.addAction(self.window.marks.undo.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy)
        for action in self.copy_formats:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.save_search)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_in_entry)
        edit_menu.addAction(self.find_next)
        edit_menu.addAction(self.find_previous)
        go_menu = self._menu("go")
        go_menu.addAction(self.back)
        go_menu.addAction(self.forward)
        go_menu.addAction(self.next_pane)
        marks_menu = self._menu("bookmarks")
        marks_menu.addAction(self.bookmark)
        marks_menu.addAction(self.note)
        marks_menu.addSeparator()
        marks_menu.addAction(self.bookmarks_toggle)
        view_menu = self._menu("view")
        view_menu.addAction(self.bookmarks_toggle)
        view_menu.addAction(self.timeline_toggle)
        view_menu.addAction(self.map_toggle)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in)
        view_menu.addAction(self.zoom_out)
        view_menu.addAction(self.zoom_reset)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu("")
        language_menu.setObjectName("languageMenu")
        language_menu.addActions(self.languages.actions())
        self.menus["language"] = language_menu
        help_menu = self._menu("help")
        help_menu.addAction(self.help)
        help_menu.addAction(self.about)

    def _menu(self, key: str) -> QMenu:
        menu = self.window.menuBar().addMenu("")
        menu.setObjectName(f"{key}Menu")
        self.menus[key] = menu
        return menu

    def retranslate(self) -> None:
        """Every action's, menu's and the toolbar's text in the interface language."""
        for action, text in (
            (self.back, translate("MainWindow", "&Back")),
            (self.forward, translate("MainWindow", "&Forward")),
            (self.note, translate("MainWindow", "Edit Bookmark &Note…")),
            (self.copy, translate("MainWindow", "Copy &Citation")),
            (self.copy_formats[0], translate("MainWindow", "Copy Citation as &Chicago Note")),
            (self.copy_formats[1], translate("MainWindow", "Copy Citation as &BibTeX")),
            (self.copy_formats[2], translate("MainWindow", "Copy Citation as &RIS")),
            (self.brief, translate("MainWindow", "&Export Brief…")),
            (self.find, translate("MainWindow", "&Search…")),
            (self.find_in_entry, translate("MainWindow", "&Find in Entry…")),
            (self.find_next, translate("MainWindow", "Find &Next")),
            (self.find_previous, translate("MainWindow", "Find Pre&vious")),
            (self.zoom_in, translate("MainWindow", "Zoom &In")),
            (self.zoom_out, translate("MainWindow", "Zoom &Out")),
            (self.zoom_reset, translate("MainWindow", "&Actual Size")),
            (self.map_toggle, translate("MainWindow", "Show &Map")),
            (self.save_search, translate("MainWindow", "&Save This Search…")),
            (self.export_marks, translate("MainWindow", "Export &Bookmarks…")),
            (self.import_marks, translate("MainWindow", "&Import Bookmarks…")),
            (self.quit, translate("MainWindow", "&Quit")),
            (self.help, translate("MainWindow", "npviewer &Help")),
            (self.about, translate("MainWindow", "&About npviewer")),
            (self.next_pane, translate("MainWindow", "Next &Pane")),
        ):
            action.setText(text)
        self.back.setToolTip(translate("MainWindow", "Back (Alt+Left)"))
        self.forward.setToolTip(translate("MainWindow", "Forward (Alt+Right)"))
        for key, title in (
            ("file", translate("MainWindow", "&File")),
            ("edit", translate("MainWindow", "&Edit")),
            ("go", translate("MainWindow", "&Go")),
            ("bookmarks", translate("MainWindow", "&Bookmarks")),
            ("view", translate("MainWindow", "&View")),
            ("help", translate("MainWindow", "&Help")),
            ("language", translate("MainWindow", "&Language")),
        ):
            self.menus[key].setTitle(title)
        self.toolbar.setWindowTitle(translate("MainWindow", "Navigation"))
        self.toolbar.setAccessibleName(translate("MainWindow", "Navigation"))
        for action in self.languages.actions():
            action.setChecked(action.data() == i18n.language())
        self.update()

    def update(self) -> None:
        """Enable what applies to the entry on show; the star and its words follow the bookmark."""
        window = self.window
        entry = window.current_entry()
        self.back.setEnabled(window.history.can_go_back())
        self.forward.setEnabled(window.history.can_go_forward())
        marked = entry is not None and window.user.is_bookmarked(entry.id)
        writable = not window.user.read_only
        self.bookmark.setEnabled(entry is not None and writable)
        window.detail.star_button.setEnabled(entry is not None and writable)
        self.import_marks.setEnabled(writable)
        self.save_search.setEnabled(writable)
        self.bookmark.setChecked(marked)
        set_icon(self.bookmark, "star-filled" if marked else "star")
        self.bookmark.setText(
            translate("MainWindow", "Remove &Bookmark") if marked else translate("MainWindow", "&Bookmark This Entry")
        )
        self.note.setEnabled(marked)
        for action in (self.copy, *self.copy_formats):
            action.setEnabled(entry is not None)
        self.brief.setEnabled(window.library is not None)
        self.find.setEnabled(window.library is not None)
