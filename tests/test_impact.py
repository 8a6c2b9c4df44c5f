"""The impact side index (Corpus.build_impact, search._pruned): the same rows and scores as
ranking every match, on generated park news with lists forced small so that lists, frontiers,
proofs and fallbacks all happen."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from parktool import search as S
from parktool.corpus import Corpus
from parktool.errors import CorpusError
from parktool.ingest import ingest

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import Generator, record  # noqa: E402

PER_TERM = 8  # documents a list holds: small, so that most matches are in the frontier
MIN_DF = 20  # documents a word needs for a list
FIRST, MORE = 240, 60  # generated documents before the build, and after it

QUERIES = [  # words in 10-40% of these documents (in more, BM25's IDF is 0), combined
    "半导体", "城市更新", "产城融合", "生物医药", "新能源汽车", "集成电路", "招商引资", "化学",
    "机器人", "丽水", "威海", "高新区", "小微企业园", "综合保税区", "园区",
    "半导体 集成电路", "丽水 AND 园区", "威海 OR 温州", "(机器人 OR 化学) 高新区",
    '"产城融合"', '"产城融合" AND 城市更新', '"高质量发展"', "科创中心", "膜技术",
    "半導體", "生物醫藥 園區", "园区 NOT 丽水", "高新区 NOT (半导体 OR 威海)",
]
WINDOWS = (2, 4, 8)


def _jsonl(path: Path, docs) -> Path:
    path.write_text("".join(json.dumps(record(d), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[str, Path]:
    """"built": the seeds and FIRST generated documents with a side index, then MORE ingested
    past it; "bare": the same documents, never a side index."""
    tmp = tmp_path_factory.mktemp("impact")
    docs = [d for d, _ in zip(Generator(7, chars=500), range(FIRST + MORE))]
    first, more = _jsonl(tmp / "first.jsonl", docs[:FIRST]), _jsonl(tmp / "more.jsonl", docs[FIRST:])
    built, bare = tmp / "built.db", tmp / "bare.db"
    with Corpus.open(built, create=True) as corpus:
        ingest(corpus, [str(SEEDS), str(first)], workers=1)
    shutil.copy(built, tmp / "before.db")
    with Corpus.open(built) as corpus:
        corpus.build_impact(title_weight=S.TITLE_WEIGHT, min_df=MIN_DF, per_term=PER_TERM)
    shutil.copy(built, tmp / "built_only.db")
    shutil.copy(tmp / "before.db", bare)
    for db in (built, bare):
        with Corpus.open(db) as corpus:
            ingest(corpus, [str(more)], workers=1)  # below MIN_DOCS: ingest does not rebuild
    return {"built": built, "bare": bare, "before": tmp / "before.db", "built_only": tmp / "built_only.db"}


def _full(corpus: Corpus, match: str, window: int) -> list[dict]:
    return corpus.query(S._RANK + " ORDER BY score DESC, rowid LIMIT ?", (S.TITLE_WEIGHT, match, window))


def _outcomes(db: Path) -> dict[str, int]:
    """For every query and window: _pruned's rows equal the full ranking's, or it declines."""
    seen = {"pruned": 0, "declined": 0}
    with Corpus.open(db) as corpus:
        for q in QUERIES:
            match = S.parse(q).match_in(corpus)
            for window in WINDOWS:
                rows = S._pruned(corpus, match, window)
                if " NOT " in q:
                    assert rows is None, q
                if rows is None:
                    seen["declined"] += 1
                else:
                    assert rows == _full(corpus, match, window), (q, window)
                    seen["pruned"] += 1
    return seen


def test_the_build_lists_and_bounds_every_document_of_a_word(corpora):
    """Per listed word: listed + frontier cover every document holding it, the frontier bounds
    each unlisted one's (f, D), the list holds the ~PER_TERM best by impact, ties included."""
    with Corpus.open(corpora["built_only"]) as corpus:
        state = corpus.impact_state()
        assert (state.built_upto, state.rows, state.title_weight) == (FIRST + 5, FIRST + 5, S.TITLE_WEIGHT)
        corpus.conn.execute("CREATE VIRTUAL TABLE temp.vi USING fts5vocab(main, 'fts', 'instance')")
        terms = [r["term"] for r in corpus.query("SELECT term FROM fts_impact ORDER BY term")]
        assert len(terms) > 50
        lists = corpus.impact_lists(terms)
        length = {i: _sizes(sz) for i, sz in corpus.conn.execute("SELECT id, sz FROM fts_docsize")}
        rows, tokens = corpus.index_totals()
        for term in terms:
            f: dict[int, float] = {}
            for doc, col in corpus.conn.execute("SELECT doc, col FROM temp.vi WHERE term = ?", (term,)):
                f[doc] = f.get(doc, 0.0) + (S.TITLE_WEIGHT if col == "title" else 1.0)
            entry = lists[term]
            listed = entry.rowids()
            assert entry.df == len(f) >= MIN_DF
            assert listed == sorted(listed) and set(listed) <= set(f) and len(listed) >= PER_TERM
            impact = {d: S._weight(fv, length[d], tokens / rows) for d, fv in f.items()}
            assert min(impact[d] for d in listed) >= max((impact[d] for d in f if d not in listed), default=0)
            for d in set(f) - set(listed):
                assert any(fv >= f[d] and dv <= length[d] for fv, dv in entry.frontier), (term, d)
            assert len(entry.ladder) == len(listed) // state.step


