"""Reliability and safety: the corpus survives kills, company, locks, read-only media, full
disks and damage; exports cannot run code in a spreadsheet; a page cannot make ingest fetch or
open anything; a search query cannot execute SQL; old corpora are migrated atomically.

docs/reliability.md describes each guarantee and what these tests measured.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run
from parktool import corpus as C
from parktool.corpus import SCHEMA_VERSION, Corpus

CITIES = ("温州", "丽水", "金华", "威海", "泉州", "宁波", "嘉兴", "湖州", "绍兴", "台州")


def write_inbox(folder: Path, n: int, start: int = 0) -> list[Path]:
    """`n` small distinct articles, each about one park and giving exactly two figures: a
    document of them is whole only with its 2 facts, 1 park, signature and index row."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        city = CITIES[i % len(CITIES)]
        path = folder / f"{i:05d}.txt"
        path.write_text(f"{city}经开区第{i}号项目开工\n\n{city}经济技术开发区第{i}号项目总投资{i % 97 + 1}亿元，"
                        f"同比增长{i % 13 + 1}%。\n", encoding="utf-8")
        paths.append(path)
    return paths


def parktool(db: Path, *args) -> list[str]:
    """The command line of `python -m parktool --db DB ARGS` (for a subprocess)."""
    return [sys.executable, "-m", "parktool", "--db", str(db), *map(str, args)]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PARKTOOL_DB"}
    return env | {"NO_COLOR": "1"} | extra


def count(db: Path, table: str = "documents") -> int:
    """Rows of a table, read as another process would (0 while there is no corpus yet)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def check_whole(db: Path) -> int:
    """The corpus opens, `stats` agrees with its tables, and every document is whole: its two
    facts, its park, its signature and its index row are all there, and nothing else is.
    Returns how many documents it holds."""
    if not db.exists():
        return 0
    with Corpus.open(db) as c:
        q = lambda sql: c.conn.execute(sql).fetchone()[0]  # noqa: E731
        assert q("PRAGMA quick_check") == "ok"
        docs = q("SELECT count(*) FROM documents")
        assert q("SELECT count(*) FROM fts_docsize") == docs  # contentless index: one row a document
        assert q("SELECT count(*) FROM fts_docsize WHERE id NOT IN (SELECT seq FROM documents)") == 0
        assert q("SELECT count(*) FROM signatures") == docs
        assert q("SELECT count(*) FROM facts") == 2 * docs
        assert q("SELECT count(DISTINCT doc_id) FROM facts") == docs
        assert q("SELECT count(*) FROM doc_parks") == docs
        for table in ("facts", "doc_parks", "signatures"):
            assert q(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert q("SELECT count(*) FROM documents WHERE chars != length(text) OR chars = 0") == 0
    r = run("--db", db, "stats", "--format", "json")
    assert r.code == 0, r.stderr
    figures = {row["measure"]: row["value"] for row in json.loads(r.stdout)}
    assert (figures["documents"], figures["metric facts"]) == (docs, 2 * docs)
    return docs


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(r, text: str) -> None:
    """Exit 2, nothing on stdout, and on stderr exactly one line: `parktool: ` + text."""
    assert (r.code, r.stdout, r.stderr) == (2, "", f"parktool: {text}\n")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    """The seeds' corpus, ingested once; tests that change it copy it first."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    r = subprocess.run(parktool(db, "--quiet", "ingest", SEEDS), cwd=ROOT, env=child_env())
    assert r.returncode == 0
    return db


def copy_corpus(src: Path, dst: Path) -> Path:
    with Corpus.open(src) as c:
        c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(src, dst)
    return dst


# ---------------------------------------------------------------- crash safety

FILES = 9000
KILLS = 20


