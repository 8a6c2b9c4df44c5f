"""Metric facts (eval/GUIDE.md): one row per numeral form, unit and exclusion; sentences in the
style of other provinces' park news; the seeds scored against the hand-annotated gold."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _seedtext import seed_texts
from parktool.ingest import Record, Rejected, process, read_path
from parktool.metrics import Fact, extract_facts

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def figures(text: str, **kw) -> list[tuple]:
    return [(f.raw, f.value, f.unit, f.qualifier) for f in extract_facts(text, **kw)]


# ---------------------------------------------------------------- numeral forms and units

@pytest.mark.parametrize("text, raw, value, unit, qualifier", [
    ("该项目总投资110亿元。", "110亿元", 11_000_000_000, "CNY", ""),
    ("总投资约31亿元。", "约31亿元", 3_100_000_000, "CNY", "~"),
    ("零跑汽车产值超百亿元。", "超百亿元", 10_000_000_000, "CNY", ">"),
    ("全区营业收入达1.2万亿元。", "1.2万亿元", 1_200_000_000_000, "CNY", ""),
    ("签订合同1,200万元。", "1,200万元", 12_000_000, "CNY", ""),
    ("累计完成投资2560万元。", "2560万元", 25_600_000, "CNY", ""),
    ("总投资近400亿元。", "近400亿元", 40_000_000_000, "CNY", "~"),
    ("实现亩均税收60万元以上。", "60万元以上", 600_000, "CNY", ">"),
    ("已签订合同额超5000万元。", "超5000万元", 50_000_000, "CNY", ">"),
    ("引进企业三十余家。", "三十余家", 30, "家", ">"),
    ("园区现有入驻企业百余家。", "百余家", 100, "家", ">"),
    ("新增从业人员千余人。", "千余人", 1000, "人", ">"),
    # as people say it: 十几家 is more than ten, 800来人 about 800
    ("做光伏玻璃的企业就有十几家。", "十几家", 10, "家", ">"),
    ("新引进二十几个项目。", "二十几个", 20, "个", ">"),
    ("厂里一共800来人。", "800来人", 800, "人", "~"),
    ("规划用地两千三百亩。", "两千三百亩", 2300 * 2000 / 3, "m2", ""),
    ("企业数量占比达七成。", "七成", 70, "%", ""),
    ("百分之五的企业亏损。", "百分之五", 5, "%", ""),
    ("预计总投资10-20亿元。", "10-20亿元", 1_000_000_000, "CNY", ""),
    ("预计投资10至20亿元。", "10至20亿元", 1_000_000_000, "CNY", ""),
    ("新增光伏装机2×34万千瓦。", "2×34万千瓦", 680_000, "kW", ""),
    ("实际利用外资4.3亿美元。", "4.3亿美元", 430_000_000, "USD", ""),
    ("吸引港资3000万港元。", "3000万港元", 30_000_000, "HKD", ""),
    ("签约欧洲项目2亿欧元。", "2亿欧元", 200_000_000, "EUR", ""),
    ("增速提高2.3个百分点。", "2.3个百分点", 2.3, "pp", ""),
    ("增速提高两个百分点。", "两个百分点", 2, "pp", ""),
    ("增速比全省高3个多百分点。", "3个多百分点", 3, "pp", ">"),
    ("规上工业增加值增速343.9%。", "343.9%", 343.9, "%", ""),
    ("总建筑面积约40万平方米。", "约40万平方米", 400_000, "m2", "~"),
    ("规划面积12.6平方公里。", "12.6平方公里", 12_600_000, "m2", ""),
    ("占地30公顷。", "30公顷", 300_000, "m2", ""),
    ("总占地面积174亩。", "174亩", 116_000, "m2", ""),
    ("新建厂房5000㎡。", "5000㎡", 5000, "m2", ""),
    ("一期6.6万方主体施工形象进度已过半。", "6.6万方", 66_000, "m2", ""),
    ("土方回填12万方。", "12万方", 120_000, "m3", ""),
    ("可年产金属复合板60万吨。", "60万吨", 600_000, "t", ""),
    ("回收废料800公斤。", "800公斤", 0.8, "t", ""),
    ("年用电量1.5亿千瓦时。", "1.5亿千瓦时", 150_000_000, "kWh", ""),
    ("年发电量120GWh。", "120GWh", 120_000_000, "kWh", ""),
    ("电站年发电量约3000万度。", "约3000万度", 30_000_000, "kWh", "~"),
    ("光伏装机50兆瓦。", "50兆瓦", 50_000, "kW", ""),
    ("新建道路35公里。", "35公里", 35_000, "m", ""),
    ("日处理污水10万立方米。", "10万立方米", 100_000, "m3", ""),
    ("集装箱吞吐量120万标准箱。", "120万标准箱", 1_200_000, "标准箱", ""),
    ("港口吞吐量35万TEU。", "35万TEU", 350_000, "TEU", ""),
    ("集装箱吞吐量120万标箱。", "120万标箱", 1_200_000, "标箱", ""),  # any other unit as written
    ("光纤产量突破1亿芯公里。", "突破1亿芯公里", 100_000_000, "芯公里", ">"),
    # a rate is money per 亩, unless its indicator says per 亩 already (亩均, as the gold's 亩均税收60万元)
    ("投资强度达350万元/亩。", "350万元/亩", 3_500_000, "CNY", ""),  # per 亩: in the indicator
    ("亩均税收达35.6万元/亩。", "35.6万元/亩", 356_000, "CNY", ""),
    ("人均可支配收入达5.2万元/人。", "5.2万元/人", 52_000, "CNY", ""),
    # new classifiers: land parcels, funds, teams
    ("一季度全县共出让工业用地9宗。", "9宗", 9, "宗", ""),
    ("新设立天使投资基金12支。", "12支", 12, "支", ""),
    ("年产30万台商用空调项目开工。", "30万台", 300_000, "台", ""),
    # shares in words: tenths after 成, fractions, halves
    ("港资占比达八成五。", "八成五", 85, "%", ""),
    ("服务业增加值占全区GDP逾六成半。", "逾六成半", 65, "%", ">"),
    ("新增就业大学生占全省的四分之一左右。", "四分之一左右", 25, "%", "~"),
    ("次品率降至千分之三。", "千分之三", 0.3, "%", ""),
    ("研发投入约占全省的一半。", "一半", 50, "%", "~"),
    ("出口额占全市比重超过一半。", "超过一半", 50, "%", ">"),
    ("吸纳了全省过半的外商投资。", "过半", 50, "%", ">"),
    ("年产军、民用止血材料2500万片。", "2500万片", 25_000_000, "片", ""),
    ("日峰值产量已超过200辆。", "超过200辆", 200, "辆", ">"),
    ("具备20多套圆片制造工艺。", "20多套", 20, "套", ">"),
    ("涉及500余幢房屋。", "500余幢", 500, "幢", ">"),
    ("引进院士3名。", "3名", 3, "名", ""),
    ("人力减少到10人以下。", "10人以下", 10, "人", "<"),
    ("全自动化将达到90%以上。", "90%以上", 90, "%", ">"),
    ("利润率为10%左右。", "10%左右", 10, "%", "~"),
    ("不足10%的企业亏损。", "不足10%", 10, "%", "<"),
    ("项目总投资5.8亿元人民币。", "5.8亿元人民币", 580_000_000, "CNY", ""),
    ("计划总投资50亿，", "50亿", 5_000_000_000, "CNY", ""),  # 亿 alone beside a money word
    # 万 alone beside pay and prices as people say them
    ("园区电子厂的技术员月薪1.1万左右。", "1.1万左右", 11_000, "CNY", "~"),
    ("高新区周边商品房均价1.4万。", "1.4万", 14_000, "CNY", ""),
    ("算法工程师年包三十多万。", "三十多万", 300_000, "CNY", ">"),
    ("实现 GDP 500 亿元。", "500 亿元", 50_000_000_000, "CNY", ""),  # spaces around Arabic numbers
    ("引进企业约 30 家。", "约 30 家", 30, "家", "~"),
    # the guide's classifiers are examples: goods and things counted in their own classifiers
    ("园区饮料企业年产矿泉水8000万瓶。", "8000万瓶", 80_000_000, "瓶", ""),
    ("全年发放电子营业执照2.6万张。", "2.6万张", 26_000, "张", ""),
    ("沿江大道新装路灯1200盏。", "1200盏", 1200, "盏", ""),
    # an engineering report's tonnes a year
    ("危险废物产生量 3860 t/a。", "3860 t/a", 3860, "t", ""),
    # concentrations as written
    ("片区二氧化氮年均浓度为24微克/立方米。", "24微克/立方米", 24, "微克/立方米", ""),
    ("尾水总磷稳定在0.3mg/L左右。", "0.3mg/L左右", 0.3, "毫克/升", "~"),
    ("数据中心部署服务器机架近5万架。", "近5万架", 50_000, "架", "~"),
    ("累计接待游客320万人次。", "320万人次", 3_200_000, "人次", ""),
    ("片区已建成住宅楼260栋。", "260栋", 260, "栋", ""),
    ("晋江鞋服企业年产运动鞋1200万双。", "1200万双", 12_000_000, "双", ""),
    ("综保区跨境电商业务单量达到326万单。", "326万单", 3_260_000, "单", ""),
    ("口岸出入境车辆215.7万辆次。", "215.7万辆次", 2_157_000, "辆次", ""),
    # a bare 亿 beside a money word after a verb of reaching (a headline's 营收突破千亿)
    ("数字经济营收突破千亿", "突破千亿", 100_000_000_000, "CNY", ">"),
    # an average per head is a statistic, not a per-head allowance
    ("平均每人营业额约1,793万元。", "约1,793万元", 17_930_000, "CNY", "~"),
    # square feet (Hong Kong), gas in normal cubic metres, computing power: as written or converted
    ("启德发展区可提供约300万平方呎商业楼面。", "约300万平方呎", 3_000_000 * 0.09290304, "m2", "~"),
    ("加氢母站日供氢能力2万标方。", "2万标方", 20_000, "标方", ""),
    ("智算中心算力规模达到12EFLOPS。", "12EFLOPS", 12, "EFLOPS", ""),
    ("智算算力规模超过3万PFlops。", "超过3万PFlops", 30_000, "PFlops", ">"),
    ("全年通航飞行起降两万三千多架次。", "两万三千多架次", 23_000, "架次", ">"),
    ("长兴岛经开区新增造船能力150万载重吨。", "150万载重吨", 1_500_000, "载重吨", ""),
    ("庆阳数据中心集群算力规模突破3.5万P。", "突破3.5万P", 35_000, "P", ">"),  # P beside 算力 only
    # a share in words after a verb of contributing
    ("全市新能源汽车产量中，经开区贡献超过一半。", "超过一半", 50, "%", ">"),
    # litres as written, the pataca, currency words and signs before an amount
    ("泰州医药城新建细胞培养罐总容积达到12万升。", "12万升", 120_000, "升", ""),
    ("澳门去年本地居民总收入约1,890亿澳门元。", "约1,890亿澳门元", 189_000_000_000, "MOP", "~"),
    ("楠梓园区全年出口值约美金42亿元。", "约美金42亿元", 4_200_000_000, "USD", "~"),
    ("数码港二期工程耗资约HK$18亿，明年落成。", "约HK$18亿", 1_800_000_000, "HKD", "~"),
    ("今年南沙将投入US$2.5亿元用于航运升级。", "2.5亿元", 250_000_000, "USD", ""),
    # a quantity per period is that period's amount, as 年产 states it
    ("宁东基地煤制油产能达到400万吨/年。", "400万吨/年", 4_000_000, "t", ""),
    ("污水处理厂设计规模5万立方米/日。", "5万立方米/日", 50_000, "m3", ""),
    # a bare multiplier whose verb stands earlier in its clause, at the clause's end
    ("阿勒泰地区全年实现旅游总收入百亿元。", "百亿元", 10_000_000_000, "CNY", ""),
    # a small Chinese count after a verb that reaches or totals it, at its clause's end
    ("入驻孵化器的上市公司增至八家。", "八家", 8, "家", ""),
    ("园区综合服务楼楼高九层，已封顶。", "九层", 9, "层", ""),
    # money as people say it, in small Chinese numerals and decimals: no enumeration
    ("标准化厂房月租金每平方米八块钱。", "八块钱", 8, "CNY", ""),
    ("园区企业平均到户电价是每度零点四八元。", "零点四八元", 0.48, "CNY", ""),
])
def test_numeral_forms_and_units(text, raw, value, unit, qualifier):
    got = figures(text)
    assert len(got) == 1, got
    assert got[0][0] == raw
    assert got[0][1] == pytest.approx(value, rel=1e-6)
    assert got[0][2:] == (unit, qualifier)


@pytest.mark.parametrize("text, unit, indicator", [
    # a price per unit is money in its currency; what it is per goes into the indicator
    ("楼面地价：824元/平方米。", "CNY", "楼面地价（每平方米）"),
    ("大数据企业平均到户电价约0.35元/千瓦时。", "CNY", "大数据企业平均到户电价（每千瓦时）"),
    # … unless the indicator says it (亩均); a quantity per period is that period's amount
    ("亩均税收32.8万元/亩。", "CNY", "亩均税收"),
    ("项目建成后产能1,850万吨/年。", "t", "产能"),
])
def test_a_price_per_unit_is_money_with_its_denominator_in_the_indicator(text, unit, indicator):
    [fact] = extract_facts(text)
    assert (fact.unit, fact.indicator) == (unit, indicator)


@pytest.mark.parametrize("text, values", [
    ("营业收入同比下降3.2%。", [-3.2]),
    ("能耗减少15%。", [-15]),
    ("增速回落2个百分点。", [-2]),
    ("出口增长-4.1%。", [-4.1]),
    ("分别下降3%、5%和7%。", [-3, -5, -7]),
    ("人力由原来的36人减少到10人以下。", [36, 10]),  # a level reached is no decrease
    ("占比降至5%。", [5]),
    ("GDP增长6.1%。", [6.1]),
    # a written minus after a list word or a "from": 和-3.4%, 由-2.1%
    ("出口、进口分别增长12.1%和-3.4%。", [12.1, -3.4]),
    ("利润增速由-2.1%回升至-0.5%。", [-2.1, -0.5]),
    # Taiwan and Hong Kong: 年减 (down on the year), 月减
    ("南部科学园区营业额为9,800亿元，年减6.3%。", [980_000_000_000, -6.3]),
    ("外销订单月减4.1%。", [-4.1]),
])
def test_decreases_are_negative(text, values):
    assert [f.value for f in extract_facts(text)] == pytest.approx(values)


def test_after_fenbie_each_figure_pairs_with_the_figure_it_follows():
    text = "合肥经开区出口285亿元、进口96亿元，分别增长12.1%和-3.4%。"
    assert [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "%"] == [
        ("出口额增速", 12.1), ("进口额增速", -3.4)]


# ---------------------------------------------------------------- not facts (GUIDE "Not facts")

def test_a_mainland_article_about_taiwan_s_investors_states_yuan_in_renminbi():
    """台商投资区 news names 台湾 often, but writes 同比 as the mainland does: its 元 is 人民币."""
    text = ("漳州台商投资区是台湾同胞投资的集聚地。区内台湾企业过百家，台湾资本占比过半，与台湾产业对接紧密。"
            "去年全区规上工业总产值842.6亿元，同比增长7.1%。")
    assert [f.unit for f in extract_facts(text) if f.raw == "842.6亿元"] == ["CNY"]


@pytest.mark.parametrize("text", [
    # dates, times and periods
    "2019年6月14日，项目奠基。",
    "今年1-5月，园区运行平稳。",
    "第一季度开局良好。",
    "三年来，园区发展迅速。",
    "固定资产投资增速保持20个月全市头部。",
    "短短两个多月时间，征收取得突破。",
    # ranks and ordinals
    "从上年的第30位提升至第21位，大幅前进9位。",
    "在全国的综合排名从158位一跃跻身前80强。",
    "省级及以上研发机构总数前30位。",
    "第一个实现量产车下线。",
    "开工率全市第4。",
    # enumerations and slogans with small Chinese numerals
    "形成“五大产业集群”。",
    "分成整车、零部件和物流配送三大板块。",
    "围绕四项任务拼速度。",
    "打造“两个健康”发展示范园区。",
    "紧扣“三中心三高地”目标任务。",
    "出台鼓励企业入园八条。",
    "宏昌、百诚两个上市公司投资项目均已落地。",
    "守好一亩三分地。",
    "《推进科技创新引领高质量绿色发展的26条意见》印发。",
    "出台稳增长20条政策措施。",
    "认真落实园区人才新政30条。",
    "本期债券可能跨越一个以上的利率波动周期。",  # "one or more"
    "Several of the new projects are worth over RMB 1 billion each.",
    # specifications
    "首批6英寸晶圆片出片。",
    "具备0.5~3微米CMOS工艺。",
    "平面型100/650V VDMOS。",
    "采用“工业4.0”智能化生产。",
    "目前已研发量产EX5车型。",
    # contact data and identifiers
    "咨询电话：0595-22128966。",
    "京ICP备09051002-4号",
    # durations and multiples used as targets
    "主要指标实现五年翻番。",
    "打造15分钟生活圈。",
    "生产效率却提高了一倍多。",
    # scale labels and thresholds
    "打造“万亩千亿”新产业平台。",
    "培育千亿产业集群。",
    "迎来了首个百亿级制造业产业项目。",
    "亿元以上项目中有一批超亿元项目开工。",
    "建设10万吨级码头。",
    "引育国家千人计划人才。",
    # counts in a ranking claim
    "金华开发区GDP、规上工业增加值等10项指标金华市前三。",
    "园区10项指标排名全省前五，其中5项居第一位。",
    # the field a ranking is made in
    "在全国230家国家级经开区综合发展水平考核评价中，常熟经开区位列第15位。",
    "全国169家国家高新区中排名第12位。",
    "综合实力跃居全省46个省级开发区前列。",
    "营业收入位列全省30家省级高新区第3位。",
    # a product's specification, and a bare multiplier before a class: a label
    "该企业电子级多晶硅纯度达到99.9999%，填补省内空白。",
    "定位精度达到95%。",
    "打造千亿元产业集群。",
    "成为全省首家年营收破千亿元的民营企业。",
    "打造千亿级产业集群，建设万亩千亿产业平台。",
    # 双 and 单 are classifiers only for things counted: 双创, 双循环, 单位, 单元
    "共有12双创团队参赛，3单位参与，实施5单体建筑改造。",
    # 几 and 来 that count nothing: 这几年, 三年来, 一来…二来
    "这几年新能源转型比较快，一来降低成本，二来提高效率，近十来年园区变化大。",
    # the bounds of an evaluation's classes, a notice's period in days, "a number of"
    "分类标准如下：A类，亩均税收30万元以上且亩均增加值150万元以上；B类，亩均税收15万元（含）至30万元；C类，亩均税收5万元至15万元。",
    "公示期为2024年4月15日至4月21日（7个自然日）。",
    "新建省级工程技术研究中心等创新平台一批。",
])
def test_not_facts(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, raw, unit", [
    # a classifier before a word it begins (家 before 电子, 条 before 线路) still counts
    ("新蒲经开区这两年进了20多家电子和食品企业。", "20多家", "家"),
    ("园区开通通勤班车，一共6条线路，早晚各一趟。", "6条", "条"),
])
def test_a_count_whose_classifier_begins_the_next_word(text, raw, unit):
    assert [(f.raw, f.unit) for f in extract_facts(text)] == [(raw, unit)]


def test_an_english_restatement_in_brackets_is_no_second_fact():
    """56,000 TEUs restates 5.6万标箱, RMB 6.84 billion restates 68.4亿元 (equal but for a float's
    last bits)."""
    text = "去年港区集装箱吞吐量达到5.6万标箱（56,000 TEUs），对东盟贸易额68.4亿元（RMB 6.84 billion）。"
    assert [f.raw for f in extract_facts(text)] == ["5.6万标箱", "68.4亿元"]


def test_an_english_fall_before_a_percent_sign_is_a_decrease():
    """`fell by 4.8%`: a bilingual release's English states the Chinese 下降4.8% again, negative."""
    assert figures("Energy use per unit of industrial added value fell by 4.8%, while exports grew by 3.1%.") == [
        ("4.8%", -4.8, "%", ""), ("3.1%", 3.1, "%", "")]


