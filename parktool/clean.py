"""Per-document cleaning: from decoded page text to the article's simplified paragraphs.

Every document goes through `clean_text` once at ingest, so a mistake here skews every later
figure. It removes page furniture (navigation, banners, toolbars, contact and advertising blocks,
copyright and editor lines, related-article lists), inline pinyin and `?` mojibake and repeated
paragraphs, and reads the headline, date, site and author the page states. What is removed and
why is in docs/cleaning.md; the vocabulary is parktool/data/boilerplate.toml.

`clean_text` is pure and never raises: a page that defeats the rules comes out less clean, not
missing. It converts the script once per document (OpenCC is the costly step) and otherwise
runs compiled regular expressions over the lines.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import re
import unicodedata
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
try:  # the regex syntax tree, for _needles; private to CPython (3.11-3.14 have it)
    from re import _constants as _sre, _parser as _sre_parser
except ImportError:  # pragma: no cover - then every pattern runs on every line: slower, same result
    _sre = _sre_parser = None

from parktool.metrics import figure_across
from parktool.parks import kind_across, kind_of
from parktool.text import LIST_ITEM_HEAD, detect_script, is_table_row, normalize_space, normalize_width, to_simplified


@dataclass
class Cleaned:
    """A cleaned document: its text and the metadata read from it (or given as hints)."""

    text: str  # cleaned, simplified text, paragraphs separated by "\n", no title line
    title: str  # simplified; "" if none
    site: str
    published: str  # ISO date "2019-07-10" or ""
    author: str  # author or editor where stated, else ""
    script: str  # "hans" or "hant" (as found in the input)
    mojibake: int  # characters lost to "?" mojibake (quality flag)


LOST = "\ufffd"
"""Stands, in cleaned text, for a character the page lost to mojibake."""

# ---------------------------------------------------------------- character classes

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN = f"a-z{_TONED}"
_TERMINAL = ("。", "！", "？", "!", "?", "；", ";", "…", "...")
_CLOSERS = "”’\"』」)）】》〕]"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_INNER_PUNCT = re.compile(r"[，,。；;！!？?、]")
_CLAUSE_PUNCT = re.compile(r"[，,。；;]")
_ENDS = "。！？!?；;"
_CLAUSES = re.compile(r"[，,、；;。！？!?：:…]+")
_SENTENCES = re.compile(f"[^{_ENDS}]+[{_ENDS}]+[{re.escape(_CLOSERS)}]*|[^{_ENDS}]+$")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")

# ---------------------------------------------------------------- text-level repairs

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # either of the two above
_TAG = re.compile(
    r"</?(?:p|br|div|span|font|strong|b|i|em|u|a|section|article|li|ul|ol|h[1-6]|tr|td|th|"
    r"table|tbody|img|center|blockquote)\b[^<>]{0,300}>",
    re.I,
)
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b", re.I)
_ATTR_RESIDUE = re.compile(
    r"\b(?:class|id|style|data-[\w-]+)=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s<>\u3400-\u9fff]+)", re.I
)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|\.|#)[^)\n]*\)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_MD_RULE = re.compile(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|`{3,}.*|~{3,}.*)$", re.M)
_MD_QUOTE = re.compile(r"^(?:>[ \t]?)+", re.M)
_MD_BULLET = re.compile(r"^[-*+][ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)", re.M)  # and a task's box: - [x]
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_LINE_MARKS = tuple("-*_`~>+")  # what a rule, quote or bullet line starts with
_MD_LINE_MARK = re.compile(r"\n[-*_`~>+]")  # ... after the first line (a plain literal scans fast)

# Inline pinyin, 質(zhì); and its mojibake-damaged forms, 頂?shù)臉 and 品(y?). Patterns that start
# with a literal ("(" here, "?" below) and look behind after it let the engine skip to the
# candidates instead of trying every position of the text.
_PINYIN_NOTE = re.compile(f"[(（](?<=[{_HAN}][(（])(?=[{_PINYIN}? ]*[{_TONED}?])[{_PINYIN}? ]{{1,16}}[)）]")
_PINYIN_DAMAGED = re.compile(f"\\?+[{_PINYIN}]{{0,7}}[{_TONED}][{_PINYIN}]{{0,7}}[)）]")
# "?" inside a run of Chinese: either a question mark or a character lost to mojibake.
_INNER_QUESTION = re.compile(f"\\?(?<=[{_HAN}]\\?)\\?*(?=[{_HAN}0-9])|\\?(?<=[0-9]\\?)\\?*(?=[{_HAN}])")


def _repair(text: str) -> tuple[str, int]:
    """Normalise characters; strip tag, attribute and Markdown residue and inline pinyin.

    Returns the text and the number of "?" that mojibake left inside the pinyin annotations it
    damaged (each stands for a lost character).
    """
    if _UNSAFE.search(text):
        text = _SURROGATE.sub(LOST, _CONTROL.sub("", text))
    if "<" in text:
        text = _TAG.sub(lambda m: "\n" if _BLOCK_TAG.match(m.group()) else "", text)
    if "&" in text:
        text = html.unescape(text)
    text = normalize_space(normalize_width(text))
    if "=" in text:
        text = _ATTR_RESIDUE.sub("", text)
    text = _markdown_to_text(text)
    remnants = 0

    def drop(match: re.Match) -> str:
        nonlocal remnants
        remnants += match.group().count("?")
        return ""

    if "(" in text or "（" in text:
        text = _PINYIN_NOTE.sub(drop, text)
    if "?" in text:
        text = _PINYIN_DAMAGED.sub(drop, text)
    return text, remnants


def _markdown_to_text(text: str) -> str:
    """Markdown syntax to plain text: posts and JSONL fields often carry it."""
    if "](" in text:
        text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    if "#" in text:
        text = _MD_HEADING.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _MD_STRONG.sub(r"\2", text)
    if not text.startswith(_MD_LINE_MARKS) and not _MD_LINE_MARK.search(text):  # one scan for the three below
        return text
    text = _MD_RULE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_BULLET.sub("", text)


def _mark_lost(text: str) -> str:
    """Replace mojibake "?" inside Chinese text by U+FFFD; leave real question marks.

    A "?" is a question mark when its sentence has a question word before it (什么, 吗, 如何…):
    then it ends a sentence as the page meant. Otherwise it stands where the page's encoding lost
    a character, and U+FFFD keeps it from ending a sentence that did not end there.
    """
    if "?" not in text:
        return text
    question = _rules().question

    def mark(match: re.Match) -> str:
        before = match.string[max(0, match.start() - 80) : match.start()]
        parts = _SENTENCE_END.split(before)
        return match.group() if question.search(parts[-1]) else LOST * len(match.group())

    return _INNER_QUESTION.sub(mark, text)


def _restore_lost(text: str) -> str:
    """Put back a character lost to mojibake where the text itself says which it was: where the
    same two characters before it and one after (or one before and two after) stand around one
    character elsewhere in the text (营口经济技术开�区 beside 沈阳经济技术开发区), or where the two
    before it are followed by the same character at least twice elsewhere and by no other
    (营口经开� beside 沈阳经开区, 经开区新增). A run of lost characters stays lost, and so does one the
    text leaves open (区内�鱼圈港区)."""
    if LOST not in text:
        return text
    out = list(text)
    # each loss is looked up in the whole text: a page that lost more than these keeps the rest
    for m in islice(_LONE_LOST.finditer(text), _RESTORE_MAX):
        i = m.start()
        left, right = text[max(0, i - 2):i], text[i + 1:i + 3]
        found = set()
        if len(left) == 2 and right:
            found.update(_between(text, left, right[0]))
        if left and len(right) == 2:
            found.update(_between(text, left[-1], right))
        if not found and len(left) == 2:
            after = [c for c in _between(text, left, "", lost=True) if c != LOST]
            if len(after) >= 2:
                found.update(after)
        if len(found) == 1:
            out[i] = found.pop()
    return "".join(out)


def _between(text: str, before: str, after: str, lost: bool = False) -> list[str]:
    """The Han characters (and LOST, if `lost`) standing between `before` and `after` in `text`,
    left to right without overlaps: what `re.finditer(before + "([Han])" + after)` finds, without
    compiling a pattern for every lost character."""
    out = []
    pos, n = 0, len(before)
    while (at := text.find(before, pos)) >= 0:
        c = text[at + n:at + n + 1]
        if c and (_HAN_CHAR.match(c) or (lost and c == LOST)) and text.startswith(after, at + n + 1):
            out.append(c)
            pos = at + n + 1 + len(after)
        else:
            pos = at + 1
    return out


_LONE_LOST = re.compile(f"(?<=[{_HAN}]{{2}}){LOST}(?![{LOST}])")
_RESTORE_MAX = 64


# ---------------------------------------------------------------- rules (data file)


@dataclass(frozen=True)
class _Rules:
    related: re.Pattern
    furniture: _Finder
    furniture_max: int
    prompts: _Finder
    tokens: frozenset[str]
    strong: _Finder
    weak: _Finder
    copyright_max: int
    contact_hard: _Finder
    contact_handles: _Finder
    contact_max: int
    contact_soft: _Finder
    soft_max: int
    label_start: re.Pattern
    label_mid: re.Pattern
    label_max: int
    author_label: re.Pattern
    author_rank: dict[str, int]
    label_split: re.Pattern
    byline: re.Pattern
    tags: re.Pattern
    credit: re.Pattern
    sites: tuple[re.Pattern, ...]
    question: re.Pattern


class _Finder:
    """Does any of these patterns (case-insensitive) occur in a line? `search` answers as
    `re.search` over their alternation would, at a fraction of its cost.

    Python's regex engine tries every alternative at every position of a line unless each
    alternative starts with a plain literal; data patterns rarely do (anchors, lookbehinds,
    optional groups, case-insensitive letters), and their alternation cost 15-100 ns a
    character, most of the cleaning time. Yet nearly every pattern needs some literal text:
    `版权所有|icp备` cannot match a line without 版权所有 or 备. So the *needles* of every
    pattern (strings one of which each of its matches contains, `_needles`) make one plain
    alternation, a fast scan that clears most lines at once; on a line where a needle occurs,
    each pattern runs only if one of its own needles is there. A pattern without needles
    (Latin words, whose case folding a plain scan cannot copy) runs on every line.
    """

    __slots__ = ("_any_needle", "_needled", "_rest")

    def __init__(self, patterns: list[str]) -> None:
        needled, rest, everything = [], [], set()
        for pattern in patterns:
            needles = _needles(pattern, re.I)
            if needles is None:
                rest.append(pattern)
            else:
                needled.append((re.compile(_words(list(needles))), re.compile(pattern, re.I)))
                everything |= needles
        self._any_needle = re.compile(_words(list(everything))) if needled else None
        self._needled = tuple(needled)
        self._rest = re.compile("|".join(f"(?:{p})" for p in rest), re.I) if rest else None

    def search(self, line: str) -> bool:
        if self._rest is not None and self._rest.search(line):
            return True
        if self._any_needle is None or not self._any_needle.search(line):
            return False
        return any(needles.search(line) and pattern.search(line) for needles, pattern in self._needled)


def _needles(pattern: str, flags: int) -> set[str] | None:
    """Strings one of which every match of `pattern` contains; None when none can be told.

    Read from the pattern's syntax tree: a run of literal characters, or a character set, in
    a sequence that every match passes through; the union over the branches of an alternation.
    Under re.I a cased letter is no needle (its other cases would match too), so neither is a
    class holding one.
    """
    if _sre_parser is None:
        return None
    return _sequence_needles(list(_sre_parser.parse(pattern, flags)), flags)


def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper() == ch.casefold()


def _sequence_needles(items: list, flags: int) -> set[str] | None:
    ignore_case = bool(flags & re.I)
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items + [(None, None)]:
        if op is _sre.LITERAL and not (ignore_case and not _uncased(chr(arg))):
            run.append(chr(arg))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found = _item_needles(op, arg, flags) if op is not None else None
        if found is not None:
            candidates.append(found)
    # The rarest choice: few strings, long ones (a longer string occurs less often).
    return min(candidates, key=lambda c: sum(4.0 ** -len(s) for s in c), default=None)


def _item_needles(op, arg, flags: int) -> set[str] | None:
    if op is _sre.IN:
        chars = set()
        for kind, value in arg:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < 64:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # negated, a category (\d, \w), a wide range
        return chars if not flags & re.I or all(map(_uncased, chars)) else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, body = arg
        return _sequence_needles(list(body), flags) if low >= 1 else None
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, body = arg
        return None if add_flags or del_flags else _sequence_needles(list(body), flags)
    if op is _sre.ATOMIC_GROUP:
        return _sequence_needles(list(arg), flags)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence_needles(list(branch), flags)
            if found is None:
                return None
            union |= found
        return union
    return None  # anchors, lookarounds, any character, back references: no text of their own


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Compile parktool/data/boilerplate.toml once, on first use."""
    data = tomllib.loads(resources.files("parktool").joinpath("data/boilerplate.toml").read_text("utf-8"))
    furniture, copyright_, contact, labels = data["furniture"], data["copyright"], data["contact"], data["labels"]
    headings = _words(data["related"]["headings"])
    label_words = _words(labels["words"])
    author_words = _words(labels["author"])
    return _Rules(
        related=re.compile(f"^[【\\[]?(?:{headings})(?:推荐|列表)?[】\\]]?(?:[:：>»].*|更多.*|$)", re.IGNORECASE),
        furniture=_Finder(furniture["patterns"]),
        furniture_max=furniture["max_len"],
        prompts=_Finder(furniture["prompts"]),
        tokens=frozenset(t.lower() for t in furniture["tokens"]),
        strong=_Finder(copyright_["strong"]),
        weak=_Finder(copyright_["weak"]),
        copyright_max=copyright_["max_len"],
        contact_hard=_Finder(contact["hard"]),
        contact_handles=_Finder(contact["handles"]),
        contact_max=contact["max_len"],
        contact_soft=_Finder(contact["soft"]),
        soft_max=contact["soft_max_len"],
        label_start=re.compile(f"^[【\\[]?(?:{label_words})[】\\]]?[:：]", re.I),
        label_mid=re.compile(f"(?:^|[\\s/|｜丨】\\]])(?:{label_words})\\s*[:：]", re.I),
        label_max=labels["max_len"],
        author_label=re.compile(f"(?:^|[^\\u4e00-\\u9fff]|[》】])({author_words})\\s*[:：]?\\s*"),
        author_rank={w: i for i, w in reversed(list(enumerate(labels["author"])))},
        label_split=re.compile(f"(?:{label_words})\\s*[:：]|[/|｜丨()（）\\d]"),
        byline=re.compile(labels["byline"]),
        tags=re.compile(data["tags"]["labels"], re.I),
        credit=re.compile(data["caption"]["credit"]),
        sites=tuple(re.compile(p, re.I) for p in data["site"]["patterns"]),
        question=re.compile(_words(data["mojibake"]["question_words"])),
    )


