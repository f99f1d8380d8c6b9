"""The command line's one error path, and text made safe for a terminal.

- An expected failure (:class:`~npviewer.errors.ExpectedError`, a full disk, a lock, a bad path)
  prints one line on stderr, ``npviewer COMMAND: what, where, how to fix``, exit status 2.
- Anything else is a bug: its traceback goes to the log only, and one line gives the log's path,
  exit status 70 (``EX_SOFTWARE``).
- Ctrl+C: one line, exit status 130. A closed pipe (``npviewer search x | head -1``): quiet, 0.

Text that came from outside (arguments, imported titles and notes, content) is printed with its
control characters escaped, so no escape sequence reaches the terminal.
"""

from __future__ import annotations

import argparse
import gettext
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NoReturn, TextIO

from npviewer import i18n
from npviewer.errors import ExpectedError, describe
from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.logs import LOG_NAME, rotating_handler

EXIT_OK, EXIT_USAGE, EXIT_SOFTWARE, EXIT_INTERRUPTED = 0, 2, 70, 130
log = logging.getLogger("npviewer.cli")

#: Bidirectional overrides can make a line read differently from what it holds ("Trojan source").
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile(rf"[\x00-\x1f\x7f-\x9f\ud800-\udfff{_BIDI}]")


class UsageError(ExpectedError):
    """A bad command line: the message says which argument and how to get help."""

    def __init__(self, message: str, prog: str = "npviewer") -> None:
        super().__init__(translate("Cli", "{message} (see: {prog} --help)").format(message=message, prog=prog))
        self.prog = prog


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with control characters, lone surrogates and bidi overrides shown as ``\\uXXXX``.

    The escapes are JSON's own, so JSON output stays valid JSON; ``keep_newlines`` keeps line
    breaks and tabs (off for a one-line message).
    """

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if keep_newlines and char in "\n\t":
            return char
        return f"\\u{ord(char):04x}"

    return _UNSAFE.sub(escape, text)


class EscapingStream:
    """A text stream that escapes what a terminal would obey (see :func:`printable`) before writing."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """While a command runs, everything it prints on stdout and stderr is escaped."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def bad_text(value: str) -> str | None:
    """Why an argument that must be text is unusable (not UTF-8, a control character), or None."""
    for char in value:
        if "\ud800" <= char <= "\udfff":
            return translate("Cli", "is not valid UTF-8 text")
        if unicodedata.category(char) == "Cc" and char not in "\n\t\r":
            return translate("Cli", "holds a control character ({char})").format(char=printable(char))
    return None


#: argparse's own words that npviewer's command line can show. argparse looks each up through its
#: module's ``_`` (gettext) when it builds a parser or reports an error: :func:`localise_argparse`
#: points that at npviewer's catalogue. Listed here so that lupdate extracts them.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)


def _argparse_words(text: str) -> str:
    return translate("argparse", text)


def localise_argparse() -> None:
    """argparse's own words (``usage:``, ``options``, its error messages) in the interface language."""
    argparse._ = _argparse_words if i18n.language() != "en" else gettext.gettext  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (raised, not printed) and that never exits itself."""

    def error(self, message: str) -> NoReturn:
        """Override ArgumentParser.error: one line naming the argument and where to get help."""
        raise UsageError(message, self.prog)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Override ArgumentParser.exit (--help, --version): print, then stop through SystemExit."""
        if message:
            print(printable(message), end="", file=sys.stderr if status else sys.stdout)
        raise SystemExit(status)


def decode_argv(argv: list[str | bytes]) -> list[str]:
    """Arguments as text, any bytes kept: what is not UTF-8 becomes surrogate escapes (as ``sys.argv``)."""
    return [os.fsdecode(a) if isinstance(a, bytes) else a for a in argv]


def safe_streams() -> None:
    """Never fail on printing: characters the terminal cannot show are escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


@contextmanager
def command_log() -> Iterator[Path | None]:
    """For one command: npviewer's log (the user data dir's, else one in the temp folder) receives
    every warning and error instead of the terminal; yields its path, or None when none can be written."""
    import tempfile  # random, hashlib...: only when a command runs, not on the way to the window

    from npviewer import paths

    uid = os.getuid() if hasattr(os, "getuid") else "user"
    folders: list[Callable[[], Path]] = [paths.user_data_dir, lambda: Path(tempfile.gettempdir()) / f"npviewer-{uid}"]
    handler: logging.Handler = logging.NullHandler()
    where: Path | None = None
    for folder in folders:
        try:
            path = folder() / LOG_NAME
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = rotating_handler(path)
            where = path
            break
        except (OSError, ExpectedError):
            continue
    handler.setLevel(logging.INFO)
    top = logging.getLogger("npviewer")
    old_level = top.level
    top.addHandler(handler)
    top.setLevel(logging.INFO)
    try:
        yield where
    finally:
        top.removeHandler(handler)
        top.setLevel(old_level)
        handler.close()


def run_guarded(command: str, action: Callable[[], int], log_file: Path | None = None) -> int:
    """Run ``action`` for ``npviewer COMMAND``; every failure becomes one line and an exit status."""
    prefix = f"npviewer {command}".strip()
    try:
        return action()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        print(f"{prefix}: " + translate("Cli", "interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        message = describe(exc)
        if message is not None:
            log.info("%s failed: %s", prefix, message)
            print(f"{prefix}: {printable(message, keep_newlines=False)}", file=sys.stderr)
            return EXIT_USAGE
        return _unexpected(prefix, exc, log_file)


def _unexpected(prefix: str, exc: Exception, where: Path | None) -> int:
    log.error("%s: unexpected error", prefix, exc_info=exc)
    summary = printable(f"{type(exc).__name__}: {exc}", keep_newlines=False)[:300]
    if where is not None:
        told = translate("Cli", "unexpected error ({summary}); the details are in {log}").format(
            summary=summary, log=where
        )
    else:
        told = translate("Cli", "unexpected error ({summary}); no log could be written").format(summary=summary)
    print(f"{prefix}: {told}", file=sys.stderr)
    return EXIT_SOFTWARE


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
