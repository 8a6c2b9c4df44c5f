"""Park names in Chinese news: recognition, aliases within an article, nesting, and where a
park lies.

A park name is a proper prefix followed by a kind word: 丽水 + 经济技术开发区, 德化县古洋 +
工业园区, 威马新能源汽车智能 + 产业园. Kinds, the words that end a prefix on its left, the
modifiers (省级, 国家级) and descriptors (化工, 新能源汽车) that make a name a category rather
than a park are data (parktool/data/parks.toml). Places come from cpca's administrative
divisions, loaded on first use; the national zones' official names, provinces and cities from
parktool/data/parks_gazetteer.tsv. docs/extraction.md describes the rules.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from parktool.text import LIST_ITEM_HEAD, line_end


@dataclass(frozen=True)
class ParkMention:
    name: str  # as written in the text ("丽水经开区", or a bare "经开区" that refers to it)
    canonical: str  # the fullest form the article uses ("丽水经济技术开发区")
    kind: str  # normalised kind of the park: 经济技术开发区, 高新区, 产业园 …
    start: int  # character offsets in the text
    end: int


@dataclass
class DocumentParks:
    mentions: list[ParkMention]
    aliases: dict[str, list[str]]  # canonical -> other forms used in this article
    main: str  # the article's main park canonical name ("" if none)
    parent: dict[str, str]  # smaller park -> containing zone (nesting), where stated
    # Kind words that name several parks at once (全区小微企业园, 三大科学园区, 小微企业园23个,
    # 台中、后里及中兴新村园区), with canonical "": a figure about them is no one park's.
    groups: list[ParkMention] = field(default_factory=list)
    # The parks the title names, with offsets into the title: what a figure there is about.
    title_mentions: list[ParkMention] = field(default_factory=list)


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Kind:
    written: str
    kind: str
    family: str
    weak: bool


class _Grammar:
    """parks.toml compiled once: the kind scanner and the prefix rules."""

    def __init__(self, data: dict) -> None:
        weak = set(data["families"]["weak"])
        self.kinds = {w: _Kind(w, k, f, f in weak) for w, (k, f) in data["kinds"].items()}
        self.kinds["园"] = _Kind("园", "园区", "园", False)  # only after a place: 安溪芯园
        self.also = {k: set(v) for k, v in data["families"].items() if k not in ("weak", "abbreviations")}
        self.abbreviations_kinds = set(data["families"]["abbreviations"])
        words = sorted(self.kinds, key=len, reverse=True)
        stop = "|".join(map(re.escape, data["kinds_not_before"]["words"]))
        self.scanner = re.compile(f"(?:{'|'.join(map(re.escape, words))})(?!{stop})")
        prefix = data["prefix"]
        self.max_chars = prefix["max_chars"]
        self.full_zone_chars = prefix["full_zone_chars"]
        self.after_verb = frozenset(prefix["after_verb"])
        self.min_core = prefix["min_core"]
        self.sub_park_core = prefix["sub_park_core"]
        self.sub_park_chars = prefix["sub_park_chars"]
        # a year in figures or in words (2023年, 过去一年科学园…) is no part of a name either
        # the ministries that run zones end a name too (科技部新竹科学园区管理局)
        boundaries = prefix["boundaries"] + data["groups"]["authorities"]
        self.boundary = re.compile(
            _starting(boundaries, r"\d一二两三四五六七八九十")
            + r"(?:(?<![A-Za-z\d])\d+(?:年度|[年月日号])?|[一二两三四五六七八九十]+年度?|"
            + "|".join(map(re.escape, sorted(boundaries, key=len, reverse=True))) + ")")
        self.verbs = frozenset(boundaries)
        self.name_words = re.compile("|".join(map(re.escape, sorted(prefix["name_words"], key=len, reverse=True))))
        self.name_word_set = frozenset(prefix["name_words"])
        self.modifiers = re.compile(
            "^(?:" + "|".join(map(re.escape, sorted(prefix["modifiers"], key=len, reverse=True))) + ")+")
        category = "(?:" + "|".join(map(re.escape, sorted(prefix["category_end"], key=len, reverse=True))) + ")"
        modifier = "(?:" + "|".join(map(re.escape, sorted(prefix["modifiers"], key=len, reverse=True))) + ")"
        self.category_end = re.compile(f"({category}){modifier}*$")  # 国家级绿色工业园区: an award's category too
        self.category = re.compile(category + "+")
        self.modified = re.compile(f"{modifier}+$")
        self.keep_before_place = set(prefix["keep_before_place"])
        self.countries = frozenset(prefix["countries"])
        self.district_families = frozenset(prefix["district_families"])
        self.named_levels = frozenset(prefix["named_levels"])
        self.place_levels = tuple(prefix["place_levels"])
        self.descriptor_words = frozenset(prefix["descriptors"])
        self.descriptors = re.compile(_starting(prefix["descriptors"]) + "(?:" + "|".join(
            map(re.escape, sorted(prefix["descriptors"], key=len, reverse=True))) + ")+$")
        self.abbreviations = data["abbreviations"]
        self.short_kinds = data["short_kinds"]
        self.abbreviating_kinds = data["abbreviating_kinds"]
        self.clipped = frozenset(data["clipped"]["kinds"])
        self.parts = frozenset(data["parts"]["kinds"])
        self.placed_parts = frozenset(data["parts"]["placed"])
        self.placed_chars = data["parts"]["placed_chars"]
        self.known = tuple(data["known"]["prefixes"])
        self.not_in_prefix = data["kinds_not_in_prefix"]
        self.local_endings = frozenset(data["known"]["local_endings"])
        self.initials = data["known"]["initials"]
        yuan = data["yuan"]
        self.yuan_not_after = tuple(sorted(yuan["not_after"], key=len, reverse=True))
        self.yuan_middle = yuan["max_middle"]
        self.zones = set(data["nesting"]["zone_families"])
        english = data["english"]
        self.en_kinds = {k.lower(): v for k, v in english["kinds"].items()}
        en_kinds = "|".join(re.escape(k) for k in sorted(self.en_kinds, key=len, reverse=True))
        self.en_park = re.compile(rf"\b((?:[A-Z][A-Za-z'-]+ ){{1,5}}?)((?i:{en_kinds}))\b")
        self.en_park_kinds = frozenset(english["park_kinds"])
        self.en_not_name = frozenset(english["not_name"])
        self.local_families = self.zones | weak
        self.brand_chars = prefix["brand_chars"]
        self.brand_families = set(prefix["brand_families"])
        located = "|".join(map(re.escape, sorted(data["nesting"]["located"], key=len, reverse=True)))
        bare_zone = "(?:经开区|开发区|高新区|新区|园区|片区|试验区|示范区|集聚区)"  # 位于开发区化工新材料产业园
        self.located = re.compile(f"(?:{located})$")
        self.located_at = re.compile(f"(?:{located})")
        self.placed = re.compile(f"(?:{located})(?:[^，,。；;！？!?\n]{{0,20}}的|{bare_zone})$|(?:区|园)内的$")
        self.inside_after = re.compile(
            "(?:" + "|".join(map(re.escape, sorted(data["nesting"]["inside_after"], key=len, reverse=True)))
            + ")$")
        self.scope = re.compile("|".join(map(re.escape, sorted(data["subject"]["scope"], key=len, reverse=True)))
                                + "|" + "|".join(data["subject"]["scope_patterns"]))
        self.media = tuple(data["subject"]["media"])
        self.issuer_after = tuple(data["subject"]["issuer_after"])
        self.venue_before = tuple(data["subject"]["venue_before"])
        self.notice_titles = tuple(data["subject"]["notice_titles"])
        fields = "|".join(sorted(data["subject"]["location_fields"], key=len, reverse=True))
        # (after a list item's head or an outline's number: 5．建设地点：, 1.1.3 建设地点:)
        self.location_field = re.compile(
            rf"^[ \t\u3000]*(?:{LIST_ITEM_HEAD}|\d+(?:\.\d+)+)?[ \t\u3000]*(?:{fields})[ \t\u3000]*[:：]", re.M)
        self.zone_scope = tuple(data["subject"]["zone_scope"])
        self.first_person = tuple(sorted(data["subject"]["first_person"], key=len, reverse=True))
        self.visit = re.compile("|".join(map(re.escape, data["subject"]["visit_verbs"])))
        self.speaker = tuple(data["subject"]["speaker"])
        self.company_after = tuple(data["subject"]["company_after"])
        self.company_words = tuple(data["subject"]["company_words"])
        self.company_name = re.compile("[\u4e00-\u9fff（）()]{1,%d}?(?:%s)" % (
            data["subject"]["company_name_chars"], "|".join(map(re.escape, data["subject"]["company_names"]))))
        self.institute_name = re.compile("[\u4e00-\u9fff（）()]{1,%d}?(?:%s)" % (
            data["subject"]["company_name_chars"], "|".join(map(re.escape, data["subject"]["institute_names"]))))
        subject = data["subject"]
        self.opening_heads = frozenset([w[0] for w in subject["openings"] + subject["clause_openings"]]
                                       + list(subject["opening_patterns"]))
        self.openings = re.compile(
            "|".join(subject["opening_patterns"].values())
            + "|(?:" + "|".join(map(re.escape, sorted(subject["clause_openings"], key=len, reverse=True)))
            + ")[^，,。；;！？!?\n]{1,%d}[，,]" % subject["clause_opening_chars"]
            + "|(?:" + "|".join(map(re.escape, sorted(subject["openings"], key=len, reverse=True))) + ")[，,、 ]*")
        self.inside_before = re.compile(
            "(?:" + "|".join(map(re.escape, sorted(data["nesting"]["inside_before"], key=len, reverse=True)))
            + ")")
        self.official_also = {k: tuple(v) for k, v in data["gazetteer"]["also"].items()}
        self.taiwan = tuple(data["places"]["taiwan"])
        self.common_places = frozenset(data["places"]["common_words"])
        groups = data["groups"]
        trailing = sorted(set(prefix["modifiers"]) | set(prefix["descriptors"]) | set(prefix["category_end"]),
                          key=len, reverse=True)
        self.collective = re.compile(
            _starting(groups["before"], r"\d一二两三四五六七八九十百几多数") + "(?:(?:" + "|".join(map(re.escape, sorted(groups["before"], key=len, reverse=True)))
            + r"|(?:\d+|[一二两三四五六七八九十百几多数]+)[" + groups["counters"] + "])(?:"
            + "|".join(map(re.escape, trailing)) + ")*)+$")
        self.goal_before = tuple(prefix["goal_before"])
        self.counted_after = re.compile(
            r"(?:" + "|".join(map(re.escape, groups["count_verbs"])) + r")?(?:\d{1,3}(?:,\d{3})+|\d+|[一二两三四五六七八九十百几]+)"
            r"[余多]?[" + groups["counters_after"] + r"](?![\u4e00-\u9fff])")
        self.road_after = re.compile(groups["road_after"])
        self.province_families = frozenset(groups["province_families"])
        self.authorities = tuple(groups["authorities"])
        self.below_province = frozenset(data["below_province"]["families"])


def _starting(words: list[str], more: str = "") -> str:
    """A lookahead for the first characters of `words` (and the class `more`), to put before an
    alternation of them that is searched for: the regex engine then tries the hundreds of words
    only where one of them can start, not at every character (a third of the time)."""
    return "(?=[" + more + re.escape("".join(sorted({w[0] for w in words}))) + "])"


_NAME_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]*\Z")  # \Z: never before a line break


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = resources.files("parktool") / "data" / "parks.toml"
    return _Grammar(tomllib.loads(data.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- places (cpca)


@dataclass(frozen=True)
class _Place:
    name: str
    adcode: str  # six digits
    rank: int  # 0 province, 1 city, 2 county


_NOT_PLACES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# the peoples an autonomous area's name holds (延边朝鲜族自治州), some written without 族
# (新疆维吾尔自治区, 伊犁哈萨克自治州, 巴音郭楞蒙古自治州)
_ETHNIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{1,4}?族|维吾尔|哈萨克|柯尔克孜|蒙古|塔吉克|锡伯)+(?=自治)")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[_Place, ...]], dict[str, tuple[int, ...]]]:
    """Every province, city and county with its short forms (浙江, 丽水, 安溪), from cpca and
    the divisions created or renamed since its table (places_since_cpca.tsv: 坪山区, 钱塘区), and
    Taiwan's cities and counties (parks.toml); and
    by the first two characters of a form, the lengths of the forms that start with them,
    longest first (so that `place_at` tries only lengths that exist)."""
    import cpca

    table: dict[str, list[_Place]] = {}
    for info in cpca.ad_2_addr_dict.values():
        if info.name in _NOT_PLACES:
            continue
        place = _Place(info.name, info.adcode[:6], info.rank)
        for form in {info.name, _short(info.name)}:
            if len(form) >= 2:
                table.setdefault(form, []).append(place)
    for place in _since_cpca():
        for form in {place.name, _short(place.name)}:
            if len(form) >= 2:
                table.setdefault(form, []).append(place)
    for name in _grammar().taiwan:  # county-level under 台湾省 (71), in no prefecture cpca knows
        table.setdefault(name, []).append(_Place(name, "719900", 2))
    places = {k: tuple(sorted(v, key=lambda p: (p.rank, p.adcode))) for k, v in table.items()}
    lengths: dict[str, set[int]] = {}
    for form in places:
        lengths.setdefault(form[:2], set()).add(len(form))
    return places, {head: tuple(sorted(ns, reverse=True)) for head, ns in lengths.items()}


@lru_cache(maxsize=1)
def _since_cpca() -> tuple[_Place, ...]:
    """The divisions created or renamed since cpca's table (坪山区 2016, 那曲市 2017, 钱塘区 2021)."""
    since = (resources.files("parktool") / "data" / "places_since_cpca.tsv").read_text(encoding="utf-8")
    return tuple(_Place(name, adcode, int(rank)) for name, adcode, rank in
                 (line.split("\t") for line in since.splitlines() if line and not line.startswith("#")))


