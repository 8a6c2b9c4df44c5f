"""Inputs (files, folders, stdin, JSONL, Markdown, HTML) -> documents in the corpus.

`process` is the per-document pipeline: one pure function from an input record to everything
stored about it (no database access), so a process pool or a Dask cluster can map it. `ingest`
streams records, skips what is stored already, maps `process` in bounded windows (a local
process pool, or Dask with --engine dask) and stores whole documents, in input order, in
batched transactions through one writer. How it scales: docs/scaling.md.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import IO

from parktool import text as T
from parktool.corpus import Corpus, Document, FactRow, ParkRow, Processed
from parktool.errors import InputError, UsageError
from parktool.search import refresh_impact

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_FIELDS = ("text", "content", "body", "html", "article", "content_html", "html_content", "article_content",
               "content_text", "body_html")
_TEXT_NAMES = ", ".join(TEXT_FIELDS[:5])  # the ones an error names (a crawler's content_html is one too)
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "source")  # `source` only when it holds a URL or path
JSON_SUFFIXES = (".json",)
DATE_FIELDS = ("date", "published", "pubdate", "publish_time", "time", "datetime", "publish_date", "pub_time",
               "published_at", "release_time", "release_date")
SITE_FIELDS = ("site", "site_name", "sitename", "media")
AUTHOR_FIELDS = ("author", "editor", "byline")

WINDOW = 256  # records processed and stored per step: bounds memory, not the corpus size
WINDOW_BYTES = 32 << 20  # ...and at most this much input in one window


@dataclass
class Record:
    """One input document before processing."""

    source: str
    data: bytes  # the exact bytes it came from: its doc_id is their hash
    text: str | None = None  # already decoded (a JSONL field)
    original: str | None = None  # what to keep as the original when `text` is given (the line)
    meta: dict[str, str] = field(default_factory=dict)  # title/published/site/author hints
    format: str = ""  # "jsonl" for a JSONL record, "json" for one of a JSON file, "feed" for a feed's
    # item, "xml" for a record of another XML export, "email" for a saved e-mail or MHTML page,
    # "docx" for a Word document

    def __post_init__(self) -> None:
        # A GBK file name or a JSON "\udc00" escape must not reach SQLite as a lone surrogate.
        self.source = T.valid_text(self.source)

    @cached_property
    def doc_id(self) -> str:
        return doc_id(self.data)

    def shipped(self) -> "Record":
        """The record as a worker needs it: a JSONL record without its line, which holds the
        text a second time (the id travels along; the writer keeps the line as the original)."""
        if self.text is None:
            return self
        light = Record(self.source, b"", self.text, None, self.meta, self.format)
        light.doc_id = self.doc_id
        return light


@dataclass
class Rejected:
    path: str
    reason: str

    def __post_init__(self) -> None:
        self.path = T.valid_text(self.path)
        self.reason = T.valid_text(self.reason)


@dataclass
class IngestReport:
    files: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"files": self.files, "added": self.added, "unchanged": self.unchanged,
                "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected]}


def doc_id(data: bytes) -> str:
    """Stable id: the same input bytes give the same id in any corpus."""
    return hashlib.sha256(data).hexdigest()[:16]


# ---------------------------------------------------------------- reading inputs

CORPUS_SUFFIXES = ("", "-wal", "-shm", "-journal")


def expand_paths(paths: Iterable[str], glob: str | None = None, skip: Iterable[str] = ()) -> Iterator[str]:
    """Files named, and files under folders named (recursively, sorted, hidden ones skipped).

    Files in `skip` (the corpus itself and its journal files, when it lies in a folder being
    ingested) are passed over.
    """
    skipped = {os.path.realpath(p) for p in skip}
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    full = os.path.join(root, name)
                    rel = os.path.relpath(full, path)
                    if glob and not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(rel, glob)):
                        continue
                    if skipped and os.path.realpath(full) in skipped:
                        continue
                    yield full
        else:
            yield p


def check_paths(paths: Iterable[str]) -> None:
    """Inputs named on the command line must exist and be readable (exit 2 otherwise)."""
    for p in paths:
        if p == "-":
            continue
        if not os.path.exists(p):
            raise UsageError(f"{p}: no such file or folder")
        if not os.access(p, os.R_OK):
            raise UsageError(f"{p}: not readable (permission denied)")


def read_path(path: str, stdin: IO[bytes] | None = None, encoding: str | None = None
              ) -> Iterator[Record | Rejected]:
    """The records of one input: one document, or one per line of a JSONL file (streamed, so
    memory is bounded by the longest line, not by the file)."""
    try:
        f = (stdin or sys.stdin.buffer) if path == "-" else open(path, "rb")
    except OSError as e:
        yield Rejected(path, f"cannot read ({e.strerror or e})")
        return
    try:
        head = f.peek(SNIFF)[:SNIFF] if hasattr(f, "peek") else b""
        if path.lower().endswith(JSON_SUFFIXES):
            yield from read_json(path, f, encoding)
        elif is_mime(path, head):
            yield from read_mime(path, f, encoding)
        elif is_docx(head):
            yield from read_docx(path, f)
        elif head.startswith(tuple(_UNREAD)):
            yield Rejected(path, _UNREAD[next(k for k in _UNREAD if head.startswith(k))])
        elif is_feed(head) or is_xml(head):
            yield from read_feed(path, f, encoding)
        elif is_jsonl(path, head):
            yield from read_jsonl(path, f, encoding)
        else:
            limit = T.max_document_bytes()
            if path != "-":
                T.check_size(os.fstat(f.fileno()).st_size, path)
            data = f.read(limit + 1)
            T.check_size(len(data), path)
            yield Record(source=path, data=data)
    except InputError as e:
        yield Rejected(path, _reason(e, path))
    except OSError as e:
        yield Rejected(path, f"cannot read ({e.strerror or e})")
    finally:
        if path != "-":
            f.close()


SNIFF = 1 << 16


def is_jsonl(path: str, head: bytes) -> bool:
    """A .jsonl/.ndjson name, or content whose first line is a JSON object."""
    if path.lower().endswith(JSONL_SUFFIXES):
        return True
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"{"):
        return False
    first, newline, _ = head.partition(b"\n")
    if not newline:  # a first line longer than the sniffed head: judge by its start
        return re.match(rb'\{\s*"[^"\\]{1,40}"\s*:', first) is not None
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_json(path: str, f: IO[bytes], encoding: str | None = None) -> Iterator[Record | Rejected]:
    """The records of a .json file: one JSON value (an article, a list of them, or an API's
    response that holds such a list) read whole, up to the size limit; a file of JSON lines
    named .json is read as JSONL."""
    limit = T.max_document_bytes()
    data = f.read(limit + 1)
    T.check_size(len(data), path)
    raw = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode(encoding or "utf-8")
    except (UnicodeDecodeError, LookupError):
        text = T.decode(raw, encoding, name=path).text
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as e:
        if "\n" in text.strip() and is_jsonl("", data[:SNIFF]):
            yield from read_jsonl(path, data.splitlines(keepends=True), encoding)  # JSON lines, misnamed
            return
        why = getattr(e, "msg", None) or "a number too long or nesting too deep"
        yield Rejected(path, f"not valid JSON ({why})")
        return
    records = json_records(value)
    if not records:
        yield Rejected(path, f"no text (expected objects with one of {_TEXT_NAMES})")
        return
    yield from _articles(records, path, "", "json")  # (an article's URL, if any, stays in its original)


def _articles(records: list[dict], where: str, line: str, fmt: str) -> Iterator[Record | Rejected]:
    """The documents of the article records of one JSON value, found at `where` (a file, or a
    JSONL file's line, whose articles go by their URL first); one without text is rejected as
    `where#N`."""
    for n, obj in enumerate(records, 1):
        body = _field(obj, TEXT_FIELDS)
        if not body.strip():
            yield Rejected(f"{where}#{n}", f"{line}record {n}: no text (expected one of {_TEXT_NAMES})")
            continue
        original = json.dumps(obj, ensure_ascii=False)
        yield Record(source=(_url(obj) if fmt == "jsonl" else "") or where, data=original.encode("utf-8"),
                     text=body, original=original, meta=_meta(obj), format=fmt)


_FEED = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)


MIME_SUFFIXES = (".eml", ".mht", ".mhtml")


def is_mime(path: str, head: bytes) -> bool:
    """A saved e-mail or web archive (MHTML): an .eml/.mht name, or a header block that opens the
    file and declares MIME (`MIME-Version:`) or a content type beside a sender or subject."""
    if path.lower().endswith(MIME_SUFFIXES):
        return True
    block = re.split(rb"\r?\n\r?\n", head.removeprefix(b"\xef\xbb\xbf"), maxsplit=1)[0]
    if not _HEADER_LINE.match(block):
        return False
    names = {m.group(1).lower() for m in _HEADER_NAME.finditer(block)}
    return b"mime-version" in names or b"content-type" in names and bool(names & {b"from", b"subject"})


_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_HEADER_NAME = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{1,40}):", re.M)


def read_mime(path: str, f: IO[bytes], encoding: str | None = None) -> Iterator[Record | Rejected]:
    """A saved e-mail or MHTML page as one document: its HTML part (else its plain text) decoded
    from quoted-printable or base64 in its charset, its subject as the title, its date and sender.
    A message with no text part is read as the file's text, as any file."""
    import email
    import email.policy
    from email.utils import parsedate_to_datetime

    limit = T.max_document_bytes()
    data = f.read(limit + 1)
    T.check_size(len(data), path)
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = message.get_body(preferencelist=("html", "plain")) if message.is_multipart() or (
        message.get_content_maintype() == "text") else None
    body = _part_text(part, encoding) if part is not None else ""
    if not body.strip():
        yield Record(source=path, data=data)
        return
    try:
        published = parsedate_to_datetime(str(message.get("Date", ""))).date().isoformat()
    except (TypeError, ValueError, IndexError):
        published = ""
    sender = message.get("From")
    author = (sender.addresses[0].display_name if getattr(sender, "addresses", None) else str(sender or "")).strip()
    meta = {"title": str(message.get("Subject", "") or "").strip(), "published": published, "site": "", "author": author}
    original = T.decode(data, encoding, name=path).text
    yield Record(source=path, data=data, text=body, original=original, meta=meta, format="email")


def _part_text(part, encoding: str | None) -> str:
    """A MIME part's text: decoded from its transfer encoding, then from its charset (a declared
    gb2312 read as GB18030, its superset; none declared, or a wrong one, detected as a file's is)."""
    raw = part.get_payload(decode=True) or b""
    charset = encoding or part.get_content_charset()
    if charset and charset.lower().replace("-", "") in ("gb2312", "gbk", "gb18030"):
        charset = "gb18030"
    try:
        return raw.decode(charset) if charset else T.decode(raw, name="part").text
    except (LookupError, UnicodeDecodeError):
        return T.decode(raw, name="part").text


def is_docx(head: bytes) -> bool:
    """A Word document (.docx): a zip archive whose first entries name its `word/` parts."""
    return head.startswith(b"PK\x03\x04") and b"word/" in head


# documents read only once converted, by their first bytes
_UNREAD = {
    b"%PDF-": "a PDF: extract its text, or save it as .docx, first",
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 (.doc) or other Office binary file: save it as .docx first",
}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def read_docx(path: str, f: IO[bytes]) -> Iterator[Record | Rejected]:
    """A Word document as one document: its body's paragraphs, one a line, and its tables, a row a
    line with its cells parted by tabs, in document order; its title from its properties. The text
    read is what is kept as the original (the file's bytes give its id)."""
    import io
    import zipfile

    from lxml import etree

    limit = T.max_document_bytes()
    data = f.read(limit + 1)
    T.check_size(len(data), path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            body = etree.fromstring(_zip_part(z, "word/document.xml"), parser).find(f"{_W}body")
            core = etree.fromstring(_zip_part(z, "docProps/core.xml"), parser) if "docProps/core.xml" in z.namelist() else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, InputError) as e:
        yield Rejected(path, f"not a readable Word document ({e})")
        return
    lines = [] if body is None else [line for block in body for line in _docx_block(block)]
    text = "\n".join(line for line in lines if line.strip())
    if not text:
        yield Rejected(path, "no text (a Word document without paragraphs)")
        return
    title = (core.findtext(f"{_DC}title") or "").strip() if core is not None else ""
    yield Record(source=path, data=data, text=text, original=text, meta={"title": title}, format="docx")


def _zip_part(z, name: str) -> bytes:
    """A part of an archive, refused when it unpacks past the size limit (a zip bomb)."""
    if z.getinfo(name).file_size > T.max_document_bytes() * 4:
        raise InputError(f"{name} unpacks to more than the size limit")
    return z.read(name)


def _docx_block(block) -> list[str]:
    """The lines of a body's block: a paragraph's text (its tabs and line breaks kept), or a
    table's rows, each row's cells' text parted by tabs."""
    if block.tag == f"{_W}p":
        return _docx_text(block).split("\n")
    if block.tag == f"{_W}tbl":
        return ["\t".join(" ".join(_docx_text(p) for p in cell.iter(f"{_W}p")).strip()
                          for cell in row.iter(f"{_W}tc")) for row in block.iter(f"{_W}tr")]
    return []


def _docx_text(p) -> str:
    out = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        out.append(el.text or "" if el.tag == f"{_W}t" else "\t" if el.tag == f"{_W}tab" else "\n")
    return "".join(out)


def is_feed(head: bytes) -> bool:
    """An RSS or Atom feed: its root element opens the file."""
    return _FEED.match(head) is not None


def is_xml(head: bytes) -> bool:
    """An XML document that is no XHTML page (a site's export of its records)."""
    return _XML.match(head) is not None and _XHTML.search(head, 0, 4096) is None


_XML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*>")
_XHTML = re.compile(rb"<(?:!DOCTYPE\s+)?html[\s>]", re.I)


def read_feed(path: str, f: IO[bytes], encoding: str | None = None) -> Iterator[Record | Rejected]:
    """The items of an RSS or Atom feed, one document each (title, date, the description or content
    as HTML), or the records of another XML export (`<record><title>…<content>…`: each element with
    a text field, read as a JSON record's fields are); a file with neither is one document, as any
    file."""
    from lxml import etree

    limit = T.max_document_bytes()
    data = f.read(limit + 1)
    T.check_size(len(data), path)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                             encoding=encoding)  # (else the feed's own declaration)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    items = [] if root is None else [el for el in root.iter() if isinstance(el.tag, str)
                                     and etree.QName(el).localname in ("item", "entry")]
    if not items and root is not None:
        yield from _xml_records(path, root, data)
        return
    if not items:
        yield Record(source=path, data=data)
        return
    for n, item in enumerate(items, 1):
        fields: dict[str, str] = {}
        for child in item:
            if isinstance(child.tag, str):
                fields.setdefault(etree.QName(child).localname, (child.text or "").strip())
        body = next((fields[k] for k in ("encoded", "content", "description", "summary") if fields.get(k)), "")
        original = etree.tostring(item, encoding="unicode")  # (its link, if any, stays in it)
        if not body:
            yield Rejected(f"{path}#{n}", f"item {n}: no text (no description or content)")
            continue
        meta = {"title": fields.get("title", ""), "author": fields.get("creator", "") or fields.get("author", ""),
                "published": _feed_date(fields.get("pubDate", "") or fields.get("published", "")
                                        or fields.get("updated", "") or fields.get("date", "")), "site": ""}
        yield Record(source=path, data=original.encode("utf-8"), text=body, original=original, meta=meta, format="feed")


