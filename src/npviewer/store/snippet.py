"""Snippets: the stretch of a text around its first match, the matched words marked (Qt-free).

Made here rather than by FTS5's ``snippet()``: for a word in half the entries, FTS5 takes
milliseconds to find one row's positions again after ranking, where this takes microseconds from the
entry's text. Words are compared as the index compares them (:func:`~npviewer.store.spelling.fold`):
a query word matches a text word that starts with it (the index's prefix search), a word inside a
quoted phrase other than its last only that word, and a Korean word any word it stands inside
(``위원회`` in ``북방경제협력위원회는``: the index holds the inner parts of Korean words).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from npviewer.store.hangul import has_hangul
from npviewer.store.records import SearchHit
from npviewer.store.spelling import fold

_WORD = re.compile(r"\w+")
WORDS = 14  # words in a snippet, as FTS5's snippet() was asked for


class Matcher:
    """Which words of a text a query's terms match."""

    def __init__(self, terms: Iterable[Sequence[str]]) -> None:
        """``terms``: the query's terms, each a run of words (a phrase) whose last word is a prefix."""
        exact: set[str] = set()
        prefixes: set[str] = set()
        for term in terms:
            folded = [fold(w) for w in term if w]
            if folded:
                exact.update(folded[:-1])
                prefixes.add(folded[-1])
        self.exact = frozenset(exact)
        self.prefixes = tuple(sorted(prefixes))
        self.inner = tuple(p for p in self.prefixes if has_hangul(p))
        choices = [re.escape(w) + r"\b" for w in sorted(exact)] + [re.escape(w) + r"\w*" for w in self.prefixes]
        choices += [r"\w+?" + re.escape(w) + r"\w*" for w in self.inner]
        #: The first matching word of a folded text, found in one pass.
        self._first = re.compile(r"\b(?:" + "|".join(choices) + ")") if choices else None

    def matches(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes) or any(p in word for p in self.inner)

    def snippet(self, text: str, require_all: Sequence[str] = ()) -> str | None:
        """The marked stretch of ``text`` around its first match; None when nothing matches (or when
        a word of ``require_all`` starts no word of the text)."""
        if self._first is None:
            return None
        folded = fold(text)
        if len(folded) != len(text) or require_all:  # positions differ (or every word is wanted): word by word
            return self._snippet_by_words(text, require_all)
        first = self._first.search(folded)
        if first is None:
            return None
        before = [m.start() for m in _WORD.finditer(folded, max(0, first.start() - 200), first.start())]
        lo = before[-(WORDS // 3)] if len(before) >= WORDS // 3 else (before[0] if before else first.start())
        if len(before) < WORDS // 3 and _WORD.search(folded, 0, lo) is not None:
            lo = first.start()  # the words just before are too long to look back over: start at the match
        spans = [m.span() for m in itertools.islice(_WORD.finditer(folded, lo), WORDS)]
        more = _WORD.search(folded, spans[-1][1]) is not None
        return self._marked(text, folded, spans, _WORD.search(folded, 0, lo) is not None, more)

    def _snippet_by_words(self, text: str, require_all: Sequence[str]) -> str | None:
        spans = [m.span() for m in _WORD.finditer(text)]
        words = [fold(text[a:b]) for a, b in spans]
        if require_all and not all(any(w.startswith(fold(r)) for w in words) for r in require_all):
            return None
        start = next((n for n, w in enumerate(words) if self.matches(w)), None)
        if start is None:
            return None
        lo = max(0, min(start - WORDS // 3, len(spans) - WORDS))
        hi = min(len(spans), lo + WORDS)
        return self._marked(text, None, spans[lo:hi], lo > 0, hi < len(spans))

    def _marked(self, text: str, folded: str | None, spans: list[tuple[int, int]], cut: bool, more: bool) -> str:
        out: list[str] = ["…" if cut else ""]
        cursor = spans[0][0]
        for a, b in spans:
            out.append(text[cursor:a])
            word = folded[a:b] if folded is not None else fold(text[a:b])
            out.append(f"{SearchHit.MARK_START}{text[a:b]}{SearchHit.MARK_END}" if self.matches(word) else text[a:b])
            cursor = b
        out.append("…" if more else text[cursor:])
        return " ".join("".join(out).split())

    def best(self, texts: Iterable[str]) -> str:
        """The snippet of the first text that has a match (body, then aliases, then title), else the
        start of the first text."""
        fallback = ""
        for text in texts:
            if not text:
                continue
            found = self.snippet(text)
            if found is not None:
                return found
            fallback = fallback or text
        words = fallback.split()
        return " ".join(words[:WORDS]) + ("…" if len(words) > WORDS else "")