@pytest.mark.parametrize("text", [
    # policy texts: caps, norms, rewards and conditions
    "单个项目最高不超过2000万元。",
    "对获评五星级的园区，最高奖励300万元。",
    "单位面积投资强度原则上不低于每亩300万元。",
    "支持每个开发区建设1个以上标准厂房集中区。",
    "按照项目实际投资额的2%给予奖励。",
    "对年主营业务收入首次突破100亿元、50亿元的企业，分别给予一次性奖励。",
    "对新引进总投资10亿元以上的制造业项目给予支持。",
    "成为西部首个营业总收入突破万亿元的国家高新区。",
    "对新认定的市级以上特色产业园区，给予一次性奖励100万元。",
    "分别给予50万元、100万元、200万元奖励。",
    # an environmental standard's limits and distances, and the figures of a sentence that says
    # which standard applies
    "其中SO2 24小时平均浓度限值150μg/m³、NO2 24小时平均浓度限值80μg/m³。",
    "精细化工园区外边界设置1000米卫生防护距离。",
    "厂区内无组织排放执行《挥发性有机物无组织排放控制标准》（GB 37822-2019），监控点处1h平均浓度值10mg/m³。",
    # requirements of a land-sale notice or a policy: bounds, not figures
    "投资强度：不低于280万元/亩",
    "投资强度不低于每亩300万元，达产后亩均税收不低于25万元。",
    "增价幅度：10万元",
    "竞买申请人注册资本不少于3000万元。",
    "亩均税收不得低于25万元。",
    "项目建筑密度不大于60%。",
    "规划条件：容积率≥1.0，建筑密度≥35%，绿地率≤20%。",
    "申请企业上年度研发投入不低于500万元。",
    # ... and a share of a base the bound names first
    "工业用地出让起始价按不低于当地工业用地出让最低价标准的60%执行。",
    "入园企业研发投入不少于销售收入的3%。",
    # what a policy grants to those who qualify, and a condition closed by 的，
    "对首次认定的省级专精特新企业奖励30万元。",
    "对年纳税首次超过5000万元、1亿元的企业，分别奖励30万元、60万元。",
    "对新增的国家级孵化器补助100万元；对省级孵化器补助50万元。",
    # ... or who are named by a 的-phrase, the grant right before its amount (a promise)
    "首次纳入规上统计的工业企业，一次性奖励10万元；新认定的国家级专精特新企业奖励50万元。",
    # ... also in an article of a policy (第三条), and a bound marked inclusive (以上（含）的)
    "第三条　对首次认定的国家高新技术企业，一次性奖励20万元。",
    "第一条　对新引进总投资5亿元以上（含）的制造业项目，按设备投资额的8%给予补助。",
    "企业研发投入占营业收入比重达到5%以上的，按增量部分的15%给予补助。",
    # thresholds and caps after a currency word, a cap reached with 可达, minimums, allowances
    "对投资额达人民币5000万元以上的新进驻厂商，提供最高人民币300万元的设备补助。",
    "符合条件的企业，单个项目最高可达800万元。",
    "单一企业补助上限为500万元。",
    # conditions: after an article's head and its title, and listed before the 的 of what they define
    "第五条（支持人才集聚） 对年薪50万元以上的核心技术人才，给予安家补贴。",
    "对建筑面积1万平方米以上、人工智能企业集聚度达到60%以上的专业楼宇，给予运营方奖励。",
    "申请企业须在园区内租用最少500平方米厂房。",
    "入境旅客每人每次可享受5000元以内的免税额度。",
    # a convention, a scope a rule covers, a cap held to
    "以2.5千瓦为一个标准机架计。",
    "征地补偿按每亩8万元计算。",
    "长江干流岸线1公里范围内禁止新建化工园区。",
    # a building's specification, a vehicle's speed
    "园区厂房首层层高8米,楼面荷载1.5吨/平方米,可满足设备装配需要。",
    "新开通的货运专线设计时速160公里，冷藏车厢可控温至零下18摄氏度。",
    # a product's property
    "改造后电池转换效率提升到百分之二十六以上。",
    # a rating's conditions and thresholds, and a penalty price
    "规上企业中，亩均税收达到25万元、亩均增加值达到120万元且综合得分位于前20%的，可评为A类。",
    "评价对象为租用厂房面积1000平方米以上、年主营业务收入500万元以上的规下工业企业。",
    "规下企业亩均税收门槛为A类15万元、D类3万元。",
    "对D类企业，实行用电加价每千瓦时0.1元。",
    "全县年用水总量控制在3.2亿立方米以内。",
    "新建化工项目综合能耗限制在5万吨以下。",
])
def test_policy_norms_are_no_facts(text):
    assert figures(text) == []


def test_a_grant_paid_or_won_is_a_fact():
    assert [f.raw for f in extract_facts("东方汽轮机获得技改补助1,650万元，全区累计兑现奖补资金3.2亿元。")] == [
        "1,650万元", "3.2亿元"]


@pytest.mark.parametrize("text, expected", [
    # a range with its unit twice is one figure, its low end; a level reached is two
    ("固定资产投资完成95亿元至100亿元之间。", [("95亿元", 9_500_000_000, "CNY", "")]),
    ("产值由95亿元增加到100亿元。", [("95亿元", 9_500_000_000, "CNY", ""), ("100亿元", 10_000_000_000, "CNY", "")]),
    # a small Chinese count after what it counts
    ("新签约项目三十二个，其中十亿元以上项目五个；", [("三十二个", 32, "个", ""), ("五个", 5, "个", "")]),
    ("推出八条举措，实施五大工程。", []),
    # and after a verb that cuts it to, leaves it or adds it
    ("全县工业园区由十二个精简为六个。", [("十二个", 12, "个", ""), ("六个", 6, "个", "")]),
    ("闲置地块已盘活4处，还剩三处、56亩待处置。", [("4处", 4, "处", ""), ("三处", 3, "处", ""), ("56亩", pytest.approx(37333.33), "m2", "")]),
    ("今年孵化器只有两家，明年将推出三项措施。", [("两家", 2, "家", "")]),
    ("鑫达电子今年新上三条产线，园区新增的两栋厂房已交付。", [("三条", 3, "条", ""), ("两栋", 2, "栋", "")]),
    # a spoken estimate is its low end, about; one of a few things is none
    ("旺季时一个厂区就两三千人，做强一两条产业链。", [("两三千人", 2000, "人", "~")]),
    # 亿 without 元 beside a money word, before a sentence's 了
    ("全市GDP都五千多亿了。", [("五千多亿", 5e11, "CNY", ">")]),
    # a spoken 个 before 亿 (but not before 亿元: 102个亿元以上项目 counts projects)
    ("地区生产总值达到八百四十多个亿，其中102个亿元以上项目完成投资。",
     [("八百四十多个亿", 8.4e10, "CNY", ">"), ("102个", 102, "个", "")]),
    # … money even where its clause names no money word
    ("说到税收，第三个数，是二十六个多亿，比去年多了不少。", [("二十六个多亿", 2.6e9, "CNY", ">")]),
    # a cut made or a time shortened is a decrease; a level cut to is not
    ("二氧化硫排放量削减210吨，编制压减百分之十五，通关时间缩短32%，企业压减至41家。",
     [("210吨", -210, "t", ""), ("百分之十五", -15, "%", ""), ("32%", -32, "%", ""), ("41家", 41, "家", "")]),
    # … and before 左右
    ("改造以后，一年产值能增加十五亿左右。", [("十五亿左右", 1.5e9, "CNY", "~")]),
    # 几 before a bare multiplier: no definite number
    ("去年是不是招了好几百人？听说投资几千万元。", []),
    # a count after 引进, but not 一 ("a")
    ("今年引进三个项目，还将再引进一条生产线。", [("三个", 3, "个", "")]),
    # two big units with a small one (Taiwan), and new classifiers and units
    ("从业员工16万3千余人。", [("16万3千余人", 163_000, "人", ">")]),
    ("生产手机1100万部，5部门联合印发。", [("1100万部", 11_000_000, "部", "")]),
    ("累计开行中欧班列1850列，列入省重点。", [("1850列", 1850, "列", "")]),
    ("人造金刚石产量约15.6亿克拉。", [("约15.6亿克拉", 1.56e9, "克拉", "~")]),
    ("集装箱吞吐量2102万标准箱。", [("2102万标准箱", 21_020_000, "标准箱", "")]),
    # a range before 的 and a class names the class; an estimated one is a figure
    ("其中总投资5-10亿元的项目共12个。", [("12个", 12, "个", "")]),
    ("园区投资约3-5亿元的污水处理工程已开工。", [("约3-5亿元", 300_000_000, "CNY", "~")]),
    # a range before 的 and the description of one thing is its figure (产业园 is a park, no class)
    ("总投资20亿-25亿元的合肥生物医药产业园将于年内开工。", [("20亿-25亿元", 2_000_000_000, "CNY", "")]),
    ("总投资8-10亿元的产业园一期已封顶。", [("8-10亿元", 800_000_000, "CNY", "")]),
    ("5亿元以上产业园区共4个。", [("4个", 4, "个", "")]),
    # one unit per figure, and no fact from a specification 以…计 or a 范围: 2 facts here
    ("标准机架1.2万架（以6千瓦计），服务器5万台。", [("1.2万架", 12_000, "架", ""), ("5万台", 50_000, "台", "")]),
    # banker's numerals in a tender's amounts; a banker's digit alone is a name (陆家嘴)
    ("投标保证金：人民币捌拾万元整，最高限价壹仟贰佰叁拾万元。",
     [("捌拾万元", 800_000, "CNY", ""), ("壹仟贰佰叁拾万元", 12_300_000, "CNY", "")]),
    ("陆家嘴金融城伍家银行。", []),
])
def test_ranges_counts_and_units(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a target the writer sets for itself is a figure, though bounded like a requirement
    ("今年，高新区力争新增高新技术企业不少于50家。", [("不少于50家", 50, "家", ">")]),
    ("确保全年固定资产投资不低于120亿元。", [("不低于120亿元", 12_000_000_000, "CNY", ">")]),
    ("下半年计划新引进规上企业不少于二十家。", [("不少于二十家", 20, "家", ">")]),
    ("全会提出，新签约亿元以上项目不少于80个。", [("不少于80个", 80, "个", ">")]),
    # ... by a year to come, or under the line that introduces a list of targets
    ("到2035年，园区再生水回用率不低于85%。", [("不低于85%", 85, "%", ">")]),
    ("3月份工作目标：\n1. 全组签约项目不少于8个，签约总投资不低于30亿元；\n",
     [("不少于8个", 8, "个", ">"), ("不低于30亿元", 3_000_000_000, "CNY", ">")]),
    # ... also one held down to a bound (a plan's target, not a cap on others)
    ("今年主要预期目标是：城镇调查失业率控制在5.5%以内。", [("5.5%以内", 5.5, "%", "<")]),
    # 最高 before a record reached is no policy's cap
    ("5月份，港区单日进口量最高突破3万吨。", [("突破3万吨", 30_000, "t", ">")]),
    # a currency named before an amount is its own, whatever the article's
    ("东莞台资企业营收约300亿元，其台湾母公司营收为新台币8,620亿元。",
     [("约300亿元", 30_000_000_000, "CNY", "~"), ("8,620亿元", 862_000_000_000, "TWD", "")]),
    ("前海合作区新引进港资项目总投资港币120亿元。", [("120亿元", 12_000_000_000, "HKD", "")]),
    ("澳门特区政府出资约澳门元12.3亿元，港资企业投资港元8亿元。",
     [("约澳门元12.3亿元", 1_230_000_000, "MOP", "~"), ("8亿元", 800_000_000, "HKD", "")]),
    # an article about Taiwan: its places, 民国 years, 兆 in its amounts
    ("高雄楠梓园区营业额约980亿元，台中、台南园区同步成长。", [("约980亿元", 98_000_000_000, "TWD", "~")]),
    ("民国112年园区营业额约9,800亿元。", [("约9,800亿元", 980_000_000_000, "TWD", "~")]),
    ("居民国庆期间消费约9,800万元。", [("约9,800万元", 98_000_000, "CNY", "~")]),
    ("晶圆代工厂去年营收2兆1,617亿元，年减4.5%。", [("2兆1,617亿元", 2_161_700_000_000, "TWD", ""),
                                            ("4.5%", -4.5, "%", "")]),
    # Hong Kong's press: 元 is 港元, and a mainland amount carries 人民币; a mainland article
    # (同比) about Hong Kong keeps 元 in yuan
    ("香港数码港公司公布，去年录得收入约8.6亿元，按年增加5%；政府再拨款30亿港元扩建园区，另预留"
     "5亿港元成立基金。数码港位于港岛南区，并与九龙的科学园合作。",
     [("约8.6亿元", 860_000_000, "HKD", "~"), ("5%", 5, "%", ""), ("30亿港元", 3_000_000_000, "HKD", ""),
      ("5亿港元", 500_000_000, "HKD", "")]),
    ("香港数码港公司公布，去年录得收入约8.6亿元，同比增加5%；政府再拨款30亿港元扩建园区，另预留"
     "5亿港元成立基金。数码港位于港岛南区，并与九龙的科学园合作。",
     [("约8.6亿元", 860_000_000, "CNY", "~"), ("5%", 5, "%", ""), ("30亿港元", 3_000_000_000, "HKD", ""),
      ("5亿港元", 500_000_000, "HKD", "")]),
    ("香港科学园三期拨款约30亿港元，另预留5亿港元；九龙东及新界北项目总投资约人民币80亿元。",
     [("约30亿港元", 3_000_000_000, "HKD", "~"), ("5亿港元", 500_000_000, "HKD", ""),
      ("约人民币80亿元", 8_000_000_000, "CNY", "~")]),
])
def test_bounds_records_and_currencies(text, expected):
    assert [(raw, pytest.approx(v), u, q) for raw, v, u, q in expected] == figures(text)


@pytest.mark.parametrize("text, expected", [
    # one quantity in two units is one fact, the first form
    ("出让宗地面积：26680平方米（折合40.02亩）", [("26680平方米", 26680, "m2", "")]),
    ("项目总用地约120亩，约合8万平方米。", [("约120亩", 80_000, "m2", "~")]),
    # two quantities that merely sit together stay two
    ("新建厂房12万平方米（其中标准厂房8万平方米）。", [("12万平方米", 120_000, "m2", ""), ("8万平方米", 80_000, "m2", "")]),
    # a milestone the exact level follows is that level; a milestone alone is a figure
    ("全区工业总产值突破2000亿元、达到2135亿元。", [("2135亿元", 213_500_000_000, "CNY", "")]),
    ("全年出口突破500亿元。", [("突破500亿元", 50_000_000_000, "CNY", ">")]),
    # 余/多 make a vague count, no threshold; a count of the things themselves is no threshold
    ("将吸引二十余家上下游配套企业集聚。", [("二十余家", 20, "家", ">")]),
    ("目前已引进超过150家企业。", [("超过150家", 150, "家", ">")]),
    # but a count of people before a class of firms measures them
    ("集聚用工1000人以上企业28家。", [("28家", 28, "家", "")]),
])
def test_one_quantity_one_fact(text, expected):
    assert [(raw, pytest.approx(v), u, q) for raw, v, u, q in expected] == figures(text)


def test_label_names_its_value():
    """A notice's `label：value` lines: each value takes its label, so one number under two labels
    is two facts."""
    facts = extract_facts("起始价：860万元\n竞买保证金：860万元\n出让年限：50年")
    assert [(f.indicator, f.value) for f in facts] == [("起始价", 8_600_000), ("竞买保证金", 8_600_000)]


def test_a_list_labelled_with_a_money_word_states_money_without_yuan():
    """`营收：A约620亿，B约480亿`: the label before the colon says the bare 亿 are yuan; a label of
    no money word (人口) leaves them no fact."""
    facts = extract_facts("去年主营业务收入：城东园约215亿，城西园约96亿。常住人口：约35万，就业人口：约12万。")
    assert [(f.raw, f.value, f.unit) for f in facts] == [("约215亿", 2.15e10, "CNY"), ("约96亿", 9.6e9, "CNY")]


def test_same_figure_for_two_years_is_two_facts():
    """A report's review and its targets: the year of a section comes from its heading."""
    text = ("一、2023年工作回顾\n全市地区生产总值增长5.5%，规上工业增加值增长8%。\n"
            "二、2024年主要目标\n地区生产总值增长5.5%左右，规上工业增加值增长8%以上。")
    facts = extract_facts(text, published="2024-01-20")
    assert [(f.raw, f.year) for f in facts] == [("5.5%", 2023), ("8%", 2023), ("5.5%左右", 2024), ("8%以上", 2024)]


def test_threshold_stays_in_the_indicator():
    facts = extract_facts("全年新签约10亿元以上项目21个，新开工亿元以上项目126个。")
    assert [(f.raw, f.indicator) for f in facts] == [("21个", "新签约10亿元以上项目"),
                                                     ("126个", "新开工亿元以上项目")]


def test_threshold_is_no_fact_but_its_count_is():
    """10亿元以上制造业项目 names a category; the count of such projects, 6个, is a fact."""
    assert figures("金华开发区10亿元以上制造业项目落地6个，") == [("6个", 6, "个", "")]
    assert figures("亩均税收超过30万元的企业有52家。") == [("52家", 52, "家", "")]
    assert figures("开发区有序推进1平方公里以上片区改造项目4个。") == [("4个", 4, "个", "")]
    # A bound before a task or before punctuation is the figure itself.
    assert figures("推动项目总投资670亿元以上任务。") == [("670亿元以上", 67_000_000_000, "CNY", ">")]


def test_boilerplate_list_holds_no_facts():
    """A run of short headline lines (related articles, links) is no part of the article."""
    body = "园区完成投资51亿元，年度投资完成率78.5%。\n"
    links = "世界一流国家公路网背后的5个规划\n全国344个统筹地区启动门诊\n中国出台二十条措施\n第40届峰会开幕\n"
    assert [f.raw for f in extract_facts(body + links)] == ["51亿元", "78.5%"]
    # one headline of two figures among them does not make the list a section's bullets
    links += "一季度GDP增长5.3%，CPI上涨0.1%\n"
    assert [f.raw for f in extract_facts(body + links)] == ["51亿元", "78.5%"]


