"""Lays the brief out as a paginated QTextDocument and paints it to PDF with QPdfWriter (QtGui only)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextOption,
)

from npviewer.brief.model import Brief, Item, Section

ProgressFn = Callable[[int, int, str], None]
CheckFn = Callable[[], None]

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

# Page geometry, in points (the writer works at 72 dpi, so one device unit is one point).
MARGIN_LEFT = 62.0
MARGIN_RIGHT = 62.0
MARGIN_TOP = 58.0
MARGIN_BOTTOM = 64.0
FOOTER_GAP = 22.0

INK = QColor("#1f2328")
NAVY = QColor("#1b365d")
MUTED = QColor("#5a6270")
ALERT = QColor("#8a1c1c")
MINE = QColor("#7a5200")
RULE = QColor("#b8c2cf")

BODY_PT = 10.0
SMALL_PT = 8.6
BULLETS = ("•", "–", "·", "·", "·")

_KEY = QTextFormat.Property.UserProperty + 1  # a heading's section key
_TOC = QTextFormat.Property.UserProperty + 2  # a contents line's section key
_MAP = QTextFormat.Property.UserProperty + 3  # the empty block the map is painted over
_INTRO = QTextFormat.Property.UserProperty + 4  # a section's one-line introduction: kept with its heading
TOC_NUMBER_WIDTH = 40.0


@dataclass(frozen=True)
class OutlineEntry:
    """A heading as the PDF outline and the contents links need it."""

    key: str
    title: str
    level: int
    page: int  # 0-based


@dataclass(frozen=True)
class TocLink:
    """A contents line's area on its page (points, top-left origin) and the page it points to."""

    page: int
    rect: tuple[float, float, float, float]
    target: int


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    page_count: int
    page_size: tuple[float, float]
    outline: tuple[OutlineEntry, ...]
    toc_links: tuple[TocLink, ...]


def _map_painter() -> Callable[..., None] | None:
    """The map painter of :mod:`npviewer.ui.map.render`, if it is there (QtGui only)."""
    try:
        from npviewer.ui.map.render import paint_map
    except ImportError:
        return None
    return paint_map


