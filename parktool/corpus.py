"""The corpus model: one SQLite file that every command shares.

`Corpus` owns the schema, its migrations and every query. Capabilities (ingest, dedup, tag,
search, compare, export) take a `Corpus` and never open the database their own way.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import accumulate
from pathlib import Path

from parktool.errors import CorpusError, UsageError

DEFAULT_DB = "parktool.db"
BUSY_TIMEOUT = 30.0  # seconds a command waits for another process's write to finish
AUTOMERGE = 4  # FTS5's own default: segments of one level merged together as documents come in
BULK_AUTOMERGE = 16  # ...while `bulk_load` stores many documents
MERGE_STEP = 2000  # pages `merge_index` writes a transaction: bounds the write-ahead log

# Each entry migrates the schema from version i to i + 1; PRAGMA user_version records where a
# file stands. Append, never edit: a corpus written by an earlier release is migrated in place.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        seq          INTEGER PRIMARY KEY,      -- ingest order; the full-text index's rowid
        doc_id       TEXT NOT NULL UNIQUE,     -- hash of the input bytes: stable across corpora
        source       TEXT NOT NULL,
        title        TEXT NOT NULL DEFAULT '',
        site         TEXT NOT NULL DEFAULT '',
        published    TEXT NOT NULL DEFAULT '', -- ISO date or ''
        script       TEXT NOT NULL,            -- hans | hant, as found
        chars        INTEGER NOT NULL,         -- length of the cleaned text
        author       TEXT NOT NULL DEFAULT '',
        format       TEXT NOT NULL,            -- text | html | markdown | jsonl
        encoding     TEXT NOT NULL,            -- what the original was decoded from
        mojibake     INTEGER NOT NULL DEFAULT 0,
        text_hash    TEXT NOT NULL,            -- hash of the cleaned text: exact duplicates
        ingested     TEXT NOT NULL,
        original     TEXT NOT NULL,            -- the text as decoded, never altered
        text         TEXT NOT NULL             -- cleaned, simplified: what analysis reads
    );
    CREATE INDEX documents_text_hash ON documents(text_hash);

    CREATE TABLE doc_parks (
        doc_id    TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        park      TEXT NOT NULL,               -- canonical name in this article
        aliases   TEXT NOT NULL DEFAULT '',    -- other forms in this article, joined by |
        kind      TEXT NOT NULL DEFAULT '',
        province  TEXT NOT NULL DEFAULT '',
        city      TEXT NOT NULL DEFAULT '',
        parent    TEXT NOT NULL DEFAULT '',    -- containing zone, where the article says so
        mentions  INTEGER NOT NULL DEFAULT 0,
        main      INTEGER NOT NULL DEFAULT 0,  -- 1 for the article's main park
        PRIMARY KEY (doc_id, park)
    );
    CREATE INDEX doc_parks_park ON doc_parks(park);

    CREATE TABLE facts (
        id         INTEGER PRIMARY KEY,
        doc_id     TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        park       TEXT NOT NULL DEFAULT '',
        indicator  TEXT NOT NULL DEFAULT '',
        value      REAL NOT NULL,
        unit       TEXT NOT NULL,
        dimension  TEXT NOT NULL,
        qualifier  TEXT NOT NULL DEFAULT '',
        year       INTEGER,
        raw        TEXT NOT NULL,
        sentence   TEXT NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL
    );
    CREATE INDEX facts_doc ON facts(doc_id);
    CREATE INDEX facts_park ON facts(park);

    CREATE TABLE signatures (
        doc_id   TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
        minhash  BLOB NOT NULL,
        compared INTEGER NOT NULL DEFAULT 0    -- 1 once `dedup` has compared it with the rest
    );

    CREATE TABLE duplicates (
        doc_id       TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
        duplicate_of TEXT NOT NULL,
        similarity   REAL NOT NULL,
        method       TEXT NOT NULL             -- exact | near
    );
    CREATE INDEX duplicates_of ON duplicates(duplicate_of);

    CREATE TABLE tags (
        doc_id  TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        tag     TEXT NOT NULL,
        kind    TEXT NOT NULL,                 -- industry | theme | keyword
        score   REAL NOT NULL,
        PRIMARY KEY (doc_id, kind, tag)
    );
    CREATE INDEX tags_tag ON tags(tag);

    -- Contentless: the index holds no copy of the text; snippets are cut from documents.text.
    CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', tokenize='unicode61');
    """,
    """
    -- dedup reads every document's metadata on each run: with this covering index it reads
    -- about 130 bytes a document instead of the first page of each row (original and text).
    CREATE INDEX documents_dedup ON documents(seq, doc_id, chars, published, text_hash, site, source);
    """,
    """
    -- A figure the title states and the text does not: its start and end are offsets into the title.
    ALTER TABLE facts ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

# The impact side index (`build_impact`, read by parktool.search): not part of the versioned
# schema. It is created when first built and only ever speeds a search up, so an older
# parktool simply never reads it, and a corpus without it (older, read-only, small) ranks
# every match as before.
IMPACT_SCHEMA = """
CREATE TABLE IF NOT EXISTS fts_impact (
    term      TEXT PRIMARY KEY,   -- an index word in many documents
    df        INTEGER NOT NULL,   -- its documents when built (a lower bound of today's)
    docs      BLOB NOT NULL,      -- the documents where it weighs most: rowid gaps, int64, zlib
    frontier  TEXT NOT NULL,      -- JSON [[f, D], ...]: the best (weight, length) of its others
    ladder    TEXT NOT NULL       -- JSON [[f, D], ...]: its listed documents at every step-th rank
);  -- a rowid table: rows of 1-3 KB stay on their page (WITHOUT ROWID spills them past ~1 KB)
CREATE TABLE IF NOT EXISTS fts_impact_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    built_upto    INTEGER NOT NULL,  -- the largest index rowid the lists cover
    rows          INTEGER NOT NULL,  -- index rows then
    title_weight  REAL NOT NULL,     -- f = title_weight x title hits + body hits
    step          INTEGER NOT NULL   -- ranks between two ladder entries
);
"""
BM25_K1, BM25_B = 1.2, 0.75  # FTS5's bm25() constants (fts5_aux.c)
LADDER_POINTS = 20  # points recorded along a list: every (per_term / 20)th rank


@dataclass
class Document:
    """One stored document: the contract's `documents` columns first, then the rest."""

    doc_id: str
    source: str
    title: str = ""
    site: str = ""
    published: str = ""
    script: str = "hans"
    chars: int = 0
    duplicate_of: str = ""
    author: str = ""
    format: str = "text"
    encoding: str = "utf-8"
    mojibake: int = 0
    text_hash: str = ""
    original: str = ""
    text: str = ""


