"""`parktool tag`: taxonomy tags, keywords, co-occurrence; the taxonomy file and its rules."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import SEEDS, run
from parktool import text as T
from parktool.corpus import Corpus
from parktool.errors import UsageError
from parktool.tag import (
    cooccurrence, is_keyword, keywords, load_taxonomy, parse_rule, score_document, trie_regex,
    userdict_words,
)

DATA = Path(__file__).resolve().parent.parent / "parktool" / "data"


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def seeds_tagged(tmp_path_factory) -> tuple[Path, dict[str, dict[str, list[str]]]]:
    """The seeds ingested and tagged once: (corpus, seed number -> kind -> tags in order)."""
    db = tmp_path_factory.mktemp("tagged") / "corpus.db"
    assert run("--db", db, "ingest", SEEDS).code == 0
    r = run("--db", db, "tag", "--format", "csv")
    assert r.code == 0, r.stderr
    docs = _csv(run("--db", db, "export", "documents", "--format", "csv").stdout)
    seed = {d["doc_id"]: Path(d["source"]).name[:3] for d in docs}
    tags: dict[str, dict[str, list[str]]] = {n: {"industry": [], "theme": [], "keyword": []} for n in seed.values()}
    for row in _csv(r.stdout):
        tags[seed[row["doc_id"]]][row["kind"]].append(row["tag"])
    return db, tags


# ---------------------------------------------------------------- the seeds (Done-when)


@pytest.mark.parametrize("seed, industries", [
    ("001", {"半导体与集成电路"}),
    ("002", {"新能源汽车", "生物医药"}),
    ("004", {"节能环保"}),
])
def test_seed_industries(seeds_tagged, seed, industries):
    _, tags = seeds_tagged
    assert industries <= set(tags[seed]["industry"])


FURNITURE = {"版权", "声明", "转载", "出处", "编辑", "责任编辑", "来源", "记者", "见习记者", "微信", "微信号",
             "扫一扫", "二维码", "分享", "相关文章", "首页", "当前位置", "正文", "手机", "电话", "联系", "网站",
             "本网", "本文", "原创", "admin", "删除", "不妥", "厂房网", "新闻网"}
NUMBER_OR_UNIT = re.compile(r"\d|^[〇零一二三四五六七八九十百千万亿两]+[年月日个项家位名次倍亿万元亩米吨辆强大]?$"
                            r"|^(?:万?元|亿元|万元|平方米|平方公里|亩|公顷|吨|千瓦|个百分点)$")


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_keywords_are_words_not_numbers_units_or_furniture(seeds_tagged, seed):
    _, tags = seeds_tagged
    words = tags[seed]["keyword"]
    assert len(words) == 10
    assert [w for w in words if len(w) < 2 or NUMBER_OR_UNIT.search(w) or w in FURNITURE] == []


def test_keywords_keep_park_names_whole(seeds_tagged):
    _, tags = seeds_tagged
    assert "瓯江口产业集聚区" in tags["000"]["keyword"]
    assert "丽水经开区" in tags["001"]["keyword"]


def test_tag_is_idempotent_and_export_agrees(seeds_tagged):
    db, _ = seeds_tagged
    before = run("--db", db, "export", "tags", "--format", "csv").stdout
    r = run("--db", db, "tag", "--format", "csv")
    assert r.code == 0
    assert r.stdout == before
    assert run("--db", db, "export", "tags", "--format", "csv").stdout == before


def test_default_output_is_a_count_of_documents_per_tag(seeds_tagged):
    db, tags = seeds_tagged
    r = run("--db", db, "tag")
    assert r.code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "tag\tkind\tdocuments"  # tsv, since stdout is not a terminal
    counted = {(t, k): int(n) for t, k, n in (line.split("\t") for line in lines[1:])}
    expected = Counter((t, k) for kinds in tags.values() for k in ("industry", "theme") for t in kinds[k])
    assert counted == dict(expected)
    assert [k for _, k in counted] == sorted((k for _, k in counted), key=("industry", "theme").index)
    n_kw = sum(len(k["keyword"]) for k in tags.values())
    n_ind = sum(len(k["industry"]) for k in tags.values())
    n_th = sum(len(k["theme"]) for k in tags.values())
    assert r.stderr == f"5 documents tagged: {n_ind} industry and {n_th} theme tags, {n_kw} keywords\n"


def test_no_keywords_when_asked(tmp_path):
    db = tmp_path / "c.db"
    assert run("--db", db, "ingest", SEEDS / "004_02625be132ebd112.txt").code == 0
    r = run("--db", db, "tag", "--keywords", "0", "--format", "csv")
    assert r.code == 0
    assert {row["kind"] for row in _csv(r.stdout)} == {"industry", "theme"}


def test_missing_corpus_is_exit_2_and_not_created(corpus_path):
    r = run("tag")
    assert r.code == 2 and "no corpus here" in r.stderr
    assert not corpus_path.exists()


# ---------------------------------------------------------------- articles from elsewhere

ARTICLES = [  # (title, text, industries and themes expected exactly)
    ("常州经开区新能源产业加速集聚",
     "今年以来，常州经开区新能源产业加速集聚，园区新引进光伏组件、储能电站等项目12个，总投资超150亿元。"
     "天合储能基地二期投产，分布式光伏装机容量突破50万千瓦，氢能产业园开工建设。", ["新能源"]),
    ("",
     "苏州工业园区生物医药产业规模突破千亿元。园区集聚生物医药企业2000余家，创新药、医疗器械和生物技术三大领域"
     "齐头并进，今年获批一类创新药5个，抗体药物和细胞治疗产品加快上市。", ["生物医药"]),
    ("无锡高新区集成电路产业链再延伸",
     "无锡高新区围绕集成电路产业链精准招商，今年新落地芯片设计、晶圆制造、封装测试项目20个，总投资超300亿元。",
     ["半导体与集成电路"]),
    ("青岛西海岸新区跨境电商综试区建设提速",
     "青岛西海岸新区依托前湾综合保税区，大力发展跨境电商和保税物流，今年前三季度进出口额同比增长21%，"
     "实际利用外资3.2亿美元。", ["对外开放与保税"]),
    ("重庆两江新区推进城市更新",
     "两江新区加快老旧小区改造和城中村改造，今年完成房屋征收1200户，片区综合开发有序推进。", ["城市更新与征收"]),
    ("漯河食品产业园预制菜项目签约",
     "漯河经开区食品产业再添新动能。园区与多家企业签约预制菜、休闲食品和乳制品项目，总投资36亿元，"
     "将打造中部食品加工基地。", ["食品", "招商引资"]),
    # 数据显示 ("figures show") is not the display industry; 新能源汽车 is not also 新能源.
    ("", "数据显示，今年1-9月全区规上工业增加值增长8.5%。统计数据显示，全区经济运行稳中向好，显示出较强韧性。", []),
    ("", "柳州新能源汽车产销两旺，新能源汽车整车产量同比增长三成，新能源汽车零部件配套率超过七成。",
     ["新能源汽车"]),
    # A rule: an article on food safety checks is not about the food industry.
    ("", "食品安全无小事。市场监管局开展食品安全专项检查，督促落实食品安全主体责任，食品安全抽检合格率98%，"
         "食品经营户全部建档，食品安全投诉下降。", []),
]


@pytest.mark.parametrize("title, text, expected", ARTICLES)
def test_articles_from_other_provinces(title, text, expected):
    assert [s.tag for s in score_document(text, title, load_taxonomy())] == expected


def test_the_rule_is_what_keeps_food_safety_out():
    title, text, _ = ARTICLES[-1]
    without_rule = load_taxonomy()
    without_rule.tags = [t if t.name != "食品" else type(t)(t.name, t.kind, t.terms, t.weak)
                         for t in without_rule.tags]
    assert [s.tag for s in score_document(text, title, without_rule)] == ["食品"]


def test_score_is_documented_formula():
    # 光伏 twice and in the title, 储能 once; 120 characters (below one length unit).
    text = "光伏" * 2 + "储能" + "。" * 114
    (s,) = score_document(text, "光伏基地", load_taxonomy())
    assert (s.tag, s.count) == ("新能源", 4)
    assert s.score == round((1 + math.log(2)) + 3 + 1, 4)
    long = text + "。" * 3880  # 4,000 characters: sqrt(4) halves it
    assert score_document(long, "光伏基地", load_taxonomy())[0].score == round(((1 + math.log(2)) + 3 + 1) / 2, 4)


def test_latin_words_match_whole():
    taxonomy = load_taxonomy()
    assert score_document("MICRO CRO" * 1, "", taxonomy) == []
    counts = taxonomy.matcher().counts("microsoft cro cdmo 和 cro。".lower())
    assert counts == Counter({"cro": 2, "cdmo": 1})


def test_trie_regex_prefers_the_longest_word():
    pattern = re.compile(trie_regex(["新能源", "新能源汽车", "汽车", "车"]))
    assert pattern.findall("新能源汽车和汽车、新能源车") == ["新能源汽车", "汽车", "新能源", "车"]
    assert re.compile(trie_regex([])).findall("任何") == []


# ---------------------------------------------------------------- the taxonomy file

BRIEF_INDUSTRIES = {"新能源汽车", "半导体与集成电路", "生物医药", "医疗器械", "新材料", "高端装备与智能制造",
                    "数字经济", "新能源", "节能环保", "光电与显示", "现代物流与商贸", "文旅", "时尚与纺织", "食品", "化工"}
BRIEF_THEMES = {"招商引资", "产城融合", "科技创新与研发平台", "人才", "营商环境与审批改革", "城市更新与征收",
                "对外开放与保税", "绿色低碳", "标准厂房与低效用地盘活", "产业基金与金融"}


def test_shipped_taxonomy_covers_the_brief():
    taxonomy = load_taxonomy()
    names = {(t.kind, t.name) for t in taxonomy.tags}
    assert {("industry", n) for n in BRIEF_INDUSTRIES} <= names
    assert {("theme", n) for n in BRIEF_THEMES} <= names
    assert (taxonomy.threshold, taxonomy.min_count, taxonomy.title_weight) == (2.5, 3, 3.0)


def test_userdict_holds_exactly_the_words_a_plain_segmenter_splits():
    lines = (DATA / "userdict_taxonomy.txt").read_text(encoding="utf-8").splitlines()
    listed = [line for line in lines if line and not line.startswith("#")]
    assert listed == userdict_words()


@pytest.mark.parametrize("engine", ["rjieba", "jieba"])
def test_every_taxonomy_word_stays_one_token(engine):
    words = [w for w in load_taxonomy().words() if len(w) >= 2 and " " not in w]
    assert [w for w in words if T.segment(w, engine) != [w]] == []
    assert [w for w in words if T.segment(f"据悉，{w}。", engine) != ["据悉", "，", w, "。"]] == []


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("content, problem", [
    ('[industry."氢能"\nterms = ["氢能"]\n', "not valid TOML (Expected ']' at the end of a table declaration (at line 1, column 15))"),
    ('[industri."氢能"]\nterms = ["氢能"]\n', 'unknown table [industri] (expected [settings], [industry."NAME"], [theme."NAME"])'),
    ('[industry."氢能"]\nterm = ["氢能"]\n', '[industry."氢能"]: unknown key \'term\' (expected terms, weak, rule, threshold, min_count)'),
    ('[industry."氢能"]\nweak = ["氢"]\n', '[industry."氢能"]: terms = [...] is missing or empty'),
    ('[industry."氢能"]\nterms = "氢能"\n', '[industry."氢能"] terms must be a list of strings'),
    ('[industry."氢能"]\nterms = ["氢能", ""]\n', '[industry."氢能"] terms: empty word'),
    ('[industry."氢能"]\nterms = ["氢能"]\nweak = ["氢能"]\n', "[industry.\"氢能\"]: '氢能' is in both terms and weak"),
    ('[industry."氢能"]\nterms = ["氢能"]\nrule = "氢能 &"\n', "[industry.\"氢能\"]: rule '氢能 &': ends where a word is expected"),
    ('[industry."氢能"]\nterms = ["氢能"]\nthreshold = -1\n', '[industry."氢能"] threshold must be a non-negative number, not -1'),
    ('[settings]\nmin_count = 1.5\n[theme."x"]\nterms = ["x"]\n', "[settings] min_count must be a non-negative whole number, not 1.5"),
    ('[settings]\nlimit = 1\n', "[settings] unknown key 'limit' (expected threshold, min_count, title_weight, weak_weight, length_unit)"),
    ('industry = 1\n', "[industry] must hold tables ([industry.\"NAME\"])"),
])
def test_malformed_taxonomy_is_a_one_line_error_naming_file_and_problem(tmp_path, content, problem):
    path = _write(tmp_path, content)
    assert run("ingest", SEEDS / "004_02625be132ebd112.txt").code == 0
    r = run("tag", "--taxonomy", path)
    assert (r.code, r.stdout) == (2, "")
    assert r.stderr == f"parktool: {path}: {problem}\n"


def test_taxonomy_file_that_cannot_be_read(tmp_path):
    assert run("ingest", SEEDS / "004_02625be132ebd112.txt").code == 0
    r = run("tag", "--taxonomy", tmp_path / "none.toml")
    assert (r.code, r.stderr) == (2, f"parktool: {tmp_path / 'none.toml'}: cannot read taxonomy (No such file or directory)\n")
    r = run("tag", "--replace-taxonomy")
    assert (r.code, r.stderr) == (2, "parktool: --replace-taxonomy needs --taxonomy FILE\n")
    r = run("tag", "--replace-taxonomy", "--taxonomy", _write(tmp_path, "[settings]\nthreshold = 1\n"))
    assert r.code == 2 and r.stderr.endswith('taxonomy has no tags ([industry."NAME"] or [theme."NAME"])\n')


HYDROGEN = """
[settings]
threshold = 0.5
min_count = 1

