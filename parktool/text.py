"""Chinese text primitives: decoding, width and script normalisation, segmentation.

Heavy resources (OpenCC's tables, the segmenter's dictionary) load on first use, so that
importing parktool and `parktool --help` stay instant.
"""

from __future__ import annotations

import operator
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from parktool.errors import InputError

# ---------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Encodings we try, strictly, when the bytes are not UTF-8, by family: the first of a family that
# decodes is its candidate; charset-normalizer breaks ties. Big5 comes in variants: Microsoft's
# cp950 and Hong Kong's HKSCS (the pinyin tone letters of a Macau or Hong Kong reprint: 產(chǎn))
# add characters that plain Big5 lacks.
_CJK_FALLBACKS = (("gb18030",), ("big5", "cp950", "big5hkscs"))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, encoding: str | None = None, name: str = "input") -> Decoded:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5 (with its
    cp950 and HKSCS variants).

    `encoding` overrides detection. Raises InputError for empty, binary, undecodable or
    oversized input (see `check_size`).
    """
    check_size(len(data), name)
    if encoding:
        try:
            return Decoded(_strip_bom(data.decode(encoding)), encoding.lower())
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid {encoding} at byte {e.start}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _after_bom(data, bom, enc, name)
    return _detect(data, name)


def _after_bom(data: bytes, bom: bytes, enc: str, name: str) -> Decoded:
    """Text behind a byte order mark, unless the mark lies (a UTF-8 or GBK text behind FF FE,
    GBK behind EF BB BF): then what follows the mark is detected like any other input."""
    try:
        text = _strip_bom(data.decode(enc))
    except UnicodeDecodeError:
        return _detect(data[len(bom):], name)
    if enc == "utf-16" and not _readable(text):
        # Any even run of bytes decodes as UTF-16: noise says the mark lies, if the rest reads
        # as UTF-8, GB18030 or Big5 with more Chinese in it.
        try:
            rest = _detect(data[len(bom):], name)
        except InputError:
            rest = None
        if rest is not None and not rest.encoding.startswith("utf-16") and _readable(rest.text) \
                and len(_HAN.findall(rest.text[:4000])) > len(_HAN.findall(text[:4000])):
            return rest
    return Decoded(text, "utf-16" if enc == "utf-16" else "utf-8-sig")


def _detect(data: bytes, name: str) -> Decoded:
    """Bytes without a byte order mark: UTF-16 by its NULs, else UTF-8, else GB18030 or Big5."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if _looks_utf16(data) or (b"\x00" in data[:8192] and len(data) % 2 == 0):
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                decoded = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _readable(decoded):
                return Decoded(decoded, enc)
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_cjk(data, name)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NUL in every other byte of the first kilobyte."""
    head = data[:1024]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > 0.3 * len(odd)) != (even.count(0) > 0.3 * len(even))


def _readable(text: str) -> bool:
    """Mostly Chinese, ASCII text or punctuation: a plausible decoding, not noise."""
    sample = text[:4000]
    good = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or " " <= ch <= "~" or ch in "\n\r\t"
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u206f")
    return bool(sample) and good >= 0.9 * len(sample)


def _decode_cjk(data: bytes, name: str) -> Decoded:
    candidates = []
    for family in _CJK_FALLBACKS:
        for enc in family:
            try:
                candidates.append((enc, data.decode(enc)))
                break
            except UnicodeDecodeError:
                pass
    if len(candidates) == 1:
        return _checked(*candidates[0], name)
    if candidates:
        # Both decode: the one whose characters are common Chinese wins.
        best = max(candidates, key=lambda c: _cjk_plausibility(c[1]))
        return _checked(*best, name)
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise InputError(f"{name}: cannot decode (not UTF-8, UTF-16, GB18030 or Big5; try --encoding)")
    return _checked(match.encoding, str(match), name)


def _checked(enc: str, text: str, name: str) -> Decoded:
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.01 * max(1, min(len(text), 20000)):
        raise InputError(f"{name}: binary file (control characters after decoding as {enc})")
    return Decoded(text, enc)


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    # The 3,500 most frequent characters are all in GB2312's first level (B0A1–D7F9).
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _cjk_plausibility(text: str) -> float:
    common = _common_hanzi()
    han = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    # Traditional text decoded as Big5 has many characters outside the simplified core;
    # count them through OpenCC's simplification, which maps them into it.
    simplified = to_simplified("".join(han))
    return sum(ch in common for ch in simplified) / len(han)


# ---------------------------------------------------------------- limits and storable text

MAX_DOCUMENT_MB = 16.0


def max_document_bytes() -> int:
    """The largest input read as one document: $PARKTOOL_MAX_DOCUMENT_MB megabytes, else 16.

    Articles and policy texts are kilobytes, a page with inline images a few megabytes. A
    larger input is a dump, not a document: cleaning and analysing it would take minutes and
    some 30 times its size in memory, so it is rejected instead of stalling an ingest.
    """
    value = os.environ.get("PARKTOOL_MAX_DOCUMENT_MB", "").strip()
    try:
        megabytes = float(value) if value else MAX_DOCUMENT_MB
    except ValueError:
        megabytes = -1.0
    if not megabytes > 0:
        from parktool.errors import UsageError

        raise UsageError(f"PARKTOOL_MAX_DOCUMENT_MB={value!r}: give a positive number of megabytes")
    return round(megabytes * (1 << 20))


def check_size(size: int, name: str = "input") -> None:
    """Raise InputError when `size` bytes are more than one document may be."""
    limit = max_document_bytes()
    if size > limit:
        raise InputError(f"{name}: too large for one document ({size / (1 << 20):.3g} MB; the limit is "
                         f"{limit / (1 << 20):.3g} MB, $PARKTOOL_MAX_DOCUMENT_MB)")


_SURROGATES = re.compile(r"[\ud800-\udfff]")
_WORD_WITH_SURROGATES = re.compile(r"[^\s/\\]*[\ud800-\udfff][^\s/\\]*")


def valid_text(text: str) -> str:
    """`text` without lone surrogates, so that SQLite, OpenCC and a UTF-8 terminal accept it.

    Python hands over the bytes of a file name or command-line argument that are not valid in
    the system's encoding as surrogates: a GBK file name unpacked from a Windows archive on a
    UTF-8 system, a query typed in a GBK terminal. Each word (or path component) holding such
    bytes is read as GB18030 when it decodes so (`园区.txt` stays readable); otherwise, and for
    any other lone surrogate (a JSON `\\ud800` escape), the surrogates become U+FFFD.
    """
    if not _SURROGATES.search(text):
        return text
    return _WORD_WITH_SURROGATES.sub(_valid_word, text)


def _valid_word(match: re.Match) -> str:
    word = match.group()
    try:
        return word.encode("utf-8", "surrogateescape").decode("gb18030")
    except UnicodeError:
        return _SURROGATES.sub("\ufffd", word)


# ---------------------------------------------------------------- normalisation

_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


_WIDTH = {o: o - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for o in range(r[0], r[1] + 1)}
_WIDTH.update({ord(ch): ord(ch) - 0xFEE0 for ch in "％．＋－＝／～＃＆＠＿"})


_WIDE_RUN = re.compile("[" + "".join(map(chr, sorted(_WIDTH))) + "]+")


def normalize_width(text: str) -> str:
    """Full-width ASCII (digits, letters, ％, ．) to half-width; other characters unchanged.

    Chinese punctuation (，。：；！？) is kept: it carries sentence structure. Only the runs of
    full-width characters are translated: `str.translate` over a whole Chinese text costs
    some 35 µs a kilobyte, the regex scan a tenth of that.
    """
    return _WIDE_RUN.sub(_narrow, text)


def _narrow(match: re.Match) -> str:
    return match.group().translate(_WIDTH)


# The head of a list item that opens a paragraph: 一是, 二、, （四）, 5．, and the bullets and
# emoji that open items in web and WeChat copy (●, ◆, ▶, ★, ✅, 📌, 🔥) (clean.py ends a
# hard-wrapped paragraph before one; metrics.py reads the park the item names).
LIST_ITEM_HEAD = (r"[一二三四五六七八九十]+[是、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)[ \t\u3000]*"
                  r"|[\u2022\u25a0-\u25ff\u2600-\u27bf\u2b50\U0001f300-\U0001faff][\ufe0f\s]*")

_CELL_GAP = re.compile(r"\t|(?<![A-Za-z]) +| +(?![A-Za-z])")


def line_end(text: str, at: int) -> int:
    """Where the line holding `text[at]` ends: its newline, or the end of the text."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def is_table_row(line: str) -> bool:
    """Whether a line is a table row: two gaps or more (a tab, or spaces not between English
    words). clean.py never joins one to the next line; metrics.py reads a run of them as a table."""
    return line.count(" ") + line.count("\t") >= 2 and len(_CELL_GAP.findall(line)) >= 2


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[,.;:]? [A-Za-z]+){5}")
ENGLISH_LINE_CHARS = 30  # an English paragraph, not a menu item or a caption


