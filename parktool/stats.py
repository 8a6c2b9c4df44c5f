"""Corpus figures: overall, or grouped by park, province, year, site, script or tag."""

from __future__ import annotations

from parktool.corpus import Corpus
from parktool.errors import UsageError

GROUPS = ("park", "province", "year", "site", "script", "tag")
OVERVIEW_COLUMNS = ("measure", "value")
GROUP_COLUMNS = ("key", "documents", "chars", "metrics")

# Documents that are not marked as another's duplicate: every figure counts a story once.
_DISTINCT = "d.doc_id NOT IN (SELECT doc_id FROM duplicates)"


def overview(corpus: Corpus, *, include_duplicates: bool = False) -> list[dict]:
    """One row per measure: documents, characters, duplicates, parks, facts, tags, scripts."""
    where = "1" if include_duplicates else _DISTINCT
    q = lambda sql: corpus.conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    rows = [
        ("documents", q(f"SELECT count(*) FROM documents d WHERE {where}")),
        ("characters", q(f"SELECT sum(chars) FROM documents d WHERE {where}")),
        ("duplicates marked", q("SELECT count(*) FROM duplicates")),
        ("traditional script", q(f"SELECT count(*) FROM documents d WHERE script = 'hant' AND {where}")),
        ("with a date", q(f"SELECT count(*) FROM documents d WHERE published != '' AND {where}")),
        ("sites", q(f"SELECT count(DISTINCT site) FROM documents d WHERE site != '' AND {where}")),
        ("parks", q(f"SELECT count(DISTINCT park) FROM doc_parks p JOIN documents d USING (doc_id) WHERE {where}")),
        ("metric facts", q(f"SELECT count(*) FROM facts f JOIN documents d USING (doc_id) WHERE {where}")),
        ("tagged documents", q(f"SELECT count(DISTINCT doc_id) FROM tags t JOIN documents d USING (doc_id) WHERE {where}")),
        ("characters lost to mojibake", q(f"SELECT sum(mojibake) FROM documents d WHERE {where}")),
    ]
    return [{"measure": m, "value": v} for m, v in rows]


def grouped(corpus: Corpus, by: str, *, include_duplicates: bool = False) -> list[dict]:
    """Documents, characters and metric facts per group, largest first.

    A document counts once in every group it belongs to (an article about two parks counts for
    both), so group sums can exceed the corpus total for park, province and tag.
    """
    if by not in GROUPS:
        raise UsageError(f"--by {by}: choose one of {', '.join(GROUPS)}")
    where = "1" if include_duplicates else _DISTINCT
    if by == "park":
        return _by_park(corpus, where)
    key, join = {
        "site": ("d.site", ""),
        "script": ("d.script", ""),
        "year": ("substr(d.published, 1, 4)", ""),
        "province": ("g.province", "JOIN (SELECT DISTINCT doc_id, province FROM doc_parks) g ON g.doc_id = d.doc_id"),
        "tag": ("g.tag", "JOIN tags g ON g.doc_id = d.doc_id AND g.kind != 'keyword'"),
    }[by]
    sql = f"""
        SELECT {key} AS key, count(*) AS documents, sum(d.chars) AS chars,
               sum((SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id)) AS metrics
        FROM documents d {join}
        WHERE {where}
        GROUP BY 1 ORDER BY documents DESC, key
    """
    return corpus.query(sql)


def _by_park(corpus: Corpus, where: str) -> list[dict]:
    """Per park under its corpus-wide name (facts.park_names: 雄安新区 in one article and
    河北雄安新区 in another are one row); a document's facts count for the park they are
    attributed to."""
    from parktool.facts import park_names

    names = park_names(corpus)
    docs: dict[str, dict[str, int]] = {}
    metrics: dict[str, int] = {}
    for r in corpus.rows(f"""
            SELECT g.park, d.doc_id, d.chars,
                   (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id AND f.park = g.park) AS n
            FROM documents d JOIN doc_parks g ON g.doc_id = d.doc_id WHERE {where}"""):
        key = names.get(r["park"], r["park"])
        docs.setdefault(key, {})[r["doc_id"]] = r["chars"]
        metrics[key] = metrics.get(key, 0) + r["n"]
    rows = [{"key": k, "documents": len(d), "chars": sum(d.values()), "metrics": metrics[k]} for k, d in docs.items()]
    rows.sort(key=lambda r: (-r["documents"], r["key"]))
    return rows
