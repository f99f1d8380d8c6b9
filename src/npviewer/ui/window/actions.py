"""The window's actions as data: one table (id, text, keys, icon, menu, when enabled), the menus and the
toolbar as lists of ids, as Picard's ``ui/mainwindow/actions.py`` and napari's ``qactions``.

:class:`WindowActions` makes a ``QAction`` per row and connects it to the handler the window gives
for its id; an action another part makes (a dock's toggle, Undo, the content updates') is listed by
id too and adopted as it is. Retranslating and enabling are loops over the table: to add an action,
add a row, put its id in a menu, and give its handler in the window's wiring (a checkable action's
handler is told its new state).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from npviewer import i18n
from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.ui.common import theme
from npviewer.ui.common.focus_ring import tab_reachable
from npviewer.ui.common.icons import set_icon

Keys = tuple[QKeySequence.StandardKey | str, ...]
Std = QKeySequence.StandardKey
# A menu's or the toolbar's separator.
SEPARATOR = "-"
# The View menu's submenus: the interface languages, the themes.
LANGUAGE_MENU = "language"
THEME_MENU = "theme"
# The Go menu's submenu of the entries viewed last (filled by npviewer.ui.reading.recent).
RECENT_MENU = "recent"


@dataclass(frozen=True)
class ActionSpec:
    """One action. ``text`` is translated in the context "MainWindow" (empty: an adopted action keeps
    its own); ``enabled``/``checked`` name a condition of :meth:`WindowActions.update` (empty: always
    enabled, never checked); ``checked_text`` and ``checked_icon`` are its words and icon while checked."""

    id: str
    text: str = ""
    keys: Keys = ()
    icon: str = ""
    enabled: str = ""
    checked: str = ""
    checkable: bool = False
    checked_text: str = ""
    checked_icon: str = ""
    tooltip: str = ""
    adopted: bool = False
    #: How the keyboard's cheat sheet names an adopted action (its own text changes: "Undo Remove ...").
    keys_text: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("back", QT_TRANSLATE_NOOP("MainWindow", "&Back"), ("Alt+Left", Std.Back), "back", "can_go_back",
               tooltip=QT_TRANSLATE_NOOP("MainWindow", "Back (Alt+Left)")),
    ActionSpec("forward", QT_TRANSLATE_NOOP("MainWindow", "&Forward"), ("Alt+Right", Std.Forward), "forward",
               "can_go_forward", tooltip=QT_TRANSLATE_NOOP("MainWindow", "Forward (Alt+Right)")),
    ActionSpec("bookmark", QT_TRANSLATE_NOOP("MainWindow", "&Bookmark This Entry"), ("Ctrl+D",), "star",
               "entry_writable", "bookmarked", checkable=True,
               checked_text=QT_TRANSLATE_NOOP("MainWindow", "Remove &Bookmark"), checked_icon="star-filled"),
    ActionSpec("note", QT_TRANSLATE_NOOP("MainWindow", "Edit Bookmark &Note…"), enabled="bookmarked"),
    ActionSpec("copy", QT_TRANSLATE_NOOP("MainWindow", "Copy &Citation"), ("Ctrl+Shift+C",), "copy", "entry"),
    ActionSpec("copy_chicago", QT_TRANSLATE_NOOP("MainWindow", "Copy Citation as C&hicago Note"), enabled="entry"),
    ActionSpec("copy_bibtex", QT_TRANSLATE_NOOP("MainWindow", "Copy Citation as &BibTeX"), enabled="entry"),
    ActionSpec("copy_ris", QT_TRANSLATE_NOOP("MainWindow", "Copy Citation as R&IS"), enabled="entry"),
    ActionSpec("brief", QT_TRANSLATE_NOOP("MainWindow", "&Export Brief…"), ("Ctrl+E",), "export", "library"),
    ActionSpec("brief_meeting", QT_TRANSLATE_NOOP("MainWindow", "Export Brief for This &Meeting…"), enabled="meeting"),
    ActionSpec("print", QT_TRANSLATE_NOOP("MainWindow", "&Print…"), (Std.Print,), enabled="printable"),
    ActionSpec("print_preview", QT_TRANSLATE_NOOP("MainWindow", "Print Pre&view…"), enabled="printable"),
    ActionSpec("find", QT_TRANSLATE_NOOP("MainWindow", "&Search…"), ("Ctrl+K",), "search", "library"),
    ActionSpec("find_in_entry", QT_TRANSLATE_NOOP("MainWindow", "&Find in Entry…"), (Std.Find,)),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("MainWindow", "Find &Next"), (Std.FindNext,)),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("MainWindow", "Find Pre&vious"), (Std.FindPrevious,)),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"), (Std.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"), (Std.ZoomOut,)),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"), ("Ctrl+0",)),
    ActionSpec("map_toggle", QT_TRANSLATE_NOOP("MainWindow", "Show &Map"), checkable=True),
    ActionSpec("save_search", QT_TRANSLATE_NOOP("MainWindow", "Save This Se&arch…"), enabled="writable"),
    ActionSpec("export_marks", QT_TRANSLATE_NOOP("MainWindow", "Export &Bookmarks…")),
    ActionSpec("import_marks", QT_TRANSLATE_NOOP("MainWindow", "&Import Bookmarks…"), enabled="writable"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), ("Ctrl+Q",)),
    ActionSpec("help", QT_TRANSLATE_NOOP("MainWindow", "npviewer &Help"), ("F1",), "help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About npviewer")),
    ActionSpec("next_tab", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt Tab"), ("Ctrl+PgDown",), enabled="tabs"),
    ActionSpec("previous_tab", QT_TRANSLATE_NOOP("MainWindow", "Previous T&ab"), ("Ctrl+PgUp",), enabled="tabs"),
    ActionSpec("close_tab", QT_TRANSLATE_NOOP("MainWindow", "&Close Tab"), ("Ctrl+W",), enabled="tabs"),
    ActionSpec("next_pane", QT_TRANSLATE_NOOP("MainWindow", "Next &Pane"), ("F6",)),
    ActionSpec("previous_pane", QT_TRANSLATE_NOOP("MainWindow", "Pre&vious Pane"), ("Shift+F6",)),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), ("?",)),
    # the docks: shown with the keys in them, and hidden again with the keys back where they were
    ActionSpec("bookmarks_toggle", QT_TRANSLATE_NOOP("MainWindow", "Bookmarks &Panel"), ("Ctrl+Shift+B",), "bookmarks",
               checked="bookmarks_shown", checkable=True),
    ActionSpec("timeline_toggle", QT_TRANSLATE_NOOP("MainWindow", "&Timeline"), ("Ctrl+T",),
               checked="timeline_shown", checkable=True),
    # made by other parts: Undo and Redo, the content updates'
    ActionSpec("undo", keys=(Std.Undo,), adopted=True, keys_text=QT_TRANSLATE_NOOP("MainWindow", "&Undo")),
    ActionSpec("redo", keys=(Std.Redo,), adopted=True, keys_text=QT_TRANSLATE_NOOP("MainWindow", "&Redo")),
    ActionSpec("install_content", adopted=True),
    ActionSpec("rollback_content", adopted=True),
    ActionSpec("whats_changed", adopted=True),
)  # fmt: skip

# The menu bar, left to right: (id, title, the ids in it).
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ("install_content", "rollback_content", SEPARATOR, "brief", "brief_meeting", "print", "print_preview",
      SEPARATOR, "export_marks", "import_marks", SEPARATOR, "quit")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
     ("undo", "redo", SEPARATOR, "copy", "copy_chicago", "copy_bibtex", "copy_ris", SEPARATOR, "find",
      "save_search", SEPARATOR, "find_in_entry", "find_next", "find_previous")),
    ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go"),
     ("back", "forward", RECENT_MENU, SEPARATOR, "next_tab", "previous_tab", "close_tab", SEPARATOR, "next_pane",
      "previous_pane")),
    ("bookmarks", QT_TRANSLATE_NOOP("MainWindow", "&Bookmarks"), ("bookmark", "note", SEPARATOR, "bookmarks_toggle")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View"),
     ("bookmarks_toggle", "timeline_toggle", "map_toggle", SEPARATOR, "zoom_in", "zoom_out", "zoom_reset",
      SEPARATOR, THEME_MENU, LANGUAGE_MENU)),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("help", "shortcuts", SEPARATOR, "about", "whats_changed")),
)  # fmt: skip
LANGUAGE_TITLE = QT_TRANSLATE_NOOP("MainWindow", "&Language")
THEME_TITLE = QT_TRANSLATE_NOOP("MainWindow", "T&heme")
RECENT_TITLE = QT_TRANSLATE_NOOP("MainWindow", "&Recently Viewed")
TOOLBAR = ("back", "forward", SEPARATOR, "bookmarks_toggle", "find", "help")
TOOLBAR_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Navigation")


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """The key sequences of ``keys`` (a standard key gives the platform's own), each once."""
    sequences: list[QKeySequence] = []
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
            seq = QKeySequence(seq)
            if not seq.isEmpty() and seq not in sequences:
                sequences.append(seq)
    return sequences


class WindowActions(QObject):
    """Every window-level action, looked up by id (``actions["bookmark"]``); the ones made here are
    added to ``window``, so their keys work wherever the focus is."""

    def __init__(
        self,
        window: QMainWindow,
        handlers: Mapping[str, Callable[..., object]],
        adopted: Mapping[str, QAction],
        set_language: Callable[[str], None],
        set_theme: Callable[[str], None] = theme.choose_theme,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = adopted[spec.id] if spec.adopted else self._make(spec, handlers[spec.id])
            if spec.adopted and spec.keys:
                action.setShortcuts(key_sequences(spec.keys))
            if spec.adopted and spec.icon:
                set_icon(action, spec.icon)
            self._actions[spec.id] = action
        self._actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        #: View > Language: one checkable action a language, each named in its own language.
        self.languages = QActionGroup(self)
        for lang in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[lang], window)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, code=lang: set_language(code))
            self.languages.addAction(action)
        #: View > Theme: System, Light, Dark.
        self.themes = QActionGroup(self)
        for key, _text in theme.THEMES:
            action = QAction(window)
            action.setObjectName(f"{key}ThemeAction")
            action.setCheckable(True)
            action.setData(key)
            action.triggered.connect(lambda _=False, choice=key: set_theme(choice))
            self.themes.addAction(action)
        self.menus: dict[str, QMenu] = {}
        self.toolbar = self._build_toolbar()
        self._build_menus()
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def language(self, lang: str) -> QAction:
        """View > Language's action for ``lang``."""
        return next(a for a in self.languages.actions() if a.data() == lang)

    def theme(self, key: str) -> QAction:
        """View > Theme's action for ``key`` (system, light, dark)."""
        return next(a for a in self.themes.actions() if a.data() == key)

    def _make(self, spec: ActionSpec, handler: Callable[..., object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(f"{spec.id}Action")
        if spec.keys:
            action.setShortcuts(key_sequences(spec.keys))
        if spec.icon:
            set_icon(action, spec.icon)
        action.setCheckable(spec.checkable)
        if spec.checkable:  # the handler is told the new state (if it takes it)
            action.triggered.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False: handler())
        self._window.addAction(action)
        return action

    def _fill(self, target: QMenu | QToolBar, ids: tuple[str, ...]) -> None:
        for action_id in ids:
            if action_id == SEPARATOR:
                target.addSeparator()
            elif action_id == LANGUAGE_MENU and isinstance(target, QMenu):
                language_menu = target.addMenu("")
                language_menu.setObjectName("languageMenu")
                language_menu.addActions(self.languages.actions())
                self.menus[LANGUAGE_MENU] = language_menu
            elif action_id == RECENT_MENU and isinstance(target, QMenu):
                self.menus[RECENT_MENU] = target.addMenu("")
            elif action_id == THEME_MENU and isinstance(target, QMenu):
                theme_menu = target.addMenu("")
                theme_menu.setObjectName("themeMenu")
                theme_menu.addActions(self.themes.actions())
                self.menus[THEME_MENU] = theme_menu
            else:
                target.addAction(self._actions[action_id])

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self._window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._fill(toolbar, TOOLBAR)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        tab_reachable(toolbar)
        return toolbar

    def _build_menus(self) -> None:
        for key, _title, ids in MENUS:
            menu = self._window.menuBar().addMenu("")
            menu.setObjectName(f"{key}Menu")
            self.menus[key] = menu
            self._fill(menu, ids)

    def retranslate(self) -> None:
        """Every action's, menu's and the toolbar's text in the interface language."""
        for spec in ACTIONS:
            action = self._actions[spec.id]
            if spec.text:
                action.setText(translate("MainWindow", spec.text))
            if spec.tooltip:
                action.setToolTip(translate("MainWindow", spec.tooltip))
        for key, title, _ids in MENUS:
            self.menus[key].setTitle(translate("MainWindow", title))
        self.menus[LANGUAGE_MENU].setTitle(translate("MainWindow", LANGUAGE_TITLE))
        self.menus[THEME_MENU].setTitle(translate("MainWindow", THEME_TITLE))
        self.menus[RECENT_MENU].setTitle(translate("MainWindow", RECENT_TITLE))
        texts = dict(theme.THEMES)
        for action in self.themes.actions():
            action.setText(translate("MainWindow", texts[str(action.data())]))
            action.setChecked(action.data() == theme.current_theme())
        self.toolbar.setWindowTitle(translate("MainWindow", TOOLBAR_TITLE))
        self.toolbar.setAccessibleName(translate("MainWindow", TOOLBAR_TITLE))
        for action in self.languages.actions():
            action.setChecked(action.data() == i18n.language())

    def update(self, conditions: Mapping[str, bool]) -> None:
        """Enable and check each action as its conditions now hold; a checked action's words and icon."""
        for spec in ACTIONS:
            action = self._actions[spec.id]
            if spec.enabled:
                action.setEnabled(conditions[spec.enabled])
            if spec.checked:
                checked = conditions[spec.checked]
                action.setChecked(checked)
                if spec.checked_icon:
                    set_icon(action, spec.checked_icon if checked else spec.icon)
                if spec.checked_text:
                    action.setText(translate("MainWindow", spec.checked_text if checked else spec.text))