def _language(line: str) -> str:
    """"en" for an English paragraph (letters are most of it, Chinese characters next to none),
    "zh" for a Chinese one, "" for anything else (short, blank, mixed, figures only)."""
    chars = len(line) - line.count(" ")
    cjk = len(_CJK.findall(line))
    if chars >= ENGLISH_LINE_CHARS and cjk * 10 <= chars and len(_LATIN.findall(line)) * 2 >= chars:
        return "en"
    return "zh" if cjk >= 10 and cjk * 2 >= chars else ""


def _digits(line: str) -> set[str]:
    """The numbers of a line as bare digit strings, whatever their scale or separators: 1.86
    billion and 18.6亿 both read 186, 56,000 TEUs and 5.6万 both 56."""
    return {d for m in _NUMBER.finditer(line) if (d := m.group().replace(",", "").replace(".", "").strip("0"))}


def translations(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that translate the Chinese paragraph beside them into English, on a
    bilingual page (each English paragraph before or after its Chinese version).

    An English paragraph is a translation when most of its numbers (read as bare digits, so that
    1.86 billion matches 18.6亿) stand in the Chinese paragraph right before or after it; once
    one is, an English paragraph without numbers beside a Chinese one is taken for a translation
    too. A page in English only, or an English paragraph stating figures of its own, has none."""
    if not _ENGLISH_RUN.search(text):  # most pages: no six English words in a row
        return []
    starts, lines = [], text.split("\n")
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    kept = [k for k, line in enumerate(lines) if line.strip()]
    language = {k: _language(lines[k]) for k in kept}
    if "en" not in language.values():
        return []
    found, numberless = [], []
    for i, k in enumerate(kept):
        if language[k] != "en":
            continue
        beside = [kept[j] for j in (i - 1, i + 1) if 0 <= j < len(kept) and language[kept[j]] == "zh"]
        if not beside:
            continue
        numbers = _digits(lines[k])
        if not numbers:
            numberless.append(k)
        elif any(len(numbers & _digits(lines[j])) * 5 >= len(numbers) * 3 for j in beside):
            found.append(k)
    if found:
        found += numberless
    return sorted((starts[k], starts[k] + len(lines[k])) for k in found)


def normalize_space(text: str) -> str:
    """Unify line ends, drop zero-width characters, fold runs of spaces, trim lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


# ---------------------------------------------------------------- script

@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified script with OpenCC (phrase-aware); simplified text is unchanged.

    OpenCC reads UTF-8, so lone surrogates (undecodable bytes of an argument) go first, as
    `valid_text` reads them."""
    return _t2s().convert(valid_text(text)) if text else text


_HAN = re.compile(r"[\u4e00-\u9fff]")


def detect_script(text: str, simplified: str | None = None) -> str:
    """`hant` when a noticeable share of Han characters are traditional, else `hans`."""
    if simplified is None:
        simplified = to_simplified(text)
    if text == simplified:  # nothing to simplify (most documents): no need to count
        return "hans"
    han = len(_HAN.findall(text))
    # OpenCC changes only Han characters, so every difference is a traditional character.
    changed = sum(map(operator.ne, text, simplified)) if len(text) == len(simplified) else \
        sum(1 for a, b in zip(text, simplified) if a != b)
    return "hant" if han and changed / han > 0.05 else "hans"


# ---------------------------------------------------------------- segmentation

ENGINES = ("rjieba", "jieba")


def engine() -> str:
    """The segmenter in use: $PARKTOOL_SEGMENTER, else rjieba (jieba is the reference)."""
    name = os.environ.get("PARKTOOL_SEGMENTER", "rjieba").strip().lower() or "rjieba"
    if name not in ENGINES:
        from parktool.errors import UsageError

        raise UsageError(f"PARKTOOL_SEGMENTER={name!r}: choose one of {', '.join(ENGINES)}")
    return name


@lru_cache(maxsize=None)
def _segmenter(name: str):
    if name == "jieba":
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        return tokenizer
    import rjieba

    return rjieba.Jieba()


_added: dict[str, None] = {}  # every word given to add_words, in order
_loaded: set[str] = set()  # engines holding the shipped and added words: only ever grows
_words_lock = threading.Lock()  # guards _added, _loaded and adding words to an engine


def add_words(words: Iterable[str]) -> None:
    """Keep these words (park names, taxonomy terms) as single tokens in every engine."""
    with _words_lock:
        for word in words:
            word = word.strip()
            if word and word not in _added:
                _added[word] = None
                for name in _loaded:
                    _add_to(name, word)


def _add_to(name: str, word: str) -> None:
    """Add a word with the frequency that makes the segmenter keep it whole (jieba's
    `suggest_freq`), computed and applied the same way in both engines so they agree."""
    seg = _segmenter(name)
    if name == "jieba":
        seg.add_word(word, freq=seg.suggest_freq(word, tune=False))
    else:
        seg.add_word(word, seg.suggest_freq(word), None)


def _ready(name: str):
    """The engine, holding the shipped and added words before anyone segments with it.

    An engine counts as loaded only once its words are in, and loading happens under the
    lock: a thread arriving meanwhile (threaded Dask workers, whose threads start at
    different times) waits for the words instead of segmenting without them.
    """
    if name not in _loaded:
        with _words_lock:
            if name not in _loaded:
                for word in shipped_words():
                    _add_to(name, word)
                for word in _added:
                    _add_to(name, word)
                _loaded.add(name)
    return _segmenter(name)


@lru_cache(maxsize=1)
def shipped_words() -> tuple[str, ...]:
    """Words of the shipped user dictionaries (parktool/data/userdict*.txt, one word a line).

    They are loaded into every engine before the first segmentation, so that the index and
    every later query split text the same way.
    """
    from importlib import resources

    words: list[str] = []
    data = resources.files("parktool") / "data"
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("userdict") and entry.name.endswith(".txt"):
            for line in entry.read_text(encoding="utf-8").splitlines():
                word = line.split("#", 1)[0].split()
                if word:
                    words.append(word[0])
    return tuple(dict.fromkeys(words))


def segment(text: str, engine_name: str | None = None) -> list[str]:
    """Words of `text` (HMM off, so both engines agree token for token); spaces dropped."""
    return list(filter(str.strip, _tokens(text, engine_name)))


def segmented(text: str, engine_name: str | None = None) -> str:
    """`text` as space-separated words, the form the full-text index and queries share.

    Joined straight from the engine's tokens, filtered in C (`filter(str.strip, ...)`): a
    Python loop building a list first added 0.08 ms a document to rjieba's 0.2, this 0.055."""
    return " ".join(filter(str.strip, _tokens(text, engine_name)))


def _tokens(text: str, engine_name: str | None) -> list[str]:
    """Every token of `text`, spaces and line ends included."""
    name = engine_name or engine()
    seg = _ready(name)
    return seg.lcut(text, HMM=False) if name == "jieba" else seg.cut(text, False)
