"""Tags: industries and policy themes from a taxonomy, keywords by TF-IDF, co-occurrence.

An analyst sorts a corpus by what its articles are about. Two kinds of evidence are used:

* the taxonomy (parktool/data/taxonomy.toml, extendable with `--taxonomy FILE`): each tag has
  words that name it and generic words that support it, and may have a rule in the spirit of
  KH Coder's coding rules (&, |, !, parentheses, `WORD >= N`). Words are matched in the text
  itself, longest first, so the result does not depend on how the segmenter cut a compound.
  score = evidence / sqrt(max(chars, unit) / unit), evidence = the sum over the words found of
  weight * ((1 + ln n) + title_weight if the word is in the title): several different words
  are stronger evidence than one word repeated, a headline names the topic, and a long article
  must say more than a short one. A tag applies at `threshold`, with at least `min_count`
  occurrences (title and text), and only if its rule holds;
* keywords: nouns and names weighted by (1 + ln tf) * ln((N + 1) / (df + 0.5)) with document
  frequencies from this corpus' own index, without numbers, units, stop words, single
  characters or page furniture (parktool/data/stopwords.txt, tag_keywords.toml); park names
  recognised at ingest count whole.

`tag_corpus` replaces every stored tag (idempotent); `cooccurrence` counts the documents two
tags share, for networks (`source, target, weight`).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from parktool import text as T
from parktool.corpus import Corpus
from parktool.errors import UsageError

KINDS = ("industry", "theme")
KEYWORD = "keyword"
COUNT_COLUMNS = ("tag", "kind", "documents")
COOCCURRENCE_COLUMNS = ("source", "target", "weight")
COOCCURRENCE_KINDS = ("industry", "theme", "tags", "keyword", "all")
MEASURES = ("count", "jaccard")
DEFAULT_KEYWORDS = 10

_SETTINGS = {"threshold": float, "min_count": int, "title_weight": float, "weak_weight": float,
             "length_unit": int}
_TAG_KEYS = ("terms", "weak", "rule", "threshold", "min_count")


# ---------------------------------------------------------------- the taxonomy

@dataclass(frozen=True)
class Tag:
    name: str
    kind: str  # industry | theme
    terms: tuple[str, ...]
    weak: tuple[str, ...] = ()
    rule: "Rule | None" = None
    threshold: float | None = None  # None: the taxonomy's setting
    min_count: int | None = None


@dataclass
class Taxonomy:
    tags: list[Tag]
    threshold: float = 2.5
    min_count: int = 3
    title_weight: float = 3.0
    weak_weight: float = 0.3
    length_unit: int = 1000
    _matcher: "_Matcher | None" = field(default=None, repr=False, compare=False)

    def words(self) -> list[str]:
        """Every word of every tag (terms, weak words, rule words), each once."""
        out: dict[str, None] = {}
        for t in self.tags:
            out.update(dict.fromkeys(t.terms + t.weak))
            if t.rule:
                out.update(dict.fromkeys(t.rule.words()))
        return list(out)

    def matcher(self) -> "_Matcher":
        if self._matcher is None:
            self._matcher = _Matcher(self)
        return self._matcher


def load_taxonomy(path: str | Path | None = None, *, replace: bool = False) -> Taxonomy:
    """The shipped taxonomy; with `path`, its tags added (same kind and name: replaced), or
    with `replace`, the file's taxonomy alone. A malformed file is a UsageError naming it."""
    if replace and path is None:
        raise UsageError("--replace-taxonomy needs --taxonomy FILE")
    shipped = resources.files("parktool") / "data" / "taxonomy.toml"
    base = {} if replace else _read(shipped.read_text(encoding="utf-8"), "taxonomy.toml (shipped)")
    if path is not None:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            raise UsageError(f"{p}: cannot read taxonomy ({reason})") from None
        extra = _read(raw, str(p))
        settings = {**base.get("settings", {}), **extra.get("settings", {})}
        tags = {**base.get("tags", {}), **extra.get("tags", {})}
        base = {"settings": settings, "tags": tags}
        if not tags:
            raise UsageError(f"{p}: taxonomy has no tags ([industry.\"NAME\"] or [theme.\"NAME\"])")
    return Taxonomy(tags=list(base["tags"].values()), **base.get("settings", {}))


