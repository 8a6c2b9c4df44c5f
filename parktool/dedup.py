"""Duplicates: syndicated copies across sites, encodings and scripts, found and marked.

The same story reaches an analyst from many sites; counted twice, it doubles every figure.
Two documents are

- **exact** duplicates when their cleaned, simplified texts are equal (`documents.text_hash`):
  the GBK, UTF-8 and traditional-script copies of one article;
- **near** duplicates when their sets of character shingles overlap enough: Jaccard similarity
  at least `threshold`, or containment (the share of the smaller set found in the larger) at
  least `containment`, so that a copy that adds a 来源 line or drops a paragraph still counts.

Shingles are `SHINGLE` consecutive letters, digits or Han characters of the cleaned text, with
punctuation and white space left out (sites differ in both). Every document's MinHash signature
is computed at ingest; `deduplicate` draws candidate pairs from a banded LSH index of the
signatures and verifies each exactly on the shingle sets. Shingles that most documents of the
same site share (its page furniture, where cleaning left some) are set aside when verifying a
pair from that site, and a pair must share at least `MIN_SHARED` other shingles: two articles
from one site are not copies because both end with the site's contact block.

Copies are grouped with union-find; the most complete copy of each group (longest cleaned text,
then earliest published, then first ingested) is canonical and every other member is marked as
its duplicate. Nothing is deleted. `dedup` is incremental: it compares only documents it has not
compared before (with each other and with the rest), so a second run changes nothing; when a
new, more complete copy joins a group, the group's marks are recomputed. Parameters and the
measurements behind them: docs/dedup.md.
"""

from __future__ import annotations

import hashlib
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np

from parktool.corpus import Corpus
from parktool.errors import UsageError

SHINGLE = 5  # characters per shingle
NUM_PERM = 128  # MinHash permutations (uint32 each: 512 bytes a document)
SEED = 1  # seed of the permutations, as in datasketch.MinHash(num_perm, seed)
BANDS, ROWS = 32, 4  # LSH: a pair is a candidate when all ROWS values of one band agree

THRESHOLD = 0.5  # Jaccard similarity that makes two texts near duplicates
CONTAINMENT = 0.8  # ... or the share of the smaller shingle set found in the larger
MIN_SHARED = 50  # distinctive shingles a near-duplicate pair must share (about a sentence)
COMMON_SHARE = 0.5  # a shingle in this share of a site's documents is its furniture ...
COMMON_MIN_DOCS = 10  # ... when the site has at least this many distinct documents

_MASK64 = (1 << 64) - 1
_BASE = 0x9E3779B97F4A7C15  # odd multiplier of the polynomial shingle hash
_EMPTY = np.uint32(0xFFFFFFFF)  # every MinHash value of an empty set
_COMMON_BUCKETS = 1 << 20  # buckets of the per-site shingle counter
_BLOCK = 512  # documents whose texts and shingle sets are held at once
_MAX_BUCKET_PAIRS = 64  # in a crowded LSH bucket, each document is paired with this many others
_AGREEMENT = 0.1  # candidates whose signatures agree less are not read (docs/dedup.md)


# ---------------------------------------------------------------- shingles and signatures

@lru_cache(maxsize=1)
def _folding() -> np.ndarray:
    """Code point -> the code point shingles use (NFKC, lower case), 0 for characters left out.

    Only letters, digits and Han characters count: punctuation and spaces differ between sites
    that carry the same text. Characters beyond the BMP (rare Han) are kept as they are.
    """
    table = np.zeros(0x10000, dtype=np.uint32)
    for cp in range(0x10000):
        ch = chr(cp)
        if ch.isalnum():
            folded = unicodedata.normalize("NFKC", ch).lower()
            table[cp] = ord(folded) if len(folded) == 1 else cp
    return table


def _folded(text: str) -> np.ndarray:
    """The text's shingle characters as uint64 code points."""
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    folded = np.where(cp < 0x10000, _folding()[cp & 0xFFFF], cp)
    return folded[folded != 0].astype(np.uint64)


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: spreads the polynomial's bits over the whole word."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, which datasketch applies before its permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def shingles(text: str) -> np.ndarray:
    """The text's shingles as a sorted array of distinct uint32 hashes.

    All shingles are hashed at once: a polynomial over the code points (wrapping at 2**64),
    mixed with fmix64, top 32 bits kept. No Python `hash()`: the values are the same in every
    process and on every machine. `shingle_hash` computes one of them the slow way.
    """
    cps = _folded(text)
    n = len(cps) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint32)
    with np.errstate(over="ignore"):
        h = cps[:n].copy()
        for j in range(1, SHINGLE):
            h = h * np.uint64(_BASE) + cps[j : j + n]
        hashes = np.sort((_fmix64(h) >> np.uint64(32)).astype(np.uint32))
    return hashes[np.r_[True, hashes[1:] != hashes[:-1]]]  # np.unique, without its overhead


