"""Fuzzing the per-document pipeline and its readers: whatever the bytes, a document or a reason.

Hypothesis drives `process_safely` (what ingest maps over every input), the readers
(`read_path`, `read_jsonl`, `text.decode`, `page.html_to_text`) and the analysers
(`clean_text`, `extract_facts`, `find_parks`, `search.parse`) with random bytes, seed text cut
anywhere and re-encoded in every supported encoding (truncated mid-character, behind a byte
order mark that lies, with NULs), hostile HTML, JSONL of the wrong types, absurd figures and
strings of only punctuation or only digits. The invariants:

* nothing raises: `process_safely` answers a Processed or a Rejected, and a rejection's reason
  is never "could not be processed" (the label of an exception caught as a bug);
* what is processed can be stored, and is internally consistent (offsets point at what they
  name, values are finite, dates are dates);
* a parsed search query is always valid FTS5, and searching never writes.

In CI every test runs a fixed-seed sample (`derandomize=True`), some 5,800 inputs in all in about
30 seconds; `PARKTOOL_FUZZ_EXAMPLES=N` multiplies each test's examples by N for a long run by
hand, and `PARKTOOL_FUZZ_REPORT=FILE` writes the tally of inputs tried, rejected and stored
(docs/reliability.md records both).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import re
import sqlite3
from collections import Counter
from html import escape as html_escape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEEDS
from parktool import clean, page, parks as P, search as S, text as T
from parktool.corpus import Corpus
from parktool.errors import InputError, UsageError
from parktool.ingest import Processed, Record, Rejected, ingest, process_safely, read_jsonl, read_path
from parktool.metrics import extract_facts

SCALE = int(os.environ.get("PARKTOOL_FUZZ_EXAMPLES", "1") or 1)
TRIED: Counter = Counter()  # inputs tried, per fuzz test
OUTCOMES: Counter = Counter()  # what the pipeline made of them: documents stored, rejections


def fuzz(examples: int):
    """A fuzz test: fixed seed in CI, `examples` × $PARKTOOL_FUZZ_EXAMPLES inputs, each counted."""
    def decorate(test):
        inner = test.hypothesis.inner_test

        @functools.wraps(inner)
        def counted(*args, **kwargs):
            TRIED[test.__name__] += 1
            return inner(*args, **kwargs)

        test.hypothesis.inner_test = counted
        return settings(max_examples=examples * SCALE, derandomize=True, deadline=None, database=None,
                        suppress_health_check=list(HealthCheck))(test)
    return decorate


@pytest.fixture(scope="module", autouse=True)
def tally_report():
    """After the module: the tally, to the file named by $PARKTOOL_FUZZ_REPORT (if any)."""
    yield
    target = os.environ.get("PARKTOOL_FUZZ_REPORT")
    if target:
        report = {"inputs tried": sum(TRIED.values()), "per test": dict(TRIED), **OUTCOMES}
        Path(target).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- strategies

SEED_TEXTS = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "big5")
BOMS = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
SPECIALS = (
    "9999999999999999亿元", "1e308%", "-1e308亿元", "1.7976931348623157e308万亿美元", "NaN亿元",
    "增长∞%", "10^999亩", "百分之一万", "十万亿亿亿亿元", "0.000000000001%", "−5%", "负增长-3.5%",
    "二〇一九年", "今年", "去年同期", "2019-02-30", "9999年99月99日", "質(zhì)", "?shù)", "(y?)",
    "�", "\x00", "\ufeff", "\u200b", "\r\n", "\r", "\t", "\u3000", "１２３％", "&nbsp;", "&#0;",
    "&#xD800;", "<p>", "</div>", "<br>", "<script>", "]]>", "{", '"', "\\", "“", "”", "（", "）",
    "经开区", "高新区", "产业园", "工业园区", "经济技术开发区", "小微企业园", "产业集聚区",
    "当前位置:首页 > 新闻", "相关文章", "责任编辑:", "版权所有", "。" * 50, "1" * 400, "，" * 30,
)
PUNCTUATION = "，。、；：？！“”‘’（）【】《》—…·,.;:?!()[]<>-_=+*&^%$#@~`|/\\'\""


@st.composite
def seed_slice(draw) -> str:
    """A stretch of a real article, cut anywhere."""
    text = draw(st.sampled_from(SEED_TEXTS))
    start = draw(st.integers(0, len(text) - 1))
    return text[start:start + draw(st.integers(0, 400))]


TEXTS = st.lists(
    st.one_of(seed_slice(), st.text(max_size=20), st.sampled_from(SPECIALS),
              st.text(PUNCTUATION, max_size=40), st.text("0123456789", max_size=40)),
    max_size=8,
).map("".join)


@st.composite
def encoded(draw) -> bytes:
    """Text in one of the supported encodings, maybe cut mid-character, behind a byte order
    mark that may lie, with NUL bytes or random bytes spliced in."""
    text = draw(TEXTS)
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    if data and draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]  # truncated, often inside a character
    data = draw(st.sampled_from(BOMS)) + data
    if data and draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\x00", b"\x00\x00", b"\xff", b"\x80\x80"])) + data[at:]
    return data


INPUT_BYTES = st.one_of(st.binary(max_size=600), encoded(), TEXTS.map(lambda s: s.encode("utf-8", "ignore")))

URLS = st.sampled_from([
    "http://127.0.0.1:9/x.png", "https://example.invalid/a.css", "file:///etc/passwd", "//cdn.invalid/x.js",
    "javascript:alert(1)", "data:text/html;base64,PHA+", "../../../etc/shadow", "\\\\server\\share\\x",
])
TAGS = ("div", "p", "span", "a", "td", "tr", "table", "li", "ul", "h1", "font", "section", "article",
        "nav", "footer", "aside", "header", "pre", "blockquote", "form", "iframe", "object", "svg")
SECRET = "SCRIPTSECRET"


BROKEN_ATTRIBUTES = (' style="x', " class=", " onload=x()")


@st.composite
def html(draw, broken: bool, depth: int = 0) -> str:
    """Markup of every kind real pages hold, nested, unclosed, with external references. Unless
    `broken`, text is escaped and attributes are whole: then what is inside <script> and <style>
    is script and style for any parser (with a stray quote or `<` before it, it may be text, as
    a browser would show it)."""
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 1))):
        kind = draw(st.integers(0, 9))
        if kind <= 3 or depth >= 5:
            text = draw(TEXTS)
            parts.append(text if broken else html_escape(text))
        elif kind == 4:
            parts.append(f'<img src="{draw(URLS)}"><link rel="stylesheet" href="{draw(URLS)}">')
        elif kind == 5:
            parts.append(f"<script src='{draw(URLS)}'>var s='{SECRET}';</script><style>.{SECRET}{{}}</style>")
        elif kind == 6:
            parts.append(f'<iframe src="{draw(URLS)}"></iframe><!-- {draw(TEXTS)} -->')
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", ' class="nav"', ' id="content"', ' class="article"',
                                          f' href="{draw(URLS)}"', *(BROKEN_ATTRIBUTES if broken else ())]))
            close = "" if draw(st.integers(0, 5)) == 0 else f"</{tag}>"
            parts.append(f"<{tag}{attrs}>{draw(html(broken, depth + 1))}{close}")
    return "".join(parts)


def pages(broken: bool) -> st.SearchStrategy[str]:
    """Fragments, and whole pages with a head."""
    return st.one_of(
        html(broken),
        st.tuples(TEXTS, html(broken), TEXTS).map(
            lambda t: f"<!DOCTYPE html><html><head><title>{html_escape(t[0])}</title><meta name='PubDate' "
                      f"content='{html_escape(t[2][:30])}'></head><body>{t[1]}</body></html>"),
    )

JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-10**400, 10**400),
              st.floats(allow_nan=True, allow_infinity=True), TEXTS, st.text(max_size=10)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
JSON_KEYS = ("text", "content", "body", "html", "article", "title", "headline", "url", "link", "source",
             "date", "published", "pubdate", "time", "site", "media", "author", "editor", "other")


@st.composite
def jsonl(draw) -> bytes:
    """A JSONL dump: objects whose fields have any type (numbers, lists, null for text, title or
    date), good records beside them, broken lines, in UTF-8 or GB18030."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            lines.append(draw(st.text(max_size=40)))  # not JSON, or JSON but not an object
        else:
            obj = draw(st.dictionaries(st.sampled_from(JSON_KEYS), JSON_VALUES, max_size=6))
            if kind >= 3:
                obj["text"] = draw(st.one_of(seed_slice(), TEXTS, pages(broken=True)))
            lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())))
    body = draw(st.sampled_from(["\n", "\r\n"])).join(lines)
    return body.encode(draw(st.sampled_from(["utf-8", "gb18030"])), errors="ignore")