def _division_name(code: str) -> str:
    """The name of the province (2 digits) or city (4 digits) of an adcode's head, or ""."""
    import cpca

    return cpca.adcode_name(code) or next(
        (p.name for p in _since_cpca() if p.rank == len(code) // 2 - 1 and p.adcode.startswith(code)), "")


def _short(name: str) -> str:
    """浙江省 -> 浙江, 延边朝鲜族自治州 -> 延边, 景宁畲族自治县 -> 景宁, 鲤城区 -> 鲤城."""
    base = _ETHNIC.sub("", name)
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区", "省", "市", "盟",
                   "县", "区", "旗"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 2:
            return base[: -len(suffix)]
    return base


def place_at(text: str, i: int) -> str:
    """The longest administrative place name (full or short form) starting at `text[i]`, or ""."""
    places, lengths = _gazetteer()
    for n in lengths.get(text[i:i + 2], ()):
        if i + n <= len(text) and text[i:i + n] in places:
            return text[i:i + n]
    return ""


def located_before(text: str, lo: int, at: int) -> bool:
    """Whether `text[lo:at]` ends with a verb that places what it is said of (位于, 坐落于)."""
    return _grammar().located.search(text, lo, at) is not None


def zone_scope_at(text: str, i: int) -> bool:
    """Whether a word for the zone itself as a place (区内, 园内) starts at `text[i]`."""
    return text.startswith(_grammar().zone_scope, i)


def scope_at(text: str, i: int) -> str:
    """A scope word (全市, 我省), a category of parks (国家级经开区) or a place name starting at
    `text[i]`: what a sentence about no park has as its subject. "" if none."""
    grammar = _grammar()
    scope = grammar.scope.match(text, i)
    if scope:
        return scope.group()
    category = grammar.category.match(text, i)
    if category and (kind := grammar.scanner.match(text, category.end())):
        return text[i:kind.end()]  # 国家级经开区拥有高新技术企业6.1万家: a category of parks
    place = place_at(text, i)
    if not place:
        return ""
    # A county's short form that is also a verb before a name (新建 of 南昌's 新建区) opens a
    # sentence as the verb: 新建标准厂房45万平方米 continues the paragraph's park; before a
    # company word it is a company's name (吉利汽车研究院 is no sentence about 吉利区); one that
    # is a common word names a factory or a brand (红旗繁荣工厂 is no sentence about 红旗区).
    if place in grammar.verbs or place in grammar.common_places or (
            text.startswith(grammar.company_after, i + len(place))
                                  and all(p.rank == 2 and p.name != place for p in _gazetteer()[0][place])):
        return ""
    if grammar.company_name.match(text, i + len(place)) or grammar.institute_name.match(text, i + len(place)):
        return ""  # 河北旭阳能源有限公司, 泰州国际合成生物创新中心: a company's or an institute's name
    if text.startswith("·", i + len(place)):  # 河北·石家庄高新区: a tag of place before a name
        return ""
    second = place_at(text, i + len(place))
    if second and not _nested_places(place + second):
        return ""  # 金川防城港铜冶炼项目: a company's home before its site, no place the sentence is about
    return place


def past_opening(text: str, i: int) -> int:
    """Where a sentence's subject may begin when an opening that is none (同日，, 放眼, 先看,
    or a phrase a comma closes: 作为…的核心区，, 随着…，, or an English name before its Chinese
    one in brackets) stands at `text[i]`; else `i`."""
    g = _grammar()
    if "A" <= text[i:i + 1] <= "Z":  # Kunshan Economic and Technological Development Zone (昆山经济技术开发区)
        m = _ENGLISH_NAME.match(text, i)
        return m.end() if m else i
    if text[i:i + 1] not in g.opening_heads:
        return i
    m = g.openings.match(text, i)
    return m.end() if m else i


# An English name before its Chinese one in brackets: the subject is the name in brackets.
_ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z .&'-]{1,80}?\s?[（(](?=[\u4e00-\u9fff])")


def past_first_person(text: str, i: int) -> int:
    """Where the words after a speaker's 我们 (咱们, 我们的) begin when one stands at `text[i]`:
    in 我们山西转型综合改革示范区顶住了压力 the sentence is about the zone; else `i`."""
    for word in _grammar().first_person:
        if text.startswith(word, i):
            return i + len(word)
    return i


def speaker_at(text: str, i: int) -> bool:
    """Whether a speaker's word for their own park (我们, 这里, 我区) starts at `text[i]`."""
    return text.startswith(_grammar().speaker, i)


def has_speaker(text: str) -> bool:
    """Whether `text` holds a speaker's word for their own park anywhere (most texts do not)."""
    return any(word in text for word in _grammar().speaker)


def is_place(name: str) -> bool:
    """Whether `name` is exactly a province, city or county (full or short form)."""
    return name in _gazetteer()[0]


def park_place(name: str) -> tuple[str, str]:
    """(province, city) of a park: from the gazetteer for a national zone or a park whose name
    starts with one (金华开发区, 金华经济技术开发区XX产业园 -> 浙江省, 金华市); else from the places
    its name starts with: 丽水经济技术开发区 -> (浙江省, 丽水市), 德化县古洋工业园区 -> (福建省,
    泉州市); ("", "") when the name has neither."""
    zone = official_zone(name) or _zone_prefix(name)
    if zone is not None:
        return zone.province, zone.city
    return _cpca_place(name)


@lru_cache(maxsize=8192)  # place names recur across documents
def _cpca_place(name: str) -> tuple[str, str]:
    """(province, city) from the chain of places a name starts with, each inside the one before."""
    places = _gazetteer()[0]
    found: list[_Place] = []
    i = 0
    while i < len(name):
        form = place_at(name, i)
        if not form:
            break
        candidates = places[form]
        chosen = next((p for p in candidates if found and p.adcode.startswith(_scope(found[-1]))),
                      candidates[0])
        if found and not chosen.adcode.startswith(_scope(found[-1])):
            break
        found.append(chosen)
        i += len(form)
    if not found:
        return "", ""
    code = found[-1].adcode
    province = _division_name(code[:2])
    city = _division_name(code[:4]) if found[-1].rank >= 1 else ""
    if not city or city in _NOT_PLACES:
        if province.endswith("市"):
            city = province  # 北京市, 上海市: the province-level city is its own city
        elif found[-1].rank == 2:
            city = found[-1].name  # 仙桃市: a county-level city under the province
    return province, city or ""


SETTING_CHARS = 1000  # where an article says where it is set: its title, dateline and lead


def article_place(text: str) -> tuple[str, str]:
    """(province, city) an article is set in: for its parks whose names hold no place
    (瓯江口产业集聚区 in an article that names 温州 throughout). The prefecture-level city that
    most of the article's unambiguous place names fall in (a province, city or a county's full
    name: 温州, 温州市, 龙湾区), when at least two do and no other city has half as many;
    else ("", ""), rather than a guess. Ingest reads the title and the first SETTING_CHARS
    characters: the dateline and lead say where an article is set, and reading every character
    of every article would add a tenth to ingest's time."""
    places, lengths = _gazetteer()
    counts: dict[tuple[str, str], int] = {}
    resume = 0  # past the last place found: 温州市 is one mention, not 温州市 and 州市
    for i in _place_starts(text):
        if i < resume:
            continue
        form = place_at(text, i)
        if not form:
            continue
        resume = i + len(form)
        found = places[form]
        if len(found) == 1 and (found[0].rank < 2 or form == found[0].name):
            where = _cpca_place(form)
            if where[1]:
                counts[where] = counts.get(where, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return "", ""
    return ranked[0][0]


@lru_cache(maxsize=1)
def _place_heads() -> np.ndarray:
    """The first two characters of every place form, as sorted codes (see `_place_starts`)."""
    return np.array(sorted({ord(h[0]) << 21 | ord(h[1]) for h in _gazetteer()[1]}), dtype=np.uint64)


def _place_starts(text: str) -> list[int]:
    """Where in `text` a place form may start (its first two characters begin one)."""
    return _pair_starts(text, _place_heads())


def _pair_starts(text: str, heads: np.ndarray) -> list[int]:
    """Where in `text` two characters stand whose codes (first << 21 | second) are among the
    sorted `heads`, found for all characters at once rather than with a Python step for each."""
    if len(text) < 2 or not len(heads):
        return []
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    codes = cp[:-1] << np.uint64(21) | cp[1:]
    at = np.minimum(np.searchsorted(heads, codes), len(heads) - 1)
    return np.flatnonzero(heads[at] == codes).tolist()


def _scope(place: _Place) -> str:
    return place.adcode[: 2 * (place.rank + 1)]


# ---------------------------------------------------------------- official names (gazetteer)


@dataclass(frozen=True)
class Zone:
    """A national zone of parks_gazetteer.tsv."""

    name: str  # official full name: 金华经济技术开发区
    list: str  # the national list: 经开, 高新, 新区 or 综保
    province: str
    city: str  # prefecture-level city, "" where the zone spans several


class _Zones:
    """The gazetteer by official name, and by (kind family, prefix key) for short forms."""

    def __init__(self, rows: list[list[str]]) -> None:
        g = _grammar()
        self.by_name: dict[str, Zone] = {}
        self.nicknames: dict[str, Zone] = {}  # 光谷 -> 武汉东湖新技术开发区
        index: dict[tuple[str, str], Zone | None] = {}
        for name, list_, province, city, aliases, nicknames in rows:
            zone = Zone(name, list_, province, city)
            self.by_name[name] = zone
            self.nicknames.update(dict.fromkeys(filter(None, nicknames.split("|")), zone))
            m = _last_kind(name)
            family = g.kinds[m.group()].family if m else list_
            if family in ("开发区", "园区"):  # 宁波大榭开发区: a 经开 by its list
                family = list_
            prefixes = [name[: m.start()] if m else ""] + aliases.split("|")
            for key in {_key(p) for p in prefixes} - {""}:
                seen = index.get((family, key), zone)
                index[(family, key)] = zone if seen is zone else None  # ambiguous: neither
        self.index = {k: z for k, z in index.items() if z is not None}
        self.ambiguous = sorted(k for k, z in index.items() if z is None)
        self.longest = max(map(len, self.by_name))
        self.nickname = re.compile("|".join(map(re.escape, sorted(self.nicknames, key=len, reverse=True))) or "(?!)")


@lru_cache(maxsize=1)
def _zones() -> _Zones:
    data = (resources.files("parktool") / "data" / "parks_gazetteer.tsv").read_text(encoding="utf-8")
    lines = [line for line in data.splitlines() if line.strip() and not line.startswith("#")]
    return _Zones([(line.split("\t") + [""] * 6)[:6] for line in lines[1:]])


_BRACKETED_MIDDLE = re.compile(r"[^（(]+[（(]([^（）()]{2,6})[）)](.+)")


@lru_cache(maxsize=4096)
def _bracket_short(prefix: str) -> str | None:
    """A prefix with a place in brackets inside it, as the place and what follows the brackets
    (中国图们江区域（珲春）国际合作 -> 珲春国际合作); None for any other."""
    m = _BRACKETED_MIDDLE.fullmatch(prefix)
    return m.group(1) + m.group(2) if m and is_place(m.group(1)) else None


def _key(prefix: str) -> str:
    """A zone's prefix as looked up: without a leading province (浙江金华 -> 金华) and without the
    市 of a city (金华市 -> 金华), so that every way of writing the place matches."""
    place = place_at(prefix, 0)
    if place and len(prefix) > len(place) and _gazetteer()[0][place][0].rank == 0:
        prefix = prefix[len(place):]
    if prefix.endswith("市") and is_place(prefix[:-1]):
        prefix = prefix[:-1]
    return prefix


@lru_cache(maxsize=4096)
def official_zone(name: str) -> Zone | None:
    """The national zone a park name is, written in full or short (金华开发区, 丽水经开区,
    合肥高新区, 天府新区): the same place prefix and kind family as an official name. None for a
    zone the gazetteer does not list (晋江经济开发区 is provincial). A zone's nickname (光谷) is it too."""
    zones = _zones()
    if name in zones.by_name:
        return zones.by_name[name]
    if name in zones.nicknames:
        return zones.nicknames[name]
    m = _last_kind(name)
    if m is None or m.end() != len(name):
        return None
    family = _grammar().kinds[m.group()].family
    key = _key(name[: m.start()])
    for f in (family, *_grammar().official_also.get(family, ())):
        zone = zones.index.get((f, key))
        if zone is not None:
            return zone
    return None


def _zone_prefix(name: str) -> Zone | None:
    """The national zone whose official name a longer name starts with (a park inside it)."""
    zones = _zones()
    for n in range(min(len(name) - 1, zones.longest), 3, -1):
        zone = zones.by_name.get(name[:n])
        if zone is not None:
            return zone
    return None


# ---------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    start: int
    end: int
    kind: _Kind
    prefix: str  # the name before the kind word ("" when bare)
    generic: bool  # a category or a bare kind word, not a park's own name

    @property
    def text(self) -> str:
        return self.prefix + self.kind.written


# a numeral after another is a name's (文山三七产业园区: 三七, the herb), not a count
_BARE_COUNT = re.compile(r"(?<![第\d一二两三四五六七八九十百])[两三四五六七八九几]$")
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千几多数])[个处家座批类所]$")


COMPARED_AMONG = ("中", "之中", "当中")  # 三大园区中, 在全省13家国家级高新区中: several parks compared


def _candidates(text: str, groups: list[ParkMention] | None = None) -> list[_Candidate]:
    """The kind words of `text` with the prefixes they read; those that name several parks at
    once go to `groups` instead, when given."""
    g = _grammar()
    out = []
    n = len(text)
    last_group = -1  # where the last kind word naming several parks ends
    last_name = -1  # where the last park's name ends
    for m in g.scanner.finditer(text):
        start = m.start()
        kind = g.kinds[m.group()]
        run = _NAME_RUN.search(text, max(0, start - g.max_chars), start).group()
        if len(run) == g.max_chars and start > g.max_chars:  # cut short: 哈密高新技术产业开发区南部循环经济产业园
            run = _NAME_RUN.search(text, max(0, start - 2 * g.max_chars), start).group()
        j = start - len(run)
        if j and text[j - 1] in _OPENING and run.startswith("原") and len(place_at(run, 1)) >= len(place_at(run, 0)):
            run, j = run[1:], j + 1  # 长葛经济技术开发区（原长葛产业集聚区）: its former name
        if j and text[j - 1] in _CLOSING:
            run = _bracketed_run(text, j) + run
        elif j > 1 and text[j - 1] in _DASHES and run:
            run = _dashed_run(text, j) + run
        read = _prefix(run, kind.written)
        if read is not None and read[0] and read[0][0] in _DASHES:  # 产业发展—丽水经开区: cut at the dash
            run = run[len(run) - len(read[0]) + 1:]
            read = _prefix(run, kind.written)
        if read is None and kind.written == "园" and out and _zone_part(run, out):
            read = _cut(run), False, 0  # 中关村科技园区…其中，昌平园…: the zone's part in 昌平
        elif read is None and kind.written in g.placed_parts and out and _named_part(run, out):
            read = _cut(run), False, 0  # 临沧边境经济合作区…包括孟定片区、永和片区: the zone's parts
        e = m.end()
        if read is not None and g.road_after.match(text, e):
            continue  # 江阴-靖江工业园区园区大道9号: a road's name
        if read is not None and e < n and text[e] in _OPENING:
            read = _abbreviated(text, e, run, kind.written, read)
        if read is not None:
            prefix, generic, several = read
            if several:  # 全区小微企业园, 全台三大科学园区, 三个国家级园区
                if groups is not None:
                    groups.append(ParkMention(text[start - several:m.end()], "", "", start - several, m.end()))
                if not text.startswith(COMPARED_AMONG, m.end()):  # 为三大园区中跌幅最大者；园区就业人数…: a comparison
                    last_group = m.end()                   # among them, not the parks the next 园区 means
                continue
            if generic and not prefix and (_joined_to(text, last_group, start)  # 全省经济开发区和高新区
                                           or last_group > last_name and not _SENTENCE_END.search(text, last_group, start)):
                # 各开发区要…，确保全年开发区规上工业增加值增长7%左右: the same parks again
                if groups is not None:
                    groups.append(ParkMention(m.group(), "", "", start, m.end()))
                last_group = m.end()
                continue
            counted = g.counted_after.match(text, m.end()) if generic and not prefix else None
            if counted or generic and not prefix and text.endswith(g.authorities, 0, start):
                # 建成小微企业园23个: the parks counted; 经济部加工出口区管理处: the zones a ministry runs
                if groups is not None:
                    groups.append(ParkMention(m.group(), "", "", start, m.end()))
                continue
            if (kind.weak and prefix and text[start - len(prefix) - 1:start - len(prefix)] == "“"
                    and text.startswith("”", m.end()) and text.endswith(g.goal_before, 0, start - len(prefix) - 1)):
                continue  # 加快建设“滨海新城”: a goal, no park
            out.append(_Candidate(start - len(prefix), m.end(), kind, prefix, generic))
            if not generic:
                last_name = m.end()
    return out


def _zone_part(run: str, before: list[_Candidate]) -> bool:
    """Whether a city's or a county's name + 园 alone (昌平园, 南海园) names a zone's part there:
    after a zone's name (中关村科技园区, 佛山高新区), not in a text of no zone (世园会北京园)."""
    g = _grammar()
    head = _cut(run)
    if not head or place_at(head, 0) != head or _province_only(head):
        return False
    return any(not c.generic and (c.kind.family in g.zones or c.prefix.startswith(g.known)) for c in before)


def _named_part(run: str, before: list[_Candidate]) -> bool:
    """Whether a name of two characters + 片区 alone (宁洱片区, 孟定片区) names a zone's part: a
    proper name (not a direction's: 城东, 中部) after a park's name in the text."""
    head = _cut(run)
    return (len(head) == 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _DIRECTIONS for ch in head)
            and any(not c.generic for c in before))


_DIRECTIONS = "东西南北中城区部心"


_CLOSING = "）)"
_OPENING = "（("
_JOINED = "及与和"
_JOINERS = (*_JOINED, "、", "以及")  # what may stand between two kind words of one collective


def _joined_to(text: str, end: int, start: int) -> bool:
    """Whether `text[end:start]` only joins two kind words: 全省经济开发区|和|高新区."""
    return end >= 0 and text[end:start] in _JOINERS


def _abbreviated(text: str, end: int, run: str, written: str,
                 read: tuple[str, bool, int]) -> tuple[str, bool, int]:
    """The reading of a name that a bracketed short form follows at `end`, when the name was
    cut at a conjunction the short form spans: 港深创新及科技园（港深创科园） is one name, for its
    short form starts as the part before 及 does; else `read`."""
    close = text.find(text[end] == "（" and "）" or ")", end + 1, end + 10)
    short = text[end + 1:close]
    k = len(run) - len(read[0]) - 1  # where the cut was
    if close < 0 or len(short) < 2 or k < 1 or run[k] not in _JOINED:
        return read
    head = _cut(run[:k])
    if not head or head[0] != short[0] or short[-1] != written[-1]:
        return read
    prefix = head + run[k:]
    return prefix, _is_generic_prefix(prefix, _grammar().kinds[written]), 0


_DASHES = "—－-"


