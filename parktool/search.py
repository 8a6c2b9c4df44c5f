"""Ranked full-text search over the corpus, in simplified or traditional script.

The index (`fts`, FTS5, contentless) holds every document's title and cleaned text as words
cut by `parktool.text.segmented`. A query is cut the same way, after conversion to simplified
script, so `半導體` and `半导体` find the same documents, and short words (园区, 芯片) match as
words. Two gaps between "words" and what a reader means are closed here:

* a query word the segmenter cuts into several words (科创中心 -> 科创 中心) becomes an FTS5
  phrase of those words;
* a query word that the text holds only inside a longer word (园区 in 工业园区, 芯片 in
  存储芯片, 电池 in the taxonomy's 动力电池) also matches those longer words: the segmenter's
  dictionaries (jieba's and parktool's user dictionaries) list every word the index can hold,
  so the query adds the ones that contain it (and that this index holds);
* a query word whose end the text glues to the next word (膜技术 in 膜技术创新, cut 膜 /
  技术创新) matches as its head followed by a word starting with its end (膜 技术创新).

A quoted phrase matches exactly its own words, without the last two.

User text never reaches SQL or FTS5 syntax: the query is parsed here into words, phrases,
AND/OR/NOT and parentheses, and rebuilt with every word quoted; values are bound parameters.
Snippets and keyword-in-context lines are cut from `documents.text` (the index keeps no text).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from parktool import text as T
from parktool.corpus import BM25_B, BM25_K1, Corpus
from parktool.errors import UsageError

COLUMNS = ("doc_id", "score", "title", "published", "parks", "snippet")
KWIC_COLUMNS = ("doc_id", "left", "hit", "right")

TITLE_WEIGHT = 5.0  # bm25 weight of a title hit against a body hit: a headline names the topic
SNIPPET_CHARS = 100  # length of a snippet window
SNIPPET_LEAD = 20  # characters shown before the first hit in a window
SNIPPET_CANDIDATES = 50  # hits tried as a window's first: "around the first hits", and bounded
MAX_EXPANSIONS = 300  # longer words a query word may stand for (a one-character word has many)
WINDOW_FACTOR, WINDOW_EXTRA = 2, 100  # ranked before joining: room for duplicates left out
MAX_GLUED = 10  # index words tried after a glued word's head (膜 + 技术创新, 技术开发区, …)

HIT = ("【", "】")  # how csv/json/tsv mark a hit in a snippet

# The impact side index (Corpus.build_impact): exact top-k without scoring every match.
MIN_DOCS = 20_000  # below this, ranking every match is fast enough: no side index
MIN_DF = 0.02  # a word in this share of the documents gets a list…
PER_TERM = 1_000  # …of about this many documents where it weighs most
STALE_SHARE = 0.25  # rebuilt when the documents past it exceed this share of the corpus

# ---------------------------------------------------------------- the query language

_QUOTES = {'"': '"', "“": "”", "「": "」"}
_OPERATORS = ("AND", "OR", "NOT")
_SEPARATORS = "，、；。！？,;"  # Chinese writers list words with these: they separate like spaces
_STOPS = '()"“”「」' + _SEPARATORS
_COLUMN_FILTER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*:")
_COLUMN_SET = re.compile(r"\{[^{}]*\}\s*:")
_WORDLIKE = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Term:
    """A query word (matches longer words containing it too) or a quoted phrase (exact)."""

    text: str  # as typed, simplified
    tokens: tuple[str, ...]  # the words the segmenter cuts it into
    phrase: bool


@dataclass(frozen=True)
class Node:
    op: str  # AND | OR | NOT (NOT: children[0] NOT children[1])
    children: tuple["Node | Term", ...]


@dataclass
class Query:
    """A parsed query: the FTS5 expression to run and the terms to mark in snippets."""

    text: str
    tree: Node | Term
    positive: list[Term] = field(default_factory=list)  # terms a hit contains (not under NOT)

    @property
    def match(self) -> str:
        """The FTS5 MATCH expression with every alternative, for any corpus."""
        return _fts(self.tree)

    def match_in(self, corpus: Corpus) -> str:
        """The MATCH expression for this corpus, with only the alternatives it holds.

        Every alternative costs ranking time for every matching document, so longer words the
        index lacks are left out, and a glued form becomes the phrases of its head with the
        index's words that start with its tail (the MAX_GLUED most frequent) that do occur."""
        def occurs(words: str) -> bool:
            return bool(corpus.query("SELECT 1 AS found FROM fts WHERE fts MATCH ? LIMIT 1", (_quote(words),)))

        def continued(head: tuple[str, ...], tail: str) -> list[str]:
            candidates = [tail, *corpus.words_starting(tail, MAX_GLUED)]
            return [" ".join((*head, w)) for w in candidates if occurs(" ".join((*head, w)))]

        return _fts(self.tree, occurs, continued)


