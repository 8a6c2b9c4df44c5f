"""A seeded synthetic corpus of Chinese park news, shared by every benchmark.

    python benchmarks/generate.py --docs 100000 --out DIR --seed 1          # one .txt file a document
    python benchmarks/generate.py --docs 100000 --out corpus.jsonl --seed 1 # one JSONL record a line

Documents are built from the seeds' own sentences, so the vocabulary, sentence shapes, figures
and park names look like real park news, but every document is new text: sentences are
re-assembled from clauses of different seed sentences, about a quarter of their words are swapped
for other seed words of the same length, and every figure, year and park name is drawn afresh.
About 10% of the documents are near duplicates of an earlier one (a syndicated copy on another
site: 来源/责任编辑 lines added, a paragraph dropped or two swapped, ~2% of characters edited) and
20% are written in traditional script.

The answer key travels with the corpus: a JSONL record of a copy names its original in
`duplicate_of` (its url); a folder gets a hidden `.truth.tsv` (path, duplicate_of path) that
`parktool ingest` skips. The same --seed gives the same corpus, byte for byte. Documents stream
out one at a time; memory is bounded by the window of recent originals that copies are made from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from itertools import islice
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Places and park kinds that names are drawn from: prefecture-level cities of many provinces.
CITIES = (
    "温州", "丽水", "金华", "泉州", "威海", "苏州", "无锡", "宁波", "嘉兴", "绍兴", "合肥", "芜湖",
    "成都", "绵阳", "武汉", "襄阳", "西安", "宝鸡", "郑州", "洛阳", "长沙", "株洲", "南昌", "赣州",
    "贵阳", "遵义", "昆明", "曲靖", "南宁", "柳州", "石家庄", "唐山", "太原", "大同", "沈阳", "大连",
    "长春", "吉林", "哈尔滨", "大庆", "济南", "青岛", "厦门", "福州", "南京", "常州", "徐州", "扬州",
    "兰州", "银川", "西宁", "乌鲁木齐", "呼和浩特", "包头", "海口", "重庆", "天津", "东莞", "佛山", "珠海",
)
PARK_KINDS = (
    "经济技术开发区", "经开区", "高新技术产业开发区", "高新区", "产业集聚区", "工业园区",
    "小微企业园", "产业园", "开发区", "综合保税区",
)
SITE_KINDS = ("日报", "新闻网", "发布", "产业信息网", "招商网", "晚报", "融媒体中心")
UNITS = ("亿元", "万元", "%", "家", "个", "万平方米", "亩", "万吨", "项", "人")
EDITORS = ("王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄涛", "周婷", "吴昊")
FURNITURE_MARKERS = ("http", "ICP", "版权", "电话", "微信", "当前位置", "责任编辑", "来源", "扫一扫")

_HAN = re.compile(r"[\u4e00-\u9fff]")
_PINYIN_NOTE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü? ]{1,16}[)）]")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]")
_CLAUSE_SPLIT = re.compile(r"[，,；;]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PARK = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:" + "|".join(sorted(PARK_KINDS, key=len, reverse=True)) + ")")

NUMBER_SLOT = "\x01"
PARK_SLOT = "\x02"


@dataclass
class Material:
    """What documents are made of: clause templates (token lists) and words by length."""

    clauses: list[list[str]]
    words_by_length: dict[int, list[str]]


@dataclass
class Doc:
    """One generated document; `duplicate_of` is the number of the document it copies, or -1."""

    number: int
    title: str
    site: str
    host: str  # the site's web host: its pages share one template
    published: str
    paragraphs: list[str]
    script: str = "hans"
    duplicate_of: int = -1
    original_url: str = ""  # the url of the document this one copies
    lines_before: list[str] = field(default_factory=list)
    lines_after: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"https://{self.host}/parks/{self.number:07d}.html"

    def text(self) -> str:
        """The document as a scraped plain-text page: headline, byline, body, furniture."""
        head = [self.title, f"{self.site} {self.published}", *self.lines_before, ""]
        return "\n".join(head + ["  " + p for p in self.paragraphs] + self.lines_after) + "\n"


@lru_cache(maxsize=1)
def material() -> Material:
    """Clause templates and same-length substitutes, from the article sentences of seeds/.

    Words come from rjieba's own dictionary, not parktool's segmenter: the corpus for a seed
    must not change when the project's user dictionaries do.
    """
    import rjieba

    from parktool.text import to_simplified

    jieba = rjieba.Jieba()

    def segment(text: str) -> list[str]:
        return jieba.cut(text, False)

    clauses: list[list[str]] = []
    words: dict[int, set[str]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = to_simplified(_PINYIN_NOTE.sub("", path.read_text(encoding="utf-8")))
        for sentence in _SENTENCE.findall(text):
            sentence = sentence.strip()
            if len(_HAN.findall(sentence)) < 15 or any(m in sentence for m in FURNITURE_MARKERS):
                continue
            for clause in _CLAUSE_SPLIT.split(sentence.rstrip("。！？")):
                clause = _PARK.sub(PARK_SLOT, _NUMBER.sub(NUMBER_SLOT, clause.strip()))
                if len(clause) < 6:
                    continue
                tokens = _tokens(clause, segment)
                clauses.append(tokens)
                for t in tokens:
                    if len(t) >= 2 and all(_HAN.match(ch) for ch in t):
                        words.setdefault(len(t), set()).add(t)
    return Material(clauses, {n: sorted(ws) for n, ws in words.items()})


def _tokens(clause: str, segment) -> list[str]:
    """Words of a clause, the number and park slots kept as tokens of their own."""
    out: list[str] = []
    for piece in re.split(f"([{NUMBER_SLOT}{PARK_SLOT}])", clause):
        if piece in (NUMBER_SLOT, PARK_SLOT):
            out.append(piece)
        elif piece:
            out.extend(segment(piece))
    return out


class Generator:
    """Documents one at a time, reproducible from the seed."""

    WINDOW = 2000  # recent originals that copies are made from: bounds memory

    def __init__(self, seed: int = 1, *, chars: int = 2000, near: float = 0.10,
                 traditional: float = 0.20):
        self.rng = random.Random(seed)
        self.chars = chars
        self.near = near
        self.traditional = traditional
        self.material = material()
        self.sites = [f"{c}{k}" for c in CITIES for k in SITE_KINDS]
        self.recent: list[Doc] = []
        self.count = 0  # documents made so far

    def __iter__(self) -> Iterator[Doc]:
        """The documents that follow: numbering (and the random stream) go on where they were."""
        while True:
            self.count += 1
            yield self.document(self.count - 1)

    def document(self, number: int) -> Doc:
        rng = self.rng
        if self.recent and rng.random() < self.near:
            doc = self.copy(rng.choice(self.recent), number)
        else:
            doc = self.original(number)
            self.recent.append(doc)
            if len(self.recent) > self.WINDOW:
                self.recent.pop(rng.randrange(len(self.recent)))
        if rng.random() < self.traditional:
            doc = _traditional(doc)
        return doc

    def original(self, number: int) -> Doc:
        rng = self.rng
        city = rng.choice(CITIES)
        parks = [city + rng.choice(PARK_KINDS)] + [rng.choice(CITIES) + rng.choice(PARK_KINDS)
                                                    for _ in range(rng.randrange(3))]
        year = rng.randrange(2012, 2026)
        paragraphs, size = [], 0
        while size < self.chars:
            p = "".join(self.sentence(parks, year) for _ in range(rng.randrange(2, 6)))
            paragraphs.append(p)
            size += len(p)
        title = self.clause(parks, year)[:24]
        if parks[0] not in title:
            title = parks[0] + title[:16]
        published = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        site = rng.choice(self.sites)
        return Doc(number, title, site, _host(site), published, paragraphs)

    def sentence(self, parks: list[str], year: int) -> str:
        return "，".join(self.clause(parks, year) for _ in range(self.rng.randrange(1, 5))) + "。"

    def clause(self, parks: list[str], year: int) -> str:
        """A seed clause with about a quarter of its words swapped and its slots filled."""
        rng = self.rng
        out = []
        tokens = rng.choice(self.material.clauses)
        for k, token in enumerate(tokens):
            if token == NUMBER_SLOT:
                out.append(self.figure(year, tokens[k + 1][:1] if k + 1 < len(tokens) else ""))
            elif token == PARK_SLOT:
                out.append(rng.choice(parks))
            elif len(token) in self.material.words_by_length and rng.random() < 0.25:
                out.append(rng.choice(self.material.words_by_length[len(token)]))
            else:
                out.append(token)
        return "".join(out)

    def figure(self, year: int, unit: str) -> str:
        """A number that fits the word after it: a year, a month, a day, a share or an amount."""
        rng = self.rng
        if unit == "年":
            return str(year - rng.randrange(3))
        if unit == "月":
            return str(rng.randrange(1, 13))
        if unit in ("日", "号"):
            return str(rng.randrange(1, 29))
        if unit == "%":
            return f"{rng.uniform(0.5, 60):.1f}"
        if rng.random() < 0.4:
            return f"{rng.uniform(0.5, 500):.1f}"
        return str(rng.randrange(1, 2000))

    def copy(self, source: Doc, number: int) -> Doc:
        """A syndicated copy: another site, source lines added, a paragraph cut, a few edits."""
        rng = self.rng
        paragraphs = list(source.paragraphs)
        if len(paragraphs) > 3 and rng.random() < 0.5:
            paragraphs.pop(rng.randrange(1, len(paragraphs)))
        if len(paragraphs) > 2 and rng.random() < 0.3:
            i, j = rng.sample(range(len(paragraphs)), 2)
            paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
        paragraphs = [edit_characters(p, 0.02, rng) for p in paragraphs]
        site = rng.choice(self.sites)
        return Doc(number, source.title, site, _host(site), source.published, paragraphs,
                   duplicate_of=source.number, original_url=source.url,
                   lines_before=[f"来源：{source.site}"],
                   lines_after=[f"（责任编辑：{rng.choice(EDITORS)}）"])


def edit_characters(text: str, rate: float, rng: random.Random) -> str:
    """Replace, delete or double about `rate` of the Han characters, as a re-typist would."""
    chars = list(text)
    han = [i for i, ch in enumerate(chars) if _HAN.match(ch)]
    for i in rng.sample(han, int(len(han) * rate)):
        op = rng.random()
        if op < 0.6:
            chars[i] = chr(rng.randrange(0x4E00, 0x9FA6))
        elif op < 0.8:
            chars[i] = ""
        else:
            chars[i] = chars[i] * 2
    return "".join(chars)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _traditional(doc: Doc) -> Doc:
    convert = _s2t().convert
    return Doc(doc.number, convert(doc.title), convert(doc.site), doc.host, doc.published,
               [convert(p) for p in doc.paragraphs], "hant", doc.duplicate_of, doc.original_url,
               [convert(x) for x in doc.lines_before], [convert(x) for x in doc.lines_after])


def file_name(number: int) -> str:
    return f"{number:07d}.txt"


@lru_cache(maxsize=None)
def _host(site: str) -> str:
    """A stable made-up web host for a site name."""
    return "www.s" + hashlib.sha256(site.encode("utf-8")).hexdigest()[:8] + ".example.cn"


def record(doc: Doc) -> dict:
    """The JSONL form: the fields `parktool ingest` reads, plus the answer key."""
    return {"url": doc.url, "title": doc.title, "site": doc.site, "date": doc.published,
            "text": doc.text(), "script": doc.script, "duplicate_of": doc.original_url}


def write(docs: int, out: Path, seed: int = 1, **options) -> None:
    """Write `docs` documents to a folder of .txt files, or to one .jsonl file."""
    stream = Generator(seed, **options)
    if out.suffix.lower() in (".jsonl", ".ndjson"):
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            for doc in islice(stream, docs):
                f.write(json.dumps(record(doc), ensure_ascii=False) + "\n")
        return
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".truth.tsv", "w", encoding="utf-8") as truth:
        truth.write("path\tduplicate_of\n")
        for doc in islice(stream, docs):
            (out / file_name(doc.number)).write_text(doc.text(), encoding="utf-8")
            if doc.duplicate_of >= 0:
                truth.write(f"{file_name(doc.number)}\t{file_name(doc.duplicate_of)}\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="how many documents")
    parser.add_argument("--out", type=Path, required=True, help="a folder, or a .jsonl file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chars", type=int, default=2000, help="approximate length of a document")
    parser.add_argument("--near", type=float, default=0.10, help="share of near-duplicate copies")
    parser.add_argument("--traditional", type=float, default=0.20, help="share in traditional script")
    args = parser.parse_args(argv)
    write(args.docs, args.out, args.seed, chars=args.chars, near=args.near,
          traditional=args.traditional)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
