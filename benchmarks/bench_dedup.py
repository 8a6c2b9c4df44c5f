"""How fast `dedup` is, how much memory it takes, and how well it finds the generator's copies.

    python benchmarks/bench_dedup.py --docs 100000            # the figures in docs/dedup.md
    python benchmarks/bench_dedup.py --docs 25000 50000 100000 # memory against corpus size
    python benchmarks/bench_dedup.py --sweep                   # similarities behind the defaults

For each size it builds a corpus from benchmarks/generate.py (cleaned text = the article's
paragraphs in simplified script, as ingest would store them; rows inserted with Corpus.store,
so ingest is not timed), then measures, on this machine:

- signatures: `dedup.signature` over 2,000 of the documents, best of three passes (what ingest
  adds per document);
- dedup: a first `parktool dedup` over the whole corpus (LSH + verification + marks), run in a
  child process so that its peak RSS is its own;
- incremental: 1% more documents ingested, then `dedup` again;
- quality: pairwise precision and recall of the clusters against the generator's answer key.

`--sweep` prints, as Markdown tables, the Jaccard similarity and containment of harder and
harder copies of the seeds' cleaned articles (re-typed characters, excerpts, added text) against
their originals, with the chance that LSH proposes them and the verdict of the defaults, and the
same figures for pairs of different articles (the seeds; generated documents).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import SEEDS, Doc, Generator, edit_characters  # noqa: E402

from parktool import dedup  # noqa: E402
from parktool.corpus import Corpus, Document, Processed  # noqa: E402
from parktool.text import to_simplified  # noqa: E402

BATCH = 1000


def processed(doc: Doc) -> Processed:
    """The document as ingest would store it, signature included."""
    text = "\n".join(doc.paragraphs)
    if doc.script == "hant":
        text = to_simplified(text)
    document = Document(
        doc_id=hashlib.sha256(doc.text().encode("utf-8")).hexdigest()[:16], source=doc.url,
        title=to_simplified(doc.title), site=to_simplified(doc.site), published=doc.published,
        script=doc.script, chars=len(text), format="jsonl",
        text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], original=doc.text(), text=text)
    return Processed(document, minhash=dedup.signature(text).tobytes())


def signature_rate(texts: list[str], repeats: int = 3) -> float:
    """Documents a second `dedup.signature` handles on one core (best of `repeats` passes)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            dedup.signature(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def build(db: Path, docs: int, seed: int) -> tuple[dict[str, str], Generator]:
    """Store `docs` generated documents; returns url -> original url, and the stream to go on."""
    stream = Generator(seed)
    truth: dict[str, str] = {}
    with Corpus.open(db, create=True) as corpus:
        batch = []
        for doc in islice(stream, docs):
            p = processed(doc)
            truth[doc.url] = doc.original_url
            batch.append(p)
            if len(batch) == BATCH:
                corpus.store(batch)
                batch = []
        corpus.store(batch)
    return truth, stream


def add(db: Path, stream: Generator, docs: int, truth: dict[str, str]) -> None:
    with Corpus.open(db) as corpus:
        batch = []
        for doc in islice(stream, docs):
            truth[doc.url] = doc.original_url
            batch.append(processed(doc))
        corpus.store(batch)


# The CLI in a child process that reports its own peak RSS (kB) as the last line of stderr:
# VmHWM, because ru_maxrss keeps the high-water mark of the parent forked before exec.
_CHILD = """
import resource, sys
from parktool.cli import main
try:
    main(sys.argv[1:])
finally:
    try:
        with open("/proc/self/status") as f:
            peak = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"\\n{peak}\\n")
"""


def run_dedup(db: Path) -> dict:
    """`parktool dedup` in a child process: wall seconds, its peak RSS, its stderr summary."""
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", _CHILD, "--db", str(db), "dedup", "--format", "tsv"],
                       capture_output=True, text=True)
    seconds = time.perf_counter() - start
    *summary, rss_kb = r.stderr.strip().split("\n")
    if r.returncode != 0:
        raise SystemExit(f"dedup failed: {r.stderr}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(int(rss_kb) / 1024),
            "summary": "\n".join(summary).strip()}


