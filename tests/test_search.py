"""`parktool search`: Chinese full-text search over the seeds and small corpora made here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import SEEDS, run
from parktool.corpus import Corpus
from parktool.errors import UsageError
from parktool.search import expansions, glued, iso_bound, make_snippet, marked, parse

# ---------------------------------------------------------------- corpora


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    """The five seeds, ingested and tagged once for the module; tests only read it."""
    db = tmp_path_factory.mktemp("seeds") / "corpus.db"
    assert run("--db", db, "ingest", SEEDS).code == 0
    assert run("--db", db, "tag").code == 0
    return db


@pytest.fixture(scope="module")
def ids(seeds_db) -> dict[str, str]:
    """Seed number ("000".."004") -> doc_id, and back."""
    rows = _csv(run("--db", seeds_db, "export", "documents", "--format", "csv").stdout)
    out = {Path(r["source"]).name[:3]: r["doc_id"] for r in rows}
    return out | {v: k for k, v in out.items()}


ARTICLES = [  # written like news from other provinces; the second in traditional script
    {"url": "https://news.example.cn/nn/1.html", "title": "南宁高新区存储芯片项目投产", "date": "2023-05-06",
     "site": "南宁日报",
     "text": "5月6日，广西南宁高新区示范园区内，一家存储芯片企业正式投产。该企业负责人介绍，项目总投资12亿元，"
             "达产后年产值可达30亿元。\n高新区管委会表示，下一步将围绕集成电路产业链开展精准招商，推动更多配套企业落户。"},
    {"url": "https://news.example.cn/gz/2.html", "title": "貴州綜合保稅區跨境電商業務快速增長", "date": "2021-11-20",
     "site": "貴州日報",
     "text": "今年前三季度，貴陽綜合保稅區跨境電商進出口額同比增長45%。園區負責人表示，將進一步優化營商環境，吸引更多外貿企業入駐。"},
    {"url": "https://news.example.cn/hf/3.html", "title": "合肥召开芯片产业座谈会", "date": "2022-03-01",
     "site": "合肥晚报", "text": "会议听取了全市工业经济运行情况汇报，部署下一阶段重点工作。"},
    {"url": "https://news.example.cn/hf/4.html", "title": "合肥召开工业经济运行分析会", "date": "2022-03-02",
     "site": "合肥晚报", "text": "会上通报，今年以来全市芯片企业产值增长明显，新增规上工业企业二十家。"},
]


@pytest.fixture
def articles_db(tmp_path) -> tuple[Path, list[str]]:
    """ARTICLES ingested from a JSONL file; their doc_ids in order."""
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    db = tmp_path / "articles.db"
    assert run("--db", db, "ingest", path).code == 0
    rows = _csv(run("--db", db, "export", "documents", "--format", "csv").stdout)
    return db, [r["doc_id"] for r in rows]


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def search(db: Path, *args: str):
    return run("--db", db, "search", *args, "--format", "csv")


def found(db: Path, query: str, *args: str, names: dict[str, str] | None = None) -> list[str]:
    """Doc ids (or seed numbers, given `names`) a search returns, in rank order."""
    r = search(db, query, *args)
    assert r.code in (0, 1), r.stderr
    return [names[row["doc_id"]] if names else row["doc_id"] for row in _csv(r.stdout)]


# ---------------------------------------------------------------- the seeds (Done-when)


def test_traditional_and_simplified_queries_give_the_same_results_001_first(seeds_db, ids):
    simplified, traditional = search(seeds_db, "半导体"), search(seeds_db, "半導體")
    assert simplified.code == traditional.code == 0
    assert traditional.stdout == simplified.stdout
    assert [ids[r["doc_id"]] for r in _csv(simplified.stdout)] == ["001", "003"]


def test_a_word_from_a_traditional_script_seed_is_found(seeds_db, ids):
    assert "003" in found(seeds_db, "科创中心", names=ids)
    assert sorted(found(seeds_db, "科创中心", names=ids)) == ["001", "003"]
    assert sorted(found(seeds_db, "科創中心", names=ids)) == ["001", "003"]


@pytest.mark.parametrize("query, expected", [
    ("园区", ["000", "001", "002", "003", "004"]),  # two characters
    ("芯片", ["002"]),
    ("膜", ["004"]),  # one character
    ("集成电路", ["001", "002", "004"]),
    ('"产城融合" AND 人才', ["000", "001", "002", "004"]),
    ("产城融合 人才", ["000", "001", "002", "004"]),  # spaces: all must match
    ("人才 NOT 产城融合", ["003"]),
    ("芯片 OR 膜技术", ["002", "004"]),
    ("(芯片 OR 膜技术) 人才", ["002", "004"]),
    ("产城融合，人才", ["000", "001", "002", "004"]),  # a Chinese comma separates like a space
    ("“产城融合” 人才", ["000", "001", "002", "004"]),  # Chinese quotes make a phrase too
])
def test_queries_on_the_seeds(seeds_db, ids, query, expected):
    assert sorted(found(seeds_db, query, names=ids)) == expected


def test_a_word_the_text_cuts_differently_still_matches(seeds_db, ids):
    # 004 writes 膜技术创新, which the segmenter cuts 膜 / 技术创新: 膜技术 is no word of its index.
    assert found(seeds_db, "膜技术", names=ids) == ["004"]


def test_filters(seeds_db, ids):
    assert found(seeds_db, "园区", "--site", "温州", names=ids) == ["000"]
    assert found(seeds_db, "园区", "--since", "2019", "--until", "2019-12", names=ids) == ["000"]
    assert sorted(found(seeds_db, "园区", "--since", "2018-03-08", "--until", "2019-07-10", names=ids)) == ["000", "004"]
    assert found(seeds_db, "园区", "--tag", "节能环保", names=ids) == ["004"]
    assert found(seeds_db, "园区", "--park", "丽水经开区", names=ids) == ["001"]  # an alias
    assert found(seeds_db, "园区", "--park", "丽水经济技术开发区", names=ids) == ["001"]
    assert len(found(seeds_db, "园区", "--limit", "2")) == 2
    assert len(found(seeds_db, "园区", "--limit", "0")) == 5


def test_rows_have_the_contract_columns_parks_and_marked_snippets(seeds_db, ids):
    r = search(seeds_db, "芯片")
    assert r.code == 0
    assert r.stdout.splitlines()[0] == "doc_id,score,title,published,parks,snippet"
    (row,) = _csv(r.stdout)
    assert ids[row["doc_id"]] == "002"
    assert row["title"] == "“提质量、增效能”金华开发区找准赛道加速竞跑"
    assert row["published"] == "2024-09-28"
    with Corpus.open(seeds_db) as corpus:
        parks = corpus.query("SELECT park FROM doc_parks WHERE doc_id = ? ORDER BY main DESC, mentions DESC, park",
                             (row["doc_id"],))
    assert row["parks"] == "|".join(p["park"] for p in parks)  # the article's main park first
    assert len(parks) > 1
    assert "首张【芯片】。" in row["snippet"]
    assert float(row["score"]) > 0
    assert r.stderr == "1 documents\n"


# ---------------------------------------------------------------- small corpora made here


def test_a_word_inside_a_longer_word_matches_unless_quoted(articles_db):
    db, (nanning, guizhou, meeting, report) = articles_db
    # 南宁 writes 园区 only inside 示范园区, one word for the segmenter.
    assert sorted(found(db, "园区")) == sorted([nanning, guizhou])
    assert found(db, '"园区"') == [guizhou]
    assert found(db, "存储") == [nanning]


def test_title_hits_weigh_more_than_body_hits(articles_db):
    db, (nanning, guizhou, meeting, report) = articles_db
    ranked = found(db, "芯片")
    assert set(ranked) == {nanning, meeting, report}
    assert ranked.index(meeting) < ranked.index(report)  # 芯片 in its title vs once in a text


def test_snippet_is_cut_from_the_stored_text_around_the_hits(articles_db):
    db, (nanning, guizhou, *_) = articles_db
    (row,) = _csv(search(db, "跨境電商").stdout)  # traditional query, traditional article
    assert row["doc_id"] == guizhou
    assert row["title"] == "贵州综合保税区跨境电商业务快速增长"
    assert row["snippet"] == ("今年前三季度，贵阳综合保税区【跨境电商】进出口额同比增长45%。"
                              "园区负责人表示，将进一步优化营商环境，吸引更多外贸企业入驻。")


def test_kwic_lines(articles_db):
    db, (nanning, *_) = articles_db
    r = run("--db", db, "search", "芯片 集成电路", "--kwic", "--context", "6", "--format", "csv")
    assert r.code == 0
    assert _csv(r.stdout) == [
        {"doc_id": nanning, "left": "内，一家存储", "hit": "芯片", "right": "企业正式投产"},
        {"doc_id": nanning, "left": "下一步将围绕", "hit": "集成电路", "right": "产业链开展精"},
    ]
    assert r.stderr == "1 documents, 2 lines\n"


def test_duplicates_are_left_out_unless_all(articles_db):
    db, (nanning, guizhou, meeting, report) = articles_db
    with Corpus.open(db) as corpus, corpus.transaction() as c:
        c.execute("INSERT INTO duplicates VALUES (?, ?, 0.9, 'near')", (report, meeting))
    assert sorted(found(db, "芯片")) == sorted([nanning, meeting])
    assert sorted(found(db, "芯片", "--all")) == sorted([nanning, meeting, report])


def test_when_duplicates_fill_the_ranking_window_the_full_query_decides(articles_db, monkeypatch):
    import parktool.search as S

    db, (nanning, guizhou, meeting, report) = articles_db
    best = found(db, "芯片")
    with Corpus.open(db) as corpus, corpus.transaction() as c:
        c.execute("INSERT INTO duplicates VALUES (?, ?, 0.9, 'near')", (best[0], best[1]))
    monkeypatch.setattr(S, "WINDOW_FACTOR", 1)
    monkeypatch.setattr(S, "WINDOW_EXTRA", 0)  # a window of one: the duplicate fills it
    assert found(db, "芯片", "--limit", "1") == [best[1]]
    assert found(db, "芯片", "--limit", "2") == best[1:]


def test_park_filter_takes_any_name_the_corpus_unifies(articles_db):
    db, (nanning, guizhou, meeting, report) = articles_db
    with Corpus.open(db) as corpus, corpus.transaction() as c:
        c.execute("INSERT INTO doc_parks (doc_id, park, aliases) VALUES (?, '合肥高新技术产业开发区', '合肥高新区')", (meeting,))
        c.execute("INSERT INTO doc_parks (doc_id, park) VALUES (?, '合肥高新区')", (report,))
    for name in ("合肥高新区", "合肥高新技术产业开发区"):
        assert sorted(found(db, "芯片", "--park", name)) == sorted([meeting, report])
    r = search(db, "芯片", "--park", "无锡高新区")
    assert (r.code, r.stdout) == (1, "doc_id,score,title,published,parks,snippet\r\n")


# ---------------------------------------------------------------- no hits, errors


def test_no_hits_exit_1_with_only_a_header(seeds_db):
    r = search(seeds_db, "量子计算")
    assert r.code == 1
    assert r.stdout == "doc_id,score,title,published,parks,snippet\r\n"
    assert r.stderr == "no documents match 量子计算\n"
    r = run("--db", seeds_db, "search", "量子计算", "--format", "json")
    assert (r.code, r.stdout) == (1, "[]\n")
    r = run("--db", seeds_db, "search", "量子计算", "--format", "table")
    assert (r.code, r.stdout) == (1, "")
    assert run("--db", seeds_db, "-q", "search", "量子计算").stderr == ""


@pytest.mark.parametrize("query, message", [
    ('"产城融合 AND 人才', "unbalanced quotes (\" opened, never closed)"),
    ("产城融合”", "unbalanced quotes (” closes nothing)"),
    ("OR 人才", "OR needs a word before it"),
    ("人才 AND", "AND needs a word after it"),
    ("人才 AND OR 园区", "AND OR: two operators in a row"),
    ("NOT 人才", "NOT needs a word before it (write: a NOT b)"),
    ("(人才 OR 园区", "unbalanced parentheses (( opened, never closed)"),
    ("人才)", "unbalanced parentheses () closes nothing)"),
    ("()", "empty parentheses ()"),
    ("芯*", "* (prefix search) is not supported; a word already matches the longer words that contain it"),
    ("NEAR(芯片 园区)", 'NEAR is not supported; use a phrase "…" or words separated by spaces (all must match)'),
    ("title:芯片", "column filters (title:) are not supported; search looks in titles and texts; "
                   "use --site, --park, --tag to narrow it"),
    ("{title body}:芯片", "column filters ({title body}:) are not supported; search looks in titles and texts; "
                          "use --site, --park, --tag to narrow it"),
    ("、，。", "nothing to search for"),
    ('""', 'empty phrase ""'),
])
def test_malformed_queries_are_one_line_errors(seeds_db, query, message):
    r = search(seeds_db, query)
    assert r.code == 2
    assert r.stdout == ""
    assert r.stderr == f"parktool: query {query!r}: {message}\n"


def test_sql_in_a_query_is_only_words(seeds_db):
    r = search(seeds_db, "'; DROP TABLE documents; --")
    assert r.code == 1
    assert len(_csv(run("--db", seeds_db, "export", "documents", "--format", "csv").stdout)) == 5


@pytest.mark.parametrize("args, message", [
    (("--since", "2019-13-01"), "--since 2019-13-01: not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"),
    (("--until", "2019/07/10"), "--until 2019/07/10: not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"),
])
def test_bad_dates_are_usage_errors(seeds_db, args, message):
    r = search(seeds_db, "园区", *args)
    assert (r.code, r.stdout, r.stderr) == (2, "", f"parktool: {message}\n")


def test_tag_filter_before_tagging_is_a_usage_error(articles_db):
    db, _ = articles_db
    r = search(db, "芯片", "--tag", "半导体与集成电路")
    assert (r.code, r.stdout) == (2, "")
    assert r.stderr == "parktool: --tag 半导体与集成电路: no document is tagged yet; run `parktool tag` first\n"


def test_missing_corpus_is_exit_2_and_not_created(corpus_path):
    r = run("search", "园区")
    assert r.code == 2 and "no corpus here" in r.stderr
    assert not corpus_path.exists()


# ---------------------------------------------------------------- the reference segmenter agrees


def test_jieba_and_rjieba_find_the_same(seeds_db, tmp_path, monkeypatch):
    monkeypatch.setenv("PARKTOOL_SEGMENTER", "jieba")
    db = tmp_path / "jieba.db"
    assert run("--db", db, "ingest", SEEDS).code == 0
    for query in ("半导体", "园区", "膜技术", '"产城融合" AND 人才', "科創中心"):
        assert search(db, query).stdout == search(seeds_db, query).stdout, query


# ---------------------------------------------------------------- the pieces


@pytest.mark.parametrize("query, match", [
    ('"产城融合" AND "人才"', '("产城融合" AND "人才")'),
    ('"产城融合" "人才" OR "园区"', '(("产城融合" AND "人才") OR "园区")'),
    ('"园区" NOT ("芯片" OR "晶圆")', '("园区" NOT ("芯片" OR "晶圆"))'),
    ('"4.0" "B2B"', '("4 0" AND "B2B")'),  # punctuation inside a word: as the index cut it
])
def test_fts5_expression(query, match):
    assert parse(query).match == match


def test_a_word_stands_for_the_longer_words_containing_it():
    assert parse("膜技术").match == '("膜技术" OR "膜 技术" *)'
    assert {"工业园区", "示范园区", "物流园区"} <= set(expansions("园区"))
    assert "动力电池" in expansions("电池")  # a taxonomy word: kept whole in the index
    assert expansions("a") == ("a型", "a座", "a股", "a轮")  # not call机: no cut through Latin words
    assert expansions("") == ()
    assert glued("膜技术") == ((("膜",), "技术"),)
    assert glued("人才") == ()
    assert glued("5G") == ()


@pytest.mark.parametrize("value, end, expected", [
    ("2019", False, "2019-01-01"), ("2019", True, "2019-12-31"),
    ("2019-07", False, "2019-07-01"), ("2019-07", True, "2019-07-31"),
    ("2019-07-10", True, "2019-07-10"),
])
def test_iso_bounds(value, end, expected):
    assert iso_bound(value, "--since", end=end) == expected


def test_snippet_window_prefers_more_distinct_words():
    text = "芯片" + "。" * 200 + "芯片与集成电路" + "。" * 200
    patterns = [parse("芯片").positive[0], parse("集成电路").positive[0]]
    from parktool.search import _pattern

    snippet, spans = make_snippet(text, [_pattern(t) for t in patterns], size=30)
    assert snippet == "…" + "。" * 20 + "芯片与集成电路" + "。" * 3 + "…"
    assert marked(snippet, spans) == "…" + "。" * 20 + "【芯片】与【集成电路】" + "。" * 3 + "…"
    assert marked(snippet, spans, ("[b]", "[/b]"), str.upper) == "…" + "。" * 20 + "[b]芯片[/b]与[b]集成电路[/b]" + "。" * 3 + "…"


def test_snippet_without_hits_is_the_text_start():
    assert make_snippet("园区" * 60, [], size=10) == ("园区" * 5 + "…", [])