def _dashed_run(text: str, j: int) -> str:
    """The name characters before `text[j]`, which follows one dash, when the dash joins two
    places inside a name (中国老挝磨憨—磨丁经济合作区, 中国—东盟信息港): the name before the dash
    and the dash; else "" (a double dash —— opens a subtitle: ——访…开发区)."""
    if j < 3 or text[j - 2] in _DASHES or not "\u4e00" <= text[j - 2] <= "\u9fff":
        return ""
    head = _NAME_RUN.search(text, max(0, j - 1 - _grammar().max_chars), j - 1).group()
    return head + text[j - 1] if len(head) >= 2 and _last_kind(head) is None else ""


_BRACKETED_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")


def _bracketed_run(text: str, j: int) -> str:
    """The name characters before `text[j]`, which follows a closing bracket, when the bracket
    holds a place inside a name (西部（重庆）科学城, 中国（上海）自由贸易试验区, 中德（沈阳）产业园):
    the name before the bracket and the bracket; else ""."""
    m = _BRACKETED_PLACE.search(text, max(0, j - 10), j)
    if m is None or m.end() != j or not is_place(m.group(1)):
        return ""
    head = _NAME_RUN.search(text, max(0, m.start() - _grammar().max_chars), m.start()).group()
    return head + m.group() if head and _last_kind(head) is None else ""


def _bracketed_place(prefix: str) -> bool:
    """Whether a prefix holds a place in brackets (西部（重庆）): a name that places itself."""
    return ("（" in prefix or "(" in prefix) and _BRACKETED_PLACE.search(prefix) is not None


_PROVINCE_ENDS = ("省", "自治区")


@lru_cache(maxsize=8192)
def _prefix(run: str, written: str) -> tuple[str, bool, int] | None:
    """How the name characters before a kind word read: (the park's prefix, whether it names a
    category rather than a park, how many of the last characters make the kind word several
    parks at once: 全区, 三大, 三个国家级 …, with modifiers after them), or None for no park at
    all. Pure, and the same few runs recur (a name at the start of a clause), so it is cached
    (by the kind as written: a string hashes faster than a dataclass)."""
    g = _grammar()
    several = g.collective.search(run)
    if several:
        return "", True, len(several.group())
    if _BARE_COUNT.search(run):
        return "", True, 1  # 台南、高雄两园区: two parks counted straight before the kind word
    kind = g.kinds[written]
    if _COUNTED.search(run):
        return None  # 2处产业园: a category, not a park
    category = g.category_end.search(run)
    if category and not (category.group(1) in g.named_levels and _named_level(_cut(run[:category.start()]))
                         or category.group(1) in g.place_levels and _below_province(_cut(run[:category.start()]))):
        return None  # 国家级经开区, 顺德区村级工业园: a category, not a park
    if g.modified.search(run) and not g.modifiers.sub("", _cut(run)):
        return None  # 重点园区运行情况, 打造特色园区: a kind of park, not the park a bare 园区 means
    if any(word in _cut(run) for word in g.not_in_prefix.get(kind.family, ())):
        return None  # 北部湾港钦州港区: a port's harbour, not a zone
    prefix = _from_place(g.modifiers.sub("", _cut(run)), kind)
    province = place_at(prefix, 0)
    if province.endswith(_PROVINCE_ENDS) and place_at(prefix, len(province)):
        prefix = prefix[len(province):]  # 江西省赣州经开区…: an address's province is no part of the name
    prefix = prefix[_address_end(prefix):]
    if kind.family in g.below_province and _province_only(head := place_at(prefix, 0)) and not place_at(prefix, len(head)):
        return None  # 广西北部湾经济区: a region (not 江苏东台沿海经济区, a county's zone)
    if kind.family in g.province_families and _province_only(prefix) and official_zone(prefix + kind.written) is None:
        return "", True, len(prefix)  # 浙江小微企业园, 江苏开发区: a province's parks (not 青海高新区)
    if kind.family in g.district_families and _places_only(prefix + kind.written) and _nested_places(prefix + kind.written):
        return None  # 上海浦东新区, 天津滨海新区: districts, places rather than parks (not 绍兴滨海新区)
    inner = g.scanner.search(prefix)
    if inner and inner.group() in g.after_verb and _ends_in_verb(prefix[:inner.start()]):
        prefix = prefix[inner.start():]  # 咨询经开区氢能装备产业园: the verb's object, a park in the bare zone
    bare = g.scanner.match(prefix)
    if bare and bare.end() == len(prefix) and bare.group() in g.abbreviations_kinds and kind.family not in g.zones and (
            not kind.weak):
        return None  # 在经开区小微企业园建设中: the bare zone's small parks, no name (the zone's word stays)
    if bare and (len(_core(prefix[bare.end():])) >= g.min_core
                 or len(prefix) - bare.end() >= 2 and g.located.search(run, 0, len(run) - len(prefix))):
        # 经开区康王工业园: a park in the zone a bare kind word refers to; and placed there, a
        # park of descriptors only (位于开发区化工新材料产业园的天业集团)
        prefix = prefix[bare.end():]
    if kind.written == "园":
        return (prefix, False, 0) if _yuan(prefix) else None
    if prefix and kind.written in g.parts:  # 天津经开区西区; not 河西区, nor 高新区西区
        zone = _last_zone(prefix)
        after = len(prefix) - zone.end() if zone else -1
        if after == 0 or 2 <= after <= g.placed_chars and kind.written in g.placed_parts:  # …自贸试验区杨凌片区
            return (prefix, False, 0) if not is_generic(prefix[:zone.end()]) else None
        return None
    zone = _last_zone(prefix)
    own = prefix[zone.end():] if zone else ""
    if own and not g.modifiers.sub("", own) and not g.modifiers.fullmatch(prefix):
        return None  # 昌都经济开发区智慧园区管理平台, 丽水经开区绿色园区建设: the zone's, no park of its own
    if own.startswith("·") and len(own) > 2:
        return own[1:], False, 0  # 阳江高新技术产业开发区·临港工业园: the dot sets the part's own name apart
    if own and len(own) <= g.sub_park_chars and g.min_core <= len(core := _core(own)) <= g.sub_park_core and (
            kind.written != "园区" or core != own):
        if not _is_generic_prefix(own, kind):
            prefix = own  # 两江新区龙兴工业园, 金普新区松木岛化工园区: a park of its own short name in the zone
        elif kind.weak:
            return own, False, 0  # 哈尔滨经济技术开发区哈南工业新城: the zone's name places a local one
    elif own and zone.end() - zone.start() >= g.full_zone_chars and len(core := _core(own)) >= g.min_core and (
            kind.written != "园区" or core != own) and not _is_generic_prefix(own, kind):
        prefix = own  # 哈密高新技术产业开发区南部循环经济产业园: after a zone's full name, a park of its own
    if kind.written in g.after_verb and _ends_in_verb(prefix):
        return "", True, 0  # 巴州工业园整体划入开发区, 采取园区“飞地”模式: a clause's verb, then the bare kind word
    return prefix, _is_generic_prefix(prefix, kind), 0


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str], tuple[int, ...]]:
    """The verbs of two to four characters in jieba's dictionary (划入, 采取, 符合), those it tags
    as verbs used as nouns too (咨询, 研究), save the words parks are named with (示范, 孵化:
    descriptors and industries' words), and the verbs' lengths, longest first. jieba ships the
    dictionary; it is read, not imported."""
    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).with_name("dict.txt") if spec and spec.origin else None
    if path is None or not path.is_file():
        return frozenset(), frozenset(), ()
    named = _fields()[0] | _grammar().name_word_set
    verbs, nominal = set(), set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, tag = line.rstrip("\n").rpartition(" ")
            word = word.partition(" ")[0]
            if tag in ("v", "vn") and 2 <= len(word) <= 4 and word not in named:
                (verbs if tag == "v" else nominal).add(word)
    return frozenset(verbs), frozenset(nominal), tuple(sorted({len(w) for w in verbs}, reverse=True))


def _ends_in_verb(prefix: str) -> bool:
    """Whether a prefix ends with a verb that is no part of a place's name: what a clause says
    before a bare kind word (整体划入|开发区), not a name's; or is a verb used as a noun alone
    (咨询|经开区…: 高等研究园区 keeps its 研究)."""
    verbs, nominal, lengths = _verbs()
    return prefix in nominal or any(len(prefix) >= n and prefix[-n:] in verbs and not _in_place(prefix, len(prefix) - n)
                                    for n in lengths)


def _address_end(prefix: str) -> int:
    """Where the name starts after an address of a city and a district or county written in full
    (宁夏中卫市沙坡头区|中卫西部云, 苏州市吴中区|木渎): past the last division of two or more so
    written, when a name of two characters or more follows; else 0 (温岭市泽国牛桥 keeps its city)."""
    at, full, end = 0, 0, 0
    while place := place_at(prefix, at):
        at += len(place)
        if place.endswith(_DIVISION_ENDS):
            full, end = full + 1, at
    return end if full >= 2 and len(_core(prefix[end:])) >= _grammar().min_core and (
        not _grammar().scanner.match(prefix, end)) else 0


_DIVISION_ENDS = ("省", "自治区", "市", "州", "盟", "区", "县", "旗")


def _named_level(head: str) -> bool:
    """Whether the name part before a level word below a county (村级, 镇级) is a proper name, not
    places alone: 勒流街道众涌村级工业园 is 众涌's park; 顺德区村级工业园 and 改造村级工业园 name
    a category."""
    return len(_core(_past_places(_grammar().modifiers.sub("", head)))) >= _grammar().min_core


def _below_province(head: str) -> bool:
    """Whether `head` is places only, ending in a city or county: 榆林国家级能源化工基地 is 榆林's
    base, 浙江省国家级经开区 the province's zones."""
    if not _places_only(head):
        return False
    places = _gazetteer()[0]
    last = next((head[-k:] for k in range(min(len(head), 8), 1, -1) if head[-k:] in places), "")
    return any(p.rank > 0 for p in places.get(last, ()))


def _places_only(head: str) -> bool:
    """Whether `head` is one or more places and nothing else (保定, 山东省济南)."""
    return bool(head) and not _past_places(head)


def _province_only(head: str) -> bool:
    """Whether `head` is a province's name and no city's (浙江, 江苏省; not 吉林, nor 北京)."""
    places = _gazetteer()[0].get(head, ())
    return bool(places) and all(p.rank == 0 for p in places) and any(
        _division_name(p.adcode[:2]).endswith(_PROVINCE_ENDS) for p in places)


def _nested_places(head: str) -> bool:
    """Whether the places `head` is made of each lie in the one before (上海浦东新区, 天津滨海新区),
    as in an address; 绍兴滨海新区 names a zone of 绍兴 that shares a district's name elsewhere."""
    places = _gazetteer()[0]
    outer: tuple[_Place, ...] = ()
    while head and (place := place_at(head, 0)):
        inner = places[place]
        if outer and not any(i.adcode.startswith(o.adcode[:2 * o.rank + 2]) and i.rank > o.rank
                             for o in outer for i in inner):
            return False
        outer, head = inner, head[len(place):]
    return True


def _past_places(head: str) -> str:
    """`head` without the places it starts with (顺德区勒流街道众涌 -> 勒流街道众涌)."""
    while head and (place := place_at(head, 0)):
        head = head[len(place):]
    return head


def _cut(run: str) -> str:
    """The name part of the characters before a kind word: what follows the last boundary word
    (入驻, 为, 的 …) or date (2021年). A one-character boundary inside a place name (如皋, 成都)
    is none, and so is a boundary inside a word of names (集成电路, 现代服务业)."""
    # The last boundary that counts: matches end left to right, so the walk goes from the right
    # and asks about places only until one counts.
    g = _grammar()
    bounds = list(g.boundary.finditer(run))
    # 集成电路: 成 ends nothing; but 其中以台南园区 holds no 中以 (其中 ends before 以)
    words = [w.span() for w in g.name_words.finditer(run)
             if not any(m.start() < w.start() < m.end() for m in bounds)]
    for k in range(len(bounds) - 1, -1, -1):
        m = bounds[k]
        if any(a <= m.start() < b for a, b in words):
            continue
        if m.group() == "及" and _joins_fields(run, bounds[k - 1].end() if k else 0, m.start(), m.end()):
            continue
        # 和龙 is a place, but in 江山经济开发区和龙游经济开发区 the place is 龙游, after the 和
        if len(m.group()) > 1 or not _in_place(run, m.start()) or place_at(run, m.end()):
            return run[m.end():]
    return run


@lru_cache(maxsize=1)
def _fields() -> tuple[frozenset[str], tuple[int, ...]]:
    """The industries' words of taxonomy.toml and the descriptors of parks.toml: what a park's
    name says it is for (碳纤维, 复合材料, 新能源); and their lengths, longest first."""
    data = tomllib.loads((resources.files("parktool") / "data" / "taxonomy.toml").read_text(encoding="utf-8"))
    words = {t for industry in data["industry"].values() for t in industry["terms"]} | _grammar().descriptor_words
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True))


def _joins_fields(run: str, lo: int, at: int, after: int) -> bool:
    """Whether the 及 at `at` joins two fields of one park's name (碳纤维及复合材料产业园,
    新能源及智能网联汽车产业园): a field's word on both sides (an industry's, a descriptor), after
    the last kind word before it, and no place (not 湖州及嘉兴经开区, 工业园及物流园, 彰滨及云林离岛
    工业区)."""
    g = _grammar()
    head = run[lo:at]
    kinds = list(g.scanner.finditer(head))
    if kinds:  # 吉林高新区碳纤维及…: the fields after the zone's name
        head = head[kinds[-1].end():]
    words, lengths = _fields()
    return (len(head) >= 2 and len(run) - after >= 2 and not place_at(head, 0) and not place_at(run, after)
            and any(head[-n:] in words for n in lengths if n <= len(head))
            and any(run[after:after + n] in words for n in lengths))


def _in_place(text: str, i: int) -> bool:
    """Whether `text[i]` belongs to a place name (成都, 如皋, 于都)."""
    return any(len(place_at(text, j)) > i - j for j in range(max(0, i - 5), i + 1))


def _from_place(prefix: str, kind: _Kind) -> str:
    """A name that does not start with a place starts at the first place it contains after two
    or more other characters (翻开丽水 -> 丽水; 瓯江口 stays whole), save joint names (中新天津)
    and a company's park: a brand of two to four characters, no descriptor, before a place and
    a kind that companies name, unless place and kind are a national zone (富士康烟台科技工业园,
    万华烟台工业园; but 翻开丽水经开区)."""
    head, dot, rest = prefix.partition("·")
    if dot and is_place(head) and place_at(rest, 0):
        return rest  # 广西·柳州柳东新区: a place tag before the name (not 横琴·澳门青年创业谷)
    g = _grammar()
    first = place_at(prefix, 0)
    if first and not _places_only(first + prefix[len(first):len(first) + 2]):
        # a company named after its home before a national zone elsewhere: 宁德时代成都经开区
        for i in range(len(first) + 2, min(len(first) + g.brand_chars, len(prefix) - 1) + 1):
            if (place_at(prefix, i) and official_zone(prefix[i:] + kind.written) is not None
                    and not g.scanner.search(prefix, 0, i) and official_zone(prefix + kind.written) is None):
                return prefix[i:]
    if first or _bracketed_place(prefix):  # 西部（重庆）科学城 is whole
        return prefix
    if _partner(prefix):
        return prefix  # 中国缅甸木姐—瑞丽经济合作区 is whole
    for i in range(2, len(prefix) - 1):
        place = place_at(prefix, i)
        # 合作区 is a kind, not 合作市; a short place that is a common word (合作, 新城) starts no
        # name inside one: 中韩自贸区地方经济合作产业园
        if place and place not in g.common_places and not g.scanner.match(prefix, i):
            if prefix[i - 1] in _DASHES and _core(prefix[:i - 1]):
                return prefix  # 木姐—瑞丽: the dash joins two places of one name (not 数字经济—温州)
            head = prefix[:i]
            zone = _last_zone(head) or (_last_kind(head) if head.startswith(g.known) else None)
            if zone is not None and zone.end() == i or head in g.known:
                return prefix  # 河套深港科技创新合作区深圳园区, 中关村(科技园区)昌平园: the zone's part there
            joint = next((w for w in g.keep_before_place if head.endswith(w) and len(w) < len(head)), None)
            if joint and joint != "中国":
                return prefix[i - len(joint):]  # 政府间合作项目中新天津生态城: the joint name from 中新 on
            if head in g.keep_before_place or (
                    i <= g.brand_chars and kind.family in g.brand_families and not g.descriptors.match(head)
                    and official_zone(prefix[i:] + kind.written) is None):  # not …苏州工业园区
                return prefix
            return prefix[i:]
    return prefix


