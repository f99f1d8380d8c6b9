"""Comparing quotations with their documents: bullets dropped, white space folded."""

from __future__ import annotations

import re

#: A list marker at the start of a line of a held document: "1.", "o", "*", "•", "-".
_LIST_MARKER = re.compile(r"^(\d{1,2}\.|[o*\u2022-])(?=\s)")


def fold(text: str) -> str:
    """Text as quotations are compared: bullets dropped, white space folded."""
    return " ".join(text.replace("\u2022", " ").split())


def list_marker(text: str) -> str:
    """The list marker ``text`` starts with ("1.", "o", "*"...), or "" if none: a quotation holds the
    document's words, never its list markers."""
    match = _LIST_MARKER.match(text.strip())
    return match.group(1) if match else ""