# ---------------------------------------------------------------- invariants

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DIMENSIONS = {"money", "percent", "area", "count", "quantity"}


def storable(*values: str) -> None:
    for v in values:
        assert isinstance(v, str)
        v.encode("utf-8")  # SQLite and a UTF-8 terminal take it: no lone surrogates


def check_date(published: str) -> None:
    assert published == "" or (_ISO_DATE.fullmatch(published) and dt.date.fromisoformat(published))


def check_facts(text: str, facts, title: str = "") -> None:
    for f in facts:
        assert math.isfinite(f.value), f
        assert f.dimension in DIMENSIONS and f.qualifier in ("", "~", ">", "<")
        within = title if f.in_title else text
        assert 0 <= f.start < f.end <= len(within) and within[f.start:f.end] == f.raw
        assert f.year is None or isinstance(f.year, int)
        storable(f.park, f.indicator, f.unit, f.raw, f.sentence)


def check_parks(text: str, found: P.DocumentParks) -> None:
    canonical = {m.canonical for m in found.mentions}
    for m in found.mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.name, m
    assert found.main == "" or found.main in canonical
    assert set(found.aliases) <= canonical and set(found.parent) <= canonical


def check_outcome(result: Processed | Rejected) -> None:
    """What ingest gets back for one input: a whole document, or a reason that is not a crash."""
    OUTCOMES["pipeline results"] += 1
    if isinstance(result, Rejected):
        OUTCOMES["rejected"] += 1
        assert result.reason and not result.reason.startswith("could not be processed"), result.reason
        storable(result.path, result.reason)
        return
    assert isinstance(result, Processed)
    d = result.document
    storable(d.doc_id, d.source, d.title, d.site, d.published, d.author, d.text, d.original,
             result.segmented_title, result.segmented_text)
    assert d.text.strip() and d.chars == len(d.text) and d.script in ("hans", "hant")
    assert d.mojibake >= 0 and "\r" not in d.text and "\x00" not in d.text
    check_date(d.published)
    check_facts(d.text, result.facts, d.title)
    for row in result.parks:
        assert row.park and row.mentions > 0
        storable(row.park, row.kind, row.province, row.city, row.parent, *row.aliases)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One corpus that every processed input is stored in: storing is part of "becomes a document"."""
    with Corpus.open(tmp_path_factory.mktemp("fuzz") / "fuzz.db", create=True) as corpus:
        yield corpus


def stored(corpus: Corpus, result: Processed | Rejected) -> None:
    check_outcome(result)
    if isinstance(result, Processed):
        corpus.store([result])
        assert corpus.known_ids([result.document.doc_id]) == {result.document.doc_id}
        OUTCOMES["stored"] += 1


# ---------------------------------------------------------------- the per-document pipeline

@fuzz(1200)
@given(data=INPUT_BYTES)
def test_any_bytes_become_a_document_or_a_reason(store, data):
    stored(store, process_safely((Record("fuzz.txt", data), None)))


@fuzz(200)
@given(data=INPUT_BYTES, encoding=st.sampled_from(["gb18030", "big5", "utf-16", "utf-8", "latin-1"]))
def test_any_bytes_with_a_forced_encoding_become_a_document_or_a_reason(store, data, encoding):
    stored(store, process_safely((Record("fuzz.txt", data), encoding)))


@fuzz(300)
@given(broken=st.booleans(), data=st.data(), encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_any_page_becomes_a_document_or_a_reason(store, broken, data, encoding):
    page_html = data.draw(pages(broken))
    result = process_safely((Record("fuzz.html", page_html.encode(encoding, errors="ignore")), None))
    stored(store, result)
    if isinstance(result, Processed) and not broken:
        assert SECRET not in result.document.text and SECRET not in result.document.title


@fuzz(400)
@given(data=jsonl())
def test_any_jsonl_dump_gives_documents_and_reasons_line_by_line(store, data):
    lines = data.split(b"\n")
    items = list(read_jsonl("fuzz.jsonl", lines))
    assert len(items) <= len(lines)
    for item in items:
        if isinstance(item, Rejected):
            check_outcome(item)
            assert re.fullmatch(r"fuzz\.jsonl:\d+", item.path) and item.reason.startswith("line ")
        else:
            assert isinstance(item.text, str) and item.text.strip()
            assert all(isinstance(v, str) for v in item.meta.values())
            stored(store, process_safely((item, None)))


@fuzz(200)
@given(data=st.one_of(INPUT_BYTES, jsonl()), name=st.sampled_from(["in.txt", "in.html", "in.jsonl", "in"]))
def test_any_file_is_read_as_records_or_rejections(tmp_path_factory, store, data, name):
    path = tmp_path_factory.mktemp("read") / name
    path.write_bytes(data)
    for item in read_path(str(path)):
        if isinstance(item, Rejected):
            check_outcome(item)
        else:
            stored(store, process_safely((item, None)))


# ---------------------------------------------------------------- readers and analysers

@fuzz(800)
@given(data=INPUT_BYTES)
def test_decode_returns_text_or_a_reason(data):
    try:
        decoded = T.decode(data, name="x")
    except InputError as e:
        assert str(e).startswith("x: ")
        return
    storable(decoded.text, decoded.encoding)
    assert decoded.encoding


@fuzz(200)
@given(text=TEXTS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_decode_reads_back_what_was_encoded(text, encoding):
    """Lossless for UTF-8 (with or without BOM) whatever the text. For UTF-16 behind its BOM
    and for GB18030, lossless for the texts such files hold, Chinese with printable ASCII: a
    control character makes a GB18030 file binary (by design), and a few rare characters behind
    FF FE read equally well as GBK bytes behind a mark that lies."""
    if encoding in ("gb18030", "utf-16"):
        text = "".join(ch for ch in text if (ch.isascii() and ch.isprintable()) or ch == "\n"
                       or "\u4e00" <= ch <= "\u9fa5")
        text = "瓯江口产业集聚区崛起海上新温州" + text  # enough Chinese to tell GB18030 from Big5
    text = text.replace("\x00", "")
    if not text.strip() or text.startswith("\ufeff"):
        return
    decoded = T.decode(text.encode(encoding))
    assert decoded.text == text


@fuzz(400)
@given(broken=st.booleans(), data=st.data())
def test_html_to_text_never_raises_and_never_shows_scripts(broken, data):
    pg = page.html_to_text(data.draw(pages(broken)))
    storable(pg.text, pg.title, pg.published, pg.site, pg.author)
    assert broken or SECRET not in pg.text


@fuzz(400)
@given(text=TEXTS, hints=st.tuples(TEXTS, TEXTS, TEXTS, TEXTS))
def test_clean_text_never_raises_and_gives_clean_lines(text, hints):
    title, published, site, author = hints
    c = clean.clean_text(text, title=title, published=published, site=site, author=author)
    storable(c.text, c.title, c.site, c.author)
    check_date(c.published)
    assert c.script in ("hans", "hant") and c.mojibake >= 0
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r]", c.text)
    assert all(line == line.strip() for line in c.text.split("\n"))


FIGURES = st.lists(st.one_of(
    st.sampled_from(SPECIALS),
    st.tuples(st.sampled_from(["", "约", "超过", "近", "同比增长", "下降", "总投资", "面积", "第"]),
              st.one_of(st.integers(-10**30, 10**400).map(str), st.floats(allow_nan=True).map(repr),
                        st.text("0123456789.,-~万亿千百十一二三四五六七八九零两点余多", max_size=30)),
              st.sampled_from(["", "亿元", "万元", "元", "美元", "亿美元", "%", "个百分点", "亩", "平方公里",
                               "万平方米", "家", "个", "吨", "千瓦", "万亿元", "倍", "年", "月", "号"]))
    .map("".join),
    seed_slice(),
), max_size=10).map("".join)


@fuzz(600)
@given(text=FIGURES, published=st.sampled_from(["", "2019-07-10", "1900-01-01", "9999-12-31"]))
def test_extract_facts_gives_finite_values_at_their_offsets(text, published):
    check_facts(text, extract_facts(text, title=text[:20], published=published), text[:20])


@fuzz(300)
@given(text=TEXTS)
def test_find_parks_mentions_point_at_their_names(text):
    check_parks(text, P.find_parks(text, text[:30]))


# ---------------------------------------------------------------- search queries

QUERY_PIECES = st.one_of(
    st.sampled_from(['"', "“", "”", "「", "」", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", "^",
                     "title:", "body:", "{title body}:", "-", "+", ":", "'", ";", "--", "/*", "*/",
                     "'; DROP TABLE documents; --", "1=1", "\\", "%", "_", "\x00", "\ud800", "\udcff",
                     "园区", "半導體", "产城融合", "人才", "经开区", "膜技术", "瓯江口", " ", "　"]),
    st.text(max_size=8),
)
QUERIES = st.lists(QUERY_PIECES, max_size=8).map(" ".join) | st.lists(QUERY_PIECES, max_size=8).map("".join)


@fuzz(600)
@given(query=st.one_of(QUERIES, st.text(max_size=30)))
def test_any_query_parses_to_valid_fts5_or_a_usage_error(query):
    try:
        q = S.parse(query)
    except UsageError as e:
        assert str(e).startswith("query ")
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', tokenize='unicode61')")
    conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (q.match,)).fetchone()  # never a syntax error
    storable(q.match)


WRITES = {getattr(sqlite3, name) for name in dir(sqlite3) if name.startswith(
    ("SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_DROP", "SQLITE_ALTER", "SQLITE_ATTACH",
     "SQLITE_DETACH", "SQLITE_CREATE_TABLE", "SQLITE_CREATE_INDEX", "SQLITE_CREATE_TRIGGER",
     "SQLITE_CREATE_VIEW"))}
SCHEMA = "SELECT type, name, sql FROM main.sqlite_master ORDER BY name"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The seeds' corpus, with an authorizer that notes every write SQLite is asked to make to
    its tables (search may make itself a temporary vocabulary table: that is no write)."""
    with Corpus.open(tmp_path_factory.mktemp("search") / "seeds.db", create=True) as corpus:
        assert ingest(corpus, [str(SEEDS)]).added == 5
        corpus.words_starting("园", 1)  # creates the temporary vocabulary table before the watch
        writes: list = []

        def authorizer(action, arg1, arg2, db, source):
            if action in WRITES and db != "temp":
                writes.append((action, arg1, arg2, db))
            return sqlite3.SQLITE_OK

        schema = corpus.conn.execute(SCHEMA).fetchall()
        corpus.conn.set_authorizer(authorizer)
        yield corpus, writes
        corpus.conn.set_authorizer(None)
        assert corpus.conn.execute(SCHEMA).fetchall() == schema


