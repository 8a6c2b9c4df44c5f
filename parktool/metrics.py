"""Metric facts: the figures an article states about an economy, a park, a project or a company,
each with its unit, indicator, year and park (eval/GUIDE.md defines them).

One compiled expression finds every quantity followed by a unit of the lexicon
(parktool/data/units.toml); the rest is bookkeeping around each match: the qualifier, the sign,
the exclusions of figures that are no facts (dates, ranks, slogans, labels, thresholds …, listed
in parktool/data/metrics_grammar.toml), the indicator (parktool/data/indicators.toml), the year
and the park. `extract_facts` is pure, deterministic and never raises; docs/extraction.md tells
the rules to users.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib import resources

from parktool import numbers as N
from parktool.parks import (COMPARED_AMONG, DocumentParks, ParkMention, find_parks, has_speaker, is_generic, is_place,
                            is_zone, kind_of, located_before, past_first_person, past_opening, scope_at, speaker_at,
                            zone_scope_at)
from parktool.text import LIST_ITEM_HEAD, is_table_row, line_end


@dataclass
class Fact:
    park: str  # canonical park name or ""
    indicator: str  # lexicon name (e.g. "总投资", "规上工业增加值") or phrase as written
    value: float  # canonical unit, multipliers applied; decreases negative
    unit: str  # CNY/USD/…, %, pp, m2, 家/个/…, t, kW, kWh, m, m3, …
    dimension: str  # money|percent|area|count|quantity
    qualifier: str  # "" | "~" | ">" | "<"
    year: int | None  # calendar year the figure refers to
    raw: str  # as written ("约60亿元")
    sentence: str  # the sentence it came from (from the cleaned text)
    start: int  # offsets of raw in the text (in the title when in_title)
    end: int
    in_title: bool = False  # a figure the title states and the text does not


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Unit:
    unit: str
    dimension: str
    factor: float
    context: str  # "" or a key of [context] in metrics_grammar.toml
    qualifier: str = ""  # a qualifier written inside the unit: 3个多百分点 is more than 3 pp


def _load(name: str) -> dict:
    return tomllib.loads((resources.files("parktool") / "data" / name).read_text(encoding="utf-8"))


def _alternation(words, suffix: str = "") -> str:
    return "(?:" + "|".join(re.escape(w) + suffix for w in sorted(set(words), key=len, reverse=True)) + ")"


class _Lexicon:
    """units.toml, indicators.toml and metrics_grammar.toml, compiled once."""

    def __init__(self, units: dict, indicators: dict, grammar: dict) -> None:
        self.grammar = grammar
        ex = grammar["exclude"]
        self.units: dict[str, list[_Unit]] = {}
        blockers: dict[str, set[str]] = {}
        for entry in units["unit"]:
            for written in entry["written"]:
                self.units.setdefault(written, []).append(
                    _Unit(entry["unit"], entry["dimension"], float(entry.get("factor", 1)), entry.get("context", ""),
                          entry.get("qualifier", "")))
                blockers.setdefault(written, set()).update(entry.get("not_before", []))
        blockers["个"].update(ex["period_nouns"])  # 20个月 is a period
        alternatives = []
        for written in sorted(self.units, key=len, reverse=True):
            stop = sorted(blockers[written], key=len, reverse=True)
            guard = "(?!" + "|".join(map(re.escape, stop)) + ")" if stop else ""
            if written.isascii() and written[-1].isalpha():
                guard += "(?![A-Za-z])"
            alternatives.append(re.escape(written) + guard)
        rate = units["rate"]
        self.figure = re.compile(
            N.NOT_BEFORE
            # A fraction: 百分之五 (5 %), 三分之一 (33.3 %), 千分之三 (0.3 %).
            + rf"(?:(?P<den>{N.NUMERAL})分之(?P<pnum>{N.NUMERAL})(?![{N.NUMERAL_CHARS}])"
            + "|" + N.QUANTITY
            + "(?:[ \t]?(?=[" + re.escape("".join({w[0] for w in self.units})) + "])(?P<unit>"
            + "|".join(alternatives) + ")"
            + "(?P<rate>" + _alternation(rate["separators"]) + _alternation(rate["denominators"]) + ")?"
            + r"|(?<=[万亿兆])(?=[，,。；;、）)\s的了]|左右|上下|$)))")
        # What may stand right after a run of numeral characters in a figure: a decimal point or
        # separator, 兆 or 点, a space, a range or product sign, 余, 多, 几 or 来, 分 (百分之), the first
        # other character of a unit (千瓦: 瓦), the punctuation, 了, 左右 or 上下 after a bare 万 or 亿. A run
        # followed by anything else starts no figure, and the expression is not tried on it.
        numeral = N.NUMERAL_CHARS
        assert not any(w.strip(numeral) == "" for w in self.units)
        after_run = ".,兆点 \t-~～—–至到×*余多几来+分，,。；;、）)的了左上" + "".join(w.lstrip(numeral)[0] for w in self.units)
        # Runs so followed, found by the regex engine rather than by Python. A run is read at most
        # 64 characters back from its end, which keeps the scan linear on runs of thousands.
        self.numeral_run = re.compile(
            rf"[\d{N.CN_CHARS}]{{1,64}}+(?=[{re.escape(''.join(sorted(set(after_run))))}]|\s|$)")
        english = grammar["english"]
        self.english_scales = english["scales"]
        self.english_units = english["units"]
        self.english_currencies = english["currencies"]
        self.english_counts = english["counts"]
        self.english_qualifiers = english["qualifiers"]
        self.english_indicators = english["indicators"]
        self.english_labels = tuple(english["labels"])
        self.same_units = english["same_units"]

        def words(ws) -> str:
            return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
        self.english = re.compile(
            rf"(?<![A-Za-z0-9.$])(?:(?P<q>{words(english['qualifiers'])})\s+)?"
            rf"(?:(?P<cur>{words(english['currencies'])})\s?)?"
            r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d)"
            r"(?:\s?(?:to|-|–|—)\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d))?"  # 50 to 60: its low end
            rf"(?:\s(?P<scale>{words(english['scales'])})\b)?"
            rf"(?:\s(?P<unit>{words(english['units'])})\b"
            rf"|\s(?P<between>(?:(?:{words(english['labels'])}|[A-Za-z][\w&-]*)\s){{0,3}}?)(?P<noun>{words(english['counts'])})\b)?")
        self.english_decrease = re.compile(rf"\b(?:{words(english['decrease'])})\s+(?:by\s+)?$")
        self.english_growth = re.compile(rf"\b(?:{words(english['growth'])})\s+(?:by\s+)?$")
        self.english_indicator = re.compile(rf"\b(?:{words(english['indicators'])})\b")
        self.english_word = re.compile(words([*english["scales"], *english["units"], *english["counts"]]))
        sign = grammar["sign"]
        self.decrease = re.compile(_alternation(sign["decrease"]) + _alternation(sign["gap"]) + "*$")
        self.rank_words = re.compile(_alternation(ex["rank_words"]))
        self.ordinal_before = tuple(ex["ordinal_before"])
        self.average_words = tuple(ex["average_words"])
        self.rank_before = tuple(ex["rank_before"])
        self.rank_units = frozenset(ex["rank_units"])
        self.rank_verbs = tuple(ex["rank_verbs"])
        self.person_nouns = tuple(ex["person_nouns"])
        self.small_chinese_count = ex["small_chinese_count"]
        self.label_after = tuple(ex["label_after"])
        self.provision_units = frozenset(ex["provision_units"])
        self.provision_nouns = tuple(ex["provision_nouns"])
        self.provision_before = tuple(ex["provision_before"])
        self.ranking_claim_nouns = tuple(ex["ranking_claim_nouns"])
        self.threshold_reach = ex["threshold_reach"]
        self.rank_claim = re.compile(r"前[一二三四五六七八九十\d]|第[一二三四五六七八九十\d]|首位|\d+强")
        self.threshold_nouns = tuple(ex["threshold_nouns"])
        self.threshold_compounds = tuple(ex["threshold_compounds"])
        self.threshold_count_units = frozenset(ex["threshold_count_units"])
        self.norm_bounds = tuple(ex["norm_bounds"])
        self.norm_bound_ends = frozenset(w[-1] for w in self.norm_bounds)  # most figures skip the lookup
        # …a share of a base that the bound names first: 不低于全国最低价标准的70%
        self.norm_share = re.compile(_alternation(ex["norm_bounds"]) + r"[^，,。；;：:、\n]{1,24}的$")
        self.rank_pool = re.compile("中(?:[ \t]*$|" + _alternation(ex["rank_pool"]) + ")")
        self.rank_field = re.compile(_alternation(ex["rank_field_verbs"]) + _alternation(ex["rank_field_scopes"])
                                     + r"?[ \t]*$")
        self.rank_place = re.compile(self.rank_claim.pattern + "|" + _alternation(ex["rank_places"])[3:-1])
        restate = grammar["restatement"]
        self.conversion = re.compile(r"[ \t]*(?:[（(][ \t]*" + _alternation(restate["conversion_words"]) + "?|[，,]?[ \t]*"
                                     + _alternation(restate["conversion_words"]) + r")[ \t]*")
        self.agree = restate["agree"]
        self.milestone_words = tuple(restate["milestone_words"])
        self.milestone_nouns = tuple(restate["milestone_nouns"])
        verbs = _alternation(restate["exact_verbs"])
        self.milestone_gap = re.compile(r"(?:" + _alternation(restate["milestone_nouns"]) + r"[，,、 \t]*" + verbs
                                        + r"?|[，,、 \t]*" + verbs + r")[ \t]*")
        share = grammar["share"]
        self.tenths_unit = share["tenths_unit"]
        self.half_words = tuple(share["half_words"])
        self.half_after = tuple(share["half_after"])
        self.cap_before = re.compile(_alternation(ex["cap_before"]) + "(?:可达|可|可获|获得|给予|"
                                     + _alternation(ex["reward_after"])[3:-1] + ")*$")
        self.norm_words = re.compile(_alternation(ex["norm_words"]))
        self.reward_after = tuple(ex["reward_after"])
        self.condition_lead = tuple(ex["condition_lead"])
        self.grant_words = re.compile(_alternation(ex["grant_words"]))
        self.grant_right_before = re.compile(_alternation(ex["grant_words"]) + "$")
        self.grant_paid = re.compile(_alternation(ex["grant_paid"]))
        self.auction_rules = re.compile(_alternation(ex["auction_rules"]) + "[：:]?[ \t\u3000]*$")
        self.target_words = re.compile(_alternation(ex["target_words"]))
        self.counted_nouns = tuple(ex["counted_nouns"])
        self.count_reach = tuple(ex["count_reach"])
        self.count_new = tuple(ex["count_new"])
        self.spec_nouns = re.compile(_alternation(ex["spec_nouns"]))
        self.spec_captions = re.compile(_alternation(ex["spec_captions"]))
        self.building_specs = re.compile(_alternation(ex["building_specs"]) + r"(?:为|达|达到|约|可达)?$")
        self.convention_before = re.compile(_alternation(ex["convention_before"]) + r"(?:每[\u4e00-\u9fff]{1,2})?[ \t]?$")
        self.convention_after = re.compile(r"(?:为[^，,。；;：:（(）)\n]{0,12}?)?" + _alternation(ex["convention_end"])
                                           + r"(?=[）)，,。；;：:\n]|$)")
        self.scope_after = tuple(ex["scope_after"])
        self.unit_named_before = tuple(ex["unit_named_before"])
        # (through the other levels listed before the words: 1%、5%、10%水平上显著)
        self.significance = re.compile(r"(?:[、和及与或][\d.]+[%％])*" + _alternation(ex["significance_after"]))
        self.assumed_change = re.compile(_alternation(ex["assumed_change"]))
        self.assumed_at = re.compile(_alternation(ex["assumed_change"]) + r"[^，,。；;\n]{0,3}$")
        self.standard_words = re.compile(_alternation(ex["standard_words"]))
        self.standard_after = re.compile("[\u4e00-\u9fff]{0,2}" + _alternation(ex["standard_words"]))
        self.standard_applies = re.compile(_alternation(ex["standard_applies"]) + "[^》\n]{1,30}标准》")
        marks = _alternation(ex["definition_marks"])
        self.definition_after = re.compile(r"[ \t]*" + marks)
        self.definition_before = re.compile(r"(?<![\d.])1[ \t]*[^\d\s，,。；;：:]{1,4}[ \t]*" + marks + r"[ \t]*$")
        self.cap_verbs = tuple(ex["cap_verbs"])
        self.rank_columns = tuple(grammar["table"]["rank_columns"])
        self.unit_columns = frozenset(grammar["table"]["unit_columns"])
        self.dollar_columns = tuple(grammar["table"]["dollar_columns"])
        # a header line with a column of units (指标名称 单位 鄂尔多斯高新区 包头稀土高新区)
        self.unit_header = re.compile(r"^(?=[^\n]*(?:^|[ \t\u3000|｜])(?:%s)(?:[ \t\u3000|｜]|$))" % "|".join(
            map(re.escape, sorted(self.unit_columns, key=len, reverse=True))), re.M)
        self.unit_lead = tuple(grammar["table"]["unit_lead"])
        self.bare_after = tuple(sorted(ex["bare_after"], key=len, reverse=True))
        self.bare_verbs = re.compile(_alternation(ex["bare_after"]))
        self.periods = frozenset(units["rate"]["periods"])
        self.taiwan = re.compile(_alternation(grammar["context"]["taiwan"]))
        # Taiwan's own ways of writing: 兆 for 万亿 in an amount (1兆6,191亿元, 1.2兆元), 民国112年
        # (a year, so that 居民国庆 is none).
        self.taiwan_marks = re.compile(r"\d兆(?=\d|亿|元)|" + _alternation(grammar["context"]["taiwan_eras"])
                                       + r"(?:\d{1,3}|[一二三四五六七八九十百零〇]{1,5})年")
        self.taiwan_mark_keys = ("兆", *grammar["context"]["taiwan_eras"])  # what a mark holds: most texts have none
        self.hongkong = re.compile(_alternation(grammar["context"]["hongkong"]))
        self.hongkong_currency = re.compile(_alternation(grammar["context"]["hongkong_currency"]))
        self.mainland_marks = tuple(grammar["context"]["mainland_marks"])
        money = {w: us[0].unit for w, us in self.units.items() if us[0].dimension == "money"}
        self.currency_before = {w: money[w] for w in units["prefix"]["currencies"]}
        self.currency_before.update(units["prefix"]["symbols"])
        self.currency_words = tuple(sorted(self.currency_before, key=len, reverse=True))
        self.currency_reach = max(map(len, self.currency_words))
        self.context = {k: tuple(v) for k, v in grammar["context"].items() if isinstance(v, list)}
        synonyms = {s: ind["name"] for ind in indicators["indicator"] for s in ind["synonyms"]}
        self.synonym_name = synonyms
        self.whole = {w: ind["name"] for ind in indicators["indicator"] for w in ind.get("whole", [])}
        self.synonyms = re.compile(_alternation(synonyms))
        self.growth = re.compile(_alternation(indicators["growth_words"]))
        self.growth_end = re.compile(_alternation(indicators["growth_words"]) + "+$")
        self.growth_suffix = indicators["growth_suffix"]
        self.list_fact = re.compile(r"[●◆■□▪▶►•·\-*\s]*" + _alternation(grammar["exclude"]["list_fact_openings"]))
        subject = grammar["subject"]
        self.subject_lead = tuple(subject["subject_lead"])
        self.company_subjects = tuple(subject["company_subjects"])
        self.company_reports = re.compile(_alternation(subject["company_reports"]))
        self.object_verbs = tuple(subject["object_verbs"])
        self.driving_verbs = tuple(subject["driving_verbs"])
        self.cause_openings = tuple(subject["cause_openings"])
        self.average_of = tuple(subject["average_of"])
        self.office_after = tuple(subject["office_after"])
        self.adverbial = re.compile(
            "(?:" + _alternation(subject["adverbials"])[3:-1]
            + "".join("|" + p for p in subject["datelines"])
            + r"|\d{4}年(?:底|末|初|\d{1,2}月)?(?:\d{1,2}日)?|前?\d{1,2}(?:[-—~至]\d{1,2})?个?月(?:份|底|初|末|中旬|上旬|下旬)?(?:\d{1,2}日)?"
            + r"|[一二三四]季度)+[，,、 ]*")
        self.filler = re.compile(
            "(?:实现|完成|达到|达|为|是|共|约|已|已经|累计|分别|同比|比上年|年均|总计|合计|有|计|在|的|了)+$")
        self.lead_filler = re.compile(
            "^(?:分别|同比|(?:比|较)(?:上年|去年|前一年|上一年)(?:同期)?|年均|累计|共|已|已经|总计|合计)+")
        self.share = re.compile("占|比重|比例|强度")
        self.half_share = re.compile(self.share.pattern + "|" + _alternation(grammar["share"]["half_verbs"])[3:-1])
        stops = "实现|完成|达到|共有|已|将|正|在|有|为|是|的|和|及|与|" + "|".join(grammar["indicator"]["count_verbs"])
        self.noun_after = re.compile(
            rf"的?(?:([\u4e00-\u9fff]{{1,10}}?)(?={stops}|[^\u4e00-\u9fff]|$)|([\u4e00-\u9fff]{{1,8}}))")
        self.verb_after = re.compile(_alternation(grammar["indicator"]["count_verbs"]))
        self.list_sep = re.compile(r"[ \t]*(?:、|和|及|与|以及)[ \t]*")
        year = grammar["year"]
        self.relative_years = year["relative"]
        # Every year mark ends with 年: the scan finds the 年 and looks back.
        assert all(w.endswith("年") for w in year["relative"])
        self.relative_by_length = sorted({len(w) for w in year["relative"]}, reverse=True)
        self.year_not_after = tuple(year["not_after"])
        self.period_after = tuple(year["period_after"])
        self.future = tuple(year["future"])


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(_load("units.toml"), _load("indicators.toml"), _load("metrics_grammar.toml"))


# ---------------------------------------------------------------- one document


# Clause breaks, found in one scan; a comma inside a number (1,200) is none. Semicolon,
# sentence and paragraph breaks are those among them of these characters.
_BREAK = re.compile("[\n。！？!?；;，：:,]")
_IN_NUMBER = re.compile(r",\d{3}(?!\d)")
_SEMI_BREAKS = frozenset("\n。！？!?；;")
_SENT_BREAKS = frozenset("\n。！？!?")
_QUOTED = re.compile(r"《[^《》\n]{0,60}》|[“‘「『\"][^“”‘’「」『』\"\n]{1,14}[”’」』\"]")
_SPEECH = re.compile(r"[，,。；;：:！？!?]")
_LINE_END = "。！？!?；;…"


class _Document:
    """Offsets of what extraction asks about a cleaned text: clauses, sentences, paragraphs,
    quotations, boilerplate blocks, park mentions, the reference year."""

    def __init__(self, text: str, title: str, published: str, parks: DocumentParks, lex: _Lexicon) -> None:
        self.text, self.parks, self.lex, self.title = text, parks, lex, title
        self.clause = [m.start() for m in _BREAK.finditer(text)]
        in_number = {m.start() for m in _IN_NUMBER.finditer(text)}
        if in_number:
            self.clause = [p for p in self.clause if p not in in_number]
        self.semi = [p for p in self.clause if text[p] in _SEMI_BREAKS]
        self.sent = [p for p in self.semi if text[p] in _SENT_BREAKS]
        self.para = [p for p in self.sent if text[p] == "\n"]
        self.years = _year_marks(text, lex)
        self.year_starts = [p for p, _ in self.years]
        self.quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)
                       if m.group()[0] == "《" or not _SPEECH.search(m.group())]
        self.blocks = _list_blocks(text, lex.grammar["exclude"]["list_lines"],
                                   lex.grammar["exclude"]["list_line_chars"], lex.list_fact,
                                   lex.grammar["exclude"]["bullet_points"])
        self.mentions = sorted(parks.mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.headings = _headings(text, self.mentions)
        self.heading_starts = [start for start, _ in self.headings]
        self.reference_year = _reference_year(text, title, published, self.years, lex)
        self._about_place: dict[int, bool] = {}
        self._subjects: dict[int, int] = {}
        # sentence start -> (end of its first part, the park or place it opens with, else False)
        self.openings: dict[int, tuple[int, str | bool]] = {}
        self.carried: dict[int, str | None] = {}  # sentence start -> the subject sentences before carry

    @cached_property
    def company_report(self) -> bool:
        """Whether the text is a company's own report (ESG, annual report, prospectus), by its
        title or its first lines."""
        return self.lex.company_reports.search(self.title + "\n" + self.text[:_REPORT_HEAD]) is not None

    @cached_property
    def spec_captioned(self) -> bool:
        """Whether the text has a caption of a product's parameters anywhere (主要技术参数): only then
        are a figure's lines above looked at for one."""
        return self.lex.spec_captions.search(self.text) is not None

    @cached_property
    def bracket_marks(self) -> list[int]:
        """Where the text's 【 stand."""
        return [m.start() for m in re.finditer("【", self.text)]

    @cached_property
    def twd(self) -> bool:
        """Whether 元 is 新台币: the article is about Taiwan, naming its places often enough or
        writing as Taiwan does (1兆6,191亿元, 民国112年). A mainland article that names one amount in
        新台币 is not: that amount carries its currency before it (`_figure`)."""
        text, lex = self.text, self.lex
        # (a mainland article about Taiwan's investors, 漳州台商投资区, writes 同比: its 元 is 人民币)
        return ((len(lex.taiwan.findall(text)) >= lex.grammar["context"]["taiwan_mentions"]
                 and not any(w in text for w in lex.mainland_marks))
                or (any(k in text for k in lex.taiwan_mark_keys) and lex.taiwan_marks.search(text) is not None))

    @cached_property
    def hkd(self) -> bool:
        """Whether 元 is 港元: the article is from Hong Kong's press, naming its places often,
        stating amounts in 港元 too and writing no 同比; such articles write 人民币 before a
        mainland amount, which `_figure` reads first."""
        text, lex, context = self.text, self.lex, self.lex.grammar["context"]
        # plain substring tests first: most articles name no 港元 at all
        return (not any(w in text for w in lex.mainland_marks)
                and any(w in text for w in context["hongkong_currency"])
                and len(lex.hongkong_currency.findall(text)) >= context["hongkong_currency_mentions"]
                and len(lex.hongkong.findall(text)) >= context["hongkong_mentions"])

    def bounds(self, breaks: list[int], start: int, end: int) -> tuple[int, int]:
        i = bisect_left(breaks, start)
        j = bisect_left(breaks, end)
        return (breaks[i - 1] + 1 if i else 0), (breaks[j] if j < len(breaks) else len(self.text))

    def opening(self, breaks: list[int], start: int) -> int:
        """Where the span of `breaks` holding `start` opens: `bounds(...)[0]`, one lookup."""
        i = bisect_left(breaks, start)
        return breaks[i - 1] + 1 if i else 0

    def inside(self, spans: list[tuple[int, int]], start: int, end: int) -> bool:
        i = bisect_right(spans, (start, len(self.text) + 1))
        return i > 0 and spans[i - 1][0] <= start and end <= spans[i - 1][1]

    def sentence(self, start: int, end: int) -> str:
        lo, hi = self.bounds(self.sent, start, end)
        if hi < len(self.text) and self.text[hi] != "\n":
            hi += 1
        return self.text[lo:hi].strip()

    def mentions_in(self, lo: int, hi: int, groups: bool = False) -> list[ParkMention]:
        """The park mentions within [lo, hi); with `groups`, also the kind words that name
        several parks at once (canonical "")."""
        out = _within(self.mentions, self.mention_starts, lo, hi)
        if groups and self.parks.groups:
            out += _within(self.parks.groups, self.group_starts, lo, hi)
        return out

    @cached_property
    def speaks(self) -> bool:
        """Whether the text holds a speaker's word for their own park (我们, 这里, 该区) at all."""
        return has_speaker(self.text)

    @cached_property
    def group_starts(self) -> list[int]:
        return [g.start for g in self.parks.groups]

    def about_place(self, lo: int) -> bool:
        """Whether the sentence starting at `lo` has a place or a scope word (全市, 泉州市) as
        its subject, not a park whose name starts with a place (吉利汽车产业园项目、…); asked once
        per sentence."""
        if lo not in self._about_place:
            at = self.subject(lo)
            i = bisect_left(self.mention_starts, at)
            named = i < len(self.mention_starts) and self.mention_starts[i] == at
            if named and _places_a_place(self.text, self.mentions[i]):  # 合作区所在的西双版纳州
                named, at = False, _OWNED.match(self.text, self.mentions[i].end).end()
            place = "" if named else scope_at(self.text, at)
            # (not 广西某铝业公司, a company of that place, nor 郸城生物基新材料项目，…: a project's name)
            self._about_place[lo] = bool(place) and not self.text.startswith("某", at + len(place)) and (
                not _PROJECT_NAME.match(self.text, at + len(place)))
        return self._about_place[lo]

    def subject(self, lo: int) -> int:
        """`_subject(lo)`, asked once per `lo`: a sentence's subject is asked for by several rules."""
        at = self._subjects.get(lo)
        if at is None:
            at = self._subjects[lo] = self._subject(lo)
        return at

    def _subject(self, lo: int) -> int:
        """Where the subject of the sentence starting at `lo` begins: after time, source and
        connective openings (今年1-5月, 据统计, 截至10月29日, 在, 同日, 放眼), after a frame
        that a park follows (在市区东部，连云港经开区…; 沿海大通道向南，泉州台商投资区…), and
        after the head of a list item (一、宁乡经济技术开发区。同意扩区…) or a speaker's label
        (王晓燕（喀什地区商务局副局长）：从全地区看，…)."""
        m = _ITEM.match(self.text, lo) or _SPEAKER_LABEL.match(self.text, lo)
        if m:
            lo = m.end()
        for _ in range(2):
            at = past_opening(self.text, lo)  # a whole opening first: 据统计处数字，, not 据统计
            if at == lo:
                m = self.lex.adverbial.match(self.text, lo)
                at = past_opening(self.text, m.end()) if m else lo
            lo = at
            if self.text.startswith(self.lex.subject_lead, lo):
                lo += 1
        at = past_first_person(self.text, lo)  # 我们山西综改示范区…: the zone
        if at > lo:
            i = bisect_left(self.mention_starts, at)
            if i < len(self.mention_starts) and self.mention_starts[i] == at:
                return at
        # 在市区东部，连云港经开区正…; 沿海大通道向南，泉州台商投资区正…: the park after the frame
        i = bisect_left(self.mention_starts, lo + 2)
        if i < len(self.mention_starts) and self.mention_starts[i] <= lo + 13:  # a park close enough
            m = _FRAME.match(self.text, lo)
            if m:
                i = bisect_left(self.mention_starts, m.end())
                if (i < len(self.mention_starts) and self.mention_starts[i] == m.end()
                        and not self.mentions_in(lo, m.end() - 1)):
                    return m.end()
        return lo


