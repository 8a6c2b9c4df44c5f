"""HTML pages to article text: the main text block in document order, and the page's metadata.

Real park news pages are CMS templates, JSP/PHP table layouts with <font> tags, static-site
posts and fragments inside JSONL or Markdown fields. trafilatura alone kept only about four in
five article sentences on such pages (docs/cleaning.md has the measurement), so the text comes
from our own DOM pass: drop scripts and page chrome, pick the densest block of prose, keep its
paragraphs in order. trafilatura then acts as a referee for prose we left outside that block.
The result still goes through `parktool.clean.clean_text`, which removes textual furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parktool.clean import parse_date


@dataclass
class Page:
    """What an HTML page says: main article text and the metadata its markup states."""

    text: str  # main article text, paragraphs separated by "\n", in document order
    title: str  # "" if unknown
    published: str  # raw date string found in meta/markup, or ""
    site: str  # site name (og:site_name, <title> suffix "…_温州网"), or ""
    author: str


# ---------------------------------------------------------------- sniffing

_DOC_MARKERS = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
# script, style and iframe too: a fragment that holds one must not leave its code in the text.
_OPEN_TAGS = re.compile(r"<(?:p|div|span|a|td|tr|table|li|ul|ol|font|h[1-6]|strong|b|em|section|article|br|img"
                        r"|script|style|iframe)\b[^<>]*>", re.I)
_CLOSE_TAGS = re.compile(r"</(?:p|div|span|a|td|tr|table|li|ul|ol|font|h[1-6]|strong|b|em|section|article"
                         r"|script|style|iframe)\s*>", re.I)


def looks_like_html(text: str) -> bool:
    """True when `text` is HTML (a page or a fragment), judged by content, not a file name.

    A document marker (<!DOCTYPE html>, <html>, <head>, <body>, <meta>, <title>) near the start,
    or paired tags: a closing </p>, </div>, </td>… with at least one more tag. Markdown with a
    stray <br> or <img> is not HTML; its paragraphs live in its blank lines.
    """
    head = text[:4096]
    if _DOC_MARKERS.search(head):
        return True
    closes = len(_CLOSE_TAGS.findall(text, 0, 200_000))
    return closes >= 1 and closes + len(_OPEN_TAGS.findall(text, 0, 200_000)) >= 2


# ---------------------------------------------------------------- element classes

_JUNK = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
    "select", "button", "input", "textarea", "option", "link", "meta", "map", "audio", "video",
    "head",
)  # fmt: skip
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre "
    "section summary table tbody tfoot thead tr ul".split()
)
_CELLS = frozenset(("td", "th"))
_PARAGRAPHS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd pre blockquote figcaption caption".split())
_CHROME_TAGS = frozenset(("nav", "aside", "footer", "header"))
# class/id words of page chrome. Long words also match as a prefix ("relatednews", "sharebox").
_CHROME_EXACT = frozenset(
    "ad ads adv banner foot head hot tag tags tool tools side topbar pager pages print "
    "dqwz weizhi mianbao location position crumbs link links gg".split()
)
_CHROME_PREFIX = (
    "nav", "menu", "footer", "header", "sidebar", "breadcrumb", "crumb", "share", "social",
    "comment", "related", "relate", "recommend", "advert", "copyright", "login", "search",
    "pagination", "subnav", "friendlink", "qrcode", "widget", "popup", "modal",
    "cookie", "toolbar", "rank", "hotnews", "hotlist", "xgwz", "xgxw", "tuijian",
)  # fmt: skip
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_MAYBE_CHROME = tuple(_CHROME_TAGS | _BLOCK | _CELLS)  # the tags `_is_chrome` looks further at


def _is_chrome(el) -> bool:
    """Navigation, sidebars, footers, share bars, comments, related lists, ads."""
    tag = el.tag
    if tag in _CHROME_TAGS:
        return True
    if tag not in _BLOCK and tag not in _CELLS:
        return False  # an inline <a class="share"> inside a sentence stays part of it
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    banner = False
    for word in _WORD_SPLIT.split(names):
        if word == "banner":
            banner = True
        elif word and (word in _CHROME_EXACT or word.startswith(_CHROME_PREFIX)):
            if word.startswith(_RELATED) and _holds_prose(el):
                continue  # <div class="related-news"> holding a news item's paragraphs: article text
            return True
    # a banner is a site's (a logo, links, an ad's image), unless it holds a few words of text alone:
    # a WeChat editor's section banner (<section class="banner"><p>PART 02｜德宏片区：改革赋能</p>)
    return banner and (el.find(".//a") is not None or el.find(".//img") is not None
                       or len("".join(el.itertext()).strip()) > _BANNER_CHARS)


_BANNER_CHARS = 40
_LINKED_SENTENCE_CHARS = 40
_RELATED = ("related", "relate", "recommend", "xgwz", "xgxw", "tuijian")


def _holds_prose(el) -> bool:
    """Whether a block holds paragraphs of prose rather than a list of links: two paragraphs or
    more of 60 characters with a full stop, and links a fifth of its text at most."""
    text = "".join(el.itertext())
    linked = sum(len("".join(a.itertext())) for a in el.iter("a"))
    if len(text) < _PROSE_PARAGRAPH_CHARS * 2 or linked * 5 > len(text):
        return False
    paragraphs = sum(1 for p in el.iter("p") if len(t := "".join(p.itertext()).strip()) >= _PROSE_PARAGRAPH_CHARS
                     and "。" in t)
    return paragraphs >= 2


_PROSE_PARAGRAPH_CHARS = 60


# ---------------------------------------------------------------- lines of the page

_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_BREAK_BETWEEN_CJK = re.compile(
    f"(?<=[{_CJK}])[ \t\r\f\v\u00a0]*\n\\s*(?=[{_CJK}0-9,.;:!?%])"
    f"|(?<=[{_CJK}0-9,.;:!?%])[ \t\r\f\v\u00a0]*\n\\s*(?=[{_CJK}])"
)
_SPACES = re.compile(r"[\s\u00a0\u3000]+")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u3000]*\n")
_PROSE_PUNCT = re.compile(r"[，,。；;！!？?、]")
_ENDS = ("。", "！", "？", "!", "?", "；", ";", "…")
_CLOSERS = "”’\"』」)）】》"
_FIGURE_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}[ \u3000]*[：:][ \u3000]*[约近超逾]?[0-9０-９][0-9０-９,.]*"
                           r"[ \u3000]*(?:余|多)?[\u4e00-\u9fff%㎡]")


class _Line:
    __slots__ = ("text", "owner", "links", "chrome")

    def __init__(self, text: str, owner, links: int) -> None:
        self.text = text
        self.owner = owner  # nearest block element
        self.links = links  # characters inside <a>
        self.chrome = False  # under navigation, sidebar, footer…

    def is_sentence(self) -> bool:
        return self.text.rstrip(_CLOSERS).endswith(_ENDS)

    def is_field(self) -> bool:
        """A fact sheet's field with a figure (规划面积：1744平方公里, 入驻企业：1200余家)."""
        return self.links == 0 and _FIGURE_FIELD.match(self.text) is not None

    def weight(self) -> int:
        """Evidence of article prose: characters outside links, in lines with punctuation."""
        n = len(self.text)
        if self.links * 2 > n:
            # a newsflash list's items are sentences in links (绥芬河综合保税区…同比增长18.3%。): prose
            return n if n >= _LINKED_SENTENCE_CHARS and self.is_sentence() else 0
        if n < 40 and not _PROSE_PUNCT.search(self.text):
            return 0
        return n - self.links


