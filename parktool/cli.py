"""The command line: parse options, make one call into a capability module, render the result.

Errors from modules arrive as ParktoolError; this is the only place that prints them.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

try:  # Typer 0.24 and later carry their own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - older Typer uses click itself
    from click import exceptions as click_errors

from parktool import __version__
from parktool.corpus import Corpus, explain
from parktool.errors import ExitCode, ParktoolError, UsageError
from parktool.export import TABLES
from parktool.render import Format, render, render_object
from parktool.stats import GROUPS as STATS_GROUPS
from parktool.text import valid_text
from parktool.tag import COOCCURRENCE_KINDS

app = typer.Typer(
    name="parktool",
    help="Study Chinese industrial parks through what is written about them.\n\n"
    "Example: parktool ingest seeds/ && parktool stats",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class State:
    db: Optional[Path]
    quiet: bool
    err: Console

    def say(self, message: str) -> None:
        """A line for people on stderr, unless --quiet."""
        if not self.quiet:
            self.err.print(message, highlight=False)

    @contextmanager
    def corpus(self, create: bool = False, write: bool = False) -> Iterator[Corpus]:
        """The corpus for one command. A command that only reads sees one snapshot of it
        throughout, however long an ingest beside it runs; a command that writes (`write`,
        implied by `create`) is refused at once on a read-only corpus. SQLite failures become
        one line naming the file."""
        with Corpus.open(self.db, create=create, write=write) as corpus:
            try:
                if create or write:
                    yield corpus
                else:
                    with corpus.snapshot():
                        yield corpus
            except sqlite3.DatabaseError as e:
                raise explain(e, corpus.path) from None


def _state(ctx: typer.Context) -> State:
    return ctx.find_root().obj


# ------------------------------------------------------------------ shared options

FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format (default: table on a terminal, else tsv).",
                 case_sensitive=False, show_default=False),
]
AllOpt = Annotated[bool, typer.Option("--all", help="Include documents marked as duplicates.")]
BomOpt = Annotated[bool, typer.Option("--bom", help="Start csv/tsv output with a UTF-8 byte order mark (for Excel).")]
RawCellsOpt = Annotated[bool, typer.Option(
    "--raw-cells", help="Write csv/tsv cells as they are, without neutralising formula-like starts (=, +, -, @).")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"parktool {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[Optional[Path], typer.Option(
        "--db", help="Corpus file (default: $PARKTOOL_DB, else ./parktool.db).", show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Silence progress, summaries and warnings.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    ctx.obj = State(db=db, quiet=quiet, err=Console(stderr=True, highlight=False, soft_wrap=True))


# ------------------------------------------------------------------ ingest

class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.",
                                               show_default=False)],
    glob: Annotated[Optional[str], typer.Option(help="Only files whose name or relative path matches, e.g. '*.html'.")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Decode every input with this encoding instead of detecting it.")] = None,
    workers: Annotated[int, typer.Option(help="Processes that clean and analyse documents.", min=1)] = os.cpu_count() or 1,
    engine: Annotated[Engine, typer.Option(
        help="local: a process pool of --workers; dask: a Dask cluster (see docs/scaling.md).",
        case_sensitive=False)] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        help="The Dask scheduler's address for --engine dask, e.g. tcp://10.0.0.5:8786 "
             "(default: a local cluster of --workers processes).", show_default=False)] = None,
    fmt: FormatOpt = None,
) -> None:
    """Read, clean and store documents; each is stored once, the original kept.

    Plain text, HTML, Markdown with front matter, JSONL (text/content, title,
    url, date), RSS/Atom feeds, XML exports of records, Word documents (.docx)
    and saved e-mails or MHTML pages (.eml, .mht) are recognised by their content; a .json file's articles (a list, or a
    site's API response) are one document each.
    UTF-8, UTF-16, GB18030/GBK and Big5 are detected.
    Exit 3 when some inputs were rejected (the rest are stored).

    Example: parktool ingest seeds/
    """
    from parktool.ingest import check_engine, check_paths, ingest as run

    state = _state(ctx)
    check_paths(paths)  # a missing input is a usage error, before any corpus is created
    check_engine(engine.value, scheduler)
    with state.corpus(create=True) as corpus, _progress(state, "ingest", paths) as (advance, indexing):
        report = run(corpus, paths, glob=glob, encoding=encoding, workers=workers, engine=engine.value,
                     scheduler=scheduler, on_file=advance, on_index=indexing)
    for r in report.rejected:
        state.err.print(f"parktool: rejected {r.path}: {r.reason}", highlight=False, markup=False)
    if fmt in (Format.json, Format.jsonl):
        render([report.as_dict()], ["files", "added", "unchanged", "rejected"], fmt) if fmt is Format.jsonl \
            else render_object(report.as_dict())
    elif fmt is not None:
        row = report.as_dict() | {"rejected": len(report.rejected)}
        render([row], ["files", "added", "unchanged", "rejected"], fmt)
    state.say(f"{report.files} files: {report.added} added, {report.unchanged} unchanged, "
              f"{len(report.rejected)} rejected")
    if report.rejected:
        raise typer.Exit(ExitCode.REJECTED)


@contextmanager
def _progress(state: State, label: str, paths: list[str]):
    """Progress on stderr, when it is a terminal: a bar over input files when there are many,
    and one over the words of the search side index when ingest rebuilds it at the end.
    Yields (per file, per index word) callbacks; None where nothing is shown."""
    from parktool.ingest import expand_paths

    if state.quiet or not state.err.is_terminal:
        yield None, None
        return
    total = 0 if paths == ["-"] else sum(1 for _ in expand_paths(p for p in paths if os.path.exists(p)))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=state.err, transient=True) as progress:
        files = progress.add_task(label, total=total) if total >= 20 else None
        words = None

        def indexing(done: int, total: int) -> None:
            nonlocal words
            if words is None:
                words = progress.add_task("search index", total=total)
            progress.update(words, completed=done)

        yield (lambda _path: progress.advance(files)) if files is not None else None, indexing


# ------------------------------------------------------------------ stats, export, show

def _choices(name: str, values) -> type[Enum]:
    """An Enum for Typer from a module's vocabulary, so each list of choices is declared once."""
    return Enum(name, {v: v for v in values}, type=str)


