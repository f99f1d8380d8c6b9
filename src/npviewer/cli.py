"""The command line: headless commands over the same services as the window.

``npviewer`` alone starts the window; the subcommands never load Qt widgets and need no display.
Every command runs through :mod:`npviewer.console`: an expected failure (raise an
:class:`~npviewer.errors.ExpectedError` subclass, or let an OSError or SQLite fault through) is one
line on stderr and exit status 2; a bug is logged with its traceback and exits 70.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from npviewer import __version__
from npviewer.console import (
    EXIT_USAGE,
    Parser,
    UsageError,
    bad_text,
    command_log,
    decode_argv,
    escaped_output,
    printable,
    run_guarded,
    safe_streams,
)
from npviewer.errors import ExpectedError

MAX_LIMIT = 1000


class CliError(ExpectedError):
    """A user error: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="npviewer",
        description="An offline reference to Korea's New Northern Policy. With no command, opens the window.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"npviewer {__version__}")
    parser.add_argument("--self-test", action="store_true", help="run the packaged app's self-test and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("search", help="search the content")
    p.add_argument("query", nargs="+", help='words, "a phrase", -exclude, region:eastern, kind:meeting, year:2019')
    p.add_argument("--limit", type=_limit, default=20, help=f"how many results, 1 to {MAX_LIMIT} (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("show", help="show one entry by its id")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("cite", help="print an entry's citation: plain text, a Chicago note, BibTeX or RIS")
    p.add_argument("id")
    p.add_argument(
        "--format", choices=["plain", "chicago", "bibtex", "ris"], default="plain", help="the form (default plain)"
    )

    p = sub.add_parser("timeline", help="list the dated events in date order")
    p.add_argument("--region", help="only events of this region (id or name)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("check-data", help="validate content files without building anything")
    p.add_argument("dir", nargs="?", type=Path, help="the content folder (default: the bundled content)")

    p = sub.add_parser("bookmarks", help="list, add, remove, export or import bookmarks")
    p.add_argument("action", choices=["list", "add", "remove", "export", "import"])
    p.add_argument("arg", nargs="?", help="an entry id (add, remove) or a file (export, import)")
    p.add_argument("--note", default="", help="a note for 'add'")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("brief", help="export a brief of a region, a country or your bookmarks to PDF")
    p.add_argument("region", nargs="?", help="a region or country: id, name or alias (eastern, russia, 몽골)")
    p.add_argument("--bookmarks", action="store_true", help="a brief of your bookmarks instead")
    p.add_argument("--lang", choices=["en", "ko"], default="en", help="the brief's language (default en)")
    p.add_argument("--output", "-o", required=True, type=Path, help="the PDF file to write")
    p.add_argument("--paper", choices=["A4", "Letter"], default="A4", help="paper size (default A4)")
    p.add_argument("--notes", action="store_true", help="include your bookmark notes")

    from npviewer import cli_content

    cli_content.add_parser(sub)
    return parser


def _limit(value: str) -> int:
    number = int(value) if value.strip().isdigit() and len(value.strip()) <= 6 else 0
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{value[:20]!r} is not a whole number from 1 to {MAX_LIMIT}")
    return number


#: Arguments that name files: any bytes are allowed (kept as surrogate escapes, as the OS gave them).
_PATH_ARGS = {"dir", "output", "file"}


def _check_text(args: argparse.Namespace) -> None:
    """Refuse text arguments (ids, words, notes) that are not UTF-8 or hold control characters,
    and file names holding a NUL (no file system allows one)."""
    for name, value in vars(args).items():
        is_path = name in _PATH_ARGS or (name == "arg" and getattr(args, "action", "") in ("export", "import"))
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Path | str):
                item = str(item)
                problem = ("holds a NUL character" if "\0" in item else None) if is_path else bad_text(item)
            else:
                problem = None
            if problem:
                shown = printable(item, keep_newlines=False)[:60]
                raise UsageError(f"argument {name} '{shown}' {problem}", f"npviewer {args.command or ''}".strip())


def main(argv: Sequence[str | bytes] | None = None) -> int:
    """Run the command line (``argv`` without the program name); returns the exit status, never raises."""
    safe_streams()
    with escaped_output():
        return _main(decode_argv(list(sys.argv[1:] if argv is None else argv)))


def _main(args_list: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        _check_text(args)
    except UsageError as exc:
        print(f"{exc.prog}: {printable(str(exc), keep_newlines=False)}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as stop:  # --help, --version
        return stop.code if isinstance(stop.code, int) else 0
    if args.self_test:
        from npviewer.selftest import run_self_test

        return run_guarded("--self-test", run_self_test)
    if args.command is None:
        from npviewer.app import run_gui

        return run_guarded("", lambda: run_gui(args_list))
    handler = {
        "search": cmd_search,
        "show": cmd_show,
        "cite": cmd_cite,
        "timeline": cmd_timeline,
        "check-data": cmd_check_data,
        "bookmarks": cmd_bookmarks,
        "brief": cmd_brief,
        "content": cmd_content,
    }[args.command]
    with command_log() as log_file:
        return run_guarded(args.command, lambda: handler(args), log_file)


def _library() -> Any:
    from npviewer.store.content import ContentError
    from npviewer.store.library import Library

    try:
        return Library.open()
    except ContentError as exc:
        raise CliError(str(exc)) from None


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_search(args: argparse.Namespace) -> int:
    lib = _library()
    query = " ".join(args.query)
    result = lib.search.search(query, limit=args.limit)
    if args.json:
        _print_json(
            [
                {"id": h.id, "kind": h.kind, "title": h.title, "snippet": h.snippet_marked("**", "**"),
                 "region": h.region_id, "score": round(h.score, 4)}
                for h in result.hits
            ]
        )  # fmt: skip
        return 0
    if not result.hits:
        print(f"No entries match {query!r}.")
        return 0
    for hit in result.hits:
        region = f" [{hit.region_id}]" if hit.region_id else ""
        print(f"{hit.id}  ({hit.kind}{region})  {hit.title}")
        print(f"    {hit.snippet_marked('[', ']')}")
    if result.terms and not result.ranked:
        print("(many entries match: shown in reading order, not ranked; add a word to narrow it)")
    return 0


def _entry(lib: Any, entry_id: str) -> Any:
    from npviewer.store.repository import UnknownEntry

    try:
        return lib.repo.entry(entry_id)
    except UnknownEntry:
        raise CliError(f"no entry has the id '{entry_id}' (try: npviewer search WORDS)") from None


def cmd_cite(args: argparse.Namespace) -> int:
    from npviewer.store.citing import format_citation

    lib = _library()
    entry = _entry(lib, args.id)
    documents = {d.id: d for d in lib.repo.documents()}
    text = format_citation(args.format, entry, documents, lib.repo.coverage(), lib.repo.content_version)
    sys.stdout.write(text)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lib = _library()
    entry = _entry(lib, args.id)
    if args.json:
        data = asdict(entry)
        data["links"] = {k: [asdict(r) for r in v] for k, v in entry.links.items()}
        _print_json(data)
        return 0
    crumbs = " > ".join(r.title for r in entry.breadcrumb)
    print(f"{entry.title}\n{entry.ref.kind_label} · {entry.id}" + (f" · {crumbs}" if crumbs else ""))
    if entry.event:
        ev = entry.event
        extra = ", planned" if ev.planned else ""
        extra += f", date {ev.date_status}" if ev.date_status != "confirmed" else ""
        print(f"When: {ev.label}{extra}" + (f"   Where: {ev.place}" if ev.place else ""))
        for person in ev.participants:
            print(f"  - {person}")
    if entry.figure:
        print(f"Figure: {entry.figure.label}")
    if entry.text and entry.text != entry.title:
        print(f"\n{entry.text}")
    if entry.aliases:
        print(f"\nAlso: {', '.join(entry.aliases)}")
    for child in entry.children:
        print(f"  • {child.title}  ({child.id})")
    for label, refs in entry.links.items():
        print(f"\n{label}: " + "; ".join(f"{r.title} ({r.id})" for r in refs))
    for dispute in entry.disputes:
        sources = "; ".join(c.document_title for c in dispute.citations)
        print(f"\nDisputed {dispute.field}: {dispute.value} (per {sources}) {dispute.note}")
    print("\nSources:")
    for cite in entry.citations:
        status = f" [{cite.status}]" if cite.status != "confirmed" else ""
        where = f", {cite.locator}" if cite.locator else ""
        note = f" ({cite.note})" if cite.note else ""
        if cite.verbatim:
            print(f"  - Quotation, {cite.document_title}{where}{status}: \u201c{cite.text}\u201d{note}")
        else:
            summary = f"\n      Summary (our words): {cite.text}" if cite.text else ""
            print(f"  - Reference, {cite.document_title}{where}{status}{note}{summary}")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    lib = _library()
    events = lib.repo.timeline_events()
    if args.region:
        region = lib.repo.find_region(args.region)
        if region is None:
            names = ", ".join(r.id for r in lib.repo.regions())
            raise CliError(f"no region '{args.region}'; choose one of: {names}")
        events = [e for e in events if region.id in e.region_ids]
    if args.json:
        _print_json(
            [
                {"id": e.id, "kind": e.kind, "title": e.title, "date": e.start.iso,
                 "end": e.end.iso if e.end else None, "place": e.place, "planned": e.planned,
                 "disputed": e.disputed, "regions": list(e.region_ids)}
                for e in events
            ]
        )  # fmt: skip
        return 0
    for e in events:
        flags = (" (planned)" if e.planned else "") + (" (disputed)" if e.disputed else "")
        place = f" — {e.place}" if e.place else ""
        print(f"{e.start.iso:<10}  {e.title}{place}{flags}  [{e.id}]")
    return 0


def cmd_check_data(args: argparse.Namespace) -> int:
    from npviewer.store import paths
    from npviewer.store.content import ContentError, load_content

    directory = args.dir or paths.content_dir()
    try:
        bundle = load_content(directory)
    except ContentError as exc:
        raise CliError(str(exc)) from None
    kinds: dict[str, int] = {}
    for entry in bundle.entries:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(f"{directory}: OK — {len(bundle.entries)} entries ({summary}), {len(bundle.documents)} documents")
    print(source_report(bundle))
    return 0


def source_report(bundle: Any) -> str:
    """How complete the source records are, and how the content cites them."""
    from npviewer.store.records import DOCUMENT_RECORD_FIELDS

    docs = bundle.documents

    def lacks(doc: Any, name: str) -> bool:
        return doc.title_supplied if name == "title" else not getattr(doc, name)

    complete = sum(1 for d in docs if not any(lacks(d, f) for f in DOCUMENT_RECORD_FIELDS))
    lacking = [f"{sum(1 for d in docs if lacks(d, f))} without a {f}" for f in DOCUMENT_RECORD_FIELDS]
    cites = [c for e in bundle.entries for c in (*e.citations, *(c for d in e.disputes for c in d.citations))]
    quotes = sum(1 for c in cites if c.verbatim)
    low = sum(1 for d in docs if d.reliability_note)
    current_to, first, last = bundle.coverage()
    return (
        f"Sources: {len(docs)} documents, {complete} with a complete record; " + ", ".join(lacking)
        + f" (each says why in sources.yaml); {low} of low reliability.\n"
        f"Citations: {len(cites)}: {quotes} quotations of held text, {len(cites) - quotes} references.\n"
        f"Content current to {current_to or 'no date'}; events from {first} to {last}."
    )  # fmt: skip


def cmd_bookmarks(args: argparse.Namespace) -> int:
    """Bookmarks on the command line. A file that was moved aside is told on stderr until seen; on a
    read-only store ``list`` still lists (saying why it is read-only) and every change exits 2."""
    from npviewer.store.userdata import open_user_store, tell_pending_notices

    store = open_user_store()
    try:
        tell_pending_notices(store)
        if store.read_only and args.action in ("list", "export"):
            if not store.readable:
                raise CliError(store.read_only_message())
            print(f"npviewer bookmarks: {store.read_only_message()}", file=sys.stderr)
        return _bookmark_action(args, store)
    finally:
        store.close()


def _bookmark_action(args: argparse.Namespace, store: Any) -> int:
    action, arg = args.action, args.arg
    if action != "list" and not arg:
        raise CliError(f"'bookmarks {action}' needs {'an entry id' if action in ('add', 'remove') else 'a file'}")
    if action == "list":
        marks = store.bookmarks()
        if args.json:
            _print_json([{"id": b.entry_id, "title": b.title, "note": b.note, "created": b.created} for b in marks])
        elif not marks:
            print("No bookmarks yet. Add one with: npviewer bookmarks add ID")
        for b in [] if args.json else marks:
            print(f"{b.entry_id}  {b.title}" + (f"\n    note: {b.note}" if b.note else ""))
    elif action == "add":
        ref = _library().repo.ref(arg)
        if ref is None:
            raise CliError(f"no entry has the id '{arg}' (try: npviewer search WORDS)")
        from npviewer.store.bookmark_file import clean_note

        note = clean_note(args.note)
        store.add_bookmark(ref.id, ref.title, note)
        if note:
            store.set_note(ref.id, note)
        print(f"Bookmarked {ref.id}: {ref.title}")
    elif action == "remove":
        if not store.remove_bookmark(arg):
            raise CliError(f"'{arg}' is not bookmarked")
        print(f"Removed the bookmark on {arg}")
    elif action == "export":
        count = store.export_bookmarks(Path(arg))
        print(f"Exported {count} bookmark(s) to {arg}")
    elif action == "import":
        count = store.import_bookmarks(Path(arg))
        print(f"Imported {count} bookmark(s) from {arg}")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    """Export a brief (a region, a country or the bookmarks); needs no display and no Qt."""
    from npviewer.brief.export import BriefError, check_output, export_brief, resolve
    from npviewer.store.userdata import UserDataError, open_user_store

    try:
        check_output(args.output)
    except BriefError as exc:
        raise CliError(str(exc)) from None
    lib = _library()
    try:
        resolve(lib, args.region, bookmarks=args.bookmarks, lang=args.lang)
        store = open_user_store()
    except (BriefError, UserDataError) as exc:
        lib.close()
        raise CliError(str(exc)) from None
    try:
        path = export_brief(args.region, args.output, bookmarks=args.bookmarks, lang=args.lang, paper=args.paper,
                            include_notes=args.notes, user_store=store, library=lib)  # fmt: skip
    except BriefError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
        lib.close()
    print(f"Wrote {path}")
    return 0


def cmd_content(args: argparse.Namespace) -> int:
    """``npviewer content pack|install|rollback|list|diff`` (see :mod:`npviewer.cli_content`)."""
    from npviewer import cli_content

    return cli_content.run(args)