def test_short_bullets_of_what_a_section_s_park_achieved_are_facts():
    """Bullets that open with what their subject achieved, or a distance, continue their section's
    park; a run of them is no headline list (headlines open with the place they are about)."""
    text = ("二、淮安经济技术开发区\n● 淮安经开区地处淮河生态经济带与大运河文化带交汇处，区位优越，交通便捷\n"
            "● 距淮安东站约6公里\n● 距涟水机场约18公里\n◆ 发展成就\n"
            "● 2025年，淮安经开区完成规上工业开票销售1,120亿元，同比增长8.6%\n"
            "● 实现一般公共预算收入31.6亿元\n● 拥有规上工业企业380余家\n● 累计引进外资项目96个\n"
            "● 新增高新技术企业45家\n")
    assert [(f.raw, f.park) for f in extract_facts(text)] == [
        ("约6公里", "淮安经济技术开发区"), ("约18公里", "淮安经济技术开发区"), ("1,120亿元", "淮安经济技术开发区"),
        ("8.6%", "淮安经济技术开发区"), ("31.6亿元", "淮安经济技术开发区"),
        ("380余家", "淮安经济技术开发区"), ("96个", "淮安经济技术开发区"), ("45家", "淮安经济技术开发区")]


@pytest.mark.parametrize("text, expected", [
    # money with a scale word, a rise and a fall as the growth of the figure before
    ("Xi'an High-tech Zone (西安高新区) reported operating revenue of 2.6 trillion yuan, up 12.5 percent. "
     "Its actual use of foreign capital reached USD 1.8 billion, down 3.2 percent.",
     [("2.6 trillion yuan", 2.6e12, "CNY", "", "营业收入"), ("12.5 percent", 12.5, "%", "", "营业收入增速"),
      ("USD 1.8 billion", 1.8e9, "USD", "", "实际利用外资"), ("3.2 percent", -3.2, "%", "", "实际利用外资增速")]),
    # areas and counts with qualifiers, words between a count and its noun; a label's number is none
    ("The park covers 123 square kilometers and hosts more than 3,000 high-tech enterprises and around "
     "45,000 people. 98 Fortune Global 500 companies have invested in 166 projects. Founded in 1992, it ranks No. 3.",
     [("123 square kilometers", 1.23e8, "m2", "", "面积"), ("more than 3,000", 3000, "家", ">", "企业"),
      ("around 45,000 people", 45000, "人", "~", "从业人员"), ("98", 98, "家", "", "企业"),
      ("166 projects", 166, "个", "", "项目")]),
    # a figure stated in Chinese and again in English is one fact; one in English alone is a fact
    ("实际使用外资28.87亿美元（USD 2.887 billion），研发投入达RMB 1.5 billion。",
     [("28.87亿美元", 2.887e9, "USD", "", "实际利用外资"), ("RMB 1.5 billion", 1.5e9, "CNY", "", "研发投入")]),
    # a range is its low end
    ("Its actual use of foreign capital is expected to reach USD 3 to 4 billion.",
     [("USD 3 to 4 billion", 3e9, "USD", "", "实际利用外资")]),
    # containers in TEU, as written (the guide's "any other unit as written")
    ("The port handled 19.85 million TEUs.", [("19.85 million TEUs", 1.985e7, "TEU", "", "The port handled")]),
])
def test_figures_written_in_english(text, expected):
    assert [(f.raw, pytest.approx(f.value), f.unit, f.qualifier, f.indicator) for f in extract_facts(text)] == expected


def test_a_poster_s_arrows_and_marks():
    """↓ before a percentage is a decrease, ↑ a rise; a bullet's mark is no part of an indicator."""
    text = "▶ 营业收入 826.5亿元 ↑12.5%\n▶ 税收收入 28.7亿元 ↓3.1%\n▶ 专精特新企业 52家\n"
    assert [(f.raw, f.value, f.indicator) for f in extract_facts(text)] == [
        ("826.5亿元", pytest.approx(8.265e10), "营业收入"), ("12.5%", 12.5, "营业收入增速"),
        ("28.7亿元", pytest.approx(2.87e9), "税收"), ("3.1%", -3.1, "税收增速"), ("52家", 52, "专精特新企业")]


def test_a_decrease_in_a_field_s_label_is_the_figure_s_sign():
    text = "进出口总额：496.3亿元\n同比下降：3.4%\n实际使用外资：4.12亿美元\n同比增长：6.8%\n"
    assert [(f.raw, f.value) for f in extract_facts(text)] == [
        ("496.3亿元", pytest.approx(4.963e10)), ("3.4%", -3.4), ("4.12亿美元", pytest.approx(4.12e8)), ("6.8%", 6.8)]


def test_bullets_of_figures_are_the_section_s_not_a_list_of_headlines():
    """Short lines that each hold two clauses with a figure are a section's bullets: they stay,
    and they are the park of the heading above them, not headings themselves."""
    text = ("二、重点园区\n宜宾临港经济技术开发区\n完成规上工业产值412亿元，同比增长8.1%\n新签约项目23个，总投资168亿元\n"
            "宜宾高新区\n实现营业收入96.5亿元，增长12.3%\n新增高新技术企业17家，总数达到84家\n")
    assert [(f.raw, f.park) for f in extract_facts(text)] == [
        ("412亿元", "宜宾临港经济技术开发区"), ("8.1%", "宜宾临港经济技术开发区"), ("23个", "宜宾临港经济技术开发区"),
        ("168亿元", "宜宾临港经济技术开发区"), ("96.5亿元", "宜宾高新区"), ("12.3%", "宜宾高新区"),
        ("17家", "宜宾高新区"), ("84家", "宜宾高新区")]


def test_an_infographic_s_items_of_a_label_and_its_figure_are_no_headline_list():
    """“一图读懂” items: a label, spaces, its figure (▪️新开工项目 47个): fields, not headlines."""
    text = ("鹰潭高新区2023年成绩单\n🏗️【项目建设】\n▪️新开工项目 47个\n▪️总投资 386亿元\n▪️竣工投产项目 29个\n"
            "▪️亿元以上项目 63个\n")
    assert [f.raw for f in extract_facts(text)] == ["47个", "386亿元", "29个", "63个"]


SLIDES = ("幻灯片 4\n经开区概况\n• 规划面积12.86平方公里，实行“一区多园”管理模式\n• 入驻企业136家，其中规模以上工业企业23家\n"
          "• 2023年经开区完成固定资产投资21.7亿元\n幻灯片 5\n园区招商成效\n• 新签约项目18个，协议投资额46.2亿元\n"
          "• 今年一季度到位资金7.9亿元\n• 在全区开发区综合考评中位列第2名\n幻灯片 6\n联系方式\n")


def test_a_slide_deck_s_points_are_no_headline_list():
    """A text written in bullet points, three of them or more clauses holding a figure (a slide deck
    exported as text), states its figures in its short bullets too, among its slides' titles."""
    got = [f.raw for f in extract_facts(SLIDES, title="日喀则经济开发区招商推介")]
    assert got == ["12.86平方公里", "136家", "23家", "21.7亿元", "18个", "46.2亿元", "7.9亿元"]
    # a related list's bullets are single phrases: the same run without the deck's points is dropped
    links = ("往期回顾\n● 总投资50亿元！又一重大项目落户滨海\n● 10月份滨海新区CPI同比上涨0.4%\n"
             "● 2025年滨海新区公开招聘教师300名\n● 滨海新区一季度GDP增长5.3%\n")
    assert [f.raw for f in extract_facts("园区完成投资51亿元。\n" + links)] == ["51亿元"]


def test_a_chart_exported_a_label_and_a_value_a_line():
    """A slide's chart: its caption states the unit, then each bar's year and value on lines of
    their own; the year's bar restated in a point is one fact."""
    text = ("幻灯片 5\n产业规模持续壮大\n经开区规上工业总产值（单位：亿元）\n2021年\n10.2\n2022年\n12.6\n2023年\n15.1\n"
            "• 2023年规上工业总产值15.1亿元，同比增长19.8%，连续三年保持两位数增长\n")
    got = [(f.raw, pytest.approx(f.value), f.indicator, f.park, f.year)
           for f in extract_facts(text, title="日喀则经济开发区招商推介")]
    zone = "日喀则经济开发区"
    assert got == [("10.2", 1.02e9, "规上工业产值", zone, 2021), ("12.6", 1.26e9, "规上工业产值", zone, 2022),
                   ("15.1亿元", 1.51e9, "规上工业产值", zone, 2023), ("19.8%", 19.8, "规上工业产值增速", zone, 2023)]
    # one bar is no chart, and a caption without its unit gives none
    assert [f.raw for f in extract_facts("经开区税收收入（单位：万元）\n2023年\n21340\n")] == []
    assert [f.raw for f in extract_facts("经开区税收收入\n2022年\n18650\n2023年\n21340\n")] == []


@pytest.mark.parametrize("text, expected", [
    # significance levels, through a list of them
    ("注：***、**、*分别表示在1%、5%、10%水平上显著。产业集聚度的系数在1%的显著性水平上为正。", []),
    # a unit change a model assumes, and the response it estimates in the same sentence
    ("集聚度每提高1%，亩均税收提高约0.34%，亩均产值提高0.287%。", []),
    # a conversion's definition, either side
    ("③ 1亩≈666.67平方米。1公顷=15亩。", []),
    # … but a park's own growth and area are facts
    ("经开区亩均税收提高12.5%，规划面积1平方公里以上，去年用地1200亩。", ["12.5%", "1平方公里以上", "1200亩"]),
])
def test_a_paper_s_statistics_state_no_fact(text, expected):
    assert [f.raw for f in extract_facts(text)] == expected


def test_a_run_of_short_lines_under_a_section_s_head_is_no_headline_list():
    text = ("二、各园区进展\n（一）湖州莫干山高新技术产业开发区\n年产20GWh动力电池项目完成设备安装\n达产后预计年产值120亿元\n"
            "新增入驻企业7家\n莫干山高新区规上工业亩均税收35.6万元。")
    assert [f.raw for f in extract_facts(text)] == ["20GWh", "120亿元", "7家", "35.6万元"]


def test_short_rows_of_three_cells_are_a_table_not_a_list():
    """Rows of a name, an amount and a change, one row a line, are a table of the article's figures."""
    text = ("重点企业营业收入：\n比亚迪股份有限公司 602.3亿元 增长31.5%\n蔚来汽车有限公司 55.6亿元 下降8.2%\n"
            "国轩高科股份有限公司 316.1亿元 增长9.4%\n")
    assert [(f.raw, f.unit) for f in extract_facts(text)] == [
        ("602.3亿元", "CNY"), ("31.5%", "%"), ("55.6亿元", "CNY"), ("8.2%", "%"), ("316.1亿元", "CNY"), ("9.4%", "%")]


# ---------------------------------------------------------------- indicators

def test_indicators_from_the_lexicon_and_growth():
    facts = extract_facts("1-6月，瓯江口财政总收入29784万元，同比增长55.4%。三年来GDP年均增长12.4%。")
    assert [(f.indicator, f.value) for f in facts] == [
        ("财政总收入", 297_840_000), ("财政总收入增速", 55.4), ("地区生产总值增速", 12.4)]


def test_respectively_pairs_each_figure_with_its_subject():
    text = "固定资产投资、工业投资年均分别增长22.5%和27.7%。高新技术产业增加值、装备制造业增加值、" \
           "战略性新兴产业增加值分别增长1253.7%、1013.6%、646.3%。"
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("固定资产投资增速", 22.5), ("工业投资增速", 27.7), ("高新技术产业增加值增速", 1253.7),
        ("装备制造业增加值增速", 1013.6), ("战略性新兴产业增加值增速", 646.3)]


def test_respectively_pairs_with_the_figures_before():
    text = "一季度完成外贸进出口总额312.5亿元，其中出口98.7亿元，进口213.8亿元，分别增长8.2%、-4.1%和14.6%。"
    assert [(f.indicator, f.value) for f in extract_facts(text)][3:] == [
        ("进出口总额增速", 8.2), ("出口额增速", -4.1), ("进口额增速", 14.6)]


def test_indicator_as_written_when_no_lexicon_word():
    [fact] = extract_facts("在园区，如今的日峰值产量已超过200辆。")
    assert fact.indicator == "日峰值产量"


@pytest.mark.parametrize("text, indicator", [
    # a project's total investment, however the article puts it
    ("投资20亿元的大型综合文旅项目落地。", "总投资"),
    ("总投资110亿元的光电半导体材料项目奠基。", "总投资"),
    ("推动“545行动”项目总投资670亿元以上任务。", "总投资"),
    ("该项目拟投资5亿元建设生产线。", "总投资"),
    ("新签约项目计划总投资达到30亿元。", "总投资"),
    # but not investment of another kind
    ("今年完成项目投资20亿元。", "完成项目投资"),
    ("累计完成投资2560万元。", "完成投资"),
    ("全年完成固定资产投资50亿元。", "固定资产投资"),
    # a growth rate is named by what grows, whatever the growth word
    ("规上工业增加值增长23.2%。", "规上工业增加值增速"),
    ("规模以上工业增加值同比增长8.5%。", "规上工业增加值增速"),
    ("规上工业增加值增速343.9%。", "规上工业增加值增速"),
    ("全年完成固定资产投资同比增长12.8%。", "固定资产投资增速"),
])
def test_comparable_indicator_names(text, indicator):
    assert [f.indicator for f in extract_facts(text)] == [indicator]


def test_seed_parks_compare_on_shared_indicators(cli, seed_files):
    """`parktool compare` puts the seeds' three main parks side by side: all three state a total
    investment, and the two that report growth share a growth rate (金华's seed states none)."""
    assert cli("ingest", *seed_files).code == 0
    result = cli("compare", "--park", "丽水经开区", "--park", "金华开发区", "--park", "瓯江口产业集聚区",
                 "--format", "json")
    assert result.code == 0, result.stderr
    rows = {r["indicator"]: r for r in json.loads(result.stdout)}
    parks = ["丽水经济技术开发区", "金华经济技术开发区", "瓯江口产业集聚区"]
    assert [rows["总投资"][p] for p in parks] == [11_000_000_000, 67_000_000_000, 2_000_000_000]
    assert [rows["规上工业增加值增速"][p] for p in parks] == [11.8, None, 343.9]
    assert [rows["财政总收入增速"][p] for p in parks] == [21.6, None, 55.4]


def test_share_keeps_its_phrase():
    [fact] = extract_facts("研发投入占GDP比重达11.5%。")
    assert fact.indicator == "研发投入占GDP比重"


# ---------------------------------------------------------------- one fact per document

def test_repeated_statement_is_one_fact():
    para = "截至10月29日，累计完成签约796户，签约率94.65%。"
    assert [f.raw for f in extract_facts(para + "\n" + para)] == ["796户", "94.65%"]


def test_same_number_different_indicators_are_two_facts():
    text = "固定资产投资增长24%，工业投资增长24%。"
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("固定资产投资增速", 24), ("工业投资增速", 24)]


# ---------------------------------------------------------------- years

@pytest.mark.parametrize("text, published, year", [
    ("今年1-5月，园区规上工业增加值增长8%。", "2019-07-10", 2019),
    ("去年园区规上工业增加值增长8%。", "2019-07-10", 2018),
    ("前年园区规上工业增加值增长8%。", "2019-07-10", 2017),
    ("2021年园区规上工业增加值增长8%。", "2022-03-01", 2021),
    ("园区规上工业增加值增长8%。", "2019-07-10", 2019),
    ("园区规上工业增加值增长8%。", "", None),
    # A dateline in the article beats the published date.
    ("据威海新闻网2018年3月5日讯 今年园区新增企业10家。", "2020-01-01", 2018),
    # A page republished later: the article states only earlier years.
    ("在近日举行的2022年活动中获奖。今年三季度，园区GDP增长8%。", "2024-09-28", 2022),
    # 比去年同期 is the comparison base, not the figure's year.
    ("今年园区GDP比去年同期增长8%。", "2019-07-10", 2019),
])
def test_year(text, published, year):
    assert [f.year for f in extract_facts(text, published=published)][-1] == year


# ---------------------------------------------------------------- parks

@pytest.mark.parametrize("title, text, park", [
    # a connective before a city subject: the city's figure (与此同时, 另一方面)
    ("苏州工业园区经济运行稳中向好", "园区实现地区生产总值3686亿元。\n与此同时，苏州市全市实现地区生产总值24653亿元。", ""),
    # a sentence without a subject continues its paragraph's park; 新建 is a verb, not 南昌's 新建区
    ("苏州工业园区经济运行稳中向好", "在生物医药领域，园区现有企业2300余家。新建标准厂房45万平方米。", "苏州工业园区"),
    ("绵阳经开区招商成效明显", "此外，园区全年计划完成工业投资五十亿元；新建标准厂房二十万平方米。", "绵阳经开区"),
    # 参评 and 每个 make a kind word a category, no park
    ("绩效评价结果的通知", "全区参评小微企业园共23个。", ""),
    # the park in the sentence
    ("", "今年上半年，苏州工业园区实现地区生产总值1850.6亿元。", "苏州工业园区"),
    # the fullest form the article uses
    ("丽水经开区打造新平台", "丽水经济技术开发区成效显著。丽水经开区引进22家企业。", "丽水经济技术开发区"),
    # a bare abbreviation the article has tied to its park
    ("", "泉州开发区管委会观摩。开发区盘活30亩闲置用地。", "泉州开发区"),
    # the article's main park for a sentence that names none
    ("瓯江口产业集聚区崛起", "瓯江口产业集聚区发展迅速。投资60亿元的进口商品集散中心落地。", "瓯江口产业集聚区"),
    # a figure about a place is no park's, even in an article about a park
    ("瓯江口产业集聚区崛起", "瓯江口产业集聚区发展迅速。全市GDP增长6.1%。", ""),
    ("", "永春一次性招引深圳6家配套企业入驻。", ""),
    # a figure written before the park it describes
    ("", "新能源汽车小镇规划打造一个占地5000亩的零跑汽车产业园。", "零跑汽车产业园"),
    # a section heading names the park its paragraphs report on, until the next heading
    ("", "全市开发区运行情况\n一、滨江经济开发区\n今年以来，实现规上工业产值50亿元。", "滨江经济开发区"),
    ("", "一、滨江经济开发区\n实现规上工业产值50亿元。\n二、下一步工作\n力争招引项目10个。", ""),
    # a company in an article about a district, no park named
    ("", "过去一年，环翠区经济健康发展。公司的人力成本由原来的36人减少到10人以下。", ""),
])
def test_park_of_a_fact(title, text, park):
    assert [f.park for f in extract_facts(text, title=title)][-1] == park


# ---------------------------------------------------------------- other provinces' park news