def quality(db: Path, truth: dict[str, str]) -> dict:
    """Pairwise precision/recall: pairs in one found cluster vs pairs copied from one original."""
    with Corpus.open(db) as corpus:
        rows = corpus.query("SELECT d.source, coalesce(o.source, d.source) AS canonical FROM documents d"
                            " LEFT JOIN duplicates u ON u.doc_id = d.doc_id"
                            " LEFT JOIN documents o ON o.doc_id = u.duplicate_of")
    found = {r["source"]: r["canonical"] for r in rows}
    actual = {url: (original or url) for url, original in truth.items()}

    def pairs(groups: dict[str, str]) -> int:
        sizes: dict = {}
        for key in groups.values():
            sizes[key] = sizes.get(key, 0) + 1
        return sum(n * (n - 1) // 2 for n in sizes.values())

    both = pairs({url: (found[url], actual[url]) for url in found})
    found_pairs, true_pairs = pairs(found), pairs(actual)
    return {"true_pairs": true_pairs, "found_pairs": found_pairs, "correct_pairs": both,
            "precision": round(both / found_pairs, 4) if found_pairs else 1.0,
            "recall": round(both / true_pairs, 4) if true_pairs else 1.0}


def measure(docs: int, seed: int, folder: Path) -> dict:
    db = folder / f"bench-{docs}.db"
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    truth, stream = build(db, docs, seed)
    built = time.perf_counter() - start
    with Corpus.open(db) as corpus:
        sample = [row["text"] for row in corpus.query("SELECT text FROM documents LIMIT 2000")]
    first = run_dedup(db)
    extra = max(1, docs // 100)
    add(db, stream, extra, truth)
    again = run_dedup(db)
    return {
        "docs": docs,
        "build_seconds": round(built, 1),
        "signature_docs_per_s": round(signature_rate(sample)),
        "chars_per_doc": round(sum(map(len, sample)) / len(sample)),
        "dedup": first | {"docs_per_s": round(docs / first["seconds"])},
        "incremental": again | {"new_docs": extra},
        "quality": quality(db, truth),
        "signatures_mb": round(docs * dedup.NUM_PERM * 4 / 2**20, 1),
        "cores": os.cpu_count(),
    }


def lsh_chance(jaccard: float) -> float:
    """Probability that banded LSH proposes a pair of this Jaccard similarity."""
    return 1 - (1 - jaccard ** dedup.ROWS) ** dedup.BANDS


def sweep(seed: int) -> None:
    """Similarity of copies as they get harder, and of different articles (Markdown tables)."""
    import itertools
    import random

    from parktool.clean import clean_text

    articles = [clean_text(p.read_text(encoding="utf-8")).text.split("\n") for p in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(seed)

    def copies(paragraphs: list[str]) -> list[tuple[str, str]]:
        out = [(f"{int(rate * 100)}% of characters re-typed", "\n".join(edit_characters(p, rate, rng) for p in paragraphs))
               for rate in (0.02, 0.05, 0.08, 0.10, 0.15, 0.20)]
        for keep in (0.9, 0.75, 0.6, 0.5, 0.4):
            out.append((f"first {int(keep * 100)}% of the text", "\n".join(paragraphs)[: int(len("\n".join(paragraphs)) * keep)]))
        for extra in (0.25, 0.5, 1.0):
            other = "\n".join(rng.choice([a for a in articles if a is not paragraphs]))
            text = "\n".join(paragraphs)
            out.append((f"{int(extra * 100)}% more text added", text + "\n" + other[: int(len(text) * extra)]))
        return out

    stream = Generator(seed)
    generated = ["\n".join(d.paragraphs) for d in islice((d for d in stream if d.duplicate_of < 0), 2000)]
    generated = [to_simplified(t) for t in generated]
    pairs = [rng.sample(range(len(generated)), 2) for _ in range(20000)]
    hard = {name: text for name, text in copies(articles[0])}  # the same edits for every k
    print("| shingle k | copy, 5% re-typed: Jaccard | copy, 10% re-typed | seeds: max Jaccard | "
          "generated pairs: max Jaccard | 99.9th percentile |")
    print("| --- | --- | --- | --- | --- | --- |")
    chosen = dedup.SHINGLE
    for k in (3, 4, 5, 6, 8):
        dedup.SHINGLE = k  # the module reads it at call time
        original = dedup.shingles("\n".join(articles[0]))
        retyped = [dedup.overlap(original, dedup.shingles(hard[f"{r}% of characters re-typed"])).jaccard for r in (5, 10)]
        sets = [dedup.shingles("\n".join(a)) for a in articles]
        seeds_max = max(dedup.overlap(a, b).jaccard for a, b in itertools.combinations(sets, 2))
        gsets = [dedup.shingles(t) for t in generated]
        background = np.array([dedup.overlap(gsets[i], gsets[j]).jaccard for i, j in pairs])
        print(f"| {k}{' (chosen)' if k == chosen else ''} | {retyped[0]:.3f} | {retyped[1]:.3f} | {seeds_max:.4f} | "
              f"{background.max():.4f} | {np.percentile(background, 99.9):.4f} |")
    dedup.SHINGLE = chosen
    print()

    rows: dict[str, list[dedup.Overlap]] = {}
    for paragraphs in articles:
        original = dedup.shingles("\n".join(paragraphs))
        for name, text in copies(paragraphs):
            rows.setdefault(name, []).append(dedup.overlap(original, dedup.shingles(text)))
    print("| copy of a seed article | Jaccard (min of 5) | containment (min) | LSH chance | marked (all 5?) |")
    print("| --- | --- | --- | --- | --- |")
    for name, found in rows.items():
        j = min(o.jaccard for o in found)
        c = min(o.containment for o in found)
        print(f"| {name} | {j:.3f} | {c:.3f} | {lsh_chance(j):.3f} | {all(map(dedup.is_near_duplicate, found))} |")

    sets = [dedup.shingles("\n".join(a)) for a in articles]
    seeds_pairs = [dedup.overlap(a, b) for a, b in itertools.combinations(sets, 2)]
    gsets = [dedup.shingles(t) for t in generated]
    generated_pairs = [dedup.overlap(gsets[i], gsets[j]) for i, j in pairs]
    print()
    print("| different articles | pairs | Jaccard max | containment max | shared max | LSH chance at max |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, found in (("the seeds, pairwise", seeds_pairs), ("generated documents, random pairs", generated_pairs)):
        j = max(o.jaccard for o in found)
        print(f"| {name} | {len(found)} | {j:.4f} | {max(o.containment for o in found):.4f} | "
              f"{max(o.shared for o in found)} | {lsh_chance(j):.2e} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="where to build the corpora (default: a temporary folder)")
    parser.add_argument("--sweep", action="store_true", help="print the similarity tables instead")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.seed)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.docs:
            print(json.dumps(measure(n, args.seed, folder), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
