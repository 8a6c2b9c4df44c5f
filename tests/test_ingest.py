"""`parktool ingest` end to end on the seeds and inputs derived from them."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import opencc
import pytest

from conftest import ROOT, SEEDS, run
from parktool.corpus import Corpus

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ?]+\)")
TITLES = {
    "000": "瓯江口产业集聚区崛起“海上新温州”",
    "001": "丽水经开区打造“万亩千亿”新产业平台",
    "002": "“提质量、增效能”金华开发区找准赛道加速竞跑",
    "004": "中欧水处理及膜技术创新产业园建设工作领导小组成立",
}
DATES = {"000": "2019-07-10", "001": "", "002": "2024-09-28", "004": "2018-03-08"}
FURNITURE = ["当前位置", "葛毅明", "版权声明", "相关文章", "京ICP备", "分享给朋友", "欢迎访问", "热门标签",
             "本网站所登载"]


def seed(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def documents(db=None) -> dict[str, dict]:
    """source file name prefix -> the show --format json object."""
    with Corpus.open(db) as c:
        docs = list(c.documents(with_text=True))
    return {os.path.basename(d.source)[:3]: d for d in docs}


@pytest.fixture
def seeded(corpus_path):
    r = run("ingest", SEEDS)
    assert r.code == 0, r.stderr
    return r


def test_the_corpus_file_inside_an_ingested_folder_is_not_read(corpus_path):
    (corpus_path.parent / "a.txt").write_bytes(seed("000").read_bytes())
    assert run("ingest", corpus_path.parent / "a.txt").code == 0  # the corpus now exists there
    r = run("ingest", corpus_path.parent, "--format", "json")
    assert r.code == 0, r.stderr
    assert json.loads(r.stdout) == {"files": 1, "added": 0, "unchanged": 1, "rejected": []}


def test_seeds_are_stored_once_with_titles_and_dates(seeded):
    assert seeded.stderr.strip().endswith("5 files: 5 added, 0 unchanged, 0 rejected")
    docs = documents()
    assert sorted(docs) == ["000", "001", "002", "003", "004"]
    for prefix, title in TITLES.items():
        assert docs[prefix].title == title
        assert docs[prefix].published == DATES[prefix]
    assert docs["003"].script == "hant" and docs["000"].script == "hans"
    assert all(d.original == seed(p).read_text("utf-8") for p, d in docs.items())
    again = run("ingest", SEEDS, "--format", "json")
    assert again.code == 0
    assert json.loads(again.stdout) == {"files": 5, "added": 0, "unchanged": 5, "rejected": []}


def test_cleaned_seeds_have_no_furniture_and_no_pinyin(seeded):
    for prefix, d in documents().items():
        for word in FURNITURE:
            assert word not in d.text, (prefix, word)
        assert not PINYIN.search(d.text), prefix
    docs = documents()
    assert "鲤城高品质打造高新区科创中心" in docs["003"].text
    assert docs["000"].text.count("不断提升瓯江口平台高质量发展水平") == 1


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_re_encoded_seeds_give_the_same_cleaned_text(tmp_path, encoding, seeded):
    folder = tmp_path / encoding
    folder.mkdir()
    for prefix in ("000", "001", "002", "004"):
        (folder / f"{prefix}.txt").write_bytes(seed(prefix).read_text("utf-8").encode(encoding))
    r = run("ingest", folder)
    assert r.code == 0, r.stderr
    with Corpus.open() as c:
        by_source = {d.source: d for d in c.documents(with_text=True)}
    for prefix in ("000", "001", "002", "004"):
        copy = by_source[str(folder / f"{prefix}.txt")]
        original = by_source[str(seed(prefix))]
        assert copy.text == original.text and copy.title == original.title
        assert copy.doc_id != original.doc_id  # different bytes, different document
        assert copy.encoding == {"gb18030": "gb18030", "utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}[encoding]


def test_traditional_big5_article_gives_the_same_text_as_its_utf8_file(tmp_path, seeded):
    # 003's pinyin (and its `?` damage) has no Big5 form: remove it first, as the cleaner does.
    from parktool.clean import _repair

    text = _repair(seed("003").read_text("utf-8"))[0]
    (tmp_path / "u.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(text.encode("big5"))
    assert run("ingest", tmp_path / "u.txt", tmp_path / "b.txt").code == 0
    with Corpus.open() as c:
        got = {os.path.basename(d.source): d for d in c.documents(with_text=True)}
    assert got["b.txt"].encoding == "big5" and got["b.txt"].script == "hant"
    assert got["b.txt"].text == got["u.txt"].text
    assert "鲤城高品质打造高新区科创中心" in got["b.txt"].text


def test_simplified_seed_converted_to_traditional_reads_back_the_same(tmp_path):
    s2t = opencc.OpenCC("s2t")
    (tmp_path / "t.txt").write_text(s2t.convert(seed("001").read_text("utf-8")), encoding="utf-8")
    assert run("ingest", seed("001"), tmp_path / "t.txt").code == 0
    with Corpus.open() as c:
        a, b = list(c.documents(with_text=True))
    assert b.script == "hant" and a.script == "hans"
    assert b.title == a.title
    assert "丽水经开区" in b.text


def test_html_page_gives_the_seed_paragraphs_and_no_chrome(tmp_path):
    page = ROOT / "tests" / "fixtures" / "pages" / "cms_001.html"
    assert run("ingest", page).code == 0
    (doc,) = documents().values()
    expected = (page.parent / "cms_001.html.expected").read_text("utf-8").split("\n")
    assert doc.format == "html"
    for line in filter(None, expected):
        assert line in doc.text.split("\n") or line == doc.title
    for chrome in filter(None, (page.parent / "cms_001.html.chrome").read_text("utf-8").split("\n")):
        assert chrome not in doc.text


def test_bad_inputs_are_rejected_one_line_each_and_the_good_ones_stored(tmp_path):
    tmp_path = tmp_path / "inbox"
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_bytes(seed("000").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"title": "甲", "text": seed("001").read_text("utf-8"), "url": "http://a.cn/1"},
                   ensure_ascii=False) + "\n{broken json\n", encoding="utf-8")
    r = run("ingest", tmp_path)
    assert r.code == 3
    lines = r.stderr.strip().split("\n")
    rejected = [line for line in lines if line.startswith("parktool: rejected ")]
    assert len(rejected) == 3
    assert any("empty.txt: empty input" in line for line in rejected)
    assert any("image.png: binary file" in line for line in rejected)
    assert any("feed.jsonl:2: line 2: not valid JSON" in line for line in rejected)
    assert "Traceback" not in r.stderr
    with Corpus.open() as c:
        assert sorted(d.source for d in c.documents()) == sorted(["http://a.cn/1", str(tmp_path / "good.txt")])


def _api_response(*records: dict) -> dict:
    """A news site's API response as scraped: paging fields around a list of articles."""
    return {"code": 200, "msg": "success", "data": {"total": 57, "page": 1, "list": list(records)}}