_FRAME = re.compile("[^，,。；;！？!?\n]{1,12}[，,]")
_REPORT_HEAD = 200  # the first characters of a text that say it is a company's report
# a speaker's label before their words: 王晓燕（喀什地区商务局副局长）：, 记者：
# (and a reply's head: 【答复】奉化经济开发区管委会（5月13日）：, 答复：)
_SPEAKER_LABEL = re.compile(r"[ \t]*(?:[\u4e00-\u9fff·]{2,5}[（(][^（）()\n]{2,24}[）)]|记者|主持人|主播|答复|回复"
                            r"|【[\u4e00-\u9fff]{1,4}】[^：:\n]{0,24}?)[：:][ \t]*")


def _within(mentions: list[ParkMention], starts: list[int], lo: int, hi: int) -> list[ParkMention]:
    """The mentions (sorted by start, `starts` their starts) that lie within [lo, hi)."""
    i = bisect_left(starts, lo)
    out = []
    while i < len(mentions) and mentions[i].start < hi:
        if mentions[i].end <= hi:
            out.append(mentions[i])
        i += 1
    return out


_CLAUSE_FIGURE = re.compile(r"[\d０-９]|[一二三四五六七八九十百千两][万亿]?[余多]?[家个项人元亩吨%％]")


# a bullet's mark opening a line
_BULLET = re.compile(r"\s*[•●▪■◆]")
# a bullet of clauses holding a figure (• 规划面积12.86平方公里，实行“一区多园”管理模式)
_BULLET_POINT = re.compile(r"^[ \t\u3000]*[•●▪■◆](?=[^\n]*，)[^\n]*?(?:" + _CLAUSE_FIGURE.pattern + ")", re.M)


def _bulleted(text: str, points: int) -> bool:
    """Whether the text is written in bullet points (a slide deck, a card): `points` of its bullets
    or more are clauses holding a figure. Its runs of short bullets are then its points, not a
    headline list (• 今年一季度到位资金7.9亿元 under 招商成效); a headline list's bullets are
    single phrases (● 总投资50亿元！又一重大项目落户滨海)."""
    if "•" not in text and "●" not in text and "▪" not in text and "■" not in text and "◆" not in text:
        return False
    return len(_BULLET_POINT.findall(text)) >= points


def _data_line(line: str) -> bool:
    """Whether a short line is two clauses or more that each hold a figure (新开工项目14个，总投资
    二十七亿元): a bullet of a section's figures, where a headline is one phrase."""
    clauses = _CLAUSE_BREAK.split(line)
    return len(clauses) >= 2 and all(_CLAUSE_FIGURE.search(c) for c in clauses)


def _spaced_field(line: str) -> bool:
    """Whether a short line is a label and its figure parted by spaces, an infographic's item
    (▪️汽车产量 132.6万辆 ↑11.3%, 入驻企业 42家): a field, where a headline is a phrase."""
    parts = _SPACED_LABEL.fullmatch(line)
    return parts is not None and _figure_line(parts.group(2).split()[0])


# a bullet or emoji, a label of words, spaces, then what follows
_SPACED_LABEL = re.compile(r"\s*(?:[\u2022\u25a0-\u25ff\u2600-\u27bf\u2b50\U0001f300-\U0001faff][\ufe0f]?\s*)?"
                           r"([\u4e00-\u9fff“”\"（）()A-Za-z]{2,16})[ \t\u3000]+(\S.*)")


@lru_cache(maxsize=4096)
def _figure_line(line: str) -> bool:
    """Whether `line` is a figure on a line of its own, after a few words at most (412.6亿元,
    超4000家, 同比增长6.8%, 高于全市3.4个百分点, 一百二十七家): a data card's value under its label
    line; not a headline that goes on after its figure (中国出台二十条措施)."""
    s = line.strip().rstrip("+↑↓ ")
    if not s or len(s) > _FIGURE_LINE_CHARS or "：" in s or ":" in s:  # (a field: 地区生产总值：512.8亿元)
        return False
    last = None
    for last in _figure_matches(s, _lexicon()):
        pass
    return last is not None and last.end() == len(s) and last.start() <= _FIGURE_LINE_WORDS


_FIGURE_LINE_CHARS = 16
_FIGURE_LINE_WORDS = 6


def _list_blocks(text: str, lines: int, chars: int, fact: re.Pattern,
                 bullet_points: int) -> list[tuple[int, int]]:
    """Runs of `lines`+ short lines without a sentence end: headline lists, related articles,
    contact blocks; not a run that holds a section's head (（一）湖州莫干山高新区). A run of `label：value` lines, of `| cell | cell |` rows, of rows of three
    cells or more (`阳光电源股份有限公司 722.5亿元 增长79.5%`), of bullets whose clauses each
    hold a figure (`完成工业总产值约86亿元，同比增长9.2%`) or that open with a verb of what their
    section's subject achieved (`fact`: `● 实现一般公共预算收入42.7亿元`), or of a data card's
    labels over their figures (`营业收入` over `1,256亿元`) is a table of figures and stays."""
    blocks, run, pos = [], [], 0
    rows = [*text.split("\n"), "。" * (chars + 1)]
    points = _bulleted(text, bullet_points)
    for k, line in enumerate(rows):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if not s:
            continue
        if len(s) <= chars and s[-1] not in _LINE_END:
            run.append((start, start + len(line), "：" in s or ":" in s or s.count("|") >= 2 or is_table_row(s)
                        or _data_line(s) or _card_line(rows, k) or _spaced_field(s)
                        or (fact.match(s) is not None and _CLAUSE_FIGURE.search(s) is not None)
                        or (points and _BULLET.match(s) is not None)))
            continue
        if (len(run) >= lines
                and sum(labelled for _, _, labelled in run) * 2 < len(run)
                and not any(_section_head(text, a) for a, _, _ in run)
                and not _data_story(text, run)):
            blocks.append((run[0][0], run[-1][1]))  # (a section's heads, （一）…, make it a document's part)
        run = []
    return blocks


def _data_story(text: str, run: list[tuple[int, int, bool]]) -> bool:
    """Whether a run of short lines is a data story (a mobile H5 page, a poster: 长乐临空经济区，规划面积
    over 128平方公里), not a list of headlines: some of its lines are figures alone, which no
    headline is."""
    figures = sum(_figure_line(text[a:b]) for a, b, _ in run)
    return figures >= _STORY_FIGURES and figures >= _STORY_SHARE * len(run)


_STORY_FIGURES = 3
_STORY_SHARE = 0.1


# A field's label and its figure on a line of their own: 地区生产总值：1,236.5亿元, GDP：4,741.1亿元
_FIELD = re.compile(r"[ \t\u3000]*([\u4e00-\u9fffA-Za-z&（）()、]{2,12})[：:][ \t\u3000]*[约近超逾不]?[\d０-９]")


def _field_line(line: str) -> bool:
    """Whether `line` is a field's label and its figure (同比增长：6.8%), which heads no section;
    not a place's or a park's item (■ 成都：一季度签约…, 6、浏阳经开区：…)."""
    m = _FIELD.match(line)
    return m is not None and not (is_place(m.group(1)) or kind_of(m.group(1)))


# A photo's caption (▲哈南工业新城一角, 图为…现场, 【图说】…一景, …（张三 摄）, …（图／管理局提供）)
# heads no section.
_CAPTION = re.compile(r"^\s*(?:[▲△]|图为|图[：:]|\[图\]|【图说?】|【图片】|图说[：:])"
                      r"|(?:摄|供图|图片来源\S*|[（(]图[／/：:][^）)\n]{0,20})[）)]?\s*$")


def _headings(text: str, mentions: list[ParkMention]) -> list[tuple[int, str]]:
    """Section headings (short lines without a sentence end) with the park each names, or "":
    a report's section on one park runs until the next heading. A table's row (规划面积 主导产业
    入驻企业), a bullet of figures (实现营业收入153.8亿元，同比增长11.4%), a data card's label
    and figure and a photo's caption are no headings: the table or list under a park's heading is
    that park's."""
    starts = [p.start for p in mentions]
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []  # consecutive heading-like lines
    end = -1
    lines = text.split("\n")
    for k, line in enumerate(lines):
        start = end + 1
        end = start + len(line)
        if (line.strip() and line.rstrip()[-1] not in _LINE_END
                and (len(line) <= _HEADING_CHARS or len(_HEADING_NOTES.sub("", line)) <= _HEADING_CHARS)
                and not is_table_row(line) and not _data_line(line) and not _CAPTION.search(line)
                and not _field_line(line)):
            i = bisect_left(starts, start)
            named = i < len(mentions) and mentions[i].end <= end
            if named or not _card_line(lines, k):
                run.append((start, mentions[i].canonical if named else ""))
                continue
        if run:
            out += _section_heads(text, run)
            run = []
    return _nested(text, out + _section_heads(text, run))


# what a heading's length leaves out: a forward's tag before it ([转发]), a source's note after it
# (（统计局反馈）)
_HEADING_NOTES = re.compile(r"^[ \t]*\[[^\]\n]{1,6}\][ \t]*|[（(][^（）()\n]{1,10}[）)][ \t]*$")


# a data card's label on the line over its figure: a few words, no figure, no sentence end
_CARD_LABEL = re.compile(r"[ \t　]*[\u4e00-\u9fffA-Za-z“”\"（）()、]{2,16}[ \t　]*")


def _card_line(lines: list[str], k: int) -> bool:
    """Whether line `k` is a data card's figure (1,256亿元) or the label over one (营业收入), which
    heads nothing but its figure."""
    if _figure_line(lines[k]):
        return True
    return (k + 1 < len(lines) and _figure_line(lines[k + 1]) and _CARD_LABEL.fullmatch(lines[k]) is not None
            and not _HEADING_MARK.match(lines[k]))


def _section_head(text: str, at: int) -> bool:
    """Whether the line at `at` opens with a section's numbered head: 一、, （一） or 2.1."""
    m = _HEADING_MARK.match(text, at)
    if m is not None and m.lastindex == 7:  # ▶ 三、…: a slide's mark before the numbered head
        m = _HEADING_MARK.match(text, m.end())
    return m is not None and m.lastindex in (1, 2, 9)


# how a heading is marked: 一、 （一） 1. （1） 【】 ## ■ … 📍; unmarked lines are one more level
_HEADING_MARK = re.compile(r"[ \t　]*(?:([一二三四五六七八九十]+[、.．])|([（(][一二三四五六七八九十]+[）)])"
                           r"|(\d{1,2}[、.．](?!\d))|([（(]\d{1,2}[）)])|(【)|(#+)|([■□●○◆◇▲△★☆▶►·•▍▌┃–①-⑳])"
                           r"|([\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF])"  # and a poster's emoji: 📍 🏭 👉
                           r"|(\d{1,2}(?:\.\d{1,2})+[ \t　]+(?=[^\d\s])))")  # and a report's numbered section: 2.1 新能源…


_CIRCLED = re.compile("[①-⑳]")


def _nested(text: str, headings: list[tuple[int, str | None]]) -> list[tuple[int, str]]:
    """Headings that name no park inside a section that does (一、南宁经济技术开发区 over 【园区
    规模】, 【产业基础】) keep the section's park: a heading marked as its own level closes the
    sections of that level and below, and names the park of the section it opens in; one marked
    as the park's heading was (二、…) closes the park's section. A list of parks (None) heads
    nothing."""
    out: list[tuple[int, str]] = []
    open_: list[tuple[str, str]] = []  # (mark, park) of the sections open, outermost first
    for start, park in headings:
        m = _HEADING_MARK.match(text, start)
        # the kind of mark, and for Markdown its depth (## under #); "" for an unmarked line
        # a symbol is its own level (▶ over •), and circled numbers one (① and ②)
        mark = (m.group(6) if m.lastindex == 6 else _CIRCLED.sub("①", m.group(7)) if m.lastindex == 7
                else str(m.lastindex)) if m else ""
        k = next((k for k, (other, _) in enumerate(open_) if other == mark), len(open_))
        del open_[k:]
        if park is None:
            park = ""
        elif not park and open_:
            park = open_[-1][1]
        open_.append((mark, park))
        out.append((start, park))
    return out


