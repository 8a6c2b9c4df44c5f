"""The numeral grammar: one row per way Chinese news writes a number."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parktool.numbers import find_numbers, parse_numeral, qualifier_after, qualifier_before


@pytest.mark.parametrize("written, value", [
    ("98", 98),
    ("343.9", 343.9),
    ("1,200", 1200),
    ("12,345,678.5", 12345678.5),
    ("29784万", 297840000),
    ("1.2万亿", 1.2e12),
    ("16万3千", 163_000),
    ("1兆6千亿", 1.6e12),
    ("2亿3千万", 230_000_000),
    ("3千万", 3e7),
    ("5百万", 5e6),
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("三十", 30),
    ("两千三百", 2300),
    ("三千零五", 3005),
    ("三千五", 3500),  # colloquial: the digit after 千 counts hundreds
    ("一万二", 12000),
    ("三十万", 300000),
    ("一亿二千万", 1.2e8),
    ("三万亿", 3e12),
    ("百亿", 1e10),
    ("千亿", 1e11),
    ("万亿", 1e12),
    ("三点五", 3.5),
    ("二〇一九", 2019),
    ("1.2兆", 1.2e12),  # Taiwan's 兆
    ("1兆3,256亿", 1.3256e12),  # two big units in one numeral, as Taiwan writes
    ("1兆1,265.4亿", 1.12654e12),  # … with a decimal
    ("3亿2.5万", 300_025_000),
    ("17万8,463", 178463),
    ("2亿5000万", 2.5e8),
    ("陆拾万", 600000),  # banker's numerals, as tenders and contracts write amounts
    ("壹佰贰拾叁万肆仟", 1234000),
    ("伍仟", 5000),
])
def test_parse_numeral(written, value):
    assert parse_numeral(written) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("written", ["", "三五", "二三十", "百千", "十十", "1.2.3", "abc", "9" * 400, "3万5", "陆", "伍"])
def test_parse_numeral_rejects(written):
    """Vague ranges (三五), malformed numerals, numbers beyond a float and a banker's digit alone
    (陆家嘴, 伍先生: a name) are no value."""
    assert parse_numeral(written) is None


@pytest.mark.parametrize("text, value, qualifier, raw", [
    ("超过200辆", 200, ">", "超过200"),
    ("超百亿元", 1e10, ">", "超百亿"),
    ("逾千家", 1000, ">", "逾千"),
    ("过百亿", 1e10, ">", "过百亿"),
    ("约60亿元", 6e9, "~", "约60亿"),
    ("大约30家", 30, "~", "大约30"),
    ("近400亿元", 4e10, "~", "近400亿"),
    ("不足10%", 10, "<", "不足10"),
    ("不到5家", 5, "<", "不到5"),
    ("低于3%", 3, "<", "低于3"),
    ("三十余家", 30, ">", "三十余"),
    ("20多套", 20, ">", "20多"),
    ("十几家", 10, ">", "十几"),
    ("800来人", 800, "~", "800来"),
    ("500余幢", 500, ">", "500余"),
    ("1000余万元", 1e7, ">", "1000余万"),
    ("10-20亿元", 1e9, "", "10-20亿"),  # a range is its low end
    ("10至20亿", 1e9, "", "10至20亿"),
    ("5000万-1亿元", 5e7, "", "5000万-1亿"),
    ("2×34万千瓦", 680000 * 1000, "", "2×34万千"),  # without a unit, 千 is a multiplier
    ("签约796户", 796, "", "796"),  # 签约 is no 约
    ("通过3年", 3, "", "3"),  # 通过 is no 过
    ("注册港资企业约11 900家", 11900, "~", "约11 900"),  # Hong Kong groups thousands with a space
    ("聘用约15 000人", 15000, "~", "约15 000"),
    ("德阳经开区 912 850 23", 912, "", "912"),  # ... but a table's cells stay apart
    ("入驻企业4,600+家", 4600, ">", "4,600+"),  # a poster's + is more than
    # a 万 after 亿 and a lower digit counts that digit, before a unit too (六十六亿八千万元)
    ("营业收入六十六亿八千万元", 6.68e9, "", "六十六亿八千万"),
    ("营收1亿2千万元", 1.2e8, "", "1亿2千万"),
    # two neighbouring digits are a spoken estimate, read as the low end
    ("厂区有两三千人", 2000, "~", "两三千"),
    ("二三十家企业", 20, "~", "二三十"),
    ("招了四五百名工人", 400, "~", "四五百"),
])
def test_find_numbers(text, value, qualifier, raw):
    found = find_numbers(text)
    assert [(n.value, n.qualifier, n.raw) for n in found][:1] == [(pytest.approx(value), qualifier, raw)]


@pytest.mark.parametrize("text", ["三五成群", "一两条产业链", "二〇二三年", "一二三四"])
def test_find_numbers_reads_no_estimate_in_idioms_and_years(text):
    assert all(n.qualifier != "~" for n in find_numbers(text))


def test_find_numbers_skips_model_names():
    """Digits glued to letters are names (EX5, B2B, D3), not numbers."""
    assert find_numbers("EX5车型、B2B业务、维生素D3") == []


@pytest.mark.parametrize("text, start, qualifier, begin", [
    ("约60亿元", 1, "~", 0),
    ("超过200辆", 2, ">", 0),
    ("不超过5%", 3, "<", 0),
    ("签约796户", 2, "", 2),
    ("最近30天", 2, "", 2),
    ("年销量破10万辆", 4, ">", 3),  # 破 as headlines write it
    ("金价跌破400元", 4, "<", 2),
    ("打破3项纪录", 2, "", 2),  # 打破 is no 破
    ("冲破5000米", 2, "", 2),
    ("公司差不多六百人", 5, "~", 2),
    ("工程师大概两万", 5, "~", 3),
])
def test_qualifier_before(text, start, qualifier, begin):
    assert qualifier_before(text, start) == (qualifier, begin)


@pytest.mark.parametrize("text, end, qualifier, stop", [
    ("60万元以上;", 4, ">", 6),
    ("3A级及以上", 3, ">", 6),
    ("10人以下", 3, "<", 5),
    ("10%左右", 3, "~", 5),
    ("20亿元上下游", 4, "", 4),  # 上下游 is no 上下
    ("两千家出头，", 3, ">", 5),
])
def test_qualifier_after(text, end, qualifier, stop):
    assert qualifier_after(text, end) == (qualifier, stop)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,零〇一二两三四五六七八九十百千万亿兆点余多-至×约超过以上", max_size=40))
def test_find_numbers_never_raises(text):
    for n in find_numbers(text):
        assert math.isfinite(n.value)
        assert text[n.start:n.end] == n.raw