@pytest.mark.parametrize("title, text, expected", [
    ("", "1-6月，合肥高新区实际利用外资4.3亿美元，进出口总额达到218亿元，占全市比重超过三成。", [
        (430_000_000, "USD", "", "合肥高新区"), (21_800_000_000, "CNY", "", "合肥高新区"),
        (30, "%", ">", "合肥高新区")]),
    ("西安经开区：全年经济成绩单出炉", "全年完成固定资产投资同比增长12.8%，增速比上年提高2.3个百分点。"
     "园区规模以上工业企业亩均税收达到35.6万元/亩，较上年回落0.8个百分点。", [
        (12.8, "%", "", "西安经开区"), (2.3, "pp", "", "西安经开区"),
        (356_000, "CNY", "", "西安经开区"), (-0.8, "pp", "", "西安经开区")]),
    ("", "成都天府新区规划面积1578平方公里，常住人口超过300万人。", [
        (1_578_000_000, "m2", "", "成都天府新区"), (3_000_000, "人", ">", "成都天府新区")]),
    # a milestone and the exact level straight after it: the level
    ("", "西安经开区去年GDP突破1000亿元大关，达1021.3亿元。", [
        (102_130_000_000, "CNY", "", "西安经开区")]),
    # … and a milestone named as one after the level its sentence states
    ("", "西安经开区去年GDP达1021.3亿元，增长6.5%，首次突破千亿元大关。", [
        (102_130_000_000, "CNY", "", "西安经开区"), (6.5, "%", "", "西安经开区")]),
    ("", "西安经开区去年GDP达1021.3亿元；营业收入首次突破千亿元大关。", [
        (102_130_000_000, "CNY", "", "西安经开区"), (100_000_000_000, "CNY", ">", "西安经开区")]),
    ("", "西安经开区企业达450家，营收首次突破500亿元大关。", [
        (450, "家", "", "西安经开区"), (50_000_000_000, "CNY", ">", "西安经开区")]),
    ("", "郑州航空港经济综合实验区2023年实现进出口总额4256亿元，连续多年居全国综保区前列。", [
        (425_600_000_000, "CNY", "", "郑州航空港经济综合实验区")]),
    ("", "据统计，东莞松山湖高新区现有国家高新技术企业612家，研发投入占GDP比重达11.5%。", [
        (612, "家", "", "东莞松山湖高新区"), (11.5, "%", "", "东莞松山湖高新区")]),
    ("", "武汉东湖新技术开发区一季度实现营业收入同比下降3.5%。", [
        (-3.5, "%", "", "武汉东湖新技术开发区")]),
    ("", "青岛西海岸新区拥有各类市场主体超过40万户，其中规上工业企业1500余家。", [
        (400_000, "户", ">", "青岛西海岸新区"), (1500, "家", ">", "青岛西海岸新区")]),
    ("", "天津经济技术开发区2022年实际使用外资18.6亿美元，同比增长10%。", [
        (1_860_000_000, "USD", "", "天津经济技术开发区"), (10, "%", "", "天津经济技术开发区")]),
    ("", "南京江北新区上半年新增市场主体2.1万户，新签约亿元以上项目56个，其中10亿元以上项目12个。", [
        (21_000, "户", "", "南京江北新区"), (56, "个", "", "南京江北新区"), (12, "个", "", "南京江北新区")]),
    ("", "宁波保税区一季度完成外贸进出口总额312.5亿元，同比增长8.2%。", [
        (31_250_000_000, "CNY", "", "宁波保税区"), (8.2, "%", "", "宁波保税区")]),
    ("", "晋江经济开发区规划面积12.6平方公里，已入驻企业320余家，从业人员达4.5万人。", [
        (12_600_000, "m2", "", "晋江经济开发区"), (320, "家", ">", "晋江经济开发区"),
        (45_000, "人", "", "晋江经济开发区")]),
    ("", "新竹科学园区2023年营业额达新台币1.2兆元，较前一年减少11%。", [
        (1_200_000_000_000, "TWD", "", "新竹科学园区"), (-11, "%", "", "新竹科学园区")]),
    ("", "中新天津生态城累计注册企业超过1.3万家。", [(13_000, "家", ">", "中新天津生态城")]),
    # traditional script, simplified by the cleaner: Taiwan's numerals and currency
    ("", "新竹科学园区2023年营业额为新台币1兆3,256亿元，较前一年衰退18.7%。园区从业员工17万8,463人。", [
        (1_325_600_000_000, "TWD", "", "新竹科学园区"), (-18.7, "%", "", "新竹科学园区"),
        (178_463, "人", "", "新竹科学园区")]),
    ("昆山开发区前三季度外贸进出口逆势增长", "前三季度，昆山开发区完成外贸进出口总额3560.2亿元。"
     "开发区内的昆山综合保税区进出口额1820亿元。", [
        (356_020_000_000, "CNY", "", "昆山开发区"), (182_000_000_000, "CNY", "", "昆山综合保税区")]),
    ("", "2023年，全省126个省级以上开发区实现规上工业营业收入8.5万亿元，占全省比重达62.3%。", [
        (126, "个", "", ""), (8_500_000_000_000, "CNY", "", ""), (62.3, "%", "", "")]),
    ("", "重庆两江新区今年一季度地区生产总值达到1020亿元，同比增长7.1%。", [
        (102_000_000_000, "CNY", "", "重庆两江新区"), (7.1, "%", "", "重庆两江新区")]),
])
def test_other_provinces(title, text, expected):
    got = [(f.value, f.unit, f.qualifier, f.park) for f in extract_facts(text, title=title)]
    assert [(pytest.approx(v), u, q, p) for v, u, q, p in expected] == got


# ---------------------------------------------------------------- text tables

TABLE_LEAD = "2023年全省省级以上开发区主要指标如下：\n"


def cells(text: str, **kw) -> list[tuple]:
    return [(f.raw, pytest.approx(f.value), f.unit, f.indicator, f.park) for f in extract_facts(text, **kw)]


@pytest.mark.parametrize("table, expected", [
    # tabs (as typed), a unit with its multiplier, a growth column named after the column before,
    # a minus for a decrease; the 序号 column is no count
    ("序号\t开发区名称\t规上工业产值（亿元）\t增速（%）\n1\t株洲经济技术开发区\t1043.7\t9.6\n"
     "2\t岳阳经济技术开发区\t876.2\t-2.4\n",
     [("1043.7", 1.0437e11, "CNY", "规上工业产值", "株洲经济技术开发区"),
      ("9.6", 9.6, "%", "规上工业产值增速", "株洲经济技术开发区"),
      ("876.2", 8.762e10, "CNY", "规上工业产值", "岳阳经济技术开发区"),
      ("-2.4", -2.4, "%", "规上工业产值增速", "岳阳经济技术开发区")]),
    # runs of spaces, thousands separators, a count column, a bracket with 单位：, a rank column
    ("排名  园区  入驻企业（家）  税收（单位：万元）\n1  泉州台商投资区  1,206  35,420\n",
     [("1,206", 1206, "家", "入驻企业", "泉州台商投资区"), ("35,420", 354_200_000, "CNY", "税收", "泉州台商投资区")]),
    # a label that starts with a unit's character is no count (3 台 …); a dash is no figure
    ("序号 园区 工业用地（亩） 增速（%）\n3 台州湾新区 2400 —\n",
     [("2400", 1_600_000, "m2", "工业用地", "台州湾新区")]),
    # a Markdown table as cleaning leaves it (its |---| line dropped)
    ("|园区|新签约项目（个）|\n| 赣州经济技术开发区 | 36 |\n",
     [("36", 36, "个", "新签约项目", "赣州经济技术开发区")]),
    # a Markdown table of cells that carry their own units: the column's header says what they
    # measure, and a list of such rows is a table, not a list of headlines
    ("| 园区 | 企业数 | 营收 |\n| 三亚崖州湾科技城 | 超1.3万家 | 约1280亿元 |\n| 海口江东新区 | 约2.6万家 | 未披露 |\n"
     "| 洋浦经济开发区 | 约1.1万家 | 约2100亿元 |\n",
     [("超1.3万家", 13000, "家", "企业数", "三亚崖州湾科技城"), ("约1280亿元", 1.28e11, "CNY", "营业收入", "三亚崖州湾科技城"),
      ("约2.6万家", 26000, "家", "企业数", "海口江东新区"), ("约1.1万家", 11000, "家", "企业数", "洋浦经济开发区"),
      ("约2100亿元", 2.1e11, "CNY", "营业收入", "洋浦经济开发区")]),
    # one space, as cleaning leaves tabs and HTML cells; 排名（位） is a rank
    ("园区 营业收入（亿元） 排名（位）\n滁州经济技术开发区 612.5 3\n",
     [("612.5", 6.125e10, "CNY", "营业收入", "滁州经济技术开发区")]),
    # the table's unit on a line of its own above the header: the columns without their own unit
    # take it, and their figures are named by the row's label, as is a growth column's figure
    ("单位：亿元\n| 指标 | 数值 | 同比增长（%） |\n| 地区生产总值 | 1836.42 | 6.8 |\n| 固定资产投资 | — | -3.1 |\n",
     [("1836.42", 1.83642e11, "CNY", "地区生产总值", ""), ("6.8", 6.8, "%", "地区生产总值增速", ""),
      ("-3.1", -3.1, "%", "固定资产投资增速", "")]),
    ("（单位：万元）\n\n项目 2023年 2022年\n一般公共预算收入 52,310 48,960\n",
     [("52,310", 523_100_000, "CNY", "一般公共预算收入", ""), ("48,960", 489_600_000, "CNY", "一般公共预算收入", "")]),
    # … or at the end of the table's caption: rows of parks, named by the caption
    ("表1 六大园区营业收入（单位：亿元）\n园区 2022年 2023年 增量\n张江高科技园区 11256.3 12034.8 778.5\n",
     [("11256.3", 1.125630e12, "CNY", "营业收入", "张江高科技园区"), ("12034.8", 1.203480e12, "CNY", "营业收入", "张江高科技园区"),
      ("778.5", 7.785e10, "CNY", "营业收入", "张江高科技园区")]),
    # a column of units (单位) gives each row's figures theirs, named by the row's label
    ("指标 | 单位 | 数值 | 增长(%)\n一般公共预算收入 | 亿元 | 251.3 | 10.2\n实际使用外资 | 亿美元 | 12.6 | -8.3\n",
     [("251.3", 2.513e10, "CNY", "一般公共预算收入", ""), ("10.2", 10.2, "%", "一般公共预算收入增速", ""),
      ("12.6", 1.26e9, "USD", "实际利用外资", ""), ("-8.3", -8.3, "%", "实际利用外资增速", "")]),
    # … also under a header of parks, each its column's figures' park (a bulletin's 表1, no
    # bracketed unit anywhere)
    ("指标名称  单位  宁波高新区  宁波经开区\n入驻企业  家  1362  3215\n从业人员  万人  2.8  9.6\n",
     [("1362", 1362, "家", "入驻企业", "宁波高新区"), ("3215", 3215, "家", "入驻企业", "宁波经开区"),
      ("2.8", 28000, "人", "从业人员", "宁波高新区"), ("9.6", 96000, "人", "从业人员", "宁波经开区")]),
    # a column without a unit whose cells carry % beside one that has a unit
    ("| 园区 | 营收（亿元） | 增速 |\n| 中关村海淀园 | 32,655.4 | 8.2% |\n| 中关村丰台园 | 6,120.5 | -1.3% |\n",
     [("32,655.4", 3.26554e12, "CNY", "营业收入", "中关村海淀园"), ("8.2%", 8.2, "%", "营业收入增速", "中关村海淀园"),
      ("6,120.5", 6.1205e11, "CNY", "营业收入", "中关村丰台园"), ("-1.3%", -1.3, "%", "营业收入增速", "中关村丰台园")]),
    # a unit line over the table's caption; a park's cell spanning two rows (an HTML rowspan): the
    # second row is that park's, named by the label beside it
    ("单位：亿元\n2023年两园区主要指标\n园区 指标 全年完成 同比增长（%）\n株洲高新区 营业收入 2412.6 8.4\n"
     "固定资产投资 265.3 21.7\n湘潭经开区 营业收入 1268.9 7.2\n固定资产投资 187.4 -4.6\n",
     [("2412.6", 2.4126e11, "CNY", "营业收入", "株洲高新区"), ("8.4", 8.4, "%", "营业收入增速", "株洲高新区"),
      ("265.3", 2.653e10, "CNY", "固定资产投资", "株洲高新区"), ("21.7", 21.7, "%", "固定资产投资增速", "株洲高新区"),
      ("1268.9", 1.2689e11, "CNY", "营业收入", "湘潭经开区"), ("7.2", 7.2, "%", "营业收入增速", "湘潭经开区"),
      ("187.4", 1.874e10, "CNY", "固定资产投资", "湘潭经开区"), ("-4.6", -4.6, "%", "固定资产投资增速", "湘潭经开区")]),
    # a row with its last cell left blank is read from the left, and the table goes on
    ("园区 营业收入（亿元） 增速（%） 企业（家）\n宜宾临港经开区 1586.3 7.2 1126\n德阳经开区 1465.1 5.8\n"
     "绵阳高新区 2196.4 9.1 457\n",
     [("1586.3", 1.5863e11, "CNY", "营业收入", "宜宾临港经开区"), ("7.2", 7.2, "%", "营业收入增速", "宜宾临港经开区"),
      ("1126", 1126, "家", "企业", "宜宾临港经开区"), ("1465.1", 1.4651e11, "CNY", "营业收入", "德阳经开区"),
      ("5.8", 5.8, "%", "营业收入增速", "德阳经开区"), ("2196.4", 2.1964e11, "CNY", "营业收入", "绵阳高新区"),
      ("9.1", 9.1, "%", "营业收入增速", "绵阳高新区"), ("457", 457, "家", "企业", "绵阳高新区")]),
    # units in the rows' labels under a header of years; a growth column takes no row unit, and
    # its cell with a unit of its own is an increment
    ("| 指标 | 2021年 | 2022年 | 增速 |\n| 进出口总额（亿美元） | 86.4 | 92.1 | 6.6% |\n"
     "| 高新技术企业（家） | 210 | 236 | 26家 |\n",
     [("86.4", 8.64e9, "USD", "进出口总额", ""), ("92.1", 9.21e9, "USD", "进出口总额", ""),
      ("6.6%", 6.6, "%", "进出口总额增速", ""), ("210", 210, "家", "高新技术企业", ""),
      ("236", 236, "家", "高新技术企业", ""), ("26家", 26, "家", "高新技术企业增加", "")]),
    ("指标 本年 上年\n一般公共预算收入（万元） 52,310 48,960\n",
     [("52,310", 523_100_000, "CNY", "一般公共预算收入", ""), ("48,960", 489_600_000, "CNY", "一般公共预算收入", "")]),
    # a column of rates reads as the prose's rates do: 亩均…（万元/亩） is CNY, a unit per a
    # denominator the grammar lacks (亿元/平方公里) is the unit, a price per m² is CNY per m²
    ("| 园区 | 亩均税收（万元/亩） | 单位面积产出（亿元/平方公里） | 地价（元/平方米） |\n| 慈溪高新区 | 32.5 | 12.40 | 680 |\n",
     [("32.5", 325_000, "CNY", "亩均税收", "慈溪高新区"), ("12.40", 1.24e9, "CNY", "单位面积产出", "慈溪高新区"),
      ("680", 680, "CNY", "地价（每平方米）", "慈溪高新区")]),
    # headers that are indicators under the table's unit: the rows are parks or companies, and
    # each figure is named by its column (注册资本, 净利润), not by its row
    ("单位：万元\n企业名称  所在园区  注册资本  营业收入  净利润\n岳阳长炼新材料有限公司  岳阳经开区  8,000.00  52,316.40  -1,208.75\n",
     [("8,000.00", 80_000_000, "CNY", "注册资本", "岳阳经开区"), ("52,316.40", 523_164_000, "CNY", "营业收入", "岳阳经开区"),
      ("-1,208.75", -12_087_500, "CNY", "净利润", "岳阳经开区")]),
    # a row that PDF extraction broke across lines (a name cut at the line's end, figures pushed
    # down) is read whole when its cells add up to the header's; the table goes on after it
    ("单位：万元\n企业名称  所在园区  营业收入  净利润\n常德烟机装备制造有\n限公司  常德经开区\n"
     "45,210.30\n  3,106.20\n益阳橡机有限公司  益阳高新区  38,005.00  2,210.10\n",
     [("45,210.30", 452_103_000, "CNY", "营业收入", "常德经开区"), ("3,106.20", 31_062_000, "CNY", "净利润", "常德经开区"),
      ("38,005.00", 380_050_000, "CNY", "营业收入", "益阳高新区"), ("2,210.10", 22_101_000, "CNY", "净利润", "益阳高新区")]),
    # … and under a header of parks over rows whose labels hold their units
    ("| 指标 | 株洲高新区 | 醴陵经开区 |\n| 营业收入（亿元） | 812.6 | 236.4 |\n| 营收同比增长（%） | 8.1 | -2.3 |\n",
     [("812.6", 8.126e10, "CNY", "营业收入", "株洲高新区"), ("236.4", 2.364e10, "CNY", "营业收入", "醴陵经开区"),
      ("8.1", 8.1, "%", "营业收入增速", "株洲高新区"), ("-2.3", -2.3, "%", "营业收入增速", "醴陵经开区")]),
    # a cell that states its own unit beside a column of bare rates is a figure of its row
    ("指标 绝对值 同比增长（%）\n地区生产总值 7.52万亿元 5.8\n实际使用外资 153.6亿美元 -21.4\n其中：出口 2.51万亿元 4.6\n",
     [("7.52万亿元", 7.52e12, "CNY", "地区生产总值", ""), ("5.8", 5.8, "%", "地区生产总值增速", ""),
      ("153.6亿美元", 1.536e10, "USD", "实际利用外资", ""), ("-21.4", -21.4, "%", "实际利用外资增速", ""),
      ("2.51万亿元", 2.51e12, "CNY", "出口额", ""), ("4.6", 4.6, "%", "出口额增速", "")]),
    # a park named in a figure column's header is its figures' park, and so of the growth column
    # after it
    ("月份 钦州综保区进出口值（亿元） 同比（%） 凭祥综保区进出口值（亿元） 同比（%）\n7月 11.82 21.5 9.37 -3.1\n",
     [("11.82", 1.182e9, "CNY", "进出口总额", "钦州综保区"), ("21.5", 21.5, "%", "进出口总额增速", "钦州综保区"),
      ("9.37", 9.37e8, "CNY", "进出口总额", "凭祥综保区"), ("-3.1", -3.1, "%", "进出口总额增速", "凭祥综保区")]),
    # a cell that qualifies its number is a figure; a row of dashes goes on the table
    ("企业 营业收入（亿元） 增速（%）\n萍乡钢铁 约120 5.5\n萍乡电瓷 — —\n萍乡特陶 超30.5 -1.2\n",
     [("约120", 1.2e10, "CNY", "营业收入", ""), ("5.5", 5.5, "%", "营业收入增速", ""),
      ("超30.5", 3.05e9, "CNY", "营业收入", ""), ("-1.2", -1.2, "%", "营业收入增速", "")]),
    # a row whose label says the figure fell (能耗下降) and a column headed by a fall (降幅): negative,
    # as in prose; a minus already there stays one
    ("指标 单位 2025年目标 上半年完成\n单位工业增加值能耗下降 % 13.5 6.2\n",
     [("13.5", -13.5, "%", "单位工业增加值能耗增速", ""), ("6.2", -6.2, "%", "单位工业增加值能耗增速", "")]),
    ("园区 用水量（万吨） 降幅（%）\n龙泉工业园 186.4 4.7\n柳林工业园 92.1 -1.3\n",
     [("186.4", 1.864e6, "t", "用水量", "龙泉工业园"), ("4.7", -4.7, "%", "用水量增速", "龙泉工业园"),
      ("92.1", 9.21e5, "t", "用水量", "柳林工业园"), ("-1.3", -1.3, "%", "用水量增速", "柳林工业园")]),
])
def test_text_table_cells_are_figures_in_their_column_unit(table, expected):
    assert cells(TABLE_LEAD + table) == expected


