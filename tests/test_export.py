"""`export TABLE --format parquet` for every table: the contract's columns, the rows the text
formats give, types pandas can use, and clear errors."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from conftest import SEEDS, run
from parktool.corpus import Corpus
from parktool.errors import UsageError
from parktool.export import TABLES, columns
from parktool.export import TYPES as E_TYPES
from parktool.render import write_parquet

TYPES = {
    "documents": {"chars": "int64"},
    "metrics": {"value": "double", "year": "int64"},
    "parks": {"documents": "int64", "metrics": "int64"},
    "tags": {"score": "double"},
    "duplicates": {"similarity": "double"},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds, an exact copy of one (GB18030 bytes) and a near copy of another (a paragraph
    cut, a source line added), deduplicated and tagged: every table has rows."""
    folder = tmp_path_factory.mktemp("inputs")
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "copy_001.txt").write_bytes(seeds[1].read_text("utf-8").encode("gb18030"))
    lines = seeds[2].read_text("utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    near = lines[:longest] + lines[longest + 1:] + ["来源：金华新闻网"]
    (folder / "near_002.txt").write_text("\n".join(near), encoding="utf-8")
    db = folder / "corpus.db"
    assert run("--db", db, "ingest", folder).code == 0
    assert run("--db", db, "dedup").code == 0
    assert run("--db", db, "tag").code == 0
    return db


@pytest.mark.parametrize("table", TABLES)
def test_parquet_has_the_contract_columns_and_the_rows_of_json(corpus, tmp_path, table):
    out = tmp_path / f"{table}.parquet"
    r = run("--db", corpus, "export", table, "--format", "parquet", "--output", out)
    assert r.code == 0, r.stderr
    parquet = pq.read_table(out)
    expected = json.loads(run("--db", corpus, "export", table, "--format", "json").stdout)
    assert parquet.column_names == list(columns(table))
    assert parquet.to_pylist() == expected
    assert r.stderr == f"{len(expected)} rows written to {out}\n"
    types = {name: str(parquet.schema.field(name).type) for name in TYPES[table]}
    assert types == TYPES[table]


def test_every_table_has_rows_to_export(corpus):
    counts = {t: len(run("--db", corpus, "export", t, "--format", "jsonl").stdout.splitlines())
              for t in TABLES}
    assert counts["documents"] == 5 and counts["duplicates"] == 2
    assert all(counts.values()), counts


def test_parquet_all_includes_the_duplicates(corpus, tmp_path):
    out = tmp_path / "all.parquet"
    assert run("--db", corpus, "export", "documents", "--all", "--format", "parquet", "--output", out).code == 0
    table = pq.read_table(out)
    assert table.num_rows == 7
    marked = {row["doc_id"]: row["duplicate_of"] for row in table.to_pylist() if row["duplicate_of"]}
    duplicates = json.loads(run("--db", corpus, "export", "duplicates", "--format", "json").stdout)
    assert marked == {row["doc_id"]: row["duplicate_of"] for row in duplicates}
    assert sorted(row["method"] for row in duplicates) == ["exact", "near"]


@pytest.mark.parametrize("table", TABLES)
def test_parquet_needs_an_output_file(corpus, table):
    r = run("--db", corpus, "export", table, "--format", "parquet")
    assert (r.code, r.stdout) == (2, "")
    assert r.stderr == "parktool: --format parquet writes a file: give --output FILE.parquet\n"


def test_parquet_into_a_missing_folder_is_a_usage_error(corpus, tmp_path):
    out = tmp_path / "no" / "such" / "folder.parquet"
    r = run("--db", corpus, "export", "metrics", "--format", "parquet", "--output", out)
    assert r.code == 2
    assert r.stderr.startswith(f"parktool: {out}: cannot write parquet (")
    assert not out.exists()


@pytest.mark.parametrize("table", TABLES)
def test_an_empty_table_still_has_typed_columns(tmp_path, table):
    db = tmp_path / "empty.db"
    Corpus.open(db, create=True).close()
    out = tmp_path / f"{table}.parquet"
    r = run("--db", db, "export", table, "--format", "parquet", "--output", out)
    assert r.code == 0, r.stderr
    parquet = pq.read_table(out)
    assert parquet.num_rows == 0
    assert parquet.column_names == list(columns(table))
    types = {field.name: str(field.type) for field in parquet.schema}
    assert types == {c: TYPES[table].get(c, "string") for c in columns(table)}


def test_parquet_is_written_a_row_group_at_a_time(tmp_path):
    """Memory is bounded by the row group: 5 rows in groups of 2 make 3 groups, same rows."""
    rows = [{"doc_id": f"d{i}", "tag": "新能源", "kind": "industry", "score": i / 3} for i in range(5)]
    out = tmp_path / "tags.parquet"
    assert write_parquet(iter(rows), columns("tags"), str(out), types=E_TYPES["tags"], batch_rows=2) == 5
    parquet = pq.ParquetFile(out)
    assert parquet.metadata.num_row_groups == 3
    assert parquet.read().to_pylist() == rows
    assert not (tmp_path / "tags.parquet.part").exists()


def test_a_failed_parquet_leaves_no_file(tmp_path):
    rows = [{"doc_id": "d1", "tag": "x", "kind": "industry", "score": 0.5},
            {"doc_id": "d2", "tag": "y", "kind": "industry", "score": "not a number"}]
    out = tmp_path / "tags.parquet"
    with pytest.raises(UsageError, match=r"tags\.parquet: cannot write parquet \("):
        write_parquet(iter(rows), columns("tags"), str(out), types=E_TYPES["tags"], batch_rows=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