StatsBy = _choices("StatsBy", STATS_GROUPS)
Cooccurrence = _choices("Cooccurrence", COOCCURRENCE_KINDS)


@app.command()
def stats(
    ctx: typer.Context,
    by: Annotated[Optional[StatsBy], typer.Option(help="Group documents by this.")] = None,
    cooccurrence: Annotated[Optional[Cooccurrence], typer.Option(
        help="Instead: an edge list (source,target,weight) of tags or keywords found in the same "
             "documents, for Gephi or networkx.", show_default=False)] = None,
    measure: Annotated[str, typer.Option(help="Edge weight for --cooccurrence: count (documents shared) or jaccard.")] = "count",
    min_weight: Annotated[float, typer.Option(help="Leave out edges lighter than this.")] = 0,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
) -> None:
    """Corpus figures: documents, characters, parks, facts; or per park/province/year/site/script/tag.

    Example: parktool stats --by site
    """
    from parktool import stats as S

    with _state(ctx).corpus() as corpus:
        if cooccurrence is not None:
            from parktool.tag import COOCCURRENCE_COLUMNS, cooccurrence as edges

            rows = edges(corpus, kind=cooccurrence.value, min_weight=min_weight, measure=measure,
                         include_duplicates=include_all)
            render(rows, COOCCURRENCE_COLUMNS, fmt, bom=bom)
        elif by is None:
            render(S.overview(corpus, include_duplicates=include_all), S.OVERVIEW_COLUMNS, fmt, bom=bom)
        else:
            render(S.grouped(corpus, by.value, include_duplicates=include_all), S.GROUP_COLUMNS, fmt,
                   bom=bom, title=f"by {by.value}")