# ---------------------------------------------------------------- dates

# One separator twice (2019-07-10, 2019.7.10) or 年…月: "1980.2 -1.5" in a table row is no date.
_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:([-/.])\s*(\d{1,2})\s*\2|年\s*(\d{1,2})\s*月)\s*(\d{1,2})(?!\d)"
)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CN_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_DATELINE = re.compile(r"^\S{0,30}?((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日?\s*(?:讯|电)")
_TODAY = re.compile(r"今天是|今日是")


def _cn_number(s: str) -> int:
    """一 … 三十一: the numerals of written-out months and days."""
    if "十" not in s:
        return _CN_DIGITS[s]
    tens, _, units = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _iso(year: int, month: int, day: int) -> str:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def parse_date(text: str) -> str:
    """The first full date (year, month and day) in `text` as ISO "2019-07-10", else "".

    Reads 2019-07-10 06:53:06, 2019/07/10, 2019.07.10, 2019年7月10日, ISO 8601 and 二〇一九年七月十日.
    A date without a year (09-26, 7月10日) is no date: the year cannot be told.
    """
    for m in _DATE.finditer(text):
        iso = _iso(int(m[1]), int(m[3] or m[4]), int(m[5]))
        if iso:
            return iso
    for m in _CN_DATE.finditer(text):
        year = int("".join(str(_CN_DIGITS[c]) for c in m[1]))
        iso = _iso(year, _cn_number(m[2]), _cn_number(m[3]))
        if iso:
            return iso
    return ""


# ---------------------------------------------------------------- line predicates


def _squeeze(line: str) -> str:
    """The line without white space (str.split and the regex \\s agree on what that is)."""
    return "".join(line.split())


def _is_terminal(squeezed: str) -> bool:
    """The line ends a sentence (closing quotes and brackets aside)."""
    return squeezed.rstrip(_CLOSERS).endswith(_TERMINAL)


def _is_body(squeezed: str) -> bool:
    """A line that reads as article prose rather than a heading, label or link."""
    core = squeezed.rstrip(_CLOSERS)
    if core.endswith(("。", "；", ";")):  # headlines may end in ！ or ？, never in 。
        return True
    if _is_terminal(squeezed) and (len(core) >= 40 or _CLAUSE_PUNCT.search(core[:-1])):
        return True
    if core.endswith(("：", ":")) and len(core) >= 30 and (
            "。" in core or len(_CLAUSE_PUNCT.findall(core)) >= (1 if len(core) >= 60 else 2)):
        return True  # prose that introduces a list or a table: 经…批准，…。现将有关事项公告如下：
    return len(core) >= 80 and len(_INNER_PUNCT.findall(core)) >= 2


def _han_count(s: str) -> int:
    return len(_HAN_CHAR.findall(s))


def _is_nav(line: str) -> bool:
    """Three or more short items separated by spaces: a menu, not a headline; or a menu that
    starts at 首页 and holds a longer item (a search box's 搜索你感兴趣的内容…)."""
    items = line.split(" ")
    if sum(bool(_CSV_NUMBER.fullmatch(i)) for i in items) >= 2:
        return False  # a table's row: 宝鸡高新区 842.7 8.6 412
    return len(items) >= 3 and (all(len(i) <= 6 for i in items)
                                or items[0] in _HOME and sum(len(i) > 6 for i in items) * 3 < len(items))


def _is_substantive(line: str, squeezed: str) -> bool:
    """Could be a headline: enough Chinese, short, not a label, a menu or a finished sentence."""
    return (
        _han_count(squeezed) >= 6
        and len(squeezed) <= 80
        and not squeezed.rstrip(_CLOSERS).endswith((":", "：", "。", "；", ";"))
        and not _is_nav(line)
    )


_HOME = ("首页", "网站首页", "主页", "返回首页")
_STATED_FIGURE = re.compile(r"\d(?:[\d.,]*)\s*(?:%|％|个百分点|[万亿]元|亿美元)")
_TOOLBAR_SPLIT = re.compile(r"[\s|｜丨:：【】\[\]()（）/·•]+")


def _is_toolbar(line: str) -> bool:
    """A line made only of toolbar words: 【打印】【关闭】, 字体 大 中 小, 分享到 微信 微博."""
    tokens = [t for t in _TOOLBAR_SPLIT.split(line.lower()) if t]
    return bool(tokens) and all(t in _rules().tokens for t in tokens)


def _is_tag(line: str, squeezed: str) -> bool:
    """A tag of a tag cloud: a short word, or a line of short words."""
    if _is_terminal(squeezed):
        return False
    items = line.split(" ")
    return len(squeezed) <= 8 or (len(items) >= 2 and len(squeezed) <= 40 and all(len(i) <= 8 for i in items))


def _unspace(line: str) -> str:
    """Close up letter-spaced lines ("中 国 发 展 网 版 权 所 有"), a common footer style."""
    items = line.split(" ")
    if len(items) >= 4 and sum(len(i) == 1 and bool(_HAN_CHAR.match(i)) for i in items) >= 0.7 * len(items):
        return "".join(items)
    return line


def _same_title(line: str, title: str) -> bool:
    a, b = _title_key(line), _title_key(title)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


_TITLE_KEY = re.compile(f"[^{_HAN}0-9A-Za-z]+")


def _title_key(s: str) -> str:
    return _TITLE_KEY.sub("", s).lower()


# ---------------------------------------------------------------- classification

_CONTENT, _DROP, _META, _CONTACT, _CUT, _TAGS = range(6)
_FIELD = re.compile(f"[{_HAN}]{{2,6}}[：:] *[^ ：:]+")  # 证券简称：华锂新能
# who issues an official document, and what its heading ends with (…公司 / 关于…的公告)
_ISSUERS = ("公司", "集团", "委员会", "管委会", "政府", "办公室", "办公厅", "局", "厅", "委", "部", "中心")
_DOCUMENT_END = re.compile("(?:公告|通知|报告|批复|意见|公示|决定|函|请示|办法|方案|答复|通报)[)）]?$")
# the headline field of a crawler's record (标题：…), which opens an article in a dump of several
_MAIL_SUBJECT = re.compile(r" *(?:主题|主旨|Subject) *[:：] *(?:(?:回复|答复|转发|Re|RE|Fwd|FWD|FW|Fw) *[:：] *)*(\S.*)")
_MAIL_HEAD_LINES = 12  # an e-mail's header lines come first
_MAIL_HEADER = re.compile(r" *(?:发件人|收件人|抄送|发送时间|From|To|Cc|Sent|Date) *[:：]")
_ARTICLE_START = re.compile(r" *(?:标题|题目|文章标题|新闻标题|选题|title) *[:：] *", re.I)
_CONTACT_WORDS = re.compile(r"微信|手机|电话|热线|联系|邮箱|qq|咨询|传真", re.I)