def shingle_hash(shingle: str) -> int:
    """The hash of one shingle (its characters already folded): what `shingles` computes for it.

    The reference for tests, and the `hashfunc` that makes `datasketch.MinHash(NUM_PERM, SEED,
    hashfunc=shingle_hash)` agree with `signature` bit for bit.
    """
    h = 0
    for ch in shingle:
        h = (h * _BASE + ord(ch)) & _MASK64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _MASK64
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & _MASK64
    h ^= h >> 33
    return h >> 32


def shingle_strings(text: str) -> list[str]:
    """The text's shingles as strings (folded characters, in order, repeats kept): for people."""
    chars = "".join(map(chr, _folded(text).tolist()))
    return [chars[i : i + SHINGLE] for i in range(len(chars) - SHINGLE + 1)]


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations h -> a*h + b (mod 2**32), a odd: same seed, same a, b."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def minhash(hashes: np.ndarray) -> np.ndarray:
    """MinHash of a set of uint32 shingle hashes: NUM_PERM uint32 values (all 2**32-1 if empty).

    Every permutation of every shingle in one broadcast into one [shingles x NUM_PERM] buffer
    (in blocks for very long texts), minimum over the shingles; equal to
    datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32") fed the same hashes.
    """
    a, b = _permutations()
    out = np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    if len(hashes) == 0:
        return out
    mixed = _fmix32(hashes.astype(np.uint32, copy=False))
    step = 4096
    buf = np.empty((min(step, len(mixed)), NUM_PERM), dtype=np.uint32)
    for i in range(0, len(mixed), step):
        block = mixed[i : i + step]
        products = buf[: len(block)]
        np.multiply(block[:, None], a[None, :], out=products)
        np.add(products, b[None, :], out=products)
        np.minimum(out, products.min(axis=0), out=out)
    return out.astype("<u4", copy=False)  # stored as little-endian bytes on every machine


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a cleaned text (NUM_PERM uint32 values); ingest stores it."""
    return minhash(shingles(text))


def signature_from_bytes(blob: bytes | None) -> np.ndarray | None:
    """A stored signature, or None when it is missing or was made with other parameters."""
    if blob is None or len(blob) != NUM_PERM * 4:
        return None
    return np.frombuffer(blob, dtype="<u4")


# ---------------------------------------------------------------- comparing two shingle sets

@dataclass(frozen=True)
class Overlap:
    """How two shingle sets overlap."""

    shared: int
    jaccard: float  # |A ∩ B| / |A ∪ B|
    containment: float  # |A ∩ B| / min(|A|, |B|)


def overlap(a: np.ndarray, b: np.ndarray) -> Overlap:
    """Exact overlap of two sorted arrays of distinct shingle hashes."""
    if len(a) == 0 or len(b) == 0:
        return Overlap(0, 0.0, 0.0)
    if len(a) > len(b):
        a, b = b, a
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    shared = int(np.count_nonzero(b[at] == a))
    return Overlap(shared, shared / (len(a) + len(b) - shared), shared / len(a))


def is_near_duplicate(o: Overlap, threshold: float = THRESHOLD, containment: float = CONTAINMENT) -> bool:
    """The verification rule: enough distinctive shingles shared, and similar or contained."""
    return o.shared >= MIN_SHARED and (o.jaccard >= threshold or o.containment >= containment)


def _without(hashes: np.ndarray, common: np.ndarray) -> np.ndarray:
    """The shingles whose counter bucket is not among the site's common ones."""
    if len(common) == 0:
        return hashes
    return hashes[~np.isin(hashes & np.uint32(_COMMON_BUCKETS - 1), common, assume_unique=False)]


# ---------------------------------------------------------------- LSH