Table = _choices("Table", TABLES)
ExportFormat = _choices("ExportFormat", [*(f.value for f in Format), "parquet"])


@app.command()
def export(
    ctx: typer.Context,
    table: Annotated[Table, typer.Argument(help="documents, metrics, parks, tags or duplicates.")],
    fmt: Annotated[Optional[ExportFormat], typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, else tsv); parquet needs --output.",
        case_sensitive=False, show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    include_all: AllOpt = False,
    bom: BomOpt = False,
    raw_cells: RawCellsOpt = False,
) -> None:
    """Write one table whole, with the contract's columns.

    Example: parktool export metrics --format csv > metrics.csv
    """
    from parktool import export as E
    from parktool.render import write_parquet

    with _state(ctx).corpus() as corpus:
        rows = E.rows(corpus, table.value, include_duplicates=include_all)
        columns = E.columns(table.value)
        if fmt is ExportFormat.parquet:
            if output is None:
                raise UsageError("--format parquet writes a file: give --output FILE.parquet")
            n = write_parquet(rows, columns, str(output), types=E.TYPES[table.value])
        else:
            with _output(output) as out:
                n = render(rows, columns, Format(fmt.value) if fmt else None, out=out, bom=bom,
                           raw_cells=raw_cells)
    _state(ctx).say(f"{n} rows" + (f" written to {output}" if output else ""))


@contextmanager
def _output(path: Optional[Path]):
    if path is None:
        yield sys.stdout
        return
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(tmp, path)  # a reader never sees a half-written export
    except OSError as e:
        raise UsageError(f"{path}: cannot write ({e.strerror or e})") from None
    finally:
        if tmp.exists():
            tmp.unlink()


@app.command()
def show(
    ctx: typer.Context,
    doc_id: Annotated[str, typer.Argument(help="A document id (a unique prefix is enough).")],
    original: Annotated[bool, typer.Option("--original", help="Print the stored original instead of the cleaned text.")] = False,
    show_facts: Annotated[bool, typer.Option("--facts", help="Highlight each metric fact in the text and list them.")] = False,
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="json: one object with the text and the original.",
                                                  case_sensitive=False, show_default=False)] = None,
) -> None:
    """One document: metadata, then the cleaned text (or --original).

    Example: parktool show 6e3b7c1d
    """
    from parktool.corpus import DOCUMENT_COLUMNS

    with _state(ctx).corpus() as corpus:
        doc = corpus.document(doc_id)
        if doc is None:
            raise UsageError(f"{doc_id}: no such document (see `parktool export documents`)")
        facts = corpus.facts(doc.doc_id) if show_facts or fmt in (Format.json, Format.jsonl) else []
    meta = {c: getattr(doc, c) for c in DOCUMENT_COLUMNS}
    if fmt in (Format.json, Format.jsonl):
        obj = meta | {"author": doc.author, "format": doc.format, "encoding": doc.encoding,
                      "mojibake": doc.mojibake, "text": doc.text, "original": doc.original,
                      "facts": [f.__dict__ for f in facts]}
        render_object(obj) if fmt is Format.json else render([obj], list(obj), Format.jsonl)
        return
    if fmt is not None:
        render([meta], DOCUMENT_COLUMNS, fmt)
        return
    from parktool.show import print_document

    print_document(doc, facts if show_facts else None, original=original)


# ------------------------------------------------------------------ parks, metrics, compare

@app.command()
def parks(
    ctx: typer.Context,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
) -> None:
    """The parks recognised: canonical name, aliases, province, city, kind, counts.

    Example: parktool parks
    """
    from parktool.export import PARK_COLUMNS
    from parktool.facts import parks as park_rows

    with _state(ctx).corpus() as corpus:
        render(park_rows(corpus, include_duplicates=include_all), PARK_COLUMNS, fmt, bom=bom,
               widths={"aliases": 40})


class Dimension(str, Enum):
    money = "money"
    percent = "percent"
    area = "area"
    count = "count"
    quantity = "quantity"