_WORD = re.compile(r"[^\W_]")
# a figure with its unit (28.7亿元, 4,600+家, 4.3%, 1,200亩): what a line of a poster or a fact
# sheet without prose holds
_FIGURE_LINE = re.compile(r"\d[\d,.]*\+?\s*(?:[%％‰]|[万亿]?(?:元|家|个|亩|人|吨|台|辆|项|套|平方|公顷|公里|㎡|标箱|千瓦))")
_QUESTION = ("？", "?")


# a reply this long that states a figure before its prompt is news (…员工约6500人，可关注…公众号…～)
_PROMPT_NEWS_CHARS = 30


def _stated_before_prompt(line: str) -> bool:
    """Whether a paragraph states figures before a closing clause that asks to follow an account
    (…建成1200套，可以关注下管委会公众号的申请通知。): news with an aside, not a prompt."""
    last = max(line.rfind("，"), line.rfind(","))
    return last > 0 and _FIGURE_LINE.search(line, 0, last) is not None
# A page number of a printed document: — 3 —, -3-, 第3页, 第3页共12页, 3/12
_PAGE_NUMBER = re.compile(r"[—\-－–]+\d{1,4}[—\-－–]+|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}/\d{1,4}")


def _classify(line: str, squeezed: str, body: bool) -> int:
    """What one line is, judged on its own (its place in the page is weighed later)."""
    if not _WORD.search(squeezed) or _PAGE_NUMBER.fullmatch(squeezed):
        return _DROP  # no letter, digit or character (separators, lost text), or a page number
    r = _rules()
    n = len(squeezed)
    if n <= 80 and r.related.match(squeezed):
        return _CUT
    if r.tags.match(squeezed):
        return _TAGS
    if n <= r.copyright_max and (r.strong.search(squeezed) or (not body and r.weak.search(squeezed))):
        return _DROP
    if n <= r.furniture_max and (r.prompts.search(squeezed) and not (
            (body or n >= _PROMPT_NEWS_CHARS) and _stated_before_prompt(line))
                                 or (not body and r.furniture.search(squeezed))):
        return _DROP
    if not body and _is_toolbar(line):
        return _DROP
    if n <= r.contact_max and (
        ((not body or _CONTACT_WORDS.search(line)) and r.contact_hard.search(line))
        or (not body and r.contact_handles.search(line))
    ):
        return _CONTACT
    if not body and n <= r.label_max and not squeezed.endswith(_QUESTION) and not (  # 记者：…情况如何？ asks
            ("：" in line or ":" in line) and _fact_field(line)):  # (a record's fields: 注册资本：8000万元 成立日期：…)
        if r.label_start.match(squeezed) or ("。" not in line and (r.label_mid.search(line) or r.byline.search(line))):
            return _META
        if n <= 40 and parse_date(line) and not _PERIOD_HEADER.search(line):
            return _META  # (but 主要财务指标 报告期(2024年7月1日-2024年9月30日) heads a table's column)
    return _CONTENT


# ---------------------------------------------------------------- the document


def clean_text(
    text: str, *, title: str = "", published: str = "", site: str = "", author: str = ""
) -> Cleaned:
    """Clean one document's decoded text; metadata hints from its container win over guesses.

    >>> c = clean_text("当前位置:首页 > 新闻\\n园区迎来新项目\\n时间:2019-07-10\\n园区今年引进项目12个,总投资30亿元。")
    >>> c.title, c.published, c.text
    ('园区迎来新项目', '2019-07-10', '园区今年引进项目12个,总投资30亿元。')
    """
    if _BOX_BAR.search(text):  # a table drawn with box characters (│资产总计 │3,286,412.57 │): a bar table's
        text = text.translate(_BOX_BARS)
    for stage in _LAYOUT_STAGES:  # a layout's lines back to the text's (tables, cues, wraps), in order
        text = stage(text)
    repaired, remnants = _repair(text)
    simplified = to_simplified(repaired)
    script = detect_script(repaired, simplified)
    simplified = _mark_lost(simplified)
    mojibake = remnants + simplified.count(LOST)
    simplified = _restore_lost(simplified)
    page = _Page([line for line in map(_unspace, simplified.split("\n")) if line])
    title_hint = _hint(title)
    found_title = page.find_title(title_hint)
    return Cleaned(
        text=page.text(),
        title=title_hint or found_title,
        site=_hint(site) or page.site(),
        published=parse_date(published) or page.published(),
        author=_hint(author) or page.author(),
        script=script,
        mojibake=mojibake,
    )


_BOX_BAR = re.compile("[│┃║]")
_BOX_BARS = str.maketrans("│┃║", "|||")


_WRAP_FULL_SHARE = 0.4  # the least share of full lines among a wrapped text's lines


def _reflow(text: str) -> str:
    """Join the lines of a hard-wrapped text (a PDF's, an e-mail's) back into paragraphs.

    A text is hard-wrapped when five or more of its full lines (within 80% of the widest in
    print or in characters, 20 to 65 Chinese characters wide), and most of them, stop
    mid-sentence, and most of those hold a comma. Each such line then runs on into the next,
    across a page break (its page number and running header), unless a blank line or a list
    item's head (一、, （二）, 3.) follows. When the text indents its paragraphs, an indented line
    starts one and a full line that ends a sentence runs on into an unindented one.
    Table rows (a line with two gaps or more: a tab, or spaces not between English words, and no
    comma or full stop) are never joined, and a text of ordinary paragraphs, whose lines mostly
    end sentences or vary in width, is left as it is.
    """
    raw = text.split("\n")
    if len(raw) < _WRAP_MIN_LINES:
        return text
    lines = [line.strip() for line in raw]
    # a PDF's prose spaces its figures (规划面积 132.6 平方公里，其中): commas make it no table row
    rows = [i for i, line in enumerate(lines) if len(line) >= _WRAP_MIN_CHARS
            and (not is_table_row(line) or _SENTENCE_MARK.search(line))]
    # most texts stop here: more than one line in twenty is wider than any page
    if len(rows) < _WRAP_MIN_LINES or sum(len(lines[i]) > _WRAP_MAX_WIDTH for i in rows) > len(rows) // 20:
        return text
    # Full lines by printed width (a PDF's) or by characters (a text wrapped at N characters).
    full: set[int] = set()
    for width in (_display_width, len):
        ranked = sorted(width(lines[i]) for i in rows)
        widest = ranked[-1 - len(ranked) // 20]  # the widest but for a stray 5%
        if _display_width is width and not _WRAP_MIN_WIDTH <= widest <= _WRAP_MAX_WIDTH:
            return text
        full.update(i for i in rows if width(lines[i]) >= 0.8 * widest)
    # a wrapped text's lines are mostly full; a poster's or a mobile story's vary (16 to 54 wide)
    if len(full) < _WRAP_FULL_SHARE * len(rows):
        return text
    # a poster's or a post's lines each open with a mark (▶, 👉, 📍), a directory's with a field's
    # label (主导产业：…): items, not wrapped prose
    if sum(unicodedata.category(lines[i][0]) == "So" or bool(_LABELLED.match(lines[i])) for i in full) * 2 > len(full):
        return text
    open_ = {i for i in full if not _is_terminal(lines[i]) and not lines[i].endswith(("：", ":"))
             and not _RULE.fullmatch(lines[i])}  # a rule of ━━━ or ——— runs on into nothing
    # … and read as prose: a list of headlines stops mid-sentence too, but has no commas
    prose = sum(bool(_CLAUSE_MARK.search(lines[i])) for i in open_)
    if len(open_) < _WRAP_MIN_LINES or len(open_) < 0.5 * len(full) or prose < 0.5 * len(open_):
        return text
    # a shorter line runs on too where the break falls inside a figure or a name
    open_ |= {i for i, line in enumerate(lines[:-1]) if line and lines[i + 1] and i not in full
              and not _is_terminal(line) and _split_across(line, lines[i + 1])}
    indented = [bool(line) and raw[i][:1] in _INDENTS for i, line in enumerate(lines)]
    if sum(indented) >= _WRAP_MIN_LINES:  # paragraphs are indented: the others are wrapped lines
        open_ |= {i for i in full if i + 1 < len(lines) and lines[i + 1] and not indented[i + 1]}
    else:
        indented = [False] * len(lines)
    open_ -= {i for i in open_ if _ASIDE_LINE.fullmatch(lines[i])}  # a note in brackets: （以下为…，仅供参考）
    # a page break inside a paragraph: blank lines, the page number, the running header
    headers = {line for line, n in Counter(lines).items()
               if n >= 2 and 0 < len(line) <= 40 and not _is_terminal(line) and not _RULE.fullmatch(line)}
    out: list[str] = []
    run = None  # where in `out` the paragraph that the line before left open is
    broken: list[str] = []  # the page break's lines since
    for i, line in enumerate(lines):
        if run is not None and (not line or line in headers or _PAGE_NUMBER.fullmatch(_squeeze(line))):
            broken.append(line)
            continue
        # blank lines alone end the paragraph; a page number or header among them does not
        if (run is not None and (not broken or any(broken)) and not indented[i] and not _PARAGRAPH_HEAD.match(line)
                and not _RULE.fullmatch(line)):
            words = out[run][-1:] + line[:1]  # an English word on each side keeps a space
            out[run] += (" " if words.isascii() and words.isalpha() else "") + line
            out.extend(broken)
        else:
            out.extend(broken)
            out.append(line)
            run = len(out) - 1
        broken = []
        if i not in open_:
            run = None
    return "\n".join(out + broken)


def _layout_rows(text: str) -> str:
    """A table that PDF text extraction laid out in columns (`pdftotext -layout`), its long cells
    wrapped over several lines, read back a row a line: under a header of three short cells or
    more parted by wide gaps, a line with a cell under the first column (`1`, `合计`) starts a row
    and the lines after it that leave that column blank go on its cells (年产20万吨生物可 |
    降解材料项目 is one name); a header's second line (`（亿元）` under `总投资`) joins its cells,
    and a page break inside (its page number, the header again) is skipped. Cells are parted
    by a space, the words of a wrapped cell joined. Any other line ends the table."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _layout_cells(lines[i]) if "\t" not in lines[i] else []  # (a tab's columns are no layout's)
        if not _layout_header(header):
            out.append(lines[i])
            i += 1
            continue
        starts = [c for c, _ in header]
        names = [t for _, t in header]
        j = i + 1
        while j < len(lines) and (more := _layout_cells(lines[j])) and all(_LAYOUT_NOTE.fullmatch(t) for _, t in more):
            for c, t in more:  # 总投资 over （亿元）
                names[_layout_column(starts, c)] += t
            j += 1
        rows: list[list[str]] = []
        wrapped = False  # whether some row went on over a line (else the table is read as it is)
        while j < len(lines):
            cells = _layout_cells(lines[j])
            if not cells:  # a blank line: a page break (its number, the header again) or the end
                k = j + 1
                while k < len(lines) and (not lines[k].strip() or _PAGE_NUMBER.fullmatch(_squeeze(lines[k]))):
                    k += 1
                again = _layout_cells(lines[k]) if k < len(lines) else None
                if again and [t for _, t in again] == [t for _, t in header]:
                    j = k + 1
                    while j < len(lines) and (more := _layout_cells(lines[j])) and all(
                            _LAYOUT_NOTE.fullmatch(t) for _, t in more):
                        j += 1
                    continue
                break
            columns = [(_layout_column(starts, c), t) for c, t in cells]
            first = columns[0][0] == 0 or _TOTAL_CELL.fullmatch(columns[0][1])
            if first and (len(columns[0][1]) > _LAYOUT_HEAD_CHARS or columns[0][0] != 0 and len(columns) == 1):
                break  # a paragraph of its own (注：…): the table ends
            # (a figure under a column that holds one already starts a row too: 合计 under 8 …)
            if first or not rows or any(rows[-1][k] and _NUMBER_CELL.fullmatch(rows[-1][k])
                                        and _NUMBER_CELL.fullmatch(t) for k, t in columns):
                rows.append([""] * len(starts))
            else:
                wrapped = True
            row = rows[-1]
            for k, t in columns:
                row[k] += (" " if row[k] and row[k][-1].isascii() and t[0].isascii() else "") + t
            j += 1
        if len(rows) < 2 or not wrapped:
            out.append(lines[i])
            i += 1
            continue
        out.append(" ".join(names))
        out += [" ".join(c or "—" for c in row) for row in rows]
        i = j
    return "\n".join(out)


def _layout_cells(line: str) -> list[tuple[int, str]]:
    """A laid-out line's cells (parted by two spaces or more) with the print column each starts at."""
    cells, col, pos = [], 0, 0
    for m in _LAYOUT_CELL.finditer(line):
        col += _display_width(line[pos:m.start()])
        cells.append((col, m.group()))
        col += _display_width(m.group())
        pos = m.end()
    return cells


def _layout_header(cells: list[tuple[int, str]]) -> bool:
    """Whether a laid-out line is a table's header: three short cells or more of words."""
    return len(cells) >= 3 and all(len(t) <= _LAYOUT_HEAD_CHARS * 2 and _HAN_CELL.fullmatch(t) for _, t in cells)


def _layout_column(starts: list[int], col: int) -> int:
    """The column a cell starting at print column `col` lies under: the last header cell that
    starts at or before it (two columns' slack)."""
    return max(0, sum(1 for s in starts if s <= col + 2) - 1)


_LAYOUT_CELL = re.compile(r"\S+(?: \S+)*")
_LAYOUT_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]")  # a header's unit under it: （亿元）
_LAYOUT_HEAD_CHARS = 4
_HAN_CELL = re.compile(r"[\u4e00-\u9fff（）()%％/]+")
_NUMBER_CELL = re.compile(r"-?[\d,]+(?:\.\d+)?%?")
_TOTAL_CELL = re.compile(r"合\s*计|小\s*计|总\s*计")