@lru_cache(maxsize=4096)
def _core(prefix: str) -> str:
    """The prefix without leading modifiers and trailing descriptors: what makes it a name."""
    g = _grammar()
    return g.descriptors.sub("", g.modifiers.sub("", prefix))


def _is_generic_prefix(prefix: str, kind: _Kind) -> bool:
    g = _grammar()
    core = _core(prefix)
    if len(core) < g.min_core:
        return True
    if kind.weak:
        # 新区, 小镇, 示范区 also name plans and honours: the name must start with a place
        # (after a joint-park head: 中新天津生态城) or a known local name (两江新区).
        head = 2 if prefix[:2] in g.keep_before_place else 0
        place = place_at(prefix, head)
        if place and place in g.common_places and len(prefix) == head + len(place):
            place = ""  # 合作示范区: the word, not 合作市
        return not (place or prefix.startswith(g.known) or _bracketed_place(prefix))
    return False


def _yuan(prefix: str) -> bool:
    """A generic 园 is a park only as place + a short proper word (安溪芯园, not 温州公园), or
    as a zone's name + a place: the zone's part in that place (佛山高新区顺德园, 一区五园, and
    after a known name 中关村科技园区昌平园 or 中关村昌平园)."""
    g = _grammar()
    place = place_at(prefix, 0)
    middle = prefix[len(place):]
    if not place:
        # a known zone's part in a place: 中关村科技园区昌平园, 中关村昌平园
        known = next((k for k in g.known if prefix.startswith(k)), "")
        if not known:
            return False
        if is_place(prefix[len(known):]):  # 中关村昌平园
            return True
        kind = None
        for kind in g.scanner.finditer(prefix):
            pass
        return kind is not None and is_place(prefix[kind.end():])
    if 1 <= len(middle) <= g.yuan_middle and not middle.endswith(g.yuan_not_after):
        return True
    zone = _last_zone(middle)
    return zone is not None and zone.end() < len(middle) and is_place(middle[zone.end():])


def _last_zone(s: str) -> re.Match | None:
    """The last kind word in `s` whose family is a zone's (高新区, 经开区), or None."""
    g = _grammar()
    found = None
    for m in g.scanner.finditer(s):
        if g.kinds[m.group()].family in g.zones:
            found = m
    return found


@lru_cache(maxsize=8192)
def _last_kind(name: str) -> re.Match | None:
    """The kind word a name ends with, if any (cached: a park's names are asked about again and
    again, within an article and across articles)."""
    m = None
    for m in _grammar().scanner.finditer(name):
        pass
    return m if m is not None and m.end() == len(name) else None


def kind_across(before: str, after: str) -> bool:
    """Whether a kind word of two characters or more runs across the join of `before` and
    `after` (苏州工业 | 园区): a line break that falls inside a park's name."""
    return any(m.start() < len(before) < m.end() and len(m.group()) >= 2
               for m in _grammar().scanner.finditer(before + after))


def kind_of(name: str) -> str:
    """The normalised kind of a park's name (经济技术开发区 for 丽水经开区); "" if it ends in none."""
    m = _last_kind(name)
    return _grammar().kinds[m.group()].kind if m else ""


def is_zone(name: str) -> bool:
    """Whether a park's name ends in a zone's kind word (经开区, 高新区, 综保区), which holds parks."""
    m = _last_kind(name)
    return m is not None and _grammar().kinds[m.group()].family in _grammar().zones


def is_generic(name: str) -> bool:
    """Whether a park name is a category or bare kind word (开发区, 园区, 省级化工园区,
    新能源汽车小镇) that names a different park in each article, not one park."""
    m = _last_kind(name)
    if m is None:
        return False
    kind = _grammar().kinds[m.group()]
    prefix = name[: m.start()]
    if kind.written == "园":
        return not _yuan(prefix)
    return _is_generic_prefix(prefix, kind)


# ---------------------------------------------------------------- one article


@dataclass
class _Park:
    forms: dict[str, None] = field(default_factory=dict)  # named forms, in order of appearance
    prefixes: set[str] = field(default_factory=set)
    expanded: set[str] = field(default_factory=set)  # the prefixes, abbreviations expanded
    families: set[str] = field(default_factory=set)
    kind: str = ""
    canonical: str = ""
    official: str = ""  # the national zone's official name, when the park is one
    first: int = 0  # offset of the first mention in the text (title: -1)
    named: list[int] = field(default_factory=list)  # offsets of its named mentions in the text


@lru_cache(maxsize=4096)
def _expand(s: str) -> str:
    """A prefix as compared: abbreviations expanded, and a level after places alone dropped
    (保定国家高新区 is 保定高新区)."""
    g = _grammar()
    for short, full in g.abbreviations.items():
        s = s.replace(short, full)
    if s.endswith(g.place_levels):
        level = next(w for w in g.place_levels if s.endswith(w))
        if _places_only(s[:-len(level)]):
            return s[:-len(level)]
    return s


def _note_endings(ends: dict[str, int], name: str, start: int) -> None:
    """Notes that a name ending with each ending of `name` starts at `start`, keeping the first."""
    for k in range(len(name)):
        if start < ends.get(name[k:], start + 1):
            ends[name[k:]] = start


def _in_order(parks: dict[int, _Park] | None, order: dict[int, int]) -> list[_Park]:
    """`parks` (by id) in the order `order` gives them."""
    return sorted(parks.values(), key=lambda p: order[id(p)]) if parks else []


def _compatible(families: set[str], family: str) -> bool:
    """Whether a kind of `family` can name the park already named with kinds of `families`: it
    must fit each of them, as the same family, an abbreviation's (开发区 for 经开) or 园区, which
    any park is. Each, not one: after 昆山开发区 and 昆山经济技术开发区, 昆山高新区 is another
    park, though a bare 开发区 could be either."""
    also = _grammar().also
    return all(f == family or "园区" in (f, family) or family in also.get(f, ()) or f in also.get(family, ())
               for f in families)


def _same(p: _Park, expanded: str, family: str, zone_prefixes: set[str], zone_before: str = "") -> bool:
    """One park: the same prefix with a kind of the same family (丽水经开区, 丽水经济技术开发区),
    or a prefix that adds a place or a containing zone in front (丽水市浙西南科技创新产业园).
    Prefixes are compared with abbreviations expanded (浙西南科创 = 浙西南科技创新).
    `zone_before` is the family of a bare zone word written right before the name (经开区医药健康产业园):
    the zone that a name of descriptors only is named after must be of that kind."""
    if not _compatible(p.families, family):
        return False
    if expanded in p.expanded:
        return True
    for old in p.expanded:
        short, long_ = sorted((expanded, old), key=len)
        if long_.endswith(short) and len(short) >= 2 and len(long_) > len(short):
            head = long_[: -len(short)]
            place = place_at(head, 0)
            # (a place and modifiers: 昭通绿色铝精深加工产业园 is 铝精深加工产业园)
            if len(_core(short)) >= 2 and (place == head or head in zone_prefixes or _joint(head)
                                           or place and _grammar().modified.fullmatch(head, len(place))):
                return True
            if not place_at(short, 0) and _zone_name(head, zone_prefixes, zone_before):  # 医药健康产业园 too
                return True
    return False


def _zone_name(s: str, zone_prefixes: set[str], family: str = "") -> bool:
    """Whether `s` is the whole name of a zone the text names (白山经济开发区), of a kind that fits
    `family` if one is given: what a park inside it may be named after (白山经济开发区医药健康产业园,
    elsewhere 经开区医药健康产业园 or 医药健康产业园)."""
    g = _grammar()
    kind = _last_kind(s)
    if kind is None or s[: kind.start()] not in zone_prefixes:
        return False
    own = g.kinds[kind.group()].family
    return own in g.zones and (not family or _compatible({own}, family))


def _bare_zone_before(text: str, i: int) -> str:
    """The family of the bare zone word (经开区, 高新区) that ends right before offset `i`, or ""."""
    g = _grammar()
    # (the scanner over the few characters before, not `_last_kind`: its cache is for names)
    m = None
    for m in g.scanner.finditer(text, max(0, i - _LONGEST_BARE), i):
        pass
    if m is None or m.end() != i:
        return ""
    family = g.kinds[m.group()].family
    return family if family in g.zones else ""


_LONGEST_BARE = 9  # 高新技术产业开发区


def _head_of(short: str, long_: str) -> bool:
    """Whether prefix `short` is the head of the longer `long_`, which goes on with no place
    (横琴 of 横琴粤澳深度)."""
    return len(long_) > len(short) >= 2 and long_.startswith(short) and not place_at(long_, len(short))


def _abbreviates(short: str, long_: str) -> bool:
    """Whether a prefix is an abbreviation of a longer one by dropping characters from its middle:
    山西综改 of 山西转型综合改革 (the same first two characters, the rest in order). A prefix the
    longer one merely starts with is another park's (杭州 and 杭州钱塘)."""
    if len(short) < 4 or len(long_) < len(short) + 2 or short[:2] != long_[:2] or long_.startswith(short):
        return False
    rest = iter(long_[2:])
    return all(ch in rest for ch in short[2:])


def _joint(head: str) -> bool:
    """Whether `head` names the countries of a joint park and nothing else (中新, 中国老挝, 中国—东盟)."""
    partner = _partner(head)
    return head in _grammar().keep_before_place or bool(partner) and head.endswith(partner)


def _partner(s: str) -> str:
    """The partner country `s` writes out after 中国 (中国老挝磨憨…, 中国—东盟…), else ""."""
    if not s.startswith("中国"):
        return ""
    rest = s[2:].lstrip(_DASHES)
    return next((c for c in _grammar().countries if rest.startswith(c)), "")


def find_parks(text: str, title: str = "") -> DocumentParks:
    """The parks a cleaned article names, each under its fullest form, with the article's main
    park, the short forms and bare kind words (经开区, 园区) that refer to a park, and nesting."""
    g = _grammar()
    groups: list[ParkMention] = []
    body = _candidates(text, groups)
    title_groups: list[ParkMention] = []
    head = _candidates(title, title_groups) if title else []
    if head:
        _two_cities(head, title_groups, body)
    _proper_weak(text, title, body, head)
    _placed_descriptions(text, body)
    _after_a_brand(body, head)
    parks: list[_Park] = []
    owner: dict[int, _Park] = {}  # id(candidate) -> park
    # Parks by the last two characters of their expanded prefixes: one park's prefixes always
    # share them, so each name is compared with a few parks, not all.
    by_tail: dict[str, list[_Park]] = {}
    by_short: dict[str, _Park] = {}  # 珲春国际合作 -> the park of 中国图们江区域（珲春）国际合作
    by_expanded: dict[str, _Park] = {}  # every expanded prefix -> its park
    # A new name is compared with earlier parks in their order; these narrow the comparisons to
    # the parks that could match, so one long text does not compare every name with every park.
    order: dict[int, int] = {}  # id(park) -> its place in `parks`
    by_head: dict[str, dict[int, _Park]] = {}  # the first two characters of an expanded prefix
    by_core_tail: dict[str, dict[int, _Park]] = {}  # the last two characters of a prefix's core
    zone_prefixes = {c.prefix for c in body + head if not c.generic and c.kind.family in g.zones}
    bracketed: list[_Candidate] = []  # names a bracket follows
    parts: dict[str, _Park] = {}  # a zone's part by its place and kind alone -> the park named in full
    for c, where in [(c, -1) for c in head if not c.generic] + [(c, c.start) for c in body if not c.generic]:
        part = parts.get(c.text) if is_place(c.prefix) else None
        if part is not None:  # 深圳园区 after 河套深港科技创新合作区深圳园区: that zone's part
            part.forms[c.text] = None
            if where >= 0:
                part.named.append(where)
            owner[id(c)] = part
            continue
        # 山西综改区: 山西综改; and a city's 市 adds nothing to its one 经开区 or 高新区 (商丘市经开区 is
        # 商丘经开区; but 重庆市开发区 are the city's zones)
        prefix = _without_shi(c.prefix) if c.kind.family in _ONE_A_CITY else c.prefix
        expanded = _expand(prefix + g.abbreviating_kinds.get(c.kind.written, ""))
        bucket = by_tail.setdefault(expanded[-2:], [])
        zone_before = _bare_zone_before(text if where >= 0 else title, c.start)
        park = next((p for p in bucket if _same(p, expanded, c.kind.family, zone_prefixes, zone_before)), None)
        if park is None and len(expanded) >= 4:  # 山西综改示范区 is 山西转型综合改革示范区
            park = next((p for p in _in_order(by_head.get(expanded[:2]), order) if _compatible(p.families, c.kind.family)
                         and any(_abbreviates(*sorted((expanded, old), key=len)) for old in p.expanded)), None)
        if park is None and len(expanded) >= 2:
            # 横琴合作区 is 横琴粤澳深度合作区: a name of no place shortened to its head, with a kind
            # of the same family (not 杭州 of 杭州钱塘新区, nor 中关村 of 中关村海淀园: places)
            park = next((p for p in _in_order(by_head.get(expanded[:2]), order) if p.families == {c.kind.family} and any(
                _head_of(expanded, old) or _head_of(old, expanded) for old in p.expanded)
                and not place_at(expanded, 0)), None)
        if park is None and parks:
            # 珲春国际合作示范区 is 中国图们江区域（珲春）国际合作示范区: the place in its brackets and the rest
            short = _bracket_short(expanded)
            park = by_expanded.get(short) if short is not None else by_short.get(expanded)
            park = park if park is not None and _compatible(park.families, c.kind.family) else None
        if park is None and c.kind.weak:  # 杨凌示范区 is 杨凌农业高新技术产业示范区: its descriptors dropped
            core = _core(expanded)
            park = next((p for p in _in_order(by_core_tail.get(core[-2:]), order) if _compatible(p.families, c.kind.family) and any(
                _core(old) == core and core in (old, expanded)
                or core == expanded and len(_core(old)) >= len(core) + 2 and _core(old).endswith(core)
                for old in p.expanded)), None) if len(core) >= 2 else None
        if park is None:
            park = _Park(first=where)
            order[id(park)] = len(parks)
            parks.append(park)
        if expanded not in park.expanded:
            park.expanded.add(expanded)
            by_head.setdefault(expanded[:2], {})[id(park)] = park
            by_core_tail.setdefault(_core(expanded)[-2:], {})[id(park)] = park
            by_expanded.setdefault(expanded, park)
            if (short := _bracket_short(expanded)) is not None:
                by_short.setdefault(short, park)
            if park not in bucket:
                bucket.append(park)
        park.forms[c.text] = None
        _note_part(parts, c.text, park)
        park.prefixes.add(c.prefix)
        park.families.add(c.kind.family)
        if where >= 0:
            park.named.append(where)
            if c.end < len(text) and text[c.end] in _OPENING:
                bracketed.append(c)
        owner[id(c)] = park
    if bracketed:
        _renamed(text, bracketed, body, owner)
        parks = [p for p in parks if p.forms]
    for park in parks:
        park.official = _official(park.forms)
    parks = _merged(parks, owner)
    _initialled(head + body, parks, owner)
    short = _short_forms(text, [(c.end, owner[id(c)]) for c in bracketed]) if bracketed else {}
    if short:  # 竹科园区 after 新竹科学园区（竹科）: the short form with a kind word is the park
        parks = _short_with_kind(parks, short, owner)
    for park in parks:
        # The park goes by the fullest name the article itself uses (eval/GUIDE.md); its official
        # name, when the article does not write it, is an alias that ties it to other articles.
        park.canonical = park.official if _writes(park.forms, park.official) else _unzoned(_fullest(park.forms))
        park.kind = kind_of(park.official or park.canonical)
    # A descriptor-only name that ends a park's name is that park: 新能源汽车小镇 in an article
    # that says 金华新能源汽车小镇.
    described = [c for c in body if c.generic and c.prefix]
    titled_described = [c for c in head if c.generic and c.prefix]  # 临港经开区这些数据亮了
    if described or titled_described:
        endings: dict[str, _Park | None] = {}  # every ending of a name -> the one park with it, or None
        for park in parks:
            for form in park.forms:
                for k in range(len(form)):
                    if endings.setdefault(form[k:], park) is not park:
                        endings[form[k:]] = None  # 化工园区 ends 羊口化工园区 and 濮阳…化工园区: neither's
        touched: dict[int, _Park] = {}
        defined = {m.group(1) for c in bracketed if (m := _SHORT_FORM.match(text, c.end))}  # （以下简称化工园区）
        group_ends: dict[str, int] = {}  # every ending of a group's name -> where the first such group starts
        for m in groups:
            _note_endings(group_ends, m.name, m.start)
        for c in described:
            if c.text not in defined and group_ends.get(c.text, len(text)) < c.start:
                groups.append(ParkMention(c.text, "", "", c.start, c.end))
                _note_endings(group_ends, c.text, c.start)
                continue  # 全省84家化工园区…。化工园区内企业…: the same parks again
            # (临港经开区 ends 沧州临港经济技术开发区 with its kind written in full)
            park = endings.get(c.text) or endings.get(c.prefix + c.kind.kind)
            if park is not None:  # a naming too: 前湾新区 … 前湾新区 is 宁波前湾新区's article
                owner[id(c)] = park
                park.named.append(c.start)
                touched[id(park)] = park
        for c in titled_described:  # … and in the title: the article's park (not a venue: 在临港开发区举行)
            park = endings.get(c.text) or endings.get(c.prefix + c.kind.kind)
            if park is not None and c.text not in defined and not title.endswith(g.venue_before, 0, c.start):
                owner[id(c)] = park
        for park in touched.values():
            park.named.sort()
    mentions = [(c.start, c.end, c.text, owner[id(c)]) for c in body if id(c) in owner]
    titled = [(c.start, owner[id(c)]) for c in head if id(c) in owner]
    if short:  # each use counts as a naming: 中科 … 中科 … is 中部科学工业园区's article
        titled = _namings(text, title, short, mentions, titled)
    clipped = {p + g.short_kinds[park.kind]: park for park in parks if park.kind in g.short_kinds
               for p in park.prefixes if len(_core(p)) >= g.min_core}
    if clipped:  # 宁东基地 for 宁东能源化工基地
        mentions += _uses(text, clipped, mentions)
        # … and the short kind word alone as a word of its own (寶豐能源在基地內建設的…), when one
        # park has it: 生产基地 and 研发基地 stay a company's
        bare: dict[str, _Park | None] = {}
        for park in clipped.values():
            word = g.short_kinds[park.kind]
            bare[word] = park if bare.get(word, park) is park else None
        bare = {k: v for k, v in bare.items() if v is not None}
        if bare:
            mentions += [u for u in _uses(text, bare, mentions) if not u[0] or text[u[0] - 1] in _BEFORE_BARE
                         or not "\u4e00" <= text[u[0] - 1] <= "\u9fff"]
    clipped = _clipped(parks) | _placed_parts(parks)
    if clipped:  # 郑州航空港区, 航空港区 for 郑州航空港经济综合实验区, 杨凌片区
        titled = _namings(text, title, clipped, mentions, titled)
    local = _local_names(parks)
    if local:  # 三龙湾 for 佛山三龙湾高端创新集聚区
        titled = _namings(text, title, local, mentions, titled)
    initials = _initials(text, parks)
    if initials:  # 內科 for 內湖科技園區
        titled = _namings(text, title, initials, mentions, titled, not_before=_NOT_INITIALS)
    english = _english_names(text, parks)
    if english:  # Suzhou Industrial Park (SIP, 苏州工业园区) … SIP now hosts…
        titled = _namings(text, title, english, mentions, titled, not_before=_LATIN)
    nicknamed = _nicknamed(text, title, parks)
    if nicknamed:  # 光谷 for 武汉东湖新技术开发区, named or not
        titled = _namings(text, title, nicknamed, mentions, titled, companies=False)
    if title_groups:  # 三大科学园区营运成绩出炉 南科营收…: a title about several parks has no main one
        titled = [t for t in titled if t[0] < title_groups[0].start]
    if len({id(p) for _, p in titled}) >= _TITLE_PARKS:  # …出炉：东营港、齐鲁化工区、滨海开发区领跑
        titled = []
    elif len({id(p) for _, p in titled}) == 2 and _paired_in_title(title, titled, head):
        titled = []  # 滁州经开区与苏滁现代产业园两翼齐飞: a title about two parks alike has no main one
    # a title about several parks and no one (浙江小微企业园提质扩面) leaves the article no main park
    main = None if title_groups and not titled else _main(text, title, titled, body, parks, owner)
    mentions += _bare_prefix(text, parks, main, mentions)
    mentions += _anaphora(text, body, parks, main, owner)
    mentions.sort(key=lambda m: (m[0], -m[1]))
    out = [ParkMention(name, p.canonical, p.kind, s, e) for s, e, name, p in mentions]
    aliases: dict[str, list[str]] = {}
    for m in out:
        if m.name != m.canonical and m.name not in aliases.setdefault(m.canonical, []):
            aliases[m.canonical].append(m.name)
    for park in parks:
        for form in [*park.forms, park.official]:
            if form and form != park.canonical and form not in aliases.setdefault(park.canonical, []):
                aliases[park.canonical].append(form)
    aliases = {k: v for k, v in aliases.items() if v}
    groups += _enumerations(text, out)
    groups.sort(key=lambda m: (m.start, -m.end))
    headed = [(c.start, c.end, c.text, owner[id(c)]) for c in head if id(c) in owner]
    if title:  # … and by any name the body resolves (临港新片区, which the body reads as the zone's part)
        named = {**{name: p for _, _, name, p in mentions if name not in g.kinds and len(name) >= 3},
                 **short, **clipped, **local, **nicknamed}
        if named:
            headed += _uses(title, named, headed)
    in_title = [ParkMention(name, p.canonical, p.kind, s, e)
                for s, e, name, p in sorted(headed, key=lambda m: (m[0], -m[1]))]
    if not out and not headed and _english_text(text):
        return _english_parks(text, title)
    return DocumentParks(out, aliases, main.canonical if main else "", _nesting(text, out, parks, main), groups,
                         in_title)