def test_a_json_api_response_gives_one_document_per_article(tmp_path):
    lishui, jinhua = (seed(p).read_text("utf-8") for p in ("001", "002"))
    response = _api_response(
        {"id": 1, "title": TITLES["001"], "source": "丽水日报", "publish_time": "2022-06-20 08:00:00",
         "content": "<p>" + lishui.replace("\n", "</p><p>") + "</p>", "related": [{"id": 9, "title": "旧闻"}]},
        {"id": 2, "title": TITLES["002"], "source": "https://www.jhnews.com.cn/2024/0928.html", "content": jinhua},
        {"id": 3, "title": "图集", "content": ""})
    (tmp_path / "page1.json").write_text(json.dumps(response, ensure_ascii=False), encoding="utf-8")  # one line
    (tmp_path / "page2.json").write_text(json.dumps([response["data"]["list"][1]], ensure_ascii=False, indent=2),
                                         encoding="utf-8")  # pretty-printed: the same article again
    r = run("ingest", tmp_path, "--format", "json")
    assert r.code == 3  # the record without text
    report = json.loads(r.stdout)
    assert (report["files"], report["added"], report["unchanged"]) == (2, 2, 1)
    assert report["rejected"] == [{"path": str(tmp_path / "page1.json#3"), "reason": "record 3: no text "
                                   "(expected one of text, content, body, html, article)"}]
    with Corpus.open() as c:
        docs = {d.title: d for d in c.documents(with_text=True)}
        facts = {d.title: {f.raw for f in c.facts(doc_id=d.doc_id)} for d in docs.values()}
    lishui_doc, jinhua_doc = docs[TITLES["001"]], docs[TITLES["002"]]
    # each article's source is the file; a `source` field that names a newspaper is its site, and
    # one that is a URL stays in the original
    assert (lishui_doc.source, lishui_doc.site, lishui_doc.published) == (str(tmp_path / "page1.json"), "丽水日报", "2022-06-20")
    assert jinhua_doc.source == str(tmp_path / "page1.json") and "jhnews.com.cn" in jinhua_doc.original
    assert lishui_doc.format == "json" and json.loads(lishui_doc.original)["id"] == 1
    assert "总投资110亿元的丽水东旭高端光电半导体材料项目" in lishui_doc.text and "旧闻" not in lishui_doc.text
    assert {"110亿元"} <= facts[TITLES["001"]] and facts[TITLES["002"]]


