"""A search query taken apart: words, phrases, ``-word`` exclusions and ``field:value`` filters (Qt-free).

Nothing the user types is FTS5 syntax: the words are rebuilt into a safe expression, so no input is
an error. Every word is matched as a prefix (``"정책"*`` also finds ``정책은``: Hangul particles stay
attached to their word in FTS5's tokenizer), and a Korean word typed with its particle is also
searched without it (``연해주에서`` finds ``연해주의``: :func:`npviewer.store.hangul.stems`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from npviewer.store.hangul import stems
from npviewer.store.records import ALL_KINDS, EVENT_KINDS, PLACE_KINDS, PROGRAMME_KINDS, STRATEGY_KINDS

Words = tuple[str, ...]
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_FILTER = re.compile(r"^(region|kind|year|country|place|in|type|note):(.*)$", re.IGNORECASE)
_NAME_TERMS = 4  # the longest run of typed terms looked up as one name
_KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "event": EVENT_KINDS,
    "place": PLACE_KINDS,
    "programme": PROGRAMME_KINDS,
    "program": PROGRAMME_KINDS,
    "strategy-item": STRATEGY_KINDS,
}


@dataclass
class ParsedQuery:
    """A query taken apart: what to match, what to exclude, and the filters."""

    include: list[list[str]] = field(default_factory=list)
    exclude: list[list[str]] = field(default_factory=list)
    kinds: set[str] | None = None
    regions: set[str] | None = None
    places: set[str] | None = None
    years: set[int] | None = None
    #: ``note:`` words: only entries whose own note (in the user's data) has them.
    notes: list[str] = field(default_factory=list)
    invalid_filter: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for term in self.include for w in term)

    def fts_expression(self, alternatives: Callable[[list[str]], list[Words]] | None = None) -> str:
        """A safe FTS5 MATCH expression, or '' when there is nothing to match.

        ``alternatives`` gives the other names of a name: where one term, or a run of terms typed one
        after another (``Primorsky Krai``), is a name in full, its other names are searched as well.
        """
        if not self.include:
            return ""
        terms: list[str] = []
        i = 0
        while i < len(self.include):
            for size in range(min(_NAME_TERMS, len(self.include) - i), 0, -1):
                run = self.include[i : i + size]
                others = alternatives_of([w for t in run for w in t], alternatives)
                if others:
                    own = " ".join(term(t) for t in run)
                    terms.append(f"(({own}) OR {' OR '.join(phrase(t) for t in others)})")
                    break
            else:
                size = 1
                terms.append(term(self.include[i]))
            i += size
        expr = " AND ".join(terms)  # FTS5 allows no implicit AND before a parenthesis
        if self.exclude:
            expr = f"({expr}) NOT ({' OR '.join(term(t) for t in self.exclude)})"
        return expr

    def snippet_terms(self) -> list[Words]:
        """The terms a snippet marks: as typed, and without a Korean particle (``연해주에서``: ``연해주``)."""
        out = [tuple(t) for t in self.include]
        out += [tuple(stemmed(t)) for t in self.include if stemmed(t) != t]
        return out


def alternatives_of(words: list[str], alternatives: Callable[[list[str]], list[Words]] | None) -> list[Words]:
    """The other names of ``words``, or of the same words without a Korean particle."""
    if alternatives is None:
        return []
    return alternatives(words) or (alternatives(stemmed(words)) if stemmed(words) != words else [])


def phrase(words: Sequence[str]) -> str:
    """Words as one FTS5 phrase whose last word may be the start of a longer one."""
    return '"' + " ".join(words) + '"*'


def stemmed(words: list[str]) -> list[str]:
    """The words with the last one's Korean particle dropped (the words as they are if it has none)."""
    shorter = stems(words[-1]) if words else []
    return [*words[:-1], shorter[-1]] if shorter else words


def term(words: list[str]) -> str:
    """One term as FTS5 matches it: the phrase as typed, or else without a Korean particle."""
    short = stemmed(words)
    return phrase(words) if short == words else f"({phrase(words)} OR {phrase(short)})"


def parse_query(text: str) -> ParsedQuery:
    """Split what the user typed into terms and filters. Never raises."""
    parsed = ParsedQuery()
    for match in _TOKEN.finditer(text or ""):
        negated, phrase, plain = match.group(1) == "-", match.group(2), match.group(3)
        if plain is not None:
            filt = _FILTER.match(plain)
            if filt and filt.group(2):
                _add_filter(parsed, filt.group(1).lower(), filt.group(2))
                continue
            negated = plain.startswith("-") and len(plain) > 1
            phrase = plain[1:] if negated else plain
        # FTS5 folds case and accents of the quoted words itself, with the index's own tokenizer.
        words = _WORD.findall(phrase or "")
        if words:
            (parsed.exclude if negated else parsed.include).append(words)
    return parsed


def _add_filter(parsed: ParsedQuery, name: str, value: str) -> None:
    values = [v for v in re.split(r"[,|]", value.casefold()) if v]
    if name in ("kind", "type"):
        kinds: set[str] = set()
        for v in values:
            v = v.removesuffix("s") if v.removesuffix("s") in ALL_KINDS or v.removesuffix("s") in _KIND_GROUPS else v
            kinds.update(_KIND_GROUPS.get(v, (v,) if v in ALL_KINDS else ()))
        if not kinds:
            parsed.invalid_filter = f"kind:{value}"
        parsed.kinds = kinds if parsed.kinds is None else parsed.kinds & kinds
    elif name in ("region", "in"):
        parsed.regions = (parsed.regions or set()) | set(values)
    elif name in ("country", "place"):
        parsed.places = (parsed.places or set()) | set(values)
    elif name == "note":
        parsed.notes += [w for v in values for w in _WORD.findall(v)]
    elif name == "year":
        years = {int(v) for v in values if v.isdigit() and len(v) == 4}
        if not years:
            parsed.invalid_filter = f"year:{value}"
        parsed.years = (parsed.years or set()) | years
