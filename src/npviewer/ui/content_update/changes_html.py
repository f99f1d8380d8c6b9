"""The "What changed" page as HTML for a QTextBrowser: the user's bookmarks first, then each region
and kind, every change a word-level difference.

Added words are underlined, removed words struck through (and tinted, in colours chosen for the
palette's light or dark base), so a change never depends on colour alone. Everything from the
content is escaped: markup in a pack is shown as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from npviewer.i18n import QT_TRANSLATE_NOOP, translate
from npviewer.store.changes import (
    ADDED,
    CHANGED,
    FIELD_LABELS,
    REMOVED,
    ContentChanges,
    EntryChange,
    Tokens,
    Version,
    date_label,
)
from npviewer.store.installed import BUNDLED
from npviewer.store.userdata import Bookmark

ENTRY_SCHEME = "npv"  # the detail pane's in-app links (npviewer.ui.reading.entry_html.ENTRY_SCHEME)
MAX_SHOWN = 400  # changes drawn in full; the rest are counted (the command line lists them all)
EXCERPT = 320
STATUS_WORDS = {
    ADDED: QT_TRANSLATE_NOOP("WhatChanged", "Added"),
    CHANGED: QT_TRANSLATE_NOOP("WhatChanged", "Changed"),
    REMOVED: QT_TRANSLATE_NOOP("WhatChanged", "Removed"),
}


@dataclass(frozen=True)
class Colours:
    """Tints for added and removed words, and the muted text colour."""

    added_bg: str
    added_fg: str
    removed_bg: str
    removed_fg: str
    muted: str
    changed_bg: str
    changed_fg: str

    @classmethod
    def for_dark(cls, dark: bool) -> Colours:
        if dark:
            return cls("#1d4a2a", "#c9f2d3", "#5a1f27", "#f6cdd2", "#a9b4bf", "#4a3b12", "#f3e0a8")
        return cls("#d6f2dc", "#0b4f1c", "#fadadc", "#7d1420", "#5a6570", "#f6ebc8", "#5c4300")


def style_sheet(colours: Colours) -> str:
    return f"""
