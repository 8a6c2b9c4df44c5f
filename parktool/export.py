"""Whole tables, with the contract's columns in the contract's order."""

from __future__ import annotations

from collections.abc import Iterator
from parktool.corpus import DOCUMENT_COLUMNS, Corpus
from parktool.errors import UsageError

# The contract's columns, then `corpus_park`: the park's one name across the corpus (official
# for a national zone), for grouping; `park` is the name the fact's own article uses.
METRIC_COLUMNS = ("doc_id", "source", "park", "indicator", "value", "unit", "dimension",
                  "qualifier", "year", "raw", "sentence", "corpus_park")
PARK_COLUMNS = ("park", "aliases", "province", "city", "kind", "documents", "metrics")
TAG_COLUMNS = ("doc_id", "tag", "kind", "score")
DUPLICATE_COLUMNS = ("doc_id", "duplicate_of", "similarity", "method")

TABLES = ("documents", "metrics", "parks", "tags", "duplicates")

# Columns that are not text, as pyarrow type names (for parquet; the text formats need none).
TYPES = {
    "documents": {"chars": "int64"},
    "metrics": {"value": "float64", "year": "int64"},
    "parks": {"documents": "int64", "metrics": "int64"},
    "tags": {"score": "float64"},
    "duplicates": {"similarity": "float64"},
}


def columns(table: str) -> tuple[str, ...]:
    return {
        "documents": DOCUMENT_COLUMNS,
        "metrics": METRIC_COLUMNS,
        "parks": PARK_COLUMNS,
        "tags": TAG_COLUMNS,
        "duplicates": DUPLICATE_COLUMNS,
    }[table]


def rows(corpus: Corpus, table: str, *, include_duplicates: bool = False) -> Iterator[dict]:
    """The rows of one table. Duplicates are left out unless include_duplicates."""
    if table not in TABLES:
        raise UsageError(f"{table}: no such table (choose one of {', '.join(TABLES)})")
    if table == "documents":
        for d in corpus.documents(include_duplicates=include_duplicates):
            yield {c: getattr(d, c) for c in DOCUMENT_COLUMNS}
    elif table == "metrics":
        from parktool.facts import facts

        yield from facts(corpus, include_duplicates=include_duplicates)
    elif table == "parks":
        from parktool.facts import parks

        yield from parks(corpus, include_duplicates=include_duplicates)
    elif table == "tags":
        where = "" if include_duplicates else " WHERE doc_id NOT IN (SELECT doc_id FROM duplicates)"
        yield from corpus.rows(
            f"SELECT doc_id, tag, kind, round(score, 4) AS score FROM tags{where}"
            " ORDER BY doc_id, kind, score DESC, tag")
    else:
        # The duplicates table is the list of marks: every row is a duplicate by definition.
        yield from corpus.rows(
            "SELECT doc_id, duplicate_of, round(similarity, 4) AS similarity, method FROM duplicates"
            " ORDER BY duplicate_of, doc_id")

