"""Every key of the window in one table, from where the keys are made: the actions' own (the action table,
named as the menus name them) and the panes' (the entry, the search field, the lists, the timeline, the
map, the find bar). The Help's Keys section and the cheat sheet (Help > Keyboard Shortcuts, ``?``) are
made from it, and a test holds the README's table of keys to it, so that they never disagree.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from npviewer import i18n
from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.ui.window.actions import ACTIONS, MENUS, SEPARATOR, key_sequences

#: Keys of the panes, by pane: (what the keys are, what they do), translated in the context "Keys".
PANE_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("Keys", "In the entry"), (
        ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Keys", "the text, then each link (from the first in view), then on")),
        ("Enter", QT_TRANSLATE_NOOP("Keys", "open the link chosen (on the text: choose the first link in view)")),
        ("Escape", QT_TRANSLATE_NOOP("Keys", "back to the text from a link")),
        ("Up, Down, PgUp, PgDown, Space", QT_TRANSLATE_NOOP("Keys", "scroll")),
        ("A–Z, 0–9", QT_TRANSLATE_NOOP("Keys", "start a search with what you type")),
        (QT_TRANSLATE_NOOP("Keys", "Ctrl+click, middle click"), QT_TRANSLATE_NOOP("Keys", "open a link in a new tab")),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("Keys", "open the link chosen in a new tab")),
    )),
    (QT_TRANSLATE_NOOP("Keys", "In the search field"), (
        ("Down", QT_TRANSLATE_NOOP("Keys", "to the results")),
        ("Enter", QT_TRANSLATE_NOOP("Keys", "search now; in the results, open the result chosen")),
        ("Escape", QT_TRANSLATE_NOOP("Keys", "clear the field; again, leave it for the tree")),
    )),
    (QT_TRANSLATE_NOOP("Keys", "In the tree and the lists"), (
        ("Up, Down", QT_TRANSLATE_NOOP("Keys", "the previous or next row")),
        ("Left, Right", QT_TRANSLATE_NOOP("Keys", "close or open a branch of the tree")),
        ("Enter", QT_TRANSLATE_NOOP("Keys", "open the entry")),
        ("Delete", QT_TRANSLATE_NOOP("Keys", "in the bookmarks: remove the bookmark (Ctrl+Z brings it back)")),
    )),
    (QT_TRANSLATE_NOOP("Keys", "On the timeline"), (
        ("Left, Right", QT_TRANSLATE_NOOP("Keys", "the previous or next event")),
        ("Enter", QT_TRANSLATE_NOOP("Keys", "open the event chosen")),
        ("+, -", QT_TRANSLATE_NOOP("Keys", "zoom in or out")),
        ("Home, F", QT_TRANSLATE_NOOP("Keys", "show every event")),
        ("PgUp, PgDown", QT_TRANSLATE_NOOP("Keys", "earlier or later")),
        ("Escape", QT_TRANSLATE_NOOP("Keys", "no event chosen")),
    )),
    (QT_TRANSLATE_NOOP("Keys", "On the map"), (
        ("Left, Right, Up, Down", QT_TRANSLATE_NOOP("Keys", "choose a place (the highlighted ones first)")),
        ("Enter", QT_TRANSLATE_NOOP("Keys", "open the place chosen")),
        ("+, -", QT_TRANSLATE_NOOP("Keys", "zoom in or out")),
        ("Ctrl+0", QT_TRANSLATE_NOOP("Keys", "frame the region again")),
    )),
    (QT_TRANSLATE_NOOP("Keys", "In the find bar"), (
        ("Enter, Shift+Enter", QT_TRANSLATE_NOOP("Keys", "the next or previous match")),
        ("Escape", QT_TRANSLATE_NOOP("Keys", "close it, back to the entry")),
    )),
)  # fmt: skip
_TITLES = {key: title for key, title, _ids in MENUS}
KEYS_TITLE = QT_TRANSLATE_NOOP("Keys", "Keys")
#: Media keys among the platform's bindings (a keyboard's own Back, Find and zoom keys): not written.
_MEDIA = frozenset(
    {
        Qt.Key.Key_Back,
        Qt.Key.Key_Forward,
        Qt.Key.Key_Find,
        Qt.Key.Key_ZoomIn,
        Qt.Key.Key_ZoomOut,
        Qt.Key.Key_Undo,
        Qt.Key.Key_Redo,
    }
)


def action_keys(action_id: str) -> str:
    """An action's keys as the cheat sheet writes them (``Ctrl+F``, ``F3, Ctrl+G``), "" for none."""
    spec = next(s for s in ACTIONS if s.id == action_id)
    sequences = [s for s in key_sequences(spec.keys) if s[0].key() not in _MEDIA]  # type: ignore[index]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences)


def _words(text: str) -> str:
    return translate("MainWindow", text).replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def action_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """The actions with keys, by menu (each once, in its first menu): (menu, [(keys, words)])."""
    texts = {s.id: s.text or s.keys_text for s in ACTIONS}
    seen: set[str] = set()
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for key, _title, ids in MENUS:
        rows = []
        for action_id in ids:
            if action_id == SEPARATOR or action_id in seen or action_id not in texts:
                continue
            keys = action_keys(action_id)
            if keys and texts[action_id]:
                seen.add(action_id)
                rows.append((keys, _words(texts[action_id])))
        if rows:
            out.append((_words(_TITLES[key]), rows))
    return out


def pane_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (translate("Keys", title), [(translate("Keys", k), translate("Keys", w)) for k, w in rows])
        for title, rows in PANE_KEYS
    ]


#: How Korean writes the arrow keys and Escape (as on Korean keyboards' own key caps and in Korean manuals).
_KOREAN_KEYS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓", "Escape": "Esc"}


def key_words(keys: str) -> str:
    """Keys as the interface language writes them (``Alt+Left`` / ``Alt+←``)."""
    if i18n.language() != "ko":
        return keys
    return re.sub(r"\b(Left|Right|Up|Down|Escape)\b", lambda m: _KOREAN_KEYS[m.group(1)], keys)


def all_keys() -> list[str]:
    """Every key the table names (its first column, as written), actions' and panes' alike."""
    return [keys for _group, rows in action_rows() + pane_rows() for keys, _words in rows]


def keys_html(heading: bool = True) -> str:
    """The table, as HTML for the Help and the cheat sheet: a short table per menu and per pane."""
    title = translate("Keys", KEYS_TITLE)
    parts = [f"<h2>{escape(title)}</h2>"] if heading else []
    for group, rows in action_rows() + pane_rows():
        parts.append(f"<h3>{escape(group)}</h3><table cellpadding='3'>")
        parts += [f"<tr><td width='34%'><b>{escape(key_words(k))}</b></td><td>{escape(w)}</td></tr>" for k, w in rows]
        parts.append("</table>")
    return "".join(parts)