class _Composer:
    """Writes the brief into a QTextDocument with a cursor: every block formatted on purpose."""

    def __init__(self, doc: QTextDocument, family: str, width: float) -> None:
        self.doc = doc
        self.family = family
        self.width = width
        self.cursor = QTextCursor(doc)
        self._first = True
        self._metrics = QFontMetricsF(QFont(family))

    def printable(self, text: str) -> bool:
        """False when a Han character of ``text`` is missing from the bundled font (no system font
        is sure to have it either): such a name would print as empty boxes, so it is left out."""
        return all(
            self._metrics.inFontUcs4(ord(c)) for c in text if 0x2E80 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF
        )

    # -- formats ----------------------------------------------------------------------------------

    def char(self, size: float = BODY_PT, *, bold: bool = False, color: QColor = INK, sup: bool = False) -> Any:
        fmt = QTextCharFormat()
        fmt.setFontFamilies([self.family])
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setForeground(color)
        if sup:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        return fmt

    def block(
        self,
        *,
        left: float = 0.0,
        indent: float = 0.0,
        top: float = 0.0,
        bottom: float = 3.0,
        line: float = 128.0,
        heading: int = 0,
        page_break: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLeftMargin(left)
        fmt.setTextIndent(indent)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setAlignment(align)
        if heading:
            fmt.setHeadingLevel(heading)
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return fmt

    def para(self, fmt: QTextBlockFormat, runs: Iterable[tuple[str, Any]]) -> None:
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)
        for text, cfmt in runs:
            if text:
                self.cursor.insertText(text, cfmt)

    def sup(self, numbers: Iterable[int]) -> tuple[str, Any]:
        text = ",".join(str(n) for n in numbers)
        return (text, self.char(BODY_PT, color=NAVY, sup=True))

    # -- parts ------------------------------------------------------------------------------------

    def heading(self, section: Section, *, page_break: bool = False) -> None:
        size, top = (16.5, 20.0) if section.level == 1 else (12.0, 13.0)
        fmt = self.block(top=top, bottom=5.0, line=118.0, heading=section.level, page_break=page_break)
        fmt.setProperty(_KEY, section.key)
        self.para(fmt, [(section.title, self.char(size, bold=True, color=NAVY))])
        if section.level == 1:
            rule = self.block(bottom=6.0, line=100.0)
            rule.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
            self.para(rule, [])

    def cover(self, brief: Brief, map_size: QSizeF | None) -> None:
        self.para(
            self.block(bottom=10.0),
            [("KOREA'S NEW NORTHERN POLICY  ·  REGIONAL BRIEF", self.char(9.0, bold=True, color=NAVY))],
        )
        title = self.block(bottom=4.0, line=110.0, heading=1)
        title.setProperty(_KEY, "cover")
        self.para(title, [(brief.title, self.char(28.0, bold=True, color=NAVY))])
        if brief.scope and brief.scope != brief.title:
            self.para(self.block(bottom=6.0, line=120.0), [(brief.scope, self.char(14.0, color=INK))])
        if brief.aliases:
            self.para(self.block(bottom=10.0), [("Also: " + "; ".join(brief.aliases), self.char(10.0, color=MUTED))])
        meta = [
            ("Generated", brief.generated.strftime("%-d %B %Y")),
            ("Content", brief.coverage or "undated"),
            ("Content version", brief.content_version or "unknown"),
            ("Made with", f"npviewer {brief.app_version}"),
        ]
        if brief.bookmarked_count:
            meta.append(("Your bookmarks", f"{brief.bookmarked_count} entries marked ★"))
        for n, (label, value) in enumerate(meta):
            fmt = self.block(bottom=1.5, top=8.0 if n == 0 else 0.0)
            fmt.setTabPositions([QTextOption.Tab(96.0, QTextOption.TabType.LeftTab)])
            self.para(fmt, [(label, self.char(9.0, bold=True, color=MUTED)), ("\t" + value, self.char(9.0))])
        if brief.region_notes:
            self.para(
                self.block(top=4.0),
                [("Scope as stated in the sources", self.char(8.0, color=MUTED)), self.sup(brief.region_notes)],
            )
        if map_size is not None:
            space = self.block(top=16.0, bottom=4.0)
            # Qt scales a fixed line height by the device's dpi over 96 (72/96 on this writer): undo it.
            scale = (
                self.doc.documentLayout().paintDevice().logicalDpiY() / 96.0
                if self.doc.documentLayout().paintDevice()
                else 1.0
            )
            space.setLineHeight(map_size.height() / scale, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            space.setProperty(_MAP, True)
            self.para(space, [(" ", self.char())])
            caption = (
                f"Map: the countries of the {brief.title} highlighted; Korea in its own colour. "
                "Boundaries are indicative."
            )
            self.para(self.block(bottom=0.0), [(caption, self.char(8.0, color=MUTED))])

    def contents(self, sections: list[Section]) -> None:
        head = Section("contents", "Contents")
        self.heading(head, page_break=True)
        for section in sections:
            level1 = section.level == 1
            fmt = self.block(
                left=0.0 if level1 else 16.0, top=5.0 if level1 else 0.0, bottom=1.5, indent=0.0, line=122.0
            )
            fmt.setRightMargin(TOC_NUMBER_WIDTH)
            fmt.setProperty(_TOC, section.key)
            size = 10.0 if level1 else 9.2
            self.para(fmt, [(section.title, self.char(size, bold=level1, color=NAVY if level1 else INK))])

    def item(self, item: Item, *, lead: bool = False) -> None:
        left = (0.0 if lead else 14.0) + 16.0 * item.depth
        runs: list[tuple[str, Any]] = []
        if not lead:
            runs.append((BULLETS[min(item.depth, len(BULLETS) - 1)] + "\u2002", self.char(color=NAVY)))
        if item.bookmarked:
            runs.append(("★ ", self.char(color=MINE)))
        statement = item.kind in ("profile", "direction", "measure", "submeasure", "note", "point")
        if statement or lead:
            runs.append((item.text or item.title, self.char()))
        else:
            runs.append((item.title, self.char(bold=True)))
            if item.text:
                runs.append(("  " + item.text, self.char()))
        if item.notes:
            runs.append(self.sup(item.notes))
        indent = 0.0 if lead else -11.0
        self.para(self.block(left=left, indent=indent, top=1.5, bottom=1.5), runs)
        small = self.block(left=left, bottom=1.0, line=122.0)
        for label, value in item.details:
            self.para(
                small, [(f"{label}: ", self.char(SMALL_PT, bold=True, color=MUTED)), (value, self.char(SMALL_PT))]
            )
        aliases = [a for a in item.aliases if self.printable(a)]
        if aliases:
            self.para(small, [("Also: ", self.char(SMALL_PT, bold=True, color=MUTED)),
                              ("; ".join(aliases), self.char(SMALL_PT, color=MUTED))])  # fmt: skip
        for d in item.disputes:
            runs = [(f"Disputed {d.field}: ", self.char(SMALL_PT, bold=True, color=ALERT)),
                    (f"another source gives {d.value}", self.char(SMALL_PT, color=ALERT))]  # fmt: skip
            if d.notes:
                runs.append(self.sup(d.notes))
            if d.note:
                runs.append((f" ({d.note})", self.char(SMALL_PT, color=ALERT)))
            self.para(small, runs)
        if item.user_note:
            self.para(small, [("My note: ", self.char(SMALL_PT, bold=True, color=MINE)),
                              (item.user_note, self.char(SMALL_PT, color=MINE))])  # fmt: skip

    def section(self, section: Section, *, page_break: bool = False) -> None:
        self.heading(section, page_break=page_break)
        if section.intro:
            fmt = self.block(bottom=5.0)
            fmt.setProperty(_INTRO, True)
            self.para(fmt, [(section.intro, self.char(9.4, color=MUTED))])
        if section.lead is not None:
            self.item(section.lead, lead=True)
        for item in section.items:
            self.item(item)

    def end_notes(self, brief: Brief) -> None:
        self.heading(Section("notes", "Notes"), page_break=True)
        intro = (
            "Each numbered note names the source of a statement: a quotation (in quotation marks, the "
            "document's own words) or a reference (where in the document, with a summary in our own words)."
        )
        fmt = self.block(bottom=6.0)
        fmt.setProperty(_INTRO, True)
        self.para(fmt, [(intro, self.char(9.0, color=MUTED))])
        for note in brief.notes:
            cite = note.citation
            fmt = self.block(left=24.0, indent=-24.0, bottom=2.5, line=122.0)
            fmt.setTabPositions([QTextOption.Tab(0.0, QTextOption.TabType.LeftTab)])
            runs: list[tuple[str, Any]] = [
                (f"{note.number}.", self.char(SMALL_PT, bold=True, color=NAVY)),
                ("\t" + cite.document_title, self.char(SMALL_PT, bold=True)),
            ]
            if cite.locator:
                runs.append((f", {cite.locator}", self.char(SMALL_PT)))
            if cite.verbatim:
                runs.append((f": “{cite.text}”", self.char(SMALL_PT)))
            elif cite.text:
                runs.append((f". Summary: {cite.text}", self.char(SMALL_PT)))
            if cite.status != "confirmed":
                runs.append((f"  [{cite.status}]", self.char(SMALL_PT, bold=True, color=ALERT)))
            if cite.note:
                runs.append(
                    (f" {cite.note}", self.char(SMALL_PT, color=ALERT if cite.status != "confirmed" else MUTED))
                )
            self.para(fmt, runs)
        self.heading(Section("sources", "Sources"))
        for doc in brief.documents:
            self.para(self.block(top=2.0, bottom=0.5), [(doc.title, self.char(SMALL_PT, bold=True))])
            facts = [doc.publisher]
            if doc.date:
                facts.append(doc.date + (f" (date {doc.date_status})" if doc.date_status != "confirmed" else ""))
            line = "; ".join(f for f in facts if f)
            small = self.block(left=12.0, bottom=0.5, line=118.0)
            if line:
                self.para(small, [(line, self.char(SMALL_PT, color=MUTED))])
            if doc.url:
                self.para(small, [(doc.url, self.char(SMALL_PT, color=NAVY))])


def _page_of(y: float, page_h: float) -> int:
    return max(0, math.floor((y + 0.5) / page_h))


def _blocks(doc: QTextDocument) -> Iterable[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def keep_headings_with_next(doc: QTextDocument, page_h: float, passes: int = 4) -> int:
    """Move a heading that would end a page to the next one (no orphan headings); returns how many."""
    layout = doc.documentLayout()
    moved = 0
    for _ in range(passes):
        changed = False
        for block in _blocks(doc):
            fmt = block.blockFormat()
            if fmt.headingLevel() == 0 or fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_Auto:
                continue
            rect = layout.blockBoundingRect(block)
            page = _page_of(rect.top(), page_h)
            if rect.top() - page * page_h < 1.0:
                continue
            following = block.next()
            if fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth) or not following.isValid():
                continue
            if following.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
                following = following.next()
            while following.isValid() and following.blockFormat().property(_INTRO) is True:
                following = following.next()  # the heading's introduction goes with it too
            if not following.isValid():
                continue
            nrect = layout.blockBoundingRect(following)
            lines = following.layout()
            need = sum(lines.lineAt(i).height() for i in range(min(2, lines.lineCount()))) or nrect.height()
            if _page_of(nrect.top() + need - 1.0, page_h) != page:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                moved += 1
                changed = True
        if not changed:
            break
    return moved


def _heading_pages(doc: QTextDocument, page_h: float) -> dict[str, int]:
    layout = doc.documentLayout()
    out: dict[str, int] = {}
    for block in _blocks(doc):
        key = block.blockFormat().property(_KEY)
        if isinstance(key, str) and key:
            out[key] = _page_of(layout.blockBoundingRect(block).top(), page_h)
    return out


@dataclass(frozen=True)
class _Mark:
    """Something painted over the laid-out text: a contents page number, or the map."""

    page: int
    rect: QRectF  # on the page's body area
    key: str = ""
    level: int = 1
    text_end: float = 0.0
    baseline: float = 0.0
    top: float = 0.0  # where the block's text starts (after its top margin)
    height: float = 0.0  # from there to the next block, less this block's bottom margin


def _marks(doc: QTextDocument, page_h: float, prop: int) -> list[_Mark]:
    layout = doc.documentLayout()
    out = []
    for block in _blocks(doc):
        value = block.blockFormat().property(prop)
        if not value:
            continue
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        page = _page_of(rect.top(), page_h)
        last = lines.lineAt(lines.lineCount() - 1)
        origin = lines.position()
        on_page = QRectF(rect.left(), rect.top() - page * page_h, rect.width(), rect.height())
        out.append(
            _Mark(
                page=page,
                rect=on_page,
                key=value if isinstance(value, str) else "",
                level=2 if block.blockFormat().leftMargin() > 0 else 1,
                text_end=origin.x() + last.x() + last.naturalTextWidth(),
                baseline=origin.y() + last.y() + last.ascent() - page * page_h,
                top=origin.y() - page * page_h,
                height=(
                    layout.blockBoundingRect(block.next()).top() - origin.y() - block.blockFormat().bottomMargin()
                    if block.next().isValid()
                    else rect.height()
                ),
            )
        )
    return out


def map_height(body: QSizeF) -> float:
    return min(body.width() * 0.66, body.height() * 0.48)


def build_document(brief: Brief, family: str, page: QSizeF, device: QPdfWriter | None = None) -> QTextDocument:
    """The brief as a QTextDocument paginated to ``page`` (the body area, in points)."""
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0.0)
    font = QFont(family)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setPageSize(page)
    map_size = None
    if brief.map_codes and _map_painter() is not None:
        map_size = QSizeF(page.width(), map_height(page))
    composer = _Composer(doc, family, page.width())
    composer.cover(brief, map_size)
    composer.contents(brief.sections)
    for n, section in enumerate(brief.sections):
        composer.section(section, page_break=n == 0)
    composer.end_notes(brief)
    return doc