def _collapse(text: str) -> str:
    """HTML white space: a source line break between Chinese characters is no space at all, but
    a table cell's start always parts it from the cell before (`_CELL_GAP`)."""
    if "\n" in text:
        text = _BREAK_BETWEEN_CJK.sub("", text)
    if _CELL_GAP in text:
        text = text.replace(_CELL_GAP, " ")
    return _SPACES.sub(" ", text).strip()


_CELL_GAP = "\ue000"  # (a private-use character: no white space, so no line break's rule removes it)


def _page_lines(root) -> list[_Line]:
    """The page's text as lines, each with its block element, in document order."""
    from lxml import etree

    lines: list[_Line] = []
    buf: list[str] = []
    state = {"links": 0, "in_a": 0, "pre": 0, "join": 0, "cell": 0}
    owners = [root]

    def flush() -> None:
        if buf:  # most block boundaries close an empty buffer
            text = "".join(buf) if state["pre"] else _collapse("".join(buf))
            text = text.strip()
            if text:
                lines.append(_Line(text, owners[-1], state["links"]))
            buf.clear()
        state["links"] = 0

    def add(text: str | None) -> None:
        if not text:
            return
        parts = text.split("\n") if state["pre"] else _BLANK_LINE.split(text) if "\n" in text else (text,)
        for k, part in enumerate(parts):
            if k:
                flush()
            buf.append(part)
            if state["in_a"]:
                state["links"] += len(part.strip())

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        block = tag in _BLOCK or (tag in _CELLS and _has_blocks(el))
        if event == "start":
            if block:
                if not state["join"]:
                    flush()
                state["join"] = 0
                owners.append(el)
                state["pre"] += tag == "pre"
            elif tag == "br" and state["cell"]:
                buf.append("\n")  # a line break inside a cell (总投资<br/>（亿元）) keeps its row whole
            elif tag == "br":
                flush()
            elif tag in _CELLS:
                buf.append(_CELL_GAP)
            state["cell"] += tag in _CELLS and not block
            state["in_a"] += tag == "a"
            add(el.text)
        else:
            state["in_a"] -= tag == "a"
            state["cell"] -= tag in _CELLS and not block
            if tag == "dt" and buf and _defined(el):
                # a term and its definition make one field line (<dt>规划面积</dt><dd>32.6平方公里</dd>
                # reads 规划面积：32.6平方公里), as a directory's or a brochure's text writes it
                if not "".join(buf).rstrip().endswith(("：", ":")):
                    buf.append("：")
                state["join"] = 1
                owners.pop()
            elif block:
                flush()
                owners.pop()
                state["pre"] -= tag == "pre"
            add(el.tail)
    flush()
    return lines


