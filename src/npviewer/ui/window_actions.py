"""The window's actions with their keys, its toolbar and its menus, and which actions are enabled."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from npviewer.ui.icons import icon

if TYPE_CHECKING:
    from npviewer.ui.mainwindow import MainWindow

Keys = tuple[QKeySequence.StandardKey | str, ...]


class WindowActions(QObject):
    """Every window-level action (each added to the window, so its key works wherever the focus is)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        w = window
        self.back = self._action("&Back", w.go_back, ("Alt+Left", QKeySequence.StandardKey.Back), "back")
        self.forward = self._action(
            "&Forward", w.go_forward, ("Alt+Right", QKeySequence.StandardKey.Forward), "forward"
        )
        self.bookmark = self._action("&Bookmark This Entry", w.toggle_bookmark, ("Ctrl+D",), "star")
        self.bookmark.setCheckable(True)
        self.note = self._action("Edit Bookmark &Note…", w.edit_current_note)
        self.copy = self._action("Copy &Citation", w.copy_citation, ("Ctrl+Shift+C",), "copy")
        self.copy_formats = [
            self._action(label, lambda _=False, f=fmt: w.copy_citation(f))
            for label, fmt in (
                ("Copy Citation as &Chicago Note", "chicago"),
                ("Copy Citation as &BibTeX", "bibtex"),
                ("Copy Citation as &RIS", "ris"),
            )
        ]
        self.brief = self._action("&Export Brief…", w.export_brief, ("Ctrl+E",), "export")
        self.find = self._action("&Find…", w.focus_search, ("Ctrl+K", QKeySequence.StandardKey.Find), "search")
        self.save_search = self._action("&Save This Search…", w.save_current_search)
        self.export_marks = self._action("Export &Bookmarks…", w.export_bookmarks)
        self.import_marks = self._action("&Import Bookmarks…", w.import_bookmarks)
        self.quit = self._action("&Quit", w.close, ("Ctrl+Q",))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.help = self._action("npviewer &Help", w.show_help, ("F1",), "help")
        self.about = self._action("&About npviewer", w.show_about)
        self.next_pane = self._action("Next &Pane", w.focus_next_pane, ("F6",))
        self.bookmarks_toggle = w.bookmarks_dock.toggleViewAction()
        self.bookmarks_toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.bookmarks_toggle.setIcon(icon("bookmarks"))
        self.timeline_toggle = w.timeline_dock.toggleViewAction()
        self.timeline_toggle.setShortcut(QKeySequence("Ctrl+T"))
        self.toolbar = self._build_toolbar()
        self._build_menus()

    @property
    def window(self) -> MainWindow:
        """The window this belongs to (its Qt parent: no reference cycle for the GC to break)."""
        return cast("MainWindow", self.parent())

    def _action(self, text: str, slot: Callable[..., Any], keys: Keys = (), name: str = "") -> QAction:
        window = self.window
        action = QAction(text, window)
        if keys:
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
                    seq = QKeySequence(seq)
                    if not seq.isEmpty() and seq not in sequences:
                        sequences.append(seq)
            action.setShortcuts(sequences)
        if name:
            action.setIcon(icon(name))
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        window = self.window
        toolbar = QToolBar("Navigation", window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName("Navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back, self.forward):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.bookmarks_toggle)
        toolbar.addAction(self.find)
        toolbar.addAction(self.help)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.back.setToolTip("Back (Alt+Left)")
        self.forward.setToolTip("Forward (Alt+Right)")
        return toolbar

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.brief)
        file_menu.addSeparator()
        file_menu.addAction(self.export_marks)
        file_menu.addAction(self.import_marks)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.window.marks.undo.undo_action)
        edit_menu.addAction(self.window.marks.undo.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy)
        for action in self.copy_formats:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.save_search)
        go_menu = bar.addMenu("&Go")
        go_menu.addAction(self.back)
        go_menu.addAction(self.forward)
        go_menu.addAction(self.next_pane)
        marks_menu = bar.addMenu("&Bookmarks")
        marks_menu.addAction(self.bookmark)
        marks_menu.addAction(self.note)
        marks_menu.addSeparator()
        marks_menu.addAction(self.bookmarks_toggle)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.bookmarks_toggle)
        view_menu.addAction(self.timeline_toggle)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.help)
        help_menu.addAction(self.about)

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
        self.bookmark.setIcon(icon("star-filled" if marked else "star"))
        self.bookmark.setText("Remove &Bookmark" if marked else "&Bookmark This Entry")
        self.note.setEnabled(marked)
        for action in (self.copy, *self.copy_formats):
            action.setEnabled(entry is not None)
        self.brief.setEnabled(window.library is not None)
        self.find.setEnabled(window.library is not None)
