"""Comparing quoted passages with their documents: bullets dropped, white space folded."""

from __future__ import annotations


def fold(text: str) -> str:
    """Text as passages are compared: bullets dropped, white space folded."""
    return " ".join(text.replace("\u2022", " ").split())
