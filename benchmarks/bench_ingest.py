"""How fast the whole pipeline is, from files to a searchable corpus, and how much memory it takes.

    python benchmarks/bench_ingest.py                     # 10,000 documents (some minutes)
    python benchmarks/bench_ingest.py --docs 10000 100000 # and 100,000 (the better part of an hour)
    python benchmarks/bench_ingest.py --gigabyte          # only: peak memory ingesting 1 GB of text

The corpus comes from benchmarks/generate.py (seeded; 10% near duplicates, 20% traditional
script) as one JSONL file; HTML pages are the same generated articles wrapped in three page
templates of the kinds park news comes in (a CMS page with navigation, sidebar, related list
and footer; a GBK table-layout government page; a static post). For each size, on this machine:

- bare rjieba: `rjieba.Jieba().cut` over the same article texts, in this process, one core, best
  of three passes over (at most) 10,000 texts: the yardstick the ingest rate is divided by;
- ingest (plain text): `parktool ingest FILE.jsonl --workers N` into a new corpus, in a child
  process: wall seconds, MB/s (UTF-8 bytes of the article texts), documents/s, the peak
  memory of the process and its pool workers (sampled every 50 ms from /proc: the sum of their
  RSS, and the sum of their PSS, which counts pages the forked workers share once), and their
  CPU seconds, which give the rate the same run would reach with the cores to itself;
- ingest (HTML pages): a folder of pages the same way; pages/s;
- dedup: a first `parktool dedup`; then 1,000 more documents ingested and `dedup` again;
- search: the median latency of benchmarks/bench_search.py's fixed queries, in process
  (`parktool.search.search`, limit 20, each query once to warm up, then five times);
- export: `parktool export metrics --format parquet` and `export documents --format csv`.

Ingest runs are repeated (`--repeat`, best of N) because other work shares the two cores.
Results print as Markdown tables (and as JSON with --json FILE).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_search import QUERIES  # noqa: E402
from generate import Doc, Generator, record  # noqa: E402

EXTRA = 1000  # documents added before the second, incremental dedup
SEARCH_REPEAT = 5
YARDSTICK_DOCS = 10_000


# ---------------------------------------------------------------- inputs

def write_jsonl(path: Path, docs: int, seed: int, skip: int = 0) -> int:
    """Documents skip..skip+docs of the seeded stream as JSONL (kept for reruns); text bytes."""
    if not path.exists():
        tmp = path.with_suffix(".part")
        with open(tmp, "w", encoding="utf-8") as f:
            for doc in islice(Generator(seed), skip, skip + docs):
                f.write(json.dumps(record(doc), ensure_ascii=False) + "\n")
        tmp.rename(path)
    return sum(len(t.encode("utf-8")) for t in texts(path))


def texts(path: Path, limit: int | None = None):
    with open(path, encoding="utf-8") as f:
        for line in islice(f, limit):
            yield json.loads(line)["text"]


NAV = ("首页", "新闻中心", "园区动态", "招商引资", "政务公开", "政策法规", "投资指南", "企业服务", "党建工作", "联系我们")


def page(doc: Doc, others: list[Doc]) -> tuple[str, str]:
    """One of three page templates for `doc`, chosen by its site: (html, encoding)."""
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in doc.paragraphs)
    related = "".join(f'<li><a href="/a/{o.number}.html">{esc(o.title)}</a><span>{o.published}</span></li>'
                      for o in others)
    nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV))
    kind = int(doc.host[5:13], 16) % 3
    if kind == 0:
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(doc.title)}_{esc(doc.site)}</title>
<meta name="keywords" content="{esc(doc.title)}"><meta property="og:site_name" content="{esc(doc.site)}">
<link rel="stylesheet" href="/css/main.css"><style>.nav li{{float:left}} .content p{{text-indent:2em}}</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js";}})();</script>
</head><body><div class="top"><div class="logo"><a href="/">{esc(doc.site)}</a></div>
<ul class="nav">{nav}</ul><form class="search"><input name="q"><button>搜索</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">园区动态</a> &gt; 正文</div>
<div class="main"><div class="article"><h1>{esc(doc.title)}</h1>
<div class="info">来源：{esc(doc.site)}　发布时间：{doc.published} 10:32　浏览次数：{doc.number % 997}</div>
<div class="content">{paras}</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a>　【<a>打印</a>】【<a>关闭</a>】</div></div>
<div class="side"><h3>热点新闻</h3><ul>{related}</ul></div></div>
<div class="related"><h3>相关文章</h3><ul>{related}</ul></div>
<div class="footer"><p>版权所有 © {esc(doc.site)}　地址：产业大道1号　电话：0571-88886666</p>
<p>浙ICP备12345678号-1　网站标识码：3300000001</p></div>
<script src="/js/stat.js"></script></body></html>""", "utf-8"
    if kind == 1:
        rows = "\n".join(f'<tr><td class="text"><font size="3">{esc(p)}</font></td></tr>' for p in doc.paragraphs)
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(doc.title)}</title></head><body>
<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="nav">{" | ".join(NAV)}</td></tr></table>
<table width="1000" align="center"><tr><td width="250" valign="top"><table><tr><td>政务公开</td></tr>
<tr><td>通知公告</td></tr><tr><td>园区简介</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center"><b><font size="5">{esc(doc.title)}</font></b></td></tr>
<tr><td align="center">发布日期：{doc.published}　信息来源：{esc(doc.site)}　【字体：大 中 小】</td></tr>
{rows}
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
<table width="1000" align="center"><tr><td>主办单位：{esc(doc.site)}　技术支持：信息中心　备案号：浙ICP备05012345号</td></tr></table>
</body></html>""", "gb18030"
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(doc.title)} | {esc(doc.site)}</title>
<meta name="description" content="{esc(doc.paragraphs[0][:60])}"></head><body>
<header><a href="/">{esc(doc.site)}</a><nav>{nav}</nav></header>
<main><article><h1>{esc(doc.title)}</h1><time datetime="{doc.published}">{doc.published}</time>
{paras}
</article><aside><h2>推荐阅读</h2><ul>{related}</ul></aside></main>
<footer>© {doc.published[:4]} {esc(doc.site)} 保留所有权利</footer></body></html>""", "utf-8"


