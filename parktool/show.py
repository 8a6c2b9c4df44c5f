"""`parktool show`: one document for a person to read, facts highlighted."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from parktool.corpus import DOCUMENT_COLUMNS, Document, FactRow


def print_document(doc: Document, facts: list[FactRow] | None, *, original: bool = False,
                   console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    title, body = Text(doc.title), Text(doc.text)
    for f in facts or []:
        (title if f.in_title else body).stylize("bold reverse", f.start, f.end)
    for c in DOCUMENT_COLUMNS + ("author", "format", "encoding"):
        value = getattr(doc, c)
        if value not in ("", None):
            console.print(Text(f"{c:>12}: ", style="dim") + (title if c == "title" else Text(str(value))))
    console.print()
    if original:
        console.print(Text(doc.original))
        return
    console.print(body)
    if facts:
        console.print()
        for f in facts:
            park = f" @ {f.park}" if f.park else ""
            year = f" ({f.year})" if f.year else ""
            console.print(Text(f"  {f.raw}", style="bold") +
                          Text(f"  {f.indicator} = {f.value:g} {f.unit}{year}{park}"))