def _unspan(table) -> None:
    """A table's merged cells written out in every row and column they span, and its header rows
    (all <th>) made one: 完成值(亿元) over 2024年 and 2025年 reads 完成值2024年(亿元) and
    完成值2025年(亿元), and 银川经开区 spanning two rows heads both, so that each row of the text
    is a whole row of the table, as a reader of the page sees it. A data cell spanning columns
    stands once; a line break inside a cell (认定面积<br>（公顷）) joins its lines. A table with a table
    or blocks inside its cells is layout, and stays as it is."""
    rows = [tr for tr in table.iter("tr") if _owning_table(tr) is table]
    every_cell = [cell for tr in rows for cell in tr if cell.tag in _CELLS]
    if not rows or any(d.tag in _BLOCK for cell in every_cell for d in cell.iterdescendants()):
        return
    grid: list[list[tuple[str, bool]]] = []  # per row, (text, header) of each column
    pending: dict[int, tuple[int, tuple[str, bool]]] = {}  # column -> (rows left, cell) of a rowspan
    for tr in rows:
        row: list[tuple[str, bool]] = []
        cells = [c for c in tr if c.tag in _CELLS]
        while cells or pending.get(len(row)):
            if pending.get(len(row)):
                left, cell = pending[len(row)]
                pending[len(row)] = (left - 1, cell) if left > 1 else None
                row.append(cell)
                continue
            c = cells.pop(0)
            # (合 计, 序　号: a space that spreads a short label's characters is none of its words)
            cell = (_SPREAD.sub("", _collapse("".join(c.itertext()))), c.tag == "th")
            down, across = _span(c, "rowspan"), _span(c, "colspan")
            for k in range(across):
                # a header heads every column it spans; a data cell's words stand once (a note
                # across the table's width: 注：增速按可比价计算)
                part = cell if k == 0 or cell[1] else ("", False)
                if down > 1:
                    pending[len(row)] = (down - 1, part)
                row.append(part)
        grid.append(row)
    head = 0
    while head < len(grid) - 1 and grid[head] and all(h for _, h in grid[head]):
        head += 1
    if head > 1:  # the header rows as one: each column's words top down, each once
        width = max(map(len, grid[:head]))
        names = ["".join(dict.fromkeys(r[k][0] for r in grid[:head] if k < len(r) and r[k][0])) for k in range(width)]
        grid = [[(_unit_last(name), True) for name in names]] + grid[head:]
    # an empty cell of a row of figures is a blank one (—), so that the figures after it keep their
    # columns: a spreadsheet's &nbsp; (| 3 | 变电站工程 | &nbsp; | 21,500 |), a total's label
    # spanning the columns of words (| 合计 (colspan=5) | 322,400 |)
    grid = [[(text or "—", header) for text, header in row]
            if sum(_FIGURE_CELL.fullmatch(text) is not None for text, _ in row) >= 2 else row for row in grid]
    for tr in rows:
        tr.getparent().remove(tr)
    from lxml import etree

    for row in grid:
        tr = etree.SubElement(table, "tr")
        for text, header in row:
            etree.SubElement(tr, "th" if header else "td").text = text