def _xml_records(path: str, root, data: bytes) -> Iterator[Record | Rejected]:
    """The records of an XML export: the elements with a child that is a text field (content,
    text, body …), their children's text as the fields of a JSON record; else the file whole."""
    from lxml import etree

    text_names = {name.replace("_", "") for name in TEXT_FIELDS}
    records = [el for el in root.iter() if isinstance(el.tag, str) and any(
        isinstance(child.tag, str) and etree.QName(child).localname.lower().replace("_", "") in text_names
        for child in el)]
    if not records:
        yield Record(source=path, data=data)
        return
    for n, record in enumerate(records, 1):
        fields = {etree.QName(child).localname: (child.text or "").strip()
                  for child in reversed(record) if isinstance(child.tag, str)}
        body = _field(fields, TEXT_FIELDS)
        original = etree.tostring(record, encoding="unicode")
        if not body.strip():
            yield Rejected(f"{path}#{n}", f"record {n}: no text (expected one of {_TEXT_NAMES})")
            continue
        yield Record(source=path, data=original.encode("utf-8"), text=body, original=original, meta=_meta(fields),
                     format="xml")


def _feed_date(value: str) -> str:
    """An RSS date (Wed, 24 Jul 2024 07:50:00 +0800) as an ISO date, as the article would print it;
    any other form (Atom's ISO dates) as it is."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


_RECORD_DEPTH = 6  # how deep in an API's response its list of articles is looked for


def json_records(value: object, depth: int = 0) -> list[dict]:
    """The article records a JSON value holds: the value itself when it is an object with text;
    else the objects of the first list, looked for depth-first, in which some object has text
    ({"data": {"list": [...]}}), all of them, so that one without text is reported; else []."""
    if isinstance(value, dict):
        if _field(value, TEXT_FIELDS).strip():
            return [value]
        if (article := _block_body(value)) is not None:
            return [article]
        if (video := _video_post(value)) is not None:
            return [video]
        children = list(value.values())
    elif isinstance(value, list):
        objects = [v for v in value if isinstance(v, dict)]
        if any(_field(v, TEXT_FIELDS).strip() for v in objects):
            return objects
        if videos := [video for v in objects if (video := _video_post(v)) is not None]:
            return videos
        children = value
    else:
        return []
    if depth < _RECORD_DEPTH:
        for child in children:
            if isinstance(child, (dict, list)) and (found := json_records(child, depth + 1)):
                return found
    return []


def _block_body(obj: dict) -> dict | None:
    """An article whose text field holds a list of blocks, as a news app's API writes it
    (`"body": [{"type": "text", "text": …}, {"type": "image", "caption": …}, {"type": "table",
    "title": …, "rows": [[…]]}]`): the same record with the blocks' text joined, a line each (a
    table's rows tab-separated under its title), and the blocks kept beside it."""
    for key, value in obj.items():
        if isinstance(key, str) and key.replace("_", "").lower() in _TEXT_KEYS and isinstance(value, list):
            text = _blocks_text(value)
            if text:
                return {**obj, key: text, f"{key}_blocks": value}
    return None


