"""Builds the content store that the packaged app carries: ``build/prebuilt/content.sqlite``.

The frozen app opens this store read-only (immutable) when its content hash matches the bundled
``data/``, so it never builds a store at start and never needs sqlmodel at run time.
Run before PyInstaller (``make package`` does): ``python tools/prebuild_store.py [TARGET]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TARGET = ROOT / "build" / "prebuilt" / "content.sqlite"


def prebuild(target: Path = DEFAULT_TARGET, directory: Path = ROOT / "data") -> str:
    """Build (or keep, when already current) the store of ``directory`` at ``target``; return its hash."""
    sys.path.insert(0, str(ROOT / "src"))
    from npviewer.store.build import build_from_directory
    from npviewer.store.content import ContentError
    from npviewer.store.opening import store_is_current, stored_hash

    if not store_is_current(target, directory):
        try:
            build_from_directory(directory, target)
        except ContentError as exc:
            raise SystemExit(f"prebuild_store: cannot build the store from {directory}:\n{exc}") from None
    found = stored_hash(target)
    if found is None or not store_is_current(target, directory):
        raise SystemExit(f"prebuild_store: the store at {target} does not match {directory}")
    return found


def main(argv: list[str]) -> int:
    """Build the store at ``argv[0]`` (default ``build/prebuilt/content.sqlite``) and print its hash."""
    target = Path(argv[0]) if argv else DEFAULT_TARGET
    digest = prebuild(target)
    print(f"prebuilt store {target} ({target.stat().st_size // 1024} KiB, content {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