def _page_joins(text: str) -> str:
    """Join a paragraph that a page break cuts after a comma (已建成标准厂房56万平方米， | — 4 — |
    石狮市人民政府公报 2024年第4期 | 入驻企业42家，…) to its rest on the next page, in a printed
    document whose paragraphs are lines of their own (a hard-wrapped one is joined by `_reflow`).
    The break's lines, a page number among them, follow the joined paragraph."""
    if not _CUT_LINE.search(text):
        return text
    raw = text.split("\n")
    lines = [line.strip() for line in raw]
    squeezed = [_squeeze(line) for line in lines]
    # (a running header padded to the page's width: 石狮市人民政府公报　　　…　2024年第4期)
    headers = {line for line, n in Counter(squeezed).items()
               if n >= 2 and 0 < len(line) <= 40 and not _is_terminal(line)}
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(raw[i])
        if lines[i].endswith(_CUT_MARKS):
            j, numbered = i + 1, False
            while j < len(lines) and (not lines[j] or squeezed[j] in headers or _PAGE_NUMBER.fullmatch(squeezed[j])):
                numbered = numbered or bool(lines[j]) and _PAGE_NUMBER.fullmatch(squeezed[j]) is not None
                j += 1
            if numbered and j < len(lines) and raw[j][:1] not in _INDENTS and not _PARAGRAPH_HEAD.match(lines[j]):
                out[-1] += lines[j]
                out.extend(raw[i + 1:j])
                i = j
        i += 1
    return "\n".join(out)


_CUT_MARKS = ("，", ",", "、")  # a line ending in one of these stops mid-sentence
_CUT_LINE = re.compile("[，,、][ \t\u3000]*\n")


def _under_a_header(lines: list[str], i: int) -> bool:
    """Whether line i is a table's row (宝鸡高新区 842.7 8.6 412) under a header line of as many
    cells, with the rows between: a table above the first line of prose is the text's, no chrome."""
    if not is_table_row(lines[i]):
        return False
    width = len(lines[i].split())
    j = i - 1
    # (through a section's head between the rows: 二、洛阳高新区软件园)
    while j >= 0 and (len(lines[j].split()) == width and not _heads_columns(lines, j) and is_table_row(lines[j])
                      or _SECTION_ROW.match(lines[j]) and len(lines[j]) <= _SECTION_ROW_CHARS
                      or _RULE.fullmatch(lines[j].strip())):  # (and a rule under the header)
        j -= 1
    return j >= 0 and len(lines[j].split()) == width and _heads_columns(lines, j)


def _heads_rows(lines: list[str], i: int) -> bool:
    """Whether line i is a table's header over a row of as many cells (past a rule and a section's
    head between them)."""
    if not _heads_columns(lines, i) or not is_table_row(lines[i]):
        return False
    j = i + 1
    while j < len(lines) and (_RULE.fullmatch(lines[j].strip())
                              or _SECTION_ROW.match(lines[j]) and len(lines[j]) <= _SECTION_ROW_CHARS):
        j += 1
    return j < len(lines) and _under_a_header(lines, j)


def _heads_columns(lines: list[str], i: int) -> bool:
    """Whether line i heads a table's columns by their units (`_header_line`), or under a line that
    states the table's unit (单位：万元 over 序号 项目名称 总投资 年度计划)."""
    return _header_line(lines[i]) or i > 0 and _UNIT_LINE.fullmatch(lines[i - 1].strip()) is not None


# a line that states a table's unit: 单位：万元, 金额单位：亿元
_UNIT_LINE = re.compile(r"(?:金额|计量)?单位[：:][ \t]*[^\s：:，,。；]{1,8}(?:[，,、][ \t]*[^\s：:，,。；、]{1,8})*")


def _header_line(line: str) -> bool:
    """Whether a table's line heads its columns by their units: a cell's unit in brackets
    (营业收入(亿元)), a column of units (单位), a rate's column (同比增长%)."""
    return _HEADER_UNIT.search(line) is not None or any(
        cell in _UNIT_HEADS or cell.endswith(("%", "％")) and not any(ch.isdigit() for ch in cell) for cell in line.split())


_UNIT_HEADS = ("单位", "计量单位")


# a numbered section's head between a table's rows (一、综合, （二）开放型经济), and its longest
_SECTION_ROW = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]")
_SECTION_ROW_CHARS = 20


_HEADER_UNIT = re.compile(r"[（(][^（）()]{1,8}[）)]")  # a header cell's unit: 营业收入(亿元)


def _csv_rows(text: str, delimiter: str = ",") -> str:
    """A block of comma-separated values pasted into a page (园区,营业收入(亿元),增速(%) over
    宝鸡高新区,842.7,8.6) as a table's rows, its cells parted by tabs: three lines or more in a row
    that `csv` reads into the same number of fields (two or more, quoted fields allowed), with no
    full-width punctuation of prose, and a number among the fields of every line after the first.
    With a tab for `delimiter`, the same for values pasted from a spreadsheet, tab-separated."""
    if delimiter not in text:
        return text
    lines = text.split("\n")
    rows = [_csv_fields(line, delimiter) for line in lines]
    out = list(lines)
    for k in range(len(lines) - 1):  # a header over two lines: 2024年度投资,, over 年度计划投资（万元）,1-10月…
        top, below = rows[k], rows[k + 1]
        if (top and below and len(top) == len(below) >= 3 and not below[0] and top[0]
                and not any(map(_CSV_NUMBER.fullmatch, top + below))):
            rows[k] = [b or t for t, b in zip(top, below)]
            rows[k + 1], out[k + 1] = None, None
    texts = set()  # a spreadsheet's lines of text: 标题,,,,,,, or a section's row 一、综合,,,,,,
    sections = set()  # a section's row with its number: 一,商丹园区,,,,,, (a row of the table)
    for k, row in enumerate(rows):
        if row is not None and lines[k].rstrip(" \r").endswith(delimiter * 2):
            if sum(map(bool, row)) == 1:
                out[k], rows[k] = next(filter(None, row)), None
                texts.add(k)
            elif row[0] and sum(map(bool, row)) == 2 and len(row) >= 4 and not any(map(_CSV_NUMBER.fullmatch, row)):
                sections.add(k)
    if not any(rows):
        return "\n".join(line for line in out if line is not None)
    i = 0
    while i < len(lines):
        if rows[i] is None:
            i += 1
            continue
        # the rows of as many fields, through a section's row of text between them
        members, j = [i], i + 1
        while j < len(lines) and (j in texts or out[j] is None
                                  or rows[j] is not None and len(rows[j]) == len(rows[i])):
            if j not in texts and out[j] is not None:
                members.append(j)
            j += 1
        if len(members) < 2:  # (most lines: no row of values, or one alone)
            i += 1
            continue
        wordy = [k for k in members[1:] if k not in sections and not any(_CSV_NUMBER.fullmatch(f) for f in rows[k])]
        if len(members) >= _CSV_MIN_LINES and not wordy:
            # an empty field is a blank cell (—), so that the cells after it keep their columns; a
            # last field empty on every line is no column (each line closed by its delimiter)
            width = len(rows[i]) - all(not rows[k][-1] for k in members)
            for k in members:
                out[k] = "\t".join(f or _BLANK_FIELD for f in rows[k][:width])
        # a line of as many fields above the header (a caption) starts no table: try the next
        i = i + 1 if wordy[:1] == [members[1]] else members[-1] + 1
    return "\n".join(line for line in out if line is not None)


