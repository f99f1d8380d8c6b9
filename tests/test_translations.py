"""The Korean translation: complete, current, compiled, and faithful to every placeholder.

When a test here fails after you changed a string: run ``make translations``, translate the entries
marked ``type="unfinished"`` in ``resources/translations/npviewer_ko.ts`` (remove the mark), and run
``make translations`` again to compile.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import translations as tool  # noqa: E402

TS = tool.TS
QM = TS.with_suffix(".qm")
FIX = "run `make translations`, translate what it marks unfinished in npviewer_ko.ts, and run it again"


def messages(ts: Path) -> list[tuple[str, str, str, ET.Element]]:
    """(context, source, comment, translation element) of every message."""
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", message.findtext("comment") or "", translation))
    return out


def test_every_string_of_the_code_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    """lupdate over the code finds nothing new, nothing vanished and nothing unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    tool.update(copy, keep_vanished=True)
    problems = [
        f"{kind}: [{context}] {source!r}"
        for context, source, _, translation in messages(copy)
        if (kind := translation.get("type") or ("empty" if not (translation.text or "").strip() else ""))
    ]
    assert problems == [], f"{len(problems)} string(s) not translated ({FIX}):\n" + "\n".join(problems[:40])
    assert copy.read_bytes() == TS.read_bytes(), f"npviewer_ko.ts is not what lupdate makes of the code: {FIX}"


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    """The build's npviewer_ko.qm (made by the Makefile, not committed) is what the .ts compiles to."""
    compiled = tool.release(TS, tmp_path / QM.name)
    assert QM.is_file(), "no npviewer_ko.qm: run `make translations` (make run, test and pytest make it)"
    assert compiled.read_bytes() == QM.read_bytes(), f"npviewer_ko.qm is older than npviewer_ko.ts: {FIX}"


_PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sr]|%[sr]|%n")
_TAG = re.compile(r"</?([a-z0-9]+)")


@pytest.mark.parametrize("part", ["placeholders", "markup", "mnemonic"])
def test_every_translation_keeps_what_the_code_fills_in(part: str) -> None:
    """The same {placeholders} (str.format would fail or drop words), the same markup tags, and an
    accelerator (&F) wherever the English has one."""
    wrong = []
    for context, source, _, translation in messages(TS):
        text = translation.text or ""
        if part == "placeholders":
            same = sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(text))
        elif part == "markup":
            same = set(_TAG.findall(source)) == set(_TAG.findall(text))
        else:
            same = ("&" in source.replace("&&", "").replace("&gt;", "").replace("&mdash;", "")
                    .replace("&middot;", "").replace("&nbsp;", "")) == bool(re.search(r"&\w", text.replace("&gt;", "")
                    .replace("&mdash;", "").replace("&middot;", "").replace("&nbsp;", "")))  # fmt: skip
        if not same:
            wrong.append(f"[{context}] {source!r} -> {text!r}")
    assert wrong == [], "\n".join(wrong)


def test_the_command_line_reads_the_same_translations_as_qt() -> None:
    """The command line (no Qt) reads the .ts; the window, Qt's compiled .qm: they must agree."""
    from PySide6.QtCore import QTranslator

    from npviewer.i18n import catalogue

    translator = QTranslator()
    assert translator.load(str(QM))
    table = catalogue(TS)
    assert len(table) > 400
    for (context, source, comment), text in table.items():
        assert translator.translate(context, source, comment or None) == text, (context, source)


def _calls(tree: ast.AST) -> list[tuple[ast.Call, bool]]:
    """Every translate()/QT_TRANSLATE_NOOP() call, and whether it sits inside an f-string."""
    found: list[tuple[ast.Call, bool]] = []

    def visit(node: ast.AST, in_fstring: bool) -> None:
        if isinstance(node, ast.Call):
            func = node.func
            bare = isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP")
            qualified = (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id in ("i18n", "QCoreApplication")
            )
            if bare or qualified:
                found.append((node, in_fstring))
        for child in ast.iter_child_nodes(node):
            visit(child, in_fstring or isinstance(node, ast.JoinedStr))

    visit(tree, False)
    return found


def test_every_translated_string_is_one_lupdate_can_find() -> None:
    """lupdate reads the source, not the running code: a context must be a literal, and a call inside
    an f-string is invisible to it (its text would never be translated)."""
    hidden = []
    for path in sorted((ROOT / "src" / "npviewer").rglob("*.py")):
        for call, in_fstring in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if in_fstring:
                hidden.append(f"{where}: inside an f-string")
            elif isinstance(call.args[0], ast.Name) and call.args[0].id == "context":
                continue  # the plumbing that hands a call on to Qt
            elif not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                hidden.append(f"{where}: the context is not a literal")
    assert hidden == []
