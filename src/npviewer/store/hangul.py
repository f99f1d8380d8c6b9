"""Hangul in text and in search (Qt-free): how much of a text is Hangul, quotation marks, and the
particles Korean attaches to its words.

SQLite's ``unicode61`` tokenizer keeps ``연해주에서`` as one token, and a compound such as
``북방경제협력위원회`` too. Two small, tested measures make Korean searchable without a
morphological analyser (kiwipiepy was measured: 145 MB and 2.5 s to its first answer):

* the query side drops a particle from a word's end (:func:`stems`: ``연해주에서`` also searches
  ``연해주``), choosing the particle's form by the syllable before it (``을`` after a final
  consonant, ``를`` after a vowel), so ``국가`` keeps its ``가``;
* the index side adds each Korean word's inner parts (:func:`inner_parts`: ``북방경제협력위원회`` gives
  ``경제협력위원회``, ``위원회`` ...), so a prefix query finds a word inside a compound.
"""

from __future__ import annotations

import re

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]")
#: Every quotation mark a Korean field must not hold.
QUOTES = re.compile(r"[\"“”‘’'「」『』《》]")
#: A Korean field is still English below this share of Hangul among its letters.
MIN_HANGUL_SHARE = 0.3
_SYLLABLE = re.compile(r"[\uac00-\ud7a3]+")
_WORD = re.compile(r"\w+")
_RIEUL = 8  # the final consonant ㄹ, as numbered within a syllable

# Particles by what they follow: a final consonant, a vowel (or ㄹ, for the 로 forms), or anything.
_AFTER_CONSONANT = ("은", "이", "을", "과", "과의", "이나", "이며", "이랑", "이라는", "이라고", "이란")
_AFTER_VOWEL = ("는", "가", "를", "와", "와의", "나", "며", "랑", "라는", "라고", "란")
_RO_AFTER_CONSONANT = ("으로", "으로서", "으로써", "으로는", "으로도", "으로의", "으로부터")
_RO_AFTER_VOWEL = ("로", "로서", "로써", "로는", "로도", "로의", "로부터")
_ANY = ("의", "에", "에서", "에서는", "에서도", "에서의", "에서부터", "에는", "에도", "에의", "에게", "에게는",
        "에게서", "께서", "도", "만", "까지", "까지의", "부터", "마다", "보다", "처럼", "조차", "한테", "들",
        "들은", "들이", "들을", "들의", "들과", "들에")  # fmt: skip
_PARTICLES = sorted({*_AFTER_CONSONANT, *_AFTER_VOWEL, *_RO_AFTER_CONSONANT, *_RO_AFTER_VOWEL, *_ANY}, key=len)[::-1]
_MIN_STEM = 2  # syllables a stem keeps: 회의 (meeting) is not 회 + 의
_MAX_PART_WORD = 24  # longer runs of Hangul are not words: no parts


def has_hangul(text: str) -> bool:
    return HANGUL.search(text) is not None


def hangul_share(text: str) -> float:
    """Hangul's share of the letters of ``text`` (1.0 for a text with no letters)."""
    letters = _LETTER.findall(text)
    return len(HANGUL.findall(text)) / len(letters) if letters else 1.0


def still_english(korean: str, english: str) -> bool:
    """A Korean field that is not Korean: little Hangul where the English has letters."""
    return _LETTER.search(english) is not None and hangul_share(korean) < MIN_HANGUL_SHARE


def _final(syllable: str) -> int:
    """The final consonant of a Hangul syllable (0: it ends in a vowel)."""
    return (ord(syllable) - 0xAC00) % 28


def _fits(particle: str, before: str) -> bool:
    """Whether ``particle`` can follow the character ``before`` (a Latin letter or a digit: any form,
    as its reading decides)."""
    if not "\uac00" <= before <= "\ud7a3":
        return True
    final = _final(before)
    if particle in _AFTER_CONSONANT:
        return final != 0
    if particle in _AFTER_VOWEL:
        return final == 0
    if particle in _RO_AFTER_CONSONANT:
        return final not in (0, _RIEUL)
    if particle in _RO_AFTER_VOWEL:
        return final in (0, _RIEUL)
    return True


def strip_particle(word: str) -> str | None:
    """``word`` without the particle at its end (``연해주에서`` -> ``연해주``), or None when it has none
    that fits, or when too little would be left (``회의``, ``국가``, ``도로`` stay whole)."""
    for particle in _PARTICLES:
        if len(word) <= len(particle) or not word.endswith(particle):
            continue
        stem = word[: -len(particle)]
        syllables = len(stem) if _SYLLABLE.fullmatch(stem) else None
        if syllables is None and (not has_hangul(particle) or not _LETTER.match(stem[-1]) or len(stem) < 2):
            continue  # a Latin or digit stem: an acronym (FTA를), never a bare number
        if syllables is not None and syllables < _MIN_STEM:
            continue
        if _fits(particle, stem[-1]):
            return stem
    return None


def stems(word: str) -> list[str]:
    """The shorter forms a query word is also searched by: without one particle, then without a
    second (``기업들에게`` -> ``기업들``, ``기업``); [] for a word with none."""
    out: list[str] = []
    current = word
    for _ in range(2):
        stem = strip_particle(current)
        if stem is None:
            break
        out.append(stem)
        current = stem
    return out


def inner_parts(text: str) -> str:
    """The inner parts of each Korean word of ``text``, two syllables or more, space-separated:
    ``북방경제협력위원회`` -> ``방경제협력위원회 경제협력위원회 ... 위원회 원회``. Indexed, they let a
    prefix query find a word inside a compound; the whole words are indexed as written elsewhere."""
    parts: list[str] = []
    for word in _WORD.findall(text):
        if not has_hangul(word) or len(word) > _MAX_PART_WORD:
            continue
        parts.extend(word[i:] for i in range(1, len(word) - 1) if has_hangul(word[i]))
    return " ".join(dict.fromkeys(parts))
