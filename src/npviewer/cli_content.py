"""``npviewer content ...``: make a content pack (signed), install it, roll back, list, show what changed,
make a signing key and say which keys to trust (:mod:`npviewer.cli_trust`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from npviewer.errors import ExpectedError
from npviewer.i18n import translate

if TYPE_CHECKING:
    from npviewer.store.changes import EntryChange, Tokens, Version


class ContentCommandError(ExpectedError):
    """An expected failure of a content command: one line for the user."""


def add_parser(sub: Any) -> None:
    """The ``content`` command and its actions, on the main parser's subparsers."""
    p = sub.add_parser(
        "content", help=translate("Cli", "content updates: make a pack, install, roll back, list, what changed")
    )
    actions = p.add_subparsers(dest="content_command", metavar=translate("Cli", "ACTION"), required=True)
    a = actions.add_parser("pack", help=translate("Cli", "make a content pack (.npc) from a content folder"))
    a.add_argument("dir", type=Path, help=translate("Cli", "the content folder (like data/)"))
    a.add_argument(
        "--output", "-o", required=True, type=Path, help=translate("Cli", "the pack file, or a folder to write it in")
    )
    a.add_argument(
        "--version", dest="pack_version", help=translate("Cli", "the content version (default: today, 2026.11.30)")
    )
    a.add_argument(
        "--sign",
        type=Path,
        metavar="KEY",
        help=translate("Cli", "sign the pack with this private key (content keygen)"),
    )
    a = actions.add_parser("install", help=translate("Cli", "check a content pack in full and switch to it"))
    a.add_argument("file", type=Path, help=translate("Cli", "the pack (npviewer-content-VERSION.npc)"))
    a.add_argument(
        "--allow-unsigned",
        action="store_true",
        help=translate("Cli", "install a pack no trusted key signed (it is then marked unsigned)"),
    )
    a.add_argument("--machine", action="store_true", help=argparse.SUPPRESS)  # JSON lines, for the window
    a = actions.add_parser(
        "rollback", help=translate("Cli", "return to the content in use before the last install or rollback")
    )
    a.add_argument("--machine", action="store_true", help=argparse.SUPPRESS)
    a = actions.add_parser("list", help=translate("Cli", "the bundled and installed content, and which is in use"))
    a.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    a = actions.add_parser("diff", help=translate("Cli", "what changed at the last install or rollback"))
    a.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    from npviewer import cli_trust

    cli_trust.add_parsers(actions)


def run(args: argparse.Namespace) -> int:
    """Run one ``content`` action; raises :class:`ContentCommandError` for an expected failure."""
    from npviewer import cli_trust
    from npviewer.store.content import ContentError

    action = {"pack": _pack, "install": _install, "rollback": _rollback, "list": _list, "diff": _diff,
              "keygen": cli_trust.keygen, "trust": cli_trust.trust}  # fmt: skip
    try:
        return action[args.content_command](args)
    except ContentError as exc:
        first = exc.issues[0] if exc.issues else "unknown problem"
        more = f" (and {len(exc.issues) - 1} more: npviewer check-data lists them all)" if len(exc.issues) > 1 else ""
        raise ContentCommandError(f"the content is not valid: {first}{more}") from None


def _pack(args: argparse.Namespace) -> int:
    from npviewer.store.changes import date_label
    from npviewer.store.packs import make_pack

    if not args.dir.is_dir():
        raise ContentCommandError(f"{args.dir} is not a folder of content files")
    path, manifest = make_pack(args.dir, args.output, args.pack_version, args.sign)
    size = path.stat().st_size
    print(
        f"Wrote {path} ({size / 1024:,.0f} KiB): content {manifest.version}, {manifest.entry_count} entries, "
        f"{len(manifest.files)} files"
        + (f", current to {date_label(manifest.current_to)}" if manifest.current_to else "")
        + (", signed" if args.sign else ", not signed (npviewer refuses it unless --allow-unsigned)")
    )
    return 0


def _install(args: argparse.Namespace) -> int:
    from npviewer.store.provenance import PackRefused
    from npviewer.store.updates import install_pack

    progress = _machine_progress if args.machine else _progress_printer()
    try:
        result = install_pack(args.file, progress=progress, allow_unsigned=args.allow_unsigned)
    except PackRefused as exc:
        if args.machine:  # the window offers to install it anyway (--allow-unsigned), with these words
            _machine({"refused": exc.reason, "error": str(exc), "signer": exc.signer, "fingerprint": exc.fingerprint})
        else:
            _end_progress()
        raise
    if args.machine:
        _machine({"message": result.message, "changed": result.changed})
        return 0
    _end_progress()
    print(result.message)
    if result.changed:
        print(translate("Cli", "See what changed: npviewer content diff    Undo: npviewer content rollback"))
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from npviewer.store.updates import rollback

    result = rollback()
    if args.machine:
        _machine({"message": result.message, "changed": result.changed})
    else:
        print(result.message)
    return 0