@app.command()
def metrics(
    ctx: typer.Context,
    park: Annotated[Optional[str], typer.Option(help="Only this park (any of its names, in any article).")] = None,
    indicator: Annotated[Optional[str], typer.Option(help="Only indicators containing this text, e.g. 总投资.")] = None,
    dimension: Annotated[Optional[Dimension], typer.Option(help="Only this dimension.")] = None,
    year: Annotated[Optional[int], typer.Option(help="Only figures that refer to this year.")] = None,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
    raw_cells: RawCellsOpt = False,
) -> None:
    """Metric facts: every figure with its value, unit, park, year and sentence.

    park: as the figure's own article names it; corpus_park: one name across the corpus.

    Example: parktool metrics --park 丽水经开区 --dimension percent
    """
    from parktool.export import METRIC_COLUMNS
    from parktool.facts import facts

    with _state(ctx).corpus() as corpus:
        rows = facts(corpus, park=park, indicator=indicator, year=year,
                     dimension=dimension.value if dimension else None, include_duplicates=include_all)
        render(rows, METRIC_COLUMNS, fmt, bom=bom, raw_cells=raw_cells,
               widths={"sentence": 40, "source": 24, "doc_id": 16})


@app.command()
def compare(
    ctx: typer.Context,
    park: Annotated[Optional[list[str]], typer.Option(help="A park to compare (repeat; default: the parks with most facts).")] = None,
    indicator: Annotated[Optional[list[str]], typer.Option(help="An indicator to compare (repeat; substring match).")] = None,
    year: Annotated[Optional[int], typer.Option(help="Only figures that refer to this year.")] = None,
    agg: Annotated[str, typer.Option(help="A cell with several figures shows: latest, max, min, sum or count.")] = "latest",
    top: Annotated[int, typer.Option(help="How many parks by default.", min=1)] = 5,
    limit: Annotated[int, typer.Option(help="At most this many indicators.", min=1)] = 20,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
) -> None:
    """Parks side by side on the same indicators (亿元, %, 亩 in the table; canonical values in csv/json).

    Example: parktool compare --park 丽水经开区 --park 金华开发区 --park 瓯江口产业集聚区
    """
    from parktool.compare import compare as run, humanise
    from parktool.render import default_format

    with _state(ctx).corpus() as corpus:
        chosen, rows = run(corpus, park or None, indicator or None, year=year, agg=agg, top=top,
                           limit=limit, include_duplicates=include_all)
    columns = ["indicator", "unit", "dimension", *chosen]
    if (fmt or default_format()) is Format.table:
        rows = [{**r, **{p: humanise(r[p], r["unit"], r["indicator"]) if agg != "count" else r[p]
                         for p in chosen}} for r in rows]
        columns = ["indicator", *chosen]
    render(rows, columns, fmt, bom=bom)


@app.command()
def reextract(ctx: typer.Context) -> None:
    """Re-run park recognition and figure extraction on every stored document (after an upgrade).

    Example: parktool reextract
    """
    from parktool.ingest import reextract as run

    state = _state(ctx)
    with state.corpus(write=True) as corpus:
        n = run(corpus)
    state.say(f"{n} documents re-extracted")



# ------------------------------------------------------------------ dedup