@fuzz(200)
@given(query=QUERIES)
def test_search_with_any_query_reads_only(seeded, query):
    corpus, writes = seeded
    try:
        hits = S.search(corpus, query, limit=5)
    except UsageError as e:
        assert str(e).startswith("query ")
    else:
        assert all(h.doc_id and math.isfinite(h.score) for h in hits)
    assert writes == []
    assert corpus.count() == 5


# ---------------------------------------------------------------- the cases named in the issue

@pytest.mark.parametrize("data, outcome", [
    (b"", "empty input"),
    (b"   \n\t ", "empty input"),
    (b"\x00" * 64, "binary file (contains NUL bytes)"),
    ("园区".encode() + b"\x00" * 3 + "投资10亿元。".encode(), "binary file (contains NUL bytes)"),
    ("，。！？、；：" * 200, "no article text (empty after removing page furniture)"),
    ("1234567890" * 500, "no article text (empty after removing page furniture)"),
    ("?" * 5000, "no article text (empty after removing page furniture)"),
    ("園區投資9999999999999999億元，增長1e308%。", ("hant", [(1e24, "CNY", "9999999999999999亿元")])),
    ("园区工业产值增长" + "9" * 308 + "%。", ("hans", [(1e308, "%", "9" * 308 + "%")])),
    ("园区总投资" + "9" * 400 + "亿元，增长" + "9" * 400 + "%。", ("hans", [])),
])
def test_edge_inputs_are_stored_or_rejected_exactly(store, data, outcome):
    data = data.encode("utf-8") if isinstance(data, str) else data
    result = process_safely((Record("edge.txt", data), None))
    stored(store, result)
    if isinstance(outcome, str):
        assert isinstance(result, Rejected) and result.reason == outcome
    else:
        script, facts = outcome
        assert isinstance(result, Processed) and result.document.script == script
        assert [(f.value, f.unit, f.raw) for f in result.facts] == facts