def _blocks_text(blocks: list) -> str:
    """The text of a list of content blocks, "" unless some block holds text."""
    if len(blocks) < 2 or not all(isinstance(b, dict) for b in blocks):
        return ""
    lines: list[str] = []
    for block in blocks:
        rows = block.get("rows")
        if isinstance(rows, list) and rows and all(isinstance(r, list) for r in rows):
            lines += [line for line in (_field(block, ("title", "caption")),) if line]
            lines += ["\t".join("" if c is None else str(c) for c in row) for row in rows]
            continue
        lines += [line for line in (_field(block, ("text", "content")), _field(block, ("caption",))) if line.strip()]
    return "\n".join(lines) if any(_field(b, ("text", "content")).strip() for b in blocks) else ""


_TEXT_KEYS = frozenset(name.replace("_", "").lower() for name in TEXT_FIELDS)


def _video_post(obj: dict) -> dict | None:
    """A short video's post in a platform's API response, as an article record: the video's
    object (`aweme_detail`, or `obj` itself) holds a description (`desc`) beside the video, or its
    subtitles' cues (`caption_list`: objects with a text and times). Its text is the title, the
    description and the cues as a subtitle file (read as speech, `clean._cues`), then the author's
    replies among the comments beside it (a comment labelled 作者, or by the author's name);
    viewers' comments are left out of the text, and the whole response is kept under `post`."""
    video, comments = None, []
    for key, value in [("", obj), *obj.items()]:
        if isinstance(value, dict) and _video_fields(value):
            video = value
        elif isinstance(value, list) and key.lower() in _COMMENT_LISTS:
            comments = [c for c in value if isinstance(c, dict)]
        if key == "" and video is not None:
            break
    if video is None:
        return None
    cues = next((v for key in _CUE_LISTS if isinstance(v := video.get(key), list) and _cue_texts(v)), [])
    author = video.get("author")
    name = _field(author, ("nickname", "name", "uname")) if isinstance(author, dict) else str(author or "")
    lines = [line for line in (_field(video, _VIDEO_TITLES), _field(video, ("desc", "description"))) if line]
    texts = _cue_texts(cues)
    lines += [f"{n}\n{_cue_time(n - 1)} --> {_cue_time(n)}\n{text}\n" for n, text in enumerate(texts, 1)]
    for c in comments:
        user = c.get("user")
        by = _field(user, ("nickname", "name", "uname")) if isinstance(user, dict) else ""
        text = _field(c, ("text", "content"))
        if text and (c.get("label_text") == "作者" or c.get("is_author") is True or name and by == name):
            lines.append(f"作者回复：{text}")
    if not lines:
        return None
    return {"title": _field(video, _VIDEO_TITLES), "text": "\n".join(lines),
            "date": _field(video, ("create_time", "pubdate", "ctime", *DATE_FIELDS)), "author": name,
            "url": _field(video.get("share_info") or {}, ("share_url",)) or _field(video, ("share_url", *URL_FIELDS)),
            "post": obj}


