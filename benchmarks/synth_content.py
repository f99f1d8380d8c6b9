"""The synthetic content of :mod:`synth` (100,000 measures, 10,000 meetings) as content files, so it
can travel as a content pack; and a next version of it (1% of measures reworded, 0.1% removed, as
many added) for timing an update of a large store.

A content file holds at most 10 MB and a region's measures stand in its own file, so the measures
are spread over 24 regions (about 5.2 MB each, the Korean beside the English) rather than
:mod:`synth`'s 3; the meetings over 4 files of ``events/``. Written with PyYAML's C emitter and
cached under ``benchmarks/out/``.
"""

from __future__ import annotations

import itertools
import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from synth import ALIASES, COMMON_WORD, DOMAIN_WORDS, OUT, _vocabulary

REGIONS = tuple(f"region-{n:02d}" for n in range(24))
EVENT_FILES = 4
#: Written into the cache's stamp: a cache written by another version of this module is written again.
# 2: dated no later than 2024 (content may not be dated after the day it is made);
# 3: Korean beside the English (content without it is refused), over 24 regions (10 MB a file at most).
GENERATION = "3"


def cite() -> list[dict[str, str]]:
    """A fresh source list for each entry (a shared one would be written as a YAML alias)."""
    return [{"doc": "synthetic", "locator": "generated for benchmarks"}]


def write_synthetic_content(folder: Path, measures: int = 100_000, meetings: int = 10_000, version: int = 1) -> Path:
    """Write (or reuse) the content folder; ``version`` 2 is the next version of version 1."""
    stamp = folder / ".complete"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == GENERATION:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "regions").mkdir(parents=True)
    rng = random.Random(7)
    vocab = _vocabulary(rng)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))

    ko = random.Random(13)  # its own stream: the English is as before the Korean was added
    syllables = [chr(0xAC00 + ko.randrange(11172)) for _ in range(400)]
    korean_words = ["".join(ko.choices(syllables, k=ko.choice((2, 2, 3, 4)))) for _ in range(5000)]

    def korean(words: int, source: random.Random = ko) -> str:
        """Korean beside the English, as the content carries it (the loader refuses content without)."""
        return " ".join(source.choices(korean_words, k=words))

    def text(words: int) -> str:
        body = rng.choices(vocab, cum_weights=cumulative, k=words)
        if rng.random() < 0.5:
            body[rng.randrange(words)] = COMMON_WORD
        if rng.random() < 0.1:
            body[rng.randrange(words)] = rng.choice(DOMAIN_WORDS)
        return " ".join(body)

    edits = random.Random(11)
    directions: dict[str, list[list[dict[str, Any]]]] = {r: [[] for _ in range(20)] for r in REGIONS}
    for n in range(measures):
        body = text(60)
        body_ko = korean(40)
        entry = {"id": f"m{n}", "kind": "measure", "title": body[:60], "title_ko": body_ko[:40], "text": body,
                 "text_ko": body_ko, "sources": cite()}  # fmt: skip
        roll = edits.random()
        if version == 2 and roll < 0.001:
            continue  # removed in version 2
        if version == 2 and roll < 0.011:
            words = body.split()
            words[edits.randrange(len(words))] = edits.choice(DOMAIN_WORDS)
            entry["text"] = " ".join(words)
        directions[REGIONS[n % len(REGIONS)]][n % 20].append(entry)
    if version == 2:
        for n in range(measures // 1000):
            directions[REGIONS[n % len(REGIONS)]][n % 20].append(
                {
                    "id": f"m-new-{n}",
                    "kind": "measure",
                    "title": f"New measure {n}",
                    "title_ko": f"새 조치 {n}",
                    "text": " ".join(edits.choices(vocab, k=60)),  # not from rng: the meetings stay as in v1
                    "text_ko": korean(40, edits),
                    "sources": cite(),
                }
            )
    for order, region in enumerate(REGIONS, start=1):
        children = [
            {"id": f"{region}-d{d}", "kind": "direction", "title": f"Direction {d} of {region}",
             "title_ko": f"{region[-2:]} 지역 방향 {d}", "sources": cite(),
             "children": directions[region][d]}
            for d in range(20)
        ]  # fmt: skip
        entries = [{"id": region, "kind": "region", "title": f"Region {region[-2:]}",
                    "title_ko": f"{region[-2:]} 지역", "sources": cite(),
                    "children": children}]  # fmt: skip
        _dump(folder / "regions" / f"{region}.yaml", {"order": order, "entries": entries})
    events = []
    for n in range(meetings):
        year = 1985 + n % 40
        events.append({
            "id": f"meeting-{n}", "kind": "meeting", "title": f"Meeting {n} on {rng.choice(DOMAIN_WORDS)}",
            "title_ko": f"회의 {n} {korean(2)}", "text": text(40), "text_ko": korean(30),
            "date": f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}", "place": "Seoul", "place_ko": "서울",
            "links": {"regions": [REGIONS[n % len(REGIONS)]]}, "sources": cite(),
        })  # fmt: skip
    (folder / "events").mkdir()
    for part in range(EVENT_FILES):
        _dump(folder / "events" / f"part-{part}.yaml", {"entries": events[part::EVENT_FILES]})
    places = [
        {"id": f"place-{n}", "kind": "country", "title": f"Place {n}",
         "title_ko": f"장소 {n}", "sources": cite(),
         "aliases": [{"text": alias, "lang": lang}]}
        for n, (alias, lang) in enumerate(ALIASES)
    ]  # fmt: skip
    _dump(folder / "places.yaml", {"entries": places})
    sources = {"documents": [{"id": "synthetic", "title": "Synthetic benchmark content", "publisher": "npviewer",
                              "date": "2024", "language": "en", "type": "data set",
                              "url": "https://example.org/synthetic"}]}  # fmt: skip
    _dump(folder / "sources.yaml", sources)
    stamp.write_text(GENERATION, encoding="utf-8")
    return folder


def _dump(path: Path, data: Any) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def synthetic_folder(version: int) -> Path:
    return write_synthetic_content(OUT / f"synthetic-content-v{version}", version=version)


if __name__ == "__main__":
    import time

    for v in (1, 2):
        start = time.perf_counter()
        print(synthetic_folder(v), f"{time.perf_counter() - start:.1f} s")
