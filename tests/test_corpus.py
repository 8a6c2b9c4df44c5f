import sqlite3

import pytest

from parktool.corpus import SCHEMA_VERSION, Corpus, Document, FactRow, Processed
from parktool.errors import CorpusError, ExitCode


def doc(doc_id: str, text: str = "园区") -> Processed:
    return Processed(Document(doc_id=doc_id, source=f"{doc_id}.txt", chars=len(text), text=text,
                              original=text, text_hash=doc_id), segmented_text=text)


def test_read_commands_never_create_the_corpus(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(CorpusError) as e:
        Corpus.open(path)
    assert e.value.exit_code == ExitCode.USAGE
    assert "no corpus here" in str(e.value)
    assert not path.exists()


def test_new_corpus_is_wal_with_current_schema(tmp_path):
    with Corpus.open(tmp_path / "c.db", create=True) as c:
        assert c.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_store_is_idempotent_and_keeps_order(tmp_path):
    with Corpus.open(tmp_path / "c.db", create=True) as c:
        assert c.store([doc("b"), doc("a")]) == 2
        assert c.store([doc("a"), doc("c")]) == 1
        assert [d.doc_id for d in c.documents()] == ["b", "a", "c"]
        assert c.known_ids(["a", "x", "c"]) == {"a", "c"}


def test_a_failed_batch_stores_nothing(tmp_path):
    with Corpus.open(tmp_path / "c.db", create=True) as c:
        bad = doc("y")
        bad.document.text = None  # violates NOT NULL half-way through the batch
        with pytest.raises(sqlite3.IntegrityError):
            c.store([doc("x"), bad])
        assert c.count() == 0


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "c.db"
    Corpus.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CorpusError, match="newer parktool"):
        Corpus.open(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with pytest.raises(CorpusError, match="not a parktool corpus"):
        Corpus.open(path)


def test_garbage_file_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CorpusError, match="not a parktool corpus or damaged"):
        Corpus.open(path)


def test_document_by_unique_prefix(tmp_path):
    with Corpus.open(tmp_path / "c.db", create=True) as c:
        c.store([doc("abc1"), doc("abd2")])
        assert c.document("abc").doc_id == "abc1"
        assert c.document("ab") is None  # ambiguous
        assert c.document("abd2").doc_id == "abd2"


def test_store_keeps_the_first_of_repeated_ids_and_numbers_rows_in_order(tmp_path):
    def full(doc_id: str, word: str) -> Processed:
        p = doc(doc_id, word)
        p.facts = [FactRow("", "产值", float(i), "亿元", "money", "", None, f"{i}亿元", word, i, i + 3)
                   for i in range(2)]
        p.minhash = doc_id.encode()
        return p

    with Corpus.open(tmp_path / "c.db", create=True) as c:
        assert c.store([full("a", "芯片")]) == 1
        # "a" is stored, "b" comes twice: the first "b" wins, the rest are left out.
        assert c.store([full("a", "光伏"), full("b", "储能"), full("b", "光伏"), full("c", "光伏")]) == 2
        assert c.conn.execute("SELECT seq, doc_id, text FROM documents ORDER BY seq").fetchall() == [
            (1, "a", "芯片"), (2, "b", "储能"), (3, "c", "光伏")]
        match = "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid"
        assert [r[0] for r in c.conn.execute(match, ("光伏",))] == [3]
        assert [r[0] for r in c.conn.execute(match, ("储能",))] == [2]
        assert c.conn.execute("SELECT id, doc_id, value FROM facts ORDER BY id").fetchall() == [
            (1, "a", 0.0), (2, "a", 1.0), (3, "b", 0.0), (4, "b", 1.0), (5, "c", 0.0), (6, "c", 1.0)]
        assert c.conn.execute("SELECT doc_id, minhash FROM signatures ORDER BY rowid").fetchall() == [
            ("a", b"a"), ("b", b"b"), ("c", b"c")]
        assert c.store([full("c", "光伏")]) == 0


def _segments(c: Corpus) -> int:
    return c.conn.execute("SELECT count(DISTINCT segid) FROM fts_idx").fetchone()[0]


def _setting(c: Corpus, name: str) -> int | None:
    row = c.conn.execute("SELECT v FROM fts_config WHERE k = ?", (name,)).fetchone()
    return row and row[0]


def test_bulk_load_merges_less_while_loading_and_merges_the_index_after(tmp_path):
    with Corpus.open(tmp_path / "c.db", create=True) as c:
        with c.bulk_load():
            assert c.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
            for i in range(6):  # each batch flushes one segment; 4 would trigger FTS5's own merge
                c.store([doc(f"d{i}", "园区")])
            assert _segments(c) == 6
        assert _segments(c) == 1
        assert _setting(c, "automerge") == 4
        assert c.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH '园区'").fetchone()[0] == 6


def test_bulk_load_that_fails_restores_the_settings_and_keeps_whole_batches(tmp_path):
    with Corpus.open(tmp_path / "c.db", create=True) as c:
        with pytest.raises(KeyboardInterrupt):
            with c.bulk_load():
                for i in range(5):
                    c.store([doc(f"d{i}", "园区")])
                raise KeyboardInterrupt
        assert (_segments(c), _setting(c, "automerge"), c.count()) == (5, 4, 5)
        assert c.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