def _cell_rows(text: str) -> str:
    """A table that a PDF's text layer gives one cell a line (指标 / 单位 / 绝对值 / 比上年增长 over
    地区生产总值 / 亿元 / 1152.6 / 6.3 …) as a table's rows, its cells parted by tabs: a header of
    K short lines of text (3 ≤ K ≤ 8; a unit alone on a line, （%）, belongs to the cell above it)
    followed by three rows or more of K lines each, every row opening with a label and holding
    its figures (or dashes for blank cells) in the same places."""
    if len(_CELL_NUMBER_LINE.findall(text)) < _CELL_MIN_ROWS:  # most texts: no lines of bare figures
        return text
    lines = text.split("\n")
    cells: list[str] = []  # the lines as cells, a unit alone on its line joined to the cell above
    kinds: list[str] = []  # N a figure or a blank cell, T a short text, "" anything else
    spans: list[tuple[int, int]] = []  # the lines each cell came from
    for i, line in enumerate(lines):
        cell = line.strip()
        if kinds and kinds[-1] == "T" and _CELL_UNIT.fullmatch(cell):
            cells[-1] += cell
            spans[-1] = (spans[-1][0], i + 1)
            continue
        cells.append(cell)
        kinds.append("N" if _CELL_FIGURE.fullmatch(cell) else
                     "T" if 0 < len(cell) <= _CELL_MAX_CHARS and not _CELL_PROSE.search(cell) else "")
        spans.append((i, i + 1))
    out: list[str] = []
    done = 0  # the lines before it are in `out`
    s = _CELL_MIN_WIDTH
    while s < len(cells):
        best = None  # (rows, width)
        if kinds[s] == "T":
            for width in range(_CELL_MIN_WIDTH, _CELL_MAX_WIDTH + 1):
                head, row = kinds[s - width:s], kinds[s:s + width]
                if s < width or len(row) < width or "N" not in row or head.count("T") < width:
                    continue
                rows = 1
                while kinds[s + rows * width:s + (rows + 1) * width] == row:
                    rows += 1
                if rows >= _CELL_MIN_ROWS and (best is None or rows * width > best[0] * best[1]):
                    best = (rows, width)
        if best is None:
            s += 1
            continue
        rows, width = best
        first, end = s - width, s + rows * width
        out.extend(lines[done:spans[first][0]])
        out.extend("\t".join(cells[k:k + width]) for k in range(first, end, width))
        done, s = spans[end - 1][1], end + _CELL_MIN_WIDTH
    return "\n".join(out + lines[done:]) if out else text


_CELL_MIN_WIDTH, _CELL_MAX_WIDTH, _CELL_MIN_ROWS, _CELL_MAX_CHARS = 3, 8, 3, 16
_CELL_FIGURE = re.compile(r"[-−+]?(?:\d[\d,]*)?\.?\d+%?|[—–－-]{1,2}")  # 1152.6, -5.6, 12%, —
# a line that is a bare number (its line break first: the engine then skips to each line break)
_CELL_NUMBER_LINE = re.compile(r"\n[ \t]*[-−+]?\d[\d,]*(?:\.\d+)?%?[ \t]*(?=\n)")
_CELL_UNIT = re.compile(r"[（(][^（）()]{1,8}[）)]")
_CELL_PROSE = re.compile("[，。；！？,;\t]| {2}")


def _csv_fields(line: str, delimiter: str = ",") -> list[str] | None:
    """The fields of a line of comma-separated values, or None for a line of prose or one field."""
    if delimiter not in line:
        return None
    if delimiter == "," and "," not in _THOUSANDS.sub("", line):
        return None  # 1  建设投资  82,410: a figure's thousands, no fields
    bare_field = _BARE_FIELD[delimiter]
    if _PROSE_MARK.search(line) and not (line.rstrip().endswith(",,") or bare_field.search(line)):
        return None  # prose, read no further (most lines with a comma are)
    line = line.strip() if delimiter == "," else line.strip(" \u3000")
    try:
        fields = [f.strip() for f in next(csv.reader([line], delimiter=delimiter))]
    except csv.Error:  # a carriage return or a stray quote inside: no row of values
        return None
    if len(fields) < 2 or not any(fields):
        return None
    if _PROSE_MARK.search(line) and not (
            len(fields) >= 3 and any(map(_CSV_NUMBER.fullmatch, fields)) or sum(map(bool, fields)) == 1):
        return None  # prose (but a row may note its figures in words: 12.91,8.7,当月订单回落，产值下降)
    # empty fields: a row's blank cells; its first only in a row of three fields or more holding
    # two (a spreadsheet's subtotal, ,小计,,251800,…; not a line of prose that opens with a comma)
    return fields if fields[0] or sum(map(bool, fields)) == 1 or len(fields) >= 3 and sum(map(bool, fields)) >= 2 else None


_CSV_MIN_LINES = 3
_PERIOD_HEADER = re.compile(r"[\u4e00-\u9fff][（(]\d{4}年\d{1,2}月[^（）()]*[-—至~～][^（）()]*[）)]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_BLANK_FIELD = "—"
_CSV_NUMBER = re.compile(r"[-−+]?[\d,]*\.?\d+%?")
_PROSE_MARK = re.compile("[，。；：、！？]")
_BARE_FIELD = {d: re.compile(rf"(?:^|{d})[-−+]?\d+(?:\.\d+)?%?(?={d}|$)") for d in ",\t"}  # a number alone


def _unit_rows(text: str) -> str:
    """A printed table's header over two lines, its second line only the cells' units or
    qualifiers: units after a slash (an academic paper's style: `园区  级别  规划面积  规上企业` over
    `/km²  /家`), in brackets (`营业收入  营业收入` over `（本月）  （累计）`) or a rate's sign
    (`同比±%`). Each goes into the header cell whose middle stands nearest above it, a slash's unit
    in brackets (`规划面积（km²）`, `营业收入（本月）`, `营业收入同比±%`), and the second line goes. A
    header cell written `规划面积/km²` is `规划面积（km²）` too."""
    if "/" not in text and "／" not in text and "（" not in text and "(" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        below = list(_HEADER_WORD.finditer(line))
        if len(below) >= 2 and out and all(_QUALIFIER_CELL.fullmatch(c.group()) for c in below) and (
                any(c.group()[0] in "/／" or c.group()[0] in "（(" for c in below)):
            header = list(_HEADER_WORD.finditer(out[-1]))
            if len(header) >= len(below) and not any(ch.isdigit() for ch in out[-1]) and not all(
                    _QUALIFIER_CELL.fullmatch(h.group()) for h in header):
                middles = [(_display_width(out[-1][:h.start()]) + _display_width(out[-1][:h.end()])) / 2 for h in header]
                picks = []
                for u in below:
                    mid = (_display_width(line[:u.start()]) + _display_width(line[:u.end()])) / 2
                    picks.append(min(range(len(header)), key=lambda c: abs(middles[c] - mid)))
                if len(set(picks)) == len(picks) and picks == sorted(picks):
                    row = out[-1]
                    for u, c in sorted(zip(below, picks), key=lambda x: -x[1]):
                        h, cell = header[c], u.group()
                        row = row[:h.end()] + (f"（{cell[1:]}）" if cell[0] in "/／" else cell) + row[h.end():]
                    out[-1] = row
                    continue
        out.append(_SLASH_HEADER.sub(r"\1（\2）", line) if "/" in line and _SLASHED_HEADER.fullmatch(line) else line)
    return "\n".join(out)


# a cell of a header's second line: a unit after a slash (/km², ／万元), a unit or period in
# brackets (（本月）, (亿元)), a rate's sign (同比±%, %)
_QUALIFIER_CELL = re.compile(r"[/／][^\s/／\d][^\s/／]{0,5}|[（(][^（）()\s\d]{1,8}[）)]|[\u4e00-\u9fff]{0,4}[±+\-]?[%％]")
_HEADER_WORD = re.compile(r"[^\s]+")
# a header of cells parted by two spaces or a tab, one cell or more a name and its unit after a slash
_SLASH_HEADER = re.compile(r"(?<!\S)([\u4e00-\u9fff]{2,12})/([^\s/\d（）()][^\s/（）()]{0,5})(?=\s|$)")
_SLASHED_HEADER = re.compile(r"[^\d\n]*(?<!\S)[\u4e00-\u9fff]{2,12}/[^\s/\d（）()][^\s/（）()]{0,5}(?:\s[^\d\n]*)?")


def _spaced_rows(text: str) -> str:
    """A PDF's table whose cells are parted by two spaces or more and may hold one inside
    (`2  PC 改性合金料  100000  外售`): in a run of three lines or more that part into as many cells
    (three or more, a number among the cells of each line after the first), a space inside a cell
    goes where it touches a Chinese character (`PC改性合金料`), so that the cell stays one when
    cleaning folds the gaps into single spaces."""
    if "  " not in text and "\u3000\u3000" not in text:
        return text
    lines = text.split("\n")
    # (a full-width space is two: 营业收入（亿元）　　　1286　　　965 parts as a PDF's row does)
    cells = [_SPACED_GAP.split(row) if "  " in (row := line.replace("\u3000", "  ").strip()) else None
             for line in lines]
    for k, row in enumerate(cells):
        if row is not None and len(row) >= 3 and sum(_single_han(c) for c in row) >= 2:
            # a word spaced out to fill its cell (指    标, 单  位) is one cell
            merged = _letters_joined(row)
            if len(merged) < len(row):
                cells[k], lines[k] = merged, "  ".join(merged)
    out = list(lines)
    i = 0
    while i < len(lines):
        width = len(cells[i]) if cells[i] is not None else 0
        j = i + 1
        while j < len(lines) and cells[j] is not None and len(cells[j]) == width:
            j += 1
        if width >= 3 and j - i >= 3 and all(any(_CSV_NUMBER.fullmatch(c) for c in cells[k]) for k in range(i + 1, j)) and (
                any(" " in c for k in range(i, j) for c in cells[k])):
            out[i:j] = ["\t".join(_INNER_SPACE.sub("", c) for c in cells[k]) for k in range(i, j)]
            i = j
        else:
            i += 1
    return "\n".join(out)


_SPACED_GAP = re.compile(r" {2,}|\t")


def _single_han(cell: str) -> bool:
    return len(cell) == 1 and "\u4e00" <= cell <= "\u9fff"


def _letters_joined(row: list[str]) -> list[str]:
    """A row's cells with each pair of single characters side by side joined (指 | 标 -> 指标)."""
    out: list[str] = []
    for cell in row:
        if out and _single_han(cell) and _single_han(out[-1]) and (len(out) < 2 or not _single_han(out[-2])):
            out[-1] += cell
        else:
            out.append(cell)
    return out
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff（）]) (?=\S)|(?<=\S) (?=[\u4e00-\u9fff（）])")


