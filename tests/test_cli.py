"""The command line's contract: exit codes, stdout for data, stderr for people."""

import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS, run


def test_read_commands_on_a_missing_corpus_exit_2_and_create_nothing(corpus_path):
    for args in (["stats"], ["export", "documents"], ["parks"], ["metrics"], ["show", "abc"]):
        r = run(*args)
        assert r.code == 2, args
        assert r.stdout == ""
        assert "no corpus here" in r.stderr and "Traceback" not in r.stderr
    assert not corpus_path.exists()


def test_missing_input_is_a_usage_error_before_any_corpus_is_created(corpus_path):
    r = run("ingest", "no/such/file.txt")
    assert r.code == 2
    assert r.stderr.strip() == "parktool: no/such/file.txt: no such file or folder"
    assert not corpus_path.exists()


def test_bad_option_value_is_exit_2():
    r = run("stats", "--by", "nothing")
    assert r.code == 2


@pytest.mark.parametrize("args, line", [
    (["search", "--limit", "abc", "园区"],
     "search: Invalid value for '--limit': 'abc': Input should be a valid integer, unable to parse"
     " string as an integer; see 'parktool search -h'"),
    (["search", "园区", "--limit", "-5"],
     "search: Invalid value for '--limit': '-5': Input should be greater than or equal to 0;"
     " see 'parktool search -h'"),
    (["export", "nosuch"],
     "export: Invalid value for 'table': 'nosuch' is not one of 'documents', 'metrics', 'parks',"
     " 'tags', 'duplicates'; see 'parktool export -h'"),
    (["search"], "search: Missing argument 'query'; see 'parktool search -h'"),
    (["nosuch"], "No such command 'nosuch'; see 'parktool -h'"),
    (["search", "--limt", "5", "园区"], "search: No such option: --limt (Possible options: --limit, --site);"
     " see 'parktool search -h'"),
    (["search", "-园区"], "search: No such option: -园 (an argument that starts with a dash goes"
     " after --: parktool search -- -园区); see 'parktool search -h'"),
])
def test_a_usage_error_is_one_line_naming_the_command_and_the_input(args, line):
    r = run(*args)
    assert (r.code, r.stdout, r.stderr) == (2, "", f"parktool: {line}\n")


def test_a_query_that_starts_with_a_dash_goes_after_two_dashes():
    assert run("ingest", SEEDS).code == 0
    r = run("search", "--format", "tsv", "--", "-园区")
    assert r.code == 0 and r.stdout.startswith("doc_id\tscore\t")


def test_db_option_beats_environment(tmp_path, corpus_path):
    r = run("--db", tmp_path / "other.db", "stats")
    assert r.code == 2 and "other.db" in r.stderr


def test_corrupt_corpus_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 512)
    r = run("--db", bad, "stats")
    assert r.code == 2
    assert "not a parktool corpus or damaged" in r.stderr
    assert "Traceback" not in r.stderr


def test_every_command_has_help_with_an_example():
    from parktool.cli import app

    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        doc = command.callback.__doc__ or ""
        assert "Example: parktool" in doc, name
        assert run(name, "--help").code == 0


def test_installed_entry_point_and_module_run():
    r = subprocess.run([sys.executable, "-m", "parktool", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and r.stdout.startswith("parktool ")


def test_every_command_and_option_is_in_the_reference():
    from typer.main import get_command

    from parktool.cli import app

    reference = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    for name, command in get_command(app).commands.items():
        assert f"## {name}" in reference, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",):
                    assert f"`{opt}" in reference or f"{opt} " in reference, (name, opt)


def test_cooccurrence_edge_list(tmp_path):
    from conftest import SEEDS

    assert run("ingest", SEEDS).code == 0
    assert run("tag").code == 0
    r = run("stats", "--cooccurrence", "tags", "--format", "csv")
    assert r.code == 0
    lines = r.stdout.strip().split("\r\n")
    assert lines[0] == "source,target,weight" and len(lines) > 1
    assert run("stats", "--cooccurrence", "tags", "--measure", "nope").code == 2


def test_park_names_unify_across_articles_under_the_official_name(tmp_path):
    (tmp_path / "a.txt").write_text("浙江金华经济技术开发区召开大会\n\n浙江金华经济技术开发区今年新引进项目12个，总投资80亿元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("金华开发区签约新项目\n\n金华开发区今年签约项目5个，总投资30亿元。", encoding="utf-8")
    assert run("ingest", tmp_path).code == 0
    import json

    parks = {p["park"]: p for p in json.loads(run("parks", "--format", "json").stdout)}
    assert "金华经济技术开发区" in parks and parks["金华经济技术开发区"]["documents"] == 2
    assert "金华开发区" in parks["金华经济技术开发区"]["aliases"].split("|")


def test_a_fact_names_its_park_as_its_article_does_and_the_corpus_makes_one_park(tmp_path):
    """eval/GUIDE.md: a fact's park is the fullest form its own article uses. One article says
    雄安新区, another 河北雄安新区 (the official name): each fact keeps its article's name in
    `park`, `corpus_park` holds the one name across the corpus, and `parks`, `--park` and
    `compare` treat both as one park."""
    (tmp_path / "a.txt").write_text("雄安新区建设提速\n2023年，雄安新区完成固定资产投资1500亿元，同比增长12.3%。",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("河北雄安新区发布年报\n2023年，河北雄安新区新增市场主体2.1万户，同比增长15.6%。",
                                    encoding="utf-8")
    assert run("ingest", tmp_path / "a.txt", tmp_path / "b.txt").code == 0
    lines = run("export", "metrics", "--format", "csv").stdout.splitlines()
    header = lines[0].split(",")
    assert header[:11] == ["doc_id", "source", "park", "indicator", "value", "unit", "dimension",
                           "qualifier", "year", "raw", "sentence"]
    assert header[11] == "corpus_park"
    rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
    assert sorted((r["raw"], r["park"], r["corpus_park"]) for r in rows) == sorted([
        ("1500亿元", "雄安新区", "河北雄安新区"), ("12.3%", "雄安新区", "河北雄安新区"),
        ("15.6%", "河北雄安新区", "河北雄安新区"), ("2.1万户", "河北雄安新区", "河北雄安新区")])
    parks = run("parks", "--format", "csv").stdout.splitlines()
    assert parks[1].startswith("河北雄安新区,雄安新区,河北省,") and len(parks) == 2
    assert len(run("metrics", "--park", "雄安新区", "--format", "csv").stdout.splitlines()) == 5
    chars = sum(int(line.split(",")[6]) for line in run("export", "documents", "--format", "csv").stdout.splitlines()[1:])
    assert run("stats", "--by", "park", "--format", "csv").stdout.splitlines() == [
        "key,documents,chars,metrics", f"河北雄安新区,2,{chars},4"]