def parse(query: str) -> Query:
    """Parse a user query; raises UsageError, naming the query and the problem, if malformed.

    Words separated by spaces must all match; `"…"` (or “…”, 「…」) is a phrase; AND, OR, NOT
    (upper case, as in FTS5) and parentheses combine them.
    """
    simplified = T.to_simplified(T.normalize_width(query or ""))
    column_set = _COLUMN_SET.search(simplified)
    if column_set:
        _no_columns(query, column_set.group().replace(" :", ":"))
    pieces = _lex(query, simplified)
    if not pieces:
        raise UsageError(f"query {query!r}: nothing to search for")
    parser = _Parser(query, pieces)
    tree = parser.expression()
    if parser.pos < len(pieces):  # only a ")" can stop the parser early
        raise UsageError(f"query {query!r}: unbalanced parentheses () closes nothing)")
    positive: list[Term] = []
    _collect_positive(tree, positive)
    return Query(query, tree, positive)


def _lex(original: str, text: str) -> list[tuple[str, object]]:
    """The query as ("term", Term), ("op", "AND"|"OR"|"NOT"), ("(", "("), (")", ")")."""
    pieces: list[tuple[str, object]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _QUOTES:
            close = text.find(_QUOTES[ch], i + 1)
            if close < 0:
                raise UsageError(f"query {original!r}: unbalanced quotes ({ch} opened, never closed)")
            inner = text[i + 1:close]
            tokens = _tokens(inner)
            if not tokens:
                raise UsageError(f"query {original!r}: empty phrase {ch}{inner}{_QUOTES[ch]}")
            pieces.append(("term", Term(inner.strip(), tokens, phrase=True)))
            i = close + 1
        elif ch in "”」":
            raise UsageError(f"query {original!r}: unbalanced quotes ({ch} closes nothing)")
        elif ch in "()":
            pieces.append((ch, ch))
            i += 1
        elif ch in _SEPARATORS:
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _STOPS:
                j += 1
            _word(original, text[i:j], pieces)
            i = j
    return pieces


def _word(original: str, word: str, pieces: list) -> None:
    if word in _OPERATORS:
        pieces.append(("op", word))
        return
    if word.startswith("NEAR"):
        raise UsageError(f"query {original!r}: NEAR is not supported; use a phrase \"…\" or words "
                         "separated by spaces (all must match)")
    if "*" in word:
        raise UsageError(f"query {original!r}: * (prefix search) is not supported; a word already "
                         "matches the longer words that contain it")
    if _COLUMN_FILTER.match(word):
        _no_columns(original, word.split(":")[0] + ":")
    tokens = _tokens(word)
    if tokens:  # punctuation alone says nothing to search for
        pieces.append(("term", Term("".join(tokens), tokens, phrase=False)))


def _no_columns(original: str, spec: str) -> None:
    raise UsageError(f"query {original!r}: column filters ({spec}) are not supported; search looks "
                     "in titles and texts; use --site, --park, --tag to narrow it")


def _tokens(text: str) -> tuple[str, ...]:
    """Words of a query piece as the index holds them (punctuation-only words dropped)."""
    return tuple(t for t in T.segment(text) if _WORDLIKE.search(t) and t != "_")


class _Parser:
    """Recursive descent: or := and (OR and)*; and := not ([AND] not)*; not := atom (NOT atom)*."""

    def __init__(self, query: str, pieces: list[tuple[str, object]]):
        self.query, self.pieces, self.pos = query, pieces, 0

    def _peek(self) -> tuple[str, object] | None:
        return self.pieces[self.pos] if self.pos < len(self.pieces) else None

    def expression(self) -> Node | Term:
        parts = [self._and()]
        while self._peek() == ("op", "OR"):
            self.pos += 1
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else Node("OR", tuple(parts))

    def _and(self) -> Node | Term:
        parts = [self._not()]
        while True:
            nxt = self._peek()
            if nxt == ("op", "AND"):
                self.pos += 1
            elif nxt is None or nxt[0] in ("op", ")"):
                break
            parts.append(self._not())
        return parts[0] if len(parts) == 1 else Node("AND", tuple(parts))

    def _not(self) -> Node | Term:
        node = self._atom()
        while self._peek() == ("op", "NOT"):
            self.pos += 1
            node = Node("NOT", (node, self._atom()))
        return node

    def _atom(self) -> Node | Term:
        nxt = self._peek()
        prev = self.pieces[self.pos - 1] if self.pos else None
        if nxt is None:
            if prev is not None and prev[0] == "op":
                raise UsageError(f"query {self.query!r}: {prev[1]} needs a word after it")
            raise UsageError(f"query {self.query!r}: unbalanced parentheses (( opened, never closed)")
        kind, value = nxt
        if kind == "term":
            self.pos += 1
            return value  # type: ignore[return-value]
        if kind == "(":
            self.pos += 1
            node = self.expression()
            if self._peek() != (")", ")"):
                raise UsageError(f"query {self.query!r}: unbalanced parentheses (( opened, never closed)")
            self.pos += 1
            return node
        if kind == ")":
            what = "empty parentheses ()" if prev == ("(", "(") else "unbalanced parentheses () closes nothing)"
            raise UsageError(f"query {self.query!r}: {what}")
        if prev is not None and prev[0] == "op":
            raise UsageError(f"query {self.query!r}: {prev[1]} {value}: two operators in a row")
        hint = " (write: a NOT b)" if value == "NOT" else ""
        raise UsageError(f"query {self.query!r}: {value} needs a word before it{hint}")


def _collect_positive(node: Node | Term, out: list[Term]) -> None:
    if isinstance(node, Term):
        if node not in out:
            out.append(node)
    elif node.op == "NOT":
        _collect_positive(node.children[0], out)
    else:
        for child in node.children:
            _collect_positive(child, out)


def _fts(node: Node | Term, occurs: Callable[[str], bool] | None = None,
         continued: Callable[[tuple[str, ...], str], list[str]] | None = None) -> str:
    """The FTS5 expression of a parsed query: every word a quoted string, every group bracketed.

    Without a corpus (`occurs`, `continued` None) every alternative is written: all longer
    words, and glued forms as FTS5 prefix phrases ("膜 技术" *)."""
    if isinstance(node, Term):
        quoted = [_quote(" ".join(node.tokens))]
        if not node.phrase:
            quoted += [_quote(w) for w in expansions(node.text) if occurs is None or occurs(w)]
            for head, tail in glued(node.text):
                if continued is None:
                    quoted.append(_quote(" ".join((*head, tail))) + " *")
                else:
                    quoted += [_quote(phrase) for phrase in continued(head, tail)]
        quoted = list(dict.fromkeys(quoted))
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
    inner = f" {node.op} ".join(_fts(c, occurs, continued) for c in node.children)
    return f"({inner})"


def _quote(text: str) -> str:
    """An FTS5 string: whatever the user typed, it is words to match, never syntax."""
    return '"' + text.replace('"', '""') + '"'


# ---------------------------------------------------------------- longer words containing a word

def dictionary_path() -> Path | None:
    """jieba's dictionary file (rjieba embeds the same one), found without importing jieba."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if not spec or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def _lexicon() -> tuple[bytes, tuple[str, ...]]:
    """jieba's dictionary file (the words the index can hold) and parktool's user words."""
    path = dictionary_path()
    return (path.read_bytes().lower() if path else b""), T.shipped_words()


@lru_cache(maxsize=1024)
def expansions(word: str) -> tuple[str, ...]:
    """Dictionary words that contain `word` (and are longer), most frequent first.

    With HMM off the segmenter only emits dictionary words, single characters and runs of
    letters/digits, so these are all the index words in which `word` can hide. Capped at
    MAX_EXPANSIONS (a one-character word is inside thousands).
    """
    if not word:
        return ()
    data, user_words = _lexicon()
    low = word.lower()
    needle = low.encode("utf-8")
    found: dict[str, int] = {}
    pos = data.find(needle)
    while pos >= 0:
        start = data.rfind(b"\n", 0, pos) + 1
        line_end = data.find(b"\n", pos)
        line_end = len(data) if line_end < 0 else line_end
        entry = data[start:line_end].split()
        if entry and pos + len(needle) <= start + len(entry[0]):  # in the word, not its frequency
            candidate = entry[0].decode("utf-8")
            if _contains(candidate, low):
                found[candidate] = int(entry[1]) if len(entry) > 1 and entry[1].isdigit() else 0
        pos = data.find(needle, line_end)
    for w in user_words:
        if _contains(w.lower(), low):
            found[w] = 1 << 30  # parktool's own words (taxonomy terms, park names) first
    ranked = sorted(found, key=lambda w: (-found[w], w))
    return tuple(ranked[:MAX_EXPANSIONS])


@lru_cache(maxsize=1024)
def glued(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Ways the end of a Chinese `word` can be glued to the start of the next word in a text:
    膜技术 in 膜技术创新 is cut 膜 / 技术创新. Each (head words, tail) becomes the FTS5 phrase of
    the head words and a word starting with tail ("膜 技术" *). Tails are two characters or
    more that begin a longer dictionary word, so that few, telling alternatives are added."""
    if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return ()
    data, _ = _lexicon()
    out = []
    for i in range(1, len(word) - 1):
        head, tail = word[:i], word[i:]
        needle = b"\n" + tail.encode("utf-8")
        pos = data.find(needle)
        while pos >= 0 and data[pos + len(needle):pos + len(needle) + 1] == b" ":
            pos = data.find(needle, pos + 1)  # the tail itself as a word: not a longer one
        if pos >= 0:
            out.append((_tokens(head), tail))
    return tuple(out)


def _contains(candidate: str, word: str) -> bool:
    """`word` inside a longer `candidate`, not cutting through a run of Latin letters or digits
    (a is not in call机, 5G is in 5G手机)."""
    if candidate == word:
        return False
    start = candidate.find(word)
    while start >= 0:
        end = start + len(word)
        before = candidate[start - 1] if start else ""
        after = candidate[end] if end < len(candidate) else ""
        if not (_latin(before) and _latin(word[0])) and not (_latin(after) and _latin(word[-1])):
            return True
        start = candidate.find(word, start + 1)
    return False


def _latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


# ---------------------------------------------------------------- running a search

@dataclass
class Hit:
    """One matching document, with its snippet and where the snippet's hits are."""

    doc_id: str
    score: float
    title: str
    published: str
    parks: list[str]
    snippet: str
    spans: list[tuple[int, int]]  # hits within `snippet`

    def row(self, mark: tuple[str, str] = HIT, escape: Callable[[str], str] | None = None) -> dict:
        """The contract's search row; hits in the snippet wrapped in `mark`, the rest escaped."""
        return {
            "doc_id": self.doc_id,
            "score": self.score,
            "title": self.title,
            "published": self.published,
            "parks": "|".join(self.parks),
            "snippet": marked(self.snippet, self.spans, mark, escape),
        }


def search(
    corpus: Corpus,
    query: str | Query,
    *,
    park: str | None = None,
    tag: str | None = None,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    include_duplicates: bool = False,
) -> list[Hit]:
    """Documents matching `query`, best first (BM25, title hits weighted TITLE_WEIGHT).

    `park` matches any name the corpus knows for a park; `tag` any stored tag or keyword;
    `site` is a substring of the site; `since`/`until` are ISO dates (YYYY, YYYY-MM or
    YYYY-MM-DD, inclusive; documents without a date are left out). `limit` 0 means all.
    """
    q = query if isinstance(query, Query) else parse(query)
    if tag and not corpus.query("SELECT 1 FROM tags LIMIT 1"):
        raise UsageError(f"--tag {tag}: no document is tagged yet; run `parktool tag` first")
    rows = _ranked(corpus, q, park=park, tag=tag, site=site, since=since, until=until,
                   limit=limit, include_duplicates=include_duplicates)
    if not rows:
        return []
    ids = [r["doc_id"] for r in rows]
    texts = _texts(corpus, ids)
    parks = _parks(corpus, ids)
    patterns = [_pattern(t) for t in q.positive]
    hits = []
    for r in rows:
        text = texts[r["doc_id"]]
        snippet, spans = make_snippet(text, patterns)
        hits.append(Hit(r["doc_id"], round(r["score"], 4), r["title"], r["published"],
                        parks.get(r["doc_id"], []), snippet, spans))
    return hits


def kwic(corpus: Corpus, query: str | Query, hits: Sequence[Hit], width: int = 20) -> list[dict]:
    """Keyword-in-context lines for these hits, as concordancers print them: every occurrence
    of a query word in each document's text, with `width` characters either side."""
    q = query if isinstance(query, Query) else parse(query)
    patterns = [_pattern(t) for t in q.positive]
    texts = _texts(corpus, [h.doc_id for h in hits])
    lines = []
    for h in hits:
        text = texts[h.doc_id]
        for start, end in _occurrences(text, patterns):
            lines.append({
                "doc_id": h.doc_id,
                "left": _flat(text[max(0, start - width):start]),
                "hit": _flat(text[start:end]),
                "right": _flat(text[end:end + width]),
            })
    return lines


def _ranked(corpus: Corpus, q: Query, *, park, tag, site, since, until, limit,
            include_duplicates) -> list[dict]:
    """Matching documents, best first: (doc_id, score, title, published) rows."""
    conditions: list[str] = []
    params: list = []
    if not include_duplicates:
        conditions.append("NOT EXISTS (SELECT 1 FROM duplicates u WHERE u.doc_id = d.doc_id)")
    if park:
        names = park_aliases(corpus, park)
        conditions.append(f"d.doc_id IN (SELECT doc_id FROM doc_parks WHERE park IN ({','.join('?' * len(names))}))")
        params += names
    if tag:
        conditions.append("d.doc_id IN (SELECT doc_id FROM tags WHERE tag = ?)")
        params.append(T.to_simplified(tag.strip()))
    if site:
        conditions.append("instr(lower(d.site), lower(?)) > 0")
        params.append(site)
    if since:
        conditions.append("d.published != '' AND d.published >= ?")
        params.append(iso_bound(since, "--since", end=False))
    if until:
        conditions.append("d.published != '' AND d.published <= ?")
        params.append(iso_bound(until, "--until", end=True))
    match = q.match_in(corpus)
    where = " AND ".join(conditions) or "1"
    try:
        if limit and not (park or tag or site or since or until):
            rows = _ranked_window(corpus, match, where, params, limit)
            if rows is not None:
                return rows
        sql = ("SELECT d.doc_id, -bm25(fts, ?, 1.0) AS score, d.title, d.published"
               f" FROM fts JOIN documents d ON d.seq = fts.rowid WHERE fts MATCH ? AND {where}"
               " ORDER BY score DESC, d.seq" + (" LIMIT ?" if limit else ""))
        return corpus.query(sql, [TITLE_WEIGHT, match, *params] + ([limit] if limit else []))
    except sqlite3.OperationalError as e:
        if "fts5" in str(e) or "syntax error" in str(e):
            raise UsageError(f"query {q.text!r}: cannot be searched ({e})") from None
        raise


def _ranked_window(corpus: Corpus, match: str, where: str, params: list, limit: int) -> list[dict] | None:
    """The best `limit` documents, ranked inside the index and only then joined to documents.

    Ranking reads every match anyway; joining each one first would double the time. The
    window holds room for the duplicates the join leaves out; None when they took so many
    that the window cannot tell (then the full query decides)."""
    window = WINDOW_FACTOR * limit + WINDOW_EXTRA
    ranked = _pruned(corpus, match, window)
    if ranked is None:
        ranked = corpus.query(_RANK + " ORDER BY score DESC, rowid LIMIT ?", (TITLE_WEIGHT, match, window))
    if not ranked:
        return []
    score = {r["seq"]: r["score"] for r in ranked}
    seqs = list(score)
    rows: list[dict] = []
    for i in range(0, len(seqs), 500):  # below SQLite's variable limit
        chunk = seqs[i:i + 500]
        rows += corpus.query(
            "SELECT d.seq, d.doc_id, d.title, d.published FROM documents d"
            f" WHERE d.seq IN ({','.join('?' * len(chunk))}) AND {where}", [*chunk, *params])
    if len(rows) < limit and len(ranked) == window:
        return None
    rows.sort(key=lambda r: (-score[r["seq"]], r["seq"]))
    return [{"doc_id": r["doc_id"], "score": score[r["seq"]], "title": r["title"],
             "published": r["published"]} for r in rows[:limit]]


_RANK = "SELECT rowid AS seq, -bm25(fts, ?, 1.0) AS score FROM fts WHERE fts MATCH ?"
_PHRASE = re.compile(r'"((?:[^"]|"")*)"')
_MARGIN = 1e-9  # relative: the bound is summed here, the scores in C, in another order


def _pruned(corpus: Corpus, match: str, window: int) -> list[dict] | None:
    """The full ranking's first `window` rows, found by scoring only candidates; None when the
    side index cannot prove them (then the caller ranks every match).

    Candidates: the listed documents of every word of the expression that has a list, every
    document of a phrase or word without one, and every document past the lists
    (`built_upto`). A document that is none of these holds no unlisted phrase, and for each
    listed word it is in the frontier, so its score is at most the sum over the listed words
    of FTS5's IDF (from the df at build time: today's can only be larger, the IDF smaller) ×
    the frontier's best BM25 term weight at today's average length. When the window's last
    candidate scores above that, no other document can enter the window, ties included.
    Scores are FTS5's own: the same expression and bm25() rank the candidates, and IDF and
    average length are always the whole index's."""
    if set(_PHRASE.sub(" ", match).replace("(", " ").replace(")", " ").split()) - {"AND", "OR"}:
        return None  # NOT (a document's score then says nothing of what it lacks), or other syntax
    state = corpus.impact_state()
    if state is None or state.title_weight != TITLE_WEIGHT:
        return None
    phrases = [p.replace('""', '"') for p in _PHRASE.findall(match)]
    lists = corpus.impact_lists(_index_word(p) for p in phrases if _index_word(p))
    if not lists:
        return None
    rows, tokens = corpus.index_totals()
    if not tokens:
        return None
    average = tokens / rows
    bound = 0.0
    listed, unlisted, reach = [], [], []
    for p in phrases:  # each occurrence is a phrase of its own to bm25(), with its own IDF
        entry = lists.get(_index_word(p) or "")
        if entry is None:
            unlisted.append(_quote(p))
            continue
        listed.append(entry)
        idf = _idf(rows, entry.df)
        bound += idf * max((_weight(f, d, average) for f, d in entry.frontier), default=0.0)
        rank = -(-window // state.step)  # the ladder's first point at or past the window's last rank
        if rank <= len(entry.ladder):
            reach.append(idf * _weight(*entry.ladder[rank - 1], average))
    bound *= 1 + _MARGIN
    if bound >= sum(sorted(reach)[-2:]):
        # The cheap test. The window's last document scores about what a word's listed
        # documents score at the window's rank, or two words' together (the best documents
        # often hold a word and a longer form of it, or both words of an AND): when even that
        # stays below the bound, the proof fails, and ranking the candidates (a quarter to a
        # third of the full ranking's time) would only add to it (园区, 人才 at 100,000).
        return None
    candidates = sorted({rowid for entry in listed for rowid in entry.rowids()})
    if 2 * len(candidates) > min(entry.df for entry in listed):
        # FTS5 still walks the whole expression: candidates save time only when they are few
        # against the matches, which an AND with a rarer word makes few (赣州 高新区).
        return None
    sql = _RANK + " AND (+rowid > ? OR +rowid IN (SELECT value FROM json_each(?))"
    params: list = [TITLE_WEIGHT, match, state.built_upto, json.dumps(candidates)]
    if unlisted:
        sql += " OR +rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
        params.append(" OR ".join(dict.fromkeys(unlisted)))
    ranked = corpus.query(sql + ") ORDER BY score DESC, rowid LIMIT ?", [*params, window])
    if corpus.index_totals() != (rows, tokens):
        return None  # documents came in meanwhile (no snapshot): the bound used another average
    if len(ranked) == window and ranked[-1]["score"] > bound:
        return ranked
    return None


_ONE_WORD = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")  # what unicode61 keeps as it is
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _index_word(phrase: str) -> str | None:
    """The index word an FTS5 phrase is: Chinese characters and ASCII letters and digits
    only, whose one folding is ASCII case. None otherwise (several words, other scripts):
    such a phrase finds no list, and all its documents are candidates, which costs speed only."""
    word = phrase.translate(_ASCII_LOWER)
    return word if _ONE_WORD.fullmatch(word) else None


def _idf(rows: int, df: int) -> float:
    """BM25's IDF as FTS5 computes it (fts5_aux.c): never below a tiny positive number."""
    idf = math.log((rows - df + 0.5) / (df + 0.5))
    return idf if idf > 0.0 else 1e-6


def _weight(f: float, length: float, average: float) -> float:
    """BM25's term weight of a document with weighted hits f and length D, as FTS5 computes it."""
    return (f * (BM25_K1 + 1.0)) / (f + BM25_K1 * (1.0 - BM25_B + BM25_B * length / average))


def refresh_impact(corpus: Corpus, progress: Callable[[int, int], None] | None = None) -> bool:
    """Build the impact side index when the corpus has MIN_DOCS documents or more and it has
    none yet, or the documents past it exceed STALE_SHARE of the corpus (they are always
    ranked, so a stale side index costs only speed). Returns whether it built one.
    `progress(done, total)` is called per word while it builds."""
    rows, _ = corpus.index_totals()
    if rows < MIN_DOCS:
        return False
    state = corpus.impact_state()
    if state is not None and state.title_weight == TITLE_WEIGHT and rows - state.rows <= STALE_SHARE * rows:
        return False
    build_impact(corpus, progress)
    return True


def build_impact(corpus: Corpus, progress: Callable[[int, int], None] | None = None) -> None:
    """Build the impact side index now, weighing titles as search ranks them."""
    rows, _ = corpus.index_totals()
    corpus.build_impact(title_weight=TITLE_WEIGHT, min_df=math.ceil(MIN_DF * rows), per_term=PER_TERM,
                        progress=progress)


def park_aliases(corpus: Corpus, park: str) -> list[str]:
    """Every stored park name that the corpus unifies with `park` (see facts.park_names)."""
    from parktool.facts import park_names

    park = T.to_simplified(park.strip())
    names = park_names(corpus)
    canonical = names.get(park, park)
    group = {name for name, canon in names.items() if canon == canonical}
    return sorted(group | {park})


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_bound(value: str, option: str, *, end: bool) -> str:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as the first or last day it covers."""
    m = _DATE.match(value.strip())
    if not m or not (m.group(2) is None or "01" <= m.group(2) <= "12") \
            or not (m.group(3) is None or "01" <= m.group(3) <= "31"):
        raise UsageError(f"{option} {value}: not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = m.groups()
    return f"{year}-{month or ('12' if end else '01')}-{day or ('31' if end else '01')}"


def _texts(corpus: Corpus, ids: list[str]) -> dict[str, str]:
    return {r["doc_id"]: r["text"] for r in _by_id(corpus, "SELECT doc_id, text FROM documents", ids)}


def _parks(corpus: Corpus, ids: list[str]) -> dict[str, list[str]]:
    """Each document's parks as the article names them, its main park first."""
    out: dict[str, list[str]] = {}
    rows = _by_id(corpus, "SELECT doc_id, park, main, mentions FROM doc_parks", ids)
    for r in sorted(rows, key=lambda r: (r["doc_id"], -r["main"], -r["mentions"], r["park"])):
        out.setdefault(r["doc_id"], []).append(r["park"])
    return out


def _by_id(corpus: Corpus, select: str, ids: list[str]) -> list[dict]:
    """Rows of `select ... WHERE doc_id IN ids`, in chunks below SQLite's variable limit."""
    out: list[dict] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out += corpus.query(f"{select} WHERE doc_id IN ({','.join('?' * len(chunk))})", chunk)
    return out


# ---------------------------------------------------------------- snippets

def _pattern(term: Term) -> re.Pattern:
    """Where a term occurs in text: its words in order, with at most a little punctuation or
    space between them (the segmenter dropped it from the index too)."""
    return re.compile(r"[\W_]{0,3}?".join(re.escape(t) for t in term.tokens), re.IGNORECASE)


def _occurrences(text: str, patterns: Sequence[re.Pattern]) -> list[tuple[int, int]]:
    """Non-overlapping hit spans of any pattern, in text order (a longer hit wins a tie)."""
    spans = sorted({(m.start(), m.end()) for p in patterns for m in p.finditer(text) if m.end() > m.start()},
                   key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s in spans:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def make_snippet(text: str, patterns: Sequence[re.Pattern], size: int = SNIPPET_CHARS
                 ) -> tuple[str, list[tuple[int, int]]]:
    """A window of `size` characters around the first hits: of the windows starting just before
    one of the first SNIPPET_CANDIDATES hits, the one showing the most distinct query words
    (then the most hits; then the earliest). Returns the snippet and its hit spans."""
    occ = _occurrences(text, patterns)
    if not occ:
        return _flat(text[:size]) + ("…" if len(text) > size else ""), []
    starts = [s for s, _ in occ]
    which = [next(i for i, p in enumerate(patterns) if p.fullmatch(text, s, e)) for s, e in occ]
    best_lo, best_key = 0, None
    for s, _ in occ[:SNIPPET_CANDIDATES]:
        lo = max(0, s - SNIPPET_LEAD)
        inside = [j for j in range(bisect_left(starts, lo), len(occ))
                  if starts[j] < lo + size and occ[j][1] <= lo + size]
        key = (len({which[j] for j in inside}), len(inside))
        if best_key is None or key > best_key:
            best_lo, best_key = lo, key
    lo, hi = best_lo, min(len(text), best_lo + size)
    prefix = "…" if lo > 0 else ""
    snippet = prefix + _flat(text[lo:hi]) + ("…" if hi < len(text) else "")
    spans = [(s - lo + len(prefix), e - lo + len(prefix)) for s, e in occ if s >= lo and e <= hi]
    return snippet, spans


def marked(snippet: str, spans: Sequence[tuple[int, int]], mark: tuple[str, str] = HIT,
           escape: Callable[[str], str] | None = None) -> str:
    """The snippet with each hit wrapped in `mark`; `escape` applied to everything else."""
    esc = escape or (lambda s: s)
    out, last = [], 0
    for s, e in spans:
        out += [esc(snippet[last:s]), mark[0], esc(snippet[s:e]), mark[1]]
        last = e
    out.append(esc(snippet[last:]))
    return "".join(out)


def _flat(s: str) -> str:
    """One line: each line break or tab becomes a space (one for one, so spans stay valid)."""
    return s.replace("\r", " ").replace("\n", " ").replace("\t", " ")