def paginate(doc: QTextDocument, page_h: float) -> dict[str, int]:
    """Keep headings with their text; returns the page (0-based) of each heading by section key."""
    keep_headings_with_next(doc, page_h)
    return _heading_pages(doc, page_h)


def _outline(brief: Brief, pages: dict[str, int]) -> list[OutlineEntry]:
    out = [OutlineEntry("cover", brief.title, 1, pages.get("cover", 0))]
    if "contents" in pages:
        out.append(OutlineEntry("contents", "Contents", 1, pages["contents"]))
    for section in brief.sections:
        if section.key in pages:
            out.append(OutlineEntry(section.key, section.title, section.level, pages[section.key]))
    for key, title in (("notes", "Notes"), ("sources", "Sources")):
        if key in pages:
            out.append(OutlineEntry(key, title, 1, pages[key]))
    return out


def _font(family: str, size: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _footer(painter: QPainter, family: str, page_w: float, page_h: float, left: str, right: str) -> None:
    y = page_h - MARGIN_BOTTOM + FOOTER_GAP
    painter.setPen(QPen(RULE, 0.5))
    painter.drawLine(QPointF(MARGIN_LEFT, y), QPointF(page_w - MARGIN_RIGHT, y))
    painter.setFont(_font(family, 7.8))
    painter.setPen(MUTED)
    box = QRectF(MARGIN_LEFT, y + 4.0, page_w - MARGIN_LEFT - MARGIN_RIGHT, 14.0)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)