def _columns(text: str) -> str:
    """A text laid out in two columns side by side (a brochure's PDF through `pdftotext -layout`: each
    line the left column's text, a gap of spaces, the right column's) read column by column: on each
    page (form feeds part them), the left column's lines, then the right's, so that `_reflow` joins
    each column's wrapped lines. A text is in two columns when five lines or more, and a third of its
    lines of text, have a gap ending at the same printed column (±3), most of them one gap only and
    Chinese text before it. A line starting past that column is the right column's alone; one that
    crosses the column with no gap there (a heading over both, a page's running head) is read where
    it stands, between what comes before and after it."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    gaps = [[_display_width(line[:m.end()]) for m in _GUTTER.finditer(line)] if "  " in line else []
            for line in lines]
    counts: Counter[int] = Counter(col for cols in gaps for col in set(cols))
    if not counts:
        return text
    gutter = max(counts, key=lambda at: (sum(n for col, n in counts.items() if abs(col - at) <= _GUTTER_SLACK), -at))
    split = [i for i, cols in enumerate(gaps) if any(abs(col - gutter) <= _GUTTER_SLACK for col in cols)
             and _han_count(lines[i][:_GUTTER.search(lines[i]).start()]) >= 2]
    texts = sum(bool(line.strip()) for line in lines)
    if (len(split) < _WRAP_MIN_LINES or 3 * len(split) < texts or not _GUTTER_MIN <= gutter <= _WRAP_MAX_WIDTH
            or 10 * sum(len(gaps[i]) == 1 for i in split) < 7 * len(split)):
        return text
    return "\f".join(_two_columns(page, gutter) for page in text.split("\f"))


def _two_columns(page: str, gutter: int) -> str:
    """One page of a text in two columns whose right one starts at printed column `gutter`."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in page.split("\n"):
        m = next((m for m in _GUTTER.finditer(line)
                  if abs(_display_width(line[:m.end()]) - gutter) <= _GUTTER_SLACK), None) if "  " in line else None
        if m is not None:
            left.append(line[:m.start()])
            right.append(line[m.end():])
        elif line.strip() and _display_width(line) - _display_width(line.lstrip(" ")) >= gutter - _GUTTER_SLACK:
            right.append(line.strip(" "))
        elif _display_width(line.rstrip()) > gutter + _GUTTER_SLACK:  # across both columns
            out += left + right + [line]
            left, right = [], []
        else:
            left.append(line)
    blank = len(left) - len("\n".join(left).rstrip("\n").split("\n")) if left else 0  # the page's last lines
    return "\n".join(out + left[:len(left) - blank] + right + left[len(left) - blank:])


_ASIDE_LINE = re.compile(r"[（(][^（()）]*[）)]")
_GUTTER = re.compile(r"(?<=[^ ]) {2,}(?=[^ ])")  # the spaces between two columns
_GUTTER_SLACK = 3
_GUTTER_MIN = 30  # printed columns: a left column of 15 Chinese characters or more


def _cues(text: str) -> str:
    """A subtitle file's text (SRT or WebVTT: numbered cues, `00:01:12,000 --> 00:01:15,500` timings)
    as paragraphs: the numbers, timings and the WEBVTT header go, and each cue's text runs on into
    the next one's (subtitles mark no paragraphs: what one voice says between a script's marks is
    one). A cue that opens with a script's mark (【同期声】) starts a paragraph, and one without
    punctuation that does, or the first (the title), or a byline in brackets (（记者 …报道）) is a
    line of its own. The lines around the cues (a video page's caption and comments) stay lines.

    Auto-generated subtitles have no punctuation: a cue that ends without any is one clause, and
    a comma parts it from the next (大家好 这里是云浮新区 | 很多人对云浮的印象…), unless the next opens
    with a figure (…规上工业产值 | 486亿元, …总投资1 | 86亿元: the cut fell before or inside it); a
    paragraph of such clauses ends with a full stop."""
    if "-->" not in text or len(_CUE_TIMING.findall(text)) < _CUE_MIN:
        return text
    lines = text.split("\n")
    timed = [bool(_CUE_TIMING.fullmatch(line.strip())) for line in lines]
    out: list[str] = []
    run = ""  # the paragraph the cues so far make
    clauses = False  # whether a comma joined two of its cues
    cue = False  # whether the line is a cue's text: after its timing, before a blank line

    def close() -> None:
        nonlocal run, clauses
        if run:
            out.append(run + "。" if clauses and not _is_terminal(run) else run)
        run, clauses = "", False

    for i, line in enumerate(lines):
        s = line.strip()
        cue = timed[i] or cue and bool(s)
        if timed[i] or (s.isdigit() and i + 1 < len(lines) and timed[i + 1]) or s == "WEBVTT" or not s:
            continue
        if not cue:  # a line of the page around the subtitles (the caption, the comments) stays one
            close()
            out.append(s)
            continue
        alone = not out and not run or s[0] in "【[（(" and not _CUE_PUNCTUATION.search(s.split("】")[-1])
        if run and (alone or s[0] == "【"):
            close()
        if not run or _CUE_PUNCTUATION.match(run[-1]) or s[0] in _CLOSING or s[0].isdigit():
            sep = ""  # (a figure the cues split runs on: 总投资1 | 86亿元)
        elif run[-1].isascii() and run[-1].isalnum() and s[0].isascii():
            sep = " "  # English words keep a space
        else:
            sep, clauses = "，", True
        run += sep + s
        if alone:
            close()
    close()
    return "\n".join(out)


_CUE_TIMING = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}.*")
_CUE_MIN = 3
_CUE_PUNCTUATION = re.compile("[，。！？；：,.!?;:]")


def _captions(text: str) -> str:
    """Join a video's subtitles back into paragraphs: a television report's script or a speech
    recognised into text comes as one short phrase a line with no punctuation at all
    (曲靖经开区规上工业总产值完成二百三十六点八亿元 | 同比增长百分之十二点三), which reads like a
    list of headlines. A run of such lines after the first line (the title) is one paragraph,
    its lines joined by commas, when the text marks its parts as a script does (【解说】,
    【同期声】, 主持人 alone on a line), or is such lines nearly all through (four in five, twelve
    or more, eight characters long on average where a menu's are shorter, and hardly a full
    stop); or when the run is four lines or more and two of them go on from the line before
    (其中…, 同比增长…, 占…). Marks and speakers' labels stay lines of their own, so a speaker and
    their words stay apart; a list of headlines has none of this and is left as it is."""
    if text.count("。") * 4 > text.count("\n") + 1:  # most texts: sentences, not captions
        return text
    lines = text.split("\n")
    if len(lines) < 2 * _CAPTION_RUN:
        return text
    caption = [_CAPTION_LINE.fullmatch(line.strip()) is not None and i > 0 for i, line in enumerate(lines)]
    if sum(caption) < _CAPTION_RUN:
        return text
    phrases = [line.strip() for line, c in zip(lines, caption) if c]
    scripted = any(_CAPTION_MARK.match(line.strip()) or line.strip() in _SCRIPT_LABELS for line in lines)
    all_through = (text.count("。") <= 2 and len(phrases) >= 3 * _CAPTION_RUN
                   and len(phrases) * 5 >= 4 * sum(bool(line.strip()) for line in lines[1:])
                   and sum(map(len, phrases)) >= 8 * len(phrases))  # (a page's menu: shorter words, 首页)
    marked = scripted or all_through
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and caption[j] and lines[j].strip() not in _SPEAKER_LABELS:
            j += 1
        run = [line.strip() for line in lines[i:j]]
        if len(run) >= (2 if marked else _CAPTION_RUN) and (marked or sum(
                to_simplified(line[:3]).startswith(_GOING_ON) for line in run[1:]) >= 2):
            out.append("，".join(run) + "。")
            i = j
        else:
            out.extend(lines[i:max(j, i + 1)])
            i = max(j, i + 1)
    return "\n".join(out)


def _heading_next(heading: list[bool], n: int) -> bool:
    """Whether the line after line n of a page's kept lines is a heading too: line n is in a list
    of headings (a contents block), no heading over its text."""
    return n + 1 < len(heading) and heading[n + 1]


_HEADING_MAX = 40  # the longest line read as a heading where a contents block lists it


_CAPTION_RUN = 4
# a subtitle: a phrase of up to 30 characters with Chinese in it and no punctuation (a figure's
# point and quotation marks may stand in it); a script's mark, a field (规划面积：163平方公里) and a
# list item (2. 项目概况) are none
_CAPTION_LINE = re.compile(f"(?![\\d一二三四五六七八九十]+[.、．])(?=[^【\\[]*[{_HAN}])[^，。、；：！？,;:!?【】\\[\\]()（）]{{2,30}}")
_CAPTION_MARK = re.compile("[【\\[](?:解说|同期|现场|导视|画外音|主持人|串场|口播|出镜|演播室)[^】\\]]{0,12}[】\\]]")
_SPEAKER_LABELS = {"主持人", "记者", "解说", "同期", "同期声", "画外音", "旁白", "现场", "导视", "字幕", "主播"}
_SCRIPT_LABELS = {"主持人", "主播", "解说", "同期声", "画外音", "旁白"}  # a page's byline may hold 记者 alone
# how a subtitle goes on from the one before
_GOING_ON = ("其中", "同比", "环比", "占", "较", "比上年", "比去年", "总投资", "带动", "分别", "并", "但", "同时",
             "以及", "增长", "下降", "达到", "实现", "累计", "共")


# a rule between a poster's parts (━━━━━━, ———, ====): no header of a page, and nothing runs on
# into it or across it
_RULE = re.compile(r"[━─—=\-*~·_＝－]{3,}")


def _row(line: str) -> bool:
    """Whether a line is a table's row drawn with bars or tabs (| 莫干山高新区 | 35.6 | +2.1 |); a
    headline's spaces (Kunshan launches 30 major projects) make none."""
    return line.count("|") >= 2 or line.count("\t") >= 1