def test_twenty_kills_in_a_row_leave_whole_documents_and_a_rerun_completes(tmp_path):
    """An ingest of thousands of files is killed (SIGKILL, with its workers) twenty times at
    random moments: while starting, between commits, in the middle of one. After each kill the
    corpus opens, `stats` agrees with the tables and no document is half-written; nothing once
    stored is lost; a last run stores exactly the rest."""
    inbox = tmp_path / "inbox"
    write_inbox(inbox, FILES)
    db = tmp_path / "kill.db"
    cmd = parktool(db, "--quiet", "ingest", inbox, "--workers", 2)
    rng = random.Random(2024)
    stored, interrupted = [0], 0
    for _ in range(KILLS):
        before = stored[-1]
        commits, delay = rng.choice((0, 1, 1)), rng.uniform(0.0, 0.15)
        proc = subprocess.Popen(cmd, cwd=ROOT, env=child_env(), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if commits == 0:  # while it starts, migrates, reads or processes its first window
            time.sleep(rng.uniform(0.1, 1.2))
        else:  # after `commits` transactions, somewhere in the next
            seen, deadline = before, time.time() + 30
            while commits and proc.poll() is None and time.time() < deadline:
                now = count(db)
                commits -= now != seen
                seen = now
                time.sleep(0.01)
            time.sleep(delay)
        interrupted += proc.poll() is None and before < FILES
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had finished
        proc.wait()
        stored.append(check_whole(db))
        assert stored[-1] >= before  # nothing stored is ever lost
    assert interrupted >= KILLS - 2, stored  # the kills landed in ingests with work left
    assert len(set(stored)) > KILLS // 2, stored  # most runs stored something before their kill
    rerun = subprocess.run(cmd + ["--format", "json"], cwd=ROOT, env=child_env(), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads(rerun.stdout) == {"files": FILES, "added": FILES - stored[-1], "unchanged": stored[-1],
                                        "rejected": []}
    assert check_whole(db) == FILES


# ---------------------------------------------------------------- concurrency

@pytest.fixture(scope="module")
def two_ingests(tmp_path_factory):
    """Two ingests started together on one new corpus; their first 500 files are the same."""
    base = tmp_path_factory.mktemp("two")
    shared = write_inbox(base / "shared", 500)
    for name, start in (("a", 1000), ("b", 2000)):
        write_inbox(base / name, 1000, start)
        for p in shared:
            shutil.copy(p, base / name / p.name)
    db = base / "both.db"
    procs = [subprocess.Popen(parktool(db, "ingest", base / name, "--format", "json", "--workers", 2),
                              cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("a", "b")]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    return db, results


def test_two_ingests_at_once_both_finish_and_everything_lands(two_ingests):
    db, results = two_ingests
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    reports = [json.loads(out) for _, out, _ in results]
    assert [r["files"] for r in reports] == [1500, 1500]
    assert sum(r["added"] for r in reports) == 2500
    assert check_whole(db) == 2500


def test_two_ingests_at_once_account_for_every_file(two_ingests):
    _, results = two_ingests
    for r in (json.loads(out) for _, out, _ in results):
        assert r["added"] + r["unchanged"] + len(r["rejected"]) == r["files"]


def test_readers_during_an_ingest_see_one_state_each(tmp_path):
    """While an ingest commits window after window, `stats` and `export` each describe one
    state of the corpus (two facts for every document, both facts of every document), and
    `search` never finds more documents than the corpus has a moment later."""
    inbox = tmp_path / "inbox"
    write_inbox(inbox, 3000)
    db = tmp_path / "busy.db"
    proc = subprocess.Popen(parktool(db, "--quiet", "ingest", inbox, "--workers", 2), cwd=ROOT, env=child_env())
    seen = set()
    try:
        while proc.poll() is None or not seen:
            if count(db) == 0:
                time.sleep(0.02)
                continue
            r = run("--db", db, "stats", "--format", "json")
            figures = {row["measure"]: row["value"] for row in json.loads(r.stdout)}
            assert figures["metric facts"] == 2 * figures["documents"]
            seen.add(figures["documents"])
            r = run("--db", db, "export", "metrics", "--format", "jsonl")
            per_doc: dict[str, int] = {}
            for line in r.stdout.splitlines():
                doc = json.loads(line)["doc_id"]
                per_doc[doc] = per_doc.get(doc, 0) + 1
            assert set(per_doc.values()) <= {2}
            r = run("--db", db, "search", "经济技术开发区", "--limit", 0, "--format", "tsv")
            hits = r.stdout.splitlines()[1:]
            r2 = run("--db", db, "export", "documents", "--format", "tsv")
            assert r.code in (0, 1) and len(hits) <= len(r2.stdout.splitlines()) - 1
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == 0
    assert len(seen) >= 2  # the readers did run while documents were arriving
    assert check_whole(db) == 3000


def test_a_snapshot_is_not_moved_by_a_commit_between_two_reads(seeds_db, tmp_path):
    """Deterministic: another writer commits between the statements of one `stats`."""
    from parktool import stats
    from parktool.corpus import Document, FactRow, Processed

    db = copy_corpus(seeds_db, tmp_path / "snap.db")
    writer = Corpus.open(db)
    extra = Processed(Document(doc_id="extra", source="x", chars=2, text="园区", original="园区", text_hash="x"),
                      facts=[FactRow("", "总投资", 1e9, "CNY", "money", "", None, "10亿元", "园区", 0, 2)])

    class Interrupted:
        """A connection whose first statement is followed by another process's commit."""

        def __init__(self, conn):
            self.conn, self.calls = conn, 0

        def __getattr__(self, name):
            return getattr(self.conn, name)

        def execute(self, *args):
            cur = self.conn.execute(*args)
            self.calls += 1
            if self.calls == 2:  # after BEGIN and the first read
                writer.store([extra])
            return cur

    with Corpus.open(db) as reader:
        reader.conn = Interrupted(reader.conn)
        with reader.snapshot():
            figures = {r["measure"]: r["value"] for r in stats.overview(reader)}
    writer.close()
    assert figures["documents"] == 5 and figures["metric facts"] == count(db, "facts") - 1


# ---------------------------------------------------------------- a corpus that cannot be used

def test_a_locked_corpus_is_a_one_line_error_and_loses_nothing(seeds_db, tmp_path, monkeypatch):
    """Another connection holds BEGIN EXCLUSIVE past the busy timeout ($PARKTOOL_BUSY_TIMEOUT)."""
    db = copy_corpus(seeds_db, tmp_path / "locked.db")
    monkeypatch.setenv("PARKTOOL_BUSY_TIMEOUT", "0.2")
    write_inbox(tmp_path / "inbox", 3)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        locked = (f"{db}: locked by another process (waited 0.2 s); try again when the other parktool "
                  "has finished, or wait longer with $PARKTOOL_BUSY_TIMEOUT=SECONDS")
        for args in (["ingest", tmp_path / "inbox"], ["tag"], ["dedup"], ["reextract"]):
            started = time.time()
            one_line_error(run("--db", db, *args), locked)
            assert time.time() - started < 10
        r = run("--db", db, "stats", "--format", "json")  # readers never wait for a writer (WAL)
        assert r.code == 0 and json.loads(r.stdout)[0] == {"measure": "documents", "value": 5}
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert count(db) == 5 and count(db, "tags") == 0
    assert run("--db", db, "ingest", tmp_path / "inbox").code == 0 and count(db) == 8


def test_an_old_corpus_locked_while_it_needs_migrating_is_locked_not_damaged(seeds_db, tmp_path, monkeypatch):
    db = downgraded(seeds_db, tmp_path / "old.db")
    monkeypatch.setenv("PARKTOOL_BUSY_TIMEOUT", "0.1")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = run("--db", db, "stats")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    one_line_error(r, f"{db}: locked by another process (waited 0.1 s); try again when the other parktool "
                      "has finished, or wait longer with $PARKTOOL_BUSY_TIMEOUT=SECONDS")
    assert user_version(db) == 1


def test_the_busy_timeout_setting_is_checked(seeds_db, monkeypatch):
    monkeypatch.setenv("PARKTOOL_BUSY_TIMEOUT", "soon")
    one_line_error(run("--db", seeds_db, "stats"), "PARKTOOL_BUSY_TIMEOUT='soon': give the seconds to wait, e.g. 30")


def _without_file_override() -> None:
    """In a child about to run parktool as root: give up the capabilities that let root write
    whatever the file modes say (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER), so that a
    0444 file in a 0555 folder is read-only for it, as for any user. Needs CAP_SETPCAP."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def read_only_corpus(seeds_db, tmp_path):
    """The seeds' corpus as a 0444 file in a 0555 folder, and a runner of parktool commands for
    which it is read-only: as root (CI), without root's power to override file modes."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = copy_corpus(seeds_db, folder / "ro.db")
    db.chmod(0o444)
    folder.chmod(0o555)
    drop = _without_file_override if os.geteuid() == 0 else None

    def parktool_ro(*args):
        r = subprocess.run(parktool(db, *args), cwd=ROOT, env=child_env(), capture_output=True, text=True,
                           timeout=120, preexec_fn=drop)
        return type("Result", (), {"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr})

    try:
        probe = subprocess.run([sys.executable, "-c", f"open({str(db)!r}, 'a')"], preexec_fn=drop,
                               capture_output=True)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot give up root's power over file modes here (no CAP_SETPCAP)")
    if probe.returncode == 0:
        pytest.skip("the corpus stays writable for a child process here")
    try:
        yield db, parktool_ro
    finally:
        folder.chmod(0o755)


def test_a_read_only_corpus_reads_and_refuses_writes_in_one_line(read_only_corpus):
    db, parktool_ro = read_only_corpus
    before = sha(db)
    r = parktool_ro("stats", "--format", "json")
    assert r.code == 0 and json.loads(r.stdout)[0] == {"measure": "documents", "value": 5}
    r = parktool_ro("search", "半導體", "--format", "tsv")
    assert r.code == 0 and len(r.stdout.splitlines()) == 3
    r = parktool_ro("export", "documents", "--format", "csv")
    assert r.code == 0 and len(r.stdout.splitlines()) == 6
    read_only = f"{db}: read-only (the file or its folder cannot be written); nothing was changed. " \
                "Copy it to a writable folder to change it"
    for args in (["ingest", next(SEEDS.glob("000_*.txt"))], ["dedup"], ["tag"], ["reextract"]):
        one_line_error(parktool_ro(*args), read_only)
    r = parktool_ro("dedup", "--dry-run", "--format", "tsv")  # writes nothing: allowed
    assert r.code == 0
    assert sha(db) == before and sorted(p.name for p in db.parent.iterdir()) == ["ro.db"]


def test_a_corpus_seen_as_read_only_opens_for_reading(seeds_db, tmp_path, monkeypatch):
    """The same path in this process: write access denied by os.access."""
    db = copy_corpus(seeds_db, tmp_path / "c.db")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw))
    with Corpus.open(db) as c:
        assert c.read_only and c.count() == 5
        with pytest.raises(C.CorpusError, match="read-only"):
            c.store([])
    with pytest.raises(C.CorpusError, match="read-only"):
        Corpus.open(db, write=True)


def test_a_full_disk_is_a_one_line_error_and_what_was_stored_is_whole(tmp_path):
    """The file system refuses to grow the corpus past a size (RLIMIT_FSIZE on the ingest)."""
    import resource

    db = tmp_path / "full.db"
    write_inbox(tmp_path / "inbox", 2000)
    assert subprocess.run(parktool(db, "-q", "ingest", tmp_path / "inbox" / "00000.txt"), cwd=ROOT,
                          env=child_env()).returncode == 0
    limit = 2_000_000

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = subprocess.run(parktool(db, "ingest", tmp_path / "inbox", "--workers", 1), cwd=ROOT, env=child_env(),
                       preexec_fn=small_disk, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr in (
        f"parktool: {db}: the disk is full; what was stored before is intact. Free some space and run the "
        "command again\n",
        f"parktool: {db}: cannot read or write the file (disk I/O error); the disk may be full, removed or "
        "failing. What was stored before is intact\n")
    stored = check_whole(db)
    assert 1 < stored < 2000  # some windows were stored whole (check_whole), the last not at all
    r = subprocess.run(parktool(db, "ingest", tmp_path / "inbox", "--format", "json"), cwd=ROOT, env=child_env(),
                       capture_output=True, text=True, timeout=120)
    assert json.loads(r.stdout)["added"] == 2000 - stored and check_whole(db) == 2000


def damaged(src: Path, dst: Path, how: str) -> Path:
    copy_corpus(src, dst)
    data = bytearray(dst.read_bytes())
    rng = random.Random(7)
    if how == "truncated":
        data = data[: len(data) // 2]
    elif how == "pages overwritten":
        for page in range(1, len(data) // 4096):
            if rng.random() < 0.5:
                data[page * 4096:(page + 1) * 4096] = rng.randbytes(4096)
    else:  # random bytes
        data = bytearray(rng.randbytes(len(data)))
    dst.write_bytes(bytes(data))
    return dst


@pytest.mark.parametrize("how", ["truncated", "pages overwritten", "random bytes"])
def test_a_damaged_corpus_is_a_one_line_error_and_is_not_written(seeds_db, tmp_path, how):
    db = damaged(seeds_db, tmp_path / "bad.db", how)
    before = sha(db)
    commands = (["stats"], ["export", "documents"], ["export", "metrics"], ["search", "园区"], ["parks"],
                ["metrics"], ["dedup"], ["tag"], ["ingest", SEEDS])
    for args in commands:
        r = run("--db", db, *args, "--format", "tsv") if args[0] not in ("ingest",) else run("--db", db, *args)
        assert r.code == 2, (args, r.stderr)
        assert r.stderr.startswith(f"parktool: {db}: not a parktool corpus or damaged (")
        assert r.stderr.endswith("); restore it from a backup, or ingest the inputs again into a new corpus\n")
        assert r.stderr.count("\n") == 1
    assert sha(db) == before


def test_a_stored_text_that_is_not_utf8_is_reported_as_damage(seeds_db, tmp_path):
    db = copy_corpus(seeds_db, tmp_path / "bad.db")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET text = CAST(x'e59bff' AS TEXT) WHERE seq = 2")
    doc_id = conn.execute("SELECT doc_id FROM documents WHERE seq = 2").fetchone()[0]
    conn.commit()
    conn.close()
    damage = f"{db}: not a parktool corpus or damaged (a stored text is not valid UTF-8); restore it from a " \
             "backup, or ingest the inputs again into a new corpus"
    for args in (["search", "园区", "--limit", "0", "--format", "json"], ["show", doc_id]):
        r = run("--db", db, *args)
        assert (r.code, r.stderr) == (2, f"parktool: {damage}\n"), args


# ---------------------------------------------------------------- exports and pages are inert

def test_formula_cells_are_neutralised_in_csv_and_tsv(tmp_path):
    """A cell starting with =, +, -, @, tab or CR gets a leading ' (OWASP CSV injection):
    a spreadsheet shows it as text instead of running it. --raw-cells writes cells as stored."""
    import csv
    import io

    records = [
        {"title": '=HYPERLINK("http://x","y")', "url": "@SUM(A1)", "site": "+cmd|' /C calc'!A0",
         "text": "温州经开区今年引进项目12个，总投资30亿元。"},
        {"title": "-2+3", "url": "\t=1+1", "text": "=1+1 丽水经开区总投资10亿元，同比增长5%。"},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                                         encoding="utf-8")
    assert run("ingest", tmp_path / "feed.jsonl").code == 0

    def cells(*args, delimiter=",", columns=("source", "title", "site")):
        r = run(*args)
        assert r.code == 0
        return [[row[c] for c in columns] for row in csv.DictReader(io.StringIO(r.stdout), delimiter=delimiter)]

    assert cells("export", "documents", "--format", "csv") == [
        ["'@SUM(A1)", "'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0"],
        ["'\t=1+1", "'-2+3", ""]]
    assert cells("export", "documents", "--format", "tsv", delimiter="\t") == [
        ["'@SUM(A1)", "'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0"],
        ["' =1+1", "'-2+3", ""]]  # a TSV cell's tab becomes a space after the check
    assert cells("metrics", "--format", "csv", columns=("raw", "sentence"))[2:] == [
        ["10亿元", "'=1+1 丽水经开区总投资10亿元，同比增长5%。"], ["5%", "'=1+1 丽水经开区总投资10亿元，同比增长5%。"]]
    assert cells("export", "documents", "--format", "csv", "--raw-cells") == [
        ["@SUM(A1)", '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0"], ["\t=1+1", "-2+3", ""]]
    r = run("export", "documents", "--format", "json")  # json is data, not a sheet: left as it is
    assert json.loads(r.stdout)[0]["title"] == '=HYPERLINK("http://x","y")'


class _Listener:
    """A TCP port on this machine that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


def test_ingesting_a_page_opens_and_fetches_nothing_it_names(tmp_path):
    """A page naming files and URLs (img, link, iframe, script, object, an XML entity, file://)
    is ingested by a separate process. The files it names are FIFOs, which block whoever opens
    them to read; the URLs point at a port that counts connections. The ingest must finish, with
    no connection made."""
    listener = _Listener()
    fifos = {name: tmp_path / name for name in ("img.png", "style.css", "frame.html", "entity.xml", "obj.swf")}
    for path in fifos.values():
        os.mkfifo(path)
    url = f"http://127.0.0.1:{listener.port}"
    page = tmp_path / "page.html"
    page.write_text(f"""<!DOCTYPE html [<!ENTITY ext SYSTEM "file://{fifos['entity.xml']}">]>
<html><head><title>温州经开区引进新项目_温州网</title>
<link rel="stylesheet" href="file://{fifos['style.css']}"><link rel="stylesheet" href="{url}/a.css">
<script src="{url}/a.js"></script><meta http-equiv="refresh" content="0; url={url}/refresh">
<base href="file://{tmp_path}/"></head>
<body><div class="content"><p>温州经开区今年引进项目12个，总投资30亿元，同比增长5%。&ext;</p>
<img src="{fifos['img.png']}"><img src="img.png"><img src="{url}/x.png" srcset="{url}/y.png 2x">
<iframe src="file://{fifos['frame.html']}"></iframe><iframe src="{url}/frame"></iframe>
<object data="{fifos['obj.swf']}"></object><video src="{url}/v.mp4"></video>
<p>园区新增规上工业企业8家，<a href="{url}/more">详见公告</a>。</p></div></body></html>""", encoding="utf-8")
    try:
        r = subprocess.run(parktool(tmp_path / "c.db", "ingest", page, "--format", "json"), cwd=ROOT,
                           env=child_env(), capture_output=True, text=True, timeout=120)
    finally:
        listener.close()
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 1
    assert listener.connections == 0
    with Corpus.open(tmp_path / "c.db") as c:
        (doc,) = c.documents(with_text=True)
    # the entity stays unexpanded text: nothing was read for it
    assert doc.text == "温州经开区今年引进项目12个，总投资30亿元，同比增长5%。&ext;\n园区新增规上工业企业8家，详见公告。"


def test_ingesting_a_page_touches_no_network_in_process(tmp_path, monkeypatch):
    """The same in this process, at the Python level: sockets refuse to exist, and the audit
    hook sees every file opened."""
    opened: list[str] = []
    sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" and AUDITING else None)

    class NoSocket(socket.socket):
        def __init__(self, *a, **kw):
            raise AssertionError("ingest made a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", NoSocket)
    secret = tmp_path / "secret.txt"
    secret.write_text("秘密", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(f'<html><body><div><p>温州经开区今年引进项目12个。</p><img src="file://{secret}">'
                    f'<img src="secret.txt"><link href="{secret}"><iframe src="http://127.0.0.1:9/x">'
                    f'</iframe></div></body></html>', encoding="utf-8")
    global AUDITING
    AUDITING = True
    try:
        r = run("ingest", page)
    finally:
        AUDITING = False
    assert r.code == 0, r.stderr
    assert not [p for p in opened if "secret" in p]


AUDITING = False


# ---------------------------------------------------------------- search queries

SEARCHES = [  # (query, exit code, stderr)
    ('"产城融合', 2, "parktool: query '\"产城融合': unbalanced quotes (\" opened, never closed)"),
    ("“产城融合", 2, "parktool: query '“产城融合': unbalanced quotes (“ opened, never closed)"),
    ('""', 2, "parktool: query '\"\"': empty phrase \"\""),
    ("AND", 2, "parktool: query 'AND': AND needs a word before it"),
    ("园区 AND", 2, "parktool: query '园区 AND': AND needs a word after it"),
    ("NOT 园区", 2, "parktool: query 'NOT 园区': NOT needs a word before it (write: a NOT b)"),
    ("园区 AND OR 人才", 2, "parktool: query '园区 AND OR 人才': AND OR: two operators in a row"),
    ("*", 2, "parktool: query '*': * (prefix search) is not supported; a word already matches the longer "
             "words that contain it"),
    ("NEAR(园区 人才)", 2, "parktool: query 'NEAR(园区 人才)': NEAR is not supported; use a phrase \"…\" or "
                         "words separated by spaces (all must match)"),
    ("title:园区", 2, "parktool: query 'title:园区': column filters (title:) are not supported; search looks "
                     "in titles and texts; use --site, --park, --tag to narrow it"),
    ("{title body}:园区", 2, "parktool: query '{title body}:园区': column filters ({title body}:) are not "
                            "supported; search looks in titles and texts; use --site, --park, --tag to narrow it"),
    ('"; DROP TABLE documents; --', 2, "parktool: query '\"; DROP TABLE documents; --': unbalanced quotes "
                                       "(\" opened, never closed)"),
    (") OR 1=1 --", 2, "parktool: query ') OR 1=1 --': unbalanced parentheses () closes nothing)"),
    ("()", 2, "parktool: query '()': empty parentheses ()"),
    ("，。；", 2, "parktool: query '，。；': nothing to search for"),
    ("'; DROP TABLE documents; --", 1, "no documents match '; DROP TABLE documents; --"),
    ("documents WHERE 1=1 UNION SELECT text FROM documents", 1,
     "no documents match documents WHERE 1=1 UNION SELECT text FROM documents"),
    ("园区 OR 1=1", 0, "5 documents"),
    ("^园区", 0, "5 documents"),
    ("半導體", 0, "2 documents"),
]


@pytest.mark.parametrize("query, code, stderr", SEARCHES)
def test_any_typed_query_gives_results_or_one_clear_line(seeds_db, query, code, stderr):
    r = run("--db", seeds_db, "search", query, "--format", "tsv")
    assert (r.code, r.stderr) == (code, stderr + "\n")
    assert len(r.stdout.splitlines()) == (1 + int(stderr.split()[0]) if code == 0 else 1 if code == 1 else 0)
    assert count(seeds_db) == 5 and count(seeds_db, "facts") > 0


# ---------------------------------------------------------------- schema migrations

def user_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def downgraded(src: Path, dst: Path) -> Path:
    """The seeds' corpus as an earlier release wrote it: schema 1, without migration 2's index
    and migration 3's column."""
    copy_corpus(src, dst)
    conn = sqlite3.connect(dst)
    conn.execute("DROP INDEX documents_dedup")
    conn.execute("ALTER TABLE facts DROP COLUMN in_title")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return dst


def indexes(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


def test_a_corpus_of_the_previous_release_is_migrated_in_place(seeds_db, tmp_path):
    db = downgraded(seeds_db, tmp_path / "v1.db")
    assert "documents_dedup" not in indexes(db)
    r = run("--db", db, "stats", "--format", "json")
    assert r.code == 0 and json.loads(r.stdout)[0] == {"measure": "documents", "value": 5}
    assert user_version(db) == SCHEMA_VERSION == 3
    assert "documents_dedup" in indexes(db)
    conn = sqlite3.connect(db)
    assert "in_title" in {r[1] for r in conn.execute("PRAGMA table_info(facts)")}
    conn.close()
    assert check_counts(db) == check_counts(seeds_db)


def check_counts(db: Path) -> dict[str, int]:
    return {t: count(db, t) for t in ("documents", "facts", "doc_parks", "signatures", "fts_docsize")}


def test_a_failed_migration_leaves_the_file_at_its_old_version(seeds_db, tmp_path, monkeypatch):
    db = copy_corpus(seeds_db, tmp_path / "c.db")
    before = check_counts(db)
    step = "CREATE TABLE extra (x INTEGER);\nCREATE INDEX extra_x ON extra(x);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(C, "MIGRATIONS", C.MIGRATIONS + (step,))
    monkeypatch.setattr(C, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    one_line_error(run("--db", db, "stats"),
                   f"{db}: could not upgrade the corpus from schema {SCHEMA_VERSION} to {SCHEMA_VERSION + 1} "
                   "(no such table: no_such_table); the file is unchanged")
    assert user_version(db) == SCHEMA_VERSION and "extra_x" not in indexes(db) and count(db, "extra") == 0
    assert check_counts(db) == before


def test_a_migration_killed_half_way_leaves_the_file_at_its_old_version(seeds_db, tmp_path):
    """A process dies (SIGKILL) inside the migration, after its first statements ran."""
    db = downgraded(seeds_db, tmp_path / "v1.db")
    before = check_counts(db)
    child = f"""
import os, signal, sqlite3
from parktool import corpus as C
C.MIGRATIONS = C.MIGRATIONS + ("CREATE TABLE extra (x);\\nSELECT die();\\n",)
C.SCHEMA_VERSION = len(C.MIGRATIONS)
configure = C.Corpus._configure
def dying(self):
    configure(self)
    self.conn.create_function("die", 0, lambda: os.kill(os.getpid(), signal.SIGKILL))
C.Corpus._configure = dying
C.Corpus.open({str(db)!r})
"""
    r = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=child_env(), capture_output=True, timeout=60)
    assert r.returncode == -signal.SIGKILL
    assert user_version(db) == 1 and count(db, "extra") == 0
    assert "documents_dedup" not in indexes(db)  # migration 2 ran in the same transaction: gone too
    assert check_counts(db) == before
    assert run("--db", db, "stats").code == 0 and user_version(db) == SCHEMA_VERSION


def test_a_corpus_of_a_newer_release_is_refused_untouched(seeds_db, tmp_path):
    db = copy_corpus(seeds_db, tmp_path / "new.db")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha(db)
    for args in (["stats"], ["ingest", SEEDS], ["tag"]):
        one_line_error(run("--db", db, *args), f"{db}: written by a newer parktool (schema {SCHEMA_VERSION + 1}, this one knows {SCHEMA_VERSION}); "
                                               "upgrade parktool to read it")
    assert sha(db) == before