def test_a_short_video_s_api_response_gives_its_post_as_one_document(tmp_path):
    """A video platform's response: the video's title, description and subtitles' cues (no
    punctuation, as speech recognition writes them) are the text, and so is the author's reply
    among the comments; viewers' comments are not, and the whole response is the original."""
    paragraph = next(line for line in seed("001").read_text("utf-8").split("\n") if "总投资110亿元" in line)
    sentences = [s for s in re.split("[，,。；]", paragraph.strip()) if s]
    cues = [{"index": n, "start_ms": 3000 * n, "end_ms": 3000 * n + 2900, "text": s}
            for n, s in enumerate(sentences, 1)]
    comments = [{"cid": "1", "text": "听说园区投了两百多亿，真的假的", "digg_count": 412, "label_text": "",
                 "user": {"nickname": "海风吹过"}},
                {"cid": "2", "text": "您好，丽水经开区今年新签约项目12个。", "digg_count": 98, "label_text": "作者",
                 "user": {"nickname": "丽水发布"}}]
    response = {"status_code": 0, "comments": comments,
                "aweme_detail": {"aweme_id": "7368412095561239843", "desc": TITLES["001"] + " #丽水经开区",
                                 "create_time": 1655683200, "preview_title": TITLES["001"],
                                 "author": {"nickname": "丽水发布"}, "video": {"duration": 96120},
                                 "caption_list": cues,
                                 "share_info": {"share_url": "https://www.iesdouyin.com/share/video/7368412095561239843/"}}}
    (tmp_path / "video.json").write_text(json.dumps(response, ensure_ascii=False), encoding="utf-8")
    r = run("ingest", tmp_path / "video.json", "--format", "json")
    assert r.code == 0 and json.loads(r.stdout)["added"] == 1, r.stdout
    with Corpus.open() as c:
        (doc,) = c.documents(with_text=True)
        facts = {f.raw for f in c.facts(doc_id=doc.doc_id)}
    assert (doc.title, doc.published, doc.format) == (TITLES["001"], "2022-06-20", "json")
    assert "，".join(sentences[:2]) in doc.text  # the cues run on as clauses of one paragraph
    assert "作者回复：您好，丽水经开区今年新签约项目12个。" in doc.text and "两百多亿" not in doc.text
    assert json.loads(doc.original)["post"]["comments"][0]["text"] == "听说园区投了两百多亿，真的假的"
    assert {"110亿元", "12个"} <= facts


def test_an_article_whose_body_is_a_list_of_blocks_is_one_document(tmp_path):
    """A news app's API writes the body as blocks of text, images with captions and tables: one
    document, the blocks a line each, a table's rows under its title, the blocks kept."""
    paragraphs = [line.strip() for line in seed("001").read_text("utf-8").split("\n") if len(line) > 80][:2]
    body = [{"type": "text", "text": paragraphs[0]},
            {"type": "image", "url": "https://img.example.cn/a.jpg", "caption": "丽水经开区鸟瞰。该区年产光电材料120万套。"},
            {"type": "table", "title": "丽水经开区主要经济指标", "rows": [["指标", "单位", "数值"], ["规上工业产值", "亿元", "412.6"]]},
            {"type": "text", "text": paragraphs[1]}]
    response = {"code": 0, "data": {"article": {"title": TITLES["001"], "publish_time": "2022-06-20 08:00:00",
                                                "body": body, "related": [{"title": "旧闻", "id": 9}]}}}
    (tmp_path / "app.json").write_text(json.dumps(response, ensure_ascii=False), encoding="utf-8")
    r = run("ingest", tmp_path / "app.json", "--format", "json")
    assert r.code == 0 and json.loads(r.stdout)["added"] == 1, r.stdout
    with Corpus.open() as c:
        (doc,) = c.documents(with_text=True)
        facts = {(f.raw, f.indicator) for f in c.facts(doc_id=doc.doc_id)}
    assert (doc.title, doc.published) == (TITLES["001"], "2022-06-20")
    assert paragraphs[1][:40] in doc.text and "年产光电材料120万套" in doc.text
    assert ("412.6", "规上工业产值") in facts and json.loads(doc.original)["body_blocks"][1]["type"] == "image"