def band_key(signatures: np.ndarray, band: int) -> np.ndarray:
    """One uint64 key per document: the band's ROWS values folded into one word.

    One band at a time, so the keys take 8 bytes a document, not 8 * BANDS.
    """
    rows = signatures[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
    with np.errstate(over="ignore"):
        key = rows[:, 0]
        for r in range(1, ROWS):
            key = _fmix64(key * np.uint64(_BASE) + rows[:, r])
    return key


def candidate_pairs(signatures: np.ndarray, new: np.ndarray, members: np.ndarray | None = None) -> np.ndarray:
    """Pairs (i, j), i < j, of rows that agree on all rows of some band and of which one is new.

    Only `members` (row numbers, ascending; default all) take part. Documents already compared
    with each other are not paired again. In a crowded bucket (many near-identical documents)
    each document is paired with its next `_MAX_BUCKET_PAIRS` neighbours only: union-find still
    joins them all, without a quadratic number of checks.
    """
    if members is None:
        members = np.arange(len(signatures))
    n = len(members)
    new = new[members]
    if n < 2 or not new.any():
        return np.empty((0, 2), dtype=np.int64)
    found: list[np.ndarray] = []
    for band in range(BANDS):
        key = band_key(signatures, band)[members]
        order = np.argsort(key, kind="stable")
        sorted_keys = key[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        sizes = np.diff(np.r_[starts, n])
        for size in np.unique(sizes[sizes >= 2]):
            first = starts[sizes == size]
            span = min(int(size) - 1, _MAX_BUCKET_PAIRS)
            for offset in range(1, span + 1):
                i = order[first[:, None] + np.arange(int(size) - offset)[None, :]].ravel()
                j = order[first[:, None] + np.arange(offset, int(size))[None, :]].ravel()
                keep = new[i] | new[j]
                found.append(np.stack([i[keep], j[keep]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1).astype(np.int64)
    codes = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return members[np.stack([codes // n, codes % n], axis=1)]


def agreement(signatures: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Per pair, the share of MinHash values the two signatures agree on: an estimate of their
    Jaccard similarity (±0.04 at 0.5 with 128 values). Candidates that met in one band by
    chance agree on little else; their texts need not be read."""
    out = np.empty(len(pairs))
    for start in range(0, len(pairs), 8192):
        chunk = pairs[start : start + 8192]
        out[start : start + len(chunk)] = (signatures[chunk[:, 0]] == signatures[chunk[:, 1]]).mean(axis=1)
    return out


# ---------------------------------------------------------------- clusters

class UnionFind:
    """Disjoint sets over 0..n-1, with path halving; 8 bytes a member."""

    def __init__(self, n: int):
        self.parent = array("q", range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class Mark:
    """One row of the contract's `duplicates` table."""

    doc_id: str
    duplicate_of: str
    similarity: float
    method: str  # exact | near

    def row(self) -> dict:
        return {"doc_id": self.doc_id, "duplicate_of": self.duplicate_of,
                "similarity": round(self.similarity, 4), "method": self.method}


@dataclass
class Report:
    """What a `dedup` run found and changed."""

    marks: list[Mark]  # every mark after the run (what would be, with dry_run)
    documents: int = 0
    compared: int = 0  # documents compared for the first time
    candidates: int = 0  # LSH candidate pairs verified
    signatures: int = 0  # signatures computed because ingest had not stored them
    added: int = 0
    changed: int = 0
    removed: int = 0
    dry_run: bool = False

    @property
    def clusters(self) -> int:
        return len({m.duplicate_of for m in self.marks})

    def count(self, method: str) -> int:
        return sum(m.method == method for m in self.marks)

    def rows(self) -> list[dict]:
        return [m.row() for m in self.marks]


# ---------------------------------------------------------------- the run

@dataclass
class _Docs:
    """The corpus as dedup sees it: parallel arrays in ingest order, a few bytes a document
    beside its signature (doc_id is the only Python object kept per document)."""

    seq: np.ndarray
    doc_id: list[str]
    chars: np.ndarray
    published: np.ndarray  # yyyymmdd, _UNDATED when unknown
    text_hash: np.ndarray  # uint64: equal for equal cleaned texts
    site: np.ndarray  # site group number, -1 when unknown
    signatures: np.ndarray
    new: np.ndarray
    missing: np.ndarray  # signatures computed in this run


_UNDATED = 99_999_999  # sorts after every date: a dated copy is preferred as canonical


def site_key(site: str, source: str) -> str:
    """Which page template a document came through: its URL's host, else its site name."""
    if source.startswith(("http://", "https://")):
        host = urlsplit(source).hostname or ""
        if host:
            return host.removeprefix("www.")
    return site.strip()


def _day(published: str) -> int:
    """An ISO date as yyyymmdd, _UNDATED for anything else."""
    digits = published[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else _UNDATED


def _hash64(text_hash: str) -> int:
    """documents.text_hash (16 hex digits from ingest) as a uint64; any other string hashed."""
    try:
        if len(text_hash) <= 16:
            return int(text_hash, 16)
    except ValueError:
        pass
    return int.from_bytes(hashlib.sha256(text_hash.encode("utf-8")).digest()[:8], "little")


def _load(corpus: Corpus, rebuild: bool) -> _Docs:
    """Every document's metadata and signature, streamed into arrays; missing signatures made."""
    seq, chars, published, sites = (array("q") for _ in range(4))
    hashes = array("Q")
    doc_ids: list[str] = []
    site_numbers: dict[str, int] = {}
    for s, doc_id, nchars, pub, text_hash, site, source in corpus.dedup_documents():
        seq.append(s)
        chars.append(nchars)
        doc_ids.append(doc_id)
        published.append(_day(pub))
        hashes.append(_hash64(text_hash))
        key = site_key(site, source)
        sites.append(site_numbers.setdefault(key, len(site_numbers)) if key else -1)
    n = len(doc_ids)
    sigs = np.empty((n, NUM_PERM), dtype="<u4")
    missing = np.ones(n, dtype=bool)
    new = np.ones(n, dtype=bool)
    position = {d: i for i, d in enumerate(doc_ids)}
    for doc_id, blob, compared in corpus.dedup_signatures():
        i = position.get(doc_id)
        sig = signature_from_bytes(blob)
        if i is not None and sig is not None:
            sigs[i], missing[i], new[i] = sig, False, rebuild or not compared
    del position
    docs = _Docs(np.frombuffer(seq, dtype=np.int64), doc_ids, np.frombuffer(chars, dtype=np.int64),
                 np.frombuffer(published, dtype=np.int64), np.frombuffer(hashes, dtype=np.uint64),
                 np.frombuffer(sites, dtype=np.int64), sigs, new, missing)
    for block in _blocks(np.flatnonzero(missing)):
        for i, sh in zip(block, _shingle_sets(corpus, docs, block)):
            sigs[i] = minhash(sh)
    return docs


def _blocks(indices: np.ndarray, size: int = _BLOCK) -> Iterator[np.ndarray]:
    for start in range(0, len(indices), size):
        yield indices[start : start + size]


def _shingle_sets(corpus: Corpus, docs: _Docs, indices: Sequence[int]) -> list[np.ndarray]:
    texts = corpus.texts([int(docs.seq[i]) for i in indices])
    return [shingles(texts[int(docs.seq[i])]) for i in indices]


def deduplicate(
    corpus: Corpus,
    *,
    threshold: float = THRESHOLD,
    containment: float = CONTAINMENT,
    dry_run: bool = False,
    rebuild: bool = False,
) -> Report:
    """Compare the documents not compared yet with each other and with the rest; mark copies.

    With `dry_run` nothing is written; the report says what would be. With `rebuild` every
    document is compared afresh and every mark recomputed (after changing the thresholds).
    """
    for name, value in (("--threshold", threshold), ("--containment", containment)):
        if not 0.0 < value <= 1.0:
            raise UsageError(f"{name} {value}: give a share between 0 and 1, e.g. 0.5")
    docs = _load(corpus, rebuild)
    old = {m.doc_id: m for m in corpus.duplicate_marks()}
    report = Report(marks=sorted(old.values(), key=_mark_order), documents=len(docs.doc_id),
                    compared=int(docs.new.sum()), signatures=int(docs.missing.sum()), dry_run=dry_run)
    if not docs.new.any():
        return report

    uf = UnionFind(len(docs.doc_id))
    if not rebuild:
        _join_marked(uf, docs, old.values())
    reps, touched = _join_exact(uf, docs)
    run = _Run(corpus, docs, reps, threshold, containment)
    with_text = reps[docs.signatures.min(axis=1)[reps] != _EMPTY]  # no shingles, no near copies
    pairs = candidate_pairs(docs.signatures, docs.new, with_text)
    report.candidates = len(pairs)
    for i, j, verdict in run.judge(pairs[agreement(docs.signatures, pairs) >= _AGREEMENT]):
        if verdict.near:
            uf.union(i, j)
            touched.add(i)

    marks = run.marks(uf, touched)
    redone = set(docs.doc_id) if rebuild else {docs.doc_id[i] for i in _members(uf, touched, len(docs.doc_id))}
    for doc_id in redone & (old.keys() | marks.keys()):
        before, after = old.get(doc_id), marks.get(doc_id)
        if before is None:
            report.added += 1
        elif after is None:
            report.removed += 1
        elif before != after:
            report.changed += 1
    kept = [m for d, m in old.items() if d not in redone]
    report.marks = sorted([*kept, *marks.values()], key=_mark_order)
    if not dry_run:
        corpus.save_dedup(
            signatures=[(docs.doc_id[i], docs.signatures[i].tobytes()) for i in np.flatnonzero(docs.missing)],
            unmark=None if rebuild else sorted(redone),
            marks=[(m.doc_id, m.duplicate_of, m.similarity, m.method) for m in marks.values()],
            compared=[docs.doc_id[i] for i in np.flatnonzero(docs.new)],
        )
    return report


def _join_marked(uf: UnionFind, docs: _Docs, marks: Iterable[Mark]) -> None:
    """The clusters earlier runs found, as they are marked."""
    marks = list(marks)
    named = {d for m in marks for d in (m.doc_id, m.duplicate_of)}
    index = {d: i for i, d in enumerate(docs.doc_id) if d in named}
    for m in marks:
        if m.doc_id in index and m.duplicate_of in index:
            uf.union(index[m.doc_id], index[m.duplicate_of])


def _join_exact(uf: UnionFind, docs: _Docs) -> tuple[np.ndarray, set[int]]:
    """Join new documents to an earlier document with the same cleaned text.

    Returns one representative per distinct text (a compared one where there is one: its near
    copies are known already), in ingest order, and the documents joined.
    """
    n = len(docs.doc_id)
    order = np.lexsort((np.arange(n), docs.new))  # compared first, then in ingest order
    _, first, inverse = np.unique(docs.text_hash[order], return_index=True, return_inverse=True)
    rep_of = np.empty(n, dtype=np.int64)
    rep_of[order] = order[first][inverse]  # each document's representative, in document order
    joined = np.flatnonzero((rep_of != np.arange(n)) & docs.new).tolist()
    for i in joined:
        uf.union(int(rep_of[i]), i)
    return np.unique(rep_of), set(joined)


def _mark_order(m: Mark) -> tuple[str, str]:
    return (m.duplicate_of, m.doc_id)


@dataclass(frozen=True)
class _Verdict:
    near: bool  # passes the rule (on the shingles left after the site's furniture)
    containment: float  # of the whole shingle sets: what a mark reports


class _Run:
    """One run's verification: verdicts of near pairs and site furniture, computed once."""

    def __init__(self, corpus: Corpus, docs: _Docs, reps: np.ndarray, threshold: float, containment: float):
        self.corpus, self.docs, self.reps = corpus, docs, reps
        self.threshold, self.containment = threshold, containment
        self.near: dict[tuple[int, int], _Verdict] = {}
        self.furniture: dict[int, np.ndarray] = {}

    def judge(self, pairs: np.ndarray | list[tuple[int, int]]) -> Iterator[tuple[int, int, _Verdict]]:
        """Each pair's verdict, reading and shingling a block of documents at a time.

        Verdicts of near pairs are kept (marks ask for them again); the others are not, so the
        cache grows with the copies found, not with the candidates checked.
        """
        todo = []
        for i, j in np.asarray(pairs, dtype=np.int64).reshape(-1, 2).tolist():
            known = self.near.get(_key(i, j))
            if known:
                yield i, j, known
            else:
                todo.append((i, j))
        for chunk in _pair_blocks(np.array(todo, dtype=np.int64).reshape(-1, 2)):
            indices = np.unique(chunk)
            sets = dict(zip(indices.tolist(), _shingle_sets(self.corpus, self.docs, indices)))
            for i, j in chunk.tolist():
                verdict = self._verdict(i, j, sets[i], sets[j])
                if verdict.near:
                    self.near[_key(i, j)] = verdict
                yield i, j, verdict

    def _verdict(self, i: int, j: int, a: np.ndarray, b: np.ndarray) -> _Verdict:
        whole = overlap(a, b)
        site = int(self.docs.site[i])
        if site >= 0 and site == self.docs.site[j]:
            common = self.site_furniture(site)
            seen = overlap(_without(a, common), _without(b, common)) if len(common) else whole
        else:
            seen = whole
        return _Verdict(is_near_duplicate(seen, self.threshold, self.containment), whole.containment)

    def site_furniture(self, site: int) -> np.ndarray:
        """The counter buckets of the site's furniture shingles (computed on first need).

        A shingle is furniture when at least COMMON_SHARE of the site's distinct documents
        contain it (and the site has COMMON_MIN_DOCS of them). Counted in a fixed array of
        buckets, so memory does not grow with the site; a bucket's count overstates a rare
        shingle's by about (shingles per document / buckets) per document, far below the bar.
        """
        if site not in self.furniture:
            members = self.reps[self.docs.site[self.reps] == site]
            common = np.empty(0, dtype=np.uint32)
            if len(members) >= COMMON_MIN_DOCS:
                counts = np.zeros(_COMMON_BUCKETS, dtype=np.int64)
                for block in _blocks(members):
                    sets = _shingle_sets(self.corpus, self.docs, block)
                    buckets = np.concatenate(sets) & np.uint32(_COMMON_BUCKETS - 1)
                    counts += np.bincount(buckets, minlength=_COMMON_BUCKETS)
                common = np.flatnonzero(counts >= COMMON_SHARE * len(members)).astype(np.uint32)
            self.furniture[site] = common
        return self.furniture[site]

    def marks(self, uf: UnionFind, touched: set[int]) -> dict[str, Mark]:
        """Marks for the clusters this run touched, each one checked against its canonical.

        The most complete copy of a cluster is its canonical; a member that is the same text,
        or passes the rule against the canonical itself, is marked as its duplicate. Members
        joined to it only through a third document (two digests that both contain one brief)
        are not its copies: among them the most complete is a canonical in turn, and so on.
        """
        docs = self.docs
        clusters: dict[int, list[int]] = {}
        for i in _members(uf, touched, len(docs.doc_id)):
            clusters.setdefault(uf.find(i), []).append(i)
        rounds = [sorted(m, key=self._completeness) for m in clusters.values() if len(m) > 1]
        marks: dict[str, Mark] = {}
        while rounds:
            pairs = [(i, group[0]) for group in rounds for i in group[1:]
                     if docs.text_hash[i] != docs.text_hash[group[0]]]
            verdicts = {(i, c): v for i, c, v in self.judge(pairs)}
            later = []
            for canonical, *rest in rounds:
                left = []
                for i in rest:
                    if docs.text_hash[i] == docs.text_hash[canonical]:
                        marks[docs.doc_id[i]] = Mark(docs.doc_id[i], docs.doc_id[canonical], 1.0, "exact")
                    elif verdicts[i, canonical].near:
                        sim = round(verdicts[i, canonical].containment, 4)
                        marks[docs.doc_id[i]] = Mark(docs.doc_id[i], docs.doc_id[canonical], sim, "near")
                    else:
                        left.append(i)
                if len(left) > 1:
                    later.append(left)
            rounds = later
        return marks

    def _completeness(self, i: int) -> tuple:
        """Sort key, most complete first: longest text, earliest published, first ingested."""
        return (-self.docs.chars[i], self.docs.published[i], self.docs.seq[i])


def _key(i: int, j: int) -> tuple[int, int]:
    """A pair's key in the verdict cache, whichever way round it is asked for."""
    return (i, j) if i < j else (j, i)


def _pair_blocks(pairs: np.ndarray) -> Iterator[np.ndarray]:
    """Runs of pairs (in order) that together name at most _BLOCK documents."""
    start, seen = 0, set()
    for k, (i, j) in enumerate(pairs.tolist()):
        seen.update((i, j))
        if len(seen) > _BLOCK:
            yield pairs[start:k]
            start, seen = k, {i, j}
    if start < len(pairs):
        yield pairs[start:]


def _members(uf: UnionFind, touched: Iterable[int], n: int) -> list[int]:
    """Every document in a cluster that this run touched."""
    roots = {uf.find(i) for i in touched}
    return [i for i in range(n) if uf.find(i) in roots] if roots else []


def summary(report: Report) -> str:
    """The run in one line, for people (stderr)."""
    done = [f"{report.documents} documents, {report.compared} compared for the first time"]
    if report.signatures:
        done.append(f"{report.signatures} signatures computed")
    done.append(f"{report.candidates} candidate pairs checked")
    line = ", ".join(done) + (f": {len(report.marks)} duplicates in {report.clusters} clusters"
                              f" ({report.count('exact')} exact, {report.count('near')} near)")
    if report.added or report.changed or report.removed:
        line += f"; {report.added} added, {report.changed} changed, {report.removed} removed"
    else:
        line += "; no marks changed"
    return line + (" (dry run: nothing written)" if report.dry_run else "")
