"""The content store's tables (sqlmodel), written by the builder and read by the repository.

Both languages sit side by side: each reader-facing column has its Korean beside it (``title_ko``
beside ``title``), empty where the content has no Korean yet.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

#: Bumped whenever a table changes: a store with another version is rebuilt.
SCHEMA_VERSION = 5


class Meta(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str


class DocumentRow(SQLModel, table=True):
    __tablename__ = "document"
    id: str = Field(primary_key=True)
    title: str
    publisher: str = ""
    url: str = ""
    seed: str = ""
    date: str = ""
    date_status: str = "confirmed"
    date_note: str = ""
    language: str = ""
    type: str = ""
    title_supplied: bool = False
    missing: str = ""  # one "field<TAB>reason" a line
    reliability_note: str = ""
    text: str = ""  # a held (seed) document's full text
    title_ko: str = ""  # our description in Korean (a document's own title is never translated)
    reliability_note_ko: str = ""
    missing_ko: str = ""
    date_note_ko: str = ""


class EntryRow(SQLModel, table=True):
    """Every entry of every kind; ``num`` is the FTS rowid and the entry's place in reading order."""

    __tablename__ = "entry"
    num: int = Field(primary_key=True)
    id: str = Field(unique=True, index=True)
    kind: str = Field(index=True)
    title: str
    text: str = ""
    region_id: str | None = Field(default=None, index=True)
    parent_id: str | None = Field(default=None, index=True)
    code: str = ""  # ISO 3166-1 numeric, for places on the map
    file: str = ""
    title_ko: str = ""
    text_ko: str = ""


class EventRow(SQLModel, table=True):
    """The date and place of a dated entry."""

    __tablename__ = "event"
    entry_id: str = Field(primary_key=True)
    start: str = Field(index=True)
    end: str = ""
    planned: bool = False
    date_status: str = "confirmed"
    date_note: str = ""
    place: str = ""
    participants: str = ""  # one per line
    series_id: str | None = Field(default=None, index=True)
    number: int | None = None
    place_ko: str = ""
    participants_ko: str = ""  # one per line, as participants
    date_note_ko: str = ""


class FigureRow(SQLModel, table=True):
    __tablename__ = "figure"
    entry_id: str = Field(primary_key=True)
    value: float
    unit: str
    period: str = ""
    period_ko: str = ""


class DisputeRow(SQLModel, table=True):
    __tablename__ = "dispute"
    id: int = Field(primary_key=True)
    entry_id: str = Field(index=True)
    field: str
    value: str
    note: str = ""
    value_ko: str = ""
    note_ko: str = ""


class CitationRow(SQLModel, table=True):
    """A source of an entry (``dispute_id`` empty) or of one disputed version."""

    __tablename__ = "citation"
    id: int = Field(primary_key=True)
    entry_id: str = Field(index=True)
    dispute_id: int | None = None
    document_id: str
    verbatim: bool = False  # a quotation of a held document; else a reference
    text: str = ""  # the quotation, or our summary
    locator: str = ""
    status: str = "confirmed"
    note: str = ""
    text_ko: str = ""  # a quotation's translation (ours), or our summary in Korean
    note_ko: str = ""


class LinkRow(SQLModel, table=True):
    __tablename__ = "link"
    src_id: str = Field(primary_key=True)
    dst_id: str = Field(primary_key=True, index=True)
    relation: str = Field(primary_key=True)


class AliasRow(SQLModel, table=True):
    __tablename__ = "alias"
    entry_id: str = Field(primary_key=True)
    text: str = Field(primary_key=True)
    lang: str = ""


class GlossaryRow(SQLModel, table=True):
    __tablename__ = "glossary"
    term: str = Field(primary_key=True)
    expansion: str
    document_id: str
    verbatim: bool = False
    text: str = ""
    locator: str = ""
    expansion_ko: str = ""
    text_ko: str = ""


class NameRow(SQLModel, table=True):
    """A proper name of the names glossary (data/names.yaml): search takes its forms for one another."""

    __tablename__ = "name"
    en: str = Field(primary_key=True)
    ko: str
    local: str = ""
    also: str = ""  # its other English forms, one per line


#: The full-text index: English and Korean columns, and ``ko_parts``, the inner parts of the Korean
#: words (npviewer.store.hangul.inner_parts) so that a word inside a compound is found.
FTS_DDL = (
    "CREATE VIRTUAL TABLE entry_fts USING fts5("
    "title, body, aliases, title_ko, body_ko, ko_parts, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE entry_vocab USING fts5vocab(entry_fts, 'row')",
)