_SPREAD = re.compile(r"(?<=^[\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?:$|[（(]))")
_FIGURE_CELL = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")


def _unit_last(name: str) -> str:
    """A merged header with its unit's bracket moved to its end, where a header states it
    (完成值(亿元)2024年 -> 完成值2024年(亿元))."""
    m = _BRACKETED.search(name)
    return name[: m.start()] + name[m.end():] + m.group() if m and m.end() < len(name) else name


_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[）)]")


def _owning_table(el):
    """The nearest <table> above an element."""
    el = el.getparent()
    while el is not None and el.tag != "table":
        el = el.getparent()
    return el


def _span(cell, attribute: str) -> int:
    """A cell's rowspan or colspan: 1 when missing or unreadable, at most 50."""
    try:
        return min(max(int(cell.get(attribute, "1")), 1), _MAX_SPAN)
    except ValueError:
        return 1


_MAX_SPAN = 50


def _defined(dt) -> bool:
    """Whether a <dt> is followed by its <dd>, with no block inside the term."""
    after = dt.getnext()
    return after is not None and after.tag == "dd" and not _has_blocks(dt)


def _has_blocks(el) -> bool:
    """Whether a table cell holds blocks (a layout table's article: paragraphs, or lines parted by
    <br>), not a short cell's line break (总投资<br/>（亿元）, which joins the cell's lines)."""
    for d in el.iterdescendants():
        if d.tag in _BLOCK or d.tag == "br" and len("".join(el.itertext())) > _SHORT_CELL:
            return True
    return False


_SHORT_CELL = 24  # characters a header or data cell with a line break in it holds at most


# ---------------------------------------------------------------- the main block

_DECAY = (1.0, 0.9, 0.5, 0.25)


def _main_lines(root) -> tuple[list[_Line], list[_Line]]:
    """All lines of the page, and those of its article: the densest block of prose.

    Each prose line scores for its block and the next few ancestors (readability's idea, with
    decay); lines under chrome count a tenth. The best block's siblings that also hold prose
    join it (articles split over several containers). Inside, chrome and link lists are left out.
    """
    lines = _page_lines(root)
    chrome = {el for el in root.iter(*_MAYBE_CHROME) if _is_chrome(el)}
    chains: dict = {}  # block -> it and its ancestors; many lines share a block
    for line in lines:
        if line.owner not in chains:
            chains[line.owner] = _ancestors(line.owner)
    scores: dict = {}
    for line in lines:
        chain = chains[line.owner]
        line.chrome = any(a in chrome for a in chain)
        w = line.weight() * (0.1 if line.chrome else 1.0)
        if not w:
            continue
        for a, factor in zip(chain, _DECAY):
            scores[a] = scores.get(a, 0.0) + w * factor
    if not scores:
        return lines, [ln for ln in lines if not ln.chrome]
    best = max(scores, key=scores.get)
    while best.tag in _PARAGRAPHS and best.getparent() is not None:
        best = best.getparent()  # a paragraph is never the article: its container is
    roots = [best] + _prose_siblings(best, lines, chrome, chains) + _repeated_posts(best, chrome)
    kept = []
    for line in lines:
        chain = chains[line.owner]
        top = next((r for r in roots if r in chain), None)
        if top is None or _under(line.owner, chrome, top):
            continue
        if line.links * 2 > len(line.text) and not _PROSE_PUNCT.search(line.text[-1:]):
            continue
        kept.append(line)
    return lines, kept + [ln for ln in _fact_sheets(lines, chains) if ln not in kept]