def _video_fields(obj: dict) -> bool:
    """Whether an object is a video's: a description beside the video's own fields, or cues."""
    if any(isinstance(obj.get(key), list) and _cue_texts(obj[key]) for key in _CUE_LISTS):
        return True
    return bool(_field(obj, ("desc", "description")).strip()) and any(key in obj for key in _VIDEO_KEYS)


def _cue_texts(cues: list) -> list[str]:
    """The texts of a list of subtitle cues (objects with a text and a start time), else []."""
    if len(cues) < 2 or not all(isinstance(c, dict) for c in cues):
        return []
    texts = [_field(c, ("text", "content")) for c in cues]
    timed = all(any(key in c for key in ("start_ms", "start", "from", "start_time", "begin")) for c in cues)
    return texts if timed and all(texts) else []


def _cue_time(n: int) -> str:
    """A placeholder timing for the n-th cue: the order is what reading needs."""
    return f"00:{n // 60:02d}:{n % 60:02d},000"


_COMMENT_LISTS = ("comments", "comment_list", "replies")
_CUE_LISTS = ("caption_list", "subtitles", "subtitle", "captions", "cues")
_VIDEO_TITLES = ("title", "preview_title", "caption", "share_title")
_VIDEO_KEYS = ("video", "duration", "play_addr", "aweme_id", "bvid", "photo_id", "video_id")