def _section_heads(text: str, run: list[tuple[int, str]]) -> list[tuple[int, str | None]]:
    """The headings among consecutive heading-like lines: a list of parks, one a line (a ranking's
    1．苏州工业园区 … 10．青岛经济技术开发区), heads no section; its lines stay headings without
    a park, so a section before it ends there."""
    if sum(bool(park) for _, park in run) >= _LIST_PARKS:
        # (a numbered section's head among them stays one: 三、东莞松山湖高新技术产业开发区 after ◆ lines)
        return [(start, park if _section_head(text, start) else None) for start, park in run]
    return run


_LIST_PARKS = 3


_HEADING_CHARS = 30


_YEAR_END = re.compile("年")


def _year_marks(text: str, lex: _Lexicon) -> list[tuple[int, int | str]]:
    """(offset, year) of the marks that date what follows: a year 2021年 (1940-2099) or a relative
    year 今年, 去年 …, left to right and not overlapping. Not 12019年 (a number), 2019年以来 (a
    period), 比上年 or 去年同期 (a comparison base)."""
    out: list[tuple[int, int | str]] = []
    last = 0  # end of the previous mark
    for m in _YEAR_END.finditer(text):
        end = m.end()
        start = end - 5
        d = text[start:end - 1] if start >= last else ""  # (?:19[4-9]|20\d)\d
        if len(d) == 4 and d[3].isdecimal() and (
                (d[:2] == "19" and d[2] in "456789") or (d[:2] == "20" and d[2].isdecimal())):
            last = end
            if (not start or not text[start - 1].isdigit()) and not text.startswith(lex.period_after, end):
                out.append((start, int(d)))
            continue
        for n in lex.relative_by_length:
            word = text[end - n:end]
            if end - n >= last and word in lex.relative_years:
                last = end
                before = text[end - n - 1] if end > n else ""
                if (not before or before not in "比较同") and not text.startswith(lex.year_not_after, end):
                    out.append((end - n, word))
                break
    return out


def _reference_year(text: str, title: str, published: str, years: list[tuple[int, int | str]], lex: _Lexicon) -> int | None:
    """The year 今年 means: the article's dateline (2018年3月5日讯), or the year its title
    reports on (2023年主要经济指标); else the published year,
    unless the article states only earlier years (a page republished later); else the latest
    year the article states outside plans and targets."""
    dateline = re.search(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日[^\n，。,]{0,4}?(?:讯|电)", text[:400])
    if dateline:
        return int(dateline.group(1))
    headline = re.search(r"(?<!\d)((?:19|20)\d\d)年(?!\d)", title)
    if headline:  # 长葛市产业集聚区：2023年主要经济指标稳中有进
        return int(headline.group(1))
    stated = [y for p, y in years if isinstance(y, int)
              and not any(w in text[max(0, p - 4):p] for w in lex.future)]
    pub = re.match(r"((?:19|20)\d\d)-", published or "")
    if pub:
        year = int(pub.group(1))
        return max(stated) if stated and max(stated) < year else year
    return max(stated) if stated else None


# ---------------------------------------------------------------- figures


@dataclass(slots=True)
class _Figure:
    start: int  # of raw (qualifier included)
    end: int
    num_start: int  # of the number itself
    num_end: int  # after unit (and rate)
    value: float
    unit: str
    dimension: str
    qualifier: str
    negative: bool
    indicator: str = ""
    year: int | None = None  # a table's column of one year (| 指标 | 2022年 | 2023年 |)
    park: str | None = None  # the park a table's spanning cell names, when not in the figure's row


def extract_facts(text: str, *, title: str = "", published: str = "",
                  parks: DocumentParks | None = None) -> list[Fact]:
    """The metric facts of a cleaned article, in text order, one per (value, unit, indicator,
    year); a figure restated in another unit or a milestone passed before its exact level is one.
    Then the title's figures the text does not state (a title's rounded `超六千家` over the
    text's `6,175家`), with `in_title` set and offsets into the title.

    `parks` is `find_parks(text, title)` when the caller has it already.
    """
    if not text:
        return []
    lex = _lexicon()
    if parks is None:
        parks = find_parks(text, title)
    doc = _Document(text, title, published, parks, lex)
    facts = _facts(doc)
    if title and lex.numeral_run.search(title):
        # a title's spaces part its clauses (横琴合作区经济运行稳中有进 澳资企业超六千家)
        clauses = _TITLE_SPACE.sub(lambda m: "，" * len(m.group()), title)
        heading = _Document(clauses, "", "", DocumentParks(parks.title_mentions, parks.aliases, parks.main,
                                                           parks.parent), lex)
        heading.reference_year = doc.reference_year
        heading.twd, heading.hkd = doc.twd, doc.hkd  # the article's currency: 中科去年营业额逾9千亿元 is TWD
        stated = {(f.unit, round(abs(f.value), 6)) for f in facts}
        facts += [replace(f, raw=title[f.start:f.end], sentence=title, in_title=True) for f in _facts(heading)
                  if (f.unit, round(abs(f.value), 6)) not in stated]
    return facts


_TITLE_SPACE = re.compile(r"(?<=[^\x00-\x7f])[ \u3000\t]+(?=[^\x00-\x7f])")


def _facts(doc: _Document) -> list[Fact]:
    """The facts of one document's text (`extract_facts`)."""
    text, lex = doc.text, doc.lex
    figures, ends, passed = [], [], set()
    cells, rows, labels, stated, prose_cells = (_tables(doc) if _COLUMN_UNIT.search(text) or "单位" in text
                                                 else ([], [], {}, {}, []))
    for m in _figure_matches(text, lex):
        cell = stated.get(m.start())
        inside = (rows and doc.inside(rows, m.start(), m.start()) and (cell is None or cell[0] != m.end())
                  and not (prose_cells and doc.inside(prose_cells, m.start(), m.end())))
        f = None if inside else _figure(doc, m)
        if f is not None and cell and cell[1]:
            f.indicator = cell[1]
        if f is None or (labels and _restates(doc, f, labels)):
            if f is not None or not _in_phrase(text, m.end(), lex):
                ends.append(m.end())
        elif figures and (_high_end(text, figures[-1], f) or _conversion(text, figures[-1], f, lex)):
            ends.append(f.end)  # 95亿元至100亿元, 33345.6平方米（折合50.02亩）: one figure, the first
        else:
            if figures and _milestone(text, figures[-1], f, lex):
                passed.add(figures[-1].num_start)  # 突破3000亿元、达到3216亿元: the level, not the milestone
            elif figures and _milestone_after(doc, figures, f):
                passed.add(f.num_start)  # 1056.3亿元，增长9.7%，首次突破千亿元大关: the level, stated
            ends.append(f.end)
            figures.append(f)
    for f in figures:  # 分别高于全市1.8个和0.9个百分点: the first's unit is the second's
        if f.unit == "个" and text.endswith("个", 0, f.end) and _POINTS_AFTER.match(text, f.end):
            f.unit, f.dimension = "pp", "percent"
    english = _english(doc)
    if english:  # a bilingual page states its Chinese figures again in English: one fact each
        stated = {_amount(f) for f in figures + cells}
        english = [f for f in english if _amount(f) not in stated]
    halves = _halves(doc) + cells + english
    if halves:
        figures = sorted(figures + halves, key=lambda f: f.num_start)
        ends = sorted(ends + [f.end for f in halves])
    if prose_cells:  # a cell's figure is named within its cell (1 年产5万吨…: not the 序号 before it)
        ends = sorted(ends + [a for a, _ in prose_cells])
    _name_indicators(doc, figures, ends)
    passed |= _restated_headings(doc, figures)
    facts, seen, moved = [], {}, False
    for f in figures:
        if f.num_start in passed:
            continue
        value = -f.value if f.negative else f.value
        year = f.year if f.year is not None else _year(doc, f.num_start, f.num_end)
        key = (round(value, 6), f.unit, f.indicator, year)  # 6.0% in 2023 and a 6%左右 target for 2024
        first = seen.get(key)
        park = f.park if f.park is not None else (_among_before(doc, f, facts) or _park(doc, f.num_start, f.num_end))
        if first is not None and facts[first].park and park and park != facts[first].park:
            first = None  # 平顶山高新区2个项目…；漯河经开区2个项目…: the same figure of another park
        elif first is not None and (facts[first].park or not park):
            continue
        unit, indicator = _money_rate(f)
        fact = Fact(park=park, indicator=indicator, value=value, unit=unit, dimension=f.dimension,
                    qualifier=f.qualifier, year=year, raw=text[f.start:f.end],
                    sentence=doc.sentence(f.num_start, f.num_end), start=f.start, end=f.end)
        if first is None:
            seen[key] = len(facts)
            facts.append(fact)
        else:  # restated where its park is named (重要内容提示：…总投资约32亿元 / 建设地点：…)
            facts[first] = fact
            moved = True
    if moved:
        facts.sort(key=lambda fact: fact.start)
    return facts


def _among_before(doc: _Document, f: _Figure, facts: list[Fact]) -> str | None:
    """The park of the sentence before, for a figure in a sentence that opens with 其中 and names
    no park before it (…签约项目26个，均落户崇左片区。其中港资项目11个…: a part of what that
    sentence counted); else None."""
    if not facts:
        return None
    s_lo = doc.opening(doc.sent, f.num_start)
    if not doc.text.startswith(_AMONG, s_lo) or doc.mentions_in(s_lo, f.num_start, groups=True):
        return None
    before = next((fact for fact in reversed(facts) if fact.start < s_lo), None)
    if before is None or not before.park or before.start < doc.opening(doc.sent, max(s_lo - 1, 0)):
        return None
    return before.park


_AMONG = ("其中", "这其中", "当中")


def _money_rate(f: _Figure) -> tuple[str, str]:
    """A price per unit (楼面地价824元/平方米, 电价0.35元/千瓦时, 投资强度350万元/亩) is money in its
    currency, as the annotation guide has it; what it is per goes into the indicator
    (楼面地价（每平方米）), so that it stays apart from amounts. Other figures: unit and indicator."""
    if f.dimension != "money" or "/" not in f.unit:
        return f.unit, f.indicator
    unit, per = f.unit.split("/", 1)
    return unit, f"{f.indicator}（每{per}）"


def _restated_headings(doc: _Document, figures: list[_Figure]) -> set[int]:
    """The figures of heading lines that the heading's own section states again (■ 成都：一季度
    签约重大项目42个 over 一季度成都高新区新签约重大项目42个): the section's sentence is the fact,
    as a title's figure the text states is (`extract_facts`). Their `num_start`s."""
    out = set()
    if not doc.headings:
        return out
    text = doc.text
    for i, f in enumerate(figures):
        h = bisect_right(doc.heading_starts, f.num_start) - 1
        if h < 0:
            continue
        head_end = text.find("\n", doc.heading_starts[h])
        if head_end == -1 or f.num_start > head_end:
            continue
        section_end = doc.heading_starts[h + 1] if h + 1 < len(doc.headings) else len(text)
        j = i + 1
        while j < len(figures) and figures[j].num_start < section_end:  # figures are in text order
            g = figures[j]
            if g.num_start > head_end and g.unit == f.unit and round(g.value, 6) == round(f.value, 6):
                out.add(f.num_start)
                break
            j += 1
    return out


def _conversion(text: str, first: _Figure, f: _Figure, lex: _Lexicon) -> bool:
    """Whether `f` restates `first` in another unit, in brackets or after 折合/约合 (33345.6平方米
    （折合50.02亩）, 46672.5㎡（约70.01亩）): one quantity, one fact."""
    return (f.unit == first.unit and lex.conversion.fullmatch(text, first.end, f.start) is not None
            and abs(f.value - first.value) <= lex.agree * max(abs(f.value), abs(first.value)))


def _milestone(text: str, first: _Figure, f: _Figure, lex: _Lexicon) -> bool:
    """Whether `first` is a milestone passed (突破, 超过) that the exact level `f` follows straight
    after (突破3000亿元、达到3216亿元; 突破1000亿元大关，达1021.3亿元): the level is the fact."""
    return (first.qualifier == ">" and first.start < first.num_start and f.unit == first.unit
            and not f.qualifier and f.value >= first.value and text.startswith(lex.milestone_words, first.start)
            and lex.milestone_gap.fullmatch(text, first.end, f.start) is not None)


def _milestone_after(doc: _Document, figures: list[_Figure], f: _Figure) -> bool:
    """Whether `f` is a milestone named as one (突破千亿元大关) that an exact level earlier in its
    sentence has passed (规上工业总产值1056.3亿元，增长9.7%，首次突破千亿元大关)."""
    text, lex = doc.text, doc.lex
    if not (f.qualifier == ">" and f.start < f.num_start and text.startswith(lex.milestone_words, f.start)
            and text.startswith(lex.milestone_nouns, f.end)):
        return False
    opening = doc.opening(doc.sent, f.num_start)
    for g in reversed(figures):
        if g.num_start < opening or text.find("；", g.end, f.start) >= 0 or text.find(";", g.end, f.start) >= 0:
            return False  # … within one sentence, no semicolon between
        if g.unit == f.unit and not g.qualifier and not g.negative and g.value >= f.value:
            return True
    return False


def _amount(f: _Figure) -> tuple[str, float]:
    """What a figure states, whatever language it is written in: 56,000 TEUs and 5.6万标箱, RMB
    6.84 billion and 68.4亿元 (equal but for the last bits of a float) state the same."""
    return _lexicon().same_units.get(f.unit, f.unit), float(f"{f.value:.9g}")


_ENGLISH_GATE = re.compile(r"\d [A-Za-z]")  # 2.1 billion, 123 square kilometers, RMB 1.5 billion


def _english(doc: _Document) -> list[_Figure]:
    """The figures written in English (`2.1 billion U.S. dollars`, `RMB 1.5 billion`, `down 4.5
    percent`, `more than 2,500 high-tech enterprises`), in the units their Chinese equivalents
    have, each named by the English phrase before it in its clause ([english] in
    metrics_grammar.toml); a rise's percentage is the growth of the figure before it. Only texts
    where a digit stands before a space and a letter, and one of the English words soon after,
    are read (two cheap scans)."""
    text, lex = doc.text, doc.lex
    # a digit, a space and a letter, then one of the English words within a few words
    if not any(lex.english_word.search(text, m.start(), m.start() + 60) for m in _ENGLISH_GATE.finditer(text)):
        return []
    out = []
    for m in lex.english.finditer(text):
        unit_word, noun = m.group("unit"), m.group("noun")
        if not (unit_word or noun or m.group("cur")):
            continue
        start = m.start("num")
        if text.endswith(lex.english_labels, 0, m.end("num")):
            continue  # Fortune Global 500: a label
        if text.startswith(" each", m.end()) and m.group("q"):
            continue  # 9 projects worth over RMB 1 billion each: a class's threshold
        if noun:
            written, indicator = lex.english_counts[noun]
        else:
            written = lex.english_units[unit_word] if unit_word else lex.english_currencies[m.group("cur")]
            indicator = ""
        unit = next((u for u in lex.units.get(written, ()) if not u.context), None)
        if unit is None:
            continue
        value = float(m.group("num").replace(",", "")) * lex.english_scales.get(m.group("scale") or "", 1.0) * unit.factor
        canonical = unit.unit
        if unit.dimension == "money" and written == "元" and m.group("cur") in (None, "RMB", "CNY"):
            canonical = "CNY"
        before = text[max(0, m.start() - 24):m.start()]
        negative = bool(lex.english_decrease.search(before))
        clause_lo = doc.opening(doc.clause, m.start())
        if unit.dimension == "percent" and (negative or lex.english_growth.search(before)):
            indicator = lex.growth_suffix  # up 36 percent: the growth of the figure before
        elif not indicator:
            named = list(lex.english_indicator.finditer(text, clause_lo, m.start()))
            indicator = lex.english_indicators[named[-1].group()] if named else ""
        end = m.end() if not (noun and m.group("between")) else m.end("scale") if m.group("scale") else m.end("num")
        out.append(_Figure(m.start(), end, start, end, value, canonical, unit.dimension,
                           lex.english_qualifiers.get(m.group("q") or "", ""), negative, indicator))
    return out


def _halves(doc: _Document) -> list[_Figure]:
    """一半, 半数, 过半 where they state a share (50 %): in a clause with 占, 比重 or 贡献 and before
    its end (占全市的近一半, 前湾新区贡献接近一半), or before 的 (贡献了全市过半的实际使用外资). Rare
    words, found by their 半."""
    text, lex = doc.text, doc.lex
    out = []
    i = text.find("半")
    while i >= 0:
        start, end = i, i + 1
        if text.startswith(lex.half_words, i):
            end = i + len(next(w for w in lex.half_words if text.startswith(w, i)))
        elif text.startswith(lex.half_words, i - 1) and i:
            start = i - 1
        elif not text.endswith(lex.half_after, 0, i):
            start = -1
        i = text.find("半", end)
        if start < 0 or doc.inside(doc.quoted, start, end) or doc.inside(doc.blocks, start, end):
            continue
        before, q_start = N.qualifier_before(text, start)
        after, q_end = N.qualifier_after(text, end)
        clause_lo = doc.opening(doc.clause, start)
        if text.startswith("的", q_end) or (lex.half_share.search(text, clause_lo, q_start) and (
                q_end == len(text) or text[q_end] in _CLAUSE_END)):
            qualifier = before or after or _share_qualifier(text, clause_lo, q_start)
            out.append(_Figure(q_start, q_end, start, end, 50.0, "%", "percent", qualifier, False))
    return out


# A column's unit in brackets at the end of a header cell: 营业收入（亿元） 增速（%）. A text
# without one has no table, and costs one scan.
_COLUMN_UNIT = re.compile(r"[（(][^（）()\s，,。；;]{1,12}[）)](?=[ \t\u3000|｜]|$)", re.M)
_CELL = re.compile(r"[^ \t\u3000\n|｜]+")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]{2}")  # cells parted by spaces, tabs or a Markdown table's bars
def _bar_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of a line of a table drawn with bars (| 1 | 研发中心 | 8,615.27 |), an empty one
    as an empty span where it stands; [] for a line without bars at both ends."""
    line = text[lo:hi].rstrip()
    bars = [lo + k for k, ch in enumerate(line) if ch in "|｜"]
    if len(bars) < 2 or line.lstrip()[:1] not in "|｜" or line[-1:] not in "|｜":
        return []
    out = []
    for a, b in zip(bars, bars[1:]):
        cell = text[a + 1:b]
        start = a + 1 + (len(cell) - len(cell.lstrip()))
        out.append((start, max(start, b - (len(cell) - len(cell.rstrip())))))
    return out


_CELL_NUMBER = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
# A cell that qualifies its number (约350, 超1,000, 近50%) with a word of the grammar's qualifiers:
# a figure of the column, about or a bound
_LAST_NUMBER = re.compile(_CELL_NUMBER.pattern + "$")
# A cell that states no figure (—, -, /, …): a row of them and labels goes on the table
_BLANK_CELL = re.compile(r"[—–\-－/／…·]+|--")
_HEADER_CELL = re.compile(r"(.+?)[（(]([^（）()]+)[）)]")
_PERCENT_CELL = re.compile(r"(.+?)([%％])")  # a rate's column with its sign after the name
_ROW_NUMBER = re.compile(r"^\d{1,2}[.．、](?=\D)")
_PERIOD_CELL = re.compile(r"[（(](?:本月|当月|本期|累计|1-本月累计|本年累计|全年|上年同期|本季|当季)[）)]$")
_PERIOD_BRACKET = re.compile(r"[（(][^（）()]*\d{4}年[^（）()]*[）)]")
_OUTLINE_NUMBER = re.compile(r"\d+(?:\.\d+){2,}\.?")
_PROSE_FIGURE = re.compile(r"[\u4e00-\u9fff][^ ]*?\d[\d.,]*[万亿]?[\u4e00-\u9fff㎡%]")  # 新建厂房12万平方米
# ... or a cell of sentences, whose figures may be written in words (管网完成敷设约七成，…)
_PROSE_CELL_CHARS = 12
_TOTAL_ROW = re.compile(r"(?:全市|全省|全区|各园区?)?(?:合计|总计|小计|总量|汇总)")
_CLAUSE_MARK = re.compile("[，。；]")
_OWN_UNIT_CELL = re.compile(r"(?:约|近|超|逾)?[-−]?\d")  # a figure of its own after a row's label: 7.52万亿元


@dataclass(frozen=True, slots=True)
class _Column:
    indicator: str  # the header without its bracket, named as the lexicon names it
    factor: float  # multiplier times unit factor: 亿元 is 1e8
    unit: str
    dimension: str


def _tables(doc: _Document) -> tuple[list[_Figure], list[tuple[int, int]], dict[tuple[str, float], list[str]],
                                      dict[int, tuple[int, str]], list[tuple[int, int]]]:
    """The figures of the text's tables: every bare number (1286.4, -3.2) under a header cell that
    states its column's unit, in that unit, named by the header, negative with a minus. Also the
    spans of the rows, which hold no other figures (a row `3 台州湾新区 …` is no count of 3 台),
    and the labels of the rows by each figure's unit and signed value: a sentence that names a
    row and restates its figure (广清经济特别合作区以1286.4亿元居首) states no new fact. And the
    cells that state a figure with its own unit (| 地区生产总值 | 7.52万亿元 | 5.8 |), by start: their
    end and the indicator their row and column give them, if the prose's reading would not, which
    are read as figures of prose are; and the spans of the cells of words that state figures (新建
    生产厂房12万平方米，购置聚合生产线4条), in text order, read as prose too.

    The unit may also be the row's: in a column of units (| 指标 | 单位 | 数值 |), or in the
    label's bracket under a header of years (| 指标 | 2022年 | 2023年 | 增长 | over | 营业收入（亿元）
    | 412.3 | 468.5 | 13.6% |). A column headed by a year holds that year's figures."""
    text, lex = doc.text, doc.lex
    cells: list[_Figure] = []
    rows: list[tuple[int, int]] = []
    labels: dict[tuple[str, float], list[str]] = {}
    stated: dict[int, tuple[int, str]] = {}
    prose: list[tuple[int, int]] = []
    read = 0  # the end of the last table read
    for lo, unit, caption in _header_lines(text, lex):
        if lo < read:
            continue
        hi = line_end(text, lo)
        # (a period in brackets is no unit: 报告期(2024年7月1日-2024年9月30日))
        headers = [_PERIOD_BRACKET.sub("", c.group()) or c.group() for c in _CELL.finditer(text, lo, hi)]
        if len(headers) > 2 and len(headers[0]) == len(headers[1]) == 1 and _HAN_CHAR.match(headers[0] + headers[1]):
            headers[:2] = [headers[0] + headers[1]]  # the rows' label spread over its column: 项    目
        # units in the rows' labels: the header is the line above (| 指标 | 2022年 | 2023年 |)
        labelled = _labelled_rows(text, lo, headers)
        if labelled:
            lo, hi, headers = labelled
        read = hi
        # a chart's caption over its bars' values, one a line (图表：2019—2023年开封片区营业收入（亿元）
        # over 2019年 218.7): a column of labels and one of figures, named by the caption
        words = _CHART_LEAD.sub("", text[lo:hi].strip())
        chart = len(headers) <= 2 and _CELL.fullmatch(words) is not None and _chart_row(text, hi + 1)
        if chart:
            mentioned = doc.mentions_in(lo, hi)
            named = [m.canonical for m in mentioned if m.canonical]
            for m in mentioned:  # the park is the figures' park, no word of their indicator
                words = words.replace(m.name, "")
            headers = ["", _YEARS_SPAN.sub("", words)]
        # a header without its own unit takes the table's (单位：亿元 above it), and its figures
        # are named by their row's label (| 地区生产总值 | 1836.42 |)
        # a column of units (指标 | 单位 | 数值): each row's unit is its figures' column unit
        units_at = next((k for k, h in enumerate(headers) if h in lex.unit_columns), None)
        # (and with one, the unit line yields to it: 单位：亿元、万元 over 入驻企业 | 家 | 326)
        # (a header with its own % after its name, 完成预算%, keeps it)
        # (and one whose bracket holds a period, no unit: 营业收入（本月）, 实际使用外资（累计）)
        by_label = [bool(unit) and units_at is None and h not in _PERIOD_HEADERS and (_HEADER_CELL.fullmatch(h) is None or (
                    _PERIOD_CELL.search(h) is not None and _column(h, lex) is None))
                    and _PERCENT_CELL.fullmatch(h) is None for h in headers]
        # unless the header is an indicator itself (公司名称 注册地 营业收入 净利润): the rows are
        # parks or companies then, and the header names the figures
        by_label_named = [own and lex.synonyms.search(h) is not None for h, own in zip(headers, by_label)]
        columns = [_local_money(doc, _column(f"{h}（{_listed_unit(h, unit, lex)}）" if own else h, lex), h)
                   for h, own in zip(headers, by_label)]
        if len(columns) < 2 or not (labelled or units_at is not None or any(columns)):
            continue
        years = [int(y.group(1)) if (y := _YEAR_HEADER.fullmatch(h)) else None for h in headers]
        # a park heading a column (指标 单位 鄂尔多斯高新区 包头稀土高新区; | 指标 | 株洲高新区 | 醴陵经开区 |
        # over rows whose labels hold their units) is its figures' park
        heads = [c.span() for c in _CELL.finditer(text, lo, hi)] if units_at is not None or labelled else []
        parked = [next((m.canonical for m in doc.mentions_in(*span) if m.canonical), None) for span in heads]
        if not heads and doc.mentions_in(lo, hi):
            # a park named in a figure column's header (月份 昆明综保区进出口值（亿元） 同比（%）), and
            # the growth column after it, for rows whose label names no park
            parked = []
            for k, (a, b) in enumerate(c.span() for c in _CELL.finditer(text, lo, hi)):
                own = next((m.canonical for m in doc.mentions_in(a, b) if m.canonical and not is_generic(m.name)), None)
                head = _HEADER_CELL.fullmatch(headers[k]) if k < len(headers) else None
                if own is None and k and head and (head.group(1) in ("同比", "环比") or lex.growth.fullmatch(head.group(1))):
                    own = parked[k - 1]
                parked.append(own if columns[k] is not None else None)
            header_parks = True
        else:
            header_parks = False
        pos = hi + 1
        lead = 0  # the label cells a full row starts with (园区 指标 | 412.6 | 18.4: 2)
        above: list[tuple[int, int]] = []  # the last full row's cells
        section_park: str | None = None  # the park (or "" for a place) a caption inside the table names
        row_parks: set[str] = set()  # the parks the rows read so far name
        while pos < len(text):
            end = line_end(text, pos)
            spans = [c.span() for c in _CELL.finditer(text, pos, end)]
            if len(spans) < len(columns) and len(barred := _bar_cells(text, pos, end)) == len(columns):
                spans = barred  # | | 合计 | 67,627.67 | 61,615.27 | |: a bar table's empty cells are cells
            if len(spans) == len(columns) - 1 >= 2 and not _CELL_NUMBER.fullmatch(text, *spans[0]):
                # where its figures start: a number or a blank cell (— 1,860), not its unit's cell
                unit_cell = units_at - 1 if units_at is not None else None
                short = next((k for k, span in enumerate(spans) if _CELL_NUMBER.fullmatch(text, *span)
                              or k != unit_cell and _BLANK_CELL.fullmatch(text, *span)), len(spans))
                if above and short == lead - 1:
                    spans = above[:1] + spans  # the first cell spans two rows (rowspan): the one above
                # else the last cell is blank (德阳经开区 1465.1 5.8 318): read from the left
            elif len(spans) < len(columns) and (wrapped := _wrapped_row(text, pos, len(columns))):
                spans, end = wrapped  # a row that PDF extraction broke across lines
                above, lead = [], 0
            elif len(spans) != len(columns):
                if not _section_caption(doc, pos, end, len(columns)):
                    break
                # 附：安顺市主要经济指标 over rows of the same columns: the city's; 二、开放型经济: the
                # table's own again
                section_park = _caption_park(doc, pos, end)
                pos = end + 1
                continue
            else:
                above = spans
                lead = next((k for k, span in enumerate(spans) if _CELL_NUMBER.fullmatch(text, *span)
                             or k != units_at and _BLANK_CELL.fullmatch(text, *span)), len(spans))
            row, names, blanks = [], [], 0
            # a park named in a cell of the row above that spans this one too is this row's park
            park = None
            if spans[0][1] <= pos:
                named = [m for m in doc.mentions_in(*spans[0]) if m.canonical]
                park = named[0].canonical if named else None
            elif len(others := row_parks - {doc.parks.main}) >= 2 and _TOTAL_ROW.match(text, *spans[0]) and (
                    any(map(is_zone, others)) or not is_zone(doc.parks.main)):
                # 合计 under rows of several parks: their sum, no one park's (but under the parks of
                # the zone an article is about, the zone's total, as the paragraph's park says)
                park = ""
            row_parks.update(m.canonical for m in doc.mentions_in(pos, end)[:1] if m.canonical)
            row_unit = text[slice(*spans[units_at])] if units_at is not None else ""
            if chart:  # a bar's label: its year, and the caption's park
                park = park or (named[0] if named else None)
                year = _YEAR_HEADER.fullmatch(text, *spans[0])
                years = [None, int(year.group(1)) if year else None]
            label = _HEADER_CELL.fullmatch(text, *spans[0]) if labelled else None
            if label:  # | 营业收入（亿元） | 412.3 |: the label's unit, the label without it
                row_unit = label.group(2)
            row_columns = columns
            if not labelled and any(by_label) and (own_unit := _HEADER_CELL.fullmatch(text, *spans[0])) and (
                    _column(own_unit.group(), lex) is not None):
                # under 单位：亿元, a row that states its own (进出口总额（万美元） 1360 4025 21.4): the row's
                label = own_unit
                row_columns = [_local_money(doc, _column(f"{h}（{own_unit.group(2)}）", lex), h) if own else col
                               for h, col, own in zip(headers, columns, by_label)]
            for k, ((a, b), col, own) in enumerate(zip(spans, row_columns, by_label)):
                cell = "".join(text[a:b].split())  # a wrapped cell's parts, joined
                if k == units_at:
                    continue
                last = _LAST_NUMBER.search(cell) if k else None
                qualifier = N.qualifier_before(cell, last.start()) if last and last.start() else ("", 0)
                if qualifier[0] and qualifier[1] == 0:
                    number = last.group()
                elif _CELL_NUMBER.fullmatch(cell):
                    number = cell
                elif k and _BLANK_CELL.fullmatch(cell):
                    blanks += 1
                    continue
                elif _OUTLINE_NUMBER.fullmatch(cell):
                    continue  # a row's number in an outline (1.1.1 建筑工程费): no name
                else:
                    # (a row's number before its label is none of its name: 3.本期净利润)
                    names.append(label.group(1) if label and k == 0 else _ROW_NUMBER.sub("", cell) if k == 0 else cell)
                    if k and (_PROSE_FIGURE.search(cell) or len(cell) >= _PROSE_CELL_CHARS and _CLAUSE_MARK.search(cell)):
                        # a cell of words that states figures (新建生产厂房12万平方米，购置聚合生产线4条; a
                        # project's name: 年产5万吨尼龙66切片项目): read as prose is
                        prose.append((a, b))
                    elif k and _OWN_UNIT_CELL.match(cell):
                        # under a growth column, an increment (| 规上工业企业（家） | 47 | 53 | 6家 |)
                        grows = lex.growth.search(headers[k]) is not None and not cell.endswith(("%", "％"))
                        stated[a] = (b, _name(names[0], "", "count", lex) + "增加" if grows and k > 1 else "")
                    continue
                if col is None and number[-1] == "%":  # | 中关村海淀园 | 32,655.4 | 8.2% |: the cell states its unit
                    col, own = _column(f"{headers[k]}（%）", lex), False
                elif col is not None and number[-1] == "%" and col.dimension != "percent":
                    # | 资产负债率 | 59.43% | under 单位：万元: a ratio's row among amounts, named by its label
                    col = _column(f"{headers[k]}（%）", lex)
                elif col is None and row_unit and not (label and lex.growth.search(headers[k])):
                    # | 一般公共预算收入 | 亿元 | 251.3 |: the row's unit (not a growth column's)
                    col, own = _local_money(doc, _column(f"{headers[k]}（{row_unit}）", lex), headers[k]), True
                if col is not None and (number[-1] != "%" or col.dimension == "percent"):
                    value = float(number.lstrip("-−").rstrip("%").replace(",", "")) * col.factor
                    indicator = col.indicator
                    if names and not by_label_named[k] and (
                            own or (any(by_label) or label) and lex.growth.fullmatch(indicator)):
                        # the row's label names it: 地区生产总值, and 规上工业增加值 | — | 9.6 its growth;
                        # after a park's cell, the label beside it (| 中山翠亨新区 | 规上工业总产值 |)
                        named = names[1] if len(names) > 1 and kind_of(names[0]) else names[0]
                        if caption and len(names) == 1 and (kind_of(named) or doc.mentions_in(*spans[0])):
                            # rows of parks under a caption that says what they measure (表1 上海六大园区
                            # 营业收入（单位：亿元）): the caption's, and a column's other than a year's
                            named = caption + ("" if years[k] else headers[k])
                        indicator = _name(named + ("" if own else indicator), "", col.dimension, lex)
                        if own and col.indicator == lex.growth_suffix and row and row[-1].dimension != "percent" and (
                                not lex.synonyms.search(named)):
                            # 地区 营业收入 同比增长 under 单位：亿元、%, a row of a park or a place: the
                            # growth of the figure before it
                            indicator = row[-1].indicator + lex.growth_suffix
                    elif names and not lex.synonyms.search(headers[k]):
                        # a header that names no indicator (完成值2024年(亿元), 2025年增速(%)) over rows
                        # whose label does (银川经开区 规上工业总产值): the label's, or its growth
                        measured = names[1] if len(names) > 1 and kind_of(names[0]) else names[0]
                        if lex.synonyms.search(measured):
                            growth = lex.growth.search(headers[k]) is not None and col.dimension == "percent"
                            indicator = _name(measured, "", col.dimension, lex) + (lex.growth_suffix if growth else "")
                    row.append(_Figure(a, b, b - len(number), b, value, col.unit, col.dimension, qualifier[0],
                                       number[0] in "-−" or col.dimension == "percent" and _decrease_cell(
                                           names[0] if names else "", headers[k], lex),
                                       indicator, years[k],
                                       park=park if park == "" else park or (parked[k] if k < len(parked) and not (
                                           header_parks and doc.mentions_in(*spans[0])) else None) or section_park))
            if not row and not blanks:
                break
            rows.append((pos, end))
            cells += row
            for f in row:
                labels.setdefault((f.unit, round(-f.value if f.negative else f.value, 6)), []).extend(names)
            read = pos = end + 1
    cells += _unit_fields(doc) + _chart_lines(doc)
    return cells, rows, labels, stated, prose


