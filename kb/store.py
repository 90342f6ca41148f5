"""Store: the SQLite database inside an index directory — documents, sections, blocks, passages, tags, items."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kb.errors import REBUILD, IndexCorruptError, IndexMissingError, NotFoundError
from kb.models import Amount, Block, Document, Item, Link, Passage, Section

SCHEMA_VERSION = 3
DB_NAME = "kb.sqlite"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL, issuer TEXT, level TEXT, year INTEGER,
    doc_type TEXT, status TEXT, source TEXT NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL,
    page_start INTEGER, page_end INTEGER, content_hash TEXT NOT NULL, guessed INTEGER NOT NULL DEFAULT 0,
    ordinal INTEGER NOT NULL, text TEXT NOT NULL, line_map BLOB NOT NULL, page_map BLOB
);
CREATE TABLE sections (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL,
    number TEXT, title TEXT NOT NULL, level INTEGER NOT NULL, parent_id TEXT, path TEXT NOT NULL,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, page_start INTEGER, page_end INTEGER,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
CREATE TABLE blocks (
    document_id TEXT NOT NULL REFERENCES documents(id), section_id TEXT, ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL, text TEXT NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, page_start INTEGER, page_end INTEGER,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE passages (
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id),
    section_id TEXT, section_path TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, page_start INTEGER, page_end INTEGER,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
CREATE TABLE passage_tags (passage_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (passage_id, tag));
CREATE TABLE items (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, text TEXT NOT NULL, document_id TEXT NOT NULL,
    section_id TEXT, section_path TEXT NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL,
    page_start INTEGER, page_end INTEGER, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    amounts TEXT NOT NULL, actor TEXT, addressee TEXT, deadline TEXT, partners TEXT NOT NULL,
    themes TEXT NOT NULL, parent_id TEXT, passage_ids TEXT NOT NULL, ordinal INTEGER NOT NULL,
    recurrence TEXT, date TEXT
);
CREATE TABLE links (source_id TEXT NOT NULL, target_id TEXT NOT NULL, kind TEXT NOT NULL, score REAL NOT NULL,
    origin TEXT NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL, PRIMARY KEY (source_id, target_id, kind));
CREATE TABLE source_lines (document_id TEXT PRIMARY KEY REFERENCES documents(id), lines TEXT NOT NULL,
    pages TEXT NOT NULL);
CREATE TABLE source_files (source TEXT PRIMARY KEY, kind TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX passages_document ON passages(document_id);
CREATE INDEX items_type ON items(type);
CREATE INDEX items_document ON items(document_id);
CREATE INDEX sections_document ON sections(document_id);
"""


def _pack(values: Sequence[int] | None) -> bytes | None:
    if values is None:
        return None
    import array

    return array.array("i", values).tobytes()


def _unpack(blob: bytes | None) -> tuple[int, ...] | None:
    if blob is None:
        return None
    import array

    values = array.array("i")
    values.frombytes(blob)
    return tuple(values)


def _path_json(path: tuple[str, ...]) -> str:
    return json.dumps(list(path), ensure_ascii=False)