def _meta(obj: dict) -> dict[str, str]:
    """A record's title, date, site and author, from the fields that commonly hold them (a
    `source` that is no URL names the site: "source": "阜新日报")."""
    source = _field(obj, ("source",))
    return {
        "title": _field(obj, TITLE_FIELDS),
        "published": _epoch_date(_field(obj, DATE_FIELDS)),
        "site": _field(obj, SITE_FIELDS) or ("" if _is_url(source) else source),
        "author": _field(obj, AUTHOR_FIELDS),
    }


def _epoch_date(value: str) -> str:
    """A crawler's Unix time (1712909100, or in milliseconds 1712909100000) as the date it is in
    China (UTC+8), where the article was published; any other value as it is."""
    if not _EPOCH.fullmatch(value):
        return value
    from datetime import datetime, timedelta, timezone

    seconds = float(value) / (1000 if len(value.split(".")[0]) == 13 else 1)
    return datetime.fromtimestamp(seconds, timezone(timedelta(hours=8))).date().isoformat()


_EPOCH = re.compile(r"1\d{9}(?:\d{3})?(?:\.\d+)?")  # 2001-09-09 to 2033-05-18, in seconds or milliseconds


def _url(obj: dict) -> str:
    """A record's URL: its first URL field that holds one (`source` may name a newspaper)."""
    return next((v for name in URL_FIELDS if (v := _field(obj, (name,))) and (name != "source" or _is_url(v))), "")


def _is_url(value: str) -> bool:
    return "://" in value or value.startswith(("/", "www."))


def read_jsonl(path: str, lines: Iterable[bytes], encoding: str | None = None) -> Iterator[Record | Rejected]:
    """One record a line; a bad line is rejected with its line number, the rest go on."""
    for n, raw in enumerate(lines, 1):
        raw = raw.rstrip(b"\r\n")
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        where = f"{path}:{n}"
        try:
            T.check_size(len(raw), where)
        except InputError as e:
            yield Rejected(where, f"line {n}: {_reason(e, where)}")
            continue
        try:
            line = raw.decode(encoding or "utf-8")
        except (UnicodeDecodeError, LookupError):
            try:
                line = T.decode(raw, encoding, name=where).text
            except InputError as e:
                yield Rejected(where, f"line {n}: {_reason(e, where)}")
                continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as e:
            why = getattr(e, "msg", None) or "a number too long or nesting too deep"
            yield Rejected(where, f"line {n}: not valid JSON ({why})")
            continue
        if not isinstance(obj, dict):
            yield Rejected(where, f"line {n}: not a JSON object")
            continue
        body = _field(obj, TEXT_FIELDS)
        if not body.strip() and (nested := json_records(obj)):  # a line that is an API's response
            yield from _articles(nested, where, f"line {n}, ", "jsonl")
            continue
        if not body.strip():
            yield Rejected(where, f"line {n}: no text (expected one of {_TEXT_NAMES})")
            continue
        yield Record(source=_url(obj) or where, data=raw, text=body, original=line, meta=_meta(obj), format="jsonl")


def _field(obj: dict, names: tuple[str, ...]) -> str:
    """The first of these fields the object has, as text; a field is found whatever its case and
    underscores (`pub_date`, `pubDate` and `PubDate` are `pubdate`)."""
    folded = None
    for name in names:
        value = obj.get(name)
        if value is None:
            if folded is None:
                folded = {k.replace("_", "").lower(): v for k, v in obj.items() if isinstance(k, str)}
            value = folded.get(name.replace("_", ""))
        if value is None or isinstance(value, (dict, list)):
            continue
        return str(value)
    return ""


# ---------------------------------------------------------------- the per-document pipeline

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)