def _fact_sheets(lines: list[_Line], chains: dict) -> list[_Line]:
    """The fields of a definition list of figures outside the article, a park's quick facts in a
    sidebar (<dl><dt>规划面积</dt><dd>30平方公里</dd>…): three fields or more of one list."""
    sheets: dict = {}
    for line in lines:
        if line.is_field():
            dl = next((a for a in chains[line.owner] if a.tag == "dl"), None)
            if dl is not None:
                sheets.setdefault(dl, []).append(line)
    return [line for found in sheets.values() if len(found) >= _SHEET_FIELDS for line in found]


_SHEET_FIELDS = 3


def _repeated_posts(best, chrome: set) -> list:
    """The same part of the posts beside the best block's post, when the page repeats that post's
    structure: a forum thread's replies (div.post > div.content, one per floor), whose text is the
    thread's as much as the first post's. A reader's comment under a news article sits in another
    structure and stays out."""
    post = best.getparent()
    kind = (best.tag, best.get("class"))
    if post is None or post.getparent() is None or not kind[1] or not post.get("class"):
        return []
    found = []
    for sibling in post.getparent():
        if sibling is post or sibling.tag != post.tag or sibling.get("class") != post.get("class") or sibling in chrome:
            continue
        found += [el for el in sibling.iter(best.tag) if el.get("class") == kind[1] and el not in chrome]
    return found


def _ancestors(el) -> list:
    return [el, *el.iterancestors()]


def _under(el, chrome: set, stop) -> bool:
    """Some element from `el` up to (not including) `stop` is chrome."""
    while el is not None and el is not stop:
        if el in chrome:
            return True
        el = el.getparent()
    return False


def _prose_siblings(best, lines: list[_Line], chrome: set, chains: dict) -> list:
    parent = best.getparent()
    if parent is None:
        return []
    sentences: dict = {}
    fields: dict = {}  # a fact sheet beside the article (园区概况: 规划面积：1744平方公里 …)
    sizes: dict = {}
    links: dict = {}
    for line in lines:
        for a in chains[line.owner][:6]:
            if a.getparent() is parent and a is not best:
                sentences[a] = sentences.get(a, 0) + (line.is_sentence() and line.weight() > 0)
                fields[a] = fields.get(a, 0) + line.is_field()
                sizes[a] = sizes.get(a, 0) + len(line.text)
                links[a] = links.get(a, 0) + line.links
                break
    return [
        a for a in parent
        if (sentences.get(a) or fields.get(a, 0) >= 2) and a not in chrome and links[a] * 10 < sizes[a] * 3
    ]  # fmt: skip


# ---------------------------------------------------------------- trafilatura as referee


def _trafilatura_text(html: str) -> str:
    """trafilatura's extraction, white space collapsed; "" if it is unavailable or fails."""
    try:
        import trafilatura
    except ImportError:
        return ""
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
        )
    except Exception:  # a third-party extractor must not cost us the page
        return ""
    return _SPACES.sub("", text or "")


def _with_referee(html: str, lines: list[_Line], kept: list[_Line]) -> list[_Line]:
    """Add prose lines just outside the main block when trafilatura also judges them article.

    Candidates are prose lines within a few lines of the block with no chrome in between (a
    lead paragraph in its own container, a split article); trafilatura runs only when there are
    such candidates, so most pages never pay for it.
    """
    chosen = {id(line) for line in kept}
    doubtful = [lines[i] for i in _near_block(lines, chosen) if lines[i].weight() >= 20]
    if not doubtful:
        return kept
    extracted = _trafilatura_text(html)
    if not extracted:
        return kept
    chosen |= {id(ln) for ln in doubtful if _SPACES.sub("", ln.text) in extracted}
    return [ln for ln in lines if id(ln) in chosen]


def _near_block(lines: list[_Line], chosen: set[int], reach: int = 3) -> list[int]:
    """Indices of unchosen, non-chrome lines at most `reach` lines from a chosen one."""
    near = []
    for i, line in enumerate(lines):
        if id(line) in chosen or line.chrome:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= reach and not lines[j].chrome:
                if id(lines[j]) in chosen:
                    near.append(i)
                    break
                j += step
            if near and near[-1] == i:
                break
    return near


# ---------------------------------------------------------------- metadata

