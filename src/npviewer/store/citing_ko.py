"""An entry's plain-text citation in Korean (Qt-free): our summaries and notes in Korean, a source's
title as the source has it, a quotation in the document's words and in quotation marks with our
Korean translation after it, marked 번역 and never in quotation marks.

The entry and documents come from a repository read in Korean (``open_repository(..., lang="ko")``);
the labels are fixed here, whatever the interface language, as the English citation's are.
"""

from __future__ import annotations

from collections.abc import Mapping

from npviewer import __version__
from npviewer.i18n import CATALOGUE, catalogue, translations_dir
from npviewer.store.dates import PartialDate
from npviewer.store.plain_words import LANGUAGE_NAMES, PLAIN_WORDS, plain_source
from npviewer.store.records import KIND_LABELS, Citation, Coverage, Document, Entry

_STATUS = {"inferred": "추정", "disputed": "논란"}
_FIELDS = {"date": "날짜", "place": "장소", "value": "수치", "text": "본문", "title": "제목"}


def _korean(context: str, text: str) -> str:
    """A string of the interface catalogue in Korean (kinds and languages are named there)."""
    return catalogue(translations_dir() / CATALOGUE).get((context, text, ""), text)


def document_line(document: Document) -> str:
    """Publisher, title, date and language of a document as one line: ``외교부, Title, 2019년 12월 12일, 영어``."""
    parts = [document.publisher, document.display_title]
    if document.date:
        status = f"({_STATUS.get(document.date_status, document.date_status)})"
        parts.append(PartialDate(document.date).label("ko") + (status if document.date_status != "confirmed" else ""))
    if document.language and document.language != "ko":
        parts.append(_korean("Language", LANGUAGE_NAMES.get(document.language, document.language)))
    return ", ".join(p for p in parts if p)


def _citation(cite: Citation, document: Document | None) -> str:
    where = document_line(document) if document else cite.document_title
    status = f" [{_STATUS.get(cite.status, cite.status)}]" if cite.status != "confirmed" else ""
    return plain_source(cite, where, status, PLAIN_WORDS["ko"])


def coverage_label(coverage: Coverage) -> str:
    """``2021년 11월 기준; 1990~2021년`` (empty if the content has no dates)."""
    if coverage.current_to is None:
        return ""
    date = coverage.current_to
    month = date if date.precision == "year" else PartialDate(date.iso[:7])
    label = f"{month.label('ko')} 기준"
    if coverage.first_year and coverage.last_year:
        span = f"{coverage.first_year}년"
        if coverage.last_year != coverage.first_year:
            span = f"{coverage.first_year}~{coverage.last_year}년"
        label += f"; 수록 범위 {span}"
    return label


def plain(entry: Entry, documents: Mapping[str, Document], coverage: Coverage, content_version: str) -> str:
    """The plain-text citation in Korean: the entry, where it sits, each source as a quotation or a
    reference."""
    lines = [entry.title]
    place = " > ".join(ref.title for ref in entry.breadcrumb)
    kind = _korean("Kind", KIND_LABELS.get(entry.kind, entry.kind))
    lines.append(kind + (f" · {place}" if place else ""))
    lines.append("")
    lines.append("출처:" if entry.citations else "출처: 기록 없음")
    lines.extend(_citation(c, documents.get(c.document_id)) for c in entry.citations)
    for dispute in entry.disputes:
        lines.append("")
        note = f" ({dispute.note.rstrip('.')})" if dispute.note else ""
        lines.append(f"논란이 있는 {_FIELDS.get(dispute.field, dispute.field)}: 다른 출처는 {dispute.value}{note}")
        lines.extend(_citation(c, documents.get(c.document_id)) for c in dispute.citations)
    lines.append("")
    about = coverage_label(coverage)
    lines.append(f"npviewer {__version__}" + (f"; {about}" if about else ""))
    lines.append(f"항목 {entry.id}; 콘텐츠 버전 {content_version}")
    return "\n".join(lines) + "\n"