def _fact_field(line: str) -> bool:
    """Whether a `label：value` line is a field of a directory or a fact sheet: a short label and a
    figure with its unit alone (规划面积：518平方公里), or a park's name (园区名称：黄石经济技术开发区);
    not a byline, a date, a source, nor a headline after its subject (宿迁经开区：一季度签约项目18个)."""
    m = _LABELLED.match(line)
    value = line[m.end():].strip() if m else ""
    if _FIELD_VALUE.fullmatch(value) and _FIGURE_LINE.search(value) or value and kind_of(value):
        return True
    # a record's line of fields side by side (员工人数：约650人　年产值：6.8亿元), one of them a figure
    fields = _SIDE_FIELDS.findall(line)
    return len(fields) >= 2 and "".join(f[0] for f in fields) == _squeeze(line) and any(
        _FIELD_VALUE.fullmatch(v) and _FIGURE_LINE.search(v) for _, _, v in fields)


# the fields of a record's line, side by side: (the field, its label, its value)
_SIDE_FIELDS = re.compile(r"(([^：:，,。；;\s]{1,10})[：:]([^\s：:]+))")


_CARD_LABEL = 12  # the longest label of a data card's figure


_LABELLED = re.compile(r"\s*[^：:，,。；;\s]{1,10}[：:]")  # a field's label: 规划面积：
# a field's value that is a figure alone: 518平方公里, 超13万家, 约15.6万亩, 4,600+家
_FIELD_VALUE = re.compile(r"(?:约|近|超|逾|超过|不足)?[\d０-９][\d,.，．０-９]*[+余多]?[万亿]?[^\s，,。；;]{0,5}")


def _split_across(line: str, nxt: str) -> bool:
    """Whether a line of a hard-wrapped text that is not full still runs on into the next: the
    next opens with closing punctuation, or the break falls between a verb and its figure (增长 |
    36.4%), inside a figure the metric grammar reads (其中出口3397.2 | 亿元) or inside a park's
    kind word (苏州工业 | 园区)."""
    if nxt[0] in _CLOSING:
        return True
    before, after = (normalize_width(to_simplified(s)) for s in (line[-12:], nxt[:12]))
    return (before.endswith(_FIGURE_VERBS) and _FIGURE_START.match(after) is not None
            or figure_across(before, after) or kind_across(before, after))


_CLOSING = "，。、；：,;:%％）)”’」』"
_FIGURE_VERBS = ("增长", "下降", "减少", "增加", "达到", "达", "为", "约", "超过", "超", "突破", "实现", "完成",
                 "合计", "累计", "共", "近", "逾", "下滑", "回落", "提高", "占")
_FIGURE_START = re.compile(r"[\d一二两三四五六七八九十百千万约近超逾]")


def _display_width(line: str) -> int:
    """Columns a line takes in print: two for a Chinese or full-width character, one otherwise."""
    return len(line) + len(_WIDE.findall(line))


_WIDE = re.compile(f"[{_HAN}\u3000-\u303f\uff00-\uffef]")
_WRAP_MIN_CHARS = 10
_WRAP_MIN_LINES = 5
_WRAP_MIN_WIDTH, _WRAP_MAX_WIDTH = 40, 130  # 20 to 65 Chinese characters a line
_CLAUSE_MARK = re.compile("[，、；：,;]")
_SENTENCE_MARK = re.compile("[，。；]")
_INDENTS = " \t\u3000\u00a0"
# What opens a paragraph of its own: a list item's head, a chapter or an article of a law.
_PARAGRAPH_HEAD = re.compile(LIST_ITEM_HEAD + r"|第[一二三四五六七八九十百\d]+[章节条部分]")


def _prose(squeezed: str) -> bool:
    """Whether a line is a paragraph of sentences (two or more), which no headline is."""
    return len(squeezed) >= _PROSE_CHARS and squeezed.count("。") >= 2


_PROSE_CHARS = 60


# a line that states the unit of the table below it, and nothing else
# A transcript's turn head on its own line, which recurs at every turn of the same speaker:
# 【王振国】, 陈立新：, 问： (a script's marks, 【解说】 or 【同期声】, are no speaker's: `_CAPTION_MARK`)
_TURN_HEAD = re.compile(r"【[^】\n]{1,16}】|\[[^\]\n]{1,16}\]|[\u4e00-\u9fff·]{1,5}[ \u3000]?[\u4e00-\u9fff·]{0,4}[：:]")
_UNIT_CAPTION = re.compile(r"[（(]?(?:金额|计量|货币)?单位[：:][^（）()，,。；;：:]{1,12}[）)]?")


def _printed_article(squeezed: list[str]) -> bool:
    """Whether these lines (the first four after a 相关新闻 heading) are one article printed in
    full: a headline, then paragraphs that end their sentences (a list of headlines with their
    summaries goes back to a headline by the third line)."""
    return (len(squeezed) == 4 and len(squeezed[0]) <= _HEADLINE_CHARS and not squeezed[0].endswith(_SENTENCE_ENDS)
            and all(len(s) >= _PARAGRAPH_CHARS and s.endswith(_SENTENCE_ENDS) for s in squeezed[1:]))


_HEADLINE_CHARS = 40
_PARAGRAPH_CHARS = 40
_SENTENCE_ENDS = ("。", "！", "？", "”", "」")


def _hint(value: str) -> str:
    """A metadata hint in the form the cleaned text has: one line, normalised, simplified."""
    value = normalize_space(normalize_width(value or "")).replace("\n", " ").strip()
    return to_simplified(value) if value else ""


_POSTER_MIN_CHARS = 150  # content before the first line of prose that makes a text a poster's …
_POSTER_SHARE = 0.6  # … when it is this share of the content
_POSTER_LINE_HAN = 8  # the characters of its first line of clauses
_POSTER_FIGURES = 3  # the least figures alone on their lines before the first line of prose …
_POSTER_FIGURE_SHARE = 0.1  # … and their least share of its lines there