def test_an_rss_feed_gives_one_document_per_item(tmp_path):
    from xml.sax.saxutils import escape
    items = "".join(
        f"<item><title>{escape(TITLES[p])}</title><link>http://news.example.cn/{p}.html</link>"
        f"<pubDate>{date}</pubDate><description>{escape('<p>' + seed(p).read_text('utf-8').replace(chr(10), '</p><p>') + '</p>')}"
        f"</description></item>" for p, date in (("001", "Mon, 20 Jun 2022 08:00:00 +0800"), ("002", "Sat, 28 Sep 2024 09:30:00 +0800")))
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>某新闻网</title>'
            f"<link>http://news.example.cn/</link>{items}<item><title>图集</title></item></channel></rss>")
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    r = run("ingest", tmp_path / "feed.xml", "--format", "json")
    assert r.code == 3 and json.loads(r.stdout)["added"] == 2
    assert json.loads(r.stdout)["rejected"] == [{"path": str(tmp_path / "feed.xml#3"),
                                                "reason": "item 3: no text (no description or content)"}]
    with Corpus.open() as c:
        docs = {d.title: d for d in c.documents(with_text=True)}
        lishui_facts = {f.raw for f in c.facts(doc_id=docs[TITLES["001"]].doc_id)}
    assert {(d.source, d.format, d.published) for d in docs.values()} == {
        (str(tmp_path / "feed.xml"), "feed", "2022-06-20"), (str(tmp_path / "feed.xml"), "feed", "2024-09-28")}
    assert "总投资110亿元的丽水东旭高端光电半导体材料项目" in docs[TITLES["001"]].text
    assert "<p>" not in docs[TITLES["001"]].text and "110亿元" in lishui_facts
    assert "news.example.cn/001.html" in docs[TITLES["001"]].original