DOCUMENT_COLUMNS = ("doc_id", "source", "title", "site", "published", "script", "chars", "duplicate_of")


@dataclass
class ParkRow:
    """A park as one article names it."""

    park: str
    aliases: list[str] = field(default_factory=list)
    kind: str = ""
    province: str = ""
    city: str = ""
    parent: str = ""
    mentions: int = 0
    main: bool = False


@dataclass
class FactRow:
    park: str
    indicator: str
    value: float
    unit: str
    dimension: str
    qualifier: str
    year: int | None
    raw: str
    sentence: str
    start: int
    end: int
    in_title: bool = False  # start and end are offsets into the title


@dataclass(frozen=True)
class ImpactState:
    """What the impact side index covers: index rows up to `built_upto`, weighed as it says."""

    built_upto: int
    rows: int
    title_weight: float
    step: int


@dataclass(frozen=True)
class ImpactList:
    """One word of the impact side index (see `Corpus.build_impact`).

    `frontier` bounds every document of the word that is not listed (rowid <= built_upto):
    each such document has a weight f <= some pair's f with a length D >= that pair's D.
    `ladder` holds (f, D) of the listed documents at ranks step, 2 step, … by impact."""

    term: str
    df: int
    docs: bytes
    frontier: list[tuple[float, int]]
    ladder: list[tuple[float, int]]

    def rowids(self) -> list[int]:
        """The listed documents' index rowids, ascending."""
        deltas = array("q", zlib.decompress(self.docs))
        if sys.byteorder == "big":
            deltas.byteswap()  # stored little-endian, as written on any machine
        return list(accumulate(deltas))


@dataclass
class Processed:
    """Everything the per-document pipeline computes for one input; the unit the writer stores."""

    document: Document
    segmented_title: str = ""
    segmented_text: str = ""
    parks: list[ParkRow] = field(default_factory=list)
    facts: list[FactRow] = field(default_factory=list)
    minhash: bytes | None = None


def resolve_path(db: str | os.PathLike | None) -> Path:
    """--db, else $PARKTOOL_DB, else ./parktool.db."""
    return Path(db or os.environ.get("PARKTOOL_DB") or DEFAULT_DB)