def _english_text(text: str) -> bool:
    """Whether a text is written in English: letters outnumber Chinese characters four to one."""
    return len(_LETTERS.findall(text)) > 4 * len(_HAN.findall(text)) + 200


_LETTERS = re.compile("[A-Za-z]")
_HAN = re.compile("[\u4e00-\u9fff]")


def _english_parks(text: str, title: str) -> DocumentParks:
    """The parks of an article written in English that names no park in Chinese: a name of one to
    five capitalised words before a kind of zone or park (Panjin Liaobin Coastal Economic Zone,
    Panjin High-tech Industrial Development Zone), each under its fullest form; `the zone`, `the
    park`, `the high-tech zone` refer to the park of that kind named last before, else the main
    park: the one the title names, else the one named most, when named twice or more."""
    g = _grammar()
    named: list[tuple[int, int, str, str]] = []  # start, end, name, kind word
    for m in g.en_park.finditer(text):
        words = m.group(1).split()
        while words and words[0] in g.en_not_name:
            words.pop(0)
        if not words:
            continue
        start = m.start(1) + m.group(1).index(words[0])
        named.append((start, m.end(), text[start:m.end()], m.group(2)))
    if not named:
        return DocumentParks([], {}, "", {})
    # a name and the shorter ones it ends with (Panjin High-tech Zone, High-tech Zone) are one park
    canonical: dict[str, str] = {}
    for _, _, name, _ in sorted(named, key=lambda n: -len(n[2])):
        canonical[name] = next((c for c in canonical.values() if c.endswith(" " + name) or c == name), name)
    counts = Counter(canonical[name] for _, _, name, _ in named)
    in_title = [canonical.get(m.group(0).strip(), "") for m in g.en_park.finditer(title)]
    main = next((c for c in in_title if c in counts), "") or (
        max(counts, key=lambda c: (counts[c], -text.find(c))) if max(counts.values()) >= 2 else "")
    mentions = [ParkMention(name, canonical[name], g.en_kinds[kind.lower()], s, e) for s, e, name, kind in named]
    for m in _EN_REFERENCE.finditer(text):
        # the zone: a zone's; the park: a park's; the high-tech zone: a high-tech zone's
        ref = m.group().lower()
        fits = [n for n in mentions[:len(named)] if n.end <= m.start() and (
            n.kind.startswith("高新") if "tech" in ref else (n.kind in g.en_park_kinds) == (m.group(1) == "park"))]
        park = fits[-1].canonical if fits else main
        if park:
            mentions.append(ParkMention(m.group(), park, "", m.start(), m.end()))
    mentions.sort(key=lambda m: (m.start, -m.end))
    aliases: dict[str, list[str]] = {}
    for m in mentions:
        if m.name != m.canonical and m.name not in aliases.setdefault(m.canonical, []):
            aliases[m.canonical].append(m.name)
    return DocumentParks(mentions, {k: v for k, v in aliases.items() if v}, main, {})


_EN_REFERENCE = re.compile(r"\b[Tt]he (?:(?!the |and |of |or )[a-z-]+ ){0,3}?(zone|park|area)\b")


_TITLE_PARKS = 3  # a title that names this many parks is about all of them, no main one


def _paired_in_title(title: str, titled: list[tuple[int, _Park]], head: list[_Candidate]) -> bool:
    """Whether a title names its two parks joined by 与, 和, 、, 及 or 同 (滁州经开区与苏滁现代产业园两翼
    齐飞), as the subject of what it says."""
    ends = {c.start: c.end for c in head}
    (a, first), (b, second) = sorted(titled, key=lambda t: t[0])[:2]
    return first is not second and a in ends and title[ends[a]:b] in _TITLE_JOINS


_TITLE_JOINS = frozenset(("与", "和", "、", "及", "同"))


_BEFORE_BARE = "在于的与和及、"  # what may stand before a short kind word alone (在基地内)


def _fullest(forms: dict[str, None]) -> str:
    """The fullest of a park's forms; a city's or county's 市 or 县 after its name adds nothing to
    the park's, so 北海工业园区 and 北海市工业园区 are as full, and the one without it is the name.
    Nor does the zone it lies in, when the article also names it by its place and its own name
    alone (枣阳经济开发区汽车零部件产业园 and 枣阳汽车零部件产业园: the latter)."""
    own = [form for form in forms if _zone_inside(form) not in forms]
    return max(own or forms, key=lambda form: (len(form) - _suffixed(form), -len(form)))


def _zone_inside(form: str) -> str:
    """`form` without the zone's kind word after its place (枣阳经济开发区汽车零部件产业园 ->
    枣阳汽车零部件产业园), or "" when it names no park after a zone's place and kind."""
    g = _grammar()
    place = place_at(form, 0)
    m = g.scanner.match(form, len(place)) if place else None
    if m is None or g.kinds[m.group()].family not in g.zones or _last_kind(form).start() < m.end() + 2:
        return ""
    return place + form[m.end():]


def _suffixed(form: str) -> int:
    """1 when `form` starts with a place written with its 市, 县 or 省 (北海市), else 0."""
    place = place_at(form, 0)
    return int(len(place) > 2 and place[-1] in "市县省" and is_place(place[:-1]))


def _initialled(candidates: list[_Candidate], parks: list[_Park], owner: dict[int, _Park]) -> None:
    """A kind word after the first character of its city's name (哈经开区 for 哈尔滨经济技术开发区)
    is the one park of its kind the article names in a place starting with that character (and,
    as one of its forms, a naming in the body, as a descriptor name that ends it is)."""
    initials: dict[tuple[str, str], list[_Park]] | None = None  # (family, initial) -> its parks, in order
    for c in candidates:
        if not c.generic or len(c.prefix) != 1:
            continue
        if initials is None:
            initials = {}
            for p in parks:
                for key in dict.fromkeys((family, place[0]) for prefix in p.prefixes
                                         if len(place := place_at(prefix, 0)) >= 2 for family in p.families):
                    initials.setdefault(key, []).append(p)
        found = initials.get((c.kind.family, c.prefix), [])
        if len(found) == 1:
            owner[id(c)] = found[0]
            found[0].forms.setdefault(c.text, None)


def _note_part(parts: dict[str, _Park], form: str, park: _Park) -> None:
    """Notes the name a zone's part named in full goes by alone: its place and kind after the
    zone's name (河套深港科技创新合作区深圳园区 -> 深圳园区)."""
    kind = _last_kind(form)
    zone = _last_zone(form[:kind.start()]) if kind else None
    if zone is not None and zone.end() < kind.start():
        parts.setdefault(form[zone.end():], park)


def _local_names(parks: list[_Park]) -> dict[str, _Park]:
    """The local names zones go by alone: a prefix without its places and trailing descriptors,
    when it is a toponym of three characters or more and no place (三龙湾 for 佛山三龙湾高端创新
    集聚区; not 新旧动能 of 山东新旧动能转换综合试验区) and one park of the article has it.
    Companies' parks have none: a brand alone names the company."""
    g = _grammar()
    out: dict[str, _Park | None] = {}
    for park in parks:
        if not park.families & g.local_families:
            continue
        for p in park.prefixes:
            name = _core(_past_places(p))
            if (len(name) >= 3 and name != p and name[-1] in g.local_endings and not is_place(name)
                    and not g.scanner.search(name)):
                out[name] = park if out.get(name, park) is park else None
    return {k: v for k, v in out.items() if v is not None}


def _initials(text: str, parks: list[_Park]) -> dict[str, _Park]:
    """The two initials a science or software park goes by (內科 for 內湖科技園區, 竹科 for 新竹科學園區):
    the first or the second character of a name (the last of a two-character place) and its third,
    which begins the park's field (科, 软), when one park of the article has them and the article
    writes them. Not where they begin a word of their own: 内科技, 苏科大, 中科院."""
    g = _grammar()
    out: dict[str, tuple[_Park, str] | None] = {}
    for park in parks:
        for form in park.forms:
            if len(form) > 4 and form[2] in g.initials and form[0] not in g.initials:
                # … or the second, the last of a two-character place (竹科 for 新竹科学园区)
                words = [form[0] + form[2], form[1] + form[2]]
                word = next((w for w in words if w in text and not is_place(w)), None)
                if word is None:
                    continue
                if word not in out:
                    out[word] = (park, form)
                    continue
                seen = out[word]
                if seen is None or seen[0] is park or form.startswith(seen[1]):
                    continue  # a part named after its zone (中部科学园区台中园区): the zone's
                out[word] = (park, form) if seen[1].startswith(form) else None
    return {k: v[0] for k, v in out.items() if v is not None}


_NOT_INITIALS = "技学研件体大院所"  # after initials, what makes them a word (内科技, 中科院)


def _english_names(text: str, parks: list[_Park]) -> dict[str, _Park]:
    """The English names an English text gives a park before its Chinese one in brackets, and
    the short form among them: Suzhou Industrial Park (SIP, 苏州工业园区) names 苏州工业园区 by
    both (BioBAY (苏州生物医药产业园) by its one)."""
    if "(" not in text and "（" not in text:
        return {}
    forms = {form: park for park in parks for form in park.forms}
    out: dict[str, _Park] = {}
    for m in _ENGLISH_BRACKET.finditer(text):
        park = forms.get(m.group(3))
        if park is not None:
            out.update((name.strip(), park) for name in (m.group(1), m.group(2)) if name and len(name.strip()) >= 2)
    return out


# An English name, a short form maybe, and the park's Chinese name in brackets
_ENGLISH_BRACKET = re.compile(r"([A-Z][A-Za-z.&'-]*(?: [A-Z][A-Za-z.&'-]*){0,7}) ?[（(](?:([A-Z][A-Za-z]{1,7})[,，、] ?)?"
                              r"([\u4e00-\u9fff（）()·]{2,30})[）)]")
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _nicknamed(text: str, title: str, parks: list[_Park]) -> dict[str, _Park]:
    """The nicknames of national zones the article uses (中国光谷, 光谷 for 武汉东湖新技术开发区:
    parks_gazetteer.tsv), each the park it names: the zone the article names otherwise, else a
    park of its own under the longest nickname it uses (appended to `parks`)."""
    zones = _zones()
    # … not inside a company's name (安徽泰达新材料股份有限公司 is no use of 泰达 for TEDA)
    used = [m.group() for s in (title, text) for m in zones.nickname.finditer(s) if not _in_company(s, m.end())]
    if not used:
        return {}
    by_official = {p.official: p for p in parks if p.official}
    out: dict[str, _Park] = {}
    new: list[_Park] = []
    for name in dict.fromkeys(used):
        zone = zones.nicknames[name]
        park = by_official.get(zone.name)
        if park is None:
            m = _last_kind(zone.name)
            park = _Park(official=zone.name, kind=kind_of(zone.name), first=len(text),
                         families={_grammar().kinds[m.group()].family} if m else set())
            by_official[zone.name] = park
            new.append(park)
        if park in new:  # a park of nicknames alone goes by the longest of them
            park.forms[name] = None
            park.canonical = _fullest(park.forms)
        out[name] = park
    parks += new
    return out


def _in_company(text: str, end: int) -> bool:
    """Whether the name that ends at `end` starts a company's (泰达集团, 泰达新材料股份有限公司)."""
    g = _grammar()
    return text.startswith(g.company_words, end) or g.company_name.match(text, end) is not None