class Store:
    """A knowledge-base database. Open read-only for queries; `create` a fresh one for a build."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.connection = connection
        self.path = path

    # -- opening -----------------------------------------------------------------------------------------

    @classmethod
    def create(cls, directory: Path) -> Store:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / DB_NAME
        if path.exists():
            path.unlink()
        connection = sqlite3.connect(path)
        connection.executescript(SCHEMA)
        connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        return cls(connection, path)

    @classmethod
    def open(cls, directory: Path) -> Store:
        path = directory / DB_NAME
        if not path.is_file():
            raise IndexMissingError(f"No knowledge base at {directory} — run `kb ingest` first")
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            row = connection.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise IndexCorruptError(f"The knowledge base at {directory} cannot be read ({exc}) — {REBUILD}") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise IndexCorruptError(
                f"The knowledge base at {directory} has schema version {found}, this kb needs "
                f"{SCHEMA_VERSION} — {REBUILD}"
            )
        return cls(connection, path)

    def close(self) -> None:
        self.connection.close()

    def commit(self) -> None:
        self.connection.commit()

    # -- writing -----------------------------------------------------------------------------------------

    def add_document(
        self,
        document: Document,
        ordinal: int,
        text: str,
        line_map: Sequence[int],
        page_map: Sequence[int] | None,
    ) -> None:
        self.connection.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                document.id, document.code, document.title, document.issuer, document.level, document.year,
                document.doc_type, document.status, document.source, document.line_start, document.line_end,
                document.page_start, document.page_end, document.content_hash, int(document.guessed),
                ordinal, text, _pack(line_map), _pack(page_map),
            ),
        )  # fmt: skip

    def add_source_lines(self, document_id: str, lines: Sequence[str], pages: Sequence[int | None]) -> None:
        """A document's lines as its source file has them (before cleaning), with the page of each."""
        self.connection.execute(
            "INSERT INTO source_lines VALUES (?,?,?)",
            (document_id, "\n".join(line.replace("\n", " ") for line in lines), json.dumps(list(pages))),
        )

    def add_source_file(self, source: str, kind: str, data: bytes) -> None:
        """The bytes of a source file people may want to see as it is (a PDF's pages), once per source."""
        self.connection.execute("INSERT OR IGNORE INTO source_files VALUES (?,?,?)", (source, kind, data))

    def add_sections(self, sections: Iterable[Section]) -> None:
        self.connection.executemany(
            "INSERT INTO sections VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    s.id, s.document_id, s.ordinal, s.number, s.title, s.level, s.parent_id, _path_json(s.path),
                    s.line_start, s.line_end, s.page_start, s.page_end, s.char_start, s.char_end,
                )
                for s in sections
            ],
        )  # fmt: skip

    def add_blocks(self, blocks: Iterable[Block]) -> None:
        self.connection.executemany(
            "INSERT INTO blocks VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    b.document_id, b.section_id, b.ordinal, b.kind, b.text, b.char_start, b.char_end,
                    b.line_start, b.line_end, b.page_start, b.page_end,
                )
                for b in blocks
            ],
        )  # fmt: skip

    def add_passages(self, passages: Iterable[Passage]) -> None:
        self.connection.executemany(
            "INSERT INTO passages (id, document_id, section_id, section_path, ordinal, text, line_start, "
            "line_end, page_start, page_end, char_start, char_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    p.id, p.document_id, p.section_id, _path_json(p.section_path), p.ordinal, p.text,
                    p.line_start, p.line_end, p.page_start, p.page_end, p.char_start, p.char_end,
                )
                for p in passages
            ],
        )  # fmt: skip

    def add_passage_tags(self, tags: Mapping[str, Sequence[str]]) -> None:
        self.connection.executemany(
            "INSERT OR IGNORE INTO passage_tags VALUES (?, ?)",
            [(passage_id, tag) for passage_id, values in tags.items() for tag in values],
        )

    def add_items(self, items: Iterable[Item]) -> None:
        start = self.connection.execute("SELECT count(*) FROM items").fetchone()[0]
        self.connection.executemany(
            "INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    i.id, i.type, i.text, i.document_id, i.section_id, _path_json(i.section_path),
                    i.line_start, i.line_end, i.page_start, i.page_end, i.char_start, i.char_end,
                    json.dumps([a.__dict__ for a in i.amounts]), i.actor, i.addressee, i.deadline,
                    json.dumps(list(i.partners), ensure_ascii=False),
                    json.dumps(list(i.themes), ensure_ascii=False), i.parent_id,
                    json.dumps(list(i.passage_ids)), ordinal, i.recurrence, i.date,
                )
                for ordinal, i in enumerate(items, start=start)
            ],
        )  # fmt: skip

    def add_links(self, links: Iterable[Link]) -> None:
        self.connection.executemany(
            "INSERT OR REPLACE INTO links VALUES (?,?,?,?,?,?,?)",
            [
                (link.source_id, link.target_id, link.kind, link.score, link.origin, link.confidence, link.rule)
                for link in links
            ],
        )

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- reading -----------------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    @staticmethod
    def _document(row: dict[str, Any]) -> Document:
        return Document(
            id=row["id"], code=row["code"], title=row["title"], issuer=row["issuer"], level=row["level"],
            year=row["year"], doc_type=row["doc_type"], status=row["status"], source=row["source"],
            line_start=row["line_start"], line_end=row["line_end"], page_start=row["page_start"],
            page_end=row["page_end"], content_hash=row["content_hash"], guessed=bool(row["guessed"]),
        )  # fmt: skip

    @staticmethod
    def _section(row: dict[str, Any]) -> Section:
        return Section(
            id=row["id"], document_id=row["document_id"], ordinal=row["ordinal"], number=row["number"],
            title=row["title"], level=row["level"], parent_id=row["parent_id"],
            path=tuple(json.loads(row["path"])), line_start=row["line_start"], line_end=row["line_end"],
            page_start=row["page_start"], page_end=row["page_end"], char_start=row["char_start"],
            char_end=row["char_end"],
        )  # fmt: skip

    @staticmethod
    def _passage(row: dict[str, Any]) -> Passage:
        return Passage(
            id=row["id"], document_id=row["document_id"], section_id=row["section_id"],
            section_path=tuple(json.loads(row["section_path"])), ordinal=row["ordinal"], text=row["text"],
            line_start=row["line_start"], line_end=row["line_end"], page_start=row["page_start"],
            page_end=row["page_end"], char_start=row["char_start"], char_end=row["char_end"],
        )  # fmt: skip

    @staticmethod
    def _item(row: dict[str, Any]) -> Item:
        return Item(
            id=row["id"], type=row["type"], text=row["text"], document_id=row["document_id"],
            section_id=row["section_id"], section_path=tuple(json.loads(row["section_path"])),
            line_start=row["line_start"], line_end=row["line_end"], page_start=row["page_start"],
            page_end=row["page_end"], char_start=row["char_start"], char_end=row["char_end"],
            amounts=tuple(Amount(**a) for a in json.loads(row["amounts"])), actor=row["actor"],
            addressee=row["addressee"], deadline=row["deadline"],
            partners=tuple(json.loads(row["partners"])), themes=tuple(json.loads(row["themes"])),
            parent_id=row["parent_id"], passage_ids=tuple(json.loads(row["passage_ids"])),
            recurrence=row["recurrence"], date=row["date"],
        )  # fmt: skip

    def meta(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    def documents(self) -> list[Document]:
        return [self._document(r) for r in self._rows("SELECT * FROM documents ORDER BY ordinal")]

    def document(self, document_id: str) -> Document:
        rows = list(self._rows("SELECT * FROM documents WHERE id = ? OR lower(code) = lower(?)", (document_id,) * 2))
        if not rows:
            known = ", ".join(d.id for d in self.documents())
            raise NotFoundError(f"No document {document_id!r} — known documents: {known}")
        return self._document(rows[0])

    def document_text(self, document_id: str) -> tuple[str, tuple[int, ...], tuple[int, ...] | None]:
        row = self.connection.execute(
            "SELECT text, line_map, page_map FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No document {document_id!r}")
        return row[0], _unpack(row[1]) or (), _unpack(row[2])

    def source_lines(self, document_id: str) -> tuple[list[str], list[int | None]]:
        """The source lines of a document (line `line_start` first) and their pages; empty when not stored."""
        row = self.connection.execute(
            "SELECT lines, pages FROM source_lines WHERE document_id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return [], []
        return row[0].split("\n"), json.loads(row[1])

    def source_file(self, source: str) -> tuple[str, bytes] | None:
        """(kind, bytes) of a stored source file, None when it is not stored."""
        row = self.connection.execute("SELECT kind, data FROM source_files WHERE source = ?", (source,)).fetchone()
        return (row[0], bytes(row[1])) if row is not None else None

    def sections(self, document_id: str | None = None) -> list[Section]:
        if document_id is None:
            rows = self._rows("SELECT * FROM sections ORDER BY document_id, ordinal")
        else:
            rows = self._rows("SELECT * FROM sections WHERE document_id = ? ORDER BY ordinal", (document_id,))
        return [self._section(r) for r in rows]

    def blocks(self, document_id: str) -> list[Block]:
        rows = self._rows("SELECT * FROM blocks WHERE document_id = ? ORDER BY ordinal", (document_id,))
        return [Block(**r) for r in rows]

    def passages(self, document_id: str | None = None) -> list[Passage]:
        if document_id is None:
            rows = self._rows("SELECT * FROM passages ORDER BY rowid")
        else:
            rows = self._rows("SELECT * FROM passages WHERE document_id = ? ORDER BY rowid", (document_id,))
        return [self._passage(r) for r in rows]

    def passage(self, passage_id: str) -> Passage:
        rows = list(self._rows("SELECT * FROM passages WHERE id = ?", (passage_id,)))
        if not rows:
            raise NotFoundError(f"No passage {passage_id!r} — find ids with `kb search` or `kb outline`")
        return self._passage(rows[0])

    def passage_rowids(self) -> dict[str, int]:
        return dict(self.connection.execute("SELECT id, rowid FROM passages").fetchall())

    def passage_tags(self) -> dict[str, tuple[str, ...]]:
        tags: dict[str, list[str]] = {}
        for passage_id, tag in self.connection.execute("SELECT passage_id, tag FROM passage_tags ORDER BY tag"):
            tags.setdefault(passage_id, []).append(tag)
        return {k: tuple(v) for k, v in tags.items()}

    def items(
        self,
        type: str | None = None,
        document_id: str | None = None,
        theme: str | None = None,
    ) -> list[Item]:
        sql, params = "SELECT * FROM items WHERE 1=1", []
        if type is not None:
            sql += " AND type = ?"
            params.append(type)
        if document_id is not None:
            sql += " AND document_id = ?"
            params.append(document_id)
        found = [self._item(r) for r in self._rows(sql + " ORDER BY ordinal", params)]
        if theme is not None:
            found = [i for i in found if theme in i.themes]
        return found

    def item(self, item_id: str) -> Item:
        rows = list(self._rows("SELECT * FROM items WHERE id = ?", (item_id,)))
        if not rows:
            raise NotFoundError(f"No register item {item_id!r} — list them with `kb items`")
        return self._item(rows[0])

    def links(self, item_id: str | None = None) -> list[Link]:
        sql = "SELECT * FROM links"
        params: tuple[str, ...] = ()
        if item_id is not None:
            sql, params = sql + " WHERE source_id = ? OR target_id = ?", (item_id, item_id)
        return [Link(**r) for r in self._rows(sql + " ORDER BY confidence DESC, score DESC", params)]

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sections", "blocks", "passages", "items", "links")
        return {t: self.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