def test_a_table_s_cells_of_words_state_figures_of_their_row_s_park():
    """A project list's name and 建设内容 cells are prose: their figures are facts, named within
    the cell, of the park the row's 建设地点 names (the 序号 and the amounts stay the table's)."""
    table = ("序号 项目名称 建设地点 总投资（万元） 建设内容\n"
             "1 年产5万吨尼龙66切片项目 平顶山高新区 185000 新建生产厂房12万平方米，购置聚合生产线4条\n"
             "2 卫龙食品扩建项目 漯河经开区 45000 新增生产线6条\n")
    assert cells(table) == [
        ("5万吨", 50000, "t", "年产", "平顶山高新区"), ("185000", 1.85e9, "CNY", "总投资", "平顶山高新区"),
        ("12万平方米", 120000, "m2", "新建生产厂房", "平顶山高新区"), ("4条", 4, "条", "购置聚合生产线", "平顶山高新区"),
        ("45000", 4.5e8, "CNY", "总投资", "漯河经开区"), ("6条", 6, "条", "新增生产线", "漯河经开区")]


def test_a_pipe_table_s_column_headed_by_a_park_gives_its_figures_that_park():
    """A Markdown table comparing parks column by column: each figure is its column's park's, and a
    row that names its own park keeps it."""
    table = ("两个园区的对比如下：\n"
             "| 指标 | 株洲高新区 | 醴陵经开区 |\n"
             "| 入驻企业 | 612家 | 208家 |\n"
             "| 产值增速 | 9.1% | -2.4% |\n")
    assert [(raw, park) for raw, _, _, _, park in cells(table)] == [
        ("612家", "株洲高新区"), ("208家", "醴陵经开区"), ("9.1%", "株洲高新区"), ("-2.4%", "醴陵经开区")]


def test_the_same_figure_of_two_parks_is_two_facts():
    assert cells("平顶山高新区2个项目总投资24.7亿元；漯河经开区2个项目总投资14.35亿元。") == [
        ("2个", 2, "个", "项目总投资", "平顶山高新区"), ("24.7亿元", 2.47e9, "CNY", "总投资", "平顶山高新区"),
        ("2个", 2, "个", "项目总投资", "漯河经开区"), ("14.35亿元", 1.435e9, "CNY", "总投资", "漯河经开区")]


def test_a_monthly_table_s_units_rows_and_a_section_about_the_city():
    """单位：亿元、% gives the figures their unit (the rates have theirs); a row that states its own
    (进出口总额（万美元）) keeps it; a caption inside the table (附：安顺市主要经济指标) makes the rows
    under it the city's."""
    table = ("单位：亿元、%\n指标名称 本月 1-本月累计 同比增长(%)\n一般公共预算收入 0.82 2.67 -2.1\n"
             "进出口总额（万美元） 1360 4025 21.4\n附：安顺市主要经济指标\n一般公共预算收入 5.86 17.43 2.4\n")
    zone = "安顺经开区"
    assert cells(table, title="安顺经开区2024年3月主要经济指标") == [
        ("0.82", 8.2e7, "CNY", "一般公共预算收入", zone), ("2.67", 2.67e8, "CNY", "一般公共预算收入", zone),
        ("-2.1", -2.1, "%", "一般公共预算收入增速", zone), ("1360", 1.36e7, "USD", "进出口总额", zone),
        ("4025", 4.025e7, "USD", "进出口总额", zone), ("21.4", 21.4, "%", "进出口总额增速", zone),
        ("5.86", 5.86e8, "CNY", "一般公共预算收入", ""), ("17.43", 1.743e9, "CNY", "一般公共预算收入", ""),
        ("2.4", 2.4, "%", "一般公共预算收入增速", "")]


@pytest.mark.parametrize("chart, expected", [
    ("图表：2019—2023年宁波保税区进出口额（亿美元）\n2019年 218.7\n2020年 246.3\n数据来源：宁波保税区管委会\n",
     [("218.7", 2.187e10, "USD", "进出口总额", "宁波保税区", 2019), ("246.3", 2.463e10, "USD", "进出口总额", "宁波保税区", 2020)]),
    ("图2 宁波保税区企业数量（家）\n2022年末 1,218\n2023年末 1,364\n",
     [("1,218", 1218, "家", "企业数量", "宁波保税区", 2022), ("1,364", 1364, "家", "企业数量", "宁波保税区", 2023)]),
])
def test_a_chart_s_caption_gives_its_bars_their_unit_indicator_and_park(chart, expected):
    """A chart copied as text: its caption (the unit in brackets, the park, the years it spans),
    then one bar a line, its year and its value."""
    got = [(f.raw, pytest.approx(f.value), f.unit, f.indicator, f.park, f.year) for f in extract_facts(TABLE_LEAD + chart)]
    assert got == expected


def test_a_unit_line_listing_units_by_commas_and_columns_headed_by_a_period():
    """单位：亿元，万美元，% lists a unit for each kind of column: a column headed by a period in
    brackets (营业收入（本月）) takes the yuan, one of foreign capital the dollars, a rate's the %; a
    note that names the unit (单位为万美元) states no figure."""
    text = ("单位：亿元，万美元，%\n区域 营业收入（累计） 实际使用外资（累计） 实际使用外资同比±%\n"
            "胶州经济技术开发区 451.09 11240 -8.7\n注：实际使用外资按商务部口径统计，单位为万美元。\n")
    assert [(f.raw, pytest.approx(f.value), f.unit) for f in extract_facts(text)] == [
        ("451.09", 4.5109e10, "CNY"), ("11240", 1.124e8, "USD"), ("-8.7", -8.7, "%")]


def test_a_column_headed_by_a_year_holds_that_year_s_figures():
    text = ("2024年3月，区统计局发布主要指标。\n| 指标 | 2022年 | 2023年 |\n| 营业收入（亿元） | 301.5 | 328.7 |\n"
            "项目 2023年度 2022年度\n税收（亿元） 12.6 11.8\n")
    assert [(f.raw, f.year) for f in extract_facts(text)] == [
        ("301.5", 2022), ("328.7", 2023), ("12.6", 2023), ("11.8", 2022)]


def test_field_lines_under_a_line_that_states_their_unit():
    text = ("2024年，吴忠经开区工业经济平稳运行。主要指标（单位：亿元）：\n- 营业收入：215.40\n- 利润总额：-3.2\n"
            "全年新签约项目18个。\n能耗指标：\n- 综合能耗：12.5\n")
    assert cells(text, title="吴忠经开区2024年经济运行情况") == [("215.40", 2.154e10, "CNY", "营业收入", "吴忠经开区"),
                           ("-3.2", -3.2e8, "CNY", "利润总额", "吴忠经开区"), ("18个", 18, "个", "新签约项目", "吴忠经开区")]


def test_table_money_in_yuan_is_the_article_s_currency():
    # 元 in a Taiwan article's table is 新台币, as in its prose; 人民币 in the header stays CNY
    text = ("台中、台南与高雄的科学园区营运稳健，新竹园区亦同。\n"
            "园区 营业额（亿元） 投资（亿元人民币）\n竹科园区 12345.6 20.5\n")
    assert [(raw, unit) for raw, _, unit, *_ in cells(text)] == [("12345.6", "TWD"), ("20.5", "CNY")]


def test_table_row_ends_at_a_line_of_other_cells():
    text = TABLE_LEAD + "园区 营业收入（亿元）\n长沙经济技术开发区 2150.6\n合计 全省 3600.2\n园区合计营收增长5%。"
    assert [raw for raw, *_ in cells(text)] == ["2150.6", "5%"]


def test_lines_after_a_table_are_no_broken_row():
    # a note and a numbered heading after the last row hold as many cells as a row, but prose and
    # no run of labels then figures: they are read as prose
    text = ("| 园区 | 规划面积（平方公里） | 产值（亿元） |\n| 慈溪高新区 | 35.2 | 812.4 |\n"
            "注：慈溪高新区数据含周边三个街道。\n4.1 慈溪高新区：家电集群\n区内家电企业实现产值320亿元。\n")
    assert [raw for raw, *_ in cells(text)] == ["35.2", "812.4", "320亿元"]


def test_prose_restating_a_row_is_the_same_fact():
    text = (TABLE_LEAD + "序号 园区名称 营业收入（亿元） 增速（%）\n1 宁波经济技术开发区 3056.8 7.9\n"
            "2 宁波杭州湾经济技术开发区 2130.4 -1.6\n"
            "宁波经济技术开发区以3056.8亿元居首；宁波杭州湾经济技术开发区营收回落1.6%，实现税收150亿元。")
    assert [raw for raw, *_ in cells(text)] == ["3056.8", "7.9", "2130.4", "-1.6", "150亿元"]


def test_html_table_through_the_page_and_cleaning():
    """A real <table> as page.py and cleaning leave it: one line a row, cells parted by spaces."""
    from parktool.clean import clean_text
    from parktool.page import html_to_text

    html = ("<html><head><title>2023年四川省开发区主要指标发布</title></head><body><div class='article'>"
            "<h1>2023年四川省开发区主要指标发布</h1><p>近日，省经济和信息化厅发布2023年全省开发区主要经济指标，"
            "排名前三的开发区如下：</p><table><tr><th>序号</th><th>开发区名称</th><th>规上工业产值（亿元）</th>"
            "<th>增速（%）</th></tr><tr><td>1</td><td>成都经济技术开发区</td><td>2150.6</td><td>8.4</td></tr>"
            "<tr><td>2</td><td>德阳经济技术开发区</td><td>956.3</td><td>10.2</td></tr></table>"
            "<p>成都经济技术开发区以2150.6亿元居首，德阳经济技术开发区增速达10.2%。</p></div></body></html>")
    page = html_to_text(html)
    cleaned = clean_text(page.text, title=page.title)
    assert cells(cleaned.text, title=cleaned.title) == [
        ("2150.6", 2.1506e11, "CNY", "规上工业产值", "成都经济技术开发区"),
        ("8.4", 8.4, "%", "规上工业产值增速", "成都经济技术开发区"),
        ("956.3", 9.563e10, "CNY", "规上工业产值", "德阳经济技术开发区"),
        ("10.2", 10.2, "%", "规上工业产值增速", "德阳经济技术开发区")]


def test_a_spreadsheet_saved_as_a_web_page_keeps_its_blank_cells_and_total_row():
    """Excel's "save as web page": an &nbsp; cell keeps the figures after it in their columns, a
    label spread with a space (合 计) spanning the columns of words is one cell, a cell of sentences
    is prose whatever its numerals (约七成), and the total of the zone's own projects is the zone's."""
    row = ("<tr><td x:num>{n}</td><td>{name}</td><td class=xl69>{park}</td><td class=xl70>{what}</td>"
           "<td x:num=\"{a}\">{a}</td><td>{b}</td><td class=xl70>{note}</td></tr>")
    html = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta name=ProgId content=Excel.Sheet>"
            "<title>龙泉经济开发区2024年重点项目进度表</title></head><body><table>"
            "<tr><td colspan=7 class=xl65>龙泉经济开发区2024年重点项目进度表</td></tr>"
            "<tr><td colspan=5>填报单位：龙泉经济开发区管委会</td><td colspan=2>单位：万元</td></tr>"
            "<tr><td>序号</td><td>项目名称</td><td>所在园区</td><td>建设内容</td><td>总投资（万元）</td>"
            "<td>1-6月完成投资（万元）</td><td>形象进度</td></tr>"
            + row.format(n=1, name="年产3万吨铝型材项目", park="金属材料产业园", what="新建厂房4.2万平方米。",
                         a="36,000", b="12,500", note="主体完工，设备安装完成约六成，计划年底投产。")
            + row.format(n=2, name="开发区污水处理厂扩建工程", park="&nbsp;", what="新增处理规模2万立方米/日。",
                         a="9,800", b="4,060", note="土建完成过半，管网正在敷设。")
            + "<tr><td colspan=4>合 计</td><td>45,800</td><td>16,560</td><td>&nbsp;</td></tr></table></body></html>")
    p = process(Record("sheet.html", html.encode()))
    found = [(f.raw, f.value, f.park) for f in p.facts]
    assert ("9,800", 98_000_000, "龙泉经济开发区") in found and ("4,060", 40_600_000, "龙泉经济开发区") in found
    assert ("45,800", 458_000_000, "龙泉经济开发区") in found and ("16,560", 165_600_000, "龙泉经济开发区") in found
    assert ("约六成", 60, "龙泉经济开发区") in found


def test_a_mobile_story_s_figures_alone_on_their_lines_are_read_under_their_labels():
    """A mobile H5 story: a few words a screen, each figure in spans of its own under its label
    (长乐临空经济区，规划面积 over 128平方公里), and prose only in its closing quotations. Its lines
    are neither a page's head nor a list of headlines, nor a hard-wrapped text to join."""
    screens = [("从闽江口出发，沿着海岸线一路向东", "", ""), ("2023年，长乐区地区生产总值", "1280", "亿元"),
               ("长乐临空经济区，规划面积", "128", "平方公里"), ("以机场为核心，临空产业加速集聚", "", ""),
               ("临空经济区入驻企业", "420", "余家"), ("临空产业产值", "510", "亿元"),
               ("一片曾经的海滩，如今厂房林立", "", ""), ("长乐经济开发区规上工业企业", "312", "家"),
               ("规上工业产值", "1,036", "亿元"), ("航空物流、航空维修、跨境电商在这里生根发芽", "", "")]
    body = "".join(f'<div class="scene"><div class="t1">{words}</div>'
                   + (f'<div class="data"><span class="num">{n}</span><span class="unit">{u}</span></div>' if n else "")
                   + "</div>" for words, n, u in screens)
    quotes = "".join(f"<p>“{q}”</p>" for q in ("在滨海工业区干了十几年，看着这片海滩一点点变成工厂。",
                                              "我从外地回到长乐创业，这里的机会比想象中还要多。"))
    html = f"<html><head><title>飞跃长乐</title></head><body>{body}{quotes}</body></html>"
    found = {(f.raw, f.indicator, f.park) for f in process(Record("h5.html", html.encode())).facts}
    assert {("1280亿元", "地区生产总值", ""), ("128平方公里", "规划面积", "长乐临空经济区"),
            ("510亿元", "产值", "长乐临空经济区"), ("1,036亿元", "规上工业产值", "长乐经济开发区")} <= found


def test_a_table_under_a_caption_of_technical_parameters_holds_specifications():
    text = ("位于石岛管理区的黄海造船有限公司已交付4艘新型金枪鱼围网渔船，每艘造价约1.1亿元。主要技术参数如下：\n"
            "新型金枪鱼围网渔船主要技术参数\n项目 参数 项目 参数\n总长 79.8米 型宽 13.6米\n"
            "型深 8.1米 主机功率 3680千瓦\n设计航速 16节 船员定员 32人\n"
            "荣成市海洋食品产业园规划面积8.2平方公里，集聚企业86家。")
    assert [f.raw for f in extract_facts(text)] == ["4艘", "约1.1亿元", "8.2平方公里", "86家"]


def test_a_reply_s_head_leaves_the_paragraph_s_subject_to_the_reply():
    """【答复】奉化经济开发区管委会（5月13日）： heads a reply: the park the reply opens with is the
    subject its next sentences carry."""
    text = ("【答复】奉化经济开发区管委会（5月13日）：奉化气动产业园二期项目总用地约156亩，共建设标准厂房12幢。"
            "截至5月底，已有23家企业签订入驻意向协议。")
    assert [(f.raw, f.park) for f in extract_facts(text)] == [
        ("约156亩", "奉化气动产业园"), ("12幢", "奉化气动产业园"), ("23家", "奉化气动产业园")]


def test_a_column_of_years_under_a_unit_line_labels_the_rows():
    text = ("甘南生态产业园污水处理项目收益测算表（单位：万元）\n年度 营业收入 运营成本 净收益\n"
            "2026 5120.00 1024.00 4096.00\n2027 6480.00 1296.00 5184.00\n")
    found = [(f.raw, f.indicator) for f in extract_facts(text)]
    assert ("5120.00", "营业收入") in found and ("4096.00", "净收益") in found
    assert not any(raw.startswith("202") for raw, _ in found)


def test_a_total_row_under_rows_of_several_zones_is_no_one_park_s():
    text = ("各开发区主要指标如下：\n开发区 规上工业产值（亿元） 企业数（家）\n"
            "龙泉经济开发区 412.6 126\n柳林高新技术产业开发区 388.1 98\n合计 800.7 224\n")
    assert [(f.raw, f.park) for f in extract_facts(text)][-2:] == [("800.7", ""), ("224", "")]


def test_a_spreadsheet_s_sections_ranks_and_a_part_of_the_zone_through_ingest():
    """A sheet saved as CSV, with no line of prose: its section rows (一、综合,,,,) stay in the
    table, over the rows they head; a column of the city's ranks (全省位次) holds no figures; the
    title's zone is the report's park although the sheet names only its part (洛阳高新区软件园,
    whose name begins with the zone's) by name; a section naming no park (三、项目建设) gives the
    rows back to the zone."""
    sheet = ("洛阳高新技术产业开发区2024年一季度主要指标,,,,,\n单位：亿元、万元、%,,,,,\n"
             "指标,计量单位,3月,1-3月,同比增长（%）,全省位次\n一、综合,,,,,\n"
             '营业收入,亿元,36.2,98.4,6.1,3\n税收收入,万元,"12,406","35,820",4.2,5\n二、洛阳高新区软件园,,,,,\n'
             "营业收入,亿元,4.1,11.8,9.5,\n入驻企业,家,,326,,\n三、项目建设,,,,,\n"
             "在建亿元以上项目,个,,41,,\n完成投资,亿元,,27.6,12.3,2\n")
    p = process(Record("sheet.csv", sheet.encode()))
    zone, part = "洛阳高新技术产业开发区", "洛阳高新区软件园"
    assert [(f.raw, f.park) for f in p.facts] == [
        ("36.2", zone), ("98.4", zone), ("6.1", zone), ("12,406", zone), ("35,820", zone), ("4.2", zone),
        ("4.1", part), ("11.8", part), ("9.5", part), ("326", part),
        ("41", zone), ("27.6", zone), ("12.3", zone)]
    # each row's unit from the column of units, which the unit line above the table yields to
    assert [(f.raw, f.unit, f.value) for f in p.facts if f.raw in ("12,406", "326", "41")] == [
        ("12,406", "CNY", pytest.approx(1.2406e8)), ("326", "家", 326), ("41", "个", 41)]