# a column of years or months under a unit line is the rows' labels (年度 | 营业收入 over 2026 | 5120.00)
_PERIOD_HEADERS = frozenset(("年度", "年份", "年", "月份", "月", "季度", "时间", "日期", "期间"))


def _decrease_cell(label: str, header: str, lex: _Lexicon) -> bool:
    """Whether a table's percentage is a decrease by its row's label or its column's header
    (| 单位工业增加值能耗下降 | % | 14 |, | 降幅（%） |): negative, as 下降14% is in prose."""
    head = _HEADER_CELL.fullmatch(header)
    return any(lex.decrease.search(words) for words in (label, head.group(1) if head else header.rstrip("%％"))
               if words)


# A list of fields under a line that states their unit (规上工业主要指标（单位：亿元）： over
# - 营业收入：428.60): each bare number is a figure in that unit, named by its label.
_UNIT_LEAD = re.compile(r"单位[：:][ \t]*([^）)\s：:，,。；;]{1,6})[）)]?[：:]?[ \t]*$")
_FIELD_LINE = re.compile(r"[ \t\u3000]*(?:[-•·*+][ \t]*)?([\u4e00-\u9fff（）()]{2,16})[：:][ \t]*"
                         r"([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ \t]*")


def _unit_fields(doc: _Document) -> list[_Figure]:
    """The figures of field lines under a line that ends by stating their unit (`_UNIT_LEAD`)."""
    text, lex = doc.text, doc.lex
    out: list[_Figure] = []
    at = text.find("单位")
    while at >= 0:
        lead = _UNIT_LEAD.match(text, at, line_end(text, at))
        pos = line_end(text, at) + 1
        while lead and pos < len(text):
            end = line_end(text, pos)
            field = _FIELD_LINE.fullmatch(text, pos, end)
            col = _column(f"{field.group(1)}（{lead.group(1)}）", lex) if field else None
            if col is None:
                break
            number = field.group(2)
            value = float(number.lstrip("-−").replace(",", "")) * col.factor
            out.append(_Figure(field.start(2), field.end(2), field.start(2), field.end(2), value, col.unit,
                               col.dimension, "", number[0] in "-−", col.indicator))
            pos = end + 1
        at = text.find("单位", at + 2)
    return out


# A chart's caption stating its unit (经开区规上工业总产值（单位：亿元）), and one of its bars:
# a year's label on a line and its bare value on the next (2021年 / 10.2), as slides and
# infographics are exported
_CHART_CAPTION = re.compile(r"[ \t]*(?:[^\n（(]{2,30}?)[（(]单位[：:][ \t]*([^）)\s，,]{1,6})[）)][ \t]*$")
_CHART_BAR = re.compile(r"[ \t]*((?:19|20)\d\d)年(?:度)?[ \t]*\n[ \t]*"
                        r"([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ \t]*(?=\n|$)")
_CHART_BARS = 2  # the fewest bars read as a chart


def _chart_lines(doc: _Document) -> list[_Figure]:
    """The values of charts exported a label and a value a line under a caption that states their
    unit: each value in that unit, named by the caption, of the year its label states."""
    text, lex = doc.text, doc.lex
    out: list[_Figure] = []
    at = text.find("单位")
    while at >= 0:
        lo = text.rfind("\n", 0, at) + 1
        hi = line_end(text, at)
        caption = _CHART_CAPTION.fullmatch(text, lo, hi)
        bars: list[re.Match] = []
        pos = hi + 1
        while caption and (bar := _CHART_BAR.match(text, pos)):
            bars.append(bar)
            pos = bar.end() + 1
        if len(bars) >= _CHART_BARS:
            words = text[lo:text.index("单位", lo) - 1].strip()
            named = [m for m in doc.mentions_in(lo, hi) if m.canonical]
            for m in named:  # the park is the figures' park, no word of their indicator
                words = words.replace(m.name, "")
            col = _column(f"{words}（{caption.group(1)}）", lex)
            for bar in bars if col else []:
                number = bar.group(2)
                value = float(number.lstrip("-−").replace(",", "")) * col.factor
                out.append(_Figure(bar.start(2), bar.end(2), bar.start(2), bar.end(2), value, col.unit,
                                   col.dimension, "", number[0] in "-−", col.indicator, int(bar.group(1)),
                                   park=named[0].canonical if named else None))
        at = text.find("单位", hi)
    return out