def _placed_parts(parks: list[_Park]) -> dict[str, _Park]:
    """A zone's part in a place goes by that place + its kind word alone (杨凌片区 for 中国（陕西）
    自由贸易试验区杨凌片区, 海淀园 for 中关村海淀园), and a 片区 with the zone's short family name
    between too (杨凌自贸片区)."""
    g = _grammar()
    out: dict[str, _Park] = {}
    for park in parks:
        for form in park.forms:
            kind = _last_kind(form)
            if kind is None:
                continue
            head = form[:kind.start()]
            zone = _last_zone(head)
            if zone is not None and zone.end() < kind.start() and kind.group() in g.placed_parts:
                out.setdefault(form[zone.end():], park)
                out.setdefault(form[zone.end():kind.start()] + g.kinds[zone.group()].family + kind.group(), park)
                continue
            # … and any part in a place after a zone's or a known local name (中关村海淀园 -> 海淀园)
            start = zone.end() if zone else next((len(k) for k in g.known if head.startswith(k)), 0)
            if start and start < len(head) and place_at(head, start) == head[start:]:
                out.setdefault(form[start:], park)
    return out


def _clipped(parks: list[_Park]) -> dict[str, _Park]:
    """The short forms of zones whose kinds are written clipped: the name before trailing
    descriptors of the prefix + 区 (郑州航空港经济综合实验区 -> 郑州航空港区 and 航空港区), with and
    without its places, when that name is no place itself."""
    g = _grammar()
    out: dict[str, _Park] = {}
    for park in parks:
        if park.kind not in g.clipped:
            continue
        for p in park.prefixes:
            for k in range(len(p) - 1, 0, -1):  # every split before descriptors alone (航空港|经济综合)
                if not g.descriptors.fullmatch(p, k):
                    continue
                name = p[:k]
                local = _past_places(name)
                if len(local) >= g.min_core and not is_place(local):
                    out.setdefault(name + "区", park)
                    out.setdefault(local + "区", park)
    return out


def _two_cities(cands: list[_Candidate], groups: list[ParkMention], body: list[_Candidate]) -> None:
    """Two places before one kind word in a headline (七台河双鸭山开发区) name the zones of each,
    when the body names each place's zone on its own and never the pair's as one (a joint park:
    苏州宿迁工业园区): a group of parks, moved from the title's `cands` to its `groups`."""
    own = {c.prefix for c in body if not c.generic}
    for c in list(cands):
        first = place_at(c.prefix, 0) if not c.generic else ""
        second = c.prefix[len(first):]
        if (first and second and place_at(second, 0) == second and first in own and second in own
                and c.prefix not in own):
            cands.remove(c)
            groups.append(ParkMention(c.text, "", "", c.start, c.end))


def _proper_weak(text: str, title: str, body: list[_Candidate], head: list[_Candidate]) -> None:
    """Weak kinds' names whose prefix starts with no place (深汕特别合作区, 杨凌农业高新技术产业
    示范区) are parks in the article they are the subject of (named again, and in its title or
    lead sentence or opening a paragraph, or its title names them by their core: 深汕增速居首), where they define
    a short form (the article uses it, or it abbreviates the name), and where they are a
    national zone's official name. Marks those candidates as names in place."""
    g = _grammar()
    lead = _lead_sentence(text) or (0, 0)
    weak = [c for c in body + head if c.generic and c.prefix and c.kind.weak]
    if not weak:
        return
    # A name's uses with and without its descriptors are one name's (杨凌农业高新技术产业示范区,
    # 杨凌示范区): counted by core and kind family.
    times: dict[tuple[str, str], int] = {}
    defining: set[str] = set()  # names one of whose uses defines a short form (not always the first)
    for c in weak:
        key = (_core(c.prefix), c.kind.family)
        times[key] = times.get(key, 0) + 1
    for c in body:
        if c.generic and c.prefix and c.kind.weak and c.text not in defining and _defines_short_form(text, c.start, c.end):
            defining.add(c.text)
    # named as a whole (not inside a longer name) in the title or the lead sentence
    leading = {(_core(c.prefix), c.kind.family) for c in head if c.prefix} | {
        (_core(c.prefix), c.kind.family) for c in body if lead[0] <= c.start < lead[1] and c.prefix}
    leading |= {key for key in times if key[0] in title}
    # … or as the subject a paragraph opens with (柴达木循环经济试验区是全国盐湖提锂的主产区。…),
    # after a frame of place too (在海西州，柴达木循环经济试验区…)
    opening = {(_core(c.prefix), c.kind.family): c for c in body if c.prefix and _framed_at(text, c.start)}
    leading |= opening.keys()
    # … where its bare kind word takes it up again in its paragraph (…试验区同样传来好消息。上半年，
    # 试验区完成工业增加值…): a second use
    for key, c in opening.items():
        if times.get(key) == 1:
            end = line_end(text, c.end)
            if any(b.generic and not b.prefix and b.kind.written == c.kind.written and c.end < b.start < end
                   for b in body):
                times[key] = 2
    # … and by the end of its core (乐城先行区 for 博鳌乐城国际医疗旅游先行区) or by its first two
    # characters, a town's name (乌镇试验区 for 乌镇互联网创新发展试验区): one name's uses, and a name
    # the article abbreviates so is a proper name
    for long_, short in [(a, b) for a in times for b in times
                         if a[1] == b[1] and len(b[0]) >= 2 and len(a[0]) >= len(b[0]) + 2 and (
                             a[0].endswith(b[0]) or len(b[0]) == 2 and len(a[0]) >= 6 and a[0].startswith(b[0]))]:
        times[long_] = times[short] = times[long_] + times[short]
        leading |= {long_, short}
    # … and a national zone's official name (杨凌农业高新技术产业示范区), with its shorter uses
    official = {(_core(c.prefix), c.kind.family) for c in weak
                if (zone := official_zone(c.text)) is not None and zone.name == c.text}
    asked: dict[str, bool] = {}
    for c in weak:
        name = c.text
        if name not in asked:
            core = _core(c.prefix)
            key = (core, c.kind.family)
            asked[name] = len(core) >= g.min_core and not g.modifiers.match(c.prefix) and (
                times[key] >= 2 and key in leading or name in defining or key in official)
        if asked[name]:
            c.generic = False


def _placed_descriptions(text: str, body: list[_Candidate]) -> None:
    """A name of descriptors only that a phrase places in a zone (位于区内的物联网小镇, 位于开发区的
    新能源汽车产业园, 位于开发区化工新材料产业园; 氢能装备产业园位于张家口经济开发区南部), or that a
    paragraph opens on as a part of a zone
    (新能源汽车产业园是肇庆高新区的“主引擎”), is the one park so described, no category: marks it
    a name in place."""
    named_at = {c.start for c in body if not c.generic and place_at(text, c.start)}
    g = _grammar()
    for c in body:
        if c.generic and c.prefix and not _core(c.prefix) and (
                # (modifiers the name was read without may stand between: 区内的沿海新能源产业园)
                g.placed.search(text, max(0, (lead := _unmodified(text, c.start)) - 24), lead)
                # placed by the words after it: 氢能装备产业园位于张家口经济开发区南部
                or (at := g.located_at.match(text, c.end)) and at.end() in named_at
                # a paragraph that opens on it as a part of a zone: 新能源汽车产业园是肇庆高新区的“主引擎”
                or (c.start == 0 or text[c.start - 1] == "\n") and text.startswith("是", c.end)
                and c.end + 1 in named_at
                # the part a zone's figures hold (二、邳州经济开发区 … 其中：半导体材料产业园)
                # (unless a longer name ends with it: 阿克苏纺织工业城 … 其中，纺织工业城 is its short form)
                or text.endswith(_AMONG_MARKS, 0, c.start) and any(
                    not b.generic and b.kind.family in g.zones and c.start - _AMONG_REACH <= b.end <= c.start
                    for b in body) and not any(b.end - b.start > c.end - c.start and text.endswith(
                        text[c.start:c.end], 0, b.end) for b in body)):
            c.generic = False


def _unmodified(text: str, at: int) -> int:
    """Where a word of where parks lie right before `text[at]` starts (沿海 before 新能源产业园),
    else `at` (a level, 国家健康科技产业基地, makes it a category still)."""
    return at - 2 if text.endswith(_WHERE_WORDS, max(0, at - 2), at) else at


_WHERE_WORDS = ("沿海", "沿江", "沿边", "沿黄")


_AMONG_MARKS = ("其中：", "其中:", "其中，", "其中,")
_AMONG_REACH = 200  # how far before 其中 the zone is named


_BRAND_CHARS = (2, 6)  # the length of a company's name before a park's (宁德时代, 隆基绿能)


def _after_a_brand(body: list[_Candidate], head: list[_Candidate]) -> None:
    """A name that is another name the article uses with a few characters before it that are no
    place, no joint park's head and no zone (宁德时代成都经开区 beside 成都经开区, 隆基绿能泾河新城 beside
    泾河新城): a company's site in that park, so the park's name alone (not 南京江北新区 beside
    江北新区, 中新苏州工业园区 beside 苏州工业园区, 中关村海淀园 beside 海淀园)."""
    named = {(c.prefix, c.kind.written) for c in body + head if not c.generic and c.prefix}
    if len(named) < 2:
        return
    g = _grammar()
    low, high = _BRAND_CHARS
    for c in body:
        if c.generic:
            continue
        for k in range(low, min(high, len(c.prefix) - 2) + 1):
            if (c.prefix[k:], c.kind.written) not in named:
                continue
            lead = c.prefix[:k]
            place = place_at(lead, 0)
            # (a place and a modifier is no brand: 昭通绿色铝精深加工产业园 beside 绿色铝精深加工产业园)
            if not (_places_only(lead) or place and g.modified.fullmatch(lead, len(place))
                    or lead in g.keep_before_place or lead.startswith(g.known)
                    or _partner(c.prefix) or g.scanner.search(lead)):
                c.start += k
                c.prefix = c.prefix[k:]
            break


def _defines_short_form(text: str, start: int, end: int) -> bool:
    """Whether a name ending at `end` defines a short form in brackets that the text uses again
    (杨凌农业高新技术产业示范区（以下简称“杨凌示范区”）… 杨凌示范区): only a proper name does."""
    if end >= len(text) or text[end] not in _OPENING:
        return False
    m = _SHORT_FORM.match(text, end)
    if m is None:
        return False
    short = m.group(1)
    # used again, or an abbreviation of the name itself: 深河产业共建示范区（深河示范区）
    return text.find(short, m.end()) >= 0 or (
        len(short) >= 4 and text.startswith(short[:2], start) and text.endswith(short[-2:], start, end))


# Short names listed before a park that shares its kind word: 台中、虎尾、后里、二林及中兴新村园区.
_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}[及和与、]\Z")


def _enumerations(text: str, mentions: list[ParkMention]) -> list[ParkMention]:
    """Parks named by a list of short names that share the last one's kind word (台中、虎尾、
    后里、二林及中兴新村园区): the list is several parks at once."""
    out = []
    for m in mentions:
        # the 、 before the last name of two to four characters, then the list itself
        if m.start >= 6 and text[m.start - 1] in "及和与、" and "、" in text[m.start - 6:m.start - 3]:
            listed = _LISTED.search(text, max(0, m.start - 40), m.start)
            if listed:
                # the first item as its last two characters: 辖有滨海、庵东和前湾产业园 lists 滨海
                start = text.index("、", listed.start()) - 2
                out.append(ParkMention(text[start:m.end], "", "", start, m.end))
    return out


# an aside may come before the declared short form: （位于揭阳滨海新区，以下简称“大南海石化区”）
_ASIDE_THEN_SHORT = r"(?:[^（）()\n“”]{1,30}?[，,；;][ \u3000]*(?=(?:以下|下文|本文|本地|当地|业内)?简称))?"
_RENAMED = re.compile(r"[（(]" + _ASIDE_THEN_SHORT
                      + r"(?:(现称|原称|又称|亦称|也称|俗称|现名|原名|更名为|改称|原)|(?:以下)?(?:简称)?[“\"]?)")


def _renamed(text: str, bracketed: list[_Candidate], body: list[_Candidate], owner: dict[int, _Park]) -> None:
    """A park named in brackets as another name of the one before (将军澳工业邨（现称将军澳创新园）,
    长垣经开区（原称长垣产业集聚区）), as its short form of the same kind (河套深港科技创新合作区
    （河套合作区）) or as its declared short form (…产业园区（以下简称农装园区）) is that park: its
    forms join the first's."""
    starts = {c.start: c for c in body if id(c) in owner}
    for c in bracketed:
        m = _RENAMED.match(text, c.end)
        other = starts.get(m.end()) if m else None
        if other is None or owner[id(other)] is owner[id(c)] or text[other.end:other.end + 1] not in "）)”\"":
            continue
        if not m.group(1) and other.kind.family != c.kind.family and "简称" not in m.group():
            # a short form in brackets is of the same kind (河套深港科技创新合作区（河套合作区）), unless
            # declared one: 永康现代农业装备高新技术产业园区（以下简称农装园区）
            continue
        keep, gone = owner[id(c)], owner[id(other)]
        _absorb(keep, gone)
        for key, park in owner.items():
            if park is gone:
                owner[key] = keep
        gone.forms.clear()


def _official(forms: dict[str, None]) -> str:
    """The official name of the national zone a park's forms name (the fullest form first), or ""."""
    for form in sorted(forms, key=len, reverse=True):
        zone = official_zone(form)
        if zone is not None:
            return zone.name
    return ""


def _unzoned(name: str) -> str:
    """A park's name without the bare kind word before it that names the zone it is in
    (经开区化工循环产业园 -> 化工循环产业园): the zone is its own park, and holds this one."""
    bare = _grammar().scanner.match(name)
    return name[bare.end():] if bare and _last_kind(name).start() - bare.end() >= 2 else name


def _writes(forms: dict[str, None], official: str) -> bool:
    """Whether the article writes a zone's official name: as it is, or after its province, a tag
    that is no part of the name (湖南娄底经济技术开发区 writes 娄底经济技术开发区)."""
    if not official:
        return False
    if official in forms:
        return True
    for form in forms:
        head = form[: len(form) - len(official)]
        if head and form.endswith(official) and place_at(head, 0) == head and any(p.rank == 0 for p in _gazetteer()[0][head]):
            return True
    return False


def _absorb(keep: _Park, gone: _Park) -> None:
    """`gone`'s names and mentions become `keep`'s."""
    keep.forms.update(gone.forms)
    keep.prefixes |= gone.prefixes
    keep.expanded |= gone.expanded
    keep.families |= gone.families
    keep.named = sorted(keep.named + gone.named)
    keep.first = min(keep.first, gone.first)


def _merged(parks: list[_Park], owner: dict[int, _Park]) -> list[_Park]:
    """Parks whose names resolve to one official name are one park (泉州开发区 and 泉州经开区)."""
    keep: dict[str, _Park] = {}
    into: dict[int, _Park] = {}
    for park in parks:
        first = keep.setdefault(park.official or max(park.forms, key=len), park)
        if first is park:
            continue
        _absorb(first, park)
        into[id(park)] = first
    if into:
        for key, park in owner.items():
            owner[key] = into.get(id(park), park)
    return list(keep.values())


# A short name defined in brackets right after a park's name: 中部科学工业园区（中科）,
# 苏州生物医药产业园（BioBAY）, 某某产业园（以下简称“产业园”）.
_SHORT_FORM = re.compile(r"[（(]" + _ASIDE_THEN_SHORT + r"(?:以下|(?:下文|本文|本地|当地|业内)(?=简称))?(?:简称)?[“\"]?([\u4e00-\u9fffA-Za-z]{2,8})[”\"]?[）)]")


def _short_with_kind(parks: list[_Park], short: dict[str, _Park], owner: dict[int, _Park]) -> list[_Park]:
    """Parks named by a short form the article defines plus a kind word that fits the park it
    defines (竹科园区 for 新竹科学园区（竹科）) are that park."""
    into: dict[int, _Park] = {}
    for park in parks:
        target = next((short[p] for p in park.prefixes if p in short), park)
        if target is not park and target.forms and _compatible(target.families, next(iter(park.families))):
            _absorb(target, park)
            into[id(park)] = target
    if not into:
        return parks
    for key, park in owner.items():
        owner[key] = into.get(id(park), park)
    return [p for p in parks if id(p) not in into]


