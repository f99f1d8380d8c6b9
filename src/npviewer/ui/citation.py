"""The plain-text citation of an entry that Copy citation puts on the clipboard (Qt-free)."""

from __future__ import annotations

from npviewer import __version__
from npviewer.store.records import Entry


def citation_text(entry: Entry, content_version: str) -> str:
    """Title, where it sits, its sources with their exact passages, its id and the content version."""
    lines = [entry.title]
    place = " > ".join(ref.title for ref in entry.breadcrumb)
    lines.append(f"{entry.ref.kind_label}" + (f" in {place}" if place else ""))
    if entry.citations:
        lines.append("")
        lines.append("Source:" if len(entry.citations) == 1 else "Sources:")
        for cite in entry.citations:
            status = f" [{cite.status}]" if cite.status and cite.status != "confirmed" else ""
            lines.append(f"- {cite.document_title}{status}")
            if cite.passage:
                lines.append(f"  \u201c{cite.passage}\u201d")
            if cite.url:
                lines.append(f"  {cite.url}")
    else:
        lines.append("")
        lines.append("Source: none recorded")
    lines.append("")
    lines.append(f"Entry: {entry.id}")
    lines.append(f"Content version: {content_version}")
    lines.append(f"npviewer {__version__}")
    return "\n".join(lines) + "\n"
