"""The numeral grammar of Chinese news: Arabic, Chinese and mixed numerals, ranges, products,
and the qualifiers (约, 超过, 余, 以上 …) that make a figure approximate or a bound.

A *quantity* is what stands before a unit: `1.2万亿`, `三十余`, `10-20亿`, `2×34万`. `QUANTITY`
is its regular expression (named groups: num, lowmult, range, num2, times, inside, mult);
`read_quantity` turns a match into a value. `metrics` appends the unit lexicon to the same expression, so a
numeral is parsed in one place only; `find_numbers` is the stand-alone scanner.

Qualifier words are data (parktool/data/metrics_grammar.toml).
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 1e4, "亿": 1e8, "兆": 1e12}  # 兆 as written in Taiwan: 1.2兆元
MULTIPLIERS = {**_SMALL, **_BIG}

# Banker's numerals, as tenders, contracts and budgets write amounts (人民币陆拾万元整): read as
# the ordinary ones, in a numeral of two characters or more (陆家嘴 is no 6 家, 伍先生 no figure)
BANKER = "壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟"
_BANKER_PLAIN = str.maketrans(BANKER, "一二二三三四五六六七八九十百千")
CN_CHARS = "零〇一二两三四五六七八九十百千万亿" + BANKER
NUMERAL_CHARS = CN_CHARS + "0123456789"

# Arabic with optional thousands separators and decimals, then multipliers (1,200万, 1.2万亿);
# or Chinese numerals with an optional 点 decimal (两千三百, 三点五). Lazy, so that a following
# unit that starts with a multiplier character wins (34万千瓦 is 34万 + 千瓦).
# Hong Kong's and Taiwan's officials group thousands with a space (約11 900家): read so only right
# after a Chinese character, where no table's cells are.
_SPACED = r"\d{1,3}(?: \d{3})+(?![\d.]| \d)"
_GROUPED = r"\d{1,3}(?:,\d{3})+(?!\d)"
_ARABIC = rf"(?:{_GROUPED}|(?<=[\u4e00-\u9fff]){_SPACED}|\d+)(?:\.\d+)?"
# Two big units in one Arabic numeral, as Taiwan and Hong Kong write: 1兆3,256亿, 1兆1,265.4亿, 17万8,463,
# 16万3千 (but 5万3千瓦 is 5万 and 3千瓦).
_COMPOUND = (r"\d+(?:兆\d{1,4}(?:\.\d+)?亿|兆\d,\d{3}(?:\.\d+)?亿|兆\d[千百]亿|亿\d{1,4}(?:\.\d+)?万|亿\d,\d{3}(?:\.\d+)?万|亿\d[千百]万"
             r"|万(?:\d,\d{3}|\d{4})(?![\d,万亿])|万\d[千百](?![\d,万亿瓦米克]))")
# A Chinese numeral starts where a run of numeral characters starts (so a run is tried once, not
# from each of its characters) and is at most 12 characters long.
NUMERAL = (rf"(?:{_COMPOUND}|{_ARABIC}[十百千万亿兆]*?"
           rf"|(?<![{CN_CHARS}])[{CN_CHARS}]{{1,12}}?(?:点[零〇一二两三四五六七八九]{{1,6}})?)")
# Spaces around Arabic numbers (增长 5.2%, GDP 500 亿元) are allowed, one at a time; a spoken 个
# before 亿 (八百四十多个亿, 二十六个多亿) is part of the quantity.
QUANTITY = (rf"(?P<num>{NUMERAL})[ \t]?"
            rf"(?:(?P<lowmult>[万亿兆]*)[ \t]?(?P<range>[-~～—–]|至|到)[ \t]?(?P<num2>{NUMERAL}))?"
            rf"(?:[ \t]?[×*][ \t]?(?P<times>{NUMERAL}))?"
            r"(?P<inside>余|多|几|来|\+(?![\dA-Za-z]))?(?:个(?P<spoken>多)?(?=亿(?!元)))?(?P<mult>[万亿兆]*?)")
# A numeral must not continue a number, a decimal, a model name (EX5, B2B) or a code.
NOT_BEFORE = r"(?<![0-9.A-Za-z_])"


@dataclass(frozen=True)
class Quantity:
    """The value of a quantity as written, before any unit."""

    value: float
    qualifier: str  # "" | "~" | ">" | "<" from inside the quantity (三十余, 20多)
    chinese: bool  # written in Chinese numerals only (五大, 三十余)
    bare: bool  # a multiplier with no count before it (百亿, 千, 万)


@dataclass(frozen=True)
class Number:
    """A number found in text by `find_numbers`, with the qualifier written around it."""

    value: float
    qualifier: str
    raw: str
    start: int
    end: int


_COMPOUND_PARTS = re.compile(r"(\d+)(兆|亿|万)(\d,\d{3}(?:\.\d+)?|\d{1,4}(?:\.\d+)?|\d[千百])(亿|万|)")
_ARABIC_PARTS = re.compile(rf"((?:{_GROUPED}|{_SPACED}|\d+)(?:\.\d+)?)([{''.join(MULTIPLIERS)}]*)")


@lru_cache(maxsize=8192)
def parse_numeral(s: str) -> float | None:
    """Value of one numeral: `1,200` 1200, `1.2万亿` 1.2e12, `两千三百` 2300, `百亿` 1e10.

    None when `s` is not a well-formed numeral (or its value is not finite).
    """
    s = s.strip()
    if not s:
        return None
    compound = _COMPOUND_PARTS.fullmatch(s)
    if compound and (compound.group(4) or len(compound.group(3).replace(",", "")) == 4
                     or compound.group(3)[-1] in _SMALL):
        big, small = MULTIPLIERS[compound.group(2)], MULTIPLIERS.get(compound.group(4), 1.0)
        middle = compound.group(3).replace(",", "")
        if middle[-1] in _SMALL:
            small *= _SMALL[middle[-1]]
            middle = middle[:-1]
        value = int(compound.group(1)) * big + float(middle) * small
    elif s[0].isdigit():
        m = _ARABIC_PARTS.fullmatch(s)
        if not m:
            return None
        value = float(m.group(1).replace(",", "").replace(" ", ""))
        for ch in m.group(2):
            value *= MULTIPLIERS[ch]
    else:
        plain = s.translate(_BANKER_PLAIN)
        value = None if plain != s and len(s) < 2 else _chinese(plain)
    return value if value is not None and math.isfinite(value) else None


def _chinese(s: str) -> float | None:
    """Chinese numerals, split on the largest multiplier: 一亿二千万 = 1 × 1e8 + 2000 × 1e4."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not frac or any(ch not in DIGITS for ch in frac):
            return None
        head = _chinese(whole) if whole else 0.0
        return None if head is None else head + float("0." + "".join(str(DIGITS[c]) for c in frac))
    if any(ch not in CN_CHARS for ch in s):
        return None
    for big, factor in (("亿", 1e8), ("万", 1e4)):
        i = s.rfind(big)
        if i >= 0:
            left = _chinese(s[:i]) if s[:i] else 1.0
            rest = s[i + 1:]
            if left is None:
                return None
            if len(rest) == 1 and rest in DIGITS and rest not in "零〇":
                right: float | None = DIGITS[rest] * factor / 10  # 一万二 is 12000
            else:
                right = _chinese(rest) if rest else 0.0
            return None if right is None else left * factor + right
    return _below_ten_thousand(s)


