"""The window's language: Qt's translators, the choice kept in the settings, switching at run time,
and dates and numbers written through QLocale.

The language follows the system locale (``QLocale.system()``) until the user picks one in
View > Language; the pick is remembered. Switching installs (or removes) npviewer's own
``npviewer_ko.qm`` and Qt's ``qtbase_ko.qm`` (the standard dialogs' buttons and the text fields'
context menus); Qt then sends every widget a ``LanguageChange`` event and each sets its texts again.

Dates are written here and only here for the window, through QLocale and fixed patterns, never the C
library's ``strftime`` (whose month names follow the system locale): ``12 December 2019`` in English
whatever the system, ``2019년 12월 12일`` in Korean, and likewise for a month or a year alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLibraryInfo, QLocale, QTranslator

from npviewer import i18n
from npviewer.ui.common.settings import LANGUAGE

if TYPE_CHECKING:  # dates are read, never made, here: the store's module stays off the first paint's path
    from npviewer.store.dates import PartialDate

log = logging.getLogger(__name__)

QT_CATALOGUE = "qtbase_ko.qm"

#: Installed translators: Qt keeps only a pointer, so they must be kept alive here.
_installed: list[QTranslator] = []

_PATTERNS = {
    "en": {"year": "yyyy", "month": "MMMM yyyy", "day": "d MMMM yyyy"},
    "ko": {"year": "yyyy년", "month": "yyyy년 M월", "day": "yyyy년 M월 d일"},
}


def system_language() -> str:
    """``ko`` when the system locale is Korean, else ``en``."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def saved_language() -> str | None:
    """The language picked in View > Language, or None to follow the system."""
    return LANGUAGE.get()


def startup_language() -> str:
    """The language to start in: the one picked in View > Language, else the system's."""
    return saved_language() or system_language()


def use_startup_language() -> str:
    """Start the window in :func:`startup_language` (run_gui calls this once the application exists)."""
    lang = startup_language()
    apply_language(lang)
    return i18n.language()


def save_language(lang: str) -> None:
    LANGUAGE.set(lang)


def apply_language(lang: str) -> bool:
    """Use ``lang`` in the window from now on; False when its translations could not be loaded
    (the interface then stays in English).

    Installing or removing a translator makes Qt send every widget a ``LanguageChange`` event, so
    the language is set first: a widget that retranslates already sees the new one.
    """
    i18n.set_language(lang)
    i18n.use_qt(_qt_translate)
    QLocale.setDefault(locale_for(lang))
    app = QCoreApplication.instance()
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if lang == "en":
        return True
    if _install(i18n.translations_dir() / f"npviewer_{lang}.qm"):
        _install(_qt_catalogue(lang))  # Qt's own strings: welcome, not required
        return True
    i18n.set_language("en")
    QLocale.setDefault(locale_for("en"))
    if app is not None:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return False


def _install(path: Path) -> bool:
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("could not load the translations %s", path)
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def _qt_catalogue(lang: str) -> Path:
    """Qt's own translations: next to Qt (the venv, or the packaged app's Qt folder)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"


def _qt_translate(context: str, text: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


# -- dates and numbers --------------------------------------------------------------------------------


def locale_for(lang: str) -> QLocale:
    """English as written in the United Kingdom (day before month), or Korean."""
    if lang == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _locale() -> tuple[str, QLocale]:
    lang = i18n.language()
    return lang, locale_for(lang)


def date_text(date: PartialDate) -> str:
    """A date to its precision: ``12 December 2019`` / ``2019년 12월 12일``, ``December 2019`` /
    ``2019년 12월``, ``2019`` / ``2019년``."""
    lang, loc = _locale()
    first = date.first_day()
    return loc.toString(QDate(first.year, first.month, first.day), _PATTERNS[lang][date.precision])


def iso_date_text(iso: str) -> str:
    """:func:`date_text` of a partial ISO date (``2019``, ``2019-12``, ``2019-12-12``), for the first
    paint, which has no :class:`PartialDate`."""
    lang, loc = _locale()
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    precision = {4: "year", 7: "month"}.get(len(iso), "day")
    return loc.toString(QDate(parts[0], parts[1], parts[2]), _PATTERNS[lang][precision])


def span_text(start: PartialDate, end: PartialDate | None) -> str:
    """A date or a range, folding what the ends share: ``3-5 November 2021`` / ``2021년 11월 3일~5일``."""
    lang, loc = _locale()
    if end is None or end == start:
        return date_text(start)
    a, b = start.first_day(), end.first_day()
    qa, qb = QDate(a.year, a.month, a.day), QDate(b.year, b.month, b.day)
    days = start.precision == end.precision == "day"
    if lang == "ko":
        tail = date_text(end)
        if a.year == b.year and "year" not in (start.precision, end.precision):
            pattern = "d일" if days and a.month == b.month else _PATTERNS["ko"][end.precision].removeprefix("yyyy년 ")
            tail = loc.toString(qb, pattern)
        return f"{date_text(start)}~{tail}"
    if days and (a.year, a.month) == (b.year, b.month):
        return f"{loc.toString(qa, 'd')}-{loc.toString(qb, 'd MMMM yyyy')}"
    if days and a.year == b.year:
        return f"{loc.toString(qa, 'd MMMM')} - {loc.toString(qb, 'd MMMM yyyy')}"
    return f"{date_text(start)} - {date_text(end)}"


def month_abbreviation(month: int) -> str:
    """``Dec`` / ``12월``: the timeline axis's month ticks."""
    return _locale()[1].monthName(month, QLocale.FormatType.ShortFormat)


def number_text(value: int | float, decimals: int = 0) -> str:
    """A number with the language's grouping: ``1,234`` (both languages group by thousands)."""
    loc = _locale()[1]
    return loc.toString(value) if isinstance(value, int) else loc.toString(float(value), "f", decimals)
