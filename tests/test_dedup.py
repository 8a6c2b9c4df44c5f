"""Duplicates: syndicated copies across sites, encodings and scripts are found and marked.

The end-to-end corpus is derived from seeds/ at test time: every seed re-encoded, converted to
the other script, re-wrapped in other sites' HTML, given 来源/责任编辑 lines, cut, reordered,
re-typed and split by links, then ingested and deduplicated with the real CLI.
"""

from __future__ import annotations

import json
import random
import sqlite3
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from conftest import SEEDS, run
from parktool import dedup as D
from parktool.corpus import Corpus

SEED_FILES = sorted(SEEDS.glob("*.txt"))


# ---------------------------------------------------------------- building the copies

@lru_cache(maxsize=None)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def _s2t(text: str) -> str:
    return _opencc("s2t").convert(text)


def _t2s(text: str) -> str:
    return _opencc("t2s").convert(text)


def _article(seed: Path) -> tuple[str, list[str]]:
    """The seed's headline and article paragraphs, as a syndicating site would take them."""
    from parktool.clean import clean_text

    cleaned = clean_text(seed.read_text(encoding="utf-8"))
    return cleaned.title, [p for p in cleaned.text.split("\n") if p.strip()]


def _edit(text: str, rate: float, rng: random.Random) -> str:
    """Replace or delete about `rate` of the Han characters."""
    chars = list(text)
    han = [i for i, ch in enumerate(chars) if "\u4e00" <= ch <= "\u9fff"]
    for i in rng.sample(han, int(len(han) * rate)):
        chars[i] = chr(rng.randrange(0x4E00, 0x9FA6)) if rng.random() < 0.7 else ""
    return "".join(chars)


def _link_inside_words(paragraph: str, rng: random.Random) -> str:
    """Wrap a few two-character runs in <a> links, splitting words as ticker links do."""
    out, i = [], 0
    while i < len(paragraph):
        if rng.random() < 0.03 and i + 2 <= len(paragraph):
            out.append(f'<a href="https://quote.example.com/{i}" class="keylink">{paragraph[i:i + 2]}</a>')
            i += 2
        else:
            out.append(paragraph[i])
            i += 1
    return "".join(out)


def _html(title: str, paragraphs: list[str], site: str, *, charset: str = "utf-8") -> str:
    """An article page of another site: its own navigation, breadcrumb, footer and scripts."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_{site}</title>
<meta property="og:site_name" content="{site}">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
<style>.nav {{ color: red }}</style></head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/invest">招商引资</a></li><li><a href="/parks">园区动态</a></li><li><a href="/about">关于我们</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/parks">园区动态</a> &gt; 正文</div>
<div class="article"><h1>{title}</h1>
<div class="info">来源：{site}　发布时间：2024-05-06 09:30</div>
<div class="content">
{body}
</div>
<div class="editor">（责任编辑：王磊）</div></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1">省级小微企业园名单公布</a></li>
<li><a href="/a/2">高新区举行重点项目集中签约仪式</a></li><li><a href="/a/3">开发区召开营商环境优化大会</a></li></ul></div>
<div class="footer"><p>版权所有：{site}　未经书面授权禁止使用</p><p>浙ICP备05012345号-1　浙公网安备 33010602000001号</p>
<p>联系电话：0571-88888888　地址：某某市某某路1号</p></div>
<script src="/js/stat.js"></script>
</body></html>
"""


def _other_script(text: str) -> str:
    from parktool.text import detect_script

    return _t2s(text) if detect_script(text) == "hant" else _s2t(text)