[industry."氢能"]
terms = ["氢能", "加氢站", "燃料电池"]

[industry."节能环保"]   # replaces the shipped tag of that name
terms = ["膜技术"]
"""


def test_a_taxonomy_file_adds_tags_or_replaces_the_shipped_ones(tmp_path):
    assert run("ingest", SEEDS / "004_02625be132ebd112.txt").code == 0
    path = _write(tmp_path, HYDROGEN)
    added = {(r["tag"], r["kind"]) for r in _csv(run("tag", "--taxonomy", path, "--keywords", "0", "-f", "csv").stdout)}
    assert ("节能环保", "industry") in added and ("人才", "theme") in added  # shipped tags remain
    replaced = _csv(run("tag", "--taxonomy", path, "--replace-taxonomy", "--keywords", "0", "-f", "csv").stdout)
    assert [(r["tag"], r["kind"]) for r in replaced] == [("节能环保", "industry")]  # 膜技术 in 004
    taxonomy = load_taxonomy(path)
    (mine,) = [t for t in taxonomy.tags if t.name == "节能环保"]
    assert mine.terms == ("膜技术",)


# ---------------------------------------------------------------- rules


@pytest.mark.parametrize("rule, counts, holds", [
    ("A | B", {"A": 1}, True),
    ("A & B", {"A": 1}, False),
    ("A & !B", {"A": 1}, True),
    ("A & !B", {"A": 1, "B": 1}, False),
    ("!A", {}, True),
    ("A >= 3", {"A": 2}, False),
    ("A >= 3", {"A": 3}, True),
    ("(A | B) & C >= 2", {"B": 1, "C": 2}, True),
    ("(A | B) & C >= 2", {"C": 5}, False),
    ("A | B & C", {"A": 1}, True),  # & binds tighter than |
    ("!A | B", {"A": 1}, False),  # ! binds tightest
    ("A and not B", {"A": 1}, True),
    ("A or B", {"B": 1}, True),
    ('"A B" | C', {"A B": 1}, True),
    ("產業基金", {"产业基金": 1}, True),  # traditional script in a rule is simplified
])
def test_rules(rule, counts, holds):
    assert parse_rule(rule).holds(lambda w: counts.get(w, 0)) is holds


@pytest.mark.parametrize("rule, problem", [
    ("A |", "ends where a word is expected"),
    ("(A | B", "unbalanced parentheses"),
    ("A >= x", "A >= needs a whole number of at least 1"),
    ("A >= 0", "A >= needs a whole number of at least 1"),
    ("& A", "'&' where a word is expected"),
    ("A B", "unexpected 'B' (unbalanced parentheses or a missing operator)"),
    ("A = 3", "unexpected '='"),
    ("", "empty"),
])
def test_malformed_rules(rule, problem):
    with pytest.raises(UsageError) as e:
        parse_rule(rule, "x.toml")
    assert str(e.value) == f"x.toml: rule {rule!r}: {problem}"


# ---------------------------------------------------------------- keywords


@pytest.mark.parametrize("word, keep", [
    ("半导体", True), ("丽水经开区", True), ("五金", True), ("千岛湖", True), ("5G", True), ("城中村", True),
    ("三年", False), ("亿元", False), ("万平方米", False), ("50强", False), ("第一", False),
    ("十四五", False), ("五大", False), ("千亿", False), ("百强", False), ("2021", False), ("12.4", False),
    ("园", False), ("运用", False), ("陆续", False), ("幸福", False),  # a single character, a verb, an adverb, an adjective
    ("版权", False), ("微信", False), ("责任编辑", False), ("发展", False), ("目前", False),
])
def test_is_keyword(word, keep):
    assert is_keyword(word) is keep


def test_keyword_weights_use_this_corpus_document_frequencies():
    tf = Counter({"光伏": 4, "园区": 6, "储能": 1})
    df = {"光伏": 2, "园区": 10, "储能": 1}
    ranked = keywords(tf, df, documents=10, top=2)
    assert ranked == [("光伏", round((1 + math.log(4)) * math.log(11 / 2.5), 4)),
                      ("储能", round(math.log(11 / 1.5), 4))]


# ---------------------------------------------------------------- co-occurrence


@pytest.fixture
def small(tmp_path) -> Corpus:
    """Four stored documents with hand-made tags; the fourth a duplicate of the third."""
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"url": f"u{i}", "text": f"第{i}篇文章讲园区的发展。"}, ensure_ascii=False) + "\n"
                            for i in range(4)), encoding="utf-8")
    db = tmp_path / "small.db"
    assert run("--db", db, "ingest", path).code == 0
    corpus = Corpus.open(db)
    d = [doc.doc_id for doc in corpus.documents()]
    corpus.replace_tags([
        (d[0], "A", "industry", 1.0), (d[0], "B", "industry", 1.0), (d[0], "T", "theme", 1.0),
        (d[1], "A", "industry", 1.0), (d[1], "B", "industry", 1.0),
        (d[2], "A", "industry", 1.0), (d[2], "T", "theme", 1.0), (d[2], "园区", "keyword", 1.0),
        (d[3], "A", "industry", 1.0), (d[3], "B", "industry", 1.0),
    ])
    with corpus.transaction() as c:
        c.execute("INSERT INTO duplicates VALUES (?, ?, 1.0, 'exact')", (d[3], d[2]))
    yield corpus
    corpus.close()


def test_cooccurrence_counts_shared_documents(small):
    assert cooccurrence(small, kind="industry") == [{"source": "A", "target": "B", "weight": 2}]
    assert cooccurrence(small, kind="industry", include_duplicates=True) == [{"source": "A", "target": "B", "weight": 3}]
    assert cooccurrence(small) == [
        {"source": "A", "target": "B", "weight": 2},
        {"source": "A", "target": "T", "weight": 2},
        {"source": "B", "target": "T", "weight": 1},
    ]
    assert cooccurrence(small, min_weight=2) == cooccurrence(small)[:2]
    assert cooccurrence(small, kind="all", min_weight=1)[-2:] == [
        {"source": "B", "target": "T", "weight": 1},
        {"source": "T", "target": "园区", "weight": 1},
    ]


def test_cooccurrence_jaccard(small):
    assert cooccurrence(small, measure="jaccard") == [
        {"source": "A", "target": "B", "weight": 0.6667},
        {"source": "A", "target": "T", "weight": 0.6667},
        {"source": "B", "target": "T", "weight": 0.3333},
    ]


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "topic"}, "co-occurrence of 'topic': choose one of industry, theme, tags, keyword, all"),
    ({"measure": "pmi"}, "co-occurrence measure 'pmi': choose one of count, jaccard"),
])
def test_cooccurrence_rejects_unknown_options(small, kwargs, message):
    with pytest.raises(UsageError) as e:
        cooccurrence(small, **kwargs)
    assert str(e.value) == message