def _section_caption(doc: _Document, pos: int, end: int, width: int) -> bool:
    """Whether the line at `pos` is a short caption inside a table over rows of the same columns:
    one that names a park or a place (附：安顺市主要经济指标 over 规模以上工业增加值 — — 7.1), or a
    numbered section's head (二、开放型经济 in a spreadsheet's table)."""
    text = doc.text
    line = text[pos:end].strip()
    if not line or len(line) > _HEADING_CHARS or line[-1] in _LINE_END or _CLAUSE_FIGURE.search(line):
        return False
    nxt = end + 1
    cells = [c.span() for c in _CELL.finditer(text, nxt, line_end(text, nxt))] if nxt < len(text) else []
    if len(cells) != width or not any(_CELL_NUMBER.fullmatch(text, *span) for span in cells[1:]):
        return False
    return _caption_park(doc, pos, end) is not None or _section_head(text, pos)


def _caption_park(doc: _Document, pos: int, end: int) -> str | None:
    """The park a table's caption line names for the rows under it, "" for a place, else None."""
    named = [m.canonical for m in doc.mentions_in(pos, end) if m.canonical]
    if named:
        return named[0]
    return "" if any(scope_at(doc.text, i) for i in range(pos, end)) else None


_WRAP_LINES = 4  # the most lines one broken row is read from


def _wrapped_row(text: str, pos: int, width: int) -> tuple[list[tuple[int, int]], int] | None:
    """A table row of `width` cells that PDF extraction broke across the lines from `pos` on, as
    its cells' spans and its end; or None. Each line holds fewer cells than the row; a label cut at
    a line's end goes on at the next line's start (华芯（合肥）微电子有 / 限公司  合肥高新区 /
    500,000,000.00 / 421,663,018.72  -35,214,608.33). Read only when the count of cells settles
    it: with every cut label joined, or with none, the lines give exactly `width` cells."""
    spans: list[tuple[int, int]] = []
    cuts: list[int] = []  # where a line's first cell may go on the line before's last
    for _ in range(_WRAP_LINES):
        if pos >= len(text):
            return None
        end = line_end(text, pos)
        line = [c.span() for c in _CELL.finditer(text, pos, end)]
        if not line or len(line) >= width or any(_PROSE_CELL.search(text, a, b) for a, b in line):
            return None
        if spans and not _CELL_NUMBER.fullmatch(text, *spans[-1]) and not _CELL_NUMBER.fullmatch(text, *line[0]):
            cuts.append(len(spans))
        spans += line
        if len(spans) - len(cuts) == width if cuts else len(spans) == width:
            for k in reversed(cuts):
                spans[k - 1:k + 1] = [(spans[k - 1][0], spans[k][1])]
            figures = [bool(_CELL_NUMBER.fullmatch(text, *span)) for span in spans]
            labels = figures.index(True) if True in figures else width
            # labels, then figures: not a note and a heading after the table
            return (spans, end) if 0 < labels < width and all(figures[labels:]) else None
        if len(spans) - len(cuts) > width:
            return None
        pos = end + 1
    return None


_PROSE_CELL = re.compile(r"[。，；;：:！？]")  # a cell of prose, no row's: 注：…测算。
_CHART_LEAD = re.compile(r"^(?:图表|图|表|附表)\s*\d*(?:\s*[：:.．、]\s*|\s+)")  # 图表：, 图2 , 表1．
_YEARS_SPAN = re.compile(r"(?:19|20)\d\d\s*[-—－–~～至到]+\s*(?:19|20)\d\d年(?:度)?|(?:19|20)\d\d年(?:度)?以来")