def _toc_number(painter: QPainter, family: str, mark: _Mark, width: float, page: int) -> None:
    """A contents line's page number at the right edge, with a dotted leader from the title."""
    bold = mark.level == 1
    font = _font(family, 10.0 if bold else 9.2, bold)
    text = str(page + 1)
    advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text)
    painter.setFont(font)
    painter.setPen(NAVY if bold else INK)
    painter.drawText(QPointF(width - advance, mark.baseline), text)
    start, end = mark.text_end + 6.0, width - advance - 6.0
    if end > start:
        pen = QPen(RULE, 0.9)
        pen.setDashPattern([0.01, 3.2])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(start, mark.baseline - 1.0), QPointF(end, mark.baseline - 1.0))


def render_pdf(
    brief: Brief,
    family: str,
    *,
    paper: str = "A4",
    progress: ProgressFn | None = None,
    check: CheckFn | None = None,
) -> RenderedPdf:
    """Lay out and paint the brief; returns the PDF bytes (no outline yet) and where its parts are."""
    check = check or (lambda: None)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    writer.setTitle(brief.document_title)
    writer.setCreator(f"npviewer {brief.app_version}")
    page_size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    page_w, page_h = page_size.width(), page_size.height()
    body = QSizeF(page_w - MARGIN_LEFT - MARGIN_RIGHT, page_h - MARGIN_TOP - MARGIN_BOTTOM)

    doc = build_document(brief, family, body, writer)
    check()
    pages = paginate(doc, body.height())
    check()
    toc = _marks(doc, body.height(), _TOC)
    maps = _marks(doc, body.height(), _MAP)
    paint_map = _map_painter()
    count = doc.pageCount()
    layout = doc.documentLayout()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.Dark, RULE)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        for index in range(count):
            check()
            if progress:
                progress(index, count, f"Page {index + 1} of {count}")
            if index:
                writer.newPage()
            painter.save()
            painter.translate(MARGIN_LEFT, MARGIN_TOP - index * body.height())
            clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            ctx.palette = palette
            layout.draw(painter, ctx)
            painter.restore()
            painter.save()
            painter.translate(MARGIN_LEFT, MARGIN_TOP)
            for mark in toc:
                if mark.page == index and mark.key in pages:
                    _toc_number(painter, family, mark, body.width(), pages[mark.key])
            for mark in maps:
                if mark.page == index and paint_map is not None:
                    area = QRectF(0.0, mark.top, body.width(), mark.height)
                    painter.setFont(QFont(family))  # the map's labels in the brief's own font
                    paint_map(painter, area, set(brief.map_codes))
                    painter.setPen(QPen(RULE, 0.6))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(area)
            painter.restore()
            _footer(painter, family, page_w, page_h, f"{brief.title} · New Northern Policy brief",
                    f"Page {index + 1} of {count}")  # fmt: skip
    finally:
        painter.end()
    data = bytes(buffer.data().data())
    buffer.close()
    links = tuple(
        TocLink(m.page, (MARGIN_LEFT, m.rect.top() + MARGIN_TOP, body.width(), m.rect.height()), pages[m.key])
        for m in toc
        if m.key in pages
    )
    return RenderedPdf(
        data=data,
        page_count=count,
        page_size=(page_w, page_h),
        outline=tuple(_outline(brief, pages)),
        toc_links=links,
    )
