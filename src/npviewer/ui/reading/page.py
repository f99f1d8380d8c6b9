"""What the entry pane shows before an entry: its style sheet, the welcome page, a message.

Made from plain values (ids, titles, a partial ISO date), so that the first paint can show the welcome
page from the rows :mod:`npviewer.first_view` reads, before the store's records or the entry's HTML
(:mod:`npviewer.ui.reading.entry_html`) are imported; the navigator shows the same page from the full
library later, and it comes out the same (a test holds it so).
"""

from __future__ import annotations

from collections.abc import Iterable

from npviewer.i18n import translate
from npviewer.ui.common.language import iso_date_text
from npviewer.ui.common.text_colours import TextColours, base_rules

#: The in-app scheme of a link to an entry (``npv:ENTRY_ID``).
ENTRY_SCHEME = "npv"


def escape(text: str) -> str:
    """``html.escape(text)``, without importing ``html`` (its entity table) on the way to the first paint."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def style_sheet(colours: TextColours) -> str:
    """The entry pane's style sheet, in ``colours`` (chosen from the palette: see
    :mod:`npviewer.ui.common.text_colours`)."""
    return (
        base_rules(colours)
        + f"""
h1 {{ font-size: x-large; font-weight: 600; margin-top: 2px; margin-bottom: 4px; }}
h3 {{ font-size: medium; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
p.crumb {{ margin-bottom: 0px; }}
p.kind, span.kind, span.cite-kind {{ color: {colours.muted}; }}
p.kind {{ margin-top: 0px; }}
p.quote {{ margin-left: 18px; margin-top: 2px; margin-bottom: 2px; }}
p.summary, p.translation {{ margin-left: 18px; margin-top: 2px; margin-bottom: 2px; }}
p.url {{ margin-left: 18px; margin-top: 0px; color: {colours.muted}; }}
"""
    )


def message_html(title: str, body: str = "") -> str:
    """A plain message for the entry pane (start-up, preparing content, errors)."""
    text = "".join(f"<p>{escape(line)}</p>" for line in body.split("\n") if line)
    return f"<h1>{escape(title)}</h1>{text}"


def coverage_words(current_to: str, first_year: int | None, last_year: int | None) -> str:
    """``Content current to November 2021; covers 1990-2021.`` in the interface language (empty when
    the content has no dates); ``current_to`` is a partial ISO date."""
    if not current_to:
        return ""
    month = iso_date_text(current_to[:7])
    if first_year and last_year:
        first, last = iso_date_text(f"{first_year:04d}"), iso_date_text(f"{last_year:04d}")
        return translate("Entry", "Content current to {date}; covers {first}-{last}.").format(
            date=month, first=first, last=last
        )
    return translate("Entry", "Content current to {date}.").format(date=month)


def welcome_html(regions: Iterable[tuple[str, str]], about: str = "") -> str:
    """The detail pane before any entry is opened: the regions (id, title) as links, ``about`` (the
    coverage, see :func:`coverage_words`) and how to search."""
    links = "".join(f'<li><a href="{ENTRY_SCHEME}:{escape(i)}">{escape(title)}</a></li>' for i, title in regions)
    heading = escape(translate("Entry", "Korea's New Northern Policy"))
    how = translate(
        "Entry",
        "<p>Or search: press <b>Ctrl+K</b> and type a word, a place or a project (for example "
        "<tt>Rajin</tt>, <tt>gas</tt>, <tt>kind:meeting</tt>).</p>"
        "<p><b>Ctrl+T</b> shows the meetings and milestones on a timeline; <b>Ctrl+E</b> exports a "
        "region's brief as a PDF; <b>Ctrl+D</b> bookmarks what you are reading. Press <b>F1</b> for help.</p>"
        "<p class='muted'>Every statement names its source. Words in quotation marks are a "
        "<b>quotation</b>: the exact words of one of the two documents whose full text npviewer holds. "
        "Every other source is a <b>reference</b>: where in the document the fact stands, with a summary "
        "in npviewer's own words, never in quotation marks. npviewer works offline and never opens the "
        "network.</p>",
    )
    intro = escape(translate("Entry", "Browse the regions in the tree on the left, or start with one of them:"))
    return (
        f"<h1>{heading}</h1>"
        + (f'<p class="muted">{escape(about)}</p>' if about else "")
        + f"<p>{intro}</p>"
        + f"<ul>{links}</ul>"
        + how
    )