_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|—|–|\s-\s|(?<!\d)-(?!\d)|::)\s*")
_TITLE_KEYS = ("og:title", "twitter:title", "articletitle", "title", "headline")
_SITE_KEYS = ("og:site_name", "sitename", "site_name", "application-name", "publisher")
_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "pubdate", "publishdate",
    "publish_date", "publishtime", "publish-time", "firstpublishedtime", "datepublished",
    "og:release_date", "dc.date.issued", "dc.date", "date", "weibo:article:create_at",
    "article:modified_time", "lastmodifiedtime",
)  # fmt: skip
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byline")
_DATE_HOLDER = re.compile(r"date|time|pub|info|source|meta|attr|byline|fbsj|sj", re.I)
_RAW_DATE = re.compile(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_TODAY = re.compile(r"今天是|今日是|今天:|今日:")


def _metas(doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((metas[k] for k in keys if metas.get(k)), "")


def _title_and_site(doc, head_title: str, metas: dict[str, str], lines: list[_Line]) -> tuple[str, str]:
    """Headline and site name from meta tags, else from <title> and the page's own lines.

    <title> is "headline_site", "headline - column - site" or, on older sites, "site--headline":
    the headline is the segment the page also shows as a line of its own (its <h1> or a bold
    table cell), else the longest; the site is the end segment that is not the headline.
    """
    parts = [p for p in _TITLE_SPLIT.split(head_title) if p]
    shown = {line.text for line in lines}
    title = _first(metas, _TITLE_KEYS)
    headline = ""
    if parts:
        headline = max(parts, key=lambda p: (p in shown, len(p)))
    site = _first(metas, _SITE_KEYS)
    if not site and len(parts) >= 2:
        site = parts[0] if headline == parts[-1] else parts[-1]
    if not title:
        title = headline or next((h for h in (_collapse(_text_content(h)) for h in doc.iter("h1")) if h), "")
    elif site and title.endswith(site) and title != site:
        title = _TITLE_SPLIT.sub(" ", title[: -len(site)]).strip()
    return title, _collapse(site)


def _text_content(el) -> str:
    """All the text inside `el` (lxml.html's `text_content`, for plain lxml elements)."""
    return _string_value()(el)


@lru_cache(maxsize=1)
def _string_value():
    from lxml import etree

    return etree.XPath("string()")


def _published(doc, metas: dict[str, str]) -> str:
    """The publication date as the markup states it: meta tags, <time>, a date/info element."""
    value = _first(metas, _DATE_KEYS)
    if value and parse_date(value):
        return value
    for t in doc.iter("time"):
        for candidate in (t.get("datetime") or "", _text_content(t)):
            if parse_date(candidate):
                return candidate.strip()
    for el in doc.xpath("descendant-or-self::*[@class or @id]"):
        if not _DATE_HOLDER.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue
        text = _collapse(_text_content(el))
        if len(text) > 300 or _TODAY.search(text) or any(_is_chrome(a) for a in _ancestors(el)):
            continue  # a page-wide wrapper, or the "today is …" widget of a top bar
        for m in _RAW_DATE.finditer(text):
            if parse_date(m.group()):
                return m.group().strip()
    return ""


def _author(metas: dict[str, str]) -> str:
    """meta author, unless it is a URL or a CMS account rather than a person."""
    value = _collapse(_first(metas, _AUTHOR_KEYS))
    if not value or "http" in value or "." in value or value.lower() in ("admin", "administrator"):
        return ""
    return value


def _byline_date(lines: list[_Line], kept: list[_Line], title: str) -> str:
    """A date on a short line between the headline and the article text (unmarked bylines).

    Table layouts put "记者 … / 时间:2018-03-08 08:40:27" in a plain cell above the text; that
    cell is outside the article block, so look there: back from the first article line to the
    headline, a few lines at most.
    """
    if not kept:
        return ""
    first = next(i for i, line in enumerate(lines) if line is kept[0])
    for line in reversed(lines[max(0, first - 4) : first]):
        if line.text == title:
            break
        m = _RAW_DATE.search(line.text) if len(line.text) <= 100 and not line.chrome else None
        if m and parse_date(m.group()) and not _TODAY.search(line.text):
            return m.group().strip()
    return ""


# ---------------------------------------------------------------- entry point


def html_to_text(html: str) -> Page:
    """Main article text and metadata of an HTML page or fragment.

    >>> page = html_to_text("<html><head><title>园区迎来新项目_示例网</title></head><body>"
    ...     "<div class='nav'><a href='/'>首页</a></div><div class='content'>"
    ...     "<p>园区今年引进项目12个，总投资30亿元。</p></div></body></html>")
    >>> page.title, page.site, page.text
    ('园区迎来新项目', '示例网', '园区今年引进项目12个，总投资30亿元。')
    """
    from lxml import etree

    # lxml's own HTML parser, not lxml.html's: the same tree, but without the Python lookup
    # lxml.html runs for every element a walk touches (a sixth of the page's time).
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        doc = etree.fromstring(html.encode("utf-8", "replace"), parser)
    except (etree.ParserError, ValueError):
        doc = None
    if doc is None:
        return Page(text="", title="", published="", site="", author="")
    metas = _metas(doc)
    head_title = _collapse(doc.findtext(".//title") or "")
    published = _published(doc, metas)
    author = _author(metas)
    scripts = [el.text for el in doc.iter("script") if el.text and el.get("src") is None and _HAN.search(el.text)]
    etree.strip_elements(doc, *_JUNK, with_tail=False)
    for table in doc.iter("table"):
        if table.find(".//*[@rowspan]") is not None or table.find(".//*[@colspan]") is not None:
            _unspan(table)
    body = doc.find("body")
    lines, kept = _main_lines(body if body is not None else doc)
    kept = _with_referee(html, lines, kept)
    title, site = _title_and_site(doc, head_title, metas, lines)
    if author == site:
        author = ""
    if not published:
        published = _byline_date(lines, kept, title)
    text = "\n".join(line.text for line in kept)
    embedded = _embedded_article(scripts, len(_HAN.findall(text))) if scripts else None
    if embedded is not None:  # a template the page's script fills with its article at run time
        fields, inner = embedded
        text = inner.text
        title = fields.get("title") or title or inner.title
        published = fields.get("date") or published
        author = fields.get("author") or author
    return Page(text=text, title=title, published=published, site=site, author=author)


_HAN = re.compile(r"[\u4e00-\u9fff]")
# a string a script assigns (var articleContent = "<p>…</p>" + "<p>…</p>"; "content": "…"), either quote
_JS_ASSIGN = re.compile(r"""([A-Za-z_$][\w$]*)["']?\s*[:=]\s*(?=["'])""")
_JS_LITERAL = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")
_JS_PLUS = re.compile(r"""\s*\+\s*(?=["'])""")
_JS_FIELDS = (("title", re.compile("title", re.I)), ("date", re.compile("date|time", re.I)),
              ("author", re.compile("author", re.I)))
_EMBEDDED_MIN = 200  # Chinese characters an article held in a script has at least


def _embedded_article(scripts: list[str], shown: int) -> tuple[dict[str, str], "Page"] | None:
    """The article a page's script holds as a string of HTML (var articleContent = "<p>…</p>"),
    when it has far more Chinese text than the page shows, with the title, date and author the
    script gives beside it; else None."""
    strings = []
    for script in scripts:
        for m in _JS_ASSIGN.finditer(script):
            parts, at = [], m.end()
            while (lit := _JS_LITERAL.match(script, at)) is not None:
                parts.append(lit.group(1) if lit.group(1) is not None else lit.group(2))
                plus = _JS_PLUS.match(script, lit.end())
                if plus is None:
                    break
                at = plus.end()
            strings.append((m.group(1), _js_unescape("".join(parts))))
    if not strings:
        return None
    name, content = max(strings, key=lambda s: len(_HAN.findall(s[1])))
    han = len(_HAN.findall(content))
    if han < _EMBEDDED_MIN or han < 2 * shown:
        return None
    inner = html_to_text(f"<html><body><div>{content}</div></body></html>")
    fields = {}
    for key, pattern in _JS_FIELDS:
        value = next((v for n, v in strings if n != name and pattern.search(n) and 0 < len(v) <= 120), "")
        if value:
            fields[key] = _collapse(value)
    return fields, inner


def _js_unescape(raw: str) -> str:
    """A JavaScript string literal's value: its escapes (\\" \\' \\n \\u4e2d \\x41 \\/) read."""
    text = _JS_ESCAPE.sub(_js_char, raw)
    try:  # (a pair of \\u escapes for one character beyond the BMP)
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return text


_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_CHARS = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _js_char(m: re.Match) -> str:
    e = m.group(1)
    if len(e) > 1:
        return chr(int(e[1:], 16))
    return _JS_CHARS.get(e, e)