def _machine(record: dict[str, Any]) -> None:
    """One JSON line on stdout for the window, which runs installs in a process of their own."""
    print(json.dumps(record, ensure_ascii=True), flush=True)


def _machine_progress(step: str, done: int, total: int) -> None:
    _machine({"step": step, "done": done, "total": total})


def _list(args: argparse.Namespace) -> int:
    from npviewer.store.changes import date_label
    from npviewer.store.updates import content_versions

    rows = content_versions()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        mark = "*" if row["in_use"] else " "
        current = f"current to {date_label(row['current_to'])}" if row["current_to"] else "no dated entries"
        installed = f"   installed {row['installed'][:16].replace('T', ' ')} UTC" if row["installed"] else ""
        signer = f"   signed by {row['signer'] or row['fingerprint']}" if row.get("status") == "signed" else ""
        print(f"{mark} {row['label']:<24} {current:<30} {row['entries']:>7,} entries{installed}{signer}")
    in_use = next(r for r in rows if r["in_use"])
    print(
        f"(* in use: {in_use['label']}"
        + ("; NPVIEWER_DATA is set, so its folder is used)" if in_use["id"] == "NPVIEWER_DATA" else ")")
    )
    return 0


def _diff(args: argparse.Namespace) -> int:
    from npviewer.store.installed import read_changes

    changes = read_changes()
    marks = _bookmark_ids()
    if args.json:
        data: dict[str, Any] = changes.to_json() if changes is not None else {"from": None, "to": None, "entries": []}
        data["bookmarked"] = [c.id for c in changes.bookmarked(marks)] if changes is not None else []
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    if changes is None:
        print(
            translate(
                "Cli", "No content update has been installed: nothing to compare. (npviewer content install FILE)"
            )
        )
        return 0
    print(f"What changed: {version_line(changes.old)} -> {version_line(changes.new)}")
    print(changes.summary()[:1].upper() + changes.summary()[1:])
    bookmarked = changes.bookmarked(marks)
    if bookmarked:
        print("\nYour bookmarks")
        for change in bookmarked:
            _print_change(change)
    for group in changes.groups():
        print(f"\n{group.title}")
        for change in group.changes:
            _print_change(change)
    return 0


def _print_change(change: EntryChange) -> None:
    print(f"  {change.status:<8} {change.id}  {change.entry.title}")
    for field in change.fields:
        print(f"      {field.name}: {word_diff_text(field.tokens)}")


def word_diff_text(tokens: Tokens, context: int = 6) -> str:
    """Removed words as ``[-old-]``, added ones as ``{+new+}`` (``git diff --word-diff`` style), one
    line; long unchanged stretches keep ``context`` words at each end around an ellipsis."""
    marks = {"-": ("[-", "-]"), "+": ("{+", "+}")}
    parts = []
    for n, (op, text) in enumerate(tokens):
        if op != "=":
            core = " ".join(text.split())
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() else ""
            parts.append(f"{lead}{marks[op][0]}{core}{marks[op][1]}{trail}" if core else text)
            continue
        words = text.split(" ")
        head = words[:context] if n + 1 < len(tokens) else words
        tail = words[-context:] if n > 0 else words
        if len(words) <= 2 * context + 1 or (n == 0 and n + 1 == len(tokens)):
            parts.append(" ".join(text.split(" ")))
        elif n == 0:
            parts.append("… " + " ".join(tail))
        elif n + 1 == len(tokens):
            parts.append(" ".join(head) + " …")
        else:
            parts.append(" ".join(head) + " … " + " ".join(tail))
    return " ".join("".join(parts).split())


def version_line(version: Version) -> str:
    return f"{version.label} ({version.facts()})"


def _bookmark_ids() -> list[str]:
    from npviewer.store.userdata import UserDataError, open_user_store

    try:
        store = open_user_store()
    except UserDataError:
        return []
    try:
        return [b.entry_id for b in store.bookmarks()]
    finally:
        store.close()


_progress_shown = False


def _progress_printer() -> Any:
    """Progress on stderr, on one line, when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(step: str, done: int, total: int) -> None:
        global _progress_shown
        _progress_shown = True
        share = f" {100 * done // total}%" if total else ""
        print(f"\r{step}{share}\033[K", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if _progress_shown:
        print("\r\033[K", end="", file=sys.stderr, flush=True)