def build_copies(seed: Path, folder: Path) -> list[Path]:
    """The seed and its copies, as files in `folder` (named after the seed)."""
    rng = random.Random(seed.name)
    stem = seed.name.split("_")[0]
    raw = seed.read_text(encoding="utf-8")
    title, paragraphs = _article(seed)
    n = len(paragraphs)
    drop = n // 2
    swapped = list(paragraphs)
    swapped[1], swapped[-1] = swapped[-1], swapped[1]
    files = {
        "orig.txt": seed.read_bytes(),
        "gb18030.txt": raw.encode("gb18030"),
        "utf16.txt": raw.encode("utf-16"),
        "script.txt": _other_script(raw).encode("utf-8"),
        # a syndicating site's page: its furniture around the article
        "page.html": _html(title, paragraphs, "园区在线").encode("utf-8"),
        # 来源/责任编辑 lines added, one paragraph dropped
        "cut.txt": "\n".join([title, "来源：温州日报", *paragraphs[:drop], *paragraphs[drop + 1:],
                              "（责任编辑：李娜）"]).encode("utf-8"),
        # paragraphs reordered, source line added
        "reordered.txt": "\n".join([title, f"本文转自：产业观察网 {n}", *swapped]).encode("utf-8"),
        # ~3% of the characters re-typed, in UTF-16
        "edited.txt": "\n".join([title, *(_edit(p, 0.03, rng) for p in paragraphs)]).encode("utf-16"),
        # links inside words, in the other script, as a GBK page that says so
        "links.html": _html(_s2t(title), [_link_inside_words(_s2t(p), rng) for p in paragraphs],
                            "產業園區網", charset="gbk").encode("gb18030"),
    }
    out = []
    for name, data in files.items():
        path = folder / f"{stem}_{name}"
        path.write_bytes(data)
        out.append(path)
    return out


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, list[Path]]:
    folder = tmp_path_factory.mktemp("copies")
    return {seed.name.split("_")[0]: build_copies(seed, folder) for seed in SEED_FILES}


def _clusters(db: Path) -> dict[str, str]:
    """doc source (file name) -> its cluster's canonical source (itself when unmarked)."""
    conn = sqlite3.connect(db)
    source = dict(conn.execute("SELECT doc_id, source FROM documents"))
    marks = dict(conn.execute("SELECT doc_id, duplicate_of FROM duplicates"))
    conn.close()
    return {Path(source[d]).name: Path(source[marks.get(d, d)]).name for d in source}


# ---------------------------------------------------------------- shingles and signatures

@pytest.mark.parametrize("a, b", [
    ("瓯江口产业集聚区", "瓯江口产业集聚区"),
    ("瓯江口，产业集聚区。", "瓯江口产业集聚区"),  # punctuation left out
    ("瓯江口 产业\n集聚区", "瓯江口产业集聚区"),  # white space left out
    ("ＥＸ５车型", "ex5车型"),  # width and case folded
    ("EX6 limited车型", "ex6limited车型"),
    ("增速343.9%", "增速3439"),
])
def test_shingles_ignore_punctuation_space_width_and_case(a, b):
    assert np.array_equal(D.shingles(a), D.shingles(b))


@pytest.mark.parametrize("text, count", [
    ("", 0),
    ("，。！", 0),
    ("园区", 0),  # shorter than one shingle
    ("产业园区建", 1),
    ("产业园区建设", 2),
    ("园区园区园区园区", 2),  # 园区园区园, 区园区园区: repeats counted once
])
def test_shingle_counts(text, count):
    assert len(D.shingles(text)) == count


def test_shingles_are_sorted_distinct_and_hashed_like_the_reference():
    text = SEED_FILES[0].read_text(encoding="utf-8")
    got = D.shingles(text)
    expected = np.unique(np.array([D.shingle_hash(s) for s in D.shingle_strings(text)], dtype=np.uint32))
    assert np.array_equal(got, expected)
    assert got.dtype == np.uint32


def test_signature_is_bit_identical_to_datasketch():
    from datasketch import MinHash

    for seed in SEED_FILES:
        text = seed.read_text(encoding="utf-8")[:1500]  # datasketch hashes shingle by shingle: slow
        reference = MinHash(num_perm=D.NUM_PERM, seed=D.SEED, hashfunc=D.shingle_hash, scheme="affine32")
        reference.update_batch(D.shingle_strings(text))
        assert np.array_equal(D.signature(text), reference.hashvalues), seed.name


def test_signature_is_the_same_in_another_process():
    import subprocess
    import sys

    text = SEED_FILES[1].read_text(encoding="utf-8")[:3000]
    code = ("import sys; from parktool.dedup import signature; "
            "sys.stdout.write(signature(sys.stdin.read()).tobytes().hex())")
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    assert out == D.signature(text).tobytes().hex()


def test_empty_text_has_the_empty_signature():
    assert D.signature("").tolist() == [0xFFFFFFFF] * D.NUM_PERM
    assert D.signature("，。").tolist() == [0xFFFFFFFF] * D.NUM_PERM