h1 {{ font-size: x-large; margin-bottom: 2px; }}
h2 {{ font-size: large; margin-top: 18px; margin-bottom: 2px; }}
h3 {{ font-size: medium; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
p.muted, span.muted {{ color: {colours.muted}; }}
p.field {{ margin-left: 22px; }}
p.entry {{ margin-top: 10px; }}
span.added {{ background-color: {colours.added_bg}; color: {colours.added_fg}; font-weight: bold; }}
span.removed {{ background-color: {colours.removed_bg}; color: {colours.removed_fg}; font-weight: bold; }}
span.changed {{ background-color: {colours.changed_bg}; color: {colours.changed_fg}; font-weight: bold; }}
span.ins {{ text-decoration: underline; background-color: {colours.added_bg}; color: {colours.added_fg}; }}
span.del {{ text-decoration: line-through; background-color: {colours.removed_bg}; color: {colours.removed_fg}; }}
"""


def drawn_changes(changes: ContentChanges, bookmark_ids: list[str], limit: int = MAX_SHOWN) -> list[EntryChange]:
    """The changes the page draws: the bookmarked ones, then the first ``limit`` in group order."""
    groups = [c for g in changes.groups() for c in g.changes][:limit]
    return changes.bookmarked(bookmark_ids) + groups


def changes_html(
    changes: ContentChanges | None,
    bookmarks: list[Bookmark],
    present: set[str] | None = None,
    texts: Mapping[str, str] | None = None,
    limit: int = MAX_SHOWN,
) -> str:
    """The whole page. ``present``: entry ids the content in use has (they get links); ``texts``:
    the text of added entries (kept in the content in use, not in the record of changes)."""
    if changes is None:
        return translate(
            "WhatChanged",
            "<h1>What changed</h1><p>No content update has been installed yet: the content bundled with npviewer "
            "is in use.</p><p>To take in an update, choose <b>File › Install Content Update…</b> and pick the "
            "<b>.npc</b> file you were given.</p>",
        )
    texts = texts or {}
    out = [_header(changes)]
    notes = {b.entry_id: b.note for b in bookmarks}
    marked = changes.bookmarked(notes)
    if marked:
        heading = translate("WhatChanged", "Your bookmarks ({count})").format(count=len(marked))
        out.append(f"<h2>{escape(heading)}</h2>")
        out.extend(_entry(c, notes, present, texts, first=True) for c in marked)
    shown = 0
    for group in changes.groups():
        if shown >= limit:
            break
        out.append(f"<h2>{escape(group.title)} ({len(group.changes)})</h2>")
        for change in group.changes:
            if shown >= limit:
                break
            out.append(_entry(change, notes, present, texts, first=False))
            shown += 1
    rest = len(changes.changes) - shown
    if rest > 0:
        more = translate(
            "WhatChanged",
            "… and {count} more change(s) not drawn here. <b>npviewer content diff</b> on the command line lists "
            "every one.",
        )
        out.append(f'<p class="muted">{more.format(count=f"{rest:,}")}</p>')
    return "".join(out)


def _header(changes: ContentChanges) -> str:
    summary = changes.summary()
    when = _when(changes.switched)
    old = f"<b>{escape(version_name(changes.old))}</b> ({escape(changes.old.facts())})"
    new = f"<b>{escape(version_name(changes.new))}</b> ({escape(changes.new.facts())})"
    if when:
        span = translate("WhatChanged", "From {old} to {new}, changed on {date}.").format(
            old=old, new=new, date=escape(when)
        )
    else:
        span = translate("WhatChanged", "From {old} to {new}.").format(old=old, new=new)
    heading = translate("WhatChanged", "What changed in the content")
    parts = [
        f"<h1>{escape(heading)}</h1>",
        f"<p>{span}</p>",
        f"<p><b>{escape(summary[:1].upper() + summary[1:])}.</b></p>",
        translate(
            "WhatChanged",
            '<p class="muted">In each change, <span class="ins">added words are underlined</span> and '
            '<span class="del">removed words are struck through</span>. Your bookmarks and notes are kept.</p>',
        ),
    ]
    return "".join(parts)


def version_name(version: Version) -> str:
    """``the content bundled with npviewer`` or ``content 2030.01.01``, for a sentence."""
    if version.id == BUNDLED:
        return translate("WhatChanged", "the content bundled with npviewer")
    return translate("WhatChanged", "content {version}").format(version=version.label)


def _when(stamp: str) -> str:
    """``2026-11-28T14:37:00+00:00`` as ``28 November 2026``."""
    return date_label(stamp[:10]) if len(stamp) >= 10 else ""


def _entry(
    change: EntryChange, notes: dict[str, str], present: set[str] | None, texts: Mapping[str, str], first: bool
) -> str:
    """One change; ``first`` in the bookmarks section (with the note), else in its region and kind."""
    entry = change.entry
    word = escape(translate("WhatChanged", STATUS_WORDS[change.status]))
    badge = f'<span class="{change.status}">&nbsp;{word}&nbsp;</span>'
    linked = change.status != REMOVED and (present is None or entry.id in present)
    title = escape(entry.title)
    if linked:
        title = f'<a href="{ENTRY_SCHEME}:{escape(entry.id)}">{title}</a>'
    lines = [f'<p class="entry">{badge} {title} <span class="muted">· {escape(entry.id)}</span></p>']
    if entry.id in notes:
        note = notes[entry.id]
        if not first:
            mine = translate("WhatChanged", "Bookmarked (see Your bookmarks above)")
        elif change.status == REMOVED:
            mine = translate(
                "WhatChanged", "Your bookmark stays, marked “no longer in the content”, with its title and note"
            )
        else:
            mine = translate("WhatChanged", "Bookmarked")
        if first and note:
            mine += ". " + translate("WhatChanged", "Your note: {note}").format(note=_excerpt(note))
        lines.append(f'<p class="field muted">★ {escape(mine)}</p>')
    if change.status == CHANGED:
        for field in change.fields:
            label = translate("Changes", FIELD_LABELS[field.name]) if field.name in FIELD_LABELS else field.name
            lines.append(f'<p class="field"><b>{escape(label)}:</b> {word_diff_html(field.tokens)}</p>')
        if not change.fields and change.old is not None:
            moved = translate("WhatChanged", "Moved to another place in the content.")
            lines.append(f'<p class="field muted">{escape(moved)}</p>')
    elif (text := entry.text or texts.get(entry.id, "")) and text != entry.title:
        lines.append(f'<p class="field muted">{escape(_excerpt(text))}</p>')
    return "".join(lines)


def word_diff_html(tokens: Tokens) -> str:
    """Kept words plain, added ones underlined, removed ones struck through (a space between a
    removal and the addition that replaces it); line breaks kept."""
    out = []
    previous = "="
    for op, text in tokens:
        if op == "=":
            out.append(_text(text))
            previous = op
            continue
        if op == "+" and previous == "-":
            out.append(" ")  # a replaced word and its replacement never run together
        previous = op
        core = text.strip()
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        css = "ins" if op == "+" else "del"
        out.append(f'{_text(lead)}<span class="{css}">{_text(core)}</span>{_text(trail)}' if core else _text(text))
    return "".join(out)


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"
