"""How fast `search` answers and how big its full-text index is, on a synthetic corpus.

    python benchmarks/bench_search.py --docs 100000                  # the figures in docs/search.md
    python benchmarks/bench_search.py --docs 100000 --db /tmp/s.db   # keep the corpus for reruns

The corpus comes from benchmarks/generate.py (seeded): each document is stored as ingest stores
it (cleaned text in simplified script, title and text segmented into the `fts` index) through
Corpus.store, so cleaning is not timed but segmentation and indexing are. Then, on this machine:

- latency: each query of QUERIES (words, phrases, operators, a traditional-script query, and
  words drawn at random from the corpus vocabulary) runs once to warm up and REPEAT times through
  `parktool.search.search` (parse, compound expansion, BM25 ranking, snippets; limit 20); the
  median and 90th percentile over all timed runs are reported, in wall time and in CPU time of
  this process (wall time grows with whatever else the machine runs; CPU time much less), with
  each query's matches, the median of the queries that match at most a tenth of the corpus, and
  the cost per match (exact BM25 reads every matching document, so time grows with the matches);
- the impact side index (docs/search.md): the latencies are measured first without it (a
  reused corpus's is dropped), then it is built as ingest builds it (CPU and wall time), then
  measured again; every query's results (ids and scores) must be the same both times;
- the command line: `parktool search` in a fresh process (start-up and dictionaries included);
- size: pages of the fts_* tables (dbstat) against the UTF-8 bytes of the titles and texts,
  and of the side index.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import Doc, Generator  # noqa: E402

from parktool import text as T  # noqa: E402
from parktool.corpus import Corpus, Document, Processed  # noqa: E402
from parktool.search import build_impact, parse, search  # noqa: E402

BATCH = 1000
REPEAT = 5
QUERIES = [
    "园区", "芯片", "半导体", "半導體", "新能源汽车", "生物医药", "产城融合", "人才", "招商引资",
    "营商环境", "科创中心", "膜技术", "标准厂房", "城市更新", "综合保税区", "光伏", "储能",
    '"产城融合" AND 人才', "芯片 OR 晶圆", "人才 NOT 产城融合", "新能源汽车 零部件", '"高质量发展"',
    # places and parks the generator draws afresh for each document: selective, as topic words
    # are in a real corpus (here every seed word is in 15-95% of the documents)
    "绵阳", "赣州 高新区", "包头经开区", "乌鲁木齐", "芜湖 产业集聚区 人才",
]
RANDOM_WORDS = 30


def processed(doc: Doc) -> Processed:
    """The document as ingest stores it: simplified text and title, both segmented."""
    text = "\n".join(doc.paragraphs)
    title = doc.title
    if doc.script == "hant":
        text, title = T.to_simplified(text), T.to_simplified(title)
    document = Document(
        doc_id=hashlib.sha256(doc.text().encode("utf-8")).hexdigest()[:16], source=doc.url,
        title=title, site=T.to_simplified(doc.site), published=doc.published, script=doc.script,
        chars=len(text), format="jsonl", text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        original=doc.text(), text=text)
    return Processed(document, segmented_title=T.segmented(title), segmented_text=T.segmented(text))


def build(db: Path, docs: int, seed: int, workers: int) -> float | None:
    """Store `docs` generated documents (reusing a corpus that has them); seconds taken, or None."""
    if db.exists():
        with Corpus.open(db) as corpus:
            if corpus.count() >= docs:
                return None
        db.unlink()
    start = time.perf_counter()
    stream = (doc for doc, _ in zip(Generator(seed), range(docs)))
    with Corpus.open(db, create=True) as corpus, Pool(workers) as pool, corpus.bulk_load():
        batch = []  # as ingest loads: its FTS5 settings, the index merged at the end
        for p in pool.imap(processed, stream, chunksize=50):
            batch.append(p)
            if len(batch) == BATCH:
                corpus.store(batch)
                batch = []
        corpus.store(batch)
    return time.perf_counter() - start


def random_words(corpus: Corpus, n: int, seed: int) -> list[str]:
    """Words of two to four characters from the stored texts, drawn with a fixed seed."""
    rng = random.Random(seed)
    seqs = [r["seq"] for r in corpus.query("SELECT seq FROM documents ORDER BY seq LIMIT 2000")]
    words: set[str] = set()
    for seq in rng.sample(seqs, min(50, len(seqs))):
        text = corpus.query("SELECT text FROM documents WHERE seq = ?", (seq,))[0]["text"]
        words.update(w for w in T.segment(text) if 2 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in w))
    return rng.sample(sorted(words), min(n, len(words)))


def latency(corpus: Corpus, queries: list[str]) -> tuple[list[dict], list[float], list[float]]:
    """Per query its matches, results (id, score) and median wall and CPU ms; and every timed
    run's wall and CPU ms."""
    rows, walls, cpus = [], [], []
    for q in queries:
        matches = corpus.query("SELECT count(*) AS n FROM fts WHERE fts MATCH ?", (parse(q).match,))[0]["n"]
        hits = [(h.doc_id, h.score) for h in search(corpus, q, limit=20)]  # warm-up: caches, pages
        wall, cpu = [], []
        for _ in range(REPEAT):
            start, start_cpu = time.perf_counter(), time.process_time()
            search(corpus, q, limit=20)
            cpu.append((time.process_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start) * 1000)
        walls += wall
        cpus += cpu
        rows.append({"query": q, "matches": matches, "hits": hits, "ms": statistics.median(wall),
                     "cpu": statistics.median(cpu)})
    return rows, walls, cpus