def busy_timeout() -> float:
    """Seconds to wait for another process's write: $PARKTOOL_BUSY_TIMEOUT, else BUSY_TIMEOUT.

    Two ingests, or an ingest and a `tag`, take turns writing; a writer that holds the corpus
    longer than this is reported, never waited for forever."""
    value = os.environ.get("PARKTOOL_BUSY_TIMEOUT", "").strip()
    try:
        seconds = float(value) if value else BUSY_TIMEOUT
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 1e6:
        raise UsageError(f"PARKTOOL_BUSY_TIMEOUT={value!r}: give the seconds to wait, e.g. 30")
    return seconds


def explain(e: sqlite3.Error, path: Path | str | None = None) -> CorpusError:
    """An SQLite failure on the corpus as one line for its user: what happened and what to do.

    Every write is one transaction, so whatever failed, what was committed before is intact;
    the messages say so where a user would fear otherwise."""
    name = getattr(e, "sqlite_errorname", None) or ""
    msg = str(e)
    where = _where(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return CorpusError(
            f"{where}locked by another process (waited {busy_timeout():g} s); try again when the other "
            "parktool has finished, or wait longer with $PARKTOOL_BUSY_TIMEOUT=SECONDS")
    if name.startswith("SQLITE_READONLY"):
        return read_only_error(path)
    if name == "SQLITE_FULL":
        return CorpusError(f"{where}the disk is full; what was stored before is intact. Free some space "
                           "and run the command again")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return CorpusError(f"{where}cannot read or write the file ({msg}); the disk may be full, "
                           "removed or failing. What was stored before is intact")
    undecodable = msg.startswith("Could not decode")  # raised by Python's sqlite3, without a name
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or undecodable:
        reason = "a stored text is not valid UTF-8" if undecodable else msg
        return CorpusError(f"{where}not a parktool corpus or damaged ({reason}); restore it from a "
                           "backup, or ingest the inputs again into a new corpus")
    return CorpusError(f"{where}{msg}")


def read_only_error(path: Path | str | None) -> CorpusError:
    """A corpus that this process may read but not write: said before any work is done."""
    return CorpusError(f"{_where(path)}read-only (the file or its folder cannot be written); nothing was "
                       "changed. Copy it to a writable folder to change it")


def _where(path: Path | str | None) -> str:
    return f"{path}: " if path else "corpus: "


def _writable(path: Path) -> bool:
    """The file (if any) and its folder can be written: SQLite puts its journal beside it."""
    return os.access(path.parent, os.W_OK | os.X_OK) and (not path.exists() or os.access(path, os.W_OK))


class Corpus:
    """A parktool corpus file. Open with `Corpus.open(path)`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = False,
             write: bool = False) -> "Corpus":
        """Open a corpus; with create=False a missing file is an error, never created.

        `write` (implied by `create`) says the caller will change the corpus, so that one which
        cannot be written (read-only file, folder or medium) is refused now, not after the work.
        To read, such a corpus opens read-only. Failures are CorpusErrors (see `explain`).
        """
        path = resolve_path(path)
        if not create and not path.exists():
            raise CorpusError(
                f"{path}: no corpus here (run `parktool ingest PATH` first, or give --db / $PARKTOOL_DB)"
            )
        if path.exists() and path.is_dir():
            raise CorpusError(f"{path}: is a folder, not a corpus file")
        if create and path.parent and not path.parent.exists():
            raise CorpusError(f"{path}: folder {path.parent} does not exist")
        if not _writable(path):
            if write or create:
                raise read_only_error(path)
            return cls._open_read_only(path)
        corpus = cls._connect(path, "rwc" if create else "rw")
        try:
            corpus._configure()
            corpus._migrate()
        except BaseException as e:
            corpus.close()
            if isinstance(e, sqlite3.Error):
                raise explain(e, path) from None
            raise
        return corpus

    @classmethod
    def _connect(cls, path: Path, params: str) -> "Corpus":
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?{params}", uri=True, timeout=busy_timeout(),
                isolation_level=None, check_same_thread=False,
            )
        except sqlite3.Error as e:
            raise CorpusError(f"{path}: cannot open corpus ({e})") from None
        return cls(conn, path, read_only=params.startswith("mode=ro"))

    @classmethod
    def _open_read_only(cls, path: Path) -> "Corpus":
        """A corpus this process cannot write, opened to read.

        SQLite reads a WAL file through a shared-memory file beside it; where none exists and
        the folder is read-only too (a CD, a read-only share), the file is opened as immutable:
        nobody can be writing to it there."""
        try:
            return cls._checked_read_only(path, "mode=ro")
        except sqlite3.OperationalError as e:
            if not getattr(e, "sqlite_errorname", "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                raise explain(e, path) from None
        try:
            return cls._checked_read_only(path, "mode=ro&immutable=1")
        except sqlite3.Error as e:
            raise explain(e, path) from None

    @classmethod
    def _checked_read_only(cls, path: Path, params: str) -> "Corpus":
        corpus = cls._connect(path, params)
        try:
            corpus._configure()
            corpus._check_version(corpus._version())
        except BaseException:
            corpus.close()
            raise
        return corpus

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout() * 1000)}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.read_only:
            return
        mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:
                pass  # read-only file or medium: the rollback journal still keeps it consistent
        self.conn.execute("PRAGMA synchronous = NORMAL")

    def _version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _check_version(self, version: int) -> None:
        """Refuse a file this release cannot use as it is: newer, foreign, or (read-only) older."""
        if version > SCHEMA_VERSION:
            raise CorpusError(
                f"{self.path}: written by a newer parktool (schema {version}, this one knows "
                f"{SCHEMA_VERSION}); upgrade parktool to read it"
            )
        if version == 0 and self._has_tables():
            raise CorpusError(f"{self.path}: an SQLite file, but not a parktool corpus")
        if self.read_only and version < SCHEMA_VERSION:
            what = "an empty file" if version == 0 else f"written by an earlier parktool (schema {version})"
            raise CorpusError(f"{self.path}: {what}, and read-only, so it cannot be brought up to "
                              f"schema {SCHEMA_VERSION}; open it once where it can be written")

    def _migrate(self) -> None:
        """Bring the schema up to SCHEMA_VERSION in place, in one transaction: a failure or a
        crash at any point leaves the file at its old version, whole."""
        version = self._version()
        self._check_version(version)
        if version == SCHEMA_VERSION:
            return
        try:
            with self.transaction():
                # Re-read inside the write lock: another process may have migrated meanwhile.
                version = self._version()
                for step in range(version, SCHEMA_VERSION):
                    for statement in _statements(MIGRATIONS[step]):
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as e:
            if getattr(e, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_READONLY")):
                raise
            raise CorpusError(f"{self.path}: could not upgrade the corpus from schema {version} to "
                              f"{SCHEMA_VERSION} ({e}); the file is unchanged") from None

    def _has_tables(self) -> bool:
        return self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT: all or nothing, one writer at a time."""
        if self.read_only:
            raise read_only_error(self.path)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # ------------------------------------------------------------ writing

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Settings for storing many documents (ingest), undone after; the index merged at the end.

        - Foreign keys go unchecked: `store` writes a document's parks, facts, signature and
          index rows with the document, in its transaction, so they hold by construction.
          Checking them took a sixth of the writer's time.
        - The full-text index merges its segments 16 at a time instead of 4 (FTS5 `automerge`):
          each index entry is then rewritten about half as often while loading (at 20,000
          documents the writer spends 10-20% less, the final merge included). When the load is
          done, `merge_index` merges what is left, so queries read as few segments as after
          an ordinary load, usually fewer. What a query matches, and its score, never depend
          on how the index is split into segments.

        Crash safety is untouched: every batch is still one transaction, and so is each merge step.
        """
        checked = self.conn.execute("PRAGMA foreign_keys").fetchone()[0]
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            self._index_setting("automerge", BULK_AUTOMERGE)
            try:
                yield
            except BaseException:
                with suppress(sqlite3.Error):  # the corpus failing too must not hide why
                    self._index_setting("automerge", AUTOMERGE)
                raise
            self._index_setting("automerge", AUTOMERGE)
            self.merge_index()
        finally:
            self.conn.execute(f"PRAGMA foreign_keys = {'ON' if checked else 'OFF'}")

    def merge_index(self) -> None:
        """Merge the full-text index's segments wherever `usermerge` (4) or more share a level,
        in steps of MERGE_STEP pages, one transaction each, until FTS5 finds nothing to merge
        (a step that does nothing changes at most one row)."""
        while True:
            before = self.conn.total_changes
            with self.transaction() as c:
                c.execute("INSERT INTO fts (fts, rank) VALUES ('merge', ?)", (MERGE_STEP,))
            if self.conn.total_changes - before < 2:
                return

    def _index_setting(self, name: str, value: int) -> None:
        """An FTS5 setting; FTS5 keeps it in the file (fts_config) until it is set again."""
        with self.transaction() as c:
            c.execute("INSERT INTO fts (fts, rank) VALUES (?, ?)", (name, value))

    def known_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these doc_ids are stored already."""
        ids = list(doc_ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(
                f"SELECT doc_id FROM documents WHERE doc_id IN ({marks})", chunk))
        return found

    def store(self, batch: Sequence[Processed]) -> int:
        """Store whole documents in one transaction; returns how many were new.

        A document already stored (same doc_id), or given twice, is stored once, as it was
        first. A crash at any moment leaves either the whole batch or none of it.

        Each table gets one `executemany` for the whole batch (statements per document cost a
        third of the writer's time). Seqs are given explicitly, as SQLite would have given them
        one by one (the largest so far plus one: the write lock is held), so that the index
        rows can go in together too.
        """
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.transaction() as c:
            known = self.known_ids(p.document.doc_id for p in batch)
            new: dict[str, Processed] = {}
            for p in batch:
                if p.document.doc_id not in known:
                    new.setdefault(p.document.doc_id, p)
            if not new:
                return 0
            docs = list(new.values())
            first = c.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents").fetchone()[0]
            c.executemany(
                "INSERT INTO documents (seq, doc_id, source, title, site, published, script, chars,"
                " author, format, encoding, mojibake, text_hash, ingested, original, text)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(seq, d.doc_id, d.source, d.title, d.site, d.published, d.script, d.chars, d.author,
                  d.format, d.encoding, d.mojibake, d.text_hash, now, d.original, d.text)
                 for seq, d in enumerate((p.document for p in docs), first)],
            )
            self._write_derived(c, docs)
            c.executemany("INSERT INTO fts (rowid, title, body) VALUES (?,?,?)",
                          [(seq, p.segmented_title, p.segmented_text) for seq, p in enumerate(docs, first)])
        return len(docs)

    def _write_derived(self, c: sqlite3.Connection, batch: Sequence[Processed]) -> None:
        """Parks, facts and signatures of these documents, one statement per table."""
        c.executemany(
            "INSERT INTO doc_parks (doc_id, park, aliases, kind, province, city, parent, mentions, main)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(p.document.doc_id, r.park, "|".join(r.aliases), r.kind, r.province, r.city, r.parent,
              r.mentions, int(r.main)) for p in batch for r in p.parks],
        )
        c.executemany(
            "INSERT INTO facts (doc_id, park, indicator, value, unit, dimension, qualifier, year,"
            " raw, sentence, start, end, in_title) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(p.document.doc_id, f.park, f.indicator, f.value, f.unit, f.dimension, f.qualifier, f.year,
              f.raw, f.sentence, f.start, f.end, int(f.in_title)) for p in batch for f in p.facts],
        )
        c.executemany("INSERT OR REPLACE INTO signatures (doc_id, minhash, compared) VALUES (?,?,0)",
                      [(p.document.doc_id, p.minhash) for p in batch if p.minhash is not None])

    def replace_derived(self, batch: Sequence[Processed]) -> None:
        """Re-extraction: swap a document's parks and facts for new ones, atomically.

        Document by document (unlike `store`): SQLite numbers new facts after the largest id
        left, so deleting every old row of the batch first would number them differently."""
        with self.transaction() as c:
            for p in batch:
                doc_id = p.document.doc_id
                c.execute("DELETE FROM doc_parks WHERE doc_id = ?", (doc_id,))
                c.execute("DELETE FROM facts WHERE doc_id = ?", (doc_id,))
                self._write_derived(c, [Processed(p.document, parks=p.parks, facts=p.facts)])

    # ------------------------------------------------------------ reading

    @contextmanager
    def snapshot(self) -> Iterator["Corpus"]:
        """Every read inside sees the corpus as the first one found it, while an ingest commits
        beside it (WAL: readers never wait for the writer). A report's counts, a search's ranks
        and snippets, an export's rows then all describe one state. No writing inside."""
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self, *, include_duplicates: bool = True, with_text: bool = False) -> Iterator[Document]:
        """Documents in ingest order, `duplicate_of` filled from the duplicates table."""
        cols = "d.doc_id, d.source, d.title, d.site, d.published, d.script, d.chars," \
               " coalesce(u.duplicate_of, ''), d.author, d.format, d.encoding, d.mojibake, d.text_hash"
        if with_text:
            cols += ", d.original, d.text"
        where = "" if include_duplicates else " WHERE u.doc_id IS NULL"
        sql = f"SELECT {cols} FROM documents d LEFT JOIN duplicates u ON u.doc_id = d.doc_id{where} ORDER BY d.seq"
        for row in self.conn.execute(sql):
            yield Document(*row)

    def document(self, doc_id: str) -> Document | None:
        """One document with its texts; a unique prefix of the id is enough."""
        rows = self.conn.execute(
            "SELECT d.doc_id, d.source, d.title, d.site, d.published, d.script, d.chars,"
            " coalesce(u.duplicate_of, ''), d.author, d.format, d.encoding, d.mojibake, d.text_hash,"
            " d.original, d.text FROM documents d LEFT JOIN duplicates u ON u.doc_id = d.doc_id"
            " WHERE d.doc_id >= ? AND d.doc_id < ? ORDER BY d.doc_id LIMIT 2",
            (doc_id, doc_id + "\uffff"),
        ).fetchall()
        if len(rows) != 1 and not any(r[0] == doc_id for r in rows):
            return None
        row = next((r for r in rows if r[0] == doc_id), rows[0])
        return Document(*row)

    def facts(self, doc_id: str) -> list[FactRow]:
        rows = self.conn.execute(
            "SELECT park, indicator, value, unit, dimension, qualifier, year, raw, sentence, start, end, in_title"
            " FROM facts WHERE doc_id = ? ORDER BY in_title DESC, start", (doc_id,))
        return [FactRow(*r[:-1], in_title=bool(r[-1])) for r in rows]

    def query(self, sql: str, params: Sequence | dict = ()) -> list[dict]:
        """Rows of a read query as dicts: the one door capability modules use for reports."""
        return list(self.rows(sql, params))

    def rows(self, sql: str, params: Sequence | dict = ()) -> Iterator[dict]:
        """`query`, a row at a time: for tables too big to hold (every fact of a corpus)."""
        cur = self.conn.execute(sql, params)
        names = [c[0] for c in cur.description]
        for row in cur:
            yield dict(zip(names, row))

    # ------------------------------------------------------------ dedup (parktool.dedup)

    def dedup_documents(self) -> Iterator[tuple]:
        """Per document in ingest order: (seq, doc_id, chars, published, text_hash, site, source),
        streamed from the covering index documents_dedup (no page of the texts is read)."""
        return self.conn.execute(
            "SELECT seq, doc_id, chars, published, text_hash, site, source FROM documents"
            " INDEXED BY documents_dedup ORDER BY seq")

    def dedup_signatures(self) -> Iterator[tuple]:
        """Every stored (doc_id, minhash, compared), streamed in the table's own order: one
        sequential read, where a join by doc_id would seek once per document."""
        return self.conn.execute("SELECT doc_id, minhash, compared FROM signatures")

    def texts(self, seqs: Sequence[int]) -> dict[int, str]:
        """Cleaned texts by seq, read in chunks that stay under SQLite's variable limit."""
        out: dict[int, str] = {}
        for i in range(0, len(seqs), 500):
            chunk = list(seqs[i : i + 500])
            marks = ",".join("?" * len(chunk))
            out.update(self.conn.execute(f"SELECT seq, text FROM documents WHERE seq IN ({marks})", chunk))
        return out

    def duplicate_marks(self) -> list:
        """Every row of `duplicates` as parktool.dedup.Mark."""
        from parktool.dedup import Mark

        return [Mark(*r) for r in self.conn.execute(
            "SELECT doc_id, duplicate_of, similarity, method FROM duplicates ORDER BY duplicate_of, doc_id")]

    def save_dedup(self, *, signatures: Sequence[tuple[str, bytes]], unmark: Sequence[str] | None,
                   marks: Sequence[tuple[str, str, float, str]], compared: Sequence[str]) -> None:
        """One dedup run's outcome, all or nothing: signatures it computed, the marks of the
        clusters it touched (`unmark`: their members' old marks; None: every old mark), and
        which documents it has now compared."""
        with self.transaction() as c:
            c.executemany("INSERT INTO signatures (doc_id, minhash, compared) VALUES (?,?,0)"
                          " ON CONFLICT (doc_id) DO UPDATE SET minhash = excluded.minhash",
                          signatures)
            if unmark is None:
                c.execute("DELETE FROM duplicates")
            else:
                c.executemany("DELETE FROM duplicates WHERE doc_id = ?", ((d,) for d in unmark))
            c.executemany("INSERT INTO duplicates (doc_id, duplicate_of, similarity, method)"
                          " VALUES (?,?,?,?)", marks)
            c.executemany("UPDATE signatures SET compared = 1 WHERE doc_id = ?", ((d,) for d in compared))

    # ------------------------------------------------------------ tag, search (parktool.tag, parktool.search)

    def document_frequencies(self) -> tuple[int, dict[str, int]]:
        """Documents stored and, per word of the full-text index, how many documents hold it.

        Read from the index itself (fts5vocab), so keyword weights come from this corpus'
        own vocabulary without segmenting every text a second time."""
        df = dict(self.conn.execute(f"SELECT term, doc FROM {self._index_words()}"))
        return self.count(), df

    def words_starting(self, prefix: str, limit: int) -> list[str]:
        """Index words longer than `prefix` that start with it, in the most documents first."""
        return [r[0] for r in self.conn.execute(
            # `>= prefix || char(1)` rather than `> prefix`: fts5vocab then starts past the
            # prefix word itself instead of counting its documents first (3-10 ms at 100k).
            f"SELECT term FROM {self._index_words()} WHERE term >= ? AND term < ?"
            " ORDER BY doc DESC, term LIMIT ?", (prefix + "\x01", prefix + "\U0010ffff", limit))]

    def _index_words(self) -> str:
        """The index's vocabulary (fts5vocab, one row per word), as a temporary table name."""
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words USING fts5vocab(main, 'fts', 'row')")
        return "temp.fts_words"

    def index_totals(self) -> tuple[int, int]:
        """Rows of the full-text index and their tokens (all columns), as FTS5's bm25() reads
        them for its average length: FTS5's averages record (fts_data row 1)."""
        row = self.conn.execute("SELECT block FROM fts_data WHERE id = 1").fetchone()
        totals = _varints(row[0]) if row else []
        return (totals[0], sum(totals[1:])) if totals else (0, 0)  # empty until a first document

    # ------------------------------------------------------------ the impact side index

    def impact_state(self) -> ImpactState | None:
        """What the impact side index covers; None when this corpus has none."""
        try:
            row = self.conn.execute(
                "SELECT built_upto, rows, title_weight, step FROM fts_impact_state WHERE id = 1").fetchone()
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):
                return None
            raise
        return ImpactState(*row) if row else None

    def impact_lists(self, terms: Iterable[str]) -> dict[str, ImpactList]:
        """The side index's lists of these index words (words without one are left out)."""
        wanted = list(dict.fromkeys(terms))
        out: dict[str, ImpactList] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for term, df, docs, frontier, ladder in self.conn.execute(
                    "SELECT term, df, docs, frontier, ladder FROM fts_impact"
                    f" WHERE term IN ({','.join('?' * len(chunk))})", chunk):
                out[term] = ImpactList(term, df, docs, [tuple(p) for p in json.loads(frontier)],
                                       [tuple(p) for p in json.loads(ladder)])
        return out

    def drop_impact(self) -> None:
        """Remove the impact side index: search ranks every match again (benchmarks compare)."""
        with self.transaction() as c:
            c.execute("DROP TABLE IF EXISTS fts_impact")
            c.execute("DROP TABLE IF EXISTS fts_impact_state")

    def build_impact(self, *, title_weight: float, min_df: int, per_term: int,
                     progress: Callable[[int, int], None] | None = None) -> ImpactState:
        """Build the impact side index anew from the full-text index; replaces the old one.

        For every index word in at least `min_df` documents (and more than `per_term`), the
        ~`per_term` documents where it weighs most by BM25's term weight f / (f + k1 (1 - b +
        b D / avgdl)), with f = title_weight x title hits + body hits and D the document's
        length, ties at the threshold included; and for its other documents the frontier: per
        value of f the shortest D, reduced to the pairs no other pair beats in both. A search
        ranks only the listed documents (and those past `built_upto`) and proves from the
        frontiers that no other document could enter its window (parktool.search).

        Counts come from the index itself (fts5vocab 'instance', one grouped string per word
        turned into arrays by numpy), so they are FTS5's own tokens, bit for bit. The index is
        read in one snapshot (an ingest may commit beside it: its documents are past
        `built_upto`), and the lists are swapped in one transaction. `progress(done, total)`
        is called per word."""
        import numpy as np  # heavy: only a build needs it

        if self.read_only:
            raise read_only_error(self.path)
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances"
                          " USING fts5vocab(main, 'fts', 'instance')")
        rows_out: list[tuple] = []
        with self.snapshot():
            rows, tokens = self.index_totals()
            built_upto = self.conn.execute("SELECT coalesce(max(id), 0) FROM fts_docsize").fetchone()[0]
            length = np.zeros(built_upto + 1, dtype=np.float64)
            for rowid, size in self.conn.execute("SELECT id, sz FROM fts_docsize"):
                length[rowid] = sum(_varints(size))
            average = tokens / rows if rows else 1.0
            step = max(1, per_term // LADDER_POINTS)
            terms = [t for t, in self.conn.execute(
                f"SELECT term FROM {self._index_words()} WHERE doc >= ? ORDER BY term",
                (max(min_df, per_term + 1),))]
            if progress:
                progress(0, len(terms))
            for done, term in enumerate(terms, 1):
                hits = np.fromstring(self.conn.execute(  # one signed rowid per hit: - in a title
                    "SELECT group_concat(iif(col = 'title', -doc, doc)) FROM temp.fts_instances"
                    " WHERE term = ?", (term,)).fetchone()[0], dtype=np.int64, sep=",")
                docs, which = np.unique(np.abs(hits), return_inverse=True)
                f = np.bincount(which, weights=np.where(hits < 0, title_weight, 1.0))
                d = length[docs]
                impact = f / (f + BM25_K1 * (1.0 - BM25_B + BM25_B * d / average))
                threshold = np.partition(impact, len(impact) - per_term)[len(impact) - per_term]
                listed = impact >= threshold
                rows_out.append((term, len(docs), _delta_blob(docs[listed]),
                                 json.dumps(_frontier(f[~listed], d[~listed])),
                                 json.dumps(_ladder(f[listed], d[listed], impact[listed], step))))
                if progress:
                    progress(done, len(terms))
        state = ImpactState(built_upto, rows, title_weight, step)
        with self.transaction() as c:
            for statement in _statements(IMPACT_SCHEMA):
                c.execute(statement)
            c.execute("DELETE FROM fts_impact")
            c.executemany("INSERT INTO fts_impact (term, df, docs, frontier, ladder) VALUES (?,?,?,?,?)", rows_out)
            c.execute("INSERT OR REPLACE INTO fts_impact_state (id, built_upto, rows, title_weight, step)"
                      " VALUES (1, ?, ?, ?, ?)", (state.built_upto, state.rows, state.title_weight, state.step))
        return state

    def replace_tags(self, rows: Iterable[tuple[str, str, str, float]]) -> int:
        """Every stored tag swapped for `rows` (doc_id, tag, kind, score), all or nothing.

        `rows` may be a generator reading this corpus: it is consumed inside the transaction,
        in batches, so memory stays bounded however many documents there are."""
        sql = "INSERT OR REPLACE INTO tags (doc_id, tag, kind, score) VALUES (?,?,?,?)"
        n, batch = 0, []
        with self.transaction() as c:
            c.execute("DELETE FROM tags")
            for row in rows:
                batch.append(row)
                if len(batch) >= 5000:
                    c.executemany(sql, batch)
                    n, batch = n + len(batch), []
            c.executemany(sql, batch)
        return n + len(batch)


def _statements(script: str) -> list[str]:
    """Split a migration script into statements, as SQLite itself delimits them."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def _varints(blob: bytes) -> list[int]:
    """SQLite varints (7 bits a byte, high bit: more follows), as FTS5 writes its sizes."""
    out, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            out.append(value)
            value = 0
    return out


def _delta_blob(rowids) -> bytes:
    """Ascending rowids as zlib-compressed little-endian int64 gaps (ImpactList.rowids reads them)."""
    import numpy as np

    gaps = np.diff(np.asarray(rowids, dtype="<i8"), prepend=0).astype("<i8")
    return zlib.compress(gaps.tobytes())


def _frontier(f, d) -> list[list]:
    """The (f, D) pairs that bound these documents' BM25 term weight: per f the shortest D,
    without the pairs that another beats in both (larger or equal f, shorter or equal D)."""
    import numpy as np

    if not len(f):
        return []
    # f descending, then D ascending; with whole weights (5 and 1) as one key, twice as fast
    whole = np.array_equal(f, np.floor(f))
    order = np.argsort(d - f * (d.max() + 1)) if whole else np.lexsort((d, -f))
    f, d = f[order], d[order]
    first = np.concatenate(([True], f[1:] != f[:-1]))  # the shortest D of each f
    f, d = f[first], d[first]
    shorter = np.concatenate(([True], d[1:] < np.minimum.accumulate(d)[:-1]))  # than any larger f's
    return [[fi, int(di)] for fi, di in zip(f[shorter].tolist(), d[shorter].tolist())]


def _ladder(f, d, impact, step: int) -> list[list]:
    """(f, D) of the listed documents at ranks step, 2 step, … by impact (the best first)."""
    import numpy as np

    order = np.argsort(-impact, kind="stable")[step - 1::step]
    return [[fi, int(di)] for fi, di in zip(f[order].tolist(), d[order].tolist())]