LYING_BOMS = [
    (b"\xff\xfe", "utf-8", "utf-8"),
    (b"\xff\xfe", "gb18030", "gb18030"),
    (b"\xfe\xff", "utf-8", "utf-8"),
    (b"\xef\xbb\xbf", "gb18030", "gb18030"),
    (b"\xef\xbb\xbf", "utf-16-le", "utf-16-le"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),  # an honest mark
]


@pytest.mark.parametrize("bom, encoding, detected", LYING_BOMS)
def test_a_byte_order_mark_that_lies_is_passed_over(bom, encoding, detected):
    text = "温州经开区今年引进项目12个，总投资30亿元，同比增长5%。"
    decoded = T.decode(bom + text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, detected)


def test_charset_normalizer_fallback_returns_the_text_not_the_encoding_name():
    # Neither UTF-8, GB18030 nor Big5: the last resort guesses; its guess must land in `text`.
    decoded = T.decode("Coût estimé à deux millions, déjà engagé.".encode("latin-1") * 3)
    assert decoded.encoding != decoded.text and "millions" in decoded.text


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_truncation_of_a_seed_in_every_encoding_is_handled(store, encoding):
    """Cut at each of the first and last 40 bytes: inside a character, a BOM, a surrogate pair."""
    data = SEED_TEXTS[3][:600].encode(encoding, errors="ignore")
    cuts = sorted(set(range(0, 40)) | set(range(len(data) - 40, len(data) + 1)))
    for cut in cuts:
        stored(store, process_safely((Record(f"cut{cut}.txt", data[:cut]), None)))


