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

from npviewer import __version__, i18n
from npviewer.console import (
    EXIT_USAGE,
    Parser,
    UsageError,
    bad_text,
    command_log,
    decode_argv,
    escaped_output,
    localise_argparse,
    printable,
    run_guarded,
    safe_streams,
)
from npviewer.errors import ExpectedError
from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.dates import span_label

MAX_LIMIT = 1000
_STATUS = {
    "inferred": QT_TRANSLATE_NOOP("Cli", "inferred"),
    "disputed": QT_TRANSLATE_NOOP("Cli", "disputed"),
    "planned": QT_TRANSLATE_NOOP("Cli", "planned"),
    "approximate": QT_TRANSLATE_NOOP("Cli", "approximate"),
}


def _status(status: str) -> str:
    return translate("Cli", _STATUS[status]) if status in _STATUS else status


class CliError(ExpectedError):
    """A user error: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="npviewer",
        description=translate(
            "Cli", "An offline reference to Korea's New Northern Policy. With no command, opens the window."
        ),
        allow_abbrev=False,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"npviewer {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--self-test", action="store_true", help=translate("Cli", "run the packaged app's self-test and exit")
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    json_help = translate("Cli", "print JSON")

    lang = i18n.language()
    content_lang = translate("Cli", "the language of the content shown (default: the locale's, now {lang})")

    p = sub.add_parser("search", help=translate("Cli", "search the content"))
    p.add_argument(
        "query",
        nargs="+",
        help=translate("Cli", 'words, "a phrase", -exclude, region:eastern, kind:meeting, year:2019'),
    )
    p.add_argument(
        "--limit",
        type=_limit,
        default=20,
        help=translate("Cli", "how many results, 1 to {max} (default 20)").format(max=MAX_LIMIT),
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.add_argument("--lang", choices=["en", "ko"], help=content_lang.format(lang=lang))

    p = sub.add_parser("show", help=translate("Cli", "show one entry by its id"))
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help=json_help)
    p.add_argument("--lang", choices=["en", "ko"], help=content_lang.format(lang=lang))

    p = sub.add_parser(
        "cite", help=translate("Cli", "print an entry's citation: plain text, a Chicago note, BibTeX or RIS")
    )
    p.add_argument("id")
    p.add_argument(
        "--format",
        choices=["plain", "chicago", "bibtex", "ris"],
        default="plain",
        help=translate("Cli", "the form (default plain)"),
    )
    p.add_argument(
        "--lang", choices=["en", "ko"], default="en", help=translate("Cli", "the citation's language (default en)")
    )

    p = sub.add_parser("timeline", help=translate("Cli", "list the dated events in date order"))
    p.add_argument("--region", help=translate("Cli", "only events of this region (id or name)"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.add_argument("--lang", choices=["en", "ko"], help=content_lang.format(lang=lang))

    p = sub.add_parser("check-data", help=translate("Cli", "validate content files without building anything"))
    p.add_argument(
        "dir", nargs="?", type=Path, help=translate("Cli", "the content folder (default: the bundled content)")
    )

    p = sub.add_parser("bookmarks", help=translate("Cli", "list, add, remove, export or import bookmarks"))
    p.add_argument("action", choices=["list", "add", "remove", "export", "import"])
    p.add_argument("arg", nargs="?", help=translate("Cli", "an entry id (add, remove) or a file (export, import)"))
    p.add_argument("--note", default="", help=translate("Cli", "a note for 'add'"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = sub.add_parser(
        "brief",
        help=translate("Cli", "export a brief (a region, a country, your bookmarks or a meeting) to PDF, Word or HTML"),
    )
    p.add_argument(
        "region", nargs="?", help=translate("Cli", "a region or country: id, name or alias (eastern, russia, 몽골)")
    )
    p.add_argument("--bookmarks", action="store_true", help=translate("Cli", "a brief of your bookmarks instead"))
    p.add_argument(
        "--meeting",
        metavar="ID",
        help=translate(
            "Cli", "a brief for one meeting, or a body's latest (ru-fe-subcommittee-13, ru-fe-subcommittee)"
        ),
    )
    p.add_argument(
        "--full", action="store_true", help=translate("Cli", "add the complete dossier as annexes (default: 4 pages)")
    )
    p.add_argument(
        "--format",
        choices=["pdf", "docx", "html"],
        help=translate("Cli", "pdf, docx (Word) or html (default: from the file name, else pdf)"),
    )
    p.add_argument(
        "--lang",
        choices=["en", "ko"],
        default=lang,
        help=translate("Cli", "the brief's language (default: the locale's, now {lang})").format(lang=lang),
    )
    p.add_argument("--output", "-o", required=True, type=Path, help=translate("Cli", "the file to write"))
    p.add_argument("--paper", choices=["A4", "Letter"], default="A4", help=translate("Cli", "paper size (default A4)"))
    p.add_argument("--notes", action="store_true", help=translate("Cli", "include your bookmark notes"))

    from npviewer import cli_content

    cli_content.add_parser(sub)
    return parser


def _limit(value: str) -> int:
    number = int(value) if value.strip().isdigit() and len(value.strip()) <= 6 else 0
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number from 1 to {max}").format(
                value=repr(value[:20]), max=MAX_LIMIT
            )
        )
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
                problem = (
                    (translate("Cli", "holds a NUL character") if "\0" in item else None) if is_path else bad_text(item)
                )
            else:
                problem = None
            if problem:
                shown = printable(item, keep_newlines=False)[:60]
                raise UsageError(
                    translate("Cli", "argument {name} '{value}' {problem}").format(
                        name=name, value=shown, problem=problem
                    ),
                    f"npviewer {args.command or ''}".strip(),
                )


def main(argv: Sequence[str | bytes] | None = None) -> int:
    """Run the command line (``argv`` without the program name); returns the exit status, never raises."""
    safe_streams()
    i18n.set_language(i18n.locale_language())
    localise_argparse()
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


def _library(names: str | None = None) -> Any:
    """The content, its entries named in ``names`` (default: the interface language; JSON output passes
    ``en``, so scripts get the same titles whatever the locale)."""
    from npviewer.store.content import ContentError
    from npviewer.store.library import Library

    try:
        library = Library.open()
    except ContentError as exc:
        raise CliError(exc.summary()) from None
    library.set_language(names or i18n.language())
    return library


def _content_library(args: argparse.Namespace) -> Any:
    """The content for ``show``, ``search`` and ``timeline``: in ``--lang`` when given (its messages
    too), else JSON in English and text in the interface language."""
    if getattr(args, "lang", None):
        i18n.set_language(args.lang)
        return _library(args.lang)
    return _library("en" if args.json else None)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_search(args: argparse.Namespace) -> int:
    lib = _content_library(args)
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
        print(translate("Cli", "No entries match {query}.").format(query=repr(query)))
        return 0
    if result.suggestion:
        print(f"Did you mean {result.suggestion!r}? Nothing matches {query!r}; these are the entries for the former.")
    for hit in result.hits:
        region = f" [{hit.region_id}]" if hit.region_id else ""
        print(f"{hit.id}  ({hit.kind}{region})  {hit.title}")
        print(f"    {hit.snippet_marked('[', ']')}")
    if result.terms and not result.ranked:
        print(translate("Cli", "(many entries match: shown in reading order, not ranked; add a word to narrow it)"))
    return 0


def _entry(lib: Any, entry_id: str) -> Any:
    from npviewer.store.repository import UnknownEntry

    try:
        return lib.repo.entry(entry_id)
    except UnknownEntry:
        raise CliError(
            translate("Cli", "no entry has the id '{id}' (try: npviewer search WORDS)").format(id=entry_id)
        ) from None


def cmd_cite(args: argparse.Namespace) -> int:
    from npviewer.store.citing import format_citation

    lib = _library(args.lang)  # a citation is written in its own language, whatever the interface
    entry = _entry(lib, args.id)
    documents = {d.id: d for d in lib.repo.documents()}
    text = format_citation(args.format, entry, documents, lib.repo.coverage(), lib.repo.content_version, args.lang)
    sys.stdout.write(text)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lib = _content_library(args)
    entry = _entry(lib, args.id)
    if args.json:
        data = asdict(entry)
        data["links"] = {k: [asdict(r) for r in v] for k, v in entry.links.items()}
        _print_json(data)
        return 0
    crumbs = " > ".join(r.title for r in entry.breadcrumb)
    print(f"{entry.title}\n{entry.ref.kind_label} · {entry.id}" + (f" · {crumbs}" if crumbs else ""))
    lang = i18n.language()
    if entry.event:
        ev = entry.event
        extra = ", " + _status("planned") if ev.planned else ""
        if ev.date_status != "confirmed":
            extra += ", " + translate("Cli", "date {status}").format(status=_status(ev.date_status))
        when = translate("Cli", "When: {date}").format(date=span_label(ev.start, ev.end, lang)) + extra
        print(when + ("   " + translate("Cli", "Where: {place}").format(place=ev.place) if ev.place else ""))
        for person in ev.participants:
            print(f"  - {person}")
    if entry.figure:
        print(translate("Cli", "Figure: {value}").format(value=entry.figure.label))
    if entry.text and entry.text != entry.title:
        print(f"\n{entry.text}")
    if entry.aliases:
        print("\n" + translate("Cli", "Also: {names}").format(names=", ".join(entry.aliases)))
    for child in entry.children:
        print(f"  • {child.title}  ({child.id})")
    for label, refs in entry.links.items():
        group = translate("Links", label)
        print(f"\n{group}: " + "; ".join(f"{r.title} ({r.id})" for r in refs))
    for dispute in entry.disputes:
        sources = "; ".join(c.document_title for c in dispute.citations)
        disputed = translate("Cli", "Disputed {field}: {value} (per {sources})")
        print("\n" + disputed.format(field=dispute.field, value=dispute.value, sources=sources), dispute.note)
    print("\n" + translate("Cli", "Sources:"))
    for cite in entry.citations:
        status = f" [{_status(cite.status)}]" if cite.status != "confirmed" else ""
        where = f", {cite.locator}" if cite.locator else ""
        note = f" ({cite.note})" if cite.note else ""
        if cite.verbatim:
            kind = translate("Cli", "Quotation")
            print(f"  - {kind}, {cite.document_title}{where}{status}: \u201c{cite.text}\u201d{note}")
            if cite.translation:
                print("      " + translate("Cli", "Translation (our words): {text}").format(text=cite.translation))
        else:
            kind = translate("Cli", "Reference")
            summary = (
                "\n      " + translate("Cli", "Summary (our words): {text}").format(text=cite.text) if cite.text else ""
            )
            print(f"  - {kind}, {cite.document_title}{where}{status}{note}{summary}")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    lib = _content_library(args)
    events = lib.repo.timeline_events()
    if args.region:
        region = lib.repo.find_region(args.region)
        if region is None:
            names = ", ".join(r.id for r in lib.repo.regions())
            raise CliError(
                translate("Cli", "no region '{region}'; choose one of: {names}").format(region=args.region, names=names)
            )
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
        flags = (f" ({_status('planned')})" if e.planned else "") + (f" ({_status('disputed')})" if e.disputed else "")
        place = f" — {e.place}" if e.place else ""
        print(f"{e.start.iso:<10}  {e.title}{place}{flags}  [{e.id}]")
    return 0


def cmd_check_data(args: argparse.Namespace) -> int:
    from npviewer import paths
    from npviewer.store.content import ContentError, load_content

    directory = args.dir or paths.content_dir()
    try:
        bundle = load_content(directory)
    except ContentError as exc:
        # The one line that says what to do, then every fault on a line of its own (each escaped).
        where = printable(str(directory), keep_newlines=False)
        print(
            f"npviewer check-data: {len(exc.issues)} problem(s) in {where}; fix each and run it again:", file=sys.stderr
        )
        for issue in exc.issues:
            print(f"  - {printable(str(issue), keep_newlines=False)}", file=sys.stderr)
        if exc.korean is not None and exc.korean.counts:  # the counts on stdout, the faults on stderr
            print(korean_report(exc.korean, []))
        return 2
    kinds: dict[str, int] = {}
    for entry in bundle.entries:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    counts = translate("Cli", "OK — {entries} entries ({kinds}), {documents} documents")
    print(f"{directory}: " + counts.format(entries=len(bundle.entries), kinds=summary, documents=len(bundle.documents)))
    print(source_report(bundle))
    from npviewer.store.name_check import name_mismatches

    mismatches = name_mismatches(bundle)
    print(korean_report(bundle.korean, mismatches))
    for mismatch in mismatches:
        print(f"  - {printable(str(mismatch), keep_newlines=False)}")
    return 0


def korean_report(report: Any, mismatches: list[Any]) -> str:
    """How far the Korean has come: fields translated, and each fault counted per field and per file."""
    from npviewer.store.korean import FAULTS, TRANSLATED

    def counts(by: dict[str, Any]) -> str:
        rows = []
        for name, count in by.items():
            faults = ", ".join(f"{count[f]} {f}" for f in FAULTS if count[f])
            rows.append(f"{name} {count[TRANSLATED]}/{sum(count.values())}" + (f" ({faults})" if faults else ""))
        return "; ".join(rows)

    total = sum(sum(c.values()) for c in report.counts.values())
    head = translate("Cli", "Korean: {translated} of {total} fields translated; {missing} missing.")
    lines = [head.format(translated=report.total(TRANSLATED), total=total, missing=report.total("missing"))]
    lines.append(translate("Cli", "Korean by field: {counts}").format(counts=counts(report.by_field())))
    lines.append(translate("Cli", "Korean by file: {counts}").format(counts=counts(report.by_file())))
    names = translate("Cli", "Names: {count} Korean field(s) write a name of data/names.yaml another way.")
    lines.append(names.format(count=len(mismatches)))
    return "\n".join(lines)


def source_report(bundle: Any) -> str:
    """How complete the source records are, and how the content cites them."""
    from npviewer.store.records import DOCUMENT_RECORD_FIELDS

    docs = bundle.documents

    def lacks(doc: Any, name: str) -> bool:
        return doc.title_supplied if name == "title" else not getattr(doc, name)

    complete = sum(1 for d in docs if not any(lacks(d, f) for f in DOCUMENT_RECORD_FIELDS))
    without = translate("Cli", "{count} without a {field}")
    lacking = [without.format(count=sum(1 for d in docs if lacks(d, f)), field=f) for f in DOCUMENT_RECORD_FIELDS]
    cites = [c for e in bundle.entries for c in (*e.citations, *(c for d in e.disputes for c in d.citations))]
    quotes = sum(1 for c in cites if c.verbatim)
    low = sum(1 for d in docs if d.reliability_note)
    current_to, first, last = bundle.coverage()
    sources = translate(
        "Cli",
        "Sources: {documents} documents, {complete} with a complete record; {lacking} (each says why in "
        "sources.yaml); {low} of low reliability.",
    )
    citations = translate("Cli", "Citations: {count}: {quotes} quotations of held text, {references} references.")
    current = translate("Cli", "Content current to {date}; events from {first} to {last}.")
    return "\n".join((
        sources.format(documents=len(docs), complete=complete, lacking=", ".join(lacking), low=low),
        citations.format(count=len(cites), quotes=quotes, references=len(cites) - quotes),
        current.format(date=current_to or translate("Cli", "no date"), first=first, last=last),
    ))  # fmt: skip


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
        if action in ("add", "remove"):
            raise CliError(translate("Cli", "'bookmarks {action}' needs an entry id").format(action=action))
        raise CliError(translate("Cli", "'bookmarks {action}' needs a file").format(action=action))
    if action == "list":
        marks = store.bookmarks()
        if args.json:
            _print_json([{"id": b.entry_id, "title": b.title, "note": b.note, "created": b.created} for b in marks])
        elif not marks:
            print(translate("Cli", "No bookmarks yet. Add one with: npviewer bookmarks add ID"))
        for b in [] if args.json else marks:
            print(
                f"{b.entry_id}  {b.title}"
                + ("\n    " + translate("Cli", "note: {note}").format(note=b.note) if b.note else "")
            )
    elif action == "add":
        ref = _library().repo.ref(arg)
        if ref is None:
            raise CliError(translate("Cli", "no entry has the id '{id}' (try: npviewer search WORDS)").format(id=arg))
        from npviewer.store.bookmark_file import clean_note

        note = clean_note(args.note)
        store.add_bookmark(ref.id, ref.title, note)
        if note:
            store.set_note(ref.id, note)
        print(translate("Cli", "Bookmarked {id}: {title}").format(id=ref.id, title=ref.title))
    elif action == "remove":
        if not store.remove_bookmark(arg):
            raise CliError(translate("Cli", "'{id}' is not bookmarked").format(id=arg))
        print(translate("Cli", "Removed the bookmark on {id}").format(id=arg))
    elif action == "export":
        count = store.export_bookmarks(Path(arg))
        print(translate("Cli", "Exported {count} bookmark(s) to {file}").format(count=count, file=arg))
    elif action == "import":
        report = store.import_report(Path(arg))
        print(report.summary())
        if report.listed:
            print(report.listing())
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    """Export a brief (a region, a country, the bookmarks or a meeting); needs no display."""
    from npviewer.brief.export import BriefChoice, BriefError, check_output, export, format_of, resolve
    from npviewer.store.userdata import UserDataError, open_user_store

    try:
        check_output(args.output)
    except BriefError as exc:
        raise CliError(str(exc)) from None
    lib = _library("en")  # a subject is found by its English title too; the brief names entries in its language
    try:
        resolve(lib, args.region, bookmarks=args.bookmarks, lang=args.lang, meeting=args.meeting)
        store = open_user_store()
    except (BriefError, UserDataError) as exc:
        lib.close()
        raise CliError(str(exc)) from None
    choice = BriefChoice(args.region, args.bookmarks, args.meeting, args.full, args.format or format_of(args.output),
                         args.lang, args.paper, args.notes)  # fmt: skip
    try:
        path = export(choice, args.output, user_store=store, library=lib)
    except BriefError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
        lib.close()
    print(translate("Cli", "Wrote {file}").format(file=path))
    return 0


def cmd_content(args: argparse.Namespace) -> int:
    """``npviewer content pack|install|rollback|list|diff`` (see :mod:`npviewer.cli_content`)."""
    from npviewer import cli_content

    return cli_content.run(args)
