"""The README, the Help and the window agree on every key: the README's table of keys, the Help's Keys
section and the keyboard cheat sheet name the same keys for the same things, every action with a key
in the window's action table is among them with its key, and the window's actions really have them."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from npviewer.ui.window.actions import ACTIONS
from npviewer.ui.window.help import ShortcutsDialog, help_html
from npviewer.ui.window.keys_help import action_keys, all_keys
from npviewer.ui.window.main_window import MainWindow

README = Path(__file__).parents[3] / "README.md"
WindowFactory = Callable[..., MainWindow]


def readme_keys() -> dict[str, list[str]]:
    """The README's ``### Keys`` table: keys -> what they do (each row; a key may stand in several panes)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Keys", 1)[1].split("\n### ", 1)[0]
    rows: dict[str, list[str]] = {}
    for keys, words in re.findall(r"^\| `([^`]+)` \| (.+?) \|$", section, flags=re.MULTILINE):
        rows.setdefault(keys, []).append(words)
    return rows


def html_keys(html: str) -> list[str]:
    return [unescape(k) for k in re.findall(r"<td width='34%'><b>(.+?)</b></td>", html)]


def test_readme_and_help_and_the_cheat_sheet_name_the_same_keys(qapp: QApplication) -> None:
    table = sorted(all_keys())
    assert sorted(k for k, words in readme_keys().items() for _ in words) == table
    assert sorted(html_keys(help_html())) == table
    sheet = ShortcutsDialog()
    try:
        assert sorted(html_keys(sheet.text.page_html)) == table
    finally:
        sheet.deleteLater()


def test_every_action_with_a_key_is_in_the_readme_with_that_key_and_its_name(qapp: QApplication) -> None:
    rows = readme_keys()
    for spec in ACTIONS:
        keys = action_keys(spec.id)
        if not keys:
            continue
        words = (spec.text or spec.keys_text).replace("&", "").rstrip("…")
        assert keys in rows, f"{spec.id}: {keys} not in the README"
        assert words in rows[keys], f"{spec.id}: the README calls {keys} {rows[keys]}, the window {words!r}"
    assert rows["Ctrl+F"] == ["Find in Entry"] and rows["Ctrl+K"] == ["Search"]  # not "Ctrl+F searches"


def test_the_window_has_the_keys_the_table_names(make_window: WindowFactory) -> None:
    window = make_window()
    for spec in ACTIONS:
        keys = action_keys(spec.id)
        if keys:
            shortcuts = {s.toString(QKeySequence.SequenceFormat.PortableText) for s in window.act[spec.id].shortcuts()}
            assert set(keys.split(", ")) <= shortcuts, spec.id