def test_a_caption_that_ends_with_its_unit_and_rows_numbered_as_an_outline():
    """A report's table whose caption ends with its unit (表3-1 投资估算表 单位：万元) and whose rows
    are numbered as an outline (1.1.1 建筑工程费): each row's figure in 万元, named by its row."""
    text = ("表3-1  滨河项目投资估算表        单位：万元\n序号 工程或费用名称 金额\n1 建设投资 5,300\n"
            "1.1 工程费用 4,800\n1.1.1 设备购置费 2,950\n2 流动资金 700\n")
    assert [(f.raw, f.value, f.indicator) for f in extract_facts(text)] == [
        ("5,300", 5.3e7, "建设投资"), ("4,800", 4.8e7, "工程费用"), ("2,950", 2.95e7, "设备购置费"),
        ("700", 7e6, "流动资金")]


def test_a_fund_report_s_table_in_yuan_under_a_header_of_its_period():
    """A quarterly report's table: its unit line says 人民币元, its column is headed by the period
    in brackets (no unit), and its rows are numbered (1.本期收入): each figure in yuan, named by
    its row without the number."""
    text = ("某产业园基础设施基金2024年第3季度报告\n本基金运行平稳，各项目出租率保持稳定。\n3.1 主要财务指标\n"
            "                                          单位:人民币元\n"
            "主要财务指标                        报告期(2024年7月1日-2024年9月30日)\n"
            "1.本期收入                          36,210,552.40\n"
            "2.本期净利润                        9,870,113.25\n"
            "本期收入包括租金收入、物业管理费收入及其他收入。\n")
    doc = process(Record("fund.txt", text.encode())).facts
    assert [(f.raw, f.value, f.unit, f.indicator) for f in doc] == [
        ("36,210,552.40", 36210552.4, "CNY", "本期收入"), ("9,870,113.25", 9870113.25, "CNY", "净利润")]


def test_a_monthly_bulletin_s_spaced_table_with_a_unit_column_and_rules():
    """A zone's statistical bulletin: its title names the zone, the body only says 开发区; a table
    laid out with spaces, a column of units (单位), a rate's column headed 同比增长%, rules of dashes
    and section heads between its rows, all above the prose."""
    text = ("                 平凉工业园区统计月报\n\n平凉工业园区管委会经济发展局编          2024年8月10日\n"
            "==============================================================\n\n"
            "指标名称                        单位        1-7月     同比增长%\n"
            "--------------------------------------------------------------\n"
            "一、规模以上工业\n"
            "    工业总产值                    万元       842600        9.4\n"
            "    利润总额                      万元        27310       -4.2\n"
            "二、主要产品\n"
            "    铝型材                          吨        35200        6.1\n"
            "--------------------------------------------------------------\n\n"
            "1-7月运行简析\n今年以来，园区经济运行总体平稳。1-7月，园区规上工业总产值同比增长9.4%，利润总额下降4.2%。\n")
    facts = process(Record("bulletin.txt", text.encode())).facts
    got = {(f.raw, f.value, f.unit, f.park) for f in facts}
    assert {("842600", 8.426e9, "CNY", "平凉工业园区"), ("9.4", 9.4, "%", "平凉工业园区"),
            ("27310", 2.731e8, "CNY", "平凉工业园区"), ("-4.2", -4.2, "%", "平凉工业园区"),
            ("35200", 35200, "t", "平凉工业园区"), ("6.1", 6.1, "%", "平凉工业园区")} <= got


@pytest.mark.parametrize("text, expected", [
    # a year's planned investment is not the project's total
    ("该项目年度计划投资1.2亿元，1-9月完成投资0.9亿元。", [("1.2亿元", "年度计划投资"), ("0.9亿元", "完成投资")]),
    # a place in a ranking said loosely is no count; people arranged are
    ("在全省园区里排三十几名，还算中游。", []),
    ("今年安排200名员工赴外地培训。", [("200名", "安排员工赴外地培训")]),
])
def test_planned_investment_and_loose_ranks(text, expected):
    assert [(f.raw, f.indicator) for f in extract_facts(text)] == expected


def test_a_count_paired_with_points_is_points():
    """分别高于全市1.8个和0.9个百分点: the first figure's 个 is the second's 个百分点."""
    assert [(f.raw, f.unit) for f in extract_facts("两区增速分别高于所在城市1.8个和0.9个百分点。")] == [
        ("1.8个", "pp"), ("0.9个百分点", "pp")]


def test_a_price_lowered_is_a_decrease():
    assert [(f.raw, f.value) for f in extract_facts("本次起拍价为2,287.92万元（较第一次起拍价下浮12.5%）。")] == [
        ("2,287.92万元", 22879200.0), ("12.5%", -12.5)]


def test_a_unit_line_that_lists_a_unit_for_each_kind_of_column():
    """单位：亿元、%、家 over a spreadsheet's tab-separated rows: the growth columns in %, the count
    in 家, the others in 亿元; a growth column after a park's revenue is that revenue's growth, and
    an empty field is a blank cell that keeps the columns after it in place."""
    from parktool.clean import clean_text

    sheet = ("单位：亿元、%、家\n园区\t营业收入\t同比增长\t工业投资增速\t规上企业数\t\n"
             "晋城经济技术开发区\t212.4\t6.1\t\t155\t\n晋城高新区\t88.9\t-1.7\t12.5\t61\t\n"
             "泽州县\t140.2\t3.3\t4.4\t\t\n")
    cleaned = clean_text("晋城市开发区上半年主要指标\n上半年，全市开发区主要指标运行平稳。\n" + sheet
                         + "下半年，各开发区将继续抓好项目建设。")
    assert cells(cleaned.text, title=cleaned.title) == [
        ("212.4", 2.124e10, "CNY", "营业收入", "晋城经济技术开发区"),
        ("6.1", 6.1, "%", "营业收入增速", "晋城经济技术开发区"),
        ("155", 155, "家", "规上工业企业", "晋城经济技术开发区"),
        ("88.9", 8.89e9, "CNY", "营业收入", "晋城高新区"),
        ("-1.7", -1.7, "%", "营业收入增速", "晋城高新区"),
        ("12.5", 12.5, "%", "工业投资增速", "晋城高新区"),
        ("61", 61, "家", "规上工业企业", "晋城高新区"),
        ("140.2", 1.402e10, "CNY", "营业收入", ""),
        ("3.3", 3.3, "%", "营业收入增速", ""),
        ("4.4", 4.4, "%", "工业投资增速", "")]


def test_a_note_s_numbered_section_holds_its_bullets_of_figures():
    """A research note's section numbered 2.1 over short bullets of figures: a section, no headline
    list; a space between a decrease word and its figure keeps the sign."""
    text = ("铜仁高新区调研笔记\n一般公共预算收入 9.8亿元，同比下降 4.3%\n2.1 新能源新材料产业园\n占地约 6800亩，是高新区的主力\n"
            "入驻企业 43家，其中前驱体企业 12家\n2023年产值 186亿元\n在建年产 5万吨 磷酸锰铁锂项目\n用工 1200人以上\n")
    assert [(f.raw, f.value) for f in extract_facts(text)] == [
        ("9.8亿元", pytest.approx(9.8e8)), ("4.3%", -4.3), ("约 6800亩", pytest.approx(4533333.33, rel=1e-6)),
        ("43家", 43), ("12家", 12), ("186亿元", 1.86e10), ("5万吨", 5e4), ("1200人以上", 1200)]


def test_a_slide_deck_s_marked_sections_and_their_bullets():
    """A slide deck's text: a slide's head marked ▶ before its number (▶ 三、) is a section's head,
    so the short bullets under it are the section's figures, not a list of headlines; a bullet (•)
    or a sub-bullet (–, ①) is a level below the ▶ head, so the park that head names holds for its
    bullets; and 重点园区 (key parks) in the head is a kind of park, not the deck's own park."""
    text = ("荆门高新区上半年工作汇报\n▶ 二、重点园区运行情况（1）掇刀化工循环产业园\n• 定位：磷化工、新材料\n"
            "• 入驻企业58家\n– 主因：产品价格回落\n• 上半年产值96亿元，同比下降3.2%\n"
            "▶ 三、存在的困难和问题\n• 土地指标偏紧\n• 规上工业企业亏损面12.4%\n• 新开工项目接续不足\n"
            "• 工业投资负增长\n")
    assert [(f.raw, f.park) for f in extract_facts(text, title="荆门高新技术产业开发区")] == [
        ("58家", "掇刀化工循环产业园"), ("96亿元", "掇刀化工循环产业园"), ("3.2%", "掇刀化工循环产业园"),
        ("12.4%", "荆门高新技术产业开发区")]


def test_a_table_drawn_with_box_characters_and_a_ratio_row():
    """A prospectus's table drawn with │: its cells read as a bar table's; a row of ratios (59.4%)
    among rows of amounts in 万元 is a row of percentages named by its label, and the table goes on
    after it; a header 2025年末/度 is that year's."""
    from parktool.clean import clean_text

    table = ("表3 发行人主要财务数据\n单位：万元\n│项目      │2025年末/度 │2024年末/度 │\n│资产总计  │1,286,400.5 │1,190,233.2 │\n"
             "│资产负债率│61.2%       │59.8%       │\n│净利润    │12,850.7    │11,902.1    │\n")
    cleaned = clean_text("马鞍山经开区平台公司债券募集说明书摘要\n发行人是马鞍山经开区的主要开发主体。\n" + table
                         + "报告期内发行人经营稳健。")
    facts = extract_facts(cleaned.text, title=cleaned.title)
    assert [(f.raw, pytest.approx(f.value), f.unit, f.year) for f in facts if "│" not in f.sentence and "|" in f.sentence] == [
        ("1,286,400.5", 1.2864005e10, "CNY", 2025), ("1,190,233.2", 1.1902332e10, "CNY", 2024),
        ("61.2%", 61.2, "%", 2025), ("59.8%", 59.8, "%", 2024),
        ("12,850.7", 1.28507e8, "CNY", 2025), ("11,902.1", 1.19021e8, "CNY", 2024)]
    assert [f.indicator for f in facts if f.unit == "%"] == ["资产负债率", "资产负债率"]


def test_a_box_table_s_total_row_with_empty_cells_and_a_second_table_s_unit_line():
    """A total row that leaves its number and place cells empty (│    │ 合计 │ … │      │) is a row of
    the table; a second table under the same unit line as the first (单位：万元 twice) keeps it."""
    from parktool.clean import clean_text

    first = "单位：万元\n│项目    │2025年度  │2024年度  │\n│营业收入│82,410.6  │75,120.3  │\n"
    second = ("单位：万元\n│序号│项目名称          │项目总投资│实施地点    │\n│ 1  │年产5万吨新材料项目│24,600.0  │铜陵经开区  │\n"
              "│ 2  │研发中心建设项目  │5,300.0   │铜陵经开区  │\n│    │合计              │29,900.0  │            │\n")
    cleaned = clean_text("某新材料股份有限公司招股说明书摘要\n发行人是一家从事改性塑料研发、生产和销售的企业。\n"
                         "发行人报告期的主要财务数据如下：\n" + first + "本次募集资金投资项目如下：\n" + second
                         + "募集资金到位前，公司以自筹资金先行投入。")
    facts = extract_facts(cleaned.text, title=cleaned.title)
    assert [(f.raw, pytest.approx(f.value), f.unit) for f in facts if "|" in f.sentence] == [
        ("82,410.6", 8.24106e8, "CNY"), ("75,120.3", 7.51203e8, "CNY"), ("5万吨", 5e4, "t"),
        ("24,600.0", 2.46e8, "CNY"), ("5,300.0", 5.3e7, "CNY"), ("29,900.0", 2.99e8, "CNY")]


def test_rows_under_a_park_s_row_whose_first_figure_is_blank():
    """Rows of one label less under a park's row (its cell spans them) whose first figure cell is a
    dash, or whose unit cell is: they stay the park's and the table goes on."""
    text = ("园区 指标名称 计量单位 9月 1-9月 同比增长(%)\n南平经开区 规上工业总产值 亿元 21.4 188.2 6.1\n"
            "规上工业增加值 — — — 5.5\n实际使用外资 万美元 — 960 12.0\n规上工业企业数 家 — 132 —\n"
            "南平高新区 规上工业总产值 亿元 9.8 86.5 4.2\n")
    assert [(f.raw, f.unit, f.park) for f in extract_facts(text)] == [
        ("21.4", "CNY", "南平经开区"), ("188.2", "CNY", "南平经开区"), ("6.1", "%", "南平经开区"),
        ("5.5", "%", "南平经开区"), ("960", "USD", "南平经开区"), ("12.0", "%", "南平经开区"),
        ("132", "家", "南平经开区"), ("9.8", "CNY", "南平高新区"), ("86.5", "CNY", "南平高新区"),
        ("4.2", "%", "南平高新区")]


def test_a_pdf_table_one_cell_a_line_through_cleaning():
    """A statistics handbook's table that a PDF gives one cell a line, with a unit column and
    dashes for blank cells: each figure with its row's unit and its column's meaning."""
    from parktool.clean import clean_text

    lines = ["柳州高新区主要经济指标（2025年）", "指标", "单位", "总量", "同比增长", "（%）",
             "营业收入", "亿元", "1820.5", "6.6", "工业增加值", "亿元", "—", "7.3",
             "出口总额", "亿美元", "12.7", "-4.2", "注：“—”表示不公布总量。"]
    cleaned = clean_text("柳州高新区发布年度统计手册\n柳州高新区今年编印统计手册，全面反映园区发展。\n" + "\n".join(lines))
    assert [row[:3] for row in cells(cleaned.text, title=cleaned.title)] == [
        ("1820.5", 1.8205e11, "CNY"), ("6.6", 6.6, "%"), ("7.3", 7.3, "%"), ("12.7", 1.27e9, "USD"),
        ("-4.2", -4.2, "%")]


# ---------------------------------------------------------------- the seeds against the gold

def _scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval is not beside the project")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scored(score, gold_file: Path, predicted: list[tuple[str, Fact]], tmp_path: Path) -> tuple[float, float]:
    """(F1, park accuracy) of (file name, fact) pairs against a gold file, by score.py's own
    functions on the CSV that `parktool export metrics` writes."""
    path = tmp_path / "metrics.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["source", "value", "unit", "dimension", "park", "raw", "indicator"])
        writer.writeheader()
        for name, fact in predicted:
            writer.writerow({"source": name, "value": fact.value, "unit": fact.unit,
                             "dimension": fact.dimension, "park": fact.park, "raw": fact.raw,
                             "indicator": fact.indicator})
    gold = score.dedup(score.load_gold(str(gold_file)), with_indicator=True)
    files = {g["file"] for g in gold}
    pred = [p for p in score.load_pred(str(path)) if p["file"] in files]
    pairs = score.match(gold, pred)
    matched = {id(p) for _, p in pairs}
    gold_values = {(g["file"], g["unit"], round(g["value"], 4)) for g in gold}
    pred = [p for p in pred if id(p) in matched or (p["file"], p["unit"], round(p["value"], 4)) not in gold_values]
    f1 = score.prf(len(pairs), len(pred), len(gold))[2]
    return f1, sum(score.park_right(g, p) for g, p in pairs) / len(pairs)


def test_seeds_against_gold(tmp_path):
    """The scorer's own figures on the seeds: F1 1.000, park accuracy 0.991 (115 of 116)."""
    predicted = [(seed.name, fact) for seed in seed_texts()
                 for fact in extract_facts(seed.text, title=seed.title, published=seed.published)]
    f1, park = _scored(_scorer(), SCORER.parent / "seeds-gold.jsonl", predicted, tmp_path)
    assert f1 >= 0.999
    assert park >= 0.99