def _short_forms(text: str, bracketed: list[tuple[int, _Park]]) -> dict[str, _Park]:
    """Short names the article defines for its parks in brackets (中部科学工业园区（中科）, and
    one with a kind word declared so: （以下简称“高铁试验区”）): not a place (乌鲁木齐经开区（头屯河区）)
    nor a park's name that starts with a place (浏阳经济技术开发区（浏阳经开区）), which are read as
    such."""
    out: dict[str, _Park] = {}
    scanner = _grammar().scanner
    for end, park in bracketed:
        m = _SHORT_FORM.match(text, end)
        if not m or is_place(m.group(1)) or m.group(1).endswith("型"):
            continue  # 商丘保税物流中心（B型）: the centre's type, no name
        kind = scanner.search(m.group(1))
        if kind is None or ("简称" in m.group() and not place_at(m.group(1), 0)
                            and (_core(m.group(1)[:kind.start()])  # not 化工园区, a category
                                 or kind.group() == "园")):  # … but 冶金园, no name the grammar reads
            # 上饶高铁经济试验区（以下简称“高铁试验区”）: declared, though the grammar may read no name
            out.setdefault(m.group(1), park)
    return out


def _namings(text: str, title: str, names: dict[str, _Park], mentions: list,
             titled: list[tuple[int, _Park]], companies: bool = True,
             not_before: str = "") -> list[tuple[int, _Park]]:
    """Adds the uses of `names` in `text` (outside the names already found; with `companies`
    false, outside companies' names too; not before a character of `not_before`) to `mentions`,
    each a naming of its park, and returns `titled` with their uses in `title`."""
    used = [u for u in _uses(text, names, mentions) if (companies or not _in_company(text, u[1]))
            and not _followed(text, u[1], not_before)]
    for s, _, _, park in used:
        park.named.append(s)
    for park in {id(p): p for _, _, _, p in used}.values():
        park.named.sort()
    mentions += used
    return sorted(titled + [(s, p) for s, e, _, p in _uses(title, names, []) if not _followed(title, e, not_before)],
                  key=lambda t: t[0])


def _followed(text: str, at: int, chars: str) -> bool:
    """Whether `text[at]` is one of `chars`."""
    return at < len(text) and text[at] in chars


_MANY_NAMES = 64  # more names than this are found by where their first two characters stand


def _uses(text: str, short: dict[str, _Park], taken: list) -> list:
    """Where `text` uses these names (short names, bare prefixes), outside the names already found."""
    spans = sorted((s, e) for s, e, _, _ in taken)
    starts = [s for s, _ in spans]
    # Every occurrence of every name, then left to right the longest at each place, as a regex
    # alternation of the names would find them, without compiling one for every article.
    hits = []
    by_head: dict[str, list[str]] = {}  # a name's first two characters -> the names
    for name in short:
        if len(name) >= 2 and len(short) > _MANY_NAMES:
            by_head.setdefault(name[:2], []).append(name)
            continue
        at = text.find(name) if name else -1
        while at >= 0:  # (a few names: each looked for through the text)
            hits.append((at, -len(name), name))
            at = text.find(name, at + 1)
    if by_head:  # (a long text's many names: where their first two characters stand, at once)
        heads = np.array(sorted(ord(h[0]) << 21 | ord(h[1]) for h in by_head), dtype=np.uint64)
        for at in _pair_starts(text, heads):
            hits.extend((at, -len(name), name) for name in by_head[text[at:at + 2]] if text.startswith(name, at))
    hits.sort()
    out = []
    end = 0
    for at, length, name in hits:
        if at < end:
            continue
        end = at - length
        i = bisect_right(starts, at) - 1
        if i < 0 or spans[i][1] <= at:
            out.append((at, end, name, short[name]))
    return out


# A speech's title names the meeting it was given at: 在X2025年经济工作大会上的讲话
_SPEECH_TITLE = re.compile(r"\s*在(\S)[^\n]*?上的(?:讲话|致辞|发言|工作报告)")


def _main(text: str, title: str, titled: list[tuple[int, _Park]], body: list[_Candidate], parks: list[_Park],
          owner: dict[int, _Park]) -> _Park | None:
    """The park the article is about: the first its title names as the document's issuer
    (X管委会…工作总结), as the host of the meeting a speech was given at (在X…大会上的讲话) or as the
    whole title (a park's bulletin), else the first its title names
    (unless the body mostly talks of another park), else the subject of its lead sentence when
    the body names it again."""
    most = max((len(p.named) for p in parks), default=0)
    issuer = _grammar().issuer_after
    # a part named after its zone (哈尔滨新区江北一体发展区) before the zone it starts with
    titled = sorted(titled, key=lambda t: (t[0], -max((len(f) for f in t[1].forms if title.startswith(f, t[0])),
                                                     default=0)))
    speech = _SPEECH_TITLE.match(title)
    for at, park in titled:
        if any(title.startswith(form, at) and title.startswith(issuer, at + len(form)) for form in park.forms):
            return park
        if speech and at == speech.start(1):
            return park  # 在哈尔滨新区…大会上的讲话: a speech at the park's own meeting
        if title.strip() in park.forms:  # a title that is the park's name alone: its bulletin, its page
            return park
    for _, park in titled:
        # (a park whose name begins with the zone's, 潍坊滨海化工产业园 in 潍坊滨海经开区's report, is
        # part of it: no rival)
        rivals = [p for p in parks if p is not park and not _named_inside(p, park)]
        if 2 * _references(park, body, parks) >= max((len(p.named) for p in rivals), default=0):
            return park
    if not titled and title:
        # a title that opens with 高新区 alone (【请核对】高新区三季度经济运行数据) on the zone's own page
        # or mail: the one zone of that kind the body names
        g = _grammar()
        opening = _TITLE_TAGS.match(title).end()
        c = next((c for c in _candidates(title) if c.start == opening), None)
        if (c is not None and c.generic and not c.prefix and c.kind.written in g.abbreviations_kinds
                and c.kind.family in g.zones):
            fitting = [p for p in parks if p.named and _fits(c.kind, p)]
            # (not a park named after the zone it is in: 商丘经开区冷链物流产业园 beside 商丘经开区)
            fitting = [p for p in fitting if not any(q is not p and _after_zone(p, q) for q in fitting)]
            if len(fitting) == 1:
                return fitting[0]
    lead = _lead_park(text, title, body, owner, most)
    notice = _grammar().notice_titles
    # (the title, or a line of the cover that ends with it: 年产2万吨…项目 over 可行性研究报告)
    if lead is not None or not (any(w in title for w in notice) or any(
            _BRACKET_NOTE.sub("", line.strip()).endswith(notice) for line in text[:_NOTICE_HEAD].split("\n"))):
        return lead
    return _located(text, body, owner)


_NOTICE_HEAD = 200  # how far into the text a project document names what it is (a report's cover)
_BRACKET_NOTE = re.compile(r"[（(][^（）()\n]{1,8}[）)]$")  # …投资协议书（公开文本）


def _located(text: str, body: list[_Candidate], owner: dict[int, _Park]) -> _Park | None:
    """The park a project's notice gives as its site (建设地点：…), the one named last in the field,
    when every such field of the article names that park; else None."""
    found = set()
    park = None
    for m in _grammar().location_field.finditer(text):
        end = line_end(text, m.end())
        named = [owner[id(c)] for c in body if m.end() <= c.start < end and not c.generic and id(c) in owner]
        if named:
            park = named[-1]
            found.add(id(park))
    return park if len(found) == 1 else None


def _lead_park(text: str, title: str, body: list[_Candidate], owner: dict[int, _Park], most: int) -> _Park | None:
    """The subject of the article's lead sentence, when the body names it again."""
    lead = _lead_sentence(text)
    if lead is None:
        return None
    start, end = lead
    first = next((c for c in body if start <= c.start < end and id(c) in owner and not c.generic), None)
    if first is None or text.rfind("《", start, first.start) > text.rfind("》", start, first.start):
        # none, or inside a document's title (根据《浙江省小微企业园建设提升工作指导意见》)
        return None
    park = owner[id(first)]
    # Named again, or referred to again by a bare kind word that fits it (苏州工业园区 … 园区实现
    # … 园区规上工业总产值: a WeChat repost names its park once and says 园区 after).
    # … or by its own name without the kind word (洋浦 for 洋浦经济开发区), in the title or the body.
    if most > 2 * len(park.named) or (len(park.named) < 2 and not any(
            c.start >= end and not c.prefix and _fits(c.kind, park) for c in body) and not any(
            len(p) >= 2 and not place_at(p, 0) and (p in title or text.count(p) > len(park.named))
            for p in park.prefixes)):
        return None
    # A place or a scope word (泉州市, 全市) before the park is the sentence's subject instead;
    # a place in a news source's name (据丽水日报报道) is not.
    for i in range(start, first.start):
        place = scope_at(text, i)
        if place and not text.startswith(_grammar().media, i + len(place)):
            return None
    return park


# what a title may open with before its words: a tag in brackets (【请核对】, [转发]) or a quote mark
_TITLE_TAGS = re.compile(r"(?:\s*(?:【[^】]{0,10}】|\[[^\]]{0,10}\]|[“\"「]))*\s*")


_ONE_A_CITY = frozenset(("经开", "高新"))  # kinds a city has one of, named after it


def _without_shi(prefix: str) -> str:
    """A prefix that is a city written with its 市, without it (商丘市 -> 商丘; but 邵阳县 is not
    邵阳, the city)."""
    if prefix.endswith("市") and len(prefix) >= 3 and place_at(prefix, 0) == prefix and is_place(prefix[:-1]):
        return prefix[:-1]
    return prefix


def _after_zone(park: _Park, zone: _Park) -> bool:
    """Whether `park`'s name begins with one of `zone`'s names (商丘经开区冷链物流产业园)."""
    return any(park.canonical.startswith(form) and len(park.canonical) > len(form) for form in zone.forms)


def _named_inside(park: _Park, zone: _Park) -> bool:
    """Whether `park`'s name begins with the name of `zone`, a zone (潍坊滨海化工产业园 and
    潍坊滨海经济技术开发区): a park inside it, as `_nesting` reads it."""
    g = _grammar()
    if not zone.families & g.zones:
        return False
    heads = [pre for pre in zone.prefixes if len(pre) >= 2 and not is_place(pre)]
    return any(name.startswith(pre) and len(name) > len(pre) for name in (park.canonical, *park.forms) for pre in heads)


def _references(park: _Park, body: list[_Candidate], parks: list[_Park]) -> int:
    """How often the body refers to a park its title names: by name, and by a bare kind word that
    fits it after the body names it and before any other park is named (苏州工业园区…在园区投资…
    园区今年… ahead of a paragraph each on 昆山开发区 and 苏州高新区, each named three times)."""
    before = min((p.first for p in parks if p is not park), default=1 << 62)
    if not park.named and before >= 0:  # named in the title alone: the bare kind words only it fits
        others = [p for p in parks if p is not park]  # (定西经济开发区统计月报 … 1-10月，开发区规上工业…)
        return sum(1 for c in body if c.generic and not c.prefix and _fits(c.kind, park)
                   and not any(_fits(c.kind, p) for p in others))
    if before < 0 or not park.named:  # another park in the title too, or none named in the body
        return len(park.named)
    after = min(park.named)
    return len(park.named) + sum(1 for c in body if after < c.start < before and c.generic and not c.prefix
                                 and _fits(c.kind, park))


def _fits(kind: _Kind, park: _Park) -> bool:
    """Whether a bare kind word can refer to `park`: 园区 to any park, 开发区 to a 经开区 or a
    高新区, 经开区 to a 经开区."""
    return kind.family == "园区" or bool(park.families & ({kind.family} | _grammar().also.get(kind.family, set())))


_PROSE = re.compile(r"[^\n]{20,}")


def _lead_sentence(text: str) -> tuple[int, int] | None:
    """The first sentence of the first prose paragraph (20+ characters), as offsets."""
    for m in _PROSE.finditer(text):
        para = m.group()
        if "，" in para or "," in para or "。" in para:
            end = re.search(r"[。！？!?]", para)
            return m.start(), m.start() + (end.end() if end else len(para))
    return None


def _bare_prefix(text: str, parks: list[_Park], main: _Park | None, taken: list) -> list:
    """A bare prefix refers to its park, except inside another name: the main park's when it is
    no place name (瓯江口 for 瓯江口产业集聚区), and any park's known local name after its city
    (南沙 for 广州南沙新区, though 南沙 is also a district: the new area is the district) when
    no other park of the article has it, and a zone's own name after its city (长兴岛 for 大连
    长兴岛经济技术开发区, which `_local_names` misses: it reads 长兴 as a county)."""
    names: dict[str, _Park | None] = {}
    if main is not None:
        names.update((p, main) for p in main.prefixes if len(p) >= 2 and not place_at(p, 0))
    known = _grammar().known
    for park in parks:
        for p in park.prefixes:
            if not p.endswith(known):
                continue
            place = place_at(p, 0)
            local = p[len(place):] if len(p) > len(place) else p
            if local in known and names.get(local, park) is park:
                names[local] = park
            elif local in known and names[local] is not main:
                names[local] = None  # two parks of one local name: neither
    # … and a zone's own name of three characters or more after its city (长兴岛 for 大连长兴岛经济
    # 技术开发区), when no other park of the article has it
    zones = _grammar().zones
    scanner = _grammar().scanner
    local_names: dict[str, _Park | None] = {}
    for park in parks:
        if not park.families & zones:
            continue
        for p in park.prefixes:
            place = place_at(p, 0)
            local = p[len(place):]
            if not place and len(p) >= 2 and _core(p) == p and not scanner.search(p):
                # a zone named by no place, by its own name alone (洋浦 for 洋浦经济开发区)
                local_names[p] = park if local_names.get(p, park) is park else None
            elif place and len(local) >= 3 and _core(local) == local and not is_place(local):
                local_names[local] = park if local_names.get(local, park) is park else None
    for local, park in local_names.items():
        if park is not None and local not in names:
            names[local] = park
    # … and a zone named after its city by a district's name elsewhere (绍兴滨海新区 -> 滨海新区)
    for park in parks:
        for form in park.forms:
            place = place_at(form, 0)
            rest = form[len(place):]
            if place and is_place(rest) and park.kind and rest.endswith(park.kind) and not _nested_places(form):
                names[rest] = park if names.get(rest, park) is park else None
    names = {k: v for k, v in names.items() if v is not None}
    return _uses(text, names, taken) if names else []


_SENTENCE_END = re.compile("[。！？!?\n]")


