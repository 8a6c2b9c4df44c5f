"""Queries over stored parks and metric facts, with park names unified across the corpus.

One article may say only 丽水经开区, another 丽水经济技术开发区 and 丽水经开区: the second tells
us they are one park. `park_names` turns every article's names into one canonical name each,
the official name of a national zone, else the fullest form any article uses, so that the parks
table, filters and comparisons agree. A fact keeps the name its own article uses (eval/GUIDE.md)
and carries the corpus-wide name beside it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from parktool.corpus import Corpus

_DISTINCT = "doc_id NOT IN (SELECT doc_id FROM duplicates)"


def park_names(corpus: Corpus) -> dict[str, str]:
    """Every park name or alias seen -> the corpus-wide canonical name."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        # An official zone name represents the group, else the fuller (longer) name; ties go to
        # the alphabetically first.
        keep, drop = sorted((ra, rb), key=lambda n: (not _official(n), -len(n), n))
        parent[drop] = keep
        parent.setdefault(keep, keep)

    for park, aliases in corpus.conn.execute("SELECT park, aliases FROM doc_parks"):
        parent.setdefault(park, park)
        for alias in filter(None, aliases.split("|")):
            if _specific(alias):
                union(park, alias)
    return {name: find(name) for name in parent}


def _official(name: str) -> bool:
    from parktool.parks import official_zone

    zone = official_zone(name)
    return zone is not None and zone.name == name


def _specific(alias: str) -> bool:
    """Generic short forms (开发区, 园区, 经开区) name a different park in each article."""
    from parktool.parks import is_generic

    return not is_generic(alias)


def facts(
    corpus: Corpus,
    *,
    park: str | None = None,
    indicator: str | None = None,
    dimension: str | None = None,
    year: int | None = None,
    include_duplicates: bool = False,
) -> Iterator[dict]:
    """Metric facts in corpus order: `park` as the fact's article names it, `corpus_park` the
    park's corpus-wide name; filters match a park by any of its names and an indicator by
    substring. Rows come one at a time: a corpus can hold millions."""
    names = park_names(corpus)
    where = ["1" if include_duplicates else "f." + _DISTINCT]
    params: list = []
    if dimension:
        where.append("f.dimension = ?")
        params.append(dimension)
    if year is not None:
        where.append("f.year = ?")
        params.append(year)
    if indicator:
        where.append("instr(f.indicator, ?) > 0")
        params.append(indicator)
    rows = corpus.rows(
        "SELECT f.doc_id, d.source, f.park, f.indicator, f.value, f.unit, f.dimension, f.qualifier,"
        " f.year, f.raw, f.sentence FROM facts f JOIN documents d ON d.doc_id = f.doc_id"
        f" WHERE {' AND '.join(where)} ORDER BY d.seq, f.in_title DESC, f.start", params)
    wanted = names.get(park, park) if park else None
    for r in rows:
        r["corpus_park"] = names.get(r["park"], r["park"])
        if wanted is None or r["corpus_park"] == wanted:
            yield r


def parks(corpus: Corpus, *, include_duplicates: bool = False) -> list[dict]:
    """The parks table: one row per canonical park, with every alias seen and its counts."""
    names = park_names(corpus)
    where = "1" if include_duplicates else _DISTINCT
    aliases: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    places: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    for r in corpus.query(
            f"SELECT doc_id, park, aliases, kind, province, city FROM doc_parks WHERE {where}"):
        name = names.get(r["park"], r["park"])
        docs[name].add(r["doc_id"])
        if r["park"] != name:
            aliases[name].add(r["park"])
        aliases[name].update(a for a in r["aliases"].split("|") if a and a != name)
        if r["province"]:
            places[name][(r["province"], r["city"])] += 1
        if r["kind"]:
            kinds[name][r["kind"]] += 1
    counts: Counter = Counter()
    for r in corpus.query(f"SELECT park, count(*) AS n FROM facts WHERE park != '' AND {where} GROUP BY park"):
        counts[names.get(r["park"], r["park"])] += r["n"]
    rows = []
    for name in docs:
        province, city = places[name].most_common(1)[0][0] if places[name] else ("", "")
        rows.append({
            "park": name,
            "aliases": "|".join(sorted(aliases[name])),
            "province": province,
            "city": city,
            "kind": kinds[name].most_common(1)[0][0] if kinds[name] else "",
            "documents": len(docs[name]),
            "metrics": counts[name],
        })
    rows.sort(key=lambda r: (-r["documents"], -r["metrics"], r["park"]))
    return rows
