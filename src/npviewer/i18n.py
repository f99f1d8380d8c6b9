"""The interface language (English or Korean) and the one way to translate a string.

Every string npviewer shows goes through :func:`translate` (``translate("Context", "Text")``),
which ``pyside6-lupdate`` extracts into ``resources/translations/npviewer_ko.ts`` (see
``tools/translations.py``). In the window, Qt's ``QTranslator`` answers (loaded from the compiled
``.qm`` by :mod:`npviewer.ui.common.language`, which routes :func:`translate` through
``QCoreApplication.translate``). The command line must stay fast and load no Qt: it reads the
finished translations of the same ``.ts`` with the standard library's XML parser, once, when the
language is Korean. Placeholders are ``{name}``, filled with ``str.format`` after translating.

Qt-free: the store, the brief and the command line import this.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

#: The interface languages, as ISO 639-1 codes, and how each is named in its own language.
LANGUAGES = ("en", "ko")
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
CATALOGUE = "npviewer_ko.ts"
#: Set by the window for the processes it starts (a content install): their messages in its language.
LANGUAGE_VARIABLE = "NPVIEWER_LANG"

QtTranslate = Callable[[str, str, str | None], str]

_language = "en"
_qt_translate: QtTranslate | None = None
#: A language chosen for one piece of work on this thread (a brief in Korean from an English window).
_work_language: ContextVar[str | None] = ContextVar("work_language", default=None)


def language() -> str:
    """The interface language in use: ``en`` or ``ko``."""
    return _language


def set_language(lang: str) -> None:
    """Use ``lang`` from now on (the window also swaps its translators: see npviewer.ui.common.language)."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"no interface language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
    _language = lang


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the POSIX locale asks for (``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``):
    ``ko`` for any Korean locale, else ``en``; ``NPVIEWER_LANG`` (the window's, for the processes it starts)
    first. The command line's choice; the window asks QLocale."""
    env = os.environ if environ is None else environ
    if env.get(LANGUAGE_VARIABLE) in LANGUAGES:
        return env[LANGUAGE_VARIABLE]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def use_qt(qt_translate: QtTranslate | None) -> None:
    """Route :func:`translate` through Qt (``QCoreApplication.translate``), or stop (None)."""
    global _qt_translate
    _qt_translate = qt_translate


@contextmanager
def translated_in(lang: str) -> Iterator[None]:
    """Within the block, :func:`translate` on this thread (or task) answers in ``lang``, whatever the
    interface's language: a brief in Korean says its store messages in Korean from an English window."""
    if lang not in LANGUAGES:
        raise ValueError(f"no interface language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
    token = _work_language.set(lang)
    try:
        yield
    finally:
        _work_language.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface language (as written when there is no translation)."""
    chosen = _work_language.get()
    if chosen is None and _qt_translate is not None:
        return _qt_translate(context, text, disambiguation)
    if (chosen or _language) == "en":
        return text
    return catalogue(translations_dir() / CATALOGUE).get((context, text, disambiguation or ""), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction where it is defined (a table); translate it where it is shown.
    (The name is the one lupdate looks for.)"""
    return text


def translations_dir() -> Path:
    from npviewer import paths

    return paths.resources_dir() / "translations"


@cache
def catalogue(path: Path) -> dict[tuple[str, str, str], str]:
    """The finished translations of a Qt ``.ts`` file by (context, source, comment); none if it is
    missing or unreadable (the strings then stay in English)."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    out: dict[tuple[str, str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            form = translation.find("numerusform")
            text = (form.text if form is not None else translation.text) or ""
            if text:
                out[(name, message.findtext("source") or "", message.findtext("comment") or "")] = text
    return out