def _anaphora(text: str, body: list[_Candidate], parks: list[_Park], main: _Park | None,
              owner: dict[int, _Park]) -> list:
    """Bare kind words (开发区, 经开区, 园区, 创新园) refer to the main park when its kind fits,
    else to the one park of that kind the article has already named (a full kind word such as
    产业园: named twice, or before in its paragraph); a bare 园区 refers to the park named or
    referred to last before it in its sentence, when there is one, else to the park that opens
    its paragraph, else to the main park, else (an article of no one park) to the park named last
    before it in its paragraph; after 我们 (a speaker's own park) to the park named last in its
    paragraph or the one before (the speaker's caption)."""
    g = _grammar()
    firsts: dict[str, list[tuple[int, int]]] = {}  # family -> sorted (first mention, park index)
    for i, park in enumerate(parks):
        for family in park.families:
            firsts.setdefault(family, []).append((park.first, i))
    for entries in firsts.values():
        entries.sort()
    out = []
    named = {c.start: owner[id(c)] for c in body if not c.generic and id(c) in owner}
    starts = sorted(named)
    where = _Where(text, named, starts, parks)
    recent: tuple[int, _Park] | None = None  # where the last name or resolved kind word ends, its park
    established: dict[str, _Park] = {}  # a kind word as written -> the park it referred to last
    declared: dict[str, _Park] = {}  # a bare kind word declared a park's short form (（以下简称“园区”）)
    for c in body:
        if not c.generic and id(c) in owner:
            recent = (c.end, owner[id(c)])
            if c.end < len(text) and text[c.end] in _OPENING and (m := _SHORT_FORM.match(text, c.end)) and "简称" in m.group() and (
                    (bare := g.scanner.fullmatch(m.group(1))) and g.kinds[bare.group()].family == "园区"):
                declared[m.group(1)] = owner[id(c)]
            continue
        if not c.generic or c.prefix or id(c) in owner:
            continue
        family = c.kind.family
        fits = {family} | g.also.get(family, set())
        park = None
        if c.text in declared:
            park = declared[c.text]  # 普洱工业园区（以下简称“园区”）…统筹思茅片区、景谷片区…。园区实现…
        elif family == "园区" and (subject := _copula_subject(text, c.start, named)) is not None:
            park = subject  # 苏宿园区是苏州工业园区与宿迁市合作共建的南北共建园区: what the subject is
        elif family == "园区" and recent and not _SENTENCE_END.search(text, recent[0], c.start):
            park = recent[1]  # 集成电路产业园已入驻…，园区已建成
        elif family == "园区" and recent and _visited(text, recent[0], c.start):
            park = recent[1]  # 记者走进…娄桥智造小微企业园，…。“去年园区入驻企业48家”
        elif (family == "园区" and recent and (lead := _opening_park(text, c.start, named)) is not None
              and not (recent[1] is not lead and _in_frame(text, recent[0]))):
            # 作为…的核心载体，中日（平湖）产业合作园已…。2023年，园区日资企业… (but after a sentence
            # framed by another park, 在经开区南川工业园区，…。上半年园区…, that park)
            park = lead
        elif family == "园区" and recent and "\n" not in text[recent[0]:c.start] and _in_frame(text, recent[0]):
            park = recent[1]  # 在经开区南川工业园区，…。上半年园区新开工项目十八个
        elif (family == "园区" and recent and recent[1] is not main
              and _framed_park(text, c.start, named) is recent[1]):
            park = recent[1]  # 在赣江新区，地处共青组团的共青城高新区…。园区企业…
        elif (recent and text[max(c.start - 3, 0):c.start].endswith(g.first_person)
              and text.count("\n", recent[0], c.start) <= 1 and (family == "园区" or _fits(c.kind, recent[1]))):
            park = recent[1]  # 【同期声】大冶经济开发区管委会主任 李建华\n…我们园区新开工项目十八个
        elif (family != "园区" and main is not None and _fits(c.kind, main)
              and not any(f.endswith(c.text) for f in main.forms)
              and (tail := where.ended_by(c.text, c.start)) is not None):
            park = tail  # (港深创新及科技园 the main park) 香港科学园方面，…科学园共有租户…: the one it ends
        elif (family == "园区" and main is not None
              and (head := where.headed_section(c.start)) is not None
              and head[1] is not main and not _named_between(main.named, head[0], c.start)):
            park = head[1]  # 三、苏州宿迁工业园区\n◆ 园区概况: the park its section's heading names alone
        elif (main is not None and _fits(c.kind, main) and family != "园区"
              and (own := where.paragraph_park(c.start, fits, main)) is not None):
            park = own  # 在平湖，平湖经济技术开发区同样…。开发区还…: the paragraph's park, not the article's
        elif (family == "园区" and recent and recent[1] is not main and "\n" not in text[recent[0]:c.start]
              and _DEMONSTRATIVE.search(text, max(0, c.start - _DEMONSTRATIVE_REACH), c.start)):
            park = recent[1]  # 这里就是滕州市鲁南高科技化工园区。这个以煤化工起家的园区…: the park just named
        elif (family == "园区" and recent and recent[1] is not main and text.count("\n", recent[0], c.start) <= 1
              and established.get(c.text) is recent[1] and _opens_paragraph(text, c.start)):
            park = recent[1]  # …这个以煤化工起家的园区，…\n园区规划面积18.6平方公里: the section goes on
        elif main is not None and _fits(c.kind, main):
            park = main
        elif family == "园区" and recent and "\n" not in text[recent[0]:c.start]:
            park = recent[1]  # (an article of no one park) 苏州工业园区实现…。园区新认定高新技术企业…
        elif (family == "园区" and recent and main is None and text.count("\n", recent[0], c.start) == 1
              and _opens_paragraph(text, c.start)
              and (_opening_park(text, recent[0], named) is recent[1] or where.sole_park(recent[0])
                   or established.get(c.text) is recent[1])):
            # （一）银川经开区。…完成产值612.4亿元。\n园区入驻企业156家: the section goes on; so does a
            # 园区 that referred to the park last (…石油化工产业园依托…，园区现有企业18家…\n今年，园区…)
            park = recent[1]
        elif family != "园区":
            same = _named_before(firsts.get(family, []), c.start)
            near = same or {i for f in fits for i in _named_before(firsts.get(f, []), c.start)}
            if len(near) > 1:  # 西咸新区…\n雄安新区建设…。截至目前，新区累计: the one its paragraph names
                p_lo = text.rfind("\n", 0, c.start)
                here = where.named_in(p_lo, c.start, fits)
                # else the city's own zone among its counties' (赣州经开区 beside 龙南经开区: 先说经开区)
                near = here or _city_s_own({i for f in fits for _, i in _first_before(firsts.get(f, []), c.start)}, parks)
            if len(near) == 1:
                one = parks[next(iter(near))]
                k = bisect_left(one.named, c.start)
                p_lo = text.rfind("\n", 0, c.start)
                here = bool(k) and one.named[k - 1] > p_lo  # named in its paragraph
                if (family not in g.zones and not here
                        and any(named[at].families & g.zones
                                for at in starts[bisect_right(starts, p_lo):bisect_left(starts, c.start)])):
                    pass  # in a paragraph about a zone, its own small parks (温州经开区…，其中小微园贡献税收…)
                elif (c.kind.written in g.abbreviations_kinds or k >= 2 or here
                        or _paragraph_opening(text, c.start) == c.start  # the subject a paragraph opens with
                        or established.get(c.text) is one):  # 香港科学园…。科学园第二期…\n…科学园企业
                    park = one
        if park is not None:
            out.append((c.start, c.end, c.text, park))
            recent = (c.end, park)
            established[c.text] = park
    return out


# "this park" at a sentence's opening, before a bare 园区: 这个以煤化工起家的园区
_DEMONSTRATIVE = re.compile(r"(?:^|[。！？!?\n])[ \t\u3000]*(?:这个|这座|这家|该)[^，,。；;！？!?\n]*$")
_DEMONSTRATIVE_REACH = 24



class _Where:
    """The parks an article names, indexed by where it names them, so that asking which park a
    kind word's paragraph or section names costs a lookup, not a scan of the text before it (a
    long text names thousands of parks)."""

    def __init__(self, text: str, named: dict[int, _Park], starts: list[int], parks: list[_Park]):
        self.text, self.named, self.starts, self.parks = text, named, starts, parks
        self._ended: dict[str, tuple[list[int], list[_Park]]] = {}

    @cached_property
    def _every(self) -> tuple[list[int], list[int]]:
        """Every offset where some park is named, sorted, and the park (by index) named there."""
        every = sorted((at, k) for k, park in enumerate(self.parks) for at in park.named)
        return [at for at, _ in every], [k for _, k in every]

    def named_in(self, lo: int, hi: int, families: set[str]) -> set[int]:
        """The parks (by index) of these families named between `lo` and `hi` (both excluded)."""
        offsets, owners = self._every
        return {k for k in owners[bisect_right(offsets, lo):bisect_left(offsets, hi)]
                if self.parks[k].families & families}

    @cached_property
    def _headings(self) -> list[int]:
        """The offsets of names that make up a heading line alone (三、苏州宿迁工业园区, （二）竹科)."""
        text, named = self.text, self.named
        return [at for at in self.starts if _HEAD_ONLY.fullmatch(text, text.rfind("\n", 0, at) + 1, at)
                and text[at:line_end(text, at)].strip() in named[at].forms]

    def headed_section(self, i: int) -> tuple[int, _Park] | None:
        """Where the last heading line before `text[i]` that names a park and nothing else names
        it, and the park."""
        k = bisect_left(self._headings, i)
        return (self._headings[k - 1], self.named[self._headings[k - 1]]) if k else None

    def paragraph_park(self, at: int, families: set[str], main: _Park) -> _Park | None:
        """The one park of these families other than the main park that the paragraph of `at`
        names before it, when it does not name the main park there."""
        p_lo = self.text.rfind("\n", 0, at)
        if _named_between(main.named, p_lo, at):
            return None
        found = {k for k in self.named_in(p_lo, at, families) if self.parks[k] is not main}
        return self.parks[found.pop()] if len(found) == 1 else None

    def ended_by(self, word: str, before: int) -> _Park | None:
        """The one park named before `before` whose name ends with the bare kind word `word` as
        written (科学园 for 香港科学园), else None."""
        if word not in self._ended:
            firsts = sorted((p.named[0], k) for k, p in enumerate(self.parks)
                            if p.named and any(f.endswith(word) for f in p.forms))
            self._ended[word] = [at for at, _ in firsts], [self.parks[k] for _, k in firsts]
        offsets, owners = self._ended[word]
        return owners[0] if bisect_left(offsets, before) == 1 else None

    def sole_park(self, i: int) -> bool:
        """Whether the paragraph of `text[i]` names one park only (冬日的滁州，…。苏滁高新区今年…)."""
        text, starts = self.text, self.starts
        lo, hi = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        inside = starts[bisect_left(starts, lo):bisect_left(starts, hi if hi >= 0 else len(text))]
        return len({id(self.named[at]) for at in inside}) == 1


def _named_between(named: list[int], lo: int, hi: int) -> bool:
    """Whether a park named at the sorted offsets `named` is named between `lo` and `hi`
    (both excluded)."""
    k = bisect_right(named, lo)
    return k < len(named) and named[k] < hi


def _last_mark(text: str, i: int, marks: str) -> int:
    """Where the last line break or one of `marks` before `text[i]` stands, else -1; looked for
    within the line only, so a long text is not searched back to its start for a mark it lacks."""
    nl = text.rfind("\n", 0, i)
    return max(nl, *(text.rfind(ch, nl + 1, i) for ch in marks))


def _copula_subject(text: str, i: int, named: dict[int, _Park]) -> _Park | None:
    """The park that opens the sentence of `text[i]` when the kind word there is what that park is
    (X是…的园区, X为…的园区), in the sentence's first clause; else None."""
    lo = _last_mark(text, i, "。！？!?") + 1
    park = named.get(lo)
    return park if park is not None and _COPULA.search(text, lo, i) else None


_COPULA = re.compile(r"(?:是|为)[^，,。；;\n]*的[^，,。；;的\n]{0,8}$")


_HEAD_ONLY = re.compile(rf"[ \t\u3000]*(?:{LIST_ITEM_HEAD})?[ \t\u3000]*")


def _visited(text: str, end: int, i: int) -> bool:
    """Whether the name ending at `end` is the place a reporter visits (记者走进位于…的X) in the
    sentence right before the one holding `text[i]`, in one paragraph."""
    if "\n" in text[end:i] or len(_SENTENCE_END.findall(text, end, i)) != 1:
        return False
    start = _last_mark(text, end, "。！？!?") + 1
    return _grammar().visit.search(text, start, end) is not None


def _opening_park(text: str, i: int, named: dict[int, _Park]) -> _Park | None:
    """The park named first in the paragraph of `text[i]`, when its name opens the paragraph
    (after a list item's head or an opening phrase: （一）银川经济技术开发区。…, 作为经开区对日合作
    的核心载体，中日（平湖）产业合作园…), else None."""
    return named.get(_paragraph_opening(text, i))


def _opens_paragraph(text: str, i: int) -> bool:
    """Whether `text[i]` is the subject its paragraph opens with, also after a time (今年，园区…)."""
    at = _paragraph_opening(text, i)
    return at == i or (m := _TIME_OPENING.match(text, at)) is not None and m.end() == i


# a time a paragraph opens with, before its subject (今年，, 2023年以来，, 前三季度，)
_TIME_OPENING = re.compile(r"(?:今年|去年|前年|明年|当年|近年来|目前|截至目前|上半年|下半年|前三季度|[一二三四]季度"
                           r"|\d{4}年(?:\d{1,2}月)?(?:以来|上半年|下半年|前三季度|[一二三四]季度)?|\d{1,2}月份?(?:以来)?)[，,]")


def _paragraph_opening(text: str, i: int) -> int:
    """Where the subject of the paragraph of `text[i]` may begin: past a list item's head, a
    transcript's marker (【解说】, 【同期】), an opening phrase and a quotation's opening mark."""
    start = text.rfind("\n", 0, i) + 1
    m = _ITEM_HEAD.match(text, start) or _MARKER.match(text, start)
    at = past_opening(text, m.end() if m else start)
    return at + 1 if text[at:at + 1] in _QUOTE_OPENS else at  # “园区累计引进项目…”: the quote's subject


_QUOTE_OPENS = frozenset("“「『")


def _in_frame(text: str, end: int) -> bool:
    """Whether the name that ends at `end` stands in a frame of place opening its sentence
    (在经开区南川工业园区，)."""
    start = _last_mark(text, end, "。！？!?；;") + 1
    return (m := _FRAME.match(text, start)) is not None and m.end() > end


def _framed_at(text: str, i: int) -> bool:
    """Whether `text[i]` opens its paragraph, or follows a frame of place that does (在海西州，)."""
    at = _paragraph_opening(text, i)
    if at == i:
        return True
    return (m := _FRAME.match(text, at)) is not None and m.end() == i


def _framed_park(text: str, i: int, named: dict[int, _Park]) -> _Park | None:
    """The park that opens the paragraph of `text[i]` after a frame of place (在赣江新区，…) or as
    the head of a phrase ending in 的 (地处共青组团的共青城高新区…), else the park the frame names,
    else None."""
    at = _paragraph_opening(text, i)
    frame = None
    if m := _FRAME.match(text, at):
        frame, at = named.get(at + 1), m.end()
    m = _OF_PHRASE.match(text, at)
    return named.get(at) or (named.get(m.end()) if m else None) or frame


_ITEM_HEAD = re.compile(LIST_ITEM_HEAD)
_MARKER = re.compile("【[^】\n]{1,4}】")  # a transcript's 【解说】, 【同期声】
_FRAME = re.compile("在[^，,。；;！？!?\n]{1,12}[，,]")  # a frame of place: 在赣江新区，
_OF_PHRASE = re.compile("[^，,。；;！？!?\n的]{1,12}的")


def _city_s_own(near: set[int], parks: list[_Park]) -> set[int]:
    """Of several parks of one kind, the one named after a prefecture-level city when every other
    is named after a county of that city (赣州经开区, not 龙南经开区): the zone a bare 经开区 means
    in that city's article; else none of them."""
    cities = {}
    for i in near:
        place = place_at(parks[i].canonical, 0)
        ranks = {p.rank for p in _gazetteer()[0].get(place, ())} if place else set()
        if len(ranks) != 1:  # (龙南: 龙南县 and 龙南市, both counties)
            return set()
        cities[i] = (ranks.pop(), _cpca_place(parks[i].canonical)[1])
    own = [i for i, (rank, _) in cities.items() if rank == 1]
    if len(own) != 1 or not cities[own[0]][1]:
        return set()
    city = cities[own[0]][1]
    return {own[0]} if all(rank == 2 and where == city for i, (rank, where) in cities.items() if i != own[0]) else set()


def _named_before(entries: list[tuple[int, int]], pos: int) -> set[int]:
    """Parks (by index) first named before `pos`, or more than one of them: enough to tell
    whether exactly one is."""
    return {i for _, i in _first_before(entries, pos)[:2]}


def _first_before(entries: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """The entries (first mention, park index), sorted, whose first mention is before `pos`."""
    return entries[:bisect_left(entries, (pos, -1))]


_CLAUSE_MARK = re.compile("[，,。；;！？]")


def _nesting(text: str, mentions: list[ParkMention], parks: list[_Park], main: _Park | None) -> dict[str, str]:
    """Smaller park -> containing zone where the article says so: a name that begins with the
    zone's name (瓯江口威马新能源汽车智能产业园, 宁波前湾新区飞地产业园), X位于Y, Y内的X."""
    g = _grammar()
    by_name = {p.canonical: p for p in parks}
    zones = [p for p in parks if p.families & g.zones or p is main]
    heads: dict[str, list[int]] = {}  # a zone's name or non-place prefix -> zones (by index)
    for i, z in enumerate(zones):
        for pre in z.prefixes | set(z.forms):
            if len(pre) >= 2 and not is_place(pre):
                heads.setdefault(pre, []).append(i)
    parent: dict[str, str] = {}
    asked: set[tuple[str, str]] = set()  # (name, park): a name repeated gives the same answer
    for m in mentions:
        park = by_name.get(m.canonical)
        if park is None or park.families & g.zones or park.canonical in parent or (m.name, m.canonical) in asked:
            continue
        asked.add((m.name, m.canonical))
        found = [i for n in range(2, len(m.name)) for i in heads.get(m.name[:n], ()) if zones[i] is not park]
        if found:
            parent[park.canonical] = zones[min(found)].canonical  # the first zone the name begins with
    for a, b in zip(mentions, mentions[1:]):
        pa, pb = by_name.get(a.canonical), by_name.get(b.canonical)
        if pa is None or pb is None or pa is pb:
            continue
        if b.start - a.end > 6 or _CLAUSE_MARK.search(text, a.end, b.start):
            continue
        between = text[a.end:b.start]
        if pb.families & g.zones and g.inside_after.search(between):
            parent.setdefault(pa.canonical, pb.canonical)  # X位于Y
        elif pa.families & g.zones and (not between or g.inside_before.fullmatch(between)):
            parent.setdefault(pb.canonical, pa.canonical)  # Y内的X, Y X
    return parent