def process(record: Record, encoding: str | None = None) -> Processed:
    """Decode, detect the format, extract main text, clean, simplify, find parks and figures.

    Pure: no database, no I/O. Raises InputError when the input cannot become a document.
    """
    from parktool import clean, page

    if record.text is not None:
        decoded = T.Decoded(record.text, "utf-8")
        original = record.original if record.original is not None else record.text
    else:
        decoded = T.decode(record.data, encoding, name=record.source)
        original = decoded.text
    meta = dict(record.meta)
    body, fmt = decoded.text, record.format or "text"
    front = _FRONT_MATTER.match(body) if record.text is None else None
    if front:
        meta.update({k: v for k, v in _front_matter(front.group(2), front.group(1)).items() if v})
        body, fmt = body[front.end():], "markdown"
    if page.looks_like_html(body):
        pg = page.html_to_text(body)
        for key in ("title", "published", "site", "author"):
            meta[key] = meta.get(key) or getattr(pg, key)
        body = pg.text
        fmt = fmt if fmt in ("docx", "email", "feed", "json", "jsonl", "markdown", "xml") else "html"
    elif fmt == "markdown":
        body = strip_markdown(body)
    cleaned = clean.clean_text(body, **{k: meta.get(k, "") or "" for k in ("title", "published", "site", "author")})
    if not cleaned.text.strip():
        raise InputError(f"{record.source}: no article text (empty after removing page furniture)")
    document = Document(
        doc_id=record.doc_id, source=record.source, title=cleaned.title, site=cleaned.site,
        published=cleaned.published, script=cleaned.script, chars=len(cleaned.text),
        author=cleaned.author, format=fmt, encoding=decoded.encoding, mojibake=cleaned.mojibake,
        text_hash=hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest()[:16],
        original=original, text=cleaned.text,
    )
    parks, facts = analyse(cleaned.text, cleaned.title, cleaned.published)
    return Processed(
        document=document,
        segmented_title=T.segmented(cleaned.title),
        segmented_text=T.segmented(cleaned.text),
        parks=parks,
        facts=facts,
        minhash=_signature(cleaned.text),
    )


def analyse(text: str, title: str, published: str) -> tuple[list[ParkRow], list[FactRow]]:
    """Parks and metric facts of a cleaned document (also used by `reextract`)."""
    from parktool import metrics, parks as P

    spans = T.translations(text)
    if spans:  # a bilingual page: read its Chinese paragraphs as one text, then place them back
        view, back = _without(text, spans)
        found = P.find_parks(view, title)
        extracted = [replace(f, start=back(f.start), end=back(f.end)) if not f.in_title else f
                     for f in metrics.extract_facts(view, title=title, published=published, parks=found)]
        found.mentions = [replace(m, start=back(m.start), end=back(m.end)) for m in found.mentions]
        found.groups = [replace(m, start=back(m.start), end=back(m.end)) for m in found.groups]
    else:
        found = P.find_parks(text, title)
        extracted = metrics.extract_facts(text, title=title, published=published, parks=found)
    counts: dict[str, int] = {}
    for m in found.mentions:
        counts[m.canonical] = counts.get(m.canonical, 0) + 1
    kinds = {m.canonical: m.kind for m in found.mentions}
    if found.main and found.main not in counts:  # named in the title only: its facts need its row
        counts[found.main] = 1
        kinds[found.main] = P.kind_of(found.main)
    rows = []
    setting: tuple[str, str] | None = None  # where the article is set, found once if needed
    for name in counts:
        province, city = P.park_place(name)
        if not province:  # a name without a place: the article's city, if it clearly has one
            setting = setting or P.article_place(f"{title}\n{text[:P.SETTING_CHARS]}")
            province, city = setting
        rows.append(ParkRow(
            park=name, aliases=found.aliases.get(name, []), kind=kinds.get(name, ""),
            province=province, city=city, parent=found.parent.get(name, ""),
            mentions=counts[name], main=name == found.main,
        ))
    facts = [
        FactRow(f.park, f.indicator, f.value, f.unit, f.dimension, f.qualifier, f.year, f.raw,
                f.sentence, f.start, f.end, f.in_title)
        for f in extracted
    ]
    return rows, facts


