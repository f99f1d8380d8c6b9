"""Forgiving search (Qt-free): names that stand for one another, and the nearest known word to a typo.

* :class:`Names`: an entry's title and its aliases name the same thing, so a query term that is one
  of them, whole, also searches for the others (``Primorye`` also finds what says ``Primorsky Krai``,
  ``연해주`` what says either).
* :class:`Speller`: the title and alias vocabulary with a trigram index, for the nearest word to one
  that matches nothing (``Vladivostock`` -> ``vladivostok``): one edit for words of up to seven
  letters, two for longer ones, never for words shorter than four.

Words are folded as the full-text index folds them (case and accents dropped, Hangul kept whole).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"\w+")
MIN_LENGTH = 4
#: Candidates measured per word (the ones sharing most trigrams): bounds the time a correction takes.
_CANDIDATES = 200
_MAX_ALTERNATIVES = 8
_TWO_EDITS = 8  # words this long may be two edits away from their correction

Words = tuple[str, ...]


def fold(text: str) -> str:
    """``text`` as the index compares it: case-folded, accents removed from Latin letters (as FTS5's
    ``remove_diacritics`` does: ``й`` stays), Hangul syllables kept whole."""
    if text.isascii():
        return text.lower()
    kept: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) == "Mn":
            if base_is_latin:
                continue
        else:
            base_is_latin = char < "\u0250" or "\u1e00" <= char <= "\u1eff"
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def words(text: str) -> Words:
    """The folded words of ``text``."""
    return tuple(_WORD.findall(fold(text)))


class Names:
    """The names of each entry (title and aliases), looked up by any one of them."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """``names``: (entry id, name) pairs; only entries with two or more names matter."""
        by_entry: dict[str, list[Words]] = {}
        #: Each name's entries (a glossary name's group, ``name:...``, is no entry).
        self._entries: dict[Words, set[str]] = {}
        for entry_id, name in names:
            key = words(name)
            if key and not entry_id.startswith("name:"):
                self._entries.setdefault(key, set()).add(entry_id)
            if key and key not in by_entry.setdefault(entry_id, []):
                by_entry[entry_id].append(key)
        self._others: dict[Words, list[Words]] = {}
        for group in by_entry.values():
            if len(group) < 2:
                continue
            for own in group:
                others = self._others.setdefault(own, [])
                others.extend(n for n in group if n != own and n not in others)

    def entries(self, term: Sequence[str]) -> set[str]:
        """The entries ``term`` (its words) names in full: their title, Korean title or an alias."""
        return self._entries.get(tuple(fold(w) for w in term), set())

    def alternatives(self, term: Sequence[str]) -> list[Words]:
        """The other names of whatever ``term`` (its words) names in full; [] for none."""
        return self._others.get(tuple(fold(w) for w in term), [])[:_MAX_ALTERNATIVES]


def _trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment); ``limit + 1`` once it
    is sure to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > limit and min(previous) > limit:  # no later row can come back under it
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def max_edits(word: str) -> int:
    """How many edits a word of this length may be away from its correction."""
    if len(word) < MIN_LENGTH:
        return 0
    return 1 if len(word) < _TWO_EDITS else 2


class Speller:
    """Finds the known word nearest to an unknown one: one edit away through an index of each word
    with one letter left out (a typo, a letter too many or too few, two letters swapped), two edits
    away through the trigrams words share."""

    def __init__(self, texts: Iterable[str]) -> None:
        """``texts``: the titles and aliases whose words are the vocabulary."""
        counts = Counter(_WORD.findall("\n".join(map(fold, texts))))  # one pass: 100,000 titles in 0.2 s
        self._counts = counts
        self._words = [w for w in counts if len(w) >= MIN_LENGTH - 1 and not w.isdigit()]
        self._deletions: dict[str, list[int]] = {}
        self._grams: dict[str, list[int]] = {}
        for n, word in enumerate(self._words):
            for key in _deletions(word):
                self._deletions.setdefault(key, []).append(n)
            if len(word) >= _TWO_EDITS:
                for gram in _trigrams(word):
                    self._grams.setdefault(gram, []).append(n)

    def __len__(self) -> int:
        return len(self._words)

    def knows(self, word: str) -> bool:
        return fold(word) in self._counts

    def correct(self, word: str) -> str | None:
        """The nearest known word within :func:`max_edits` of ``word`` (the commoner on a tie), or None."""
        word = fold(word)
        limit = max_edits(word)
        if not limit or word in self._counts:
            return None
        candidates: set[int] = set()
        for key in _deletions(word):
            candidates.update(self._deletions.get(key, ()))
        if limit > 1:
            grams = _trigrams(word)
            shared: Counter[int] = Counter()
            for gram in grams:
                shared.update(self._grams.get(gram, ()))
            least = max(1, len(grams) - 3 * limit)
            candidates.update(n for n, count in shared.most_common(_CANDIDATES) if count >= least)
        best: tuple[int, int, str] | None = None
        for n in candidates:
            candidate = self._words[n]
            edits = distance(word, candidate, limit)
            if edits <= limit:
                rank = (edits, -self._counts[candidate], candidate)
                if best is None or rank < best:
                    best = rank
        return best[2] if best is not None else None


def _deletions(word: str) -> set[str]:
    """The word and each way of leaving one letter out of it."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
