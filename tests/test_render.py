import io
import json

import pytest

from parktool.render import Format, cell, neutralise, render

ROWS = [{"a": "丽水经开区", "b": 11000000000.0, "c": None}, {"a": 'x,"y"', "b": 12.4, "c": 3}]


def out(fmt, **kw):
    buf = io.StringIO()
    render(ROWS, ["a", "b", "c"], fmt, out=buf, **kw)
    return buf.getvalue()


def test_csv_is_rfc4180_without_bom():
    assert out(Format.csv) == 'a,b,c\r\n丽水经开区,11000000000,\r\n"x,""y""",12.4,3\r\n'


def test_csv_bom_on_request():
    assert out(Format.csv, bom=True).startswith("\ufeffa,b,c")


def test_tsv():
    assert out(Format.tsv).splitlines()[1] == "丽水经开区\t11000000000\t"


def test_json_keeps_chinese_and_numbers():
    assert json.loads(out(Format.json)) == ROWS
    assert "丽水经开区" in out(Format.json)


def test_jsonl_one_object_a_line():
    lines = out(Format.jsonl).splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_empty_json_is_an_empty_array():
    buf = io.StringIO()
    render([], ["a"], Format.json, out=buf)
    assert json.loads(buf.getvalue()) == []


@pytest.mark.parametrize("value, expected", [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+86 123", "'+86 123"), ("@SUM(A1)", "'@SUM(A1)"), ("-3.2", "-3.2"), ("-1e5", "-1e5"),
    ("-abc", "'-abc"), ("\tx", "'\tx"), ("园区", "园区"),
])
def test_formula_like_cells_are_neutralised(value, expected):
    assert neutralise(value) == expected


def test_raw_cells_on_request():
    buf = io.StringIO()
    render([{"a": "=1+1"}], ["a"], Format.csv, out=buf, raw_cells=True)
    assert buf.getvalue() == "a\r\n=1+1\r\n"


@pytest.mark.parametrize("value, text", [(None, ""), (2.0, "2"), (0.1, "0.1"), (True, "1"), (["a", "b"], "a|b"),
    (5000 * 666.6666666666666, "3333333.33333"), (1e300, "1e+300")])
def test_cell(value, text):
    assert cell(value) == text


def test_table_cells_are_text_not_markup():
    buf = io.StringIO()
    render([{"a": "[图][/x] 丽水"}], ["a"], Format.table, out=buf)
    assert "[图][/x] 丽水" in buf.getvalue()