def _chart_row(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a chart's bar: a short label (a year) and a bare number."""
    cells = [c.group() for c in _CELL.finditer(text, pos, line_end(text, pos))]
    return len(cells) == 2 and len(cells[0]) <= 8 and _CELL_NUMBER.fullmatch(cells[1]) is not None


_YEAR_HEADER = re.compile(r"((?:19|20)\d\d)年(?:度|末|底)?(?:/度|/年度)?")  # 2025年末/度: a report's period


def _labelled_rows(text: str, lo: int, cells: list[str]) -> tuple[int, int, list[str]] | None:
    """When the line at `lo` is a row whose label alone carries a unit (营业收入（亿元） | 412.3 |
    468.5) under a header line of as many cells without units: that header's (start, end, cells)."""
    if len(cells) < 2 or not _HEADER_CELL.fullmatch(cells[0]) or any(_HEADER_CELL.fullmatch(c) for c in cells[1:]):
        return None
    if lo < 2:
        return None
    start = text.rfind("\n", 0, lo - 1) + 1
    headers = [c.group() for c in _CELL.finditer(text, start, lo - 1)]
    if len(headers) != len(cells) or any(_HEADER_CELL.fullmatch(h) or _CELL_NUMBER.fullmatch(h) for h in headers):
        return None
    return start, lo - 1, headers


# A table's unit on a line of its own above its header: 单位：亿元, （单位：万元）; or at the end of
# its caption: 表1 上海六大园区营业收入（单位：亿元）, 表11-1 项目总投资估算表　单位：万元.
_UNIT_LINE = re.compile(r"^(?:[（(]?|([^\n]{1,40}?)(?:[ \t\u3000]*[（(]|[ \t\u3000]+))单位[：:]\s*([^\s（）()，,。；;、]{1,6}(?:[、，,][ \t]*[^\s、，,。；;（）()]{1,6})*)"
                        r"[）)]?(?:[ \t\u3000]+币种[：:][^\s]{1,6})?[ \t\u3000]*\n"  # (单位：亿元、%: the figures'
                        # unit, then the rates'; 单位：万元　币种：人民币, a report's currency after it)
                        r"(?:[ \t\u3000]*\n)?", re.M)


def _listed_unit(header: str, units: str, lex: _Lexicon) -> str:
    """The unit a column without its own takes from a unit line (单位：亿元): of a line that lists
    one for each kind of column (单位：亿元、%、家), the rate's for a growth or a rate (同比增长,
    增加值增速), a classifier for a count (规上工业企业数), dollars for foreign capital (单位：亿元，
    万美元 over 实际使用外资), else the first."""
    listed = [u.strip() for u in re.split("[、，,]", units)]
    if len(listed) == 1:
        return units
    kinds = {lex.units[u][0].dimension if u in lex.units else "percent" if u in ("%", "％") else "": u
             for u in reversed(listed)}
    if "percent" in kinds and (lex.growth.search(header) or header.endswith(_RATE_ENDS)):
        return kinds["percent"]
    if "count" in kinds and header.endswith("数"):
        return kinds["count"]
    if any(w in header for w in lex.dollar_columns):
        dollars = next((u for u in listed if "美元" in u), None)
        if dollars is not None:
            return dollars  # 单位：亿元，万美元 over 实际使用外资（累计）
    return next((u for u in listed if u not in ("%", "％")), listed[0])


_RATE_ENDS = ("率", "比重", "占比")


def _header_lines(text: str, lex: _Lexicon) -> list[tuple[int, str, str]]:
    """Where the text's table headers may start, each with the unit a line above gives its table
    (or "") and the caption that line ends (or ""): a line with a column's unit in brackets
    (营业收入（亿元）), a line with a column of units (指标 单位 2023年), or the line after a unit
    line or a caption ending in one."""
    found = [(text.rfind("\n", 0, m.start()) + 1, "", "") for m in _COLUMN_UNIT.finditer(text)]
    if "单位" in text:
        found += [(m.start(), "", "") for m in lex.unit_header.finditer(text)]
        for m in _UNIT_LINE.finditer(text):
            at = m.end()
            caption = text[at:line_end(text, at)]
            if (not m.group(1) and caption and len(caption) <= _HEADING_CHARS and not is_table_row(caption)
                    and len(_CELL.findall(caption)) < 3):  # (科目　本期数　上年同期数 is the header)
                at += len(caption) + 1  # 单位：亿元 over the table's caption (2023年三园区主要经济指标)
            found.append((at, m.group(2).removeprefix("人民币"), _CAPTION_NUMBER.sub("", m.group(1) or "")))
        found.sort(key=lambda t: (t[0], not t[1]))  # a line's unit line first
    return found


_CAPTION_NUMBER = re.compile(r"^(?:表|图|附表)\s*\d+[\s:：.．、]*")  # 表1 before a caption's words


def _local_money(doc: _Document, col: _Column | None, header: str) -> _Column | None:
    """A column in 元 holds 新台币 in an article about Taiwan and 港元 in Hong Kong's press, as
    the prose's 元 does; 人民币 in its header keeps it CNY."""
    if col is None or col.unit != "CNY" or "人民币" in header:
        return col
    local = "TWD" if doc.twd else "HKD" if doc.hkd else ""
    return replace(col, unit=local) if local else col


@lru_cache(maxsize=512)
def _column(cell: str, lex: _Lexicon) -> _Column | None:
    """A header cell's column of figures (营业收入（亿元）, 增速（%）, 产量（单位：万吨）), or None for
    a column of labels or ranks (序号, 园区名称, 排名（位）)."""
    header = _HEADER_CELL.fullmatch(cell) or _PERCENT_CELL.fullmatch(cell)  # (同比增长%)
    if header is None or header.group(1).startswith(lex.rank_columns) or header.group(1).endswith(lex.rank_columns):
        return None  # (全市位次: a column of ranks too)
    written = header.group(2)
    for lead in lex.unit_lead:
        written = written.removeprefix(lead)
    m = lex.figure.match("1" + written)
    if m is not None and m.end() <= len(written) and not written.startswith(("/", "每"), m.end() - 1):
        # more than a unit is written; a unit over a denominator the grammar lacks is read as the
        # prose reads it, though (亿元/平方公里 is 亿元)
        m = None
    if m is None or m.group("pnum") is not None or m.group("unit") in (None, *lex.rank_units):
        return None
    q = N.read_quantity(m)
    unit = next((u for u in lex.units[m.group("unit")] if not u.context), None)  # 方, 度 need their context
    if q is None or unit is None:
        return None
    canonical = unit.unit
    if m.group("rate"):  # as the prose's: 亩均税收（万元/亩） is CNY, 产能（万吨/年） t, 地价（元/平方米） CNY/平方米
        per = m.group("rate").lstrip("/每")
        if not (per in lex.periods and unit.dimension in ("quantity", "count")) and per + "均" not in header.group(1):
            canonical += "/" + per
    name = _name(header.group(1), "", unit.dimension, lex)
    if not name and unit.dimension == "percent" and header.group(1) in ("同比", "环比"):
        name = lex.growth_suffix  # 同比（%）: the growth of the column before
    return _Column(name, q.value * unit.factor, canonical, unit.dimension)


def _restates(doc: _Document, f: _Figure, labels: dict[tuple[str, float], list[str]]) -> bool:
    """Whether a figure of the prose restates a table's figure: the same unit and value, in a
    sentence that names the row (东莞（韶关）产业转移工业园营收回落3.2% after its row's -3.2)."""
    names = labels.get((f.unit, round(-f.value if f.negative else f.value, 6)))
    if not names:
        return False
    lo, hi = doc.bounds(doc.sent, f.num_start, f.num_end)
    return any(doc.text.find(name, lo, hi) >= 0 for name in names)


def _share_qualifier(text: str, lo: int, at: int) -> str:
    """The qualifier written before 占 in a share's clause: 约占全市的三成, 约占深圳全市6%."""
    k = text.rfind("占", lo, at)
    return N.qualifier_before(text, k)[0] if k > lo else ""


_ASCII_DIGITS = frozenset("0123456789")
_NOT_AFTER = frozenset("0123456789._ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # N.NOT_BEFORE
_CN = frozenset(N.CN_CHARS)


def figure_across(before: str, after: str) -> bool:
    """Whether a figure the grammar reads runs across the join of `before` and `after` (normalised
    text): a line break that falls inside a figure (其中出口3397.2 | 亿元)."""
    return any(m.start() < len(before) < m.end() for m in _figure_matches(before + after, _lexicon()))


def _figure_matches(text: str, lex: _Lexicon):
    """What `lex.figure.finditer(text)` finds, tried only where a numeral can start: the start of a
    run of numeral characters, an Arabic digit after a Chinese numeral (三5), 百分之 after one; and
    only on runs that a figure's next character follows. The expression alone would be tried at
    every character, which costs as much as segmenting the text."""
    figure = lex.figure
    end = 0
    for run in lex.numeral_run.finditer(text):
        lo, hi = run.span()
        while lo and (text[lo - 1] in _CN or text[lo - 1].isdecimal()):
            lo -= 1  # a run longer than the expression reads back
        if lo >= end and (not lo or text[lo - 1] not in _NOT_AFTER):
            m = figure.match(text, lo)
            if m is not None:
                end = m.end()
                yield m
        for i in range(max(lo + 1, end), hi):
            prev = text[i - 1]
            if prev in _ASCII_DIGITS or i < end:
                continue
            if prev not in _CN or text[i].isdecimal() or (text[i] == "百" and text.startswith("分之", i + 1)):
                m = figure.match(text, i)
                if m is not None:
                    end = m.end()
                    yield m


def _figure(doc: _Document, m: re.Match) -> _Figure | None:
    """A match of the figure expression as a figure, or None when it states no fact."""
    text, lex = doc.text, doc.lex
    start, end = m.start(), m.end()
    written = m.group("unit") or ""
    if m.group("pnum") is not None:
        value, whole = N.parse_numeral(m.group("pnum")), N.parse_numeral(m.group("den"))
        if value is None or not whole:
            return None
        value = value / whole * 100
        unit, inside, chinese, bare, sign = _PERCENT, "", False, False, ""
    else:
        q = N.read_quantity(m)
        if q is None:
            return None
        value, inside, chinese, bare = q.value, q.qualifier, q.chinese, q.bare
        sign = _currency_before(text, start, lex)  # 美金185亿元, HK$32亿
        unit = _unit(doc, m, start, bare, sign)
        if unit is None:
            return None
        if written == lex.tenths_unit and text[end:end + 1] in _TENTHS and text[end + 1:end + 2] not in _CN:
            value += _TENTHS[text[end]]  # 九成二, 三成半
            end += 1
    amount, value = value, value * unit.factor
    if not math.isfinite(value) or doc.inside(doc.quoted, start, end) or doc.inside(doc.blocks, start, end):
        return None
    lead = start - len(sign)
    before, q_start = N.qualifier_before(text, lead)
    # The figure's words are read before its currency sign (最高新台币500万元); raw starts at the
    # number unless a qualifier stands before the sign (约美金185亿元).
    left, q_start = (lead, start) if q_start == lead else (q_start, q_start)
    after, q_end = N.qualifier_after(text, end)
    qualifier = before or inside or unit.qualifier or after
    clause_lo = doc.opening(doc.clause, start)
    if not qualifier and unit.dimension == "percent":
        qualifier = _share_qualifier(text, clause_lo, q_start)
    head = text[max(0, left - 5):left].rstrip(" \t")
    if head.endswith(lex.ordinal_before):
        return None  # 第21位, 第一个
    bound = lead - 2 if text.startswith("每亩", lead - 2) else lead  # 投资强度不低于每亩300万元
    if text[bound - 1:bound] in lex.norm_bound_ends and text[max(0, bound - 5):bound].endswith(lex.norm_bounds) and (
            not _targeted(doc, start, bound)):
        return None  # 投资强度：不低于300万元/亩, 注册资本不低于5000万元 (but 今年力争…新增企业不少于20家)
    if unit.dimension == "percent" and text[lead - 1:lead] == "的" and (
            m_norm := lex.norm_share.search(text, max(0, lead - 30), lead)) and (
            not _targeted(doc, start, m_norm.start())):
        return None  # 出让起始价按不低于全国工业用地出让最低价标准的70%确定
    if written in lex.rank_units and (head.endswith(lex.rank_before) or not text.startswith(lex.person_nouns, end) and (
            head.endswith(lex.rank_verbs) or _ranking(text, *doc.bounds(doc.sent, start, end), lex))):
        return None  # 前30位, 从158位跻身前80强, 排二十几名
    count = unit.dimension == "count"
    if chinese and (not qualifier or qualifier == inside == "~") and unit.dimension != "percent" and (
            amount <= lex.small_chinese_count) and amount == int(amount) and (
            unit.dimension != "money" or amount == 1) and not (
            (head.endswith(lex.counted_nouns) and (end == len(text) or text[end] in _CLAUSE_END))
            or (head.endswith(lex.count_reach) and (end == len(text) or text[end] in _CLAUSE_END or text[end] == "、"))
            or (count and amount >= 2 and head.endswith(lex.count_new))):  # (引进一条生产线: "a" line)
        # 五大产业集群, 四项任务, 八条, 一亩三分地 (but 项目五个；, 企业增至六家。, 新上两条生产线; and
        # money, 每平方米八块钱, 零点四八元, is no enumeration)
        return None
    if count and chinese and amount == 1 and (qualifier in ("<", ">") or written == "批"):
        return None  # 跨越一个以上的周期: "one or more"; 新建创新平台一批: "a number of", no count
    if _CLASS_LABEL.search(text, max(0, doc.opening(doc.semi, start) - 1), left):
        return None  # 分类标准如下：A类，亩均税收30万元以上…；B类，…: a class's bounds
    if bare and text[left - 1:left] == "几":
        return None  # 招了好几百人, 几千万元: no definite number
    if bare and head.endswith(lex.unit_named_before):
        return None  # 实际使用外资按商务部口径统计，单位为万美元: the unit named, no figure
    if bare and not before and not inside and not head.endswith(lex.bare_after) and not (
            (q_end == len(text) or text[q_end] in _CLAUSE_END) and lex.bare_verbs.search(text, clause_lo, left)):
        return None  # 万亩千亿, 千人计划: a label, not a figure (but 实现旅游收入百亿元。, 企业百余家)
    if text.startswith(lex.label_after, q_end):
        return None  # 百亿级, 万吨级
    bound = before or after  # 三十余家企业 counts them: 余 and 多 make no bound
    # a range is a bracket of a class too (总投资10-20亿元的项目有5个), unless estimated (投资约10-20亿元的…工程)
    # or what follows describes one thing (总投资30亿-35亿元的细胞与基因治疗产业园)
    bounded = bool(bound) and bound in "<>"
    if (bounded or (m.group("num2") and not before)) and unit.dimension != "percent" and (
            not count or written in lex.threshold_count_units) and _threshold(text, q_end, lex, direct=not bounded):
        return None  # 10亿元以上制造业项目, 10-20亿元的项目 (but 不足10%的企业 is a share, 50家以上企业 a count)
    if bounded and unit.dimension != "percent" and (tail := _CONDITION_TAIL.match(text, q_end)) and (
            tail.end() > q_end + 1 and _threshold(text, tail.end(), lex)):
        return None  # 面积1000平方米以上、年主营业务收入500万元以上的规下工业企业: a class's conditions
    if unit.dimension == "percent" and (lex.significance.match(text, q_end) or lex.assumed_at.search(text, clause_lo, left)
                                        or lex.assumed_change.search(text, doc.opening(doc.sent, start), clause_lo)):
        return None  # 在1%水平上显著, 集聚度每提高1%，亩均税收提高约0.34%: a model's statistics
    if lex.standard_words.search(text, max(clause_lo, left - 12), left) or lex.standard_after.match(text, q_end) or (
            lex.standard_applies.search(text, doc.opening(doc.sent, start), left)):
        return None  # 浓度限值150μg/m³, 1000米卫生防护距离, 执行《…标准》…10mg/m³: an environmental norm
    if (amount == 1 and lex.definition_after.match(text, q_end)) or lex.definition_before.search(text, max(0, left - 12), left):
        return None  # 1亩≈666.67平方米: a conversion's definition
    if unit.dimension == "percent" and lex.spec_nouns.search(text, clause_lo, left):
        return None  # 产品纯度达到99.999%: a specification
    if doc.spec_captioned and _under_spec_caption(text, start, lex):
        return None  # 主要技术参数 over 总长 79.8米 型宽 13.6米: a product's specification
    if lex.building_specs.search(text, max(clause_lo, left - 6), left):
        return None  # 首层层高8米, 楼面荷载1.5吨/平方米: a building's specification
    if _policy(doc, clause_lo, left, q_end, before):
        return None  # 最高不超过2000万元, 原则上不低于每亩300万元, 2%给予奖励
    if text.startswith(lex.scope_after, q_end) or (
            bound == "<" and text.endswith(lex.cap_verbs, 0, left)
            and not _targeted(doc, start, left)) or (
            lex.convention_before.search(text, max(0, left - 6), left) and lex.convention_after.match(text, q_end)):
        return None  # 沿江1公里范围内, 控制在1000万吨以内 (not 预期目标是：…失业率控制在5.5%以内), 以2.5千瓦为一个标准机架计
    if written in lex.provision_units and (text.startswith(lex.provision_nouns, end) or head.endswith(lex.provision_before)):
        return None  # 26条意见, 人才新政30条
    if count and text.startswith(lex.ranking_claim_nouns, end) and lex.rank_claim.search(
            text, end, doc.bounds(doc.clause, start, end)[1]):
        return None  # 10项指标金华市前三
    if count and lex.rank_pool.search(text, end, doc.bounds(doc.clause, start, end)[1]) and _ranking(
            text, *doc.bounds(doc.sent, start, end), lex):
        return None  # 在全国178家国家高新区综合评价中，…排名第23位
    if count and lex.rank_field.search(text, clause_lo, q_start) and lex.rank_place.search(
            text, end, doc.bounds(doc.clause, start, end)[1]):
        return None  # 总量居全国19个国家级新区前列
    canonical = unit.unit
    rate = m.group("rate")
    if rate:
        per = rate.lstrip("/每")
        period = per in lex.periods and unit.dimension in ("quantity", "count")  # 产能1,850万吨/年 is t
        if not period and text.find(per + "均", doc.opening(doc.semi, start), q_start) < 0:  # 亩均税收32.8万元/亩 is CNY
            canonical += "/" + per
    elif unit.dimension == "money" and (written == "元" or not written):
        sign = sign or (_currency_before(text, left, lex) if left < lead else "")  # 人民币约50亿元
        if sign:
            canonical = lex.currency_before[sign]
        elif written and doc.twd:
            canonical = "TWD"
        elif written and doc.hkd:
            canonical = "HKD"
    signed = start > 0 and text[start - 1] in "-−" and (start < 2 or text[start - 2] in _SIGN_AFTER)
    if signed and q_start == start:
        q_start -= 1
    negative = signed or bool(lex.decrease.search(text, max(clause_lo, left - 12), left)) or (
        text[left - 1:left] == " " and lex.english_decrease.search(text, max(0, left - 24), left) is not None)  # fell by 4.8%
    if not negative and clause_lo == left and left > 1 and text[left - 1] in "：:":
        # 同比下降：3.4%: a label line's decrease
        negative = bool(lex.decrease.search(text, max(doc.opening(doc.sent, left - 1), left - 13), left - 1))
    return _Figure(q_start, q_end, start, end, value, canonical, unit.dimension, qualifier, negative)


_PERCENT = _Unit("%", "percent", 1.0, "")


# a class's label opening its clause: A类，…; 二档：… (its figures are the class's bounds)
_CLASS_LABEL = re.compile(r"(?:^|[：:；;，,。\n])[ \t]*[A-DＡ-Ｄ一二三四甲乙丙丁]\s?(?:类|档)(?:企业)?[，,：:]")


def _under_spec_caption(text: str, at: int, lex: _Lexicon) -> bool:
    """Whether the figure at `at` stands on a short line of no sentence under a caption of a
    product's parameters, a few such lines up (主要技术参数 | 项目 参数 | 总长 79.8米 型宽 13.6米)."""
    lo = text.rfind("\n", 0, at) + 1
    for _ in range(_SPEC_LINES):
        line = text[lo:line_end(text, lo)]
        if len(line) > _SPEC_LINE_CHARS or "。" in line:
            return False
        if lex.spec_captions.search(line):
            return True
        if lo == 0:
            return False
        lo = text.rfind("\n", 0, lo - 1) + 1
    return False


_SPEC_LINES = 8  # how many lines up a table's caption is looked for
_SPEC_LINE_CHARS = 40


def _targeted(doc: _Document, start: int, at: int) -> bool:
    """Whether the writer sets the figure at `start` as its own target: a target word (力争, 目标,
    今年 …) or a year to come (到2035年) in its sentence before `at`, or in the line that introduces
    its list (3月份工作目标： over 1. 全组签约项目不少于8个)."""
    text, lex = doc.text, doc.lex
    lo = doc.opening(doc.sent, start)
    if lex.target_words.search(text, lo, at) or _TARGET_YEAR.search(text, lo, at):
        return True
    line = text.rfind("\n", 0, lo)
    if line <= 0 or not _ITEM.match(text, line + 1):
        return False
    above = text.rfind("\n", 0, line) + 1
    return text[line - 1] in "：:" and lex.target_words.search(text, above, line) is not None


_TARGET_YEAR = re.compile(r"(?:到|至|力争到|预计到)(?:20\d\d)年")


def _currency_before(text: str, at: int, lex: _Lexicon) -> str:
    """The currency word or sign written just before `at` (美金, 人民币, HK$), or ""."""
    if text.endswith(lex.currency_words, max(0, at - lex.currency_reach), at):
        return next(w for w in lex.currency_words if text.endswith(w, 0, at))
    return ""


_TENTHS = {c: d / 10 for c, d in N.DIGITS.items() if d} | {"半": 0.5}  # 九成二, 三成半


def _ranking(text: str, lo: int, hi: int, lex: _Lexicon) -> bool:
    """Whether a sentence ranks (排名, 跻身, 第21位, 前80强): then its 位 and 名 are places."""
    return bool(lex.rank_words.search(text, lo, hi) or lex.rank_claim.search(text, lo, hi))


_SIGN_AFTER = set("为长速率幅是:：(（ \t\n,，;；、和及与或至达由从")  # a "-" after these is a minus sign


def _unit(doc: _Document, m: re.Match, start: int, bare: bool, sign: str) -> _Unit | None:
    """The unit entry a match means: by context for 方 and 度; 万/亿 without 元 is money only
    after a currency `sign` (HK$32亿), beside a money word (总投资50亿, 营收突破千亿: a bare 亿
    too, which `_figure` then accepts only after a verb of reaching) or as a spoken 个亿."""
    lex, text = doc.lex, doc.text
    written = m.group("unit")
    if written is None:
        lo = max(doc.opening(doc.clause, start), start - 12)
        # a spoken 个亿 (是1380多个亿) is an amount of money whatever the clause says
        money = (sign or any(w in text[lo:start] for w in lex.context["money"]) or m.group().endswith(("个亿", "个多亿"))
                 or _money_label(doc, start))
        if not money or (bare and not m.group().endswith("亿")):
            return None
        return _Unit("CNY", "money", 1.0, "")
    for entry in lex.units[written]:
        if not entry.context:
            return entry
        lo, hi = doc.bounds(doc.semi, start, m.end())
        if any(w in text[lo:hi] for w in lex.context[entry.context]):
            return entry
    return None


def _money_label(doc: _Document, start: int) -> bool:
    """Whether the figure at `start` is an item of a list whose label, before a colon, names an
    amount of money (规上工业营收：虎岭约620亿，焦作高新区约480亿)."""
    text, lo = doc.text, doc.opening(doc.semi, start)
    colon = max(text.rfind("：", lo, start), text.rfind(":", lo, start))
    return 0 < colon - lo <= _LABEL_CHARS and any(w in text[lo:colon] for w in doc.lex.context["money"])


_LABEL_CHARS = 16  # a list's label: 规上工业营收, 2024年固定资产投资完成额
_CLAUSE_END = frozenset("，,。；;！？!?\n")
# What may follow a figure in a condition before its 的: more items of a list (、50亿元).
_CONDITION_TAIL = re.compile(r"(?:[（(]含[）)])?(?:(?:[、和或及且]|并且)[^，,。；;、的\n]{1,24}?)*的")
_INCLUSIVE = ("（含）", "(含)")  # a bound's "inclusive" after it: 5亿元以上（含）


def _in_phrase(text: str, end: int, lex: _Lexicon) -> bool:
    """Whether a figure that is no fact is part of the next figure's indicator phrase: a
    threshold (10亿元以上项目21个 counts 10亿元以上项目)."""
    after, q_end = N.qualifier_after(text, end)
    return bool(after) and _threshold(text, q_end, lex)


_RANGE = re.compile(r"[ \t]?(?:[-~～—–]|至|到)[ \t]?")


def _high_end(text: str, low: _Figure, f: _Figure) -> bool:
    """Whether `f` is the high end of a range written with its unit twice (95亿元至100亿元),
    not a level reached from `low` (由95亿元增加到100亿元 has a verb between)."""
    return (f.unit == low.unit and not f.qualifier and _RANGE.fullmatch(text, low.end, f.start) is not None
            and text[max(0, low.start - 1):low.start] not in ("从", "由"))


def _policy(doc: _Document, lo: int, q_start: int, q_end: int, before: str) -> bool:
    """Whether a figure is a policy's norm, cap, reward or condition rather than a fact: after
    最高 (最高奖励, 最高不超过; but 最高突破4万辆 is a record) or a norm word in its clause (which
    opens at `lo`: 原则上, 每个), before 给予/奖励, after 奖励/补助 in a sentence part that opens
    with 对 or 凡 (对新认定的企业奖励20万元), right after one unless its clause says it was paid
    (一次性奖励10万元; not 获得技改补助1,650万元), before 的 in a clause that opens with 对 or 凡, or
    before a 的 that closes its clause (研发投入占比达到3%以上的，按…给予补助). `before` is the
    qualifier written before the figure."""
    text, lex = doc.text, doc.lex
    if text.startswith(lex.reward_after, q_end):
        return True
    if lex.auction_rules.search(text, max(0, q_start - 8), q_start):
        return True  # 增价幅度：10万元
    if before != ">" and lex.cap_before.search(text, max(lo, q_start - 8), q_start):
        return True
    norm = lex.norm_words.search(text, lo, q_start)
    if norm and not text.endswith(lex.average_words, 0, norm.start()):  # 平均每人营业额 is a statistic
        return True
    if lex.grant_words.search(text, lo, q_start) and text.startswith(
            lex.condition_lead, doc.subject(doc.opening(doc.semi, q_start))):
        return True
    if lex.grant_right_before.search(text, max(lo, q_start - 2), q_start) and not lex.grant_paid.search(text, lo, q_start):
        return True  # 新认定的国家级专精特新“小巨人”企业奖励50万元: a promise, not a payment
    # The 的 after the figure first: most figures have none, and reading the subject costs more.
    tail = _CONDITION_TAIL.match(text, q_end)
    return bool(tail) and (text[tail.end():tail.end() + 1] in ("，", ",")
                           or text.startswith(lex.condition_lead, doc.subject(lo)))


def _threshold(text: str, at: int, lex: _Lexicon, direct: bool = False) -> bool:
    """After a bound (以上, 超), a noun naming a class of things makes the figure a threshold:
    10亿元以上制造业项目, 2000万元以上的企业, 突破万亿元的国家高新区; 1000亿元以上, is a figure.
    With `direct` (a range without a bound) the class noun must follow at once (10-20亿元的项目):
    a longer phrase names one thing. A noun that begins a park's kind word (产业园) is none."""
    if text.startswith(_INCLUSIVE, at):  # 5亿元以上（含）的制造业项目
        at += 3
    if text.startswith("的", at):
        at += 1
    for i in range(at, min(len(text), at + (1 if direct else lex.threshold_reach + 2))):
        if not "\u4e00" <= text[i] <= "\u9fff":
            return False
        if text.startswith(lex.threshold_nouns, i) and not text.startswith(lex.threshold_compounds, i):
            return True
    return False


# ---------------------------------------------------------------- indicators


def _name_indicators(doc: _Document, figures: list[_Figure], ends: list[int]) -> None:
    """Each figure's indicator. A list (A、B和C) shares the sign and indicator of its first
    figure; after 分别 each figure pairs with its own subject (X、Y分别增长A%、B%) or with the
    figures just before it (出口98亿元，进口213亿元，分别增长8%、14%). `ends` are the ends of all
    figure-like matches, kept or not: a phrase never reaches back across one."""
    text, lex = doc.text, doc.lex
    i = 0
    while i < len(figures):
        group = [figures[i]]
        while i + len(group) < len(figures):
            nxt = figures[i + len(group)]
            if not lex.list_sep.fullmatch(text, group[-1].end, nxt.start) or nxt.unit != group[0].unit:
                break
            group.append(nxt)
        first = group[0]
        clause_lo = doc.opening(doc.clause, first.num_start)
        if clause_lo and text[clause_lo - 1] in "：:" and not text[clause_lo:first.start].strip():
            clause_lo = doc.opening(doc.clause, clause_lo - 1)  # 竞买保证金：1120万元, a label and its value
        elif clause_lo and text[clause_lo - 1] == "\n" and not text[clause_lo:first.start].strip():
            above = text.rfind("\n", 0, clause_lo - 1) + 1
            if _CARD_LABEL.fullmatch(text, above, clause_lo - 1):  # 营业收入 over 1,256亿元: a data card's
                clause_lo = above
            elif (comma := max(text.rfind("，", above, clause_lo - 1), text.rfind(",", above, clause_lo - 1))) >= 0 and (
                    _CARD_LABEL.fullmatch(text, comma + 1, clause_lo - 1)):
                clause_lo = comma + 1  # 长乐临空经济区，规划面积 over 128平方公里: the label is its last clause
        k = bisect_left(ends, first.start + 1) - 1
        window = text[max(clause_lo, ends[k] if k >= 0 else 0):first.start].replace("\n", "")
        names = _paired(doc, window, len(group), figures[max(0, i - len(group)):i], first) if len(group) > 1 else None
        for f, name in zip(group, names or [None] * len(group)):
            f.negative = f.negative or first.negative
            f.indicator = name or first.indicator or _indicator(doc, window, f)
        if not first.indicator or (first.dimension == "percent" and lex.growth.fullmatch(first.indicator)):
            # 达1021.3亿元 after GDP突破1000亿元; 同比增长55.4% after 财政总收入29784万元.
            prev = figures[i - 1] if i else None
            if prev is not None and prev.num_start >= doc.opening(doc.semi, first.num_start):
                base = prev.indicator.removesuffix(lex.growth_suffix)
                for f in group:
                    f.indicator = base + (lex.growth_suffix if first.indicator else "")
        i += len(group)


def _paired(doc: _Document, window: str, n: int, before: list[_Figure], first: _Figure) -> list[str] | None:
    """Indicators for a list of n figures after 分别: its n subjects, or the n figures before."""
    lex = doc.lex
    at = window.rfind("分别")
    if at < 0 or n < 2:
        return None
    growth = first.dimension == "percent" and bool(lex.growth.search(window[at:]))
    subject = _phrase(window[:at], lex, limit=len(window))
    items = [s for s in lex.list_sep.split(subject) if s]
    if len(items) == n:
        return [_name(item, window[at:], first.dimension, lex) for item in items]
    lo = doc.opening(doc.sent, first.num_start)
    previous = [f for f in before[-n:] if f.num_start >= lo]
    if not subject and len(previous) == n:
        return [f.indicator.removesuffix(lex.growth_suffix) + (lex.growth_suffix if growth else "")
                for f in previous]
    return None


def _phrase(phrase: str, lex: _Lexicon, limit: int = 16) -> str:
    """A phrase as an indicator: without openings (今年, 据统计), fillers (分别, 实现, 达到) and
    particles at its edges, at most `limit` characters."""
    phrase = _opening_removed(_LEAD_MARKS.sub("", phrase.strip(_PUNCT)), lex)  # ▶ 入驻企业: a bullet's mark
    phrase = lex.filler.sub("", lex.lead_filler.sub("", phrase))
    return _EDGE.sub("", phrase.strip(_PUNCT))[-limit:].strip(_PUNCT)


_PUNCT = "，,、；;：:。 （()）“”\"'和及与"
_LEAD_MARKS = re.compile(r"^[^\w（(“]+")
_EDGE = re.compile(r"^(?:的|之|其|而|并|且|也|还|又|则|我们|咱们)+")


def _opening_removed(phrase: str, lex: _Lexicon) -> str:
    m = lex.adverbial.match(phrase)
    return phrase[m.end():] if m else phrase


@lru_cache(maxsize=8192)
def _name(phrase: str, between: str, dimension: str, lex: _Lexicon) -> str:
    """The lexicon name for a phrase (or the phrase): as a growth rate when a percentage
    follows a growth word; as written when the percentage is a share (研发投入占GDP比重).
    Pure, and cached: the phrases before figures recur (总投资, 同比增长)."""
    found = None
    for found in lex.synonyms.finditer(phrase):
        pass
    if found is None:
        name = _phrase(phrase, lex)
    elif dimension == "percent" and lex.share.search(phrase, found.start()):
        return _phrase(phrase, lex)
    else:
        name = lex.synonym_name[found.group()]
    rest = (phrase if found is None else phrase[found.end():]) + between
    if dimension == "percent" and lex.growth.search(rest) and not name.endswith(lex.growth_suffix):
        if found is None:  # 高技术制造业增加值增长12.6%: the phrase's own growth rate
            name = lex.filler.sub("", lex.growth_end.sub("", name))
        name += lex.growth_suffix
    return name


def _indicator(doc: _Document, window: str, f: _Figure) -> str:
    """What a figure measures: the last lexicon synonym before it in its clause, else the phrase
    before it; a count is what it counts (22家企业, 4个项目落地), park names and openings left
    out."""
    lex = doc.lex
    if "|" in window:  # a cell of a table drawn with pipes: its column's header says
        header = _pipe_header(doc.text, f.start)
        if header:
            return _name(header, "", f.dimension, lex)
    for m in doc.mentions_in(f.start - len(window), f.start):
        window = window.replace(m.name, "")
    if lex.synonyms.search(window):
        return _name(window, "", f.dimension, lex)
    phrase = _name(window, "", f.dimension, lex)
    if f.dimension == "money" and phrase in lex.whole:
        return lex.whole[phrase]  # 投资20亿元的文旅项目
    after = lex.noun_after.match(doc.text, f.end)
    noun = (after.group(1) or after.group(2)).strip(_PUNCT) if after else ""
    if not noun:
        return phrase
    verb = lex.verb_after.match(doc.text, after.end())
    noun += verb.group() if verb else ""
    if f.dimension != "count":
        return phrase or noun
    # A short verb phrase before the count says what happened to it (新签约, 召集); a list of
    # names before 等 does not.
    return phrase + noun if 0 < len(phrase) <= 6 and not window.rstrip().endswith("等") else noun


def _pipe_header(text: str, at: int) -> str:
    """The header of the column that `at` stands in, in a table drawn with pipes (`| 园区 | 企业数 |`
    over `| 海口江东新区 | 约2.6万家 |`): the first row's cell, without a unit note (营收（亿元）);
    "" when `at` is in the header row or no row above has that many cells."""
    span = _pipe_header_span(text, at)
    if span is None:
        return ""
    cell = text[span[0]:span[1]].strip()
    header = _HEADER_CELL.fullmatch(cell)
    return header.group(1) if header else cell


def _pipe_header_span(text: str, at: int) -> tuple[int, int] | None:
    """Where the header cell of the column that `at` stands in lies, in a table drawn with pipes;
    None when `at` is in the header row or no row above has that many cells."""
    lo = text.rfind("\n", 0, at) + 1
    column = text.count("|", lo, at)
    first = lo
    while first > 0:
        above = text.rfind("\n", 0, first - 1) + 1
        if not text.startswith("|", above):
            break
        first = above
    if first == lo:
        return None
    end = text.find("\n", first)
    row = text[first:end if end >= 0 else len(text)]
    inner = row.strip().strip("|")
    cells = inner.split("|")
    if not 0 < column <= len(cells):
        return None
    start = first + row.index(inner) + sum(len(c) + 1 for c in cells[:column - 1])
    return start, start + len(cells[column - 1])


# ---------------------------------------------------------------- park and year


# An English sentence's subject that is a place: Suzhou city, Jiangsu province, the city
_ENGLISH_PLACE = re.compile(r"\s*(?:(?:[A-Z][a-z]+ ){1,2}(?:city|City|province|Province|municipality|county|County)\b"
                            r"|[Tt]he (?:city|province|municipality|county|country)\b)")


def _column_park(doc: _Document, start: int) -> str | None:
    """The park heading the column a figure stands in, in a table drawn with pipes whose row names
    no park before the figure (| 指标 | 克拉玛依高新区 | 独山子经开区 | over | 入驻企业 | 320余家 | 146家 |);
    else None."""
    text = doc.text
    lo = text.rfind("\n", 0, start) + 1
    if not text.startswith("|", lo) or doc.mentions_in(lo, start):
        return None
    span = _pipe_header_span(text, start)
    named = [m for m in doc.mentions_in(*span) if m.canonical] if span else []
    return named[0].canonical if len(named) == 1 else None


def _park(doc: _Document, start: int, end: int) -> str:
    """`_park_of`, but for a sentence about 全区 that names no park before the figure, in a
    paragraph about a park inside a zone: the zone's (在恩施高新区智能制造产业园，…。全区拥有高新
    技术企业三十余家)."""
    park = _park_of(doc, start, end)
    if park and not park.endswith("区") and (zone := doc.parks.parent.get(park)):
        lo = doc.opening(doc.sent, start)
        if doc.text.startswith("全区", doc.subject(lo)) and not doc.mentions_in(lo, start):
            return zone
    return park


def _park_of(doc: _Document, start: int, end: int) -> str:
    """The park a figure is about: after 分别, the subject of a list it pairs with; else the
    nearest mention in its clause, else a preceding one in its sentence part; none when that
    part is about a place (全市, 泉州市); else a following mention, else the park of the parts
    before it in its sentence (`_earlier_in_sentence`), else the park its paragraph opens with
    (none when the paragraph opens about a place), else the last park named on the label lines
    above it in a table, else the park its section heading names, else the article's main park.
    A mention of several parks at once stands for the park that holds them (`_owner`)."""
    lo, hi = doc.bounds(doc.semi, start, end)
    c_lo, c_hi = doc.bounds(doc.clause, start, end)
    if doc.text[lo:lo + 1].isascii() and _ENGLISH_PLACE.match(doc.text, lo) and not doc.mentions_in(lo, start):
        return ""  # Suzhou city grew 4.6 percent…: an English sentence about a place
    column = _column_park(doc, start)
    if column is not None:
        return column
    found = doc.mentions_in(lo, hi, groups=True)
    for m in found:  # 全国230家国家级经开区: the count of several parks is theirs
        if not m.canonical and m.start <= start and end <= m.end:
            return _owner(doc, lo, m)
    # several parks after a figure are what it is compared with (位居全国开发区前列)
    mentions = [m for m in found if (m.canonical or m.end <= start) and _may_be_subject(doc.text, m)]
    if _place_aside(doc.text, c_lo, start):
        return ""  # 增速高于全市2.1个百分点（全市规上工业总产值增长9.1%）: the city's, in an aside
    paired = _respective(doc, c_lo, start)
    if paired is None and (member := _counted_member(doc, c_lo, start)):
        return member  # A、B和C三个平台…。三个平台税收收入分别为X、Y和Z: Y is B's
    if paired is not None:  # A、B和C分别投资X、Y、Z: Y is B's, and A's park is not B's
        (a, b), (list_lo, list_hi) = paired
        own = doc.mentions_in(a, b)
        if own:
            return own[0].canonical
        mentions = [m for m in mentions if not (list_lo <= m.start and m.end <= list_hi)]
    near = [m for m in mentions if m.start >= c_lo and m.end <= c_hi]
    if len(near) >= 2 and _summed(doc, near, start):
        return ""  # A、B和C三大平台合计实现营业收入超7000亿元: the sum of several parks, no one's
    if not near and c_lo > lo and _drives_a_place(doc, c_lo) and not doc.text.endswith(_POINTS, 0, end):
        # …，带动龙口市规上工业产值增长27.6%: the place's (but 拉动全市规上工业增长1.1个百分点 is
        # the subject's contribution to it)
        return ""
    if near:
        return _owner(doc, lo, min(near, key=lambda m: (start - m.end if m.end <= start else m.start - end,
                                                        m.end > start, -(m.end - m.start))))
    before = [m for m in mentions if m.end <= start]
    if len(before) >= 2 and _summed(doc, before, start):
        return ""  # A、B和C三大平台合计实现营业收入1.68万亿元，占全市的比重约六成: the sum's too
    if before and c_lo > lo and _city_clause(doc, max(m.end for m in before), c_lo):
        # …余姚经济开发区仅为19.7万元/亩，全市工业用地亩均税收约30万元/亩; 推进会在上饶经开区召开，
        # 会议通报，一季度上饶市实际利用省外项目资金520.3亿元，同比增长8.6%: the clause's place's
        return ""
    if before:
        last = max(before, key=lambda m: (m.end, m.end - m.start))
        head = last.start  # (the zone a part is named after: 位于经开区城西港区)
        while (m := next((m for m in before if m.end == head and m.start < head), None)) is not None:
            head = m.start
        if doc.text.endswith(doc.lex.object_verbs, 0, head):
            # 都兰工业园依托试验区平台加快发展，全年完成投资9.8亿元: its clause's subject, not its object
            at = doc.subject(doc.opening(doc.clause, last.start))
            last = next((m for m in before if m.start == at and m.canonical), last)
        elif doc.text[head - 1:head] in _COPULAS and doc.text[last.end:last.end + 1] == "的":
            # 凤凰园区是永州经开区的核心园区，规划面积18平方公里: what the park before 是 is, not whose
            last = next((m for m in before if m.end == head - 1 and m.canonical), last)
        return _owner(doc, lo, last)
    # 合肥全市地区生产总值…，我们占了10%左右; …；如今，这里集聚市场主体15万户，世界500强项目260个
    if doc.speaks and (c_lo > lo and speaker_at(doc.text, word := doc.subject(c_lo))
                       or speaker_at(doc.text, word := doc.subject(lo))):
        # the park named last before the word (该区新落地中信重工智能装备产业园等项目17个: not the one after)
        spoken = _speakers_park(doc, doc.opening(doc.para, start), word) or doc.parks.main
        if spoken:
            return spoken
    if doc.about_place(lo) or c_lo > lo and _city_clause(doc, lo, c_lo):
        # 宁波市汽车制造业产值突破3800亿元，前湾新区贡献接近一半; 放到全市看，连云港市去年GDP为
        # 4363.6亿元，开发区营收…: the city's
        return ""
    # … but not one in a later clause that places another action (并规划于二林园区增购用地), nor a
    # part of the whole the figure counts (新签约项目34个，其中沙文生态科技产业园新开工项目9个)
    # nor a cause given after it (同比下降2.3%，主要受金沙园部分企业停产影响)
    after = [m for m in mentions
             if m.start >= end and not (m.start >= c_hi and (
                 doc.text[m.start - 1:m.start] in "于在到" or doc.text.endswith(_AMONG, 0, m.start)
                 or doc.text.startswith(doc.lex.cause_openings, doc.opening(doc.clause, m.start))))]
    if after:
        return after[0].canonical
    if doc.company_report and (doc.text.startswith(doc.lex.company_subjects, doc.subject(lo)) or (
            c_lo > lo and doc.text.startswith(doc.lex.company_subjects, doc.subject(c_lo)))):
        return ""  # 2023年，公司实现营业收入52.3亿元 in a company's ESG report: the company's
    p_lo = doc.opening(doc.para, start)
    if lo > doc.opening(doc.sent, lo) and doc.text.startswith(_WHOLE_ZONE, doc.subject(lo)):
        # 区内北部工业区…；全区化工新材料企业研发投入2.4亿元: the whole zone the paragraph is
        # about (or the district, when it is about a place), not the part named before
        topic = _paragraph_subject(doc, p_lo, start)
        if topic is not None:
            return topic
    earlier = _earlier_in_sentence(doc, lo)
    if earlier is not None:
        # 综保区…；三是外资招引乏力，2023年衡阳市实际使用外资1.86亿美元，同比下降14.2%: the place's,
        # that this clause or one before it in its part, naming no park, opens with
        k = c_lo
        while k > lo and not doc.mentions_in(k, start):
            if doc.about_place(k):
                return ""
            k = doc.opening(doc.clause, k - 1)
        return earlier
    topic = _paragraph_subject(doc, p_lo, start)
    if topic is not None:
        return topic
    tabled = _above_in_table(doc, p_lo, start)
    if tabled is not None:
        return tabled
    i = bisect_right(doc.heading_starts, start) - 1
    if i >= 0 and doc.headings[i][1]:
        return doc.headings[i][1]
    if i >= 0 and _place_heading(doc, doc.heading_starts[i]):
        return ""  # 【芜湖市】 over GDP：4,741.1亿元: the city's
    return doc.parks.main


def _city_clause(doc: _Document, after: int, c_lo: int) -> bool:
    """Whether the clause at `c_lo`, or one before it that opens after `after` (the last park
    named), has a whole place (全市, 我省) or a city named in full (上饶市) as its subject."""
    k = c_lo
    while k > after:
        # (most clauses hold none of the characters such a subject ends with: asked first, cheaply)
        if _PLACE_END.search(doc.text, k, k + _SUBJECT_REACH):
            at = doc.subject(k)
            if _place_subject(doc.text, at):
                return True
        k = doc.opening(doc.clause, k - 1)
    return False


_PLACE_END = re.compile("[市省县州盟港澳]")
_SUBJECT_REACH = 32  # how far into a clause its subject may end: past an opening such as 一季度


_AMONG = ("其中", "其中，", "其中,")
def _place_subject(text: str, at: int) -> bool:
    """Whether a whole place (全市, 我省) or a city named in full (上饶市) starts at `at`."""
    return _WHOLE_PLACE.match(text, at) is not None or bool(_NAMED_CITY.fullmatch(scope_at(text, at)))


_NAMED_CITY = re.compile(r"[\u4e00-\u9fff]{2,8}[省市县州盟]")  # 上饶市, not 上饶 (of 上饶经开区)
# A whole city, county or province as a clause's subject (全市, 我省, 本港; not 全国, 全球市场占有率)
_WHOLE_PLACE = re.compile("[全我本该][市省县州港澳](?!场)")  # not 全市场占有率


_POINTS = ("个百分点", "百分点")
# a figure's 个 before another figure of points it is paired with (1.8个和0.9个百分点)
_POINTS_AFTER = re.compile(r"(?:和|、|与|及|至|到|—|-|~)\d+(?:\.\d+)?个?百分点")
_COPULAS = frozenset("是为")
_TOTAL = re.compile("合计|总计|共计|共同|共")
_SUM_AFTER = re.compile("合计|总计|共计")
_LISTED = frozenset(["、", "和", "及", "与", "以及"])
_BRACKETS = "（）()"


def _summed(doc: _Document, near: list[ParkMention], start: int) -> bool:
    """Whether the parks listed last before `start` in its clause (A、B和C) are two or more that a
    total word after them sums (三大平台合计实现…, 共实现…)."""
    before = [m for m in near if m.end <= start and m.canonical]
    if len(before) < 2:
        return False
    last = before[-1]
    listed, nxt = {last.canonical}, last
    for m in reversed(before[:-1]):
        # a short name in brackets after its park's is that park again: 新竹科学园区（竹科）、中部…
        gap = doc.text[m.end:nxt.start].strip(_BRACKETS)
        if gap and gap not in _LISTED or not gap and m.canonical != nxt.canonical:
            break  # not 佛山高新区|顺德园: a zone's part
        listed.add(m.canonical)
        nxt = m
    return len(listed) >= 2 and _TOTAL.search(doc.text, last.end, start) is not None


def _drives_a_place(doc: _Document, c_lo: int) -> bool:
    """Whether the clause at `c_lo` opens with a verb of driving a place (带动龙口市…)."""
    text = doc.text
    verb = next((v for v in doc.lex.driving_verbs if text.startswith(v, c_lo)), "")
    return bool(verb) and bool(scope_at(text, c_lo + len(verb)))


def _place_heading(doc: _Document, at: int) -> bool:
    """Whether the heading line at `at` is about a place and no park: the place and a few
    characters at most (【芜湖市】, 三、全市情况; not a byline, 四川日报全媒体记者 王眉灵), or a whole
    place and what it did (二、全市工业经济运行总体平稳)."""
    m = _HEADING_MARK.match(doc.text, at)
    i = m.end() if m else at
    while i < len(doc.text) and doc.text[i] in " \t\u3000【[":
        i += 1
    end = line_end(doc.text, at)
    place = scope_at(doc.text, i)
    rest = doc.text[i + len(place):end].strip()
    # (a whole place's heading may go on as a sentence: 二、全市工业经济运行总体平稳、结构向好)
    return bool(place) and (len(rest) <= 6 or place in _WHOLE_PLACES) and not any(
        ch.isspace() for ch in rest) and not doc.mentions_in(at, end)


_WHOLE_PLACES = ("全市", "全省", "全县", "全州", "全盟", "全国")


_WHOLE_ZONE = ("全区", "全园")


def _paragraph_subject(doc: _Document, p_lo: int, start: int) -> str | None:
    """The subject the figure's paragraph carries to it: the park (or, as "", the place) its
    first sentence opens with; when that opens with neither (a heading sentence: （二）园区能级
    持续提升。醴陵经济开发区实现…。一是…新引进项目46个), the nearest sentence before the figure
    that does; for a paragraph opening inside a zone (区内企业…), the park the paragraph before
    opens with; None when none does. A sentence whose subject is a speaker's word for their own
    park (我们, 这里, 该区) takes the last park named before it (`_speakers_park`), past sentences
    about a place."""
    opening = _opening_subject(doc, p_lo, start)
    if opening is not False:
        return opening
    if p_lo and zone_scope_at(doc.text, doc.subject(p_lo)):  # 区内企业…: the park the paragraph before is about
        before = doc.opening(doc.para, p_lo - 1)
        return _opening_subject(doc, before, p_lo) or _introduced(doc, before, p_lo - 1)
    s_lo = doc.opening(doc.sent, start)
    if s_lo <= p_lo:
        return _turn(doc, p_lo)
    if zone_scope_at(doc.text, doc.subject(s_lo)):  # 区内整车企业…: the zone's, not the park's before
        opening = _opening_subject(doc, p_lo, s_lo)
        return (opening if opening is not False else _zone_before(doc, p_lo, s_lo)) or None
    opening = _opening_subject(doc, s_lo, start)
    if opening is not False:
        return opening
    carried = doc.carried.get(s_lo, False)
    if carried is False:  # the sentences before: the same for every figure of this sentence
        carried = None
        if doc.speaks and speaker_at(doc.text, doc.subject(s_lo)):  # 这里聚集了企业24万家
            carried = _speakers_park(doc, p_lo, s_lo)
        else:
            lo = doc.opening(doc.sent, s_lo - 1)
            while lo > p_lo:
                if zone_scope_at(doc.text, doc.subject(lo)):
                    carried = _opening_subject(doc, p_lo, s_lo) or None
                    break
                opening = _opening_subject(doc, lo, s_lo)
                if opening is not False:
                    carried = opening
                    break
                if _ITEM.match(doc.text, lo):  # 二是项目攻坚。…: item 一's subject is not item 二's
                    break
                lo = doc.opening(doc.sent, lo - 1)
            else:  # 我们去年引进项目三十余个。今年计划再引进企业50家以上。: the speaker's
                if doc.speaks and speaker_at(doc.text, doc.subject(p_lo)):
                    carried = _speakers_park(doc, p_lo, p_lo)
                else:
                    carried = _turn(doc, p_lo)
        doc.carried[s_lo] = carried
    return carried


def _zone_before(doc: _Document, p_lo: int, s_lo: int) -> str | None:
    """For a sentence at `s_lo` opening with the zone as a place (区内, 园内) in a paragraph that
    opens with no subject: the park the nearest sentence before it opens with, when that is of
    the kind the word names (第二个是秀洲高新区。秀洲高新区聚焦光伏…。区内高新技术企业达到217家;
    not 万华烟台工业园…。区内整车企业…, which is the zone's); else None."""
    kind = doc.text[doc.subject(s_lo)]  # 区 or 园
    lo = doc.opening(doc.sent, s_lo - 1)
    while lo > p_lo:
        opening = _opening_subject(doc, lo, s_lo)
        if opening is not False:
            return opening if opening and opening.endswith(kind) else None
        lo = doc.opening(doc.sent, lo - 1)
    return None


def _speakers_park(doc: _Document, p_lo: int, at: int) -> str | None:
    """The park a speaker's 我们 or 这里, or a writer's 该区, at `at` stands for: the last park its
    paragraph names before it (past sentences about a place: 合肥高新区…。合肥全市地区生产总值
    12673亿元，我们占了10%左右), else the last the paragraph before names; None when neither
    names one. In an interviewee's answer (答：…) it is the park the answer's caption names
    (答（贵阳高新区管委会副主任 刘洋）：), else the article's main park, the interviewee's: the
    parks an answer names are the ones it compares with (长沙高新区营收增速比我们高出5.5个百分点)."""
    answer = _ANSWER.match(doc.text, p_lo)
    if answer:
        captioned = [m for m in doc.mentions_in(p_lo, answer.end()) if m.canonical]
        if captioned or doc.parks.main:
            return captioned[-1].canonical if captioned else doc.parks.main
    quoted = _quoted_speaker(doc, p_lo, at) or _captioned_quotation(doc, p_lo)
    if quoted:
        return quoted
    named = [m for m in doc.mentions_in(p_lo, at) if m.canonical]
    if not named and p_lo:
        before = doc.opening(doc.para, p_lo - 1)
        named = [m for m in doc.mentions_in(before, p_lo) if m.canonical]
        if not named:
            return _introduced(doc, before, p_lo - 1) or _bracketed_turn(doc, p_lo)
    return named[-1].canonical if named else None


def _turn(doc: _Document, p_lo: int) -> str | None:
    """The park of a speaker's turn that the paragraph at `p_lo` is, headed by the speaker's
    name, on the line before (赵文博：) or at its start (王振宇：全年新签约项目336个…), from where
    the text introduced them; else None."""
    head = _NAME_LABEL.match(doc.text, p_lo)
    if head and not doc.lex.synonyms.search(head.group(1)):  # (营业收入：… is a field, no speaker)
        park = _speaker(doc, head.group(1), p_lo)
        if park is not None:
            return park
    if not p_lo or not doc.text.endswith(("：", ":"), 0, p_lo - 1):
        return _bracketed_turn(doc, p_lo)
    return _introduced(doc, doc.opening(doc.para, p_lo - 1), p_lo - 1)


# A transcript's turn headed by the speaker's name alone in brackets on a line above its
# paragraphs (【王立新】, 【主持人　张敏】)
_BRACKET_TURN = re.compile(r"[ \t\u3000]*【(?:[^】\n]{0,12}[ \t\u3000])?([\u4e00-\u9fff·]{2,4})】[ \t\u3000]*")
_TURN_LOOKBACK = 40  # how many bracket marks up a turn's head is looked for


def _bracketed_turn(doc: _Document, p_lo: int) -> str | None:
    """The park of the speaker whose bracketed turn head (`_BRACKET_TURN`) is the nearest above
    the paragraph at `p_lo`, from where the text introduced them (青岛西海岸新区管委副主任 王立新);
    None when there is none or the speaker has no park (the host)."""
    text, marks = doc.text, doc.bracket_marks
    for at in reversed(marks[max(bisect_left(marks, p_lo) - _TURN_LOOKBACK, 0):bisect_left(marks, p_lo)]):
        lo = text.rfind("\n", 0, at) + 1
        head = _BRACKET_TURN.fullmatch(text, lo, line_end(text, at))
        if head:
            return _speaker(doc, head.group(1), lo)
    return None


def _introduced(doc: _Document, lo: int, hi: int) -> str | None:
    """The park of a speaker whose turn is headed by their name alone on the line [lo, hi)
    (陈立新：), from where the text introduced them (`_speaker`); None for any other line."""
    label = _NAME_LABEL.fullmatch(doc.text, lo, hi)
    return _speaker(doc, label.group(1), lo) if label else None


def _captioned_quotation(doc: _Document, p_lo: int) -> str | None:
    """The park of the speaker a caption line names with their office (同期声：吴志明　凯里经济开发区
    管委会副主任), for a paragraph that quotes them straight below it (“一季度我们…”); else None."""
    text = doc.text
    if not p_lo or not text.startswith(("“", "「"), p_lo):
        return None
    lo = doc.opening(doc.para, p_lo - 1)
    caption = text[lo:p_lo - 1]
    if len(caption) > _CAPTION_CHARS or "。" in caption:
        return None
    office = [m for m in doc.mentions_in(lo, p_lo - 1) if m.canonical and text.startswith(doc.lex.office_after, m.end)]
    return office[-1].canonical if office else None


_CAPTION_CHARS = 40


def _quoted_speaker(doc: _Document, p_lo: int, at: int) -> str | None:
    """The park of the speaker a quotation around `at` names after its closing mark (“今年我们新建
    标准厂房12万平方米。”刘华说), where the text introduced them with it (赣州经开区管委会副主任刘华);
    None when `at` is in no such quotation."""
    text = doc.text
    opened = text.rfind("“", p_lo, at)
    if opened < 0 or text.find("”", opened, at) >= 0:
        return None
    closed = text.find("”", at, line_end(text, at))
    said = _SAID.match(text, closed + 1) if closed >= 0 else None
    return _speaker(doc, said.group(1), opened) if said else None


_SAID = re.compile(r"([\u4e00-\u9fff·]{2,4}?)(?:说|表示|介绍|告诉记者|指出|坦言|透露)")


def _speaker(doc: _Document, name: str, before: int) -> str | None:
    """The park of the speaker `name` from where the text before `before` introduced them: the
    park named on a caption line that ends with the name (合肥经开区管委会主任 陈立新：), or just
    before the name with their title between (专访了大连金普新区党工委副书记、管委会主任王振宇)."""
    text = doc.text
    k = text.rfind(name, 0, before)
    while k >= 0:
        line_lo = text.rfind("\n", 0, k) + 1
        if _NAME_LABEL_END.match(text, k + len(name)):
            named = [m for m in doc.mentions_in(line_lo, k) if m.canonical]
            if named:
                return named[-1].canonical
        else:
            named = [m for m in doc.mentions_in(max(line_lo, k - _TITLE_CHARS), k) if m.canonical]
            if named and not _TITLE_BREAK.search(text, named[-1].end, k):
                return named[-1].canonical
        k = text.rfind(name, 0, k)
    return None


_TITLE_CHARS = 24  # how far a park before a speaker's name may stand (…党工委副书记、管委会主任)
_TITLE_BREAK = re.compile("[，,。；;！？!?：:“”\n]")


# A speaker's turn headed by their name (陈立新：), and the end of the line that introduced them
_NAME_LABEL = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff·]{2,5})[ \t\u3000]*[：:][ \t\u3000]*")
_NAME_LABEL_END = re.compile(r"[ \t\u3000]*(?:[（(][^）)\n]{0,20}[）)])?[ \t\u3000]*[：:][ \t\u3000]*(?:\n|$)")