def p90(timings: list[float]) -> float:
    return sorted(timings)[int(0.9 * (len(timings) - 1))]


def spread(timings: list[float]) -> str:
    """Median, 90th percentile and maximum of some timings, as the tables print them."""
    return f"median {statistics.median(timings):.1f} ms, p90 {p90(timings):.1f} ms, max {max(timings):.1f} ms"


def command_line(db: Path, query: str) -> float:
    """Wall seconds of `parktool search` in a new process (the median of three)."""
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "parktool", "--db", str(db), "search", query, "--format", "tsv"],
                       capture_output=True, check=False, cwd=HERE.parent)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def sizes(corpus: Corpus) -> tuple[int, int, int]:
    """Bytes of the full-text index (FTS5's fts_* tables), of the titles and texts it indexes,
    and of the impact side index (fts_impact*)."""
    index = corpus.query("SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'fts%'"
                         " AND name NOT LIKE 'fts_impact%'")[0]["n"]
    text = corpus.query("SELECT sum(length(CAST(text AS BLOB)) + length(CAST(title AS BLOB))) AS n"
                        " FROM documents")[0]["n"]
    impact = corpus.query("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE 'fts_impact%'")[0]["n"]
    return index, text, impact


def report(label: str, rows: list[dict], walls: list[float], cpus: list[float], n: int) -> None:
    """Median and p90 over all timed runs and per query set (fixed, random words, selective)."""
    print(f"\n{label}: latency over {len(walls)} runs of {len(rows)} queries: wall {spread(walls)};"
          f" CPU {spread(cpus)}")
    fixed = set(QUERIES)
    for name, keep in (("fixed queries", lambda r: r["query"] in fixed),
                       ("random words", lambda r: r["query"] not in fixed),
                       ("matching at most 10% of the documents", lambda r: r["matches"] <= n // 10)):
        chosen = [r for r in rows if keep(r)]
        if chosen:
            print(f"- {name} ({len(chosen)}): per-query medians, median {statistics.median(r['cpu'] for r in chosen):.1f}"
                  f" ms CPU ({statistics.median(r['ms'] for r in chosen):.1f} wall), p90"
                  f" {p90([r['cpu'] for r in chosen]):.1f} ms CPU")
    per_match = [r["cpu"] * 1000 / r["matches"] for r in rows if r["matches"] >= 1000]
    if per_match:
        print(f"- cost per matching document (queries with 1,000+ matches): median"
              f" {statistics.median(per_match):.2f} µs of CPU")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, default=Path("/tmp/parktool-bench-search.db"),
                        help="where the corpus is built (reused when it holds enough documents)")
    parser.add_argument("--workers", type=int, default=2, help="processes that segment documents")
    args = parser.parse_args(argv)

    built = build(args.db, args.docs, args.seed, args.workers)
    with Corpus.open(args.db) as corpus:
        corpus.drop_impact()  # measured without it first
        n = corpus.count()
        queries = QUERIES + random_words(corpus, RANDOM_WORDS, args.seed)
        before = latency(corpus, queries)
        start, start_cpu = time.perf_counter(), time.process_time()
        build_impact(corpus)
        build_cpu, build_wall = time.process_time() - start_cpu, time.perf_counter() - start
        after = latency(corpus, queries)
        index, text, impact = sizes(corpus)
    cli = command_line(args.db, "芯片")

    print(f"corpus: {n} documents" + (f", built and indexed in {built:.0f} s ({n / built:.0f} docs/s)" if built else ""))
    print(f"impact side index built in {build_cpu:.1f} s of CPU ({build_wall:.1f} s wall), {impact / 2**20:.1f} MiB")
    print("\n| query | matches | median ms CPU, without | with | wall, with |\n| --- | ---: | ---: | ---: | ---: |")
    for b, a in zip(before[0], after[0]):
        print(f"| {a['query']} | {a['matches']} | {b['cpu']:.1f} | {a['cpu']:.1f} | {a['ms']:.1f} |")
    report("without the side index", *before, n)
    report("with the side index", *after, n)
    differ = [a["query"] for b, a in zip(before[0], after[0]) if a["hits"] != b["hits"]]
    print(f"\nresults (ids and scores) with and without it: {'identical' if not differ else 'DIFFER: ' + ', '.join(differ)}")
    print(f"`parktool search 芯片` in a new process: {cli:.2f} s")
    print(f"index {index / 2**20:.1f} MiB, text {text / 2**20:.1f} MiB: index/text = {index / text:.2f}")


if __name__ == "__main__":
    main()