def _sizes(blob: bytes) -> int:
    from parktool.corpus import _varints

    return sum(_varints(blob))


def test_pruned_rankings_equal_the_full_ranking(corpora):
    """Single words, AND, OR, phrases, glued forms, traditional script: whenever the side index
    answers, rows and scores are the full ranking's; NOT and unprovable windows decline."""
    seen = _outcomes(corpora["built_only"])
    assert seen["pruned"] >= 40 and seen["declined"] >= 20, seen


def test_documents_past_the_side_index_are_always_ranked(corpora):
    """MORE documents ingested after the build (rowid > built_upto): the same answers."""
    with Corpus.open(corpora["built"]) as corpus:
        assert corpus.impact_state().built_upto == FIRST + 5
        assert corpus.count() == FIRST + MORE + 5
    seen = _outcomes(corpora["built"])
    assert seen["pruned"] >= 15, seen


@pytest.mark.parametrize("limit", [1, 3, 5, 20])
def test_search_is_identical_with_and_without_the_side_index(corpora, monkeypatch, limit):
    """What a user sees: ids, scores and order the same as on a corpus that never had one."""
    monkeypatch.setattr(S, "WINDOW_EXTRA", 0)  # windows of 2 x limit: small enough to be proven
    with Corpus.open(corpora["built"]) as built, Corpus.open(corpora["bare"]) as bare:
        assert bare.impact_state() is None
        for q in QUERIES:
            got = [(h.doc_id, h.score, h.snippet) for h in S.search(built, q, limit=limit)]
            assert got == [(h.doc_id, h.score, h.snippet) for h in S.search(bare, q, limit=limit)], q


def test_a_corpus_without_the_side_index_ranks_every_match(corpora):
    with Corpus.open(corpora["bare"]) as corpus:
        assert S._pruned(corpus, S.parse("园区").match_in(corpus), 3) is None
        assert S.search(corpus, "园区", limit=3)


def test_a_title_weight_other_than_the_search_s_is_not_used(corpora, tmp_path):
    db = tmp_path / "other.db"
    shutil.copy(corpora["built_only"], db)
    with Corpus.open(db) as corpus:
        corpus.conn.execute("UPDATE fts_impact_state SET title_weight = 2.0")
        assert S._pruned(corpus, S.parse("园区").match_in(corpus), 3) is None


def test_a_read_only_corpus_uses_the_side_index_it_has(corpora, tmp_path, monkeypatch):
    """Write access denied (as test_reliability does): searching uses it, building is refused."""
    db = tmp_path / "c.db"
    shutil.copy(corpora["built_only"], db)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw))
    with Corpus.open(db) as corpus:
        assert corpus.read_only
        match = S.parse("半导体").match_in(corpus)
        assert S._pruned(corpus, match, 2) == _full(corpus, match, 2)
        with pytest.raises(CorpusError, match="read-only"):
            corpus.build_impact(title_weight=S.TITLE_WEIGHT, min_df=MIN_DF, per_term=PER_TERM)


def test_refresh_builds_when_due_and_ingest_calls_it(corpora, tmp_path, monkeypatch):
    """None yet and enough documents: built (progress reported per word); then not again
    until the documents past it exceed STALE_SHARE of the corpus."""
    monkeypatch.setattr(S, "MIN_DOCS", FIRST)
    monkeypatch.setattr(S, "PER_TERM", PER_TERM)
    db = tmp_path / "c.db"
    shutil.copy(corpora["before"], db)
    calls: list[tuple[int, int]] = []
    with Corpus.open(db) as corpus:
        assert S.refresh_impact(corpus, lambda done, total: calls.append((done, total))) is True
        assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == len(calls) - 1
        assert S.refresh_impact(corpus) is False
        docs = [d for d, _ in zip(Generator(7, chars=500), range(FIRST + MORE))][FIRST:]
        monkeypatch.setattr(S, "STALE_SHARE", 0.1)
        progress: list[tuple[int, int]] = []
        ingest(corpus, [str(_jsonl(tmp_path / "more.jsonl", docs))], workers=1,
               on_index=lambda done, total: progress.append((done, total)))
        assert progress and corpus.impact_state().built_upto == FIRST + MORE + 5


def test_below_min_docs_nothing_is_built(corpora, tmp_path):
    db = tmp_path / "c.db"
    shutil.copy(corpora["before"], db)
    with Corpus.open(db) as corpus:
        assert S.refresh_impact(corpus) is False
        assert corpus.impact_state() is None
        with pytest.raises(sqlite3.OperationalError):
            corpus.query("SELECT 1 FROM fts_impact")


def test_documents_stored_during_a_search_send_it_to_the_full_ranking(corpora, monkeypatch):
    """Outside a snapshot an ingest may commit between reading the average length and ranking:
    the bound then used another average, so the candidates' ranking is not trusted."""
    with Corpus.open(corpora["built_only"]) as corpus:
        match = S.parse("半导体").match_in(corpus)
        assert S._pruned(corpus, match, 2) == _full(corpus, match, 2)
        rows, tokens = corpus.index_totals()
        totals = iter([(rows, tokens), (rows + 1, tokens + 300)])
        monkeypatch.setattr(corpus, "index_totals", lambda: next(totals))
        assert S._pruned(corpus, match, 2) is None