# The head of an interviewee's answer: 答：, A：, 答（贵阳高新区管委会副主任 刘洋）：
_ANSWER = re.compile(r"[ \t\u3000]*(?:答|A)[ \t\u3000]*(?:[（(][^）)\n]{0,40}[）)])?[ \t\u3000]*[：:]")


# The head of a list item: 一是, 二、, 其二, 第三，, （四）, 5．, and an article of a policy: 第一条
_ITEM = re.compile(r"\s*(?:" + LIST_ITEM_HEAD + r"|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，,、]"
                   r"|第[一二三四五六七八九十百\d]+条(?:[（(][^）)\n]{1,12}[）)])?[\s\u3000]*)")


def _opening_subject(doc: _Document, lo: int, start: int) -> str | None | bool:
    """The park the sentence at `lo` opens with, "" for a place, False for neither (or when the
    figure at `start` is in its first part). A paragraph that opens on something placed in a park
    (本项目位于合肥经开区紫云路以南, 天齐锂业射洪基地是射洪经济开发区的链主企业) opens with that park."""
    first_hi, topic = doc.openings.get(lo, (None, False))
    if first_hi is None:
        first_lo, first_hi = doc.bounds(doc.semi, lo, lo)
        at = doc.subject(first_lo)
        named = [m for m in doc.mentions_in(first_lo, first_hi) if m.start == at or _headed(doc.text, at, m)]
        if len(named) > 1 and named[0].start == at and named[-1].start > at:
            named = named[1:]  # 深圳园区内的福田保税区是…: the park the phrase heads, not the one inside it
        heads = bool(named) and not _places_a_place(doc.text, named[0])
        placed = None
        if not heads and doc.opening(doc.para, lo) == lo:
            # 本项目位于合肥经开区紫云路以南，…。项目达产后…: what the paragraph is about lies in the
            # park, also when its name starts with a place's (合肥基地位于合肥高新区…)
            placed = next((m for m in doc.mentions_in(at, first_hi)
                           if m.canonical and (located_before(doc.text, at, m.start) or _member_of(doc.text, m))), None)
            if placed is not None and doc.mentions_in(at, placed.start):
                placed = None
        if heads:
            topic = named[0].canonical
        elif placed is not None:
            topic = placed.canonical
        elif doc.about_place(first_lo):  # 从全市看，…全市实现地区生产总值…。规上工业增加值增长8.9%
            topic = ""
        doc.openings[lo] = (first_hi, topic)
    return False if first_hi > start else topic


