"""Time park recognition and fact extraction against segmentation.

    .venv/bin/python benchmarks/bench_extract.py [--repeat N] [--rounds R] [--jsonl FILE] [--stages]

Extraction runs inside `ingest` for every document, beside segmentation (the full-text index
needs it anyway); this script says what share of that cost extraction adds. Each seed is cleaned
once, then every timed pass goes over the seeds' texts repeated N times: as separate documents
(what ingest sees) and joined into one long text (to show the cost is linear). With --jsonl, the
same passes run over a corpus of `benchmarks/generate.py` instead (its records cleaned first):
new text in every document, so caches of recurring names and numerals help less.

Times are CPU seconds of this process (time.process_time), the best of R rounds: other
processes on the machine then cost this one little, and the ratios stay comparable. With
--stages, `extract_facts` is also timed up to each of its stages (the document's offsets, finding
the figures, reading them), so that the differences say where its time goes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _seedtext import seed_texts  # noqa: E402

from parktool import metrics  # noqa: E402
from parktool.clean import clean_text  # noqa: E402
from parktool.metrics import extract_facts  # noqa: E402
from parktool.parks import find_parks  # noqa: E402
from parktool.text import segment  # noqa: E402


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def documents(args: argparse.Namespace) -> list[tuple[str, str, str]]:
    """(cleaned text, title, published) of every document timed."""
    if args.jsonl is None:
        return [(s.text, s.title, s.published) for s in seed_texts()] * args.repeat
    docs = []
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            cleaned = clean_text(record.get("text", ""))
            docs.append((cleaned.text, cleaned.title or record.get("title", ""),
                         cleaned.published or record.get("date", "")))
    return docs


def stages(docs: list[tuple[str, str, str]], found: list, total: float, rounds: int) -> list[tuple[str, float]]:
    """`extract_facts` (parks given, `total` seconds) split into stages, each timed as the
    pipeline up to its end: offsets, + finding figures, + reading them; the rest is naming
    indicators and the facts' parks and years."""
    lex = metrics._lexicon()

    def through(stage: int) -> None:
        for (text, title, published), p in zip(docs, found):
            doc = metrics._Document(text, title, published, p, lex)
            if stage > 0:
                matches = list(metrics._figure_matches(text, lex))
                if stage > 1:
                    for m in matches:
                        metrics._figure(doc, m)

    ends = [best(lambda: through(stage), rounds) for stage in range(3)]
    names = ["offsets (breaks, quotes, years)", "finding figures", "reading figures"]
    out = [(f"  stage: {name}", t - before) for name, t, before in zip(names, ends, [0.0] + ends)]
    return out + [("  stage: indicators, parks, years", total - ends[-1])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the seeds per pass")
    ap.add_argument("--rounds", type=int, default=7, help="passes timed; the best counts")
    ap.add_argument("--jsonl", help="a generate.py corpus to time instead of the seeds")
    ap.add_argument("--stages", action="store_true", help="also time extract_facts stage by stage")
    args = ap.parse_args()
    docs = documents(args)
    joined = "\n".join(text for text, _, _ in docs)
    for text, title, published in docs[:5]:  # load dictionaries, tables, lexicons
        segment(text, "rjieba")
        segment(text, "jieba")
        extract_facts(text, title=title, published=published)

    def parks():
        for text, title, _ in docs:
            find_parks(text, title)

    found = [find_parks(text, title) for text, title, _ in docs]

    def facts():
        for (text, title, published), p in zip(docs, found):
            extract_facts(text, title=title, published=published, parks=p)

    def both():
        for text, title, published in docs:
            extract_facts(text, title=title, published=published)

    rows = [
        ("segment (rjieba, default)", best(lambda: [segment(t, "rjieba") for t, _, _ in docs], args.rounds)),
        ("segment (jieba, reference)", best(lambda: [segment(t, "jieba") for t, _, _ in docs], max(1, args.rounds // 3))),
        ("find_parks", best(parks, args.rounds)),
        ("extract_facts, parks given", best(facts, args.rounds)),
        ("find_parks + extract_facts", best(both, args.rounds)),
        ("one joined text: segment (rjieba)", best(lambda: segment(joined, "rjieba"), args.rounds)),
        ("one joined text: find_parks + extract_facts", best(lambda: extract_facts(joined), args.rounds)),
    ]
    if args.stages:
        rows += stages(docs, found, rows[3][1], args.rounds)
    chars = len(joined)
    base, reference = rows[0][1], rows[1][1]
    print(f"{len(docs)} documents, {chars} characters")
    print(f"{'':45} {'ms':>9} {'Mchar/s':>8} {'÷rjieba':>8} {'÷jieba':>7}")
    for name, t in rows:
        print(f"{name:45} {t * 1000:9.1f} {chars / t / 1e6:8.2f} {t / base:8.2f} {t / reference:7.2f}")


if __name__ == "__main__":
    main()
