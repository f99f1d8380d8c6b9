"""A synthetic content store of realistic size for benchmarks: 100,000 measures, 10,000 meetings.

Built through the real builder (:func:`npviewer.store.build.build_store`) from an in-memory bundle,
and cached under ``benchmarks/out/`` so repeated runs reuse it.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from npviewer.store.content import CitationSpec, ContentBundle, EntrySpec, EventSpec
from npviewer.store.records import Document

OUT = Path(__file__).resolve().parent / "out"
#: Words every benchmark query kind draws on: one in about half of all entries, rare ones, aliases.
COMMON_WORD = "cooperation"
DOMAIN_WORDS = ["logistics", "railway", "energy", "shipbuilding", "fisheries", "agriculture", "healthcare",
                "investment", "infrastructure", "technology", "education", "tourism", "industrial", "port"]  # fmt: skip
ALIASES = [("연해주", "ko"), ("Приморье", "ru"), ("Приморский край", "ru"), ("카자흐스탄", "ko"), ("Қазақстан", "kk")]


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(4, 11))))
    return sorted(words)


def make_bundle(measures: int = 100_000, meetings: int = 10_000, seed: int = 7) -> ContentBundle:
    """A bundle of ``measures`` measures under 3 regions and ``meetings`` dated meetings."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))  # Zipf
    cite = [CitationSpec("synthetic", False, "", "generated for benchmarks")]
    entries: list[EntrySpec] = []
    for region in ("western", "central", "eastern"):
        entries.append(EntrySpec(region, "region", f"{region.title()} Region", "synthetic", citations=cite))
        for d in range(20):
            entries.append(EntrySpec(f"{region}-d{d}", "direction", f"Direction {d} of {region}", "synthetic",
                                     parent_id=region, region_id=region, citations=cite))  # fmt: skip
    for n in range(len(ALIASES)):
        entries.append(EntrySpec(f"place-{n}", "area", f"Place {n}", "synthetic", citations=cite,
                                 aliases=[ALIASES[n]], parent_id=None))  # fmt: skip

    def text(words: int) -> str:
        body = rng.choices(vocab, cum_weights=cumulative, k=words)
        if rng.random() < 0.5:
            body[rng.randrange(words)] = COMMON_WORD
        if rng.random() < 0.1:
            body[rng.randrange(words)] = rng.choice(DOMAIN_WORDS)
        return " ".join(body)

    for n in range(measures):
        region = ("western", "central", "eastern")[n % 3]
        body = text(60)
        entries.append(EntrySpec(f"m{n}", "measure", body[:60], "synthetic", text=body,
                                 parent_id=f"{region}-d{n % 20}", region_id=region, citations=cite))  # fmt: skip
    for n in range(meetings):
        year = 1990 + n % 40
        entries.append(
            EntrySpec(f"meeting-{n}", "meeting", f"Meeting {n} on {rng.choice(DOMAIN_WORDS)}", "synthetic",
                      text=text(40), region_id=("western", "central", "eastern")[n % 3], citations=cite,
                      event=EventSpec(start=f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}", place="Seoul"))
        )  # fmt: skip
    docs = [Document("synthetic", "Synthetic benchmark content")]
    return ContentBundle(docs, entries, [], content_hash=f"synthetic-{measures}-{meetings}-{seed}")


def make_synthetic_store(path: Path | None = None, measures: int = 100_000, meetings: int = 10_000) -> Path:
    """Build (or reuse) the synthetic store and return its path."""
    from npviewer.store.build import build_store
    from npviewer.store.opening import stored_hash

    target = path or OUT / f"synthetic-{measures}-{meetings}.sqlite"
    bundle_hash = f"synthetic-{measures}-{meetings}-7"
    if stored_hash(target) == bundle_hash:
        return target
    build_store(make_bundle(measures, meetings), target)
    return target


if __name__ == "__main__":
    import time

    start = time.perf_counter()
    print(make_synthetic_store(), f"{time.perf_counter() - start:.1f} s")