def _member_of(text: str, m: ParkMention) -> bool:
    """Whether a park is named as what the subject belongs to: 天齐锂业射洪基地是射洪经济开发区的
    “链主”企业."""
    return text[m.start - 1:m.start] == "是" and text.startswith("的", m.end)


def _headed(text: str, at: int, m: ParkMention) -> bool:
    """Whether mention `m` is the head of a subject that opens at `at` with a phrase ending in
    的 (与开发区毗邻的昆山高新区, 位于城东的临港产业园): the sentence is about it, not about a
    park named inside the phrase."""
    return m.start > at and text[m.start - 1] == "的" and not _PHRASE_END.search(text, at, m.start)


_PHRASE_END = re.compile("[，,。；;！？：:]")
_OWNED = re.compile("所在的|所在地的?")


def _places_a_place(text: str, m: ParkMention) -> bool:
    """Whether mention `m` only places the place after it (合作区所在的西双版纳州)."""
    if not text.startswith("所在", m.end):
        return False
    owned = _OWNED.match(text, m.end)
    return owned is not None and bool(scope_at(text, owned.end()))


_LISTED_WITH = re.compile("[、和及与]")


def _respective(doc: _Document, c_lo: int, start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For a figure after 分别 in its clause, after a list of subjects (三一产业园项目、湘江项目和
    中联基地项目分别投资25亿元、18亿元、12.5亿元): the span of the subject it pairs with (the
    second for the second figure) and the span of the whole list; None for no such list. A 分别
    whose clause lists no subjects pairs with the list of its sentence's first 分别 (A、B分别实现
    产值X、Y，分别增长C、D)."""
    text = doc.text
    k = text.rfind("分别", c_lo, start)
    if k < 0:
        return None
    n = len(_LISTED_WITH.findall(text, k + 2, start))  # figures before this one after 分别
    seps = list(_LISTED_WITH.finditer(text, c_lo, k))
    if not seps:  # …分别实现产值A、B，分别增长C和D (；高新技术企业分别为E、F): the list of the sentence's first 分别
        k = text.find("分别", doc.opening(doc.sent, start), c_lo)
        if k < 0:
            return None
        c_lo = doc.opening(doc.clause, k)
        seps = list(_LISTED_WITH.finditer(text, c_lo, k))
    if not seps or n > len(seps):
        return None
    starts = [c_lo] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [k]
    return (starts[n], ends[n]), (c_lo, k)


def _place_aside(text: str, c_lo: int, start: int) -> bool:
    """Whether the figure at `start` stands in a bracket, still open, that opens on a whole place
    (（全市规上工业总产值增长9.1%）, （全省平均为6.2%）) or a city named in full."""
    at = max(text.rfind("（", c_lo, start), text.rfind("(", c_lo, start))
    if at < 0 or ")" in text[at:start] or "）" in text[at:start]:
        return False
    # or after a place's average (低于宜兴市平均水平（33微克/立方米）, 高于全国平均水平（5.2%）)
    return _place_subject(text, at + 1) or _PLACE_LEVEL.search(text, max(c_lo, at - 16), at) is not None


_PLACE_LEVEL = re.compile(r"(?:[全我本][国省市县]|[\u4e00-\u9fff]{2,8}[省市县])的?(?:平均水平|平均值|均值|水平)?$")
_PROJECT_NAME = re.compile(r"[^，,。；;、\n的]{0,16}?项目(?=[，,])")  # a place's project named as a subject


def _counted_member(doc: _Document, c_lo: int, start: int) -> str | None:
    """For a figure after 分别 whose sentence counts its subjects instead of listing them (三个平台
    税收收入分别为56.2亿元、14.8亿元和11.3亿元), the park of the same place in the list of as many
    parks its paragraph gave last before (衢州智造新城、江山经济开发区和龙游经济开发区); else None."""
    text = doc.text
    k = text.rfind("分别", c_lo, start)
    if k < 0:
        return None
    counted = None
    for counted in _COUNTED_SUBJECT.finditer(text, doc.opening(doc.sent, start), k):
        pass
    if counted is None or (size := N.parse_numeral(counted.group(1))) is None:
        return None
    n = len(_LISTED_WITH.findall(text, k + 2, start))
    named = [m for m in doc.mentions_in(doc.opening(doc.para, start), counted.start()) if m.canonical]
    members = [named[-1].canonical] if named else []
    for m, nxt in zip(reversed(named[:-1]), reversed(named[1:])):
        gap = text[m.end:nxt.start].strip(_BRACKETS)  # (a short name in brackets is the park again)
        if gap and gap not in _LISTED or not gap and m.canonical != nxt.canonical:
            break
        if m.canonical != members[0]:
            members.insert(0, m.canonical)
    return members[n] if len(members) == size and n < size else None


_COUNTED_SUBJECT = re.compile(r"(\d+|[两二三四五六七八九十])[个大家座]?(?:平台|园区|开发区|片区|板块|功能区|产业园)")
_MEMBERS_JOINED = frozenset(["", "、", "和", "及", "与", "以及", "等"])
_LIST_MARKS = frozenset("、和及与")
# the parts of a zone (粤桂试验区两个片区, 合作区三个园区): its own, not parks listed before them
_PARTS = ("片区", "分区", "组团", "板块", "园区")


_UNNAMED_MEMBERS = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)+[、和及与]?")


_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?\n]")


def _owner(doc: _Document, lo: int, mention: ParkMention) -> str:
    """The park a mention stands for in the clause from `lo`: its own; for several parks at once
    (三大园区, A、B、C三个国家级园区, 台中、后里及中兴新村园区) the park named before them and
    their listed members, which holds them all (中科辖有台中、后里…园区，总开发面积…), else ""."""
    if mention.canonical:
        if _SUM_AFTER.match(doc.text, mention.end) and is_generic(mention.name):
            return ""  # 台北市去年科技产业园区合计营业额…: a bare kind word summed is the place's parks
        return mention.canonical
    pos = mention.start
    for m in reversed(doc.mentions_in(lo, mention.end)):
        if m.end > pos:
            continue  # a member inside the group's own span
        if pos == mention.start == m.end and m.canonical and mention.name.endswith(_PARTS) and not (
                doc.text[m.start - 1:m.start] in _LIST_MARKS):
            return m.canonical  # a zone right before its parts (粤桂试验区两个片区合计…): the zone's
        if doc.text[m.end:pos] in _MEMBERS_JOINED or _UNNAMED_MEMBERS.fullmatch(doc.text, m.end, pos):
            pos = m.start  # a member listed before it (竹科、中科、南科三大科学园区: 中科 and 南科 too)
            continue
        if pos < mention.start and _CLAUSE_BREAK.search(doc.text, m.end, pos):
            return ""  # listed members and a park in a clause before them: it holds none of them
        return m.canonical  # the park that holds them (中科辖有台中、后里…园区)
    return ""


# a label line may be a numbered field (2、投资金额：, 2.2 建设地点：)
_LABEL = re.compile(r"[ \t]*(?:\d{1,2}、|\d{1,2}(?:\.\d{1,2})+[ \t]?)?([\u4e00-\u9fff（）()、]{2,12})[：:]")
_TABLE_LINES = 30  # how far up a table of label lines is read


def _above_in_table(doc: _Document, p_lo: int, start: int) -> str | None:
    """The park of a figure on a label line (出让面积：33345.6平方米) that names none: the last
    park named on the label lines above it, or on the line of prose that opens the table (该项目
    位于浏阳经开区先进储能材料产业园内，…); None when they name none."""
    text = doc.text
    if not _label_line(text, p_lo) or (text.find("：", p_lo, start) < 0 and text.find(":", p_lo, start) < 0):
        return None
    k = bisect_left(doc.para, p_lo - 1)  # doc.para[k] ends the line above
    for k in range(k, max(k - _TABLE_LINES, 0), -1):
        lo = doc.para[k - 1] + 1
        hi = doc.para[k]
        named = doc.mentions_in(lo, hi, groups=True)
        if named:
            return _owner(doc, lo, max(named, key=lambda m: (m.end, m.end - m.start)))
        if hi > lo and not _label_line(text, lo):
            return None
    return None


def _label_line(text: str, lo: int) -> bool:
    """Whether the line at `lo` opens with a field's label (出让面积：, 2、投资金额：), not with the
    place or park a round-up's item is about (7、湖南省：, 6、浏阳经开区：)."""
    m = _LABEL.match(text, lo)
    return m is not None and not (is_place(m.group(1)) or kind_of(m.group(1)))


_INCLUDED = ("（含", "(含", "（包括", "(包括", "（包含", "(包含")  # a bracket of what a whole takes in


_RANKED_AMONG = ("位居", "位列", "居", "排名", "排在", "名列", "跻身", "领跑", "领先")


def _aside_of_a_park(text: str, at: int) -> bool:
    """Whether `at` lies in a bracket that follows a park's name, words about that park
    (湖州经济技术开发区（属南太湖新区管理）), not after a word of a kind's own (南沙（广州）)."""
    b = max(text.rfind("（", max(0, at - _ASIDE), at), text.rfind("(", max(0, at - _ASIDE), at))
    return (b > 0 and text[b + 1:at].strip() != "" and not any(c in text[b:at] for c in "）)")
            and bool(kind_of(text[max(0, b - 12):b])))


_ASIDE = 8


def _listed_in_bracket(text: str, m: ParkMention) -> bool:
    """Whether a mention is one of the members a bracket lists (三大科学园区（竹科、中科、南科）)."""
    lo = max(text.rfind("（", max(0, m.start - 30), m.start), text.rfind("(", max(0, m.start - 30), m.start))
    if lo < 0 or any(c in text[lo:m.start] for c in "）)\n"):
        return False
    hi = min((i for i in (text.find("）", m.end, m.end + 30), text.find(")", m.end, m.end + 30)) if i >= 0),
             default=-1)
    return hi >= 0 and "\n" not in text[m.end:hi] and "、" in text[lo:hi]


def _may_be_subject(text: str, m: ParkMention) -> bool:
    """Whether a mention can be what a figure near it is about: not a park in 以X为Y (科学城以
    重庆高新区为直管园), the frame's object; not a park that places a place (合作区所在的西双版纳州);
    not the parks a share is taken of (占全国高新区的近两成), a rank among (位居全省经开区第一位) or an
    average over (全省国家级经开区平均水平的百分之六十); not an example of what is counted
    (该区新落地中信重工智能装备产业园等项目17个); not a park a bracket says a whole takes in
    (全市（含贵安新区）), nor the first of the members a bracket lists (三大科学园区（竹科、中科、南科）)."""
    before = text[m.start - 1:m.start]
    return not (before == "以" and text.startswith("为", m.end)
                or text.endswith(_INCLUDED, 0, m.start)  # 全市（含贵安新区）规上工业增加值增长7.1%
                or before == "占" and not m.canonical
                or not m.canonical and text.endswith(_RANKED_AMONG, 0, m.start)  # 位居全省经开区第一位
                or not m.canonical and text.startswith(_lexicon().average_of, m.end)  # 全省国家级经开区平均水平的六成
                or _aside_of_a_park(text, m.start)  # 湖州经济技术开发区（属南太湖新区管理）
                or text.startswith("等", m.end) and m.canonical
                or _listed_in_bracket(text, m)  # 三大科学园区（竹科、中科、南科）
                or _places_a_place(text, m))


def _earlier_in_sentence(doc: _Document, lo: int) -> str | None:
    """The park of a semicolon clause without a subject of its own, from the clauses before it
    in its sentence: the last park they name, or "" when the nearest that has a subject is about
    a place; None when the sentence opens with this clause or none of them says. (苏宿工业园区
    完成规上工业总产值136.8亿元；一般公共预算收入6.9亿元。 — the 6.9亿元 is the park's.)"""
    s_lo = doc.opening(doc.sent, lo)
    while s_lo < lo:
        k = bisect_left(doc.semi, lo - 1)  # doc.semi[k] ends the clause before
        p_lo = max(s_lo, doc.semi[k - 1] + 1 if k else 0)
        # (several parks compared among, 在全省13家国家级高新区中居第4位, are no subject)
        named = [m for m in doc.mentions_in(p_lo, lo - 1, groups=True) if _may_be_subject(doc.text, m)
                 and not (not m.canonical and doc.text.startswith(COMPARED_AMONG, m.end))]
        if named:
            return _owner(doc, p_lo, max(named, key=lambda m: (m.end, m.end - m.start)))
        if doc.about_place(p_lo):
            return ""
        lo = p_lo
    return None


def _year(doc: _Document, start: int, end: int) -> int | None:
    """The year a figure refers to: the nearest year (2021年) or relative year (今年, 去年)
    before it in its paragraph (so in its sentence first), or in the heading of its section
    (一、2023年工作回顾), else the article's reference year."""
    i = bisect_left(doc.year_starts, start) - 1
    if i < 0:
        return doc.reference_year
    at = doc.year_starts[i]
    if at < doc.opening(doc.para, start):
        h = bisect_right(doc.heading_starts, start) - 1
        if h < 0 or doc.opening(doc.para, at) != doc.heading_starts[h]:
            return doc.reference_year
    year = doc.years[i][1]
    if isinstance(year, int):
        return year
    return None if doc.reference_year is None else doc.reference_year + doc.lex.relative_years[year]