# Each evaluation set: its folder under fixtures/, its articles, the F1 and park accuracy it reaches
# (rounded down), and for the held-out sets their first, blind score.
EVAL_SETS = [
    # Articles in the style of other provinces, sites, years and scripts, annotated by the hands
    # that wrote the rules.
    ("eval", "e*.*", 1.0, 0.99),
    # Sixteen articles annotated blind, without reading the rules (notes.md has the annotators'
    # calls where the guide is silent): GBK, Big5, HTML portals, WeChat reposts, statistics
    # bulletins, land notices, Taiwan and Hong Kong script.
    ("eval2", "[fg][0-9][0-9]_*", 0.99, 0.99),  # blind: 0.970, 0.833
    # Sixteen more annotated blind after the rules had been fixed on the first: 广西, 江西, 重庆,
    # 黑龙江, 宁波, 雄安, Taiwan's 南科, a 宝鸡 policy notice, 昆山 in GB18030, 河套 in Big5 ...
    ("eval3", "[hi][0-9][0-9]_*", 0.99, 0.96),  # blind: 0.963, 0.679
    # Twelve more annotated blind after both rounds of fixes: 襄阳, 绵阳, 福州, 长春, 南宁 in GBK,
    # 天津, 南通, 郑州航空港, 竹科, 济南, 钱塘, 赣州. Measured first, then 国科会, 汽开区 and 起步区 added.
    # (0.972 until a bare kind word before a park's name became its zone: one share of 全区
    # in 高新区新能源汽车产业园's paragraph had only that whole form among its names)
    ("eval4", "[jk][0-9][0-9]_*", 0.99, 0.96),  # blind: 1.000, 0.777
    # Eighteen more annotated blind after the eval4 fixes: 深汕, 兰州, 杨凌, 知识城, 苏宿 in GBK,
    # 满洲里, 西咸, 长垣, 生态城, 齐鲁, 武进, 三龙湾, 高雄 and 屏东 in Big5, 香港, 横琴, 霍尔果斯, 宜宾, 遵义.
    ("eval5", "[lmn][0-9][0-9]_*", 0.99, 0.94),  # blind: 0.980, 0.759
    # Eighteen more annotated blind after the eval5 fixes: 金普, 山西综改区, 北京经开区, 曹妃甸 in GBK,
    # a 西宁 land notice, 中卫 WeChat, 洋浦, 磨憨 HTML, a 醴陵 work report, 中韩（盐城）, 湛江 in Big5, a
    # text table of 广东's transfer parks, 张江, 苏滁 HTML, 宜昌, 江北 in GBK, a 徐州 interview, 岳阳 with pinyin.
    ("eval6", "[opq][0-9][0-9]_*", 0.99, 0.96),  # blind: 0.982, 0.840
    # Eighteen more annotated blind after the eval6 fixes: 泉州台商区 and 晋江, 小蓝 HTML, 包头稀土 in GBK,
    # a 潍坊 statistics bulletin, 两江 WeChat, 中科 in traditional script, 珲春, a 四川 发改委 page,
    # a 大亚湾 investment guide, 漕河泾 in GBK, a 大冶 TV script, 喀什 bilingual, 连云港石化基地, 洛阳
    # portal HTML, 数码港 and 科学园 in Big5, a 缙云 work report, 瑞丽 with pinyin, a ranking of 经开区.
    ("eval7", "[rst][0-9][0-9]_*", 0.99, 0.99),  # blind: 0.988, 0.903
    # Eighteen more annotated blind after the eval7 fixes: 沈抚 as PDF text, 柯桥 HTML, a 榆林 online
    # interview, 张家港 in GBK, a 廊坊 directory, 马鞍山 WeChat, 大庆, 北海 HTML, 南科 in Big5, a 宜昌 work
    # report, 拉萨 in GBK, 天津滨海高新区 press conference, 金昌, 临沂 self-media HTML, 新乡 full-width,
    # a 湖南 商务厅 notice, 平潭 in Big5, a 九江 feature.
    ("eval8", "[uvw][0-9][0-9]_*", 0.99, 0.90),  # blind: 0.994, 0.788
    # Eighteen more annotated blind after the eval8 fixes: a listed company's announcement (宁德东侨),
    # a Q&A answer in Markdown (海南), an HTML morning digest of five provinces' parks, 和林格尔 in GBK,
    # a 株洲 video script, 横琴 in Big5 (Macau), a 沭阳 bulletin, a 柳州 forum thread, a reply to a
    # deputy's proposal (怀柔, 未来科学城), a 四川 table pasted from Excel, 长春 in GB18030, 嘉兴港区
    # WeChat, a 威海 government portal, a 昆明 infographic, 虹桥 and G60, 中科 in Big5, a 吉安 survey
    # report, 陕西 customs on its 综合保税区. Only its first fixes are in.
    ("eval9", "[xyz][0-9][0-9]_*", 0.98, 0.92),  # blind: 0.974, 0.814
    # Eighteen more annotated blind after the eval9 fixes: a 贵安 press conference, 哈尔滨 in GBK, a
    # 兰州 work report, 银川 and 宁东 as PDF text, 新疆's zones, a 拉萨 dispatch, a 合肥 portal HTML, a
    # 山西综改区 leader's speech, a 郑州航空港 investment brochure, 光谷 and 车谷 by nickname, 厦门's
    # Taiwanese zones in Big5, 西宁's four parks, 前海 and 河套 in a Hong Kong press release (Big5), a
    # crawler's dump of three 苏州 articles, a 重庆 statistics bulletin, TEDA, 大连's key projects, a
    # 钱塘 year-end review. Only its first fixes are in.
    ("eval10", "[abc][0-9][0-9]_*", 0.99, 0.95),  # blind: 0.961, 0.889
    # Eighteen more annotated blind after the eval10 fixes: 青岛西海岸 HTML, a 湖南 news roundup, Taiwan's
    # three science parks in Big5, 钦州 WeChat, a 成都高新区 interview, a 曹妃甸 policy in GBK, a 陕西
    # table with its unit on a line above, a 赣州 company announcement, 海南 with photo captions, 横琴
    # in traditional script with pinyin, 云南 pages glued together, an 内蒙古 TV script, 长春, 沈阳 in
    # GBK HTML, a 黄埔 feature, 北京's ten news of the year, 临港 and 张江, a 福清 county report. Only
    # its first fixes are in.
    ("eval11", "d*_*.*", 0.99, 0.98),  # blind: 0.989, 0.886
    # Eighteen more annotated blind after the eval11 fixes: a 苏州 work report as PDF text, a 合肥高新区
    # statistics bulletin, a 河南 press conference (HTML with a BOM), a 两江 environmental notice, a 贵安
    # land sale, 河套 in Big5, 兰州, a 宁夏 portal, a 新疆 Weibo thread, a 天津 ranking, a 哈尔滨
    # brochure, 山西 in GB18030, 浙江's platforms, 湖北's car zones, 厦门's signed projects, an
    # economist's piece, a 南京 bilingual release, a 江西 county. Only its first fixes are in.
    ("eval12", "m*_*.*", 0.98, 0.97),  # blind: 0.988, 0.917
    # Eighteen more annotated blind after the eval12 fixes: a 黄埔 WeChat post, a 四川 news round-up,
    # a 西安 key-project table (GBK HTML), a 烟台开发区 year-end summary, 竹科 and 南科 with pinyin and
    # mojibake, a 长沙经开区 interview, 钦州港, 洋浦 HTML, an 鄂尔多斯 policy, 长春's car zone, 辽宁 in
    # Markdown, 磨憨, 临港, 亦庄 and 中关村, a 曹妃甸 tender notice, 横琴 with Macau, 福建's 该区
    # paragraphs, 孝感 in Chinese numerals. Only its first fixes are in.
    ("eval13", "n*_*.*", 0.98, 0.94),  # blind: 0.993, 0.762
    # Eighteen more annotated blind after the eval13 fixes: 苏州's parks as PDF text with names and
    # figures broken across lines, a 郑州 open-government page, 两江 and 科学城, 香港科学园 and 河套 in
    # Big5, 温岭's 小微企业园, an 安徽 press conference, TEDA and 滨海新区, a 贵阳经开区 site in GBK, a
    # 哈尔滨 land sale, a ranking of 经开区, 霍尔果斯, a republished 兰州 story, 赣江新区's 组团, a 山西
    # Weibo thread, 宁东, 西宁 and 柴达木 with captions, 深圳's parks compared, 黄岛 at thirty.
    ("eval14", "s*_*.*", 0.98, 0.95),  # blind: 0.993, 0.870
    # Eighteen more annotated blind after the eval14 fixes: 光谷 and 车谷, a 长沙 WeChat page, a 成都
    # statistics bulletin with a table, Taiwan's science parks in Big5, 昆明's trade, a 广西 investment
    # brochure, 洋浦, 厦门火炬 in GBK HTML, a 金普新区 interview, 长春汽开区, an 内蒙古 year-end review,
    # a round-up by province, 临港 and 张江, 中关村 in Markdown, a 曹妃甸 project, an English-mixed
    # 江苏 release, 山东's chemical parks, 广州开发区 with relative dates.
    ("eval15", "c*_*.*", 0.98, 0.96),  # blind: 0.992, 0.870
    # Eighteen more annotated blind after the eval15 fixes: 合肥, a 贵安 gazette as PDF text, 新疆 HTML,
    # a 天津 press conference in GB18030, 南昌, a ranking of parks, 杭州湾 and 绍兴滨海新区, 河套 in Big5,
    # a 洛阳 work report, 重庆's signed projects, 宁东 with pinyin, 山西 posts, 大庆, 柴达木 in GBK HTML,
    # 常州, 青岛西海岸, 浙江's 小微企业园, 拉萨 in Markdown with a table of years.
    ("eval16", "p*_*.*", 0.99, 0.98),  # blind: 0.978, 0.927
    # Eighteen more annotated blind after the eval16 fixes: 松山湖, a 湖南 HTML table, a 烟台 land
    # notice, 横琴 in Big5, 柳州, a republished 呼和浩特 story, 赣州 in Chinese numerals, a 德阳 policy
    # Q&A, 廊坊 in GBK HTML, a 芜湖 infographic, 延边, 苏州 in English, 襄阳, a 长葛 bulletin, 哈尔滨
    # WeChat, 福州's port, 兰州新区, 克拉玛依 with year series.
    ("eval17", "g*_*.*", 0.99, 0.96),  # blind: 0.977, 0.934
    # Eighteen more annotated blind after the eval17 fixes: 江宁, a 郑州 live page, a 广东 table with
    # rowspan, a 葛店 speech in GB2312, 西安 monthly figures, 高雄's 加工出口區, 杭州高新区（滨江）, 山东
    # briefs, a 四川 pasted table, 南科 and 中科 in Big5, a 营口 FAQ, 红河, 毕节 and 遵义, a 北海 report with
    # footnotes, a 长株潭 WeChat post, 苏州's short forms, a listed company's announcement, 天津's zones.
    ("eval18", "k*_*.*", 0.99, 0.97),  # blind: 0.984, 0.912
    # Eighteen more annotated blind after the eval18 fixes: 石家庄, a customs HTML table of 综保区, a
    # 岳阳 audit report, 惠州 in GB18030 HTML, 福州 and 马尾, a 湖州 Markdown weekly with task lists, 四川
    # in Chinese numerals, 彰濱 in Big5, 沪苏大丰, a 沈阳 year-end summary, a 光明科学城 research note, 甘肃,
    # 青岛, a 湖北 directory page of field blocks, 北部都會區, long raw amounts, a 南阳 poster, 钦州港.
    ("eval19", "w*_*.*", 0.99, 0.90),  # blind: 0.939, 0.854
    # Eighteen more annotated blind after the eval19 fixes: 乌鲁木齐 and 头屯河, an 内蒙古 bulletin as
    # PDF text with a table of parks, 贵阳 in GBK HTML with split numbers, a 昆明 interview, 洋浦, a
    # 哈尔滨 WeChat page, 山西综改区, a 扶风 work report in GBK, a 南昌 land notice, a 重庆 round-up,
    # TEDA in Chinese and English, 长春汽开区, 亦庄 and 中关村, 横琴 in Big5-HKSCS with pinyin, a 宁东
    # brochure of definition lists, a 西宁 TV script, 赣州 and 郴州, four western parks in Markdown.
    ("eval20", "h*_*.*", 0.99, 0.97),  # blind: 0.958, 0.971
    # Eighteen more annotated blind after the first eval20 fixes: 南通, a 嘉兴 speech, 佛山 and 松山湖 as
    # slide text, a 厦门 forum thread, 裕龙岛, an OCR'd 郑州 clipping, 襄阳 and 车谷, a 长沙 e-mail
    # newsletter, an 安徽 ranking in GB18030 HTML, 宜宾's batteries, Taiwan's science parks, 金普新区, 西安
    # and 西咸, a 上海 data table, a 河北 通报, 南宁, a dataset's README in Markdown, 瑞丽 and 磨憨.
    ("eval21", "j*_*.*", 0.98, 0.91),  # blind: 0.974, 0.873
    # Eighteen more annotated blind after the eval21 fixes: a 长春 WeChat page, a 鄂尔多斯 work report, a
    # 兰州 park profile in GBK HTML, a 洋浦 press conference, 哈尔滨 and 大庆, a 贵阳 story syndicated twice,
    # TEDA, an 南昌 environmental notice, a 重庆 statistical table, 新疆's zones, 河套 in Big5 from Hong
    # Kong, 宁东 and 西宁, an annual report as PDF text, 亦庄, a 宁波 study in Markdown, a 山西 tender in
    # banker's numerals, 赣州 and 郴州, 黄埔 on Weibo.
    ("eval22", "v*_*.*", 0.99, 0.97),  # blind: 0.975, 0.947
    # 雄安 and 石家庄 on a government message board, a 温州 county media page with a 小微企业园, a
    # 河南 ranking, a 芜湖 plan as PDF text with a table of one cell a line, 横琴 in Big5 from Macau,
    # a 成都 signing list, a 柳州 annual work report, 青岛's ports in GBK, 国家高新区 and three zones, a
    # bilingual 苏州工业园区 release, a 福建 land results notice, 陕西 quarterly figures, 磨憨, a
    # 南京 monthly monitor in Markdown, a 襄阳 data page, a 宜宾 listed company's investment notice,
    # 辽宁 on a traditional mirror with pinyin and mojibake, 台州 小微企业园.
    ("eval23", "t*_*.*", 0.97, 0.95),  # blind: 0.965, 0.874
    # A listed company's investment notice in 漳州, a reply to a deputy's suggestion in 衡阳, TV
    # subtitles with no punctuation from 曲靖 and 玉溪, 舟山 on a GBK disclosure page, a 上饶 chronicle,
    # 开封 with a chart as text, a 东营 bond prospectus, a Q&A forum on 蚌埠, 台湾's science parks,
    # a Xinhua dispatch from 新疆, a blog comparing 江苏 zones in Markdown, 莆田, a foreign company's
    # release on 大亚湾, a 防城港 district work report, a 青海 TV script, a ministry's data table on
    # national zones, 辽宁's coastal zones, a 山西 inspection story.
    ("eval24", "y*_*.*", 0.98, 0.97),  # blind: 0.950, 0.906
    # A 荆州 encyclopedia entry, a 九江 数说 list, 陕西 zones as comma-separated rows, 肇庆 with readers'
    # comments, 河北 roadshows in 大阪 and 法兰克福, 台湾's industrial zones, a 吉林 CPPCC proposal, an
    # 安庆 yearbook page, 衢州's three platforms in 分别 lists, 黑龙江 radio, 崖州湾, 泸州 in GBK, a
    # bank's credit to 甘肃 zones, a bilingual 江门 page, 株洲 in Markdown, a 淮安 and 宿迁 digest,
    # data centres in 和林格尔, 沈阳's 中德园 in GBK HTML.
    ("eval25", "q*_*.*", 0.98, 0.96),  # blind: 0.981, 0.909
    # A 广西 feature in ■ sections, a 日照 policy notice, a lifestyle post on 未来科技城, a 河南 project
    # table in HTML, 黄石 and 黄冈 in GB18030, an 安顺 monthly report as PDF text, 常熟 meeting minutes,
    # 浙江's 飞地 parks, a Singapore paper on 知识城 and 生态城, 宁夏, 南昌's talent policy, 东疆 in
    # bullets, a 湖南 list notice, 咸阳 called 该区, a 马鞍山 WeChat post with captions, a 福建 news
    # list page in GBK, 汕头 and 大南海, 济宁 and 泰安 monthly analysis.
    ("eval26", "r*_*.*", 0.98, 0.97),  # blind: 0.960, 0.928
    # 泰州's three zones on a county page, a national press release with 昆明 and 贵阳, a 湖州 forum
    # thread, a 德阳 first-person review, 前海 and 南沙 in Big5, an OCR'd 孝感 brochure, 中山 in
    # fractions and multiples, 福州 in WeChat sections, a 邢台 interview, 大窑湾, 运城 and 临汾 in
    # GBK, a 浙江 top-20 list, 重庆's zones and 科学城, a 张江 bulletin, a 吉安 signing list, a 钦州
    # data card in GB18030 HTML, 永康's 亩均 story, TEDA in English.
    ("eval27", "f*_*.*", 0.97, 0.95),  # blind: 0.972, 0.939
    # Fixed for with eval29–31: 河源 and 梅州, 十堰 with
    # planning periods, 南港 and 内湖 in traditional script, a 金昌 statistics brief, a 镇江
    # entrepreneur, 德州 and 聊城, 赤峰 and 通辽, a 廊坊 infographic in HTML, a listed company's annual
    # report with bases in 宣城 and 广德, 绥化 and 佳木斯 in GBK, 海东 in full-width digits, a 崇左
    # roadshow in Hong Kong, 安康, a 扬州 morning digest, 遂宁's lithium parks, 濮阳 in GBK HTML, a 鹰潭
    # research report, a 娄底 short-video script.
    ("eval28", "k*_*.*", 0.99, 0.98),  # blind: 0.966, 0.918
    # Written while eval28 was fixed, measured blind: 嘉兴 and 平湖, 漳州 from a PDF,
    # 横琴 in Big5, a 昆明 press conference, 贵阳 month by month, a 重庆 list of signed projects,
    # 乌鲁木齐 and 昌吉, 宁夏's zones in an HTML table, a 吉林 work report, 金普 in GBK, a top-100
    # ranking, 山西综改区 with relative dates, 海口 and 洋浦, a 天津 WeChat post, a 漕河泾 policy,
    # 亦庄 in two languages, 温岭's 小微企业园, 拉萨 in HTML.
    ("eval29", "m*_*.*", 0.99, 0.98),  # blind: 0.961, 0.941
    # Written while eval29 was fixed, measured blind: 南通 and 如皋, 肥西's statistics
    # bulletin, 前海 and 河套 in traditional script, 河南's zones ranked, a 潍坊 TV transcript, 襄阳 in
    # HTML, 佛山高新区's 园, a 九江 brochure in GBK, a 绵阳 interview, 鞍山 and 营口 in decline, 福建 in
    # Markdown, 沧州临港, 绍兴滨海 and 柯桥, a 湖南 weekly roundup, SIP in English, 西安's zones in a
    # table of columns, a 乐清 小微企业园, 南宁's zones in GBK HTML.
    ("eval30", "x*_*.*", 0.99, 0.98),  # blind: 0.993, 0.955
    # Written while eval29 and eval30 were fixed, measured blind: 常州's two zones, a 宜昌
    # quarterly analysis, 前湾 and 烟台 综保区, a company with plants in 滁州 and 苏滁, 莫干山's land
    # parcels, 南昌 and 小蓝 in HTML, 石家庄 and 正定, a 威海 work summary, 中科 and 后里 in Big5, 苏滁 and
    # 宁滁, 江门's project list, 大庆 in Chinese numerals, 德阳 and 广汉, a 柳州 portal Q&A, 许昌 renamed,
    # 长春汽开区 in GBK, 宁波's four zones compared, 曲靖 with an editor's note.
    ("eval31", "z*_*.*", 0.99, 0.96),  # blind: 0.994, 0.914
    # Written while eval31 was fixed, measured blind (the first twelve articles at one commit, F1
    # 0.962 and park 0.956, the last six at a later one, 0.997 and 0.989): 湖州 and 长兴, a 赣州
    # feature, a 盐城 招商 bulletin, 烟台's zones in a GBK table, 南沙综保区, a 仙桃 government page,
    # 芜湖's two zones, a 新乡 问政 transcript, 横琴's 中医药 park in traditional script, 岳阳 year by
    # year, 仲恺's chain in a bank's note, 宜宾临港 merged, 泉州's zones, a forum answer on 苏州高新区
    # and 昆山, 宝鸡 and 杨凌 evaluated, 香港科学园 and 数码港 in Big5, 鄂尔多斯 and 包头 in Markdown
    # tables, 长安's park in 两江新区. One gold value was corrected against the guide (notes.md).
    ("eval32", "g*_*.*", 0.98, 0.97),  # blind: 0.975, 0.968
    # Written while eval32 was fixed, measured blind, each annotator's six articles at the commit
    # current when they arrived (together F1 0.963, park 0.936): 无锡高新区's work report, 绍兴滨海
    # in GBK, a 徐圩 WeChat post, a 济南 press conference on 起步区 and 高新区, 贵阳综保区's customs
    # figures, 中科 in Big5, 泰州医药城's year, a 景德镇 policy, 宜春's lithium, 龙岩's two parks, 鹰潭
    # in an HTML portal, a 新余 TV script, a 承德 Weibo thread, 乌海高新区's parts in GBK, 石嘴山's
    # bulletin in Markdown, 粤桂合作特别试验区, a 泸州 brochure, 天水经开区's months as a CSV sheet.
    ("eval33", "h*_*.*", 0.99, 0.97),  # blind: 0.963, 0.936
    # Written while eval33 was fixed, measured blind at one commit: 南京江北新区 in GBK, 合肥经开区's
    # car makers on WeChat, 前海 in Big5, a 光谷 interview, 渤海新区's parks in a Markdown table, a 榆林
    # disclosure report, a 天府新区 brochure, 昆明 and 红河 综保区 in HTML, 浙江's zones ranked, 曹妃甸's
    # projects, 珠海高新区 on Weibo, a 哈尔滨新区 speech, 厦门火炬 in GBK HTML, a 金华 rating Q&A, 北部湾
    # in two languages, 航空港 syndicated, 西安高新区 with pinyin, 安庆's county zones.
    ("eval34", "i*_*.*", 0.99, 0.95),  # blind: 0.985, 0.914
    # Written while eval34 was fixed, measured blind (two parts at one commit, the third at a later
    # one; together F1 0.926, park 0.877): SIP in GBK, a 西海岸 and 董家口 press conference, 竹科 and
    # 桃园 in Big5, 常德经开区's data cards, 九江's chemical parks in an HTML table with merged
    # headers, a 兰州新区 work report, a 宜兴 inspection notice, 南沙 in English, 马尾's 小微企业园, a
    # 潍坊 forum thread, a 长沙经开区 PDF, 海门's merger, 包头 in GBK HTML, 河北's zones listed, 两江
    # syndicated, 横琴 in Big5, a 合肥高新区 interview, 昆山's Taiwanese firms in Markdown; its
    # one-cell-a-line PDF table, pay words and concentrations fixed in the round after.
    ("eval35", "j*_*.*", 0.965, 0.94),  # blind: 0.926, 0.877
    # Written while eval35 was fixed, measured blind at one commit: 邯郸 in GBK, a 大同 table pasted
    # tab-separated under 单位：亿元、%、家, a 牡丹江 reply to a deputy's proposal, an 抚州 yearbook, 荆门 on
    # WeChat, a 广清 press conference, a 涪陵 TV script, 眉山 in Markdown, 酒泉 syndicated twice, a
    # 石河子 work report, 格尔木 in Big5 with pinyin, 南阳 in HTML, a 宣城 bond prospectus with a box-drawn
    # table, a 宿迁 brochure of bullets, 三明's monthly table, a 湘潭 Weibo thread, 汉中 in two
    # languages, 博鳌乐城 interviewed.
    ("eval36", "k*_*.*", 0.99, 0.97),  # blind: 0.947, 0.941
    # Written while eval36 was fixed, measured blind at one commit: 阜阳 in GBK, a 周口 signing's live
    # text, a 菏泽 group chat, 盘锦 in English only, 长治 in HTML, 百色 in Big5, a 南充 podcast, 铜仁
    # research notes in Markdown, a 库尔勒 work report, an 汕头 briefing, 张掖 as SRT subtitles, 吴忠's
    # monthly table, 晋中 hotline replies, 乐山's polysilicon, 楚雄 and 大理 in Big5, a 荆州 EIA from a
    # PDF, 亳州 on WeChat, 张家口's data centres. Only partly fixed for.
    ("eval37", "l*_*.*", 0.96, 0.90),  # blind: 0.934, 0.832
    # Written while eval37 was fixed, measured blind at one commit: a 孝感 leader's speech in GBK, an
    # 营口 statistical bulletin from a PDF, a 赣州 interview, 潍坊滨海's monthly sheet saved as CSV,
    # 韶关 in HTML, 满洲里 in traditional script with pinyin, a 宜昌 slide deck, a 遵义 forum thread, a
    # 嘉兴 ranking notice, a 襄阳 e-mail thread, 北海铁山港's capacities, 宁德 on a Hong Kong site, an
    # 鞍山 blog, 鄂尔多斯 in Markdown with footnotes, a 株洲 tender notice, 西宁 in GBK, 珲春 in Chinese
    # and Korean, 六安's project list.
    ("eval38", "m*_*.*", 0.975, 0.97),  # blind: 0.943, 0.922
    # Written at the end of the eval38 fixes, measured blind at one commit: 鹰潭 in GBK, a 湛江
    # disclosure report, an 益阳 radio script, 柳州's “一图读懂”, 芜湖 in HTML, a 台州湾 FAQ, 德州 in GBK,
    # a 自贡 budget from a PDF, 沧州临港 on WeChat, a 榆林 blog in Markdown, 喀什 in Chinese and Russian,
    # a 泸州 voice-over, a 马鞍山 reward notice, a 盐城 TV transcript, 衢州 in HTML with JSON-LD, 漳州台商
    # 投资区 in UTF-16, 呼和浩特's chronicle, 海口's zero-tariff rules. Only partly fixed for.
    ("eval39", "n*_*.*", 0.945, 0.935),  # blind: 0.931, 0.906
    # Written after the eval39 fixes, measured blind at one commit: a 六盘水 Weibo thread, 四平 in Big5,
    # a 锦州 feature's SRT subtitles, a 衡水 RSS feed, a 晋城 statistics bulletin, a 淮南 message board,
    # a 忻州 work report in GBK, a 巴彦淖尔 news digest, a 邵阳 press conference, 怀化 bilingual HTML, a 随州
    # land notice, a 萍乡 OCR scan, a 淮北 yearbook, a 池州 EIA notice, a 黄山 prospectus, a 阜新 site's
    # JSON API response, 铁岭 in GBK with mojibake, a 咸宁 reply to a deputy. Only partly fixed for.
    ("eval40", "p*_*.*", 0.98, 0.92),  # blind: 0.933, 0.861
    # Written after the eval40 fixes, measured blind at one commit: a 通化 drug maker's ESG report, a
    # 葫芦岛 newsletter saved as .eml, 吕梁 in GBK HTML, a 乌兰察布 今日头条 article, a 永州 feasibility
    # study, a 张家界 贴吧 thread, a 鹤岗 Word report saved as text, a 松原 Atom feed, a 白城 WeChat
    # inspection report, a 商洛 spreadsheet's CSV, a 渭南 investment guide, a 平凉 video page, a 中卫
    # investor-relations record, a 都匀 policy interpretation page, 河池 in GBK, a 南平 expo catalogue,
    # a crawler's JSONL from 枣庄, a 太仓 REIT's quarterly report. Only partly fixed for.
    ("eval41", "[ou][ab][0-9]*.*", 0.975, 0.925),  # blind: 0.945, 0.846
    # Written after the eval41 fixes, measured blind at one commit: a 辽源 page saved as MHTML, a 朝阳
    # open-data XML export, a 铜川 page whose script holds the article, a 延安 court auction notice, a
    # 白银 project book, a 固原 e-paper page, a 贺州 land-sale result, a 来宾 BBS thread in GBK, a 抚州
    # tender result, a 宿州 proposal and its reply, a 鄂州 page with an HTML table, an 恩施 feature in
    # Chinese numerals, a 驻马店 WeChat crawl in JSONL, 信阳 in GBK HTML with a table, a 商丘 e-mail in
    # quoted-printable GB2312, a 漯河 PDF brochure, a 三门峡 research note, 鹤壁 and 焦作 side by side.
    # Only partly fixed for.
    ("eval42", "[eu][ab][0-9]*.*", 0.98, 0.9),  # blind: 0.832, 0.836
    # Written after the eval42 fixes, measured blind at one commit: a 巴中 encyclopedia page, a 达州
    # Word document, a 广安 WeChat page, a 内江 brochure printed in two columns, 庆阳 signings in GBK, a
    # 定西 monthly bulletin, a 攀枝花 park site with counters, a 保山 audit notice, a 临沧 interview, a
    # 普洱 plan review, a 文山 ranking notice, a 凯里 TV transcript, a 阳江 property page, a 揭阳 annual
    # report, 平顶山 and 安阳 in GBK, a 济源 Q&A page, a 哈密 leader's visit, a 克拉玛依 Markdown post.
    # Only partly fixed for.
    ("eval43", "[ijk]c[0-9]*.*", 0.97, 0.94),  # blind: 0.976, 0.850
    # Written after the eval43 fixes, measured blind at one commit: a 承德 page run through OCR, a
    # 张家口 message board, a 朔州 spreadsheet saved as a web page, 阳泉 minutes, a 白山 Weibo thread,
    # 七台河 and 双鸭山 in Big5, a 广元 article over three pages, a 资阳 mobile page, a 雅安 RSS feed, a
    # 丽江 bilingual release, a 铜仁 tender, 毕节's communiqué in GBK, a 汕尾 e-paper page, a 滨州 press
    # conference, a 儋州 app's JSON, a 潜江 forum thread, a 伊犁 EIA notice, a 梧州 list page.
    # Only partly fixed for.
    ("eval44", "[lmn]c[0-9]*.*", 0.97, 0.94),  # blind: 0.957, 0.896
    # Written after the eval44 fixes, measured blind at one commit (7fd245a): a 昭通 government work
    # report, a 潮州 TV script, a 云浮 short video's subtitles, a 黔西南 Atom feed, a 黑河 expert
    # interview, a 武威 yearbook entry in GBK, a 日喀则 slide deck's text, a 林芝 WordPress export, an
    # 阿勒泰 reply to a deputy, a 丹东 land sale, a 本溪 promotion speech, 辽阳's budget report in GBK,
    # a 湘西 signing ceremony, a 茂名 quarterly analysis, a 十堰 podcast, a 荆门 policy Q&A, 三明
    # deputies' quotes, a 梅州 page in Big5. Only partly fixed for.
    ("eval45", "[opq]c[0-9]*.*", 0.97, 0.91),  # blind: 0.949, 0.856
    # Written after the eval45 fixes, measured blind at one commit (3eee7f6): a 江阴 知乎 answer, a
    # 张家港 academic paper, an 义乌 百家号 article, a 慈溪 briefing in GBK, a 三亚 report run through
    # OCR, a 贵港 WeChat group chat, a 德宏 一图读懂, a 喀什 live blog, an 阿克苏 audit notice, 吐鲁番
    # trading-site notices, a 抚顺 人大 survey report, a 鸡西 magazine feature in Big5, a 呼伦贝尔
    # newsletter, an 阿拉善 EIA summary, a 巴彦淖尔 prospectus, a 嘉峪关 sheet saved tab-separated, a
    # 锡林郭勒 investment map, a 海西 mid-term review in GBK. Only partly fixed for.
    ("eval46", "[rst]c[0-9]*.*", 0.96, 0.925),  # blind: 0.909, 0.864
    # Written after the eval46 fixes, measured blind at one commit (cb87e7f): a 海宁 research note, a
    # 桐乡 signing ceremony's host script, a 丹阳 judicial auction page, a 溧阳 proposal and its reply,
    # a 靖江 list of EIA approvals, a 启东 recruitment notice, a 东台 Weibo thread, a 邳州 monthly
    # bulletin's HTML table, a 石狮 gazette's PDF text, a 南安 company directory, 瑞安 meeting minutes,
    # a 诸暨 English release, an 余姚 page with JSON-LD, a 龙口 TV station's page, 胶州's statistics
    # bulletin in GBK, a 寿光 company's ESG report, a 和田 story carried twice, a 兴安盟 survey report.
    # Only partly fixed for.
    ("eval47", "[uvw]c[0-9]*.*", 0.955, 0.92),  # blind: 0.924, 0.862
    # Written after the eval47 fixes, measured blind at one commit (32f9f5d): a 泰兴 disclosure
    # report, a 兴化 study-tour report, a 高邮 subsidy list in GBK CSV, a 仪征 summary saved as UTF-16,
    # a 句容 photo gallery, a 扬中 signed article, a 东阳 亩均 evaluation, a 奉化 hotline digest, a
    # 临海 short video's API response, a 龙港 bank's release, an 惠安 fact sheet, a 长乐 mobile H5
    # story, 滕州 申论 materials, a 荣成 page in GBK, a 邹城 chronicle, a 莱州 project schedule, a
    # 临夏 accessible page, a 怒江 east-west cooperation report. Only partly fixed for.
    ("eval48", "[xyz]c[0-9]*.*", 0.975, 0.92),  # blind: 0.927, 0.903
    # Written after the eval48 fixes, measured blind at one commit (be984c1): a 甘南 special bond's
    # plan, a 玉树 civil judgment, a 迪庆 plan's expert review, a 昌都 procurement notice with a news
    # item below, a 山南 county ranking, a 那曲 investment agreement in GBK, a 绥芬河 newsflash list,
    # a 抚远 site-meeting speech, a 漠河 page in GBK, an 迁安 bond prospectus, a 武安 live stream, a
    # 巩义 forum thread with nested quotes, a 汉川 PDF layout table, a 枣阳 app's block JSON, a 宜城
    # internal brief, a 天门 task plan, a 钟祥 profile page, a 老河口 TV accountability show. Only
    # partly fixed for.
    ("eval49", "[abc]d[0-9]*.*", 0.945, 0.88),  # blind: 0.861, 0.803
]


