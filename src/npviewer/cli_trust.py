"""``npviewer content keygen FILE`` and ``npviewer content trust add|list|remove``: the keys packs are signed with."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from npviewer.errors import ExpectedError
from npviewer.i18n import translate


class TrustCommandError(ExpectedError):
    """A key command that cannot be done: one line for the user."""


def add_parsers(actions: Any) -> None:
    """``keygen`` and ``trust`` on the ``content`` command's actions."""
    a = actions.add_parser(
        "keygen", help=translate("Cli", "make a key pair to sign packs with: FILE (private) and FILE.pub (public)")
    )
    a.add_argument("file", type=Path, help=translate("Cli", "the private key's file (kept secret, off the repository)"))
    a.add_argument("--name", default="", help=translate("Cli", "who signs with it (shown to those who install)"))
    a = actions.add_parser("trust", help=translate("Cli", "the keys whose signed packs npviewer installs"))
    trust = a.add_subparsers(dest="trust_command", metavar=translate("Cli", "ACTION"), required=True)
    t = trust.add_parser("add", help=translate("Cli", "trust the packs signed with this public key (FILE.pub)"))
    t.add_argument("file", type=Path, help=translate("Cli", "the public key file"))
    t.add_argument("--name", default="", help=translate("Cli", "a name for it (default: the name in the file)"))
    t = trust.add_parser("list", help=translate("Cli", "the trusted keys: shipped with npviewer and added by you"))
    t.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    t = trust.add_parser("remove", help=translate("Cli", "stop trusting a key (by its fingerprint or name)"))
    t.add_argument("key", help=translate("Cli", "the key's fingerprint (SHA256:...) or name"))


def keygen(args: argparse.Namespace) -> int:
    from npviewer.store.signing import SigningError, keygen

    try:
        public, key = keygen(args.file, args.name)
    except SigningError as exc:
        raise TrustCommandError(str(exc)) from None
    print(translate("Cli", "Wrote the private key {file} (readable by you only: keep it secret, never in a repository)")
          .format(file=args.file))  # fmt: skip
    print(translate("Cli", "Wrote the public key {file}: {name}, {fingerprint}").format(
        file=public, name=key.name, fingerprint=key.fingerprint))  # fmt: skip
    print(translate("Cli", "Sign a pack: npviewer content pack DIR --output OUT --sign {file}").format(file=args.file))
    print(translate("Cli", "Those who install it: npviewer content trust add {file}").format(file=public))
    return 0


def trust(args: argparse.Namespace) -> int:
    from npviewer.store.signing import SigningError
    from npviewer.store.trust import add_key, remove_key, trusted_keys

    try:
        if args.trust_command == "add":
            added = add_key(args.file, args.name)
            told = translate("Cli", "Trusted {name} ({fingerprint}): packs signed with it now install.")
            print(told.format(name=added.key.name, fingerprint=added.key.fingerprint))
        elif args.trust_command == "remove":
            gone = remove_key(args.key)
            told = translate("Cli", "No longer trusted: {name} ({fingerprint}). Content it signed stays installed.")
            print(told.format(name=gone.key.name, fingerprint=gone.key.fingerprint))
        else:
            keys = trusted_keys()
            if args.json:
                rows = [{"name": k.key.name, "fingerprint": k.key.fingerprint, "origin": k.origin} for k in keys]
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            elif not keys:
                print(translate("Cli", "No trusted keys: only packs installed with --allow-unsigned can be used."))
            for key in [] if args.json else keys:
                origin = translate("Cli", key.origin)
                print(f"{key.key.fingerprint}  {key.key.name}  ({origin})")
    except SigningError as exc:
        raise TrustCommandError(str(exc)) from None
    return 0
