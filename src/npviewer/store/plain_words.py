"""The words a plain citation is written in: the languages of sources and each language's source lines.

Below :mod:`npviewer.store.citing` and :mod:`npviewer.store.citing_ko`, which both write them.
"""

from __future__ import annotations

from npviewer.i18n import QT_TRANSLATE_NOOP
from npviewer.store.records import Citation

#: Languages of source documents, named in English (the window shows them translated).
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "ko": QT_TRANSLATE_NOOP("Language", "Korean"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "ja": QT_TRANSLATE_NOOP("Language", "Japanese"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
    "ro": QT_TRANSLATE_NOOP("Language", "Romanian"),
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "ka": QT_TRANSLATE_NOOP("Language", "Georgian"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "kk": QT_TRANSLATE_NOOP("Language", "Kazakh"),
    "uz": QT_TRANSLATE_NOOP("Language", "Uzbek"),
    "mn": QT_TRANSLATE_NOOP("Language", "Mongolian"),
    "be": QT_TRANSLATE_NOOP("Language", "Belarusian"),
    "tg": QT_TRANSLATE_NOOP("Language", "Tajik"),
    "ky": QT_TRANSLATE_NOOP("Language", "Kyrgyz"),
    "tk": QT_TRANSLATE_NOOP("Language", "Turkmen"),
    "az": QT_TRANSLATE_NOOP("Language", "Azerbaijani"),
    "hy": QT_TRANSLATE_NOOP("Language", "Armenian"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


#: The words of a plain citation's source lines, in each language a citation is written in.
PLAIN_WORDS = {
    "en": {"quotation": "- Quotation from {where}:", "reference": "- Reference: {where}", "translation": "",
           "summary": "  Summary (npviewer's words, not the source's): {text}", "note": "  Note: {text}"},
    "ko": {"quotation": "- 인용: {where}:", "reference": "- 참조: {where}",
           "translation": "  번역(npviewer 작성, 원문 아님): {text}",
           "summary": "  요약(npviewer 작성, 원문 아님): {text}", "note": "  비고: {text}"},
}  # fmt: skip


def plain_source(cite: Citation, where: str, status: str, words: dict[str, str]) -> str:
    """One source of a plain citation: a quotation in quotation marks (and our translation after it,
    where the words have a line for one), or a reference with our summary; its note and address."""
    where += (f", {cite.locator}" if cite.locator else "") + status
    if cite.verbatim:
        out = [words["quotation"].format(where=where), f"  \u201c{cite.text}\u201d"]
        if cite.translation and words["translation"]:
            out.append(words["translation"].format(text=cite.translation))
    else:
        out = [words["reference"].format(where=where)]
        if cite.text:
            out.append(words["summary"].format(text=cite.text))
    if cite.note:
        out.append(words["note"].format(text=cite.note))
    if cite.url:
        out.append(f"  {cite.url}")
    return "\n".join(out)