def test_deeply_nested_and_enormous_html_are_processed(store):
    deep = "<div>" * 50_000 + "<p>温州经开区今年引进项目12个，总投资30亿元。</p>" + "</div>" * 50_000
    wide = "<html><body>" + "".join(f"<p>第{i}个项目落户温州经开区，总投资{i}亿元。</p>" for i in range(20_000)) + "</body></html>"
    for name, markup in (("deep.html", deep), ("wide.html", wide)):
        result = process_safely((Record(name, markup.encode()), None))
        stored(store, result)
        assert isinstance(result, Processed) and "温州经开区" in result.document.text
    assert len(result.facts) == 20_000


def test_a_query_with_undecodable_bytes_is_read_as_gb18030():
    typed = "半导体 园区".encode("gbk").decode("utf-8", "surrogateescape")  # a GBK terminal, UTF-8 locale
    assert [t.text for t in S.parse(typed).positive] == ["半导体", "园区"]
    assert [t.text for t in S.parse("a\ud800b").positive] == ["ab"]  # a�b: the lost byte is no word


def test_the_fuzzers_tried_5000_inputs_and_each_outcome_is_counted():
    assert sum(TRIED.values()) >= 5000 and len(TRIED) == 13
    assert OUTCOMES["pipeline results"] >= OUTCOMES["rejected"] + OUTCOMES["stored"]
    assert OUTCOMES["rejected"] > 0 and OUTCOMES["stored"] > 0