@app.command()
def dedup(
    ctx: typer.Context,
    threshold: Annotated[Optional[float], typer.Option(
        help="Jaccard similarity of two texts' shingles that makes them near duplicates (default 0.5).",
        show_default=False)] = None,
    containment: Annotated[Optional[float], typer.Option(
        help="...or the share of the shorter text's shingles found in the longer (default 0.8).",
        show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the marks; write nothing.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Compare every document afresh (after changing thresholds).")] = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
) -> None:
    """Find exact and near-duplicate documents and mark every copy; nothing is deleted.

    Compares only documents not compared before, so it is quick after each ingest. Prints every
    mark: doc_id, duplicate_of (the most complete copy), similarity, method (exact|near).

    Example: parktool dedup --dry-run
    """
    from parktool import dedup as D
    from parktool.export import DUPLICATE_COLUMNS

    state = _state(ctx)
    with state.corpus(write=not dry_run) as corpus:
        report = D.deduplicate(
            corpus, threshold=D.THRESHOLD if threshold is None else threshold,
            containment=D.CONTAINMENT if containment is None else containment,
            dry_run=dry_run, rebuild=rebuild)
    render(report.rows(), DUPLICATE_COLUMNS, fmt, bom=bom)
    state.say(D.summary(report))


# ------------------------------------------------------------------ tag, search

@app.command()
def tag(
    ctx: typer.Context,
    taxonomy: Annotated[Optional[Path], typer.Option(
        "--taxonomy", help="A TOML taxonomy whose tags are added to the shipped one (a tag of the same "
        "kind and name replaces it); see docs/tags.md.", show_default=False)] = None,
    replace_taxonomy: Annotated[bool, typer.Option(
        "--replace-taxonomy", help="Use the --taxonomy file alone, without the shipped taxonomy.")] = False,
    keywords: Annotated[int, typer.Option(help="Keywords stored per document (0: none).", min=0)] = 10,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
) -> None:
    """Tag every document with industries and policy themes, and store its keywords.

    Replaces all stored tags, so running it twice gives the same tags. With --format, prints
    every tag (doc_id, tag, kind, score); without, how many documents have each industry and theme.

    Example: parktool tag --format csv > tags.csv
    """
    from parktool import tag as G
    from parktool.export import TAG_COLUMNS, rows as table_rows

    state = _state(ctx)
    chosen = G.load_taxonomy(taxonomy, replace=replace_taxonomy)  # a bad file fails before any work
    with state.corpus(write=True) as corpus:
        report = G.tag_corpus(corpus, chosen, top_keywords=keywords)
        if fmt is not None:
            render(table_rows(corpus, "tags", include_duplicates=include_all), TAG_COLUMNS, fmt, bom=bom)
    if fmt is None:
        render(report.count_rows(), G.COUNT_COLUMNS, None, title="documents per tag")
    state.say(f"{report.documents} documents tagged: {report.industry} industry and {report.theme} "
              f"theme tags, {report.keyword} keywords")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(
        help='Words (all must match), "a phrase", OR, NOT, parentheses; simplified or traditional.',
        show_default=False)],
    park: Annotated[Optional[str], typer.Option(help="Only documents about this park (any of its names).")] = None,
    tag: Annotated[Optional[str], typer.Option(help="Only documents with this tag or keyword (see `parktool tag`).")] = None,
    site: Annotated[Optional[str], typer.Option(help="Only documents whose site contains this.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only documents published on or after this ISO date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only documents published on or before this ISO date.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many documents (0: all).", min=0)] = 20,
    kwic: Annotated[bool, typer.Option("--kwic", help="Print keyword-in-context lines (doc_id, left, hit, right) instead.")] = False,
    context: Annotated[int, typer.Option(help="Characters either side of a hit in --kwic lines.", min=1)] = 20,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
    bom: BomOpt = False,
) -> None:
    """Ranked full-text search; a query in traditional script finds simplified text too.

    A word also matches longer words containing it (园区 finds 工业园区); a quoted phrase
    matches exactly. Exit 1 when nothing matches (csv/tsv still print their header, json []).

    Example: parktool search '"产城融合" AND 人才' --format csv
    """
    from rich.markup import escape
    from rich.text import Text

    from parktool import search as S
    from parktool.render import default_format

    state = _state(ctx)
    with state.corpus() as corpus:
        parsed = S.parse(query)
        hits = S.search(corpus, parsed, park=park, tag=tag, site=site, since=since, until=until,
                        limit=limit, include_duplicates=include_all)
        lines = S.kwic(corpus, parsed, hits, width=context) if kwic and hits else []
    shown = fmt or default_format()
    if not hits:
        if shown is not Format.table:
            render([], S.KWIC_COLUMNS if kwic else S.COLUMNS, shown, bom=bom)
        state.say(f"no documents match {query}")
        raise typer.Exit(ExitCode.NO_RESULTS)
    if kwic:
        render(lines, S.KWIC_COLUMNS, shown, bom=bom)
    elif shown is Format.table:  # hits in bold: the snippet is escaped text with bold markup
        rows = [h.row(("[bold]", "[/bold]"), escape) for h in hits]
        render([r | {"snippet": Text.from_markup(r["snippet"])} for r in rows], S.COLUMNS, shown,
               widths={"title": 30, "parks": 24})
    else:
        render([h.row() for h in hits], S.COLUMNS, shown, bom=bom)
    more = " (the limit; --limit 0 shows all)" if limit and len(hits) == limit else ""
    state.say(f"{len(hits)} documents{more}" + (f", {len(lines)} lines" if kwic else ""))