def test_a_json_file_that_is_not_json_or_holds_no_articles_is_rejected(tmp_path):
    (tmp_path / "broken.json").write_text('{"data": [', encoding="utf-8")
    (tmp_path / "config.json").write_text('{"page": 1, "list": [{"id": 1}]}', encoding="utf-8")
    (tmp_path / "lines.json").write_text(  # JSON lines under a .json name are read as JSONL
        json.dumps({"text": seed("000").read_text("utf-8")}, ensure_ascii=False) + "\n"
        + json.dumps({"text": seed("001").read_text("utf-8")}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run("ingest", tmp_path, "--format", "json")
    assert r.code == 3 and "Traceback" not in r.stderr
    report = json.loads(r.stdout)
    assert report["added"] == 2
    reasons = {os.path.basename(x["path"]): x["reason"] for x in report["rejected"]}
    assert reasons["broken.json"].startswith("not valid JSON (")
    assert reasons["config.json"].startswith("no text (expected objects with one of text, content")


def test_a_jsonl_line_holding_an_api_response_gives_its_articles(tmp_path):
    line = json.dumps(_api_response({"title": "甲", "content": seed("000").read_text("utf-8"), "source": "温州日报"},
                                    {"title": "乙", "content": seed("001").read_text("utf-8")}), ensure_ascii=False)
    (tmp_path / "pages.jsonl").write_text(line + "\n", encoding="utf-8")
    assert run("ingest", tmp_path / "pages.jsonl").code == 0
    with Corpus.open() as c:
        docs = {d.title: d for d in c.documents()}
    assert {d.source for d in docs.values()} == {str(tmp_path / "pages.jsonl:1")}
    assert docs["甲"].site == "温州日报" and "乙" in docs


@pytest.mark.parametrize("key", ["pub_date", "pubDate", "publishDate", "release_time"])
def test_a_crawler_s_date_field_is_found_whatever_its_case_and_underscores(tmp_path, key):
    record = {"url": "http://example.cn/a.html", "title": "甲", "html": f"<p>{seed('001').read_text('utf-8')}</p>",
              key: "2024-04-12 16:05:00"}
    (tmp_path / "crawl.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("ingest", tmp_path / "crawl.jsonl").code == 0
    with Corpus.open() as c:
        assert [d.published for d in c.documents()] == ["2024-04-12"]


@pytest.mark.parametrize("value", [1712854800, "1712854800", 1712854800000])
def test_a_crawler_s_unix_time_is_the_date_in_china(tmp_path, value):
    """1712854800 is 2024-04-12 01:00 in China, still 04-11 in UTC: the article's date is China's."""
    record = {"title": "甲", "content_html": f"<p>{seed('001').read_text('utf-8')}</p>", "pub_time": value}
    (tmp_path / "wx.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("ingest", tmp_path / "wx.jsonl").code == 0
    with Corpus.open() as c:
        assert [d.published for d in c.documents()] == ["2024-04-12"]


def test_ingest_json_report_lists_rejections(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run("ingest", tmp_path / "empty.txt", "--format", "json")
    assert r.code == 3
    assert json.loads(r.stdout) == {"files": 1, "added": 0, "unchanged": 0,
                                    "rejected": [{"path": str(tmp_path / "empty.txt"), "reason": "empty input"}]}


def test_stdin_and_explicit_encoding():
    data = seed("002").read_text("utf-8").encode("gbk", errors="ignore")
    r = run("ingest", "-", "--encoding", "gbk", input=data)
    assert r.code == 0, r.stderr
    (doc,) = documents().values()
    assert doc.source == "-" and doc.encoding == "gbk" and doc.title == TITLES["002"]
    assert run("ingest", "-", "--encoding", "nonsense", input=b"x").code == 2


def test_markdown_post_with_front_matter(tmp_path):
    body = seed("001").read_text("utf-8").split("\n", 4)[4]
    (tmp_path / "post.md").write_text(
        f"---\ntitle: 丽水经开区打造新平台\ndate: 2022-06-20\nauthor: 张三\n---\n\n## 小标题\n\n{body}", encoding="utf-8")
    assert run("ingest", tmp_path / "post.md").code == 0
    (doc,) = documents().values()
    assert (doc.format, doc.title, doc.published, doc.author) == ("markdown", "丽水经开区打造新平台", "2022-06-20", "张三")
    assert "总投资110亿元的丽水东旭高端光电半导体材料项目" in doc.text


def test_show_json_has_the_document_columns_text_and_original(seeded):
    d = documents()["003"]
    r = run("show", d.doc_id[:8], "--format", "json")
    assert r.code == 0
    obj = json.loads(r.stdout)
    assert list(obj)[:8] == ["doc_id", "source", "title", "site", "published", "script", "chars", "duplicate_of"]
    assert obj["original"] == seed("003").read_text("utf-8")
    assert obj["text"] == d.text and "鯉城" not in obj["text"]
    assert run("show", d.doc_id, "--original").stdout.count("鯉城高品質") >= 1


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "table"])
def test_export_documents_in_every_format(seeded, fmt):
    r = run("export", "documents", "--format", fmt)
    assert r.code == 0
    if fmt == "csv":
        assert r.stdout.startswith("doc_id,source,title,site,published,script,chars,duplicate_of\r\n")
        assert r.stdout.count("\r\n") == 6
    elif fmt == "json":
        assert len(json.loads(r.stdout)) == 5
    elif fmt == "jsonl":
        assert len(r.stdout.splitlines()) == 5
    elif fmt == "tsv":
        assert r.stdout.split("\n")[0].split("\t")[0] == "doc_id"
    else:
        assert "瓯江口产业集聚区崛起" in r.stdout


def test_export_parquet(seeded, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "docs.parquet"
    assert run("export", "documents", "--format", "parquet", "--output", out).code == 0
    assert pq.read_table(out).num_rows == 5
    assert run("export", "documents", "--format", "parquet").code == 2


def test_stats_agrees_with_the_documents(seeded):
    r = run("stats", "--format", "json")
    figures = {row["measure"]: row["value"] for row in json.loads(r.stdout)}
    assert figures["documents"] == 5 and figures["traditional script"] == 1 and figures["with a date"] == 3
    by_year = json.loads(run("stats", "--by", "year", "--format", "json").stdout)
    assert {row["key"]: row["documents"] for row in by_year} == {"": 2, "2018": 1, "2019": 1, "2024": 1}


def test_killed_ingest_leaves_whole_documents_and_a_rerun_completes_it(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(1500):
        (folder / f"{i:05d}.txt").write_text(f"第{i}号通报\n\n" + texts[i % 5] + f"\n编号{i}。", encoding="utf-8")
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "parktool", "--db", str(db), "--quiet", "ingest", str(folder), "--workers", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until some batches are committed, then kill mid-run
        time.sleep(0.5)
        if db.exists() and _count(db) > 0:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 0 < stored < 1500
    with Corpus.open(db) as c:  # every stored document is whole: facts and index rows with it
        assert c.query("SELECT count(*) AS n FROM fts_docsize")[0]["n"] == stored  # index rows
        assert c.query("SELECT count(*) AS n FROM signatures")[0]["n"] == stored
        orphans = c.query("SELECT count(*) AS n FROM facts WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
        assert orphans[0]["n"] == 0
    assert run("--db", db, "stats").code == 0
    rerun = subprocess.run(cmd[:-2] + ["--format", "json"], cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert report["unchanged"] == stored and report["added"] == 1500 - stored
    assert _count(db) == 1500


def _count(db) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