def _below_ten_thousand(s: str) -> float | None:
    if all(ch in DIGITS for ch in s):
        # 二〇一九 is read digit by digit; 三五 (three to five) has no single value.
        if len(s) == 1 or "〇" in s or "零" in s or len(s) >= 3:
            return float("".join(str(DIGITS[c]) for c in s))
        return None
    total, digit, last_unit = 0.0, None, 10_000
    for ch in s:
        if ch in "零〇":
            digit = None
        elif ch in DIGITS:
            if digit is not None:
                return None  # 二三十: a vague range, not a number
            digit = DIGITS[ch]
        else:
            unit = _SMALL[ch]
            if unit >= last_unit:
                return None  # 百千, 十十: not a numeral
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    if digit is not None:
        # 三千五 is 3500: a digit straight after 百 or 千 counts in the next lower unit.
        total += digit * (last_unit // 10 if s[-2] in "百千" else 1)
    return total


# Two neighbouring digits are a spoken estimate, a range read as its low end: 两三千人 (2000 to
# 3000), 二三十家. 二〇, 一九 and longer runs of digits are years and codes; 一两 (做强一两条产业链)
# and 三五 (三五成群) say "a few".
_VAGUE = re.compile(r"(?<![零〇一二两三四五六七八九])(二三|两三|三四|四五|五六|六七|七八|八九)"
                    r"(?![零〇一二两三四五六七八九])")


def _own_multiplier(num: str) -> float:
    """The multipliers written at the end of an Arabic numeral (`5000万` -> 1e4), else 1."""
    factor = 1.0
    if num[0].isdigit():
        for ch in reversed(num):
            if ch not in MULTIPLIERS:
                break
            factor *= MULTIPLIERS[ch]
    return factor


def read_quantity(m: re.Match) -> Quantity | None:
    """The value of a `QUANTITY` match: multipliers applied, a range read as its low end,
    a product multiplied out. None when a part is not a numeral or the value is not finite."""
    num, lowmult, num2, times, inside, spoken, mult = m.group("num", "lowmult", "num2", "times", "inside", "spoken", "mult")
    return _quantity(num, lowmult, num2, times, inside or spoken, mult)


@lru_cache(maxsize=16384)
def _quantity(num: str, lowmult: str | None, num2: str | None, times: str | None, inside: str | None,
              mult_written: str | None) -> Quantity | None:
    """`read_quantity` by the parts written: pure, and the same few quantities recur (3个, 10亿元),
    so it is cached rather than worked out again for every figure."""
    if mult_written and mult_written[0] == "万" and "亿" in num and not num.endswith("亿"):
        num, mult_written = num + "万", mult_written[1:]  # 六十六亿八千万元: the 万 counts the 八千
    mult = 1.0
    for ch in mult_written or "":
        mult *= MULTIPLIERS[ch]
    vague = num2 is None and (m := _VAGUE.search(num)) is not None
    if vague:
        num = num[:m.start()] + num[m.start()] + num[m.end():]
    value = parse_numeral(num)
    if value is None:
        return None
    if num2 is not None:
        if parse_numeral(num2) is None:
            return None
        # 10-20亿: the low end borrows the multipliers written after the high end;
        # 5000万-1亿 has its own.
        low_mult = 1.0
        for ch in lowmult or "":
            low_mult *= MULTIPLIERS[ch]
        if low_mult == 1.0 and _own_multiplier(num) == 1.0:
            value *= _own_multiplier(num2) * mult
        else:
            value *= low_mult
    else:
        value *= mult
    if times is not None:
        factor = parse_numeral(times)
        if factor is None:
            return None
        value *= factor
    if not math.isfinite(value):
        return None
    chinese = not any(ch.isdigit() for ch in num)
    bare = chinese and all(ch in "百千万亿" for ch in num) and num2 is None and times is None
    return Quantity(value, "~" if vague else _inside_qualifier().get(inside or "", ""), chinese, bare)


# ---------------------------------------------------------------- qualifiers


@lru_cache(maxsize=1)
def _grammar() -> dict:
    data = resources.files("parktool") / "data" / "metrics_grammar.toml"
    return tomllib.loads(data.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _inside_qualifier() -> dict[str, str]:
    return {w: q for q, words in _grammar()["qualifiers"]["inside"].items() for w in words}


@lru_cache(maxsize=1)
def _before_pattern() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    table = {w: q for q, words in _grammar()["qualifiers"]["before"].items() for w in words}
    words = sorted(table, key=len, reverse=True)
    pattern = re.compile("(?:" + "|".join(map(re.escape, words)) + ")[ \t]?$")
    return pattern, table, frozenset(_grammar()["qualifiers"]["not_after"])


@lru_cache(maxsize=1)
def _after_pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = {w: q for q, words in _grammar()["qualifiers"]["after"].items() for w in words}
    words = sorted(table, key=len, reverse=True)
    # 上下 before 游 is 上下游 (upstream and downstream), not "about".
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?!游|级|班|半)"), table


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before `start` (约, 超过, 不足 …) and where it begins.

    A one-character qualifier that ends another word is none: 签约796户, 通过3年.
    """
    pattern, table, not_after = _before_pattern()
    m = pattern.search(text, max(0, start - 5), start)
    if m is None:
        return "", start
    word = m.group().rstrip(" \t")
    if len(word) == 1 and m.start() > 0 and text[m.start() - 1] in not_after:
        return "", start
    return table[word], m.start()


def qualifier_after(text: str, end: int) -> tuple[str, int]:
    """The qualifier written just after `end` (以上, 左右 …) and where it ends."""
    pattern, table = _after_pattern()
    m = pattern.match(text, end)
    return (table[m.group()], m.end()) if m else ("", end)


_STANDALONE = re.compile(NOT_BEFORE + QUANTITY + rf"(?![{NUMERAL_CHARS}.])")


def find_numbers(text: str) -> list[Number]:
    """Every number in `text` with its qualifier: `超过200` is 200 with `>`, `三十余` 30 with `>`,
    `10-20亿` 1e9. Numbers inside words (一体化, 统一) are found too: the caller decides what
    counts, usually by the unit that follows (see `metrics`)."""
    out = []
    for m in _STANDALONE.finditer(text):
        q = read_quantity(m)
        if q is None:
            continue
        before, start = qualifier_before(text, m.start())
        after, end = qualifier_after(text, m.end())
        out.append(Number(q.value, before or q.qualifier or after, text[start:end], start, end))
    return out
