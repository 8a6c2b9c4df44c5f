"""Parks side by side on the same indicators."""

from __future__ import annotations

from collections import defaultdict

from parktool.corpus import Corpus
from parktool.errors import UsageError
from parktool.facts import facts, park_names

AGGREGATES = ("latest", "max", "min", "sum", "count")


def compare(
    corpus: Corpus,
    parks: list[str] | None = None,
    indicators: list[str] | None = None,
    *,
    year: int | None = None,
    agg: str = "latest",
    top: int = 5,
    limit: int = 20,
    include_duplicates: bool = False,
) -> tuple[list[str], list[dict]]:
    """(park columns, rows): one row per indicator and unit, one column per park.

    Parks default to the `top` parks with the most facts; indicators default to those that at
    least two of the parks report (else all of theirs), most widely shared first. A cell is the
    figure of the latest year (`latest`; ties: first stated), or max/min/sum/count of them.
    Values are canonical (CNY, m2, %); `humanise` turns them into 亿元, 万平方米, 亩 for people.
    """
    if agg not in AGGREGATES:
        raise UsageError(f"--agg {agg}: choose one of {', '.join(AGGREGATES)}")
    rows = facts(corpus, year=year, include_duplicates=include_duplicates)
    rows = [r for r in rows if r["corpus_park"]]
    if parks:
        names = park_names(corpus)
        chosen = [names.get(p, p) for p in parks]
        known = {r["corpus_park"] for r in rows}
        missing = [p for p, c in zip(parks, chosen) if c not in known]
        if missing:
            raise UsageError(f"--park {missing[0]}: no metric facts for this park (see `parktool parks`)")
    else:
        counts: dict[str, int] = defaultdict(int)
        for r in rows:
            counts[r["corpus_park"]] += 1
        chosen = sorted(counts, key=lambda p: (-counts[p], p))[:top]
    cells: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r["corpus_park"] in chosen and (not indicators or any(i in r["indicator"] for i in indicators)):
            cells[(r["indicator"], r["unit"])][r["corpus_park"]].append(r)
    keys = list(cells)
    if not indicators:
        shared = [k for k in keys if len(cells[k]) >= 2]
        keys = shared or keys
    keys.sort(key=lambda k: (-len(cells[k]), k))
    out = []
    for indicator, unit in keys[:limit]:
        row = {"indicator": indicator, "unit": unit,
               "dimension": next(iter(cells[(indicator, unit)].values()))[0]["dimension"]}
        for park in chosen:
            row[park] = _aggregate(cells[(indicator, unit)].get(park, []), agg)
        out.append(row)
    return chosen, out


def _aggregate(found: list[dict], agg: str) -> float | None:
    if not found:
        return None
    values = [r["value"] for r in found]
    if agg == "latest":
        latest = max((r["year"] or 0) for r in found)
        return next(r["value"] for r in found if (r["year"] or 0) == latest)
    if agg == "count":
        return float(len(values))
    return {"max": max, "min": min, "sum": sum}[agg](values)


def humanise(value: float | None, unit: str, indicator: str = "") -> str:
    """A canonical value in the unit a reader expects: 亿元/万元, %, 亩 or 万平方米, 个百分点."""
    if value is None:
        return ""
    if unit == "CNY":
        if abs(value) >= 1e8:
            return f"{value / 1e8:,.2f}亿元".replace(".00亿", "亿")
        if abs(value) >= 1e4:
            return f"{value / 1e4:,.2f}万元".replace(".00万", "万")
        return f"{value:,.0f}元"
    if unit == "m2":
        if any(w in indicator for w in ("地", "亩")):
            return f"{value / 666.6667:,.0f}亩"
        if abs(value) >= 1e4:
            return f"{value / 1e4:,.2f}万平方米".replace(".00万", "万")
        return f"{value:,.0f}平方米"
    if unit == "%":
        return f"{value:g}%"
    if unit == "pp":
        return f"{value:g}个百分点"
    if unit in ("USD", "EUR", "HKD", "JPY", "TWD", "GBP"):
        if abs(value) >= 1e8:
            return f"{value / 1e8:,.2f}亿{unit}"
        if abs(value) >= 1e4:
            return f"{value / 1e4:,.2f}万{unit}"
    return f"{value:,g}{unit}" if unit else f"{value:,g}"