def test_a_unit_line_with_a_currency_over_a_header_of_full_width_spaces():
    """单位：万元　币种：人民币 over 科目　本期数　上年同期数: the header is the line under the unit
    line, no caption, and its columns take the unit line's unit."""
    text = ("（一）主要经营数据\n单位：万元　币种：人民币\n科目　　　　本期数　　　　上年同期数　　变动比例（%）\n"
            "营业收入　　486,231.56　　436,530.12　　11.37\n研发费用　　 21,603.88　　 18,957.30　　13.96\n")
    assert [(f.raw, f.value, f.unit) for f in extract_facts(text)] == [
        ("486,231.56", 4862315600.0, "CNY"), ("436,530.12", 4365301200.0, "CNY"), ("11.37", 11.37, "%"),
        ("21,603.88", 216038800.0, "CNY"), ("18,957.30", 189573000.0, "CNY"), ("13.96", 13.96, "%")]


def test_a_header_s_own_percent_sign_beats_the_unit_line_and_a_spread_label_is_one_cell():
    """完成预算% and 同比增减% under 单位：万元 are rates, and 项    目 (the label column's head spread
    over its width) is one cell, so the columns keep their places."""
    text = ("表1  2023年全市一般公共预算收入主要项目完成情况\n                    单位：万元\n"
            "    项    目              执行数     完成预算%   同比增减%\n"
            "    增值税                191260       102.8        8.7\n"
            "    企业所得税             58910        95.0       -6.2\n"
            "    个人所得税             16120       104.0        5.1\n\n说明：企业所得税下降，主要是石化行业利润下滑。\n")
    assert [(f.raw, f.value, f.unit) for f in extract_facts(text)] == [
        ("191260", 1912600000.0, "CNY"), ("102.8", 102.8, "%"), ("8.7", 8.7, "%"),
        ("58910", 589100000.0, "CNY"), ("95.0", 95.0, "%"), ("-6.2", -6.2, "%"),
        ("16120", 161200000.0, "CNY"), ("104.0", 104.0, "%"), ("5.1", 5.1, "%")]


def test_a_table_s_row_label_names_figures_under_headers_that_name_none():
    """完成值2024年(亿元) and 2025年增速(%) say when and how, the row's label (营业收入) what."""
    text = ("各开发区主要指标如下表：\n开发区 指标 完成值2024年(亿元) 完成值2025年(亿元) 2025年增速(%)\n"
            "银川经开区 营业收入 702.1 768.9 9.5\n银川经开区 工业投资 98.0 112.5 14.8\n注：增速按可比价计算。")
    assert [(f.raw, f.park, f.indicator) for f in extract_facts(text)] == [
        ("702.1", "银川经开区", "营业收入"), ("768.9", "银川经开区", "营业收入"), ("9.5", "银川经开区", "营业收入增速"),
        ("98.0", "银川经开区", "工业投资"), ("112.5", "银川经开区", "工业投资"), ("14.8", "银川经开区", "工业投资增速")]


@pytest.mark.parametrize("name, pattern, min_f1, min_park", EVAL_SETS, ids=[row[0] for row in EVAL_SETS])
def test_evaluation_sets_against_gold(tmp_path, name, pattern, min_f1, min_park):
    """Each set through the whole ingest pipeline, scored by score.py's own functions: the
    figures reached, rounded down (docs/extraction.md has them per dimension)."""
    folder = FIXTURES / name
    predicted = []
    for path in sorted(folder.glob(pattern)):
        for record in read_path(str(path)):  # (a JSON file's articles, as ingest reads them)
            if isinstance(record, Rejected):  # (a feed's item without text: ingest reports it and goes on)
                continue
            predicted += [(path.name, fact) for fact in process(record).facts]
    f1, park = _scored(_scorer(), folder / "gold.jsonl", predicted, tmp_path)
    print(f"f1={f1:.3f} park={park:.3f}")
    assert f1 >= min_f1
    assert park >= min_park


def test_seed_facts_point_into_the_text():
    for seed in seed_texts():
        for fact in extract_facts(seed.text, title=seed.title, published=seed.published):
            assert (seed.title if fact.in_title else seed.text)[fact.start:fact.end] == fact.raw
            assert fact.raw in fact.sentence


BODY = "2023年，园区营业收入6,175亿元，同比增长12.1%。"


@pytest.mark.parametrize("title, expected", [
    # a rounded title figure the text does not state is a fact of its own, with the title's park
    ("横琴粤澳深度合作区经济运行稳中有进 澳资企业超六千家",
     [("超六千家", 6000.0, "家", ">", "澳资企业", "横琴粤澳深度合作区", 2023)]),
    ("滁州经开区去年营业收入突破6000亿元", [("突破6000亿元", 6e11, "CNY", ">", "营业收入", "滁州经济技术开发区", 2022)]),
    # the title's figure stated again in the text is the text's fact
    ("合作区营业收入6175亿元 增长12.1%", []),
    # a figure about the city in the title is the city's
    ("珠海市地区生产总值增长6.9% 合作区澳资企业增多", [("6.9%", 6.9, "%", "", "地区生产总值增速", "", 2023)]),
    ("横琴粤澳深度合作区：2023年经济运行情况", []),
])
def test_title_figures_the_text_does_not_state(title, expected):
    text = "横琴粤澳深度合作区消息：" + BODY if "横琴" in title else "滁州经济技术开发区消息：" + BODY
    facts = extract_facts(text, title=title, published="2024-02-06")
    got = [(f.raw, f.value, f.unit, f.qualifier, f.indicator, f.park, f.year) for f in facts if f.in_title]
    assert got == expected
    for f in facts:
        assert (title if f.in_title else text)[f.start:f.end] == f.raw
        assert f.sentence == title if f.in_title else f.raw in f.sentence


def test_a_title_figure_takes_a_park_the_title_names_as_the_body_does():
    # a title about several parks (三大园区) that names one of them by a short name the body uses
    title = "上海三大园区前三季度成绩单出炉 临港新片区工业产值增长超两成"
    text = ("今年前三季度，中国（上海）自由贸易试验区临港新片区实现规上工业总产值3386.5亿元，同比增长21.3%。"
            "临港新片区管委会相关负责人介绍了情况。")
    got = [(f.raw, f.park) for f in extract_facts(text, title=title) if f.in_title]
    assert got == [("超两成", "中国（上海）自由贸易试验区临港新片区")]


# ---------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", [
    "9999999999999999亿元", "1e308%", "1" * 400 + "亿元", "0123456789" * 50, "。，；！？" * 100,
    "亿元亿元亿元", "百分之", "第", "约", "%%%", "-", "-5%", "——", "\n\n\n", " ", "《》“”", "一" * 300 + "家",
    # long runs stay linear (a quadratic scan would take minutes here)
    "一" * 20000 + "家", "9" * 20000 + "亿元", "园区" * 2000, "开发区经开区" * 1000,
])
def test_never_raises_on_odd_input(text):
    for fact in extract_facts(text):
        assert isinstance(fact, Fact)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,%-~×零一二两三四五十百千万亿兆余多约超过以上以下元家个亩平方米吨度方位第前年月"
                        "园区开发经高新，。；、\n“”《》的在分别增长下降", max_size=80))
def test_fuzz_never_raises_and_is_deterministic(text):
    first = extract_facts(text)
    assert extract_facts(text) == first
    for fact in first:
        assert text[fact.start:fact.end] == fact.raw


def test_a_title_figure_takes_the_article_s_currency():
    # 元 is 新台币 in an article about Taiwan; its title states amounts in that currency too
    text = "台中园区、后里园区与二林园区营运稳健。新竹、台南及高雄的园区同样成长。中科全年营业额为9,146亿元。"
    facts = [f for f in extract_facts(text, title="中科去年营业额逾9千亿元") if f.in_title]
    assert [(f.raw, f.value, f.unit) for f in facts] == [("逾9千亿元", 9e11, "TWD")]