class _Page:
    """The lines of one document, classified, with the decisions that need their context."""

    def __init__(self, lines: list[str]) -> None:
        r = _rules()
        self.lines = lines
        self.squeezed = [_squeeze(line) for line in lines]
        body = [_is_body(s) for s in self.squeezed]
        self.kinds = [_classify(line, s, b) for line, s, b in zip(lines, self.squeezed, body)]
        n = len(lines)
        for i in range(n):
            after = list(islice((s for s in islice(self.squeezed, i + 1, None) if s), 4)) if self.kinds[i] == _CUT else []
            if after and (_prose(after[0]) or _printed_article(after)):
                self.kinds[i] = _DROP  # 相关新闻： over a paragraph of prose, not a list of headlines
        self.start = next((i for i in range(n) if self.kinds[i] == _CONTENT and body[i]), n)
        self.start = min(self.start, self._poster_start(self.start))
        self.end = next((i for i in range(self.start + 1, n) if self.kinds[i] == _CUT), n)
        # A crawler's dump of several articles in one file, each opening with a 标题： line:
        # a related-articles list cuts its own article, not the articles after it.
        headlines = [i for i in range(n) if _ARTICLE_START.match(self.squeezed[i])]
        self.dump = len(headlines) >= 2
        self.parts = [(0, self.end)]
        for at in headlines:
            if at > self.parts[-1][1]:
                self.parts.append((at, next((i for i in range(at + 1, n) if self.kinds[i] == _CUT), n)))
        self.labelled = set(headlines)
        for i in headlines:
            m = _ARTICLE_START.match(lines[i])
            if m and m.end() < len(lines[i]):  # the label is no part of the headline
                self.lines[i] = lines[i][m.end():]
                self.squeezed[i] = _squeeze(self.lines[i])
        self.body = body
        self.contact = [k == _CONTACT for k in self.kinds]
        for i in range(n):
            if self.kinds[i] == _CONTACT and body[i]:
                self._trim_contact(i)
        self.title_at = -1
        self.caption = [False] * n
        for i in range(n):
            if self.kinds[i] == _TAGS:
                self._drop_tags(i)
            elif self.kinds[i] == _CONTENT and r.credit.search(lines[i]):
                self.caption[i] = True
                self.lines[i] = r.credit.sub("", lines[i]).strip()
                self.squeezed[i] = _squeeze(self.lines[i])
                if not self.lines[i]:
                    self.kinds[i] = _DROP

    def _poster_start(self, start: int) -> int:
        """Where a text of short unpunctuated lines starts (a mobile H5 story, a poster: 从闽江口出发，
        沿着海岸线一路向东 | 2023年，长乐区地区生产总值 | 1280亿元), when most of its content stands
        before its first line of prose (quoted voices at its end): at its first line with a clause
        inside; else `start`."""
        if start >= len(self.lines):
            return start  # no prose at all: a poster's lines of figures are kept as such (title())
        content = [i for i, k in enumerate(self.kinds) if k == _CONTENT]
        before = sum(len(self.squeezed[i]) for i in content if i < start)
        if before < _POSTER_MIN_CHARS or before < _POSTER_SHARE * sum(len(self.squeezed[i]) for i in content):
            return start
        # (a data story's figures stand alone on their lines, under their labels: 1280亿元, 420余家)
        alone = sum(bool(_FIELD_VALUE.fullmatch(self.squeezed[i])) for i in content if i < start)
        if alone < _POSTER_FIGURES or alone < _POSTER_FIGURE_SHARE * sum(i < start for i in content):
            return start
        return next((i for i in content if i < start and _CLAUSE_PUNCT.search(self.squeezed[i][:-1])
                     and _han_count(self.squeezed[i]) >= _POSTER_LINE_HAN), start)

    def _trim_contact(self, i: int) -> None:
        """A paragraph that ends (or starts) with a hotline keeps its other sentences.

        `今年将力争引进超百亿元项目2个以上。东海岛新区热线电话：0759-3381234。` is news and a contact
        line in one paragraph; only the contact sentence is furniture.
        """
        r = _rules()
        kept = [
            s
            for s in _SENTENCES.findall(self.lines[i])
            if not (r.contact_hard.search(s) and _CONTACT_WORDS.search(s)) and not r.contact_handles.search(s)
        ]
        rest = "".join(kept).strip()
        if len(_HAN_CHAR.findall(rest)) >= 10 and _is_body(_squeeze(rest)):
            self.lines[i] = rest
            self.squeezed[i] = _squeeze(rest)
            self.kinds[i] = _CONTENT

    def _drop_tags(self, label: int) -> None:
        for j in range(label + 1, self.end):
            if self.kinds[j] != _CONTENT or self.body[j] or not _is_tag(self.lines[j], self.squeezed[j]):
                return
            self.kinds[j] = _DROP

    # -- head: headline and page chrome above the article

    def find_title(self, hint: str) -> str:
        """The headline: the first substantive line above the body (the hint's line if given),
        or an e-mail's subject without its reply marks.

        A photo caption is never the headline. Lines above the headline are page chrome and
        are dropped; so is the headline itself, which is metadata, not text.
        """
        # an e-mail's subject line is its title (主题: 回复: 【请核对】…, Subject: Re: …)
        head = range(min(self.start, _MAIL_HEAD_LINES))
        subject = next((i for i in head if _MAIL_SUBJECT.match(self.lines[i])), -1)
        if subject >= 0 and not any(_MAIL_HEADER.match(self.lines[i]) for i in head):
            subject = -1  # (a press conference's 主题： is no mail's subject)
        # … and a line labelled as the headline (标题：…, a script's 选题：…) is it, below a line that is not
        labelled = next((i for i in range(self.start) if i in self.labelled and self.kinds[i] == _CONTENT), -1)
        if subject < 0 and labelled >= 0 and not hint:
            subject = labelled
        for i in range(self.start if subject < 0 or hint else 0):
            if self.kinds[i] != _CONTENT or self.caption[i]:
                continue
            if hint:
                if _same_title(self.lines[i], hint):
                    self.title_at = i
                    break
            elif _is_substantive(self.lines[i], self.squeezed[i]) and len(_FIELD.findall(self.lines[i])) < 2:
                self.title_at = i  # (证券代码：301587 证券简称：… is a line of fields)
                break
        if subject >= 0 and not hint:
            self.title_at = subject
            self.kinds[subject] = _CONTENT
        title = self.lines[self.title_at] if self.title_at >= 0 else ""
        if subject >= 0 and self.title_at == subject and subject != labelled:
            title = _MAIL_SUBJECT.match(title).group(1)
        # an official document's heading: the issuer's line, then 关于…的公告 (通知, 报告 …)
        after = next((j for j in range(self.title_at + 1, self.start) if self.kinds[j] == _CONTENT), -1)
        if (not hint and title.endswith(_ISSUERS) and after > 0 and "关于" not in title
                and self.lines[after].startswith("关于") and _DOCUMENT_END.search(self.lines[after])):
            title += self.lines[after]
            self.title_at = after
        prose = self.start < len(self.lines)  # a poster or a fact sheet has no line of prose
        for i in range(self.start):
            if self.kinds[i] != _CONTENT:
                continue
            if i <= self.title_at:
                self.kinds[i] = _DROP
            elif not self.caption[i] and (
                not _HAN_CHAR.search(self.lines[i]) or not _is_substantive(self.lines[i], self.squeezed[i])
            ) and (prose or not _FIGURE_LINE.search(self.lines[i])) and not _under_a_header(self.lines, i) and not (
                    _heads_rows(self.lines, i)) and not (  # (nor the unit's line over it: 单位：万元)
                    _UNIT_LINE.fullmatch(self.lines[i].strip()) and i + 1 < len(self.lines)
                    and _heads_rows(self.lines, i + 1)) and not (
                    _SECTION_ROW.match(self.lines[i]) and i + 1 < self.start and is_table_row(self.lines[i + 1])):
                # (without prose, a line with a figure is the text: ▶ 税收收入 28.7亿元; and a section's
                # head over a table's rows is the table's: 一、综合 over 地区生产总值 亿元 312.46 6.8)
                self.kinds[i] = _DROP
        return title if not hint else ""

    # -- text

    def text(self) -> str:
        """The kept paragraphs: content lines above the cut (in a dump, above each article's
        cut), de-duplicated, tail list removed."""
        kept = [i for lo, hi in self.parts for i in range(lo, hi) if self.kinds[i] == _CONTENT]
        if self.title_at >= 0:  # a printed document's running header repeats its title on every page
            title = _title_key(self.lines[self.title_at])
            kept = [i for i in kept if _title_key(self.lines[i]) != title]
            if self.dump:  # a dump's articles are its sections, each under its headline
                kept.insert(0, self.title_at)
        kept = self._without_contact_blocks(kept)
        kept = self._without_repeats(kept)
        if any(_is_terminal(self.squeezed[i]) for i in kept):
            while (kept and not _is_terminal(self.squeezed[kept[-1]]) and len(self.squeezed[kept[-1]]) <= 50
                   and not _fact_field(self.lines[kept[-1]]) and not _row(self.lines[kept[-1]])
                   and not _under_a_header(self.lines, kept[-1])):
                kept.pop()  # (a directory's fields and a table's rows, spaced ones under a header too, end it)
        return "\n".join(self.lines[i] for i in kept)

    def _without_contact_blocks(self, kept: list[int]) -> list[int]:
        """Drop short lines asking to get in touch that sit next to a phone/WeChat line; not a
        sentence that states a rate or an amount (…需求带动下，营业额可望回升5%至8%。 above a press
        contact), which no such line does."""
        r = _rules()
        soft = {
            i
            for i in kept
            if len(self.squeezed[i]) <= r.soft_max and r.contact_soft.search(self.lines[i])
            and not _STATED_FIGURE.search(self.lines[i])
        }
        dropped: set[int] = set()
        changed = True
        while changed:
            changed = False
            for i in soft - dropped:
                if any(
                    0 <= j < len(self.lines) and (self.contact[j] or j in dropped) for j in (i - 1, i + 1)
                ):
                    dropped.add(i)
                    changed = True
        return [i for i in kept if i not in dropped]

    def _without_repeats(self, kept: list[int]) -> list[int]:
        """Keep a paragraph once; drop one whose every clause recurs in one longer paragraph.

        Pages print the lead as a summary above the article and again in it (seeds 000, 002),
        often with a phrase added in the body's copy: each clause then survives in the fuller
        paragraph, so dropping the copy loses nothing. Headings and one-clause lines are kept.
        """
        seen: set[str] = set()
        unique = []
        # A heading listed in a contents block first (a briefing's 一、… 二、… 三、… under its
        # masthead) is kept where it heads its text, the copy over a line of prose.

        def recurs(n: int, i: int) -> bool:
            # (a field of a list of records recurs: 出让年限：50年 for two parcels; a speaker's turn
            # head: 【王振国】 over each of their answers; a data card's label over its figure:
            # 营业收入 over 1,256亿元 in each park's card; a table's unit line: 单位：万元 over each
            # of a prospectus's tables)
            line = self.lines[i].strip()
            return bool(_fact_field(line) or _UNIT_CAPTION.fullmatch(self.squeezed[i]) or (
                _TURN_HEAD.fullmatch(line) and not _CAPTION_MARK.match(line)) or (
                len(self.squeezed[i]) <= _CARD_LABEL and n + 1 < len(kept)
                and _FIELD_VALUE.fullmatch(self.lines[kept[n + 1]].strip())))

        copies: dict[str, list[int]] = {}
        for n, i in enumerate(kept):
            copies.setdefault(self.squeezed[i], []).append(n)
        heading = [len(self.squeezed[i]) <= _HEADING_MAX and not _is_terminal(self.squeezed[i]) for i in kept]
        heads_text = {}  # a heading listed in a contents block -> the copy kept, over its text
        for key, ns in copies.items():
            if len(ns) > 1 and heading[ns[0]] and _heading_next(heading, ns[0]) and not recurs(ns[0], kept[ns[0]]):
                over_prose = [n for n in ns if n + 1 < len(kept) and not heading[n + 1]]
                if over_prose:
                    heads_text[key] = over_prose[0]
        for n, i in enumerate(kept):
            if heads_text.get(self.squeezed[i], n) != n:
                continue
            if self.squeezed[i] not in seen or recurs(n, i):
                seen.add(self.squeezed[i])
                unique.append(i)
        joined = "\n".join(self.squeezed[i] for i in unique)
        return [i for i in unique if not self._repeated(i, unique, joined)]

    def _repeated(self, i: int, unique: list[int], joined: str) -> bool:
        """Paragraph i (two clauses or more, 30 characters or more) has every clause in one
        longer paragraph. Most paragraphs are settled by their first clause alone: when no other
        paragraph contains it as text, none holds it as a clause."""
        text = self.squeezed[i]
        first = _CLAUSES.search(text)
        if len(text) < 30 or first is None or (first.start() and joined.count(text[: first.start()]) < 2):
            return False
        parts = [c for c in _CLAUSES.split(text) if c]
        if len(parts) < 2:
            return False
        own = set(parts)
        return any(
            j != i and len(self.squeezed[j]) > len(text) and own <= set(_CLAUSES.split(self.squeezed[j]))
            for j in unique
        )

    # -- metadata

    def _dropped(self, lo: int, hi: int) -> list[str]:
        return [self.lines[i] for i in range(lo, hi) if self.kinds[i] != _CONTENT]

    def published(self) -> str:
        """The date in the byline under the headline, else in the article's tail, else its dateline."""
        head = max(self.title_at, 0)
        for line in self._dropped(head, self.start) + self._dropped(self.start, self.end):
            if not _TODAY.search(line):
                iso = parse_date(line)
                if iso:
                    return iso
        if self.start < len(self.lines):
            m = _DATELINE.match(self.squeezed[self.start])
            if m:
                iso = _iso(int(m[1]), int(m[2]), int(m[3]))
                if iso:
                    return iso
        for line in self._dropped(0, head):
            if not _TODAY.search(line):
                iso = parse_date(line)
                if iso:
                    return iso
        return ""

    def author(self) -> str:
        """The author (or reporter) named in a byline; an editor only when no author is."""
        r = _rules()
        best: tuple[int, str] | None = None
        for i in range(self.end):
            if self.kinds[i] != _META:
                continue
            for m in r.author_label.finditer(self.lines[i]):
                rest = self.lines[i][m.end() :]
                names = _names(r.label_split.split(rest, maxsplit=1)[0])
                rank = r.author_rank[m.group(1)]
                if names and (best is None or rank < best[0]):
                    best = (rank, names)
        return best[1] if best else ""

    def site(self) -> str:
        """The site's name where the page states it: banner, "本文由…发布", dateline, copyright."""
        candidates = self._dropped(0, self.end) + self.lines[self.end :]
        for pattern in _rules().sites:
            for line in candidates:
                m = pattern.search(line)
                if m:
                    return m.group("site")
        return ""


_NAME = re.compile(f"[{_HAN}·]{{2,5}}")
_NAME_SPLIT = re.compile(r"[\s、,，;；]+")


def _names(text: str) -> str:
    """Person names at the start of a byline's value: "柯哲人", "张三、李四"."""
    names = []
    for item in _NAME_SPLIT.split(text.strip()):
        if not item:
            continue
        if not _NAME.fullmatch(item):
            break
        names.append(item)
    return "、".join(names[:4])


# What clean_text does to a text's lines before it reads them, in this order.
_LAYOUT_STAGES = (_columns, _layout_rows, _cues, _unit_rows, _spaced_rows, _csv_rows,
                  lambda text: _csv_rows(text, "\t"), _cell_rows, _reflow, _page_joins, _captions)
