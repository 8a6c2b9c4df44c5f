"""The only module that writes results: table, csv, tsv, json, jsonl (and parquet for export).

Commands compute rows once (dicts with the same keys as `columns`) and hand them here.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import IO, Any

from parktool.errors import UsageError


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"


def default_format(stream: IO[str] | None = None) -> Format:
    """`table` on a terminal, `tsv` into a pipe or file (one row a line, for shell tools)."""
    stream = stream or sys.stdout
    try:
        return Format.table if stream.isatty() else Format.tsv
    except (AttributeError, ValueError):
        return Format.tsv


def cell(value: Any) -> str:
    """A value as text in csv/tsv/table: no float noise, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.12g}"  # 12 significant digits: no binary noise (3333333.33333)
    if isinstance(value, (list, tuple)):
        return "|".join(cell(v) for v in value)
    return str(value)


_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Spreadsheet-safe cell (OWASP CSV injection): a formula-like start gets a leading '."""
    if text.startswith(_RISKY) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def render(
    rows: Iterable[dict],
    columns: Sequence[str],
    fmt: Format | None = None,
    *,
    out: IO[str] | None = None,
    bom: bool = False,
    raw_cells: bool = False,
    title: str | None = None,
    widths: dict[str, int] | None = None,
) -> int:
    """Write rows in `fmt`; returns how many rows were written."""
    out = out or sys.stdout
    fmt = Format(fmt) if fmt else default_format(out)
    if fmt is Format.table:
        return _table(list(rows), columns, out, title, widths or {})
    if fmt in (Format.csv, Format.tsv):
        return _delimited(rows, columns, out, "," if fmt is Format.csv else "\t", bom, raw_cells)
    n = 0
    if fmt is Format.json:
        out.write("[")
        for n, row in enumerate(rows, 1):
            out.write(("," if n > 1 else "") + "\n" + _json({c: row.get(c) for c in columns}))
        out.write("\n]\n" if n else "]\n")
        return n
    for n, row in enumerate(rows, 1):
        out.write(_json({c: row.get(c) for c in columns}) + "\n")
    return n


def render_object(obj: dict, out: IO[str] | None = None) -> None:
    """One JSON object (ingest summaries, `show --format json`)."""
    (out or sys.stdout).write(_json(obj, indent=2) + "\n")


def _json(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=str, allow_nan=False)


def _delimited(rows, columns, out, delimiter, bom, raw_cells) -> int:
    if bom:
        out.write("\ufeff")
    if delimiter == ",":
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    else:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    n = 0
    for n, row in enumerate(rows, 1):
        values = [cell(row.get(c)) for c in columns]
        if not raw_cells:  # before a TSV cell's tab becomes a space: "\t=1+1" is formula-like
            values = [neutralise(v) for v in values]
        if delimiter == "\t":
            values = [v.replace("\t", " ").replace("\r", " ").replace("\n", " ") for v in values]
        writer.writerow(values)
    return n


def _table(rows: list[dict], columns, out, title, widths) -> int:
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=False)
    table = Table(title=title, show_lines=False, header_style="bold")
    # Cells are plain text (a title may hold "[…]"); a caller that styles one passes a Text.
    cells = [[v if isinstance(v, Text) else Text(cell(v)) for v in (row.get(c) for c in columns)]
             for row in rows]
    for i, c in enumerate(columns):
        longest = max([cell_len(c)] + [r[i].cell_len for r in cells])
        if longest <= 20:  # ids, numbers, dates, short names: never squeezed or wrapped
            table.add_column(c, no_wrap=True, min_width=longest)
        elif c in widths:  # long text with a cap: cut with an ellipsis
            table.add_column(c, overflow="ellipsis", max_width=widths[c], min_width=min(10, widths[c]))
        else:  # long text shares what is left, folded over lines
            table.add_column(c, overflow="fold", min_width=10)
    for r in cells:
        table.add_row(*r)
    console.print(table)
    return len(rows)


def write_parquet(rows: Iterable[dict], columns: Sequence[str], path: str, *,
                  types: dict[str, str] | None = None, batch_rows: int = 16_384) -> int:
    """Parquet through pyarrow: typed, compressed, fast to load in pandas.

    Rows are written a row group of `batch_rows` at a time, so memory stays bounded by the batch
    whatever the table's size. `types` names the pyarrow type of a column ("int64", "float64");
    the others are strings. The schema is fixed up front, so an empty table still has typed
    columns. The file appears whole or not at all (written beside it, then renamed).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = types or {}
    schema = pa.schema([(c, pa.type_for_alias(types.get(c, "string"))) for c in columns])
    tmp = path + ".part"
    n = 0
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            batch: list[dict] = []
            for n, row in enumerate(rows, 1):
                batch.append(row)
                if len(batch) == batch_rows:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        os.replace(tmp, path)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UsageError(f"{path}: cannot write parquet ({e})") from None
    return n