def _without(text: str, spans: list[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """The text without the lines at `spans` (each with its line break), and the function that
    takes an offset in it back to the same character in `text`."""
    pieces, views, shifts = [], [0], [0]
    at = 0
    for lo, hi in spans:
        pieces.append(text[at:lo])
        at = min(hi + 1, len(text))
        views.append(lo - shifts[-1])
        shifts.append(shifts[-1] + at - lo)
    pieces.append(text[at:])

    def back(i: int) -> int:
        return i + shifts[bisect_right(views, i) - 1]

    return "".join(pieces), back


def _signature(text: str) -> bytes | None:
    try:
        from parktool import dedup
    except ImportError:
        return None
    return dedup.signature(text).tobytes()


def _front_matter(block: str, fence: str) -> dict[str, str]:
    try:
        if fence == "+++":
            import tomllib

            data = tomllib.loads(block)
        else:
            import yaml

            data = yaml.safe_load(block)
    except Exception:  # malformed front matter: keep the body, guess metadata from the text
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        "title": _field(data, TITLE_FIELDS),
        "published": _field(data, DATE_FIELDS),
        "site": _field(data, SITE_FIELDS),
        "author": _field(data, AUTHOR_FIELDS),
    }


_MD_RULES = (
    # Link and image texts are bounded: an unclosed "[" must not scan to the end (quadratic).
    (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"), ""),  # images
    (re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # links keep their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M), ""),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+(?:\[[ xX]\][ \t]+)?", re.M), ""),  # list markers, task boxes
    (re.compile(r"(\*\*|__|`)"), ""),  # emphasis and code marks
    (re.compile(r"^[ \t]*([-*_][ \t]*){3,}$", re.M), ""),  # rules
)


def strip_markdown(body: str) -> str:
    """Markdown to plain paragraphs: markup goes, the words stay."""
    for pattern, repl in _MD_RULES:
        body = pattern.sub(repl, body)
    return body


# ---------------------------------------------------------------- ingest

ENGINES = ("local", "dask")
CONNECT_TIMEOUT = 10  # seconds to reach a Dask scheduler before giving up
DOCS_PER_THREAD = 32  # documents in flight per Dask worker thread: keeps a cluster busy


def _reason(e: Exception, source: str) -> str:
    msg = str(e)
    prefix = f"{source}: "
    return msg[len(prefix):] if msg.startswith(prefix) else msg


def process_safely(item: tuple[Record, str | None]) -> Processed | Rejected:
    """`process`, with any failure turned into a rejection: nothing raises out of ingest."""
    record, encoding = item
    try:
        return process(record, encoding)
    except InputError as e:
        return Rejected(record.source, _reason(e, record.source))
    except Exception as e:  # a bug must not cost the other inputs; report it, keep going
        return Rejected(record.source, f"could not be processed ({type(e).__name__}: {e})")


def process_window(items: list[tuple[Record, str | None]]) -> list[tuple | Rejected]:
    """`process_safely` over a slice of a window, in a pool worker or on a Dask worker.

    Results travel back packed as tuples (half the pickling cost of the dataclasses), and a
    JSONL record's original is left out: the writer still holds the line it came from.
    """
    return [_pack(process_safely(item), item[0]) for item in items]


def warm() -> None:
    """Load every lazy resource the pipeline uses (dictionaries, OpenCC, gazetteer, tables).

    Run once before the pool forks, its workers share them; run on each Dask worker, its
    threads never race to load them."""
    process(Record("warm-up", _WARM_UP.encode("utf-8")))


_WARM_UP = "鲤城區高新區2019年完成工業投資12.5億元，同比增長8.1%。\n園區新引進項目20個。"


def _pack(result: Processed | Rejected, record: Record) -> tuple | Rejected:
    """A result as plain tuples, the form that pickles cheaply; `_unpack` reverses it."""
    if isinstance(result, Rejected):
        return result
    d = result.document
    if record.text is not None:
        d.original = ""  # restored by the writer from its own record
    return (tuple(vars(d).values()), result.segmented_title, result.segmented_text,
            [tuple(vars(r).values()) for r in result.parks],
            [tuple(vars(f).values()) for f in result.facts], result.minhash)


def _unpack(packed: tuple | Rejected, record: Record) -> Processed | Rejected:
    """The writer's side of `_pack`: dataclasses again, a JSONL record's original put back."""
    if isinstance(packed, Rejected):
        return packed
    doc, title, body, parks, facts, minhash = packed
    document = Document(*doc)
    if record.text is not None:
        document.original = record.original if record.original is not None else record.text
    return Processed(document, title, body, [ParkRow(*r) for r in parks], [FactRow(*f) for f in facts],
                     minhash)


def check_engine(engine: str, scheduler: str | None) -> None:
    """A known engine, and a scheduler address only for the engine that has one (exit 2)."""
    if engine not in ENGINES:
        raise UsageError(f"--engine {engine}: choose one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise UsageError("--scheduler is the address of a Dask scheduler: give it with --engine dask")


def ingest(
    corpus: Corpus,
    paths: list[str],
    *,
    glob: str | None = None,
    encoding: str | None = None,
    stdin: IO[bytes] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    on_file: Callable[[str], None] | None = None,
    on_index: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Read every input and store each new document once; see IngestReport for the outcome.

    `engine` "local" maps the pipeline over a process pool of `workers`; "dask" over the Dask
    cluster whose scheduler is at `scheduler` (or a local cluster of `workers` processes).
    Either way this process reads the inputs and is the one writer: it stores windows of
    results in input order, each in one transaction, while the next windows are processed.
    At the end the search side index is rebuilt if it is due (parktool.search.refresh_impact;
    `on_index(done, total)` follows its words).
    """
    if encoding:
        try:
            "".encode(encoding)
        except LookupError:
            raise UsageError(f"--encoding {encoding}: unknown encoding") from None
    check_engine(engine, scheduler)
    check_paths(paths)
    report = IngestReport()
    writer = _Writer(corpus, report)
    own_files = [str(corpus.path) + suffix for suffix in CORPUS_SUFFIXES]

    def records() -> Iterator[Record]:
        for path in expand_paths(paths, glob, skip=own_files):
            report.files += 1
            for item in read_path(path, stdin, encoding):
                if isinstance(item, Rejected):
                    report.rejected.append(item)
                else:
                    yield item
            if on_file:
                on_file(path)

    pool = _DaskEngine(scheduler, workers) if engine == "dask" else _LocalEngine(workers)
    try:
        with corpus.bulk_load():
            window: list[Record] = []
            size = 0
            for record in records():
                window.append(record)
                size += len(record.data)
                if len(window) >= WINDOW or size >= WINDOW_BYTES:
                    writer.submit(window, encoding, pool)
                    window, size = [], 0
            writer.submit(window, encoding, pool)
            writer.drain()
    finally:
        pool.close()
    refresh_impact(corpus, on_index)
    return report


class _Writer:
    """The one writer: skips what is stored, sends new records out, stores results in order.

    At most `pool.depth` windows are in flight: memory is bounded by the windows, whatever
    the size of the corpus or of one input file.
    """

    def __init__(self, corpus: Corpus, report: IngestReport):
        self.corpus = corpus
        self.report = report
        self.pending: deque[tuple[list[Record], Callable[[], list]]] = deque()
        self.in_flight: set[str] = set()  # ids sent out and not yet stored (or rejected)

    def submit(self, window: list[Record], encoding: str | None, pool: "_LocalEngine | _DaskEngine") -> None:
        known = self.corpus.known_ids(r.doc_id for r in window) if window else set()
        todo = []
        for r in window:
            if r.doc_id in known or r.doc_id in self.in_flight:
                self.report.unchanged += 1
            else:
                self.in_flight.add(r.doc_id)
                todo.append(r)
        if todo:
            self.pending.append((todo, pool.submit([(r.shipped(), encoding) for r in todo])))
        while len(self.pending) >= pool.depth:  # store the oldest while the pool works on the rest
            self._store_oldest()

    def drain(self) -> None:
        while self.pending:
            self._store_oldest()

    def _store_oldest(self) -> None:
        todo, results = self.pending.popleft()
        batch = []
        for record, packed in zip(todo, results(), strict=True):
            result = _unpack(packed, record)
            if isinstance(result, Rejected):
                self.report.rejected.append(result)
            else:
                batch.append(result)
        if batch:
            added = self.corpus.store(batch)
            self.report.added += added
            # Stored meanwhile by another ingest of the same corpus: already there, so unchanged.
            self.report.unchanged += len(batch) - added
        # Stored ids are found by known_ids from now on; a rejected one stays, so that its
        # copies count as unchanged rather than rejected again.
        self.in_flight.difference_update(p.document.doc_id for p in batch)


class _LocalEngine:
    """A process pool created on first need; small windows run in this process."""

    MIN_PARALLEL = 16
    depth = 2  # windows in flight: the pool works on one while the writer stores the other

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._pool = None

    def submit(self, items: list) -> Callable[[], list]:
        """Start processing items; the returned callable waits for the results, in order."""
        if self.workers == 1 or len(items) < self.MIN_PARALLEL:
            results = process_window(items)
            return lambda: results
        if self._pool is None:
            import multiprocessing as mp

            fork = "fork" in mp.get_all_start_methods()
            if fork:
                warm()  # loaded once here, shared by every forked worker
            self._pool = mp.get_context("fork" if fork else "spawn").Pool(
                self.workers, initializer=None if fork else warm)
        step = max(1, -(-len(items) // (self.workers * 4)))
        chunks = [items[i : i + step] for i in range(0, len(items), step)]
        handle = self._pool.map_async(process_window, chunks, chunksize=1)
        return lambda: [r for part in handle.get() for r in part]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()


class _DaskEngine:
    """The same windows mapped over a Dask distributed cluster; results stream back in order.

    dask is imported only here: `parktool ingest` without --engine dask never loads it.
    """

    def __init__(self, scheduler: str | None, workers: int):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--engine dask needs dask and distributed: pip install 'parktool[dask]'") from None
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                             dashboard_address=":0")
                self.client = Client(self._cluster)
        except (OSError, TimeoutError, ValueError) as e:
            self.close()
            where = f"--scheduler {scheduler}: cannot reach the Dask scheduler" if scheduler else \
                "cannot start a local Dask cluster"
            raise UsageError(f"{where} ({e})") from None
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            self.close()
            raise UsageError(f"--scheduler {scheduler}: the Dask cluster has no workers (start some with "
                             f"`dask worker {scheduler}`)") from None
        try:
            self.client.run(warm)
        except Exception as e:  # parktool missing or different on a worker
            self.close()
            raise UsageError(f"the Dask workers cannot run parktool ({type(e).__name__}: {e}); install "
                             "the same parktool on every worker: pip install 'parktool[dask]'") from None
        self.threads = max(1, sum(self.client.nthreads().values()))
        self.depth = max(2, -(-DOCS_PER_THREAD * self.threads // WINDOW) + 1)

    def submit(self, items: list) -> Callable[[], list]:
        step = max(1, -(-len(items) // (self.threads * 2)))
        chunks = [items[i : i + step] for i in range(0, len(items), step)]
        futures = self.client.map(process_window, chunks, pure=False)

        def results() -> list:
            try:
                parts = self.client.gather(futures)
            except Exception as e:  # a worker died or the cluster went away
                raise UsageError(f"the Dask cluster failed ({type(e).__name__}: {e}); every document "
                                 "stored so far is whole: run the same ingest again to finish") from None
            return [r for part in parts for r in part]

        return results

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()


def reextract(corpus: Corpus, batch_size: int = WINDOW) -> int:
    """Parks and facts of every stored document again, from its stored cleaned text."""
    n = 0
    batch: list[Processed] = []
    for doc in corpus.documents(with_text=True):
        parks, facts = analyse(doc.text, doc.title, doc.published)
        batch.append(Processed(doc, parks=parks, facts=facts))
        if len(batch) >= batch_size:
            corpus.replace_derived(batch)
            n += len(batch)
            batch = []
    if batch:
        corpus.replace_derived(batch)
        n += len(batch)
    return n
