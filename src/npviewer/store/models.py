"""The content store's tables (sqlmodel), written by the builder and read by the repository."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

#: Bumped whenever a table changes: a store with another version is rebuilt.
SCHEMA_VERSION = 3


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


class FigureRow(SQLModel, table=True):
    __tablename__ = "figure"
    entry_id: str = Field(primary_key=True)
    value: float
    unit: str
    period: str = ""


class DisputeRow(SQLModel, table=True):
    __tablename__ = "dispute"
    id: int = Field(primary_key=True)
    entry_id: str = Field(index=True)
    field: str
    value: str
    note: str = ""


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


FTS_DDL = (
    "CREATE VIRTUAL TABLE entry_fts USING fts5("
    "title, body, aliases, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE entry_vocab USING fts5vocab(entry_fts, 'row')",
)
