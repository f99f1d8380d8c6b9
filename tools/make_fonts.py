"""Build ``resources/fonts/``: the brief's fonts, subset from Debian's Noto packages.

Sources, fetched with ``apt-get download`` and checked against the sha256 pinned below:

* ``fonts-noto-core`` 20201225-1 (Noto Sans, Noto Sans Georgian, Noto Sans Armenian; SIL OFL 1.1,
  Google).
* ``fonts-noto-cjk`` 1:20220127+repack1-1 (Noto Sans CJK; SIL OFL 1.1, Adobe, Reserved Font Name
  "Source": the subsets keep the "Noto Sans CJK" names, which are not reserved).

What it writes (every file used by the brief, none by the system):

* ``NotoSans-Regular.ttf``, ``NotoSans-Bold.ttf``: Latin, Greek and Cyrillic (Ukrainian, Kazakh,
  Uzbek, Tajik, Kyrgyz, Mongolian letters included), hinting dropped (PDF viewers do not use it).
* ``NotoSansGeorgian-Regular.ttf``, ``NotoSansArmenian-Regular.ttf``: as shipped.
* ``NotoSansCJKkr-Regular.otf``, ``NotoSansCJKkr-Bold.otf``: all 11,172 Hangul syllables, the jamo,
  CJK punctuation, full-width forms, the symbols the brief draws (★) and any other character of the
  content that only a CJK font has.
* ``NotoSansCJKsc-Regular.otf``: Han characters in their Chinese (simplified) forms: GB 2312 level 1
  (the 3,755 most common) plus every Han character the content uses.

Run from the repository root whenever content brings a character no bundled font has (the test
``tests/brief/test_fonts.py`` says which)::

    python tools/make_fonts.py                    # downloads the two packages with apt-get
    python tools/make_fonts.py --debs /tmp/debs   # or uses the .deb files already there

It needs ``fontTools`` (a development dependency) and ``dpkg-deb``; subsetting takes about a minute.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
PACKAGES = {
    "fonts-noto-core": (
        "fonts-noto-core_20201225-1_all.deb",
        "58f4f0bb6720f919f92096b3508e1412a0f1544424ade6c5b5bf1eb694dd64ba",
    ),
    "fonts-noto-cjk": (
        "fonts-noto-cjk_1%3a20220127+repack1-1_all.deb",
        "4a2515eb6db3978b897fef9709ed0d2b1f4c6c4df4d83d6c4ef65f71f1b1f502",
    ),
}
NOTO = "usr/share/fonts/truetype/noto/"
CJK = "usr/share/fonts/opentype/noto/"
CJK_INDEX = {"KR": 1, "SC": 2}  # faces in the TTC collections
#: Symbols the brief itself draws (the bookmark star) that Noto Sans lacks.
BRIEF_SYMBOLS = "★☆"

HANGUL = [*range(0xAC00, 0xD7A4), *range(0x1100, 0x1200), *range(0x3130, 0x3190), *range(0xA960, 0xA980)]
CJK_PUNCTUATION = [*range(0x3000, 0x3040), *range(0xFF00, 0xFFF0)]


def is_han(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


def gb2312_level1() -> set[str]:
    """The 3,755 Han characters of GB 2312 level 1 (rows 16-55), read from Python's own codec."""
    out = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                out.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return {c for c in out if is_han(c)}


def content_characters(data: Path) -> set[str]:
    """Every character of the content files (YAML and the seed texts)."""
    chars: set[str] = set()
    for path in sorted(data.rglob("*")):
        if path.suffix in (".yaml", ".txt"):
            chars |= set(path.read_text("utf-8"))
    return {c for c in chars if c.isprintable() and not c.isspace()}


def fetch(folder: Path) -> dict[str, Path]:
    """The two packages, downloaded with apt-get into ``folder`` (or found there), hashes checked."""
    out = {}
    for package, (name, digest) in PACKAGES.items():
        path = folder / name
        if not path.is_file():
            subprocess.run(["apt-get", "download", package], cwd=folder, check=True)
        found = hashlib.sha256(path.read_bytes()).hexdigest()
        if found != digest:
            raise SystemExit(f"{path}: sha256 {found} is not the pinned {digest}")
        out[package] = path
    return out


def unpack(debs: Iterable[Path], folder: Path) -> Path:
    for deb in debs:
        subprocess.run(["dpkg-deb", "-x", str(deb), str(folder)], check=True)
    return folder


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.glyph_names = False
    return options


def write_subset(font: TTFont, codepoints: Iterable[int], target: Path) -> None:
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=sorted(set(codepoints)))
    subsetter.subset(font)
    font.save(str(target))
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes")


def cmap_of(path: Path) -> set[int]:
    return set(TTFont(str(path), lazy=True).getBestCmap())


def build(unpacked: Path, out: Path, data: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wanted = content_characters(data) | set(BRIEF_SYMBOLS)
    for weight in ("Regular", "Bold"):
        font = TTFont(str(unpacked / NOTO / f"NotoSans-{weight}.ttf"))
        write_subset(font, font.getBestCmap(), out / f"NotoSans-{weight}.ttf")
    for script in ("Georgian", "Armenian"):
        name = f"NotoSans{script}-Regular.ttf"
        shutil.copyfile(unpacked / NOTO / name, out / name)
        print(f"{(out / name).relative_to(ROOT)}: copied")
    covered = set().union(*(cmap_of(out / n) for n in ("NotoSans-Regular.ttf", "NotoSansGeorgian-Regular.ttf",
                                                       "NotoSansArmenian-Regular.ttf")))  # fmt: skip
    rest = {ord(c) for c in wanted} - covered
    han = {ord(c) for c in gb2312_level1()} | {c for c in rest if is_han(chr(c))}
    for weight in ("Regular", "Bold"):
        collection = TTCollection(str(unpacked / CJK / f"NotoSansCJK-{weight}.ttc"))
        font = collection.fonts[CJK_INDEX["KR"]]
        others = {c for c in rest - han if c in font.getBestCmap()}
        write_subset(font, [*HANGUL, *CJK_PUNCTUATION, *others], out / f"NotoSansCJKkr-{weight}.otf")
    collection = TTCollection(str(unpacked / CJK / "NotoSansCJK-Regular.ttc"))
    write_subset(collection.fonts[CJK_INDEX["SC"]], [*han, *CJK_PUNCTUATION], out / "NotoSansCJKsc-Regular.otf")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--debs", type=Path, help="a folder with the two .deb files (else apt-get download)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the content folder")
    args = parser.parse_args(None if argv is None else list(argv))
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.debs or Path(tmp)
        debs = fetch(folder)
        build(unpack(debs.values(), Path(tmp) / "x"), args.out, args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
