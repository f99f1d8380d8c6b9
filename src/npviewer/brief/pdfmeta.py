"""Adds what QPdfWriter cannot write: the outline (bookmarks), contents links and full metadata."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import DictionaryObject, Fit, NameObject, StreamObject

from npviewer.brief.render import OutlineEntry, TocLink


def finish_pdf(
    data: bytes,
    *,
    outline: tuple[OutlineEntry, ...],
    toc_links: tuple[TocLink, ...],
    page_height: float,
    metadata: dict[str, str],
) -> bytes:
    """The PDF with a two-level outline, clickable contents lines and /Title, /Subject, /Creator."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    fix_space_mappings(writer)
    parent = None
    for entry in outline:
        page = min(entry.page, len(writer.pages) - 1)
        item = writer.add_outline_item(
            title=entry.title, page_number=page, parent=parent if entry.level > 1 else None, fit=Fit.fit()
        )
        if entry.level == 1:
            parent = item
    for link in toc_links:
        x, top, width, height = link.rect
        rect = (x, page_height - top - height, x + width, page_height - top)
        writer.add_annotation(link.page, _link(rect, writer, link.target))
    writer.add_metadata({f"/{k}": v for k, v in metadata.items()})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _link(rect: tuple[float, float, float, float], writer: PdfWriter, target: int) -> Link:
    return Link(rect=rect, border=[0, 0, 0], target_page_index=min(target, len(writer.pages) - 1), fit=Fit.fit())


_CONTROL = re.compile(r"<(00[01][0-9A-Fa-f])>")
_RANGE_ARRAY = re.compile(r"^(<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)\[(.*)\]\s*$")
_RANGE_ONE = re.compile(r"^(<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)\s*$")
_CHAR = re.compile(r"^(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)\s*$")


def _to_space(match: re.Match[str]) -> str:
    return "<0020>"


def fix_tounicode(cmap: str) -> str:
    """Map glyphs that a font's reverse cmap names as control characters (NanumGothic's space
    glyph is also U+0001) back to U+0020, so extracted and copied text keeps its spaces."""
    out = []
    section = ""
    for line in cmap.splitlines():
        stripped = line.strip()
        if stripped.endswith("beginbfrange"):
            section = "range"
        elif stripped.endswith("beginbfchar"):
            section = "char"
        elif stripped in ("endbfrange", "endbfchar"):
            section = ""
        elif section == "range" and (m := _RANGE_ARRAY.match(stripped)):
            line = f"{m.group(1)}[{_CONTROL.sub(_to_space, m.group(2))}]"
        elif (section == "range" and (m := _RANGE_ONE.match(stripped)) and _CONTROL.fullmatch(m.group(2))) or (
            section == "char" and (m := _CHAR.match(stripped)) and _CONTROL.fullmatch(m.group(2))
        ):
            line = f"{m.group(1)}<0020>"
        out.append(line)
    return "\n".join(out) + "\n"


def fix_space_mappings(writer: PdfWriter) -> None:
    """Rewrite every font's /ToUnicode map with :func:`fix_tounicode` (each stream once)."""
    seen: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if not isinstance(font, DictionaryObject) or "/ToUnicode" not in font:
                continue
            stream_ref = font.raw_get("/ToUnicode")
            key = getattr(stream_ref, "idnum", id(stream_ref))
            if key in seen:
                continue
            seen.add(key)
            stream = font["/ToUnicode"].get_object()
            if isinstance(stream, StreamObject):
                text = stream.get_data().decode("latin-1")
                fixed = fix_tounicode(text)
                if fixed != text:
                    stream.set_data(fixed.encode("latin-1"))
                    stream.pop(NameObject("/Filter"), None)