# ------------------------------------------------------------------ entry point

def main(argv: list[str] | None = None) -> None:
    """Run the CLI; turn every known failure into one line on stderr and its exit code."""
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    args = [_argument(a) for a in (sys.argv[1:] if argv is None else argv)]
    try:
        # Not standalone: click's usage errors come here, to be told in one line like the rest.
        returned = app(args=args, prog_name="parktool", standalone_mode=False)
        code = returned if isinstance(returned, int) else ExitCode.OK  # typer.Exit(n) returns n
    except click_errors.NoArgsIsHelpError as e:  # `parktool` or a group alone: the help
        typer.echo(e.ctx.get_help() if e.ctx else "")
        code = ExitCode.USAGE
    except click_errors.UsageError as e:
        err.print(f"parktool: {_usage_error(e, args)}", markup=False)
        code = ExitCode.USAGE
    except click_errors.ClickException as e:  # a bad file argument and the like
        err.print(f"parktool: {e.format_message()}", markup=False)
        code = e.exit_code
    except typer.Abort:  # Ctrl-C or Ctrl-D at a prompt
        err.print("parktool: interrupted", markup=False)
        code = 130
    except ParktoolError as e:
        err.print(f"parktool: {e}", markup=False)
        code = e.exit_code
    except sqlite3.DatabaseError as e:  # outside a command's corpus (State.corpus explains those)
        err.print(f"parktool: {explain(e)}", markup=False)
        code = ExitCode.USAGE
    except BrokenPipeError:
        # `parktool export … | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = ExitCode.OK
    except KeyboardInterrupt:
        err.print("parktool: interrupted", markup=False)
        code = 130
    sys.exit(int(code))


def _usage_error(e: click_errors.UsageError, args: list[str]) -> str:
    """A usage error as one line: the command, what is wrong, and where the help is."""
    where = f"{e.ctx.command_path.removeprefix('parktool').strip()}: " if e.ctx and e.ctx.parent else ""
    message = e.format_message().rstrip(".").replace("Value error, ", "")
    cause = e.__cause__
    if hasattr(cause, "errors") and "input" in (cause.errors() or [{}])[0]:  # a value typer rejected
        value = repr(cause.errors()[0]["input"])
        if value not in message:
            message = message.replace(": ", f": {value}: ", 1)
    if isinstance(e, click_errors.NoSuchOption) and not e.option_name.isascii():
        # Every option is ASCII, so `-园区` is a query or a name that starts with a dash.
        arg = next((a for a in args if a.startswith(e.option_name)), e.option_name)
        command = e.ctx.command_path if e.ctx else "parktool"
        message += f" (an argument that starts with a dash goes after --: {command} -- {arg})"
    return f"{where}{message}; see '{e.ctx.command_path if e.ctx else 'parktool'} -h'"


def _argument(arg: str) -> str:
    """A command-line argument as text. Bytes not valid in the system's encoding (a query typed
    in a GBK terminal on a UTF-8 system) arrive as surrogates that no database, segmenter or
    terminal accepts; they are read as GB18030 (text.valid_text), except in the name of an
    existing file, which must stay byte for byte what the file system holds."""
    return arg if os.path.lexists(arg) else valid_text(arg)

