"""The keys whose packs npviewer installs: the publisher's, shipped with the app, and the user's own.

``resources/keys/*.pub`` holds the publisher's public keys (public halves only; the folder may be
empty). ``<user data>/keys/`` holds the keys the user trusts (``npviewer content trust add``: an
organisation's own packs) and ``removed.txt``, the fingerprints of shipped keys the user no longer
trusts (a key that leaked, until a new app ships without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from npviewer import paths
from npviewer.i18n import QT_TRANSLATE_NOOP
from npviewer.store.files import ReadError, WriteError, read_limited, write_atomically
from npviewer.store.signing import MAX_KEY_BYTES, PublicKey, SigningError, parse_public_key

SHIPPED = QT_TRANSLATE_NOOP("Cli", "shipped with npviewer")
YOURS = QT_TRANSLATE_NOOP("Cli", "added by you")
REMOVED_FILE = "removed.txt"


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    origin: str  # SHIPPED or YOURS
    path: Path


def shipped_dir() -> Path:
    return paths.resources_dir() / "keys"


def user_keys_dir() -> Path:
    return paths.user_data_dir() / "keys"


def _read_keys(folder: Path, origin: str) -> list[TrustedKey]:
    found = []
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            key = parse_public_key(read_limited(path, MAX_KEY_BYTES, "a public key").decode("utf-8"), str(path))
        except (ReadError, SigningError, UnicodeDecodeError):
            continue  # a broken key file trusts no one
        found.append(TrustedKey(key, origin, path))
    return found


def removed() -> set[str]:
    """Fingerprints of shipped keys the user has removed."""
    path = user_keys_dir() / REMOVED_FILE
    try:
        return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    except (OSError, UnicodeDecodeError):
        return set()


def trusted_keys() -> list[TrustedKey]:
    """Every key trusted now: the shipped ones the user has not removed, then the user's own."""
    gone = removed()
    shipped = [k for k in _read_keys(shipped_dir(), SHIPPED) if k.key.fingerprint not in gone]
    known = {k.key.fingerprint for k in shipped}
    return shipped + [k for k in _read_keys(user_keys_dir(), YOURS) if k.key.fingerprint not in known]


def find_trusted(fingerprint: str) -> TrustedKey | None:
    return next((k for k in trusted_keys() if k.key.fingerprint == fingerprint), None)


def add_key(source: Path, name: str = "") -> TrustedKey:
    """Trust the public key in ``source`` (named ``name``, or by the name the file gives it)."""
    try:
        text = read_limited(source, MAX_KEY_BYTES, "a public key").decode("utf-8")
    except ReadError as exc:
        raise SigningError(str(exc)) from None
    except UnicodeDecodeError:
        raise SigningError(f"{source} is not an npviewer public key (one line: ssh-ed25519 KEY NAME)") from None
    key = parse_public_key(text, str(source))
    name = " ".join(name.split())[:80] or key.name or source.stem
    folder = user_keys_dir()
    gone = removed()
    if key.fingerprint in gone:  # a shipped key trusted again
        _write_removed(gone - {key.fingerprint})
    target = folder / (key.fingerprint.removeprefix("SHA256:").replace("/", "_").replace("+", "-") + ".pub")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, f"{key.line} {name}\n".encode())
    except (OSError, WriteError) as exc:
        raise SigningError(f"cannot keep the key in {folder}: {exc}") from None
    return TrustedKey(PublicKey(name, key.fingerprint, key.line), YOURS, target)


def remove_key(which: str) -> TrustedKey:
    """Stop trusting the key with this fingerprint or name (a shipped one is remembered as removed)."""
    matches = [k for k in trusted_keys() if which in (k.key.fingerprint, k.key.name)]
    if not matches:
        raise SigningError(
            f"no trusted key has the fingerprint or name '{which[:80]}' (see: npviewer content trust list)"
        )
    if len(matches) > 1:
        raise SigningError(
            f"several trusted keys are named '{which[:80]}': give the fingerprint (npviewer content trust list)"
        )
    key = matches[0]
    try:
        if key.origin == YOURS:
            key.path.unlink()
        else:
            _write_removed(removed() | {key.key.fingerprint})
    except (OSError, SigningError) as exc:
        raise SigningError(f"cannot remove the key: {exc}") from None
    return key


def _write_removed(fingerprints: set[str]) -> None:
    folder = user_keys_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / REMOVED_FILE, "".join(f"{fp}\n" for fp in sorted(fingerprints)).encode())
    except (OSError, WriteError) as exc:
        raise SigningError(f"cannot record the removed key in {folder}: {exc}") from None