def _read(raw: str, name: str) -> dict:
    """Parse and check one taxonomy file: {"settings": {...}, "tags": {(kind, name): Tag}}."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"{name}: not valid TOML ({e})") from None
    unknown = set(data) - {"settings", *KINDS}
    if unknown:
        raise UsageError(f"{name}: unknown table [{sorted(unknown)[0]}] "
                         f"(expected [settings], [industry.\"NAME\"], [theme.\"NAME\"])")
    settings = {}
    for key, value in data.get("settings", {}).items():
        if key not in _SETTINGS:
            raise UsageError(f"{name}: [settings] unknown key {key!r} (expected {', '.join(_SETTINGS)})")
        settings[key] = _number(value, _SETTINGS[key], f"{name}: [settings] {key}")
    tags: dict[tuple[str, str], Tag] = {}
    for kind in KINDS:
        table = data.get(kind, {})
        if not isinstance(table, dict):
            raise UsageError(f"{name}: [{kind}] must hold tables ([{kind}.\"NAME\"])")
        for tag_name, spec in table.items():
            tags[(kind, tag_name)] = _tag(name, kind, tag_name, spec)
    return {"settings": settings, "tags": tags}


def _tag(name: str, kind: str, tag_name: str, spec: object) -> Tag:
    where = f"{name}: [{kind}.\"{tag_name}\"]"
    if not isinstance(spec, dict):
        raise UsageError(f"{where} must be a table with terms = [...]")
    unknown = set(spec) - set(_TAG_KEYS)
    if unknown:
        raise UsageError(f"{where}: unknown key {sorted(unknown)[0]!r} (expected {', '.join(_TAG_KEYS)})")
    terms, weak = _words(spec.get("terms"), f"{where} terms"), _words(spec.get("weak", []), f"{where} weak")
    if not terms:
        raise UsageError(f"{where}: terms = [...] is missing or empty")
    both = set(terms) & set(weak)
    if both:
        raise UsageError(f"{where}: {sorted(both)[0]!r} is in both terms and weak")
    rule = None
    if spec.get("rule"):
        if not isinstance(spec["rule"], str):
            raise UsageError(f"{where}: rule must be a string, e.g. rule = \"A | (B & !C)\"")
        rule = parse_rule(spec["rule"], where)
    return Tag(
        name=T.to_simplified(tag_name.strip()), kind=kind, terms=terms, weak=weak, rule=rule,
        threshold=_number(spec["threshold"], float, f"{where} threshold") if "threshold" in spec else None,
        min_count=_number(spec["min_count"], int, f"{where} min_count") if "min_count" in spec else None,
    )


def _words(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where} must be a list of strings")
    words = [T.to_simplified(T.normalize_width(v)).strip() for v in value]
    if any(not w for w in words):
        raise UsageError(f"{where}: empty word")
    return tuple(dict.fromkeys(words))


def _number(value: object, kind: type, where: str) -> float | int:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and (kind is float or isinstance(value, int))
    if not ok or value < 0:
        raise UsageError(f"{where} must be a non-negative {'whole ' if kind is int else ''}number, not {value!r}")
    return kind(value)


# ---------------------------------------------------------------- rules (KH Coder style)

@dataclass(frozen=True)
class Rule:
    """A boolean formula over word counts: ("word", w, n) | ("not", r) | ("and"|"or", (r, ...))."""

    node: tuple

    def holds(self, count: Callable[[str], int]) -> bool:
        return _holds(self.node, count)

    def words(self) -> list[str]:
        out: list[str] = []
        _rule_words(self.node, out)
        return out


def _holds(node: tuple, count: Callable[[str], int]) -> bool:
    op = node[0]
    if op == "word":
        return count(node[1]) >= node[2]
    if op == "not":
        return not _holds(node[1], count)
    results = (_holds(child, count) for child in node[1])
    return all(results) if op == "and" else any(results)


def _rule_words(node: tuple, out: list[str]) -> None:
    if node[0] == "word":
        out.append(node[1])
    elif node[0] == "not":
        _rule_words(node[1], out)
    else:
        for child in node[1]:
            _rule_words(child, out)


_RULE_TOKEN = re.compile(r'\s*(?:(>=)|([&|!()])|"([^"]*)"|([^\s&|!()"><=]+)|(\S))')
_RULE_WORDS = {"and": "&", "or": "|", "not": "!"}


def parse_rule(rule: str, where: str = "rule") -> Rule:
    """Parse `A | (B & !C) | D >= 3`; and/or/not may be written as words. UsageError if malformed."""
    tokens: list[tuple[str, str]] = []
    for m in _RULE_TOKEN.finditer(rule):
        op, sym, quoted, word, bad = m.groups()
        if bad:
            raise UsageError(f"{where}: rule {rule!r}: unexpected {bad!r}")
        if op or sym:
            tokens.append(("op", op or sym))
        elif quoted is not None:
            tokens.append(("word", T.to_simplified(quoted)))
        elif word.lower() in _RULE_WORDS:
            tokens.append(("op", _RULE_WORDS[word.lower()]))
        else:
            tokens.append(("word", T.to_simplified(T.normalize_width(word))))
    pos = 0

    def fail(msg: str):
        raise UsageError(f"{where}: rule {rule!r}: {msg}")

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def expr() -> tuple:
        nonlocal pos
        parts = [conj()]
        while peek() == ("op", "|"):
            pos += 1
            parts.append(conj())
        return parts[0] if len(parts) == 1 else ("or", tuple(parts))

    def conj() -> tuple:
        nonlocal pos
        parts = [neg()]
        while peek() == ("op", "&"):
            pos += 1
            parts.append(neg())
        return parts[0] if len(parts) == 1 else ("and", tuple(parts))

    def neg() -> tuple:
        nonlocal pos
        if peek() == ("op", "!"):
            pos += 1
            return ("not", neg())
        return atom()

    def atom() -> tuple:
        nonlocal pos
        tok = peek()
        if tok is None:
            fail("ends where a word is expected")
        if tok == ("op", "("):
            pos += 1
            node = expr()
            if peek() != ("op", ")"):
                fail("unbalanced parentheses")
            pos += 1
            return node
        if tok[0] != "word":
            fail(f"{tok[1]!r} where a word is expected")
        pos += 1
        n = 1
        if peek() == ("op", ">="):
            pos += 1
            count = peek()
            if count is None or count[0] != "word" or not count[1].isdigit() or int(count[1]) < 1:
                fail(f"{tok[1]} >= needs a whole number of at least 1")
            n = int(count[1])
            pos += 1
        return ("word", tok[1], n)

    if not tokens:
        fail("empty")
    node = expr()
    if pos < len(tokens):
        fail(f"unexpected {tokens[pos][1]!r} (unbalanced parentheses or a missing operator)")
    return Rule(node)


# ---------------------------------------------------------------- scoring documents

@dataclass(frozen=True)
class TagScore:
    tag: str
    kind: str
    score: float
    count: int  # occurrences of the tag's words, title and text


class _Matcher:
    """All taxonomy words in one trie-shaped regular expression: one pass over a text finds
    every word, the longest at each position (so 新能源汽车 is not also 新能源)."""

    def __init__(self, taxonomy: Taxonomy):
        self.owners: dict[str, list[tuple[int, float]]] = {}
        for i, tag in enumerate(taxonomy.tags):
            for word in tag.terms:
                self.owners.setdefault(word.lower(), []).append((i, 1.0))
            for word in tag.weak:
                self.owners.setdefault(word.lower(), []).append((i, taxonomy.weak_weight))
        self.pattern = re.compile(trie_regex(self.owners))

    def counts(self, text: str) -> Counter:
        """Occurrences of each taxonomy word in lower-cased `text`, longest match first."""
        found: Counter = Counter()
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if _cuts_latin(text, s, e):
                continue
            found[m.group()] += 1
        return found


def trie_regex(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, preferring the longest at a position.

    Shaped as a trie (你(?:好|们)?), which Python's engine runs far faster than a flat
    alternation of hundreds of words."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        end = "" in node  # a word ends here: what follows is optional (greedy: longest first)
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or end else branches[0]
        return body + "?" if end else body

    return build(trie) or "(?!)"


def _cuts_latin(text: str, start: int, end: int) -> bool:
    """An ASCII word found inside a longer one (CRO in MICRO, LED in LEDGER) is not a hit."""
    def latin(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()

    return (latin(start) and latin(start - 1)) or (latin(end - 1) and latin(end))


def score_document(text: str, title: str, taxonomy: Taxonomy) -> list[TagScore]:
    """The taxonomy tags that apply to one document, best first."""
    text_l, title_l = text.lower(), title.lower()
    matcher = taxonomy.matcher()
    in_text, in_title = matcher.counts(text_l), matcher.counts(title_l)
    evidence: dict[int, float] = {}
    hits: dict[int, int] = {}
    for word in in_text.keys() | in_title.keys():
        n = in_text[word]
        value = (1 + math.log(n) if n else 0.0) + (taxonomy.title_weight if in_title[word] else 0.0)
        for i, weight in matcher.owners[word]:
            evidence[i] = evidence.get(i, 0.0) + weight * value
            hits[i] = hits.get(i, 0) + n + in_title[word]
    unit = taxonomy.length_unit or 1
    norm = math.sqrt(max(len(text), unit) / unit)
    out = []
    for i, ev in evidence.items():
        tag = taxonomy.tags[i]
        score = ev / norm
        threshold = taxonomy.threshold if tag.threshold is None else tag.threshold
        min_count = taxonomy.min_count if tag.min_count is None else tag.min_count
        if score < threshold or hits[i] < min_count:
            continue
        if tag.rule and not tag.rule.holds(lambda w: text_l.count(w.lower()) + title_l.count(w.lower())):
            continue
        out.append(TagScore(tag.name, tag.kind, round(score, 4), hits[i]))
    out.sort(key=lambda s: (-s.score, s.kind, s.tag))
    return out


# ---------------------------------------------------------------- keywords

@dataclass(frozen=True)
class _KeywordVocabulary:
    stop: frozenset[str]
    units: frozenset[str]
    numerals: frozenset[str]
    pos: frozenset[str]


@lru_cache(maxsize=1)
def _vocabulary() -> _KeywordVocabulary:
    """Stop words (function words, news phrases, page furniture), units, numerals, parts of speech."""
    data = resources.files("parktool") / "data"
    stop = set()
    for line in (data / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            stop.add(word.lower())
    spec = tomllib.loads((data / "tag_keywords.toml").read_text(encoding="utf-8"))
    return _KeywordVocabulary(frozenset(stop), frozenset(spec["units"]), frozenset(spec["numerals"]),
                              frozenset(spec["pos"]))


@lru_cache(maxsize=1 << 18)
def is_keyword(word: str) -> bool:
    """Whether a segmented word may be a keyword: two characters or more, a letter or Han
    among them, a noun or name (by jieba's dictionary), not a stop word, not a unit, not a
    number with its unit or classifier (三年, 万平方米, 50强, 第一, 十四五)."""
    if len(word) < 2 or not any(ch.isalpha() for ch in word):
        return False
    v = _vocabulary()
    if word.lower() in v.stop or word in v.units:
        return False
    pos = _dictionary().get(word)
    if pos is not None and pos not in v.pos:
        return False
    rest = "".join(ch for ch in word if ch not in v.numerals and not ch.isdigit())
    if rest == word:
        return True
    return not (not rest or rest in v.units or all(ch in v.units for ch in rest))


def keywords(tf: Counter, df: dict[str, int], documents: int, top: int = DEFAULT_KEYWORDS
             ) -> list[tuple[str, float]]:
    """The `top` words of one document by (1 + ln tf) * ln((N + 1) / (df + 0.5)), best first.

    The idf never goes negative, and in a one-document corpus it is equal for all words, which
    then rank by frequency alone."""
    scored = []
    for word, n in tf.items():
        idf = math.log((documents + 1) / (df.get(word.lower(), 1) + 0.5))
        scored.append((word, round((1 + math.log(n)) * idf, 4)))
    scored.sort(key=lambda x: (-x[1], x[0]))
    return scored[:top]


def document_words(text: str, title: str, names: Iterable[str] = ()) -> Counter:
    """Candidate keywords of a document and how often each occurs (title and text).

    `names` (the document's park names) count whole, however the segmenter would cut them,
    and their characters are not counted again as shorter words."""
    names = sorted(set(names), key=len, reverse=True)
    counts: Counter = Counter()
    for part in (title, text):
        for name in names:
            n = part.count(name)
            if n:
                counts[name] += n
                part = part.replace(name, "\n")
        counts.update(T.segment(part))
    return Counter({w: n for w, n in counts.items() if w in names or is_keyword(w)})


def park_names(corpus: Corpus) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Each document's park names (the name and its specific aliases, as recognised at ingest)
    and in how many documents each name occurs: keyword candidates the segmenter may cut apart."""
    from parktool.parks import is_generic

    per_doc: dict[str, set[str]] = {}
    for r in corpus.query("SELECT doc_id, park, aliases FROM doc_parks"):
        names = per_doc.setdefault(r["doc_id"], set())
        names.update(n for n in [r["park"], *r["aliases"].split("|")] if n and not is_generic(n))
    df: Counter = Counter(name for names in per_doc.values() for name in names)
    return {d: sorted(n) for d, n in per_doc.items()}, dict(df)


# ---------------------------------------------------------------- the whole corpus

@dataclass
class TagReport:
    documents: int = 0
    industry: int = 0
    theme: int = 0
    keyword: int = 0
    counts: Counter = field(default_factory=Counter)  # (tag, kind) -> documents

    def count_rows(self) -> list[dict]:
        """Tag counts, most frequent first (keywords left out: they are per document)."""
        rows = [{"tag": t, "kind": k, "documents": n} for (t, k), n in self.counts.items()]
        rows.sort(key=lambda r: (KINDS.index(r["kind"]), -r["documents"], r["tag"]))
        return rows


def tag_documents(corpus: Corpus, taxonomy: Taxonomy, *, top_keywords: int = DEFAULT_KEYWORDS,
                  report: TagReport | None = None) -> Iterator[tuple[str, str, str, float]]:
    """(doc_id, tag, kind, score) for every stored document, in corpus order.

    Document frequencies are read now; the documents are read as the result is consumed."""
    report = report if report is not None else TagReport()
    documents, df = corpus.document_frequencies() if top_keywords else (0, {})
    names, name_df = park_names(corpus) if top_keywords else ({}, {})
    df.update(name_df)

    def rows() -> Iterator[tuple[str, str, str, float]]:
        for doc in corpus.documents(with_text=True):
            report.documents += 1
            for s in score_document(doc.text, doc.title, taxonomy):
                report.counts[(s.tag, s.kind)] += 1
                setattr(report, s.kind, getattr(report, s.kind) + 1)
                yield (doc.doc_id, s.tag, s.kind, s.score)
            if top_keywords:
                words = document_words(doc.text, doc.title, names.get(doc.doc_id, ()))
                for word, score in keywords(words, df, documents, top_keywords):
                    report.keyword += 1
                    yield (doc.doc_id, word, KEYWORD, score)

    return rows()


def tag_corpus(corpus: Corpus, taxonomy: Taxonomy | None = None, *,
               top_keywords: int = DEFAULT_KEYWORDS) -> TagReport:
    """Replace every stored tag with freshly computed ones (running it twice changes nothing)."""
    report = TagReport()
    rows = tag_documents(corpus, taxonomy or load_taxonomy(), top_keywords=top_keywords, report=report)
    corpus.replace_tags(rows)
    return report


# ---------------------------------------------------------------- co-occurrence

def cooccurrence(corpus: Corpus, *, kind: str = "tags", min_weight: float = 0,
                 measure: str = "count", include_duplicates: bool = False) -> list[dict]:
    """Pairs of tags found in the same documents: rows of source, target, weight.

    kind: industry, theme, tags (industry and theme), keyword or all. measure: count (documents
    shared) or jaccard (shared / in either, 0–1, as KH Coder's co-occurrence networks use).
    Pairs below min_weight are left out; heaviest first. source < target.
    """
    kinds = {"tags": KINDS, "all": (*KINDS, KEYWORD)}.get(kind, (kind,))
    if kind not in COOCCURRENCE_KINDS:
        raise UsageError(f"co-occurrence of {kind!r}: choose one of {', '.join(COOCCURRENCE_KINDS)}")
    if measure not in MEASURES:
        raise UsageError(f"co-occurrence measure {measure!r}: choose one of {', '.join(MEASURES)}")
    marks = ",".join("?" * len(kinds))
    distinct = "" if include_duplicates else " AND doc_id NOT IN (SELECT doc_id FROM duplicates)"
    chosen = f"SELECT DISTINCT doc_id, tag FROM tags WHERE kind IN ({marks}){distinct}"
    pairs = corpus.query(
        f"WITH t AS ({chosen}) SELECT a.tag AS source, b.tag AS target, count(*) AS shared"
        " FROM t a JOIN t b ON a.doc_id = b.doc_id AND a.tag < b.tag GROUP BY a.tag, b.tag",
        kinds)
    if measure == "jaccard":
        sizes = {r["tag"]: r["n"] for r in corpus.query(
            f"WITH t AS ({chosen}) SELECT tag, count(*) AS n FROM t GROUP BY tag", kinds)}
    rows = []
    for p in pairs:
        if measure == "count":
            weight: float = p["shared"]
        else:
            weight = round(p["shared"] / (sizes[p["source"]] + sizes[p["target"]] - p["shared"]), 4)
        if weight >= min_weight:
            rows.append({"source": p["source"], "target": p["target"], "weight": weight})
    rows.sort(key=lambda r: (-r["weight"], r["source"], r["target"]))
    return rows


# ---------------------------------------------------------------- the segmenter's user dictionary

def userdict_words(taxonomy: Taxonomy | None = None) -> list[str]:
    """Taxonomy words a plain segmenter cuts apart: the lines of userdict_taxonomy.txt.

    Decided with a fresh jieba (the reference engine) that has no user dictionary: words it
    already keeps whole stay out, since adding them would only raise their frequency and
    change how the text around them is cut. Words with spaces cannot be one token."""
    import logging

    import jieba

    taxonomy = taxonomy or load_taxonomy()
    jieba.setLogLevel(logging.WARNING)
    plain = jieba.Tokenizer()
    return sorted({w for w in taxonomy.words()
                   if len(w) >= 2 and " " not in w and plain.lcut(w, HMM=False) != [w]})


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, str]:
    """jieba's dictionary: word -> part of speech ("" where the file gives none)."""
    from parktool.search import dictionary_path

    path = dictionary_path()
    out: dict[str, str] = {}
    if path is not None:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts:
                out[parts[0]] = parts[2] if len(parts) > 2 else ""
    return out

