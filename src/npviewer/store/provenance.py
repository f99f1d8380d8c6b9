"""Who vouches for the content in use: the app (bundled), a trusted key (signed), or no one (unsigned).

A pack is installed only when a trusted key signed it (:mod:`npviewer.store.trust`), unless the user
says ``--allow-unsigned``; the verdict is kept beside the install (``trust.json``) and from then on
its version is marked wherever it is shown: ``content list``, the window's About and status bar, the
brief's colophon. :func:`content_provenance` is the one place they all ask.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from npviewer.i18n import translate
from npviewer.store.manifest import PackError

BUNDLED = "bundled"
LOCAL = "local"
SIGNED = "signed"
UNSIGNED = "unsigned"
UNKNOWN_SIGNER = "unknown-signer"
TRUST_FILE = "trust.json"


class PackRefused(PackError):
    """A pack no trusted key signed: ``reason`` is UNSIGNED or UNKNOWN_SIGNER; ``--allow-unsigned`` installs it."""

    def __init__(self, message: str, reason: str, signer: str = "", fingerprint: str = ""):
        super().__init__(message)
        self.reason, self.signer, self.fingerprint = reason, signer, fingerprint


@dataclass(frozen=True)
class Provenance:
    """The content's version and who vouches for it."""

    version: str
    status: str = BUNDLED
    signer: str = ""
    fingerprint: str = ""

    @property
    def marked(self) -> bool:
        """True when no key the user trusts vouches for this content: show :meth:`mark` with its version."""
        return self.status in (UNSIGNED, UNKNOWN_SIGNER)

    def mark(self) -> str:
        """The word shown beside the version ('unsigned'), or '' for bundled and signed content."""
        if self.status == UNSIGNED:
            return translate("Provenance", "unsigned")
        if self.status == UNKNOWN_SIGNER:
            return translate("Provenance", "unsigned: signed by a key you do not trust")
        return ""

    def label(self) -> str:
        """The version as it is shown everywhere: ``2030.01.01 (unsigned)``."""
        if self.status == BUNDLED:
            return translate("Provenance", "bundled with npviewer")
        return f"{self.version} ({self.mark()})" if self.marked else self.version

    def sentence(self) -> str:
        """One sentence for About and the colophon: whose content this is."""
        if self.status == BUNDLED:
            return translate("Provenance", "Content bundled with npviewer.")
        if self.status == LOCAL:
            return translate("Provenance", "Content from the folder NPVIEWER_DATA names ({version}).").format(
                version=self.version
            )
        if self.status == SIGNED:
            return translate("Provenance", "Content {version}, signed by {signer} ({fingerprint}).").format(
                version=self.version, signer=self.signer or translate("Provenance", "a trusted key"),
                fingerprint=self.fingerprint,
            )  # fmt: skip
        return translate(
            "Provenance",
            "Content {version} is unsigned: it was installed with --allow-unsigned, and no key you trust vouches "
            "for its facts.",
        ).format(version=self.version)

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def check_signature(manifest: bytes, signature: bytes | None, pack: str, allow_unsigned: bool) -> Provenance:
    """The verdict on a pack's signature (version left empty): signed by a trusted key, or refused with
    :class:`PackRefused` unless ``allow_unsigned``. A signature that does not match is always refused."""
    from npviewer.store.signing import BadSignature, verify
    from npviewer.store.trust import find_trusted

    if signature is None:
        if allow_unsigned:
            return Provenance("", UNSIGNED)
        raise PackRefused(
            translate(
                "Provenance",
                "{pack} is not signed, so nothing tells who made it. If you trust whoever gave it to you, install "
                "it anyway with: npviewer content install --allow-unsigned FILE (it is then marked unsigned)",
            ).format(pack=pack),
            UNSIGNED,
        )
    try:
        key = verify(manifest, signature, pack)
    except BadSignature as exc:
        raise PackError(str(exc)) from None
    trusted = find_trusted(key.fingerprint)
    if trusted is not None:
        return Provenance("", SIGNED, trusted.key.name, key.fingerprint)
    if allow_unsigned:
        return Provenance("", UNKNOWN_SIGNER, key.name, key.fingerprint)
    raise PackRefused(
        translate(
            "Provenance",
            "{pack} is signed by a key npviewer does not trust ({name}{fingerprint}). If you trust its maker, get "
            "their public key file, check its fingerprint with them, and run: npviewer content trust add KEY.pub; "
            "or install it anyway with --allow-unsigned (it is then marked unsigned)",
        ).format(pack=pack, name=f"'{key.name}', " if key.name else "", fingerprint=key.fingerprint),
        UNKNOWN_SIGNER,
        key.name,
        key.fingerprint,
    )


def write_provenance(folder: Path, provenance: Provenance) -> None:
    (folder / TRUST_FILE).write_text(json.dumps(provenance.to_json(), ensure_ascii=False, indent=1), "utf-8")


def read_provenance(folder: Path, version: str) -> Provenance:
    """The verdict kept beside an install; an install without one (made before packs were signed, or
    tampered with) was never checked, so it is unsigned; one signed by a key no longer trusted is marked."""
    try:
        data = json.loads((folder / TRUST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("status") not in (SIGNED, UNSIGNED, UNKNOWN_SIGNER):
        return Provenance(version, UNSIGNED)
    status, signer, fingerprint = (
        str(data["status"]),
        str(data.get("signer", ""))[:80],
        str(data.get("fingerprint", "")),
    )
    if status == SIGNED:  # a key removed since (it leaked?) no longer vouches for what it signed
        from npviewer.store.trust import find_trusted

        if find_trusted(fingerprint) is None:
            status = UNKNOWN_SIGNER
    return Provenance(version, status, signer, fingerprint[:80])


def content_provenance(install_id: str | None = None, *, in_use: bool = True) -> Provenance:
    """Who vouches for the content in use (or for the install ``install_id``; with ``in_use=False`` and
    no id, for the bundled or NPVIEWER_DATA content): the About box, the status bar, the brief's
    colophon and ``content list`` all show :meth:`Provenance.label`."""
    from npviewer import paths
    from npviewer.store.installed import BUNDLED_LABEL, active_install, find_install, overridden

    if install_id is None and overridden():
        return Provenance(str(paths.content_dir()), LOCAL)
    install = find_install(install_id) if install_id else (active_install() if in_use else None)
    if install is None:
        return Provenance(BUNDLED_LABEL, BUNDLED)
    return read_provenance(install.folder, install.manifest.version)