def test_stored_signature_of_other_parameters_is_ignored():
    assert D.signature_from_bytes(None) is None
    assert D.signature_from_bytes(b"\x00" * 64) is None
    assert D.signature_from_bytes(D.signature("产业园区建设").tobytes()).tolist() == \
        D.signature("产业园区建设").tolist()


# ---------------------------------------------------------------- the verification rule

def test_overlap_is_exact():
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    b = np.array([3, 4, 5, 6, 7, 8], dtype=np.uint32)
    assert D.overlap(a, b) == D.Overlap(2, 0.25, 0.5)
    assert D.overlap(b, a) == D.Overlap(2, 0.25, 0.5)
    assert D.overlap(a, a) == D.Overlap(4, 1.0, 1.0)
    assert D.overlap(a, np.empty(0, dtype=np.uint32)) == D.Overlap(0, 0.0, 0.0)


@pytest.mark.parametrize("shared, jaccard, containment, expected", [
    (400, 0.50, 0.60, True),  # similar
    (400, 0.40, 0.80, True),  # a cut copy: contained
    (400, 0.45, 0.79, False),
    (49, 0.90, 0.95, False),  # too little text to tell
    (50, 0.90, 0.95, True),
])
def test_near_duplicate_rule(shared, jaccard, containment, expected):
    assert D.is_near_duplicate(D.Overlap(shared, jaccard, containment)) is expected


def test_copies_of_one_seed_are_near_and_different_seeds_are_not(copies):
    """The similarities behind the defaults (docs/dedup.md), on the cleaned texts."""
    from parktool.ingest import Record, process

    sets = {}
    for stem, paths in copies.items():
        for p in paths:
            doc = process(Record(source=str(p), data=p.read_bytes())).document
            sets[p.name] = (stem, D.shingles(doc.text))
    names = sorted(sets)
    for x in names:
        for y in names:
            if x < y:
                (sx, a), (sy, b) = sets[x], sets[y]
                assert D.is_near_duplicate(D.overlap(a, b)) is (sx == sy), (x, y, D.overlap(a, b))


def test_shared_page_furniture_does_not_make_the_raw_seeds_similar():
    """Seeds 001 and 002 come from one site and share its contact block before cleaning."""
    raw = [D.shingles(p.read_text(encoding="utf-8")) for p in SEED_FILES[1:3]]
    o = D.overlap(*raw)
    assert o.shared > 0
    assert not D.is_near_duplicate(o)


# ---------------------------------------------------------------- LSH and clusters

def test_lsh_pairs_similar_signatures_only_with_a_new_member():
    rng = np.random.default_rng(1)
    base = rng.integers(0, 2**32, size=(4, D.NUM_PERM), dtype=np.uint64).astype(np.uint32)
    sigs = np.vstack([base, base[0:1], base[2:3]])  # 4 is a copy of 0, 5 of 2
    sigs[4, :10] += 1  # not identical, but most bands agree
    new = np.array([False, False, False, False, True, False])
    assert D.candidate_pairs(sigs, new).tolist() == [[0, 4]]
    assert D.candidate_pairs(sigs, np.ones(6, dtype=bool)).tolist() == [[0, 4], [2, 5]]
    assert D.candidate_pairs(sigs, np.zeros(6, dtype=bool)).tolist() == []


