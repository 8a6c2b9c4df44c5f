"""`ingest --engine dask`: the same corpus as a local run, from a Dask cluster.

The cluster is a `distributed.LocalCluster` in this process (threads, no processes), so the
test stays fast; the CLI reaches it through `--scheduler`, as it would reach a real one.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import opencc
import pytest

from conftest import ROOT, SEEDS, run
from parktool import ingest as I

distributed = pytest.importorskip("distributed")

PAGES = ROOT / "tests" / "fixtures" / "pages"


@pytest.fixture(scope="module")
def scheduler():
    """A two-worker Dask cluster in this process; its scheduler's address."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path):
    """Seed-derived inputs of every kind: text files (UTF-8, GB18030, traditional script), a
    JSONL feed with a broken line, HTML pages, byte-identical copies, an empty file."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    s2t = opencc.OpenCC("s2t")
    seeds = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(40):
        text = f"第{i}号通报\n\n" + seeds[i % 5] + f"\n编号{i}。"
        if i % 4 == 1:
            text = s2t.convert(text)
        data = text.encode("gb18030" if i % 4 == 2 else "utf-8")
        (folder / f"{i:03d}.txt").write_bytes(data)
    lines = [json.dumps({"url": f"https://news.example.cn/{i}.html", "title": f"园区简报{i}",
                         "date": f"2021-0{i % 9 + 1}-15", "text": seeds[i % 5] + f"\n第{i}期。"},
                        ensure_ascii=False) for i in range(15)]
    lines.insert(7, "{broken json")
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for page in ("cms_001.html", "table_004.html", "gbk_003.html", "static_000.html", "links_002.html"):
        (folder / page).write_bytes((PAGES / page).read_bytes())
    for i in range(0, 40, 8):  # the same bytes again: stored once
        (folder / f"copy_{i:03d}.txt").write_bytes((folder / f"{i:03d}.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    return folder


def dump(db) -> dict[str, list]:
    """Everything ingest stores, in storage order: rows of every table and the index's words."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, 'fts', 'instance')")
        queries = {
            "documents": "SELECT seq, doc_id, source, title, site, published, script, chars, author,"
                         " format, encoding, mojibake, text_hash, original, text FROM documents ORDER BY seq",
            "parks": "SELECT * FROM doc_parks ORDER BY doc_id, park",
            "facts": "SELECT * FROM facts ORDER BY id",
            "signatures": "SELECT * FROM signatures ORDER BY doc_id",
            "index": "SELECT term, doc, col, offset FROM temp.words ORDER BY doc, col, offset",
        }
        return {name: conn.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        conn.close()


def test_a_dask_cluster_gives_the_same_corpus_as_a_local_run(tmp_path, inputs, scheduler, monkeypatch):
    monkeypatch.setattr(I, "WINDOW", 8)  # many windows in flight: results must come back in order
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    a = run("--db", local, "ingest", inputs, "--workers", "2", "--format", "json")
    b = run("--db", dask, "ingest", inputs, "--engine", "dask", "--scheduler", scheduler, "--format", "json")
    assert (a.code, b.code) == (3, 3), (a.stderr, b.stderr)
    report = json.loads(b.stdout)
    assert report == json.loads(a.stdout)
    assert (report["files"], report["added"], report["unchanged"]) == (52, 60, 5)
    assert sorted(r["path"].rsplit("/", 1)[-1] for r in report["rejected"]) == ["empty.txt", "feed.jsonl:8"]
    got, expected = dump(dask), dump(local)
    assert [len(expected[t]) for t in ("documents", "signatures")] == [60, 60]
    assert len(expected["facts"]) > 500 and len(expected["index"]) > 50_000
    for table in expected:
        assert got[table] == expected[table], table


def test_a_second_dask_run_finds_everything_stored(tmp_path, inputs, scheduler):
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", inputs, "--engine", "dask", "--scheduler", scheduler).code == 3
    again = run("--db", db, "ingest", inputs, "--engine", "dask", "--scheduler", scheduler, "--format", "json")
    report = json.loads(again.stdout)
    assert (again.code, report["added"], report["unchanged"]) == (3, 0, 65)


def test_dask_without_a_scheduler_starts_a_local_cluster(tmp_path):
    db = tmp_path / "d.db"
    r = run("--db", db, "ingest", SEEDS, "--engine", "dask", "--workers", "1", "--format", "json")
    assert r.code == 0, r.stderr
    assert json.loads(r.stdout) == {"files": 5, "added": 5, "unchanged": 0, "rejected": []}


def test_a_scheduler_needs_the_dask_engine(tmp_path):
    db = tmp_path / "e.db"
    r = run("--db", db, "ingest", SEEDS, "--scheduler", "tcp://127.0.0.1:8786")
    assert r.code == 2
    assert r.stderr == "parktool: --scheduler is the address of a Dask scheduler: give it with --engine dask\n"
    assert not db.exists()


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr(I, "CONNECT_TIMEOUT", 1)
    r = run("--db", tmp_path / "f.db", "ingest", SEEDS, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert r.code == 2
    assert r.stderr.startswith("parktool: --scheduler tcp://127.0.0.1:9: cannot reach the Dask scheduler (")
    assert "Traceback" not in r.stderr


def test_a_local_ingest_never_imports_dask(tmp_path):
    code = ("import sys; from parktool.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    r = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "g.db"), "--quiet", "ingest",
                        str(SEEDS)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "[]\n"


def test_foreign_keys_are_checked_again_after_an_ingest(tmp_path):
    from parktool.corpus import Corpus

    with Corpus.open(tmp_path / "h.db", create=True) as corpus:
        report = I.ingest(corpus, [str(SEEDS)], workers=1)
        assert (report.added, corpus.conn.execute("PRAGMA foreign_keys").fetchone()[0]) == (5, 1)


def test_a_cluster_without_workers_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr(I, "CONNECT_TIMEOUT", 1)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty:
        address = empty.scheduler_address
        r = run("--db", tmp_path / "i.db", "ingest", SEEDS, "--engine", "dask", "--scheduler", address)
    assert (r.code, r.stdout) == (2, "")
    assert r.stderr == (f"parktool: --scheduler {address}: the Dask cluster has no workers (start some with "
                        f"`dask worker {address}`)\n")
