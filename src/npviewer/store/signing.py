"""Signing a pack's manifest with Ed25519 and checking the signature (the ``cryptography`` package).

The manifest holds every file's SHA-256, so a signature over its exact bytes vouches for the whole
pack. The signature travels in the pack as ``manifest.sig`` (JSON): the signer's public key in the
one-line OpenSSH form, whose fingerprint (``SHA256:...``, the same as ``ssh-keygen -lf`` prints)
names the signer, and the signature. Keys: a private key is a PEM file readable by its owner only,
never in the repository; its public half (``FILE.pub``) is what others trust.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from npviewer.errors import ExpectedError
from npviewer.store.files import ReadError, read_limited

SIGNATURE = "manifest.sig"
SIGNATURE_FORMAT = "npviewer-pack-signature"
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_KEY_BYTES = 16 * 1024
MAX_NAME = 80


class SigningError(ExpectedError):
    """A key cannot be made, read or used; the message says which file and what to do."""


class BadSignature(ExpectedError):
    """A pack's signature is malformed or does not match its manifest: the pack was altered."""


@dataclass(frozen=True)
class PublicKey:
    """A public key: its name (the signer's own words for it), its fingerprint, its OpenSSH line."""

    name: str
    fingerprint: str
    line: str


def fingerprint(line: str) -> str:
    """``SHA256:`` and the unpadded base64 of the key blob's SHA-256: what ``ssh-keygen -lf`` prints."""
    blob = base64.b64decode(line.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii").rstrip("=")


def parse_public_key(text: str, where: str) -> PublicKey:
    """A public key from its one-line form ``ssh-ed25519 AAAA... NAME``; raises :class:`SigningError`."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_ssh_public_key

    if "PRIVATE KEY" in text:
        raise SigningError(f"{where} is a private key: give its public half (the .pub file), and keep this one secret")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    parts = lines[0].split(None, 2) if len(lines) == 1 else []
    if len(parts) < 2 or parts[0] != "ssh-ed25519":
        raise SigningError(f"{where} is not an npviewer public key (one line: ssh-ed25519 KEY NAME)")
    try:
        key = load_ssh_public_key(f"{parts[0]} {parts[1]}".encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise SigningError(f"{where} is not a valid Ed25519 public key: get the .pub file again") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningError(f"{where} is not an Ed25519 key")
    name = " ".join(parts[2].split())[:MAX_NAME] if len(parts) > 2 else ""
    if not name.isprintable():
        name = ""
    line = f"{parts[0]} {parts[1]}"
    return PublicKey(name, fingerprint(line), line)


def keygen(private: Path, name: str) -> tuple[Path, PublicKey]:
    """Write a new key pair: ``private`` (PEM, readable by its owner only) and ``private.pub``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public_path = private.with_name(private.name + ".pub")
    name = " ".join(name.split())[:MAX_NAME] or private.stem
    for path in (private, public_path):
        if path.exists() or path.is_symlink():
            raise SigningError(f"{path} already exists: choose another file name (a key is never overwritten)")
    if not private.parent.is_dir():
        raise SigningError(f"cannot write {private}: the folder {private.parent} does not exist")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    try:
        fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o600)
            handle.write(pem)
        public_path.write_text(f"{line} {name}\n", encoding="utf-8")
    except OSError as exc:
        private.unlink(missing_ok=True)
        raise SigningError(f"cannot write the key {private}: {exc.strerror or exc}") from None
    return public_path, PublicKey(name, fingerprint(line), line)


def sign(manifest: bytes, private: Path, name: str = "") -> bytes:
    """The ``manifest.sig`` of ``manifest`` signed with the private key in ``private``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        mode = os.stat(private).st_mode
        data = read_limited(private, MAX_KEY_BYTES, "a private key")
    except (OSError, ReadError) as exc:
        raise SigningError(f"cannot read the signing key: {exc}") from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SigningError(f"{private} can be read by others: make it readable by you only (chmod 600 {private})")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise SigningError(
            f"{private} is not an npviewer private key (make one with: npviewer content keygen FILE)"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(f"{private} is not an Ed25519 private key (make one with: npviewer content keygen FILE)")
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    name = name or _name_beside(private, line)
    record = {
        "format": SIGNATURE_FORMAT,
        "version": 1,
        "algorithm": "ed25519",
        "public_key": f"{line} {name}".strip(),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return json.dumps(record, indent=1).encode("utf-8")


def _name_beside(private: Path, line: str) -> str:
    """The signer's name from the public half written beside the private key (keygen's ``FILE.pub``)."""
    public = private.with_name(private.name + ".pub")
    try:
        key = parse_public_key(read_limited(public, MAX_KEY_BYTES, "a public key").decode("utf-8"), str(public))
    except (ReadError, SigningError, UnicodeDecodeError):
        return ""
    return key.name if key.line == line else ""


def verify(manifest: bytes, signature: bytes, pack: str) -> PublicKey:
    """The key that signed ``manifest``; raises :class:`BadSignature` when the signature is malformed or
    does not match (the pack was changed after it was signed). Whether the key is trusted is not asked here."""
    from cryptography.exceptions import InvalidSignature

    altered = f"{pack}: its signature does not match its manifest: the pack was altered after it was signed "
    altered += "(damaged or forged); get it again from its publisher"
    try:
        record = json.loads(signature.decode("utf-8")) if len(signature) <= MAX_SIGNATURE_BYTES else None
        if not isinstance(record, dict) or (record.get("format"), record.get("version")) != (SIGNATURE_FORMAT, 1):
            raise BadSignature(f"{pack}: its {SIGNATURE} is not an npviewer signature; the pack is damaged")
        key_line, sig = record.get("public_key"), record.get("signature")
        if record.get("algorithm") != "ed25519" or not isinstance(key_line, str):
            raise BadSignature(f"{pack}: its {SIGNATURE} is not an npviewer signature; the pack is damaged")
        key = parse_public_key(key_line, f"{pack}'s signing key")
        raw = base64.b64decode(sig, validate=True) if isinstance(sig, str) else b""
    except (ValueError, RecursionError, SigningError):
        raise BadSignature(f"{pack}: its {SIGNATURE} cannot be read; the pack is damaged") from None
    from cryptography.hazmat.primitives.serialization import load_ssh_public_key

    public = load_ssh_public_key(key.line.encode("ascii"))
    try:
        public.verify(raw, manifest)  # type: ignore[call-arg, union-attr]
    except InvalidSignature:
        raise BadSignature(altered) from None
    return key