def test_agreement_is_the_share_of_equal_minhash_values():
    a = np.arange(D.NUM_PERM, dtype=np.uint32)
    b = a.copy()
    b[: D.NUM_PERM // 4] += 1
    sigs = np.vstack([a, b, a + 1])
    assert D.agreement(sigs, np.array([[0, 0], [0, 1], [1, 0], [0, 2]])).tolist() == [1.0, 0.75, 0.75, 0.0]


def test_crowded_bucket_is_chained_not_quadratic():
    sigs = np.zeros((200, D.NUM_PERM), dtype=np.uint32)
    pairs = D.candidate_pairs(sigs, np.ones(200, dtype=bool))
    assert len(pairs) == sum(min(200 - i - 1, D._MAX_BUCKET_PAIRS) for i in range(200))
    uf = D.UnionFind(200)
    for i, j in pairs.tolist():
        uf.union(i, j)
    assert {uf.find(i) for i in range(200)} == {0}


@pytest.mark.parametrize("source, site, key", [
    ("https://www.wzrb.com.cn/article/1.html", "温州网", "wzrb.com.cn"),
    ("http://news.example.cn/a", "", "news.example.cn"),
    ("seeds/000.txt", "温州网", "温州网"),
    ("seeds/000.txt", " ", ""),
    ("-", "", ""),
])
def test_site_key(source, site, key):
    assert D.site_key(site, source) == key


# ---------------------------------------------------------------- end to end

@pytest.fixture(scope="module")
def deduplicated(copies, tmp_path_factory) -> tuple[Path, str, str]:
    """The copies ingested and deduplicated once; (corpus, dedup stdout, stderr)."""
    db = tmp_path_factory.mktemp("db") / "corpus.db"
    folder = copies["000"][0].parent
    r = run("--db", db, "ingest", folder)
    assert r.code == 0, r.stderr
    r = run("--db", db, "dedup", "--format", "json")
    assert r.code == 0, r.stderr
    return db, r.stdout, r.stderr


def test_every_copy_lands_in_its_seeds_cluster_and_seeds_stay_apart(deduplicated, copies):
    db, _, _ = deduplicated
    clusters = _clusters(db)
    for stem, paths in copies.items():
        canonicals = {clusters[p.name] for p in paths}
        assert len(canonicals) == 1, (stem, canonicals)
        assert next(iter(canonicals)).startswith(stem + "_")
    assert len(set(clusters.values())) == len(copies)


def test_canonical_is_the_most_complete_copy(deduplicated):
    db, _, _ = deduplicated
    with Corpus.open(db) as c:
        rows = c.query("SELECT d.doc_id, d.chars, d.published, d.seq,"
                       " coalesce(u.duplicate_of, d.doc_id) AS canonical"
                       " FROM documents d LEFT JOIN duplicates u USING (doc_id)")
    by_id = {r["doc_id"]: r for r in rows}

    def completeness(r: dict) -> tuple:  # longest, then earliest published, then first ingested
        return (-r["chars"], r["published"] or "~", r["seq"])

    for r in rows:
        canonical = by_id[r["canonical"]]
        assert canonical["canonical"] == canonical["doc_id"]  # one level: marks point at the canonical
        assert completeness(canonical) <= completeness(r)
    assert any(by_id[r["canonical"]]["chars"] == r["chars"] and r["canonical"] != r["doc_id"]
               for r in rows)  # ties on length happen, and were broken by the rule


def test_marks_say_exact_for_equal_texts_and_near_otherwise(deduplicated):
    db, stdout, _ = deduplicated
    rows = json.loads(stdout)
    assert rows and list(rows[0]) == ["doc_id", "duplicate_of", "similarity", "method"]
    with Corpus.open(db) as c:
        hashes = {r["doc_id"]: r["text_hash"] for r in c.query("SELECT doc_id, text_hash FROM documents")}
        assert rows == [m.row() for m in c.duplicate_marks()]
    for row in rows:
        same = hashes[row["doc_id"]] == hashes[row["duplicate_of"]]
        assert row["method"] == ("exact" if same else "near")
        assert (row["similarity"] == 1.0) if same else (0.5 <= row["similarity"] < 1.0)
    # the re-encoded copies of each seed are exact duplicates
    assert sum(r["method"] == "exact" for r in rows) >= 2 * len(SEED_FILES)


def test_summary_goes_to_stderr(deduplicated, copies):
    _, _, stderr = deduplicated
    n = sum(len(p) for p in copies.values())
    assert stderr.startswith(f"{n} documents, {n} compared for the first time, ")
    assert f": {n - len(copies)} duplicates in {len(copies)} clusters (" in stderr
    assert stderr.endswith(f"; {n - len(copies)} added, 0 changed, 0 removed\n")


def test_every_format_has_the_contract_columns(deduplicated):
    db, stdout, _ = deduplicated
    rows = json.loads(stdout)
    first = rows[0]
    for fmt, header in (("csv", "doc_id,duplicate_of,similarity,method"),
                        ("tsv", "doc_id\tduplicate_of\tsimilarity\tmethod")):
        r = run("--db", db, "dedup", "--dry-run", "--format", fmt)
        assert r.code == 0
        lines = r.stdout.splitlines()
        assert lines[0] == header and len(lines) == len(rows) + 1
    r = run("--db", db, "dedup", "--dry-run", "--format", "jsonl")
    assert [json.loads(line) for line in r.stdout.splitlines()] == rows
    r = run("--db", db, "dedup", "--dry-run", "--format", "table")
    assert r.code == 0 and first["doc_id"] in r.stdout and "duplicate_of" in r.stdout


def test_second_run_changes_nothing(deduplicated):
    db, stdout, _ = deduplicated
    before = _dump(db)
    r = run("--db", db, "dedup", "--format", "json")
    assert r.code == 0
    assert r.stdout == stdout
    assert "0 compared for the first time" in r.stderr and "no marks changed" in r.stderr
    assert _dump(db) == before


def test_duplicates_are_left_out_of_figures_unless_all(deduplicated, copies):
    db, stdout, _ = deduplicated
    marked = len(json.loads(stdout))
    total = sum(len(p) for p in copies.values())
    r = run("--db", db, "export", "documents", "--format", "json")
    assert len(json.loads(r.stdout)) == total - marked
    r = run("--db", db, "export", "documents", "--format", "json", "--all")
    assert len(json.loads(r.stdout)) == total
    r = run("--db", db, "stats", "--format", "json")
    assert {"measure": "documents", "value": total - marked} in json.loads(r.stdout)
    assert {"measure": "duplicates marked", "value": marked} in json.loads(r.stdout)
    r = run("--db", db, "export", "duplicates", "--format", "json")
    assert json.loads(r.stdout) == json.loads(stdout)


def _dump(db: Path) -> tuple[list, list]:
    conn = sqlite3.connect(db)
    out = (conn.execute("SELECT * FROM duplicates ORDER BY doc_id").fetchall(),
           conn.execute("SELECT doc_id, hex(minhash), compared FROM signatures ORDER BY doc_id").fetchall())
    conn.close()
    return out


def test_dry_run_writes_nothing(copies, tmp_path):
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", *copies["001"]).code == 0
    before = _dump(db)
    r = run("--db", db, "dedup", "--dry-run", "--format", "csv")
    assert r.code == 0
    assert len(r.stdout.splitlines()) == len(copies["001"])  # header + every copy but one
    assert "dry run: nothing written" in r.stderr
    assert _dump(db) == before
    assert before[0] == [] and all(compared == 0 for *_, compared in before[1])


def test_incremental_run_compares_only_new_documents(copies, tmp_path, monkeypatch):
    db = tmp_path / "c.db"
    first, later = copies["002"][:4] + copies["003"], copies["002"][4:] + copies["004"]
    assert run("--db", db, "ingest", *first).code == 0
    r = run("--db", db, "dedup")
    assert r.code == 0 and f"{len(first)} compared for the first time" in r.stderr
    with Corpus.open(db) as c:
        before = {m.doc_id: m for m in c.duplicate_marks()}
    assert run("--db", db, "ingest", *later).code == 0
    with Corpus.open(db) as c:
        new = {row["doc_id"] for row in c.query("SELECT doc_id FROM signatures WHERE compared = 0")}
        ids = [row["doc_id"] for row in c.query("SELECT doc_id FROM documents ORDER BY seq")]
    assert len(new) == len(later)

    checked: list[tuple[str, str]] = []
    real = D.candidate_pairs

    def spy(signatures, is_new, members=None):  # records every pair the run verifies
        pairs = real(signatures, is_new, members)
        checked.extend((ids[i], ids[j]) for i, j in pairs.tolist())
        return pairs

    monkeypatch.setattr(D, "candidate_pairs", spy)
    r = run("--db", db, "dedup")
    assert r.code == 0
    assert f"{len(first) + len(later)} documents, {len(later)} compared for the first time" in r.stderr
    assert checked and all(a in new or b in new for a, b in checked)
    clusters = _clusters(db)
    assert len({clusters[p.name] for p in copies["002"]}) == 1
    assert len({clusters[p.name] for p in copies["004"]}) == 1
    with Corpus.open(db) as c:
        assert c.query("SELECT count(*) AS n FROM signatures WHERE compared = 0") == [{"n": 0}]
        after = {m.doc_id: m for m in c.duplicate_marks()}
        seed_003 = {row["doc_id"] for row in c.query("SELECT doc_id FROM documents WHERE source LIKE '%003_%'")}
    # seed 003's cluster was not touched: its marks are exactly as before
    assert {d: m for d, m in after.items() if d in seed_003} == {d: m for d, m in before.items() if d in seed_003}
    assert len([d for d in before if d in seed_003]) == len(copies["003"]) - 1


def test_a_more_complete_copy_arriving_later_becomes_canonical(copies, tmp_path):
    db = tmp_path / "c.db"
    stem = "000"
    cut = next(p for p in copies[stem] if p.name.endswith("_cut.txt"))
    edited = next(p for p in copies[stem] if p.name.endswith("_edited.txt"))
    page = next(p for p in copies[stem] if p.name.endswith("_page.html"))
    assert run("--db", db, "ingest", cut, edited).code == 0
    assert run("--db", db, "dedup").code == 0
    assert run("--db", db, "ingest", page).code == 0
    r = run("--db", db, "dedup", "--format", "json")
    assert r.code == 0
    clusters = _clusters(db)
    assert {clusters[p.name] for p in (cut, edited, page)} == {page.name}
    assert "2 changed" in r.stderr or "1 added, 1 changed" in r.stderr


def test_missing_signatures_are_computed_by_dedup(copies, tmp_path):
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", *copies["004"]).code == 0
    with Corpus.open(db) as c, c.transaction() as t:
        t.execute("DELETE FROM signatures")
    r = run("--db", db, "dedup")
    assert r.code == 0
    assert f"{len(copies['004'])} signatures computed" in r.stderr
    assert len(set(_clusters(db).values())) == 1
    with Corpus.open(db) as c:
        for row in c.query("SELECT d.text, s.minhash FROM documents d JOIN signatures s USING (doc_id)"):
            assert row["minhash"] == D.signature(row["text"]).tobytes()


def test_site_furniture_does_not_join_different_articles(tmp_path):
    """Short articles of one site that all carry the same block the cleaner cannot know."""
    furniture = ("园区观察栏目长期关注长三角各地产业园区的规划建设、产业培育与营商环境，持续记录"
                 "园区运营方与入园企业在转型升级中的探索实践，为读者提供客观、及时、专业的园区发展"
                 "资讯与深度解读。栏目开设园区故事、政策速递、产业地图、数据观察等板块，每周更新，"
                 "内容涵盖经济技术开发区、高新技术产业开发区、产业集聚区、小微企业园等各类园区，"
                 "力求以扎实的调研和生动的笔触呈现园区发展的新变化、新亮点与新经验，敬请持续关注。")
    title, paragraphs = _article(SEED_FILES[1])
    sentences = [s + "。" for p in paragraphs for s in p.split("。") if 40 < len(s) < 90]
    records = [{"url": f"https://parks.example.cn/news/{i}.html", "title": f"园区快讯{i}",
                "text": sentences[i] + "\n" + furniture} for i in range(12)]
    jsonl = tmp_path / "site.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    # Without the site's furniture set aside, these pairs would pass as near duplicates:
    texts = [D.shingles(r["text"]) for r in records]
    assert D.is_near_duplicate(D.overlap(texts[0], texts[1]))
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", jsonl).code == 0
    with Corpus.open(db) as c:  # cleaning kept the block: the rule, not the cleaner, is tested
        assert all(furniture in r["text"] for r in c.query("SELECT text FROM documents"))
    r = run("--db", db, "dedup", "--format", "csv")
    assert r.code == 0
    assert r.stdout.splitlines() == ["doc_id,duplicate_of,similarity,method"]


def test_rebuild_recomputes_with_new_thresholds(copies, tmp_path):
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", *copies["001"]).code == 0
    assert run("--db", db, "dedup").code == 0
    marks = _dump(db)[0]
    near = sum(row[3] == "near" for row in marks)
    assert near > 0
    r = run("--db", db, "dedup", "--rebuild")
    assert r.code == 0 and r.stderr.endswith("; no marks changed\n")
    assert _dump(db)[0] == marks
    r = run("--db", db, "dedup", "--threshold", "1", "--containment", "1", "--rebuild", "--format", "json")
    assert r.code == 0
    assert {row["method"] for row in json.loads(r.stdout)} == {"exact"}
    assert f"; 0 added, 0 changed, {near} removed" in r.stderr
    assert [row[3] for row in _dump(db)[0]] == ["exact"] * (len(marks) - near)


def test_a_corpus_without_documents_has_no_marks(tmp_path):
    db = tmp_path / "c.db"
    Corpus.open(db, create=True).close()
    r = run("--db", db, "dedup", "--format", "csv")
    assert (r.code, r.stdout) == (0, "doc_id,duplicate_of,similarity,method\r\n")
    assert r.stderr == "0 documents, 0 compared for the first time, 0 candidate pairs checked: " \
                       "0 duplicates in 0 clusters (0 exact, 0 near); no marks changed\n"


@pytest.mark.parametrize("args", [["--threshold", "0"], ["--threshold", "1.5"], ["--containment", "-1"],
                                  ["--containment", "x"]])
def test_bad_thresholds_are_usage_errors(args, copies, tmp_path):
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", copies["003"][0]).code == 0
    r = run("--db", db, "dedup", *args)
    assert r.code == 2
    assert r.stdout == ""


def test_dedup_on_a_missing_corpus_is_exit_2(corpus_path):
    r = run("dedup")
    assert r.code == 2
    assert "no corpus here" in r.stderr
    assert not corpus_path.exists()


def test_help_states_the_module_defaults():
    r = run("dedup", "--help")
    assert r.code == 0
    assert f"default {D.THRESHOLD}" in r.stdout and f"default {D.CONTAINMENT}" in r.stdout


def test_metrics_search_and_parks_leave_copies_out_unless_all(deduplicated):
    db, stdout, _ = deduplicated
    marked = {row["doc_id"] for row in json.loads(stdout)}
    for args in (["metrics"], ["search", "瓯江口"]):
        r = run("--db", db, *args, "--format", "json")
        assert r.code == 0, (args, r.stderr)
        shown = {row["doc_id"] for row in json.loads(r.stdout)}
        assert shown and not shown & marked, args
        r = run("--db", db, *args, "--format", "json", "--all")
        assert r.code == 0
        assert {row["doc_id"] for row in json.loads(r.stdout)} & marked, args
    counted = {}
    for flag in ([], ["--all"]):
        r = run("--db", db, "parks", "--format", "json", *flag)
        assert r.code == 0
        counted[bool(flag)] = {row["park"]: row["documents"] for row in json.loads(r.stdout)}
    assert counted[False] and max(counted[False].values()) <= len(SEED_FILES)  # each story once
    assert sum(counted[True].values()) > sum(counted[False].values())


def test_two_digests_that_contain_one_brief_are_not_copies_of_each_other(tmp_path):
    """brief ⊂ digest 1 and brief ⊂ digest 2: the brief is a copy, the digests are different."""
    brief = "\n".join(_article(SEED_FILES[0])[1])
    one = brief + "\n" + "\n".join(_article(SEED_FILES[1])[1])[:2100]
    two = brief + "\n" + "\n".join(_article(SEED_FILES[4])[1])[:2000]
    records = [{"url": f"https://digest{i}.example.cn/{i}.html", "title": title, "text": text}
               for i, (title, text) in enumerate((("简讯", brief), ("周报一", one), ("周报二", two)))]
    jsonl = tmp_path / "digests.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", jsonl).code == 0
    r = run("--db", db, "dedup", "--format", "json")
    assert r.code == 0
    with Corpus.open(db) as c:
        ids = {row["title"]: row["doc_id"] for row in c.query("SELECT title, doc_id FROM documents")}
    assert [(m["doc_id"], m["duplicate_of"], m["method"]) for m in json.loads(r.stdout)] == \
        [(ids["简讯"], ids["周报一"], "near")]
    assert "3 candidate pairs checked" in r.stderr  # all three were joined, then the digests split


def test_re_encoded_and_re_scripted_files_are_exact_copies(deduplicated, copies):
    """One cleaned text, one cluster (`exact` against a canonical of that text: see above)."""
    db, stdout, _ = deduplicated
    with Corpus.open(db) as c:
        rows = {Path(r["source"]).name: r for r in c.query("SELECT doc_id, source, text_hash FROM documents")}
    marks = {m["doc_id"]: m["duplicate_of"] for m in json.loads(stdout)}
    for stem in copies:
        family = [rows[f"{stem}_{name}"] for name in ("orig.txt", "gb18030.txt", "utf16.txt", "script.txt")]
        assert len({r["text_hash"] for r in family}) == 1, stem
        assert len({marks.get(r["doc_id"], r["doc_id"]) for r in family}) == 1, stem