# ---------------------------------------------------------------- sizes

def test_a_100_mb_single_line_is_rejected_and_the_rest_stored(tmp_path, cli):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(SEED_TEXTS[0], encoding="utf-8")
    line = ("温州经开区今年引进项目12个，总投资30亿元，同比增长5%，" * 1000).encode("utf-8")
    with open(inbox / "huge.txt", "wb") as f:
        for _ in range((100 << 20) // len(line) + 1):
            f.write(line)
    r = cli("ingest", inbox, "--format", "json")
    assert r.code == 3 and "Traceback" not in r.stderr
    report = json.loads(r.stdout)
    assert (report["files"], report["added"]) == (2, 1)
    assert report["rejected"] == [{"path": str(inbox / "huge.txt"), "reason":
                                   "too large for one document (100 MB; the limit is 16 MB, $PARKTOOL_MAX_DOCUMENT_MB)"}]


def test_the_document_size_limit_is_a_setting(monkeypatch):
    monkeypatch.setenv("PARKTOOL_MAX_DOCUMENT_MB", "0.001")
    with pytest.raises(InputError, match=r"^x: too large for one document \(0.00191 MB; the limit is 0.001 MB, "):
        T.decode(b"a" * 2000, name="x")
    monkeypatch.setenv("PARKTOOL_MAX_DOCUMENT_MB", "lots")
    with pytest.raises(UsageError, match="PARKTOOL_MAX_DOCUMENT_MB='lots': give a positive number"):
        T.decode(b"a")


# ---------------------------------------------------------------- found by fuzzing in ingest.py
# Each test pins a crash or an unbounded cost the fuzzers found in the readers, now fixed.

def _jsonl_line(**fields) -> bytes:
    return json.dumps({"text": "温州经开区今年引进项目12个，总投资30亿元。", **fields}).encode()


def test_a_jsonl_line_nested_too_deep_is_rejected():
    line = b'{"text": "x", "date": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    (item,) = read_jsonl("deep.jsonl", [line])
    assert isinstance(item, Rejected) and item.reason.startswith("line 1: not valid JSON")


def test_a_jsonl_line_with_a_number_too_long_is_rejected():
    line = b'{"text": "x", "title": ' + b"1" * 5000 + b"}"
    (item,) = read_jsonl("long.jsonl", [line])
    assert isinstance(item, Rejected) and item.reason.startswith("line 1: not valid JSON")


def test_a_url_with_a_lone_surrogate_is_stored_readable(tmp_path, cli):
    (tmp_path / "feed.jsonl").write_bytes(_jsonl_line(url="http://a.cn/\udc00x") + b"\n")
    r = cli("ingest", tmp_path / "feed.jsonl")
    assert r.code == 0, r.stderr
    with Corpus.open() as c:
        assert [d.source for d in c.documents()] == ["http://a.cn/\ufffdx"]


def test_a_file_named_in_gbk_is_stored_under_its_readable_name(tmp_path, cli):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(SEED_TEXTS[0], encoding="utf-8")
    try:  # 园区.txt written by a Windows archiver in GBK, unpacked on a UTF-8 system
        with open(os.fsencode(inbox) + b"/\xd4\xb0\xc7\xf8.txt", "wb") as f:
            f.write(SEED_TEXTS[1].encode("utf-8"))
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    r = cli("ingest", inbox, "--format", "json")
    assert r.code == 0, r.stderr
    with Corpus.open() as c:
        assert sorted(d.source for d in c.documents()) == [str(inbox / "good.txt"), str(inbox / "园区.txt")]


def test_an_oversized_jsonl_line_is_rejected(monkeypatch):
    monkeypatch.setenv("PARKTOOL_MAX_DOCUMENT_MB", "0.01")
    line = _jsonl_line(title="大", body="温州经开区今年引进项目。" * 2000)
    (item,) = read_jsonl("big.jsonl", [line])
    assert isinstance(item, Rejected) and item.reason.startswith("line 1: too large for one document")


def test_an_oversized_file_is_rejected_without_being_read(tmp_path, monkeypatch):
    import tracemalloc

    monkeypatch.setenv("PARKTOOL_MAX_DOCUMENT_MB", "1")
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (8 << 20))
    tracemalloc.start()
    try:
        items = list(read_path(str(path)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [type(i) for i in items] == [Rejected] and items[0].reason.startswith("too large")
    assert peak < 1 << 20


def _finishes(code: str, seconds: float) -> bool:
    """Whether `code` runs to its end within `seconds` (in a child, so a runaway is killed)."""
    import subprocess
    import sys

    try:
        subprocess.run([sys.executable, "-c", code], timeout=seconds, check=True, capture_output=True)
    except subprocess.TimeoutExpired:
        return False
    return True


def test_a_markdown_post_full_of_brackets_is_processed_in_linear_time():
    # a quadratic pass would take minutes; the bound leaves room for the import on a busy machine
    warm = _finishes("from parktool.ingest import strip_markdown", 30)
    assert warm and _finishes("from parktool.ingest import strip_markdown; strip_markdown('[' * 200_000)", 15)
