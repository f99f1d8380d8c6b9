"""Signed packs: only a key the user trusts installs content; anything else is refused or marked unsigned.

Real keys (throwaway Ed25519 pairs made for the test), real packs, real installs in the test's home.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from npviewer.store.library import Library
from npviewer.store.manifest import MANIFEST, PackError
from npviewer.store.packs import make_pack
from npviewer.store.provenance import SIGNED, UNKNOWN_SIGNER, UNSIGNED, PackRefused, content_provenance
from npviewer.store.signing import SIGNATURE, SigningError, keygen, sign
from npviewer.store.trust import add_key, remove_key, trusted_keys
from npviewer.store.updates import content_versions, install_pack
from pack_factory import ROOT, everything, members_of, rehashed, write_zip


@pytest.fixture(scope="module")
def signed_pack(tmp_path_factory: pytest.TempPathFactory, publisher_key: tuple[Path, Path]) -> Path:
    return make_pack(ROOT / "data", tmp_path_factory.mktemp("signed"), "2030.01.01", publisher_key[0])[0]


@pytest.fixture(scope="module")
def unsigned_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pack(ROOT / "data", tmp_path_factory.mktemp("unsigned"), "2030.01.02")[0]


def _refused(pack: Path, home: Path, **kwargs: bool) -> PackError:
    Library.open().close()
    before = everything(home)
    with pytest.raises(PackError) as info:
        install_pack(pack, **kwargs)
    assert everything(home) == before
    assert "\n" not in str(info.value)
    return info.value


def test_a_pack_signed_by_a_trusted_key_installs_and_names_its_signer(
    signed_pack: Path, trusted_publisher: Path
) -> None:
    assert SIGNATURE in members_of(signed_pack)
    result = install_pack(signed_pack)
    assert "Installed content 2030.01.01:" in result.message
    provenance = content_provenance()
    assert (provenance.status, provenance.signer, provenance.marked) == (SIGNED, "Test publisher", False)
    assert provenance.label() == "2030.01.01"
    assert "signed by Test publisher (SHA256:" in provenance.sentence()
    lib = Library.open()
    assert lib.provenance == provenance
    lib.close()


def test_an_unsigned_pack_is_refused_saying_how_to_install_it_anyway(unsigned_pack: Path, npviewer_home: Path) -> None:
    refused = _refused(unsigned_pack, npviewer_home)
    assert isinstance(refused, PackRefused) and refused.reason == UNSIGNED
    assert str(refused).startswith("npviewer-content-2030.01.02.npc is not signed")
    assert "--allow-unsigned" in str(refused)


def test_an_unsigned_pack_installed_anyway_is_marked_unsigned_wherever_its_version_shows(
    unsigned_pack: Path, npviewer_home: Path
) -> None:
    result = install_pack(unsigned_pack, allow_unsigned=True)
    assert "Installed content 2030.01.02 (unsigned):" in result.message
    provenance = content_provenance()
    assert provenance.status == UNSIGNED and provenance.marked
    assert provenance.label() == "2030.01.02 (unsigned)"
    assert "is unsigned" in provenance.sentence()
    row = next(r for r in content_versions() if r["in_use"])
    assert (row["label"], row["status"]) == ("2030.01.02 (unsigned)", UNSIGNED)
    lib = Library.open()
    assert lib.provenance.label() == "2030.01.02 (unsigned)"
    lib.close()


def test_a_pack_signed_by_an_unknown_key_is_refused_naming_the_key(
    tmp_path: Path, npviewer_home: Path, publisher_key: tuple[Path, Path]
) -> None:
    stranger = tmp_path / "stranger.key"
    _public, key = keygen(stranger, "A stranger")
    pack = make_pack(ROOT / "data", tmp_path, "2030.01.03", stranger)[0]
    add_key(publisher_key[1])  # another key is trusted: not this one
    refused = _refused(pack, npviewer_home)
    assert isinstance(refused, PackRefused) and refused.reason == UNKNOWN_SIGNER
    assert f"signed by a key npviewer does not trust ('A stranger', {key.fingerprint})" in str(refused)
    assert "npviewer content trust add KEY.pub" in str(refused)
    install_pack(pack, allow_unsigned=True)
    assert content_provenance().label() == "2030.01.03 (unsigned: signed by a key you do not trust)"


def test_a_signed_pack_altered_after_signing_is_refused_as_damaged_even_when_unsigned_is_allowed(
    signed_pack: Path, tmp_path: Path, npviewer_home: Path, trusted_publisher: Path
) -> None:
    members = members_of(signed_pack)
    places = members["content/places.yaml"].replace(b"Kazakhstan is Korea", b"Kazakhstan was never Korea", 1)
    forged = write_zip(tmp_path / "forged.npc", rehashed({**members, "content/places.yaml": places}))
    for allow in (False, True):
        refused = _refused(forged, npviewer_home, allow_unsigned=allow)
        assert not isinstance(refused, PackRefused)
        assert "forged.npc: its signature does not match its manifest: the pack was altered after it was signed" in str(
            refused
        )


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        (b"{not json", "cannot be read"),
        (b'{"format": "other"}', "is not an npviewer signature"),
        (b"", "cannot be read"),
    ],
)
def test_a_signature_that_is_not_one_is_refused_as_damaged(
    signature: bytes, expected: str, signed_pack: Path, tmp_path: Path, npviewer_home: Path
) -> None:
    bad = write_zip(tmp_path / "bad.npc", {**members_of(signed_pack), SIGNATURE: signature})
    assert expected in str(_refused(bad, npviewer_home, allow_unsigned=True))


def test_a_removed_key_installs_nothing_more_and_what_it_signed_is_marked(
    signed_pack: Path, trusted_publisher: Path, npviewer_home: Path
) -> None:
    install_pack(signed_pack)
    gone = remove_key("Test publisher")
    assert gone.key.name == "Test publisher" and not trusted_keys()
    assert content_provenance().marked  # no key the user trusts vouches for it now
    assert isinstance(_refused(signed_pack, npviewer_home), PackRefused)


def test_a_shipped_key_can_be_removed_and_trusted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, publisher_key: tuple[Path, Path]
) -> None:
    from npviewer.store import trust

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "publisher.pub").write_bytes(publisher_key[1].read_bytes())
    monkeypatch.setattr(trust, "shipped_dir", lambda: shipped)
    assert [k.origin for k in trusted_keys()] == [trust.SHIPPED]
    remove_key(trusted_keys()[0].key.fingerprint)
    assert trusted_keys() == []
    add_key(publisher_key[1])
    assert [k.origin for k in trusted_keys()] == [trust.SHIPPED]


def test_a_private_key_is_readable_by_its_owner_only_and_never_overwritten(tmp_path: Path) -> None:
    private = tmp_path / "k.key"
    public, key = keygen(private, "Me")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert public.read_text(encoding="utf-8") == f"{key.line} Me\n"
    with pytest.raises(SigningError, match="already exists"):
        keygen(private, "Me again")
    os.chmod(private, 0o640)
    with pytest.raises(SigningError, match="can be read by others"):
        sign(b"{}", private)
    with pytest.raises(SigningError, match="is a private key"):
        add_key(private)


def test_the_fingerprint_is_the_one_ssh_keygen_prints(tmp_path: Path) -> None:
    public, key = keygen(tmp_path / "k.key", "Me")
    try:
        shown = subprocess.run(["ssh-keygen", "-lf", str(public)], capture_output=True, text=True, check=True)
    except FileNotFoundError:
        pytest.skip("ssh-keygen is not on this machine")
    assert key.fingerprint in shown.stdout


def test_no_private_key_is_in_the_repository() -> None:
    marker = "-----BEGIN " + "PRIVATE KEY"  # spelled in two parts so this file does not match itself
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    offenders = []
    for name in tracked.decode().split("\0"):
        path = ROOT / name
        if name and path.is_file() and path.stat().st_size < 5_000_000:
            text = path.read_bytes()
            if marker.encode() in text or b"OPENSSH PRIVATE" + b" KEY" in text:
                offenders.append(name)
    assert not offenders
    for key in sorted((ROOT / "resources" / "keys").glob("*")):
        assert key.name == "README.md" or (key.suffix == ".pub" and key.read_text().startswith("ssh-ed25519 "))


def test_the_manifest_is_what_is_signed(signed_pack: Path) -> None:
    record = json.loads(members_of(signed_pack)[SIGNATURE])
    assert record["format"] == "npviewer-pack-signature" and record["algorithm"] == "ed25519"
    assert record["public_key"].endswith(" Test publisher")
    assert json.loads(members_of(signed_pack)[MANIFEST])["version"] == "2030.01.01"