def write_pages(folder: Path, pages: int, seed: int) -> int:
    """`pages` generated articles as HTML files (kept for reruns); bytes written."""
    if not folder.exists():
        tmp = folder.with_name(folder.name + ".part")
        tmp.mkdir(parents=True, exist_ok=True)
        rng = random.Random(seed)
        recent: list[Doc] = []
        for doc in islice(Generator(seed + 1), pages):
            others = rng.sample(recent, min(8, len(recent)))
            text, encoding = page(doc, others)
            (tmp / f"{doc.number:07d}.html").write_bytes(text.encode(encoding))
            recent = (recent + [doc])[-50:]
        tmp.rename(folder)
    return sum(p.stat().st_size for p in folder.iterdir())


# ---------------------------------------------------------------- measuring

def bare_rjieba(path: Path) -> float:
    """MB/s of rjieba alone over the article texts (one core, best of three passes)."""
    import rjieba

    sample = list(texts(path, YARDSTICK_DOCS))
    size = sum(len(t.encode("utf-8")) for t in sample)
    jieba = rjieba.Jieba()
    jieba.cut(sample[0], False)  # the dictionary loads on first use
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for t in sample:
            jieba.cut(t, False)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


class TreeMemory(threading.Thread):
    """Peak memory of a process and its descendants: summed RSS and PSS, sampled from /proc."""

    def __init__(self, pid: int, every: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_rss = self.peak_pss = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            rss = pss = 0
            for pid in self._tree(self.pid):
                try:
                    with open(f"/proc/{pid}/smaps_rollup") as f:
                        for line in f:
                            if line.startswith("Rss:"):
                                rss += int(line.split()[1])
                            elif line.startswith("Pss:"):
                                pss += int(line.split()[1])
                except OSError:
                    continue
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.done.wait(self.every)

    def _tree(self, pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            try:
                for task in os.listdir(f"/proc/{p}/task"):
                    with open(f"/proc/{p}/task/{task}/children") as f:
                        todo.extend(int(c) for c in f.read().split())
            except OSError:
                pass
        return out


def parktool(db: Path, *args: str) -> dict:
    """`parktool --db DB ARGS` in a child process: wall seconds, peak memory (MB), its stdout."""
    cmd = [sys.executable, "-m", "parktool", "--db", str(db), "--quiet", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    memory.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the child and its pool workers
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    memory.done.set()
    memory.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err}")
    return {"seconds": seconds, "cpu": cpu, "rss_mb": memory.peak_rss / 1024, "pss_mb": memory.peak_pss / 1024,
            "stdout": out}


def ingest(db: Path, source: Path, workers: int, repeat: int) -> dict:
    """Best of `repeat` ingests into a new corpus (the last one is kept for what follows)."""
    best = None
    for _ in range(repeat):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        r = parktool(db, "ingest", str(source), "--workers", str(workers), "--format", "json")
        r["report"] = json.loads(r["stdout"])
        if best is None or r["seconds"] < best["seconds"]:
            best = r
    return best


def search_latency(db: Path) -> float:
    """Median milliseconds of the fixed queries (in process, warmed)."""
    from parktool.corpus import Corpus
    from parktool.search import search

    timings = []
    with Corpus.open(db) as corpus:
        for q in QUERIES:
            search(corpus, q, limit=20)
            for _ in range(SEARCH_REPEAT):
                start = time.perf_counter()
                search(corpus, q, limit=20)
                timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def measure(docs: int, args: argparse.Namespace, work: Path) -> dict:
    corpus_file = work / f"docs-{docs}-seed{args.seed}.jsonl"
    extra_file = work / f"docs-{docs}-seed{args.seed}-extra{EXTRA}.jsonl"
    pages = min(docs, args.pages)
    pages_dir = work / f"pages-{pages}-seed{args.seed}"
    text_bytes = write_jsonl(corpus_file, docs, args.seed)
    write_jsonl(extra_file, EXTRA, args.seed, skip=docs)
    page_bytes = write_pages(pages_dir, pages, args.seed)
    rjieba_mb_s = bare_rjieba(corpus_file)
    repeat = args.repeat or (3 if docs <= 10_000 else 1)

    db = work / f"bench-{docs}.db"
    plain = ingest(db, corpus_file, args.workers, repeat)
    html_run = ingest(work / f"bench-pages-{pages}.db", pages_dir, args.workers, repeat)
    first = parktool(db, "dedup", "--format", "tsv")
    added = parktool(db, "ingest", str(extra_file), "--workers", str(args.workers))
    second = parktool(db, "dedup", "--format", "tsv")
    search_ms = search_latency(db)
    parquet = parktool(db, "export", "metrics", "--format", "parquet", "--output", str(work / "metrics.parquet"))
    csv = parktool(db, "export", "documents", "--format", "csv", "--output", str(work / "documents.csv"))
    mb_s = text_bytes / plain["seconds"] / 1e6
    return {
        "docs": docs, "text_mb": text_bytes / 1e6, "workers": args.workers, "repeat": repeat,
        "rjieba_mb_s": rjieba_mb_s,
        "ingest_s": plain["seconds"], "ingest_mb_s": mb_s, "ingest_docs_s": plain["report"]["added"] / plain["seconds"],
        "ratio_to_rjieba": mb_s / rjieba_mb_s, "ingest_rss_mb": plain["rss_mb"], "ingest_pss_mb": plain["pss_mb"],
        "ingest_cpu_ms_per_doc": plain["cpu"] * 1000 / plain["report"]["added"],
        "ingest_mb_s_if_idle": text_bytes / (plain["cpu"] / (os.cpu_count() or 1)) / 1e6,
        "pages_cpu_ms_per_page": html_run["cpu"] * 1000 / html_run["report"]["added"],
        "added": plain["report"]["added"], "rejected": len(plain["report"]["rejected"]),
        "pages": pages, "pages_mb": page_bytes / 1e6, "pages_s": html_run["seconds"],
        "pages_per_s": html_run["report"]["added"] / html_run["seconds"], "pages_rss_mb": html_run["rss_mb"],
        "pages_pss_mb": html_run["pss_mb"],
        "dedup_s": first["seconds"], "dedup_rss_mb": first["rss_mb"], "extra_ingest_s": added["seconds"],
        "dedup_again_s": second["seconds"], "search_median_ms": search_ms,
        "export_parquet_s": parquet["seconds"], "export_parquet_rss_mb": parquet["rss_mb"],
        "export_csv_s": csv["seconds"], "rows_metrics": _rows(work / "metrics.parquet"),
    }


def _rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def gigabyte(args: argparse.Namespace, work: Path) -> dict:
    """Peak memory of ingesting about 1 GB of article text (one JSONL file, one run)."""
    docs = args.gigabyte_docs
    source = work / f"docs-{docs}-seed{args.seed}.jsonl"
    text_bytes = write_jsonl(source, docs, args.seed)
    run = ingest(work / "bench-gigabyte.db", source, args.workers, 1)
    return {"docs": docs, "text_mb": text_bytes / 1e6, "file_mb": source.stat().st_size / 1e6,
            "ingest_s": run["seconds"], "ingest_mb_s": text_bytes / run["seconds"] / 1e6,
            "rss_mb": run["rss_mb"], "pss_mb": run["pss_mb"]}


def report(rows: list[dict]) -> None:
    print("| documents | text MB | ingest s | MB/s | docs/s | ÷ bare rjieba (MB/s) | peak RSS / PSS MB |"
          " HTML pages/s | dedup s | + 1,000 docs, dedup again s | search median ms | export metrics parquet s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['docs']:,} | {r['text_mb']:.0f} | {r['ingest_s']:.1f} | {r['ingest_mb_s']:.2f} |"
              f" {r['ingest_docs_s']:.0f} | {r['ratio_to_rjieba']:.3f} ({r['rjieba_mb_s']:.1f}) |"
              f" {r['ingest_rss_mb']:.0f} / {r['ingest_pss_mb']:.0f} | {r['pages_per_s']:.1f} ({r['pages']:,} pages,"
              f" {r['pages_rss_mb']:.0f} MB) | {r['dedup_s']:.1f} | {r['dedup_again_s']:.1f} |"
              f" {r['search_median_ms']:.1f} | {r['export_parquet_s']:.1f} ({r['rows_metrics']:,} rows,"
              f" {r['export_parquet_rss_mb']:.0f} MB) |")
    print("\nCPU time of the ingest process and its workers (what other work on the machine does not inflate):")
    for r in rows:
        print(f"- {r['docs']:,} documents: {r['ingest_cpu_ms_per_doc']:.2f} ms a document, so"
              f" {r['ingest_mb_s_if_idle']:.2f} MB/s on {os.cpu_count()} idle cores;"
              f" HTML pages {r['pages_cpu_ms_per_page']:.2f} ms a page")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000], help="corpus sizes (default 10000)")
    parser.add_argument("--pages", type=int, default=2000, help="HTML pages per size (at most the size)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=0, help="ingest runs per size, best kept (default 3 up to 10,000 documents, else 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None, help="where inputs and corpora go (kept for reruns)")
    parser.add_argument("--gigabyte", action="store_true", help="only measure the peak memory of ingesting ~1 GB of text")
    parser.add_argument("--gigabyte-docs", type=int, default=165_000, help="documents that make ~1 GB of text")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    work = args.dir or Path(tempfile.mkdtemp(prefix="parktool-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB;"
          f" work in {work}", file=sys.stderr)
    if args.gigabyte:
        result = gigabyte(args, work)
        print(f"| documents | text MB | JSONL MB | ingest s | MB/s | peak RSS MB | peak PSS MB |\n"
              f"| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
              f"| {result['docs']:,} | {result['text_mb']:.0f} | {result['file_mb']:.0f} | {result['ingest_s']:.0f} |"
              f" {result['ingest_mb_s']:.2f} | {result['rss_mb']:.0f} | {result['pss_mb']:.0f} |")
        rows = [result]
    else:
        rows = [measure(docs, args, work) for docs in args.docs]
        report(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
