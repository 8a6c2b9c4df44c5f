import re
import threading
import time

import pytest

from parktool import text as T
from parktool.errors import InputError

from conftest import SEEDS

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ?]+\)")


def seed(n: str) -> str:
    return next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("gb18030", "gb18030"),
])
@pytest.mark.parametrize("n", ["000", "001", "002", "004"])
def test_simplified_seeds_decode_in_every_encoding(n, encoding, label):
    original = seed(n)
    decoded = T.decode(original.encode(encoding))
    assert decoded.text == original
    assert decoded.encoding == label


def test_traditional_big5_is_detected():
    # 003's pinyin (and its `?` damage) has no Big5 form: remove it first, as the cleaner does.
    text = PINYIN.sub("", seed("003")).replace("?", "")
    decoded = T.decode(text.encode("big5", errors="ignore"))
    assert decoded.encoding == "big5"
    assert "鯉城高品質打造高新區科創中心" in decoded.text


def test_traditional_with_pinyin_in_big5_hkscs_is_detected():
    # 003 as a Hong Kong or Macau site would serve it: HKSCS has the pinyin's tone letters.
    original = seed("003")
    decoded = T.decode(original.encode("big5hkscs"))
    assert decoded.encoding == "big5hkscs"
    assert decoded.text == original


def test_gbk_prefers_gb18030_over_big5():
    decoded = T.decode("金华开发区找准赛道加速竞跑，规上工业增加值增长23.2%。".encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert decoded.text.startswith("金华开发区")


def test_utf16_without_bom():
    assert T.decode("丽水经开区".encode("utf-16-le")).text == "丽水经开区"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty input"),
    (b"  \n\t ", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
])
def test_rejections_name_the_problem(data, reason):
    with pytest.raises(InputError, match=reason):
        T.decode(data, name="x.bin")


def test_explicit_encoding_wins_and_errors_are_clear():
    assert T.decode("園區".encode("big5"), "big5").text == "園區"
    with pytest.raises(InputError, match="unknown encoding"):
        T.decode(b"abc", "no-such-codec", name="a.txt")
    with pytest.raises(InputError, match="not valid utf-8"):
        T.decode("园区".encode("gbk"), "utf-8", name="a.txt")


def test_width_and_space_normalisation():
    assert T.normalize_width("１２０亿元，增长５５．４％ＡＢ") == "120亿元，增长55.4%AB"
    assert T.normalize_space("a\u3000\u3000b \r\n  c\u200b ") == "a b\nc"


def test_script_detection_and_conversion():
    trad = "鯉城高品質打造高新區科創中心"
    assert T.detect_script(trad) == "hant"
    assert T.to_simplified(trad) == "鲤城高品质打造高新区科创中心"
    assert T.detect_script("丽水经开区打造万亩千亿新产业平台") == "hans"


def test_both_segmenters_agree_on_the_seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        body = T.to_simplified(path.read_text(encoding="utf-8"))
        assert T.segment(body, "rjieba") == T.segment(body, "jieba"), path.name


def test_added_words_take_effect_in_both_engines():
    sample = "瓯江口威马新能源汽车智能产业园日峰值产量"
    T.add_words(["瓯江口威马新能源汽车智能产业园"])
    for engine in T.ENGINES:
        assert T.segment(sample, engine)[0] == "瓯江口威马新能源汽车智能产业园"


def test_unknown_engine_is_a_usage_error(monkeypatch):
    from parktool.errors import UsageError

    monkeypatch.setenv("PARKTOOL_SEGMENTER", "thulac")
    with pytest.raises(UsageError, match="PARKTOOL_SEGMENTER"):
        T.segment("园区")


class _SlowEngine:
    """A segmenter that keeps added words whole and is slow to add them: a thread arriving while
    another loads the user words sees whether it waits for them."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.adding = threading.Event()

    def suggest_freq(self, word: str) -> int:
        return 1

    def add_word(self, word: str, freq: int, tag: None) -> None:
        self.adding.set()
        time.sleep(0.2)
        self.words.add(word)

    def cut(self, text: str, hmm: bool) -> list[str]:
        return [text] if text in self.words else list(text)


def test_a_thread_arriving_while_words_load_waits_for_them(monkeypatch):
    engine = _SlowEngine()
    monkeypatch.setattr(T, "_segmenter", lambda name: engine)
    monkeypatch.setattr(T, "shipped_words", lambda: ("鲤城高新区",))
    monkeypatch.setattr(T, "_loaded", set())
    monkeypatch.setattr(T, "_added", {})
    first = threading.Thread(target=T.segment, args=("鲤城高新区", "rjieba"))
    first.start()
    assert engine.adding.wait(5)  # the first thread is adding the shipped words now
    late = T.segment("鲤城高新区", "rjieba")
    first.join()
    assert late == ["鲤城高新区"]


def test_segmented_joins_the_words_and_drops_every_kind_of_space():
    text = " 园区\n\n\u3000丽水经开区 2023年\t产值 \r\n"
    assert T.segmented(text, "rjieba") == " ".join(T.segment(text, "rjieba")) == "园区 丽水 经 开 区 2023 年 产值"


# ---------------------------------------------------------------- bilingual pages

_BILINGUAL = (
    "滨江产业园位于青川经济开发区东部，规划面积8.6平方公里。\n"
    "Binjiang Industrial Park lies in the east of Qingchuan Economic Development Zone and covers 8.6 square kilometers.\n"
    "去年，开发区完成工业总产值315亿元，增长9.4%。\n"
    "Last year the zone produced industrial output worth RMB 31.5 billion, up 9.4 percent.\n"
    "The zone says it will keep improving services for companies.\n"
    "园区今年新增规上企业17家，新开工项目23个。\n"
)


def test_english_paragraphs_translating_their_neighbours_are_found():
    spans = T.translations(_BILINGUAL)
    english = [_BILINGUAL[lo:hi] for lo, hi in spans]
    assert english == [line for line in _BILINGUAL.split("\n") if line[:1].isascii() and line]


@pytest.mark.parametrize("text", [
    # English only: nothing beside it to translate
    "Qingchuan Economic Development Zone produced industrial output worth RMB 31.5 billion last year.\n"
    "It added 17 large industrial companies, the zone said in a statement on Monday.\n",
    # an English paragraph with figures of its own is not a translation of the Chinese before it
    "去年，开发区完成工业总产值315亿元，增长9.4%。\n"
    "Exports of the zone's 42 foreign companies reached USD 760 million, a record.\n",
    # a short English line (a menu, a caption) is not a paragraph
    "去年，开发区完成工业总产值315亿元，增长9.4%。\nEnglish | Home 315\n",
])
def test_no_translation_without_a_paragraph_restating_its_neighbour(text):
    assert T.translations(text) == []
