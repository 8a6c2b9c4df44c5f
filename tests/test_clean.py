"""parktool.clean on the real seeds, their re-encodings, and table-driven Chinese edge cases."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parktool.clean import LOST, Cleaned, _cell_rows, _reflow, clean_text, parse_date
from parktool.text import decode, normalize_space, normalize_width
from parktool.metrics import extract_facts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]+[”’]?")


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


@lru_cache(maxsize=None)
def cleaned(prefix: str) -> Cleaned:
    return clean_text(seed_text(prefix))


def body_lines(prefix: str, first: str, last: str) -> list[str]:
    """The seed's own lines from the one starting with `first` to the one starting with `last`."""
    lines = [normalize_space(normalize_width(line)).strip() for line in seed_text(prefix).split("\n")]
    lines = [line for line in lines if line]
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if line.startswith(last) and i >= start)
    return lines[start : end + 1]


# ---------------------------------------------------------------- the seeds: exact expectations


@pytest.mark.parametrize(
    "prefix, title, published, site, author, script, mojibake",
    [
        ("000", "瓯江口产业集聚区崛起“海上新温州”", "2019-07-10", "温州网", "柯哲人", "hans", 0),
        ("001", "丽水经开区打造“万亩千亿”新产业平台", "", "浙江厂房网", "", "hans", 0),
        ("002", "“提质量、增效能”金华开发区找准赛道加速竞跑", "2024-09-28", "中国发展网", "沈贞海", "hans", 0),
        # 003 opens with a photo caption "(…记者陈晓东 摄)": a caption is not a headline.
        ("003", "", "", "", "", "hant", 4),
        ("004", "中欧水处理及膜技术创新产业园建设工作领导小组成立", "2018-03-08", "中国膜工业协会", "姜倩倩", "hans", 0),
    ],
)
def test_seed_metadata(prefix, title, published, site, author, script, mojibake):
    c = cleaned(prefix)
    assert (c.title, c.published, c.site, c.author, c.script, c.mojibake) == (
        title, published, site, author, script, mojibake
    )  # fmt: skip


FURNITURE = ["当前位置", "葛毅明", "版权声明", "相关文章", "京ICP备", "分享给朋友", "欢迎访问", "热门标签",
             "本网站所登载", "协会动态", "Association", "admin", "来源:温州日报", "责任编辑", "拜尔口腔医院",
             "温州新闻网全媒体矩阵", "版权所有", "13391219793", "0595-22128966", "记者沈贞海", "《威海日报》"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_furniture_is_gone(prefix):
    text = cleaned(prefix).text
    assert [f for f in FURNITURE if f in text] == []
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü?]+[)）]", text)  # no pinyin annotation
    assert "\n\n" not in text and text == text.strip()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_title_is_not_in_text(prefix):
    c = cleaned(prefix)
    assert c.title == "" or c.title not in c.text.split("\n")


def test_003_pinyin_removed_and_simplified():
    text = cleaned("003").text
    assert text.split("\n")[0] == "鲤城高品质打造高新区科创中心"  # the caption, its credit removed
    assert "鲤城区盘活闲置用地,高品质建成鲤城高新区科创中心" in text
    assert "封顶脸准厂房" in text  # the mojibake-damaged annotations are gone, the damage stays visible
    assert "陈晓东" not in text


def test_000_repeated_paragraph_kept_once():
    # The lead repeats the body's "今年以来,瓯江口深入贯彻…" paragraph with one clause less:
    # every clause of it survives in the fuller copy, which is the one kept.
    text = cleaned("000").text
    lead = "瓯江口深入贯彻市委、市政府工作要求,强化技改转型、创新驱动和业态拓展,打造营商环境新优势,培育发展新动力,不断提升瓯江口平台高质量发展水平,打造“两个健康”发展示范园区。"
    assert text.count("不断提升瓯江口平台高质量发展水平,打造“两个健康”发展示范园区。") == 1
    assert text.count("今年以来,瓯江口深入贯彻市委、市政府工作要求,牢牢牵住新动能培育这一“牛鼻子”") == 1
    assert text.split("\n")[0].startswith("温州网讯 日前")
    doubled = "打造营商环境新优势,培育发展新动力,不断提升瓯江口平台高质量发展水平"
    assert clean_text(seed_text("000") + "\n" + lead).text.count(doubled) == 1


def test_a_data_card_s_labels_recur_in_each_park_s_card():
    """A label over its figure is no repeated paragraph: each park's card has its own."""
    card = ("2023年，两大园区交出了一份亮眼答卷，营业收入双双实现两位数增长。一起来看：\n平湖经济技术开发区\n营业收入\n"
            "1,256亿元\n入驻企业\n超4000家\n嘉善经济技术开发区\n营业收入\n682亿元\n入驻企业\n1,200余家")
    assert clean_text(card).text.split("\n") == card.split("\n")


def test_a_related_news_heading_over_a_paragraph_of_prose_cuts_nothing():
    """相关新闻： over headlines ends the article; over a paragraph of sentences it is a heading only."""
    policy = "第一条 为加快人工智能产业集聚，制定本措施。本措施由开发区管委会负责解释，自发布之日起施行。\n"
    prose = "记者从开发区获悉，上述措施实施一年来，累计兑现扶持资金1.86亿元，惠及企业142家。园区人工智能产业规模达1,050亿元。"
    kept = clean_text(policy + "相关新闻：\n" + prose).text
    assert "累计兑现扶持资金1.86亿元" in kept and "相关新闻" not in kept
    cut = clean_text(policy + "相关新闻：\n开发区人工智能产业规模突破千亿元\n园区新增项目23个").text
    assert "突破千亿元" not in cut and "新增项目" not in cut


def test_a_related_news_heading_over_one_article_printed_in_full_keeps_it():
    """A notice that prints a news item in full under 【相关新闻】 (its headline, then paragraphs
    of sentences) keeps it; headlines, each with its summary, are still a list and cut."""
    notice = "一、出让地块的基本情况\n本次挂牌出让地块位于高新区，总面积33350平方米，用途为工业用地，出让年限50年。\n"
    item = ("高新区：今年以来供地1860亩 “标准地”护航项目快落地\n"
            "摘要：今年以来，高新区累计供应工业用地1860亩，同比增长12.5%，标准地出让占比达到85%。\n"
            "本网讯 记者从高新技术产业开发区获悉，今年以来，高新区累计供应工业用地1860亩，同比增长12.5%。\n"
            "今年以来，高新区已保障亿元以上项目落地27个，盘活批而未供土地430亩，实现土地出让收入3.26亿元。\n")
    kept = clean_text(notice + "【相关新闻】\n" + item).text
    assert "实现土地出让收入3.26亿元" in kept and "相关新闻" not in kept
    listed = ("高新区：今年以来供地1860亩\n摘要：今年以来，高新区累计供应工业用地1860亩，同比增长12.5%，标准地占比85%。\n"
              "高新区：盘活批而未供土地430亩\n摘要：今年以来，高新区已保障亿元以上项目落地27个，盘活批而未供土地430亩。\n")
    cut = clean_text(notice + "【相关新闻】\n" + listed).text
    assert "1860亩" not in cut and "430亩" not in cut


def test_an_english_related_heading_ends_the_article():
    body = ("HEFEI -- Hefei High-tech Zone (HHTZ, 合肥高新区) saw its revenue reach RMB 260 billion in 2023, up 8.1 "
            "percent.\nHHTZ now hosts more than 1,500 high-tech enterprises, and signed 86 major projects in 2023.")
    page = ("Hefei High-tech Zone posts steady growth\nSource: China Daily | Updated: 2024-01-18\n\n"
            + body.replace("\n", "\n\n") + "\n\nRelated: HHTZ signs 40 projects worth RMB 30 billion\n")
    assert clean_text(page).text == body


def test_002_summary_copy_of_a_later_paragraph_is_dropped():
    text = cleaned("002").text
    assert text.count("正在建设中的中央创新城更是金华开发区产业转型升级的绝佳样板。") == 1
    assert text.split("\n")[0] == "金华开发区某新能源汽车关键零部件项目"


@pytest.mark.parametrize(
    "prefix, first, last",
    [
        ("000", "温州网讯", "从荒凉滩涂"),
        ("001", "“全力支持", "下一步"),
        ("002", "正在建设中的中央创新城", "为了在科技创新"),
        ("004", "据威海新闻网", "只争朝夕"),
    ],
)
def test_every_article_sentence_is_kept(prefix, first, last):
    text = cleaned(prefix).text.replace("\n", "")
    sentences = [s for line in body_lines(prefix, first, last) for s in SENTENCE.findall(line)]
    assert len(sentences) > 20
    assert [s for s in sentences if s not in text] == []


def test_every_article_line_of_001_in_order():
    body = body_lines("001", "“全力支持", "下一步")
    assert cleaned("001").text.split("\n") == body


def test_003_every_sentence_kept():
    text = cleaned("003").text
    for sentence in [
        "为深化拓展“深学争优、敢为争先、实干争效”行动,",
        "其中,晋江市永佳智能装备产业园盘活旧厂房,导入智能装备、新材料等新业态,整个园区焕然一新;",
        "1月—2月累计完成投资额68.99亿元;",
        "去年,我市出台鼓励企业入园八条,目前已兑现奖补资金2.1亿元,租金减免、上新设备补助等政策,企业普遍反映很好。",
        "昨日的汇报会上,又有不少好的做法和成效:",
        "台商区围绕科技创新谷、智能电气产业园,建设园区邻里中心,补上配套短板,打造15分钟生活圈。",
    ]:
        assert sentence in text
    assert text.endswith("打造15分钟生活圈。")


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("encoding, expected", [("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")])
def test_reencoded_seed_cleans_the_same(tmp_path, prefix, encoding, expected):
    path = tmp_path / f"{prefix}.txt"
    path.write_bytes(seed_text(prefix).encode(encoding))
    decoded = decode(path.read_bytes(), name=str(path))
    assert decoded.encoding == expected
    assert clean_text(decoded.text) == cleaned(prefix)


def test_traditional_article_in_big5_cleans_the_same(tmp_path):
    # Big5 has no pinyin letters: strip 003's annotations first, keep its traditional script.
    traditional = re.sub(r"[(]?\??[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)]", "", seed_text("003"))
    path = tmp_path / "003.big5.txt"
    path.write_bytes(traditional.encode("big5"))
    decoded = decode(path.read_bytes())
    assert decoded.encoding == "big5"
    c = clean_text(decoded.text)
    assert c == clean_text(traditional)
    assert c.script == "hant"
    assert c.text == cleaned("003").text


# ---------------------------------------------------------------- table-driven edge cases

BODY = "园区今年引进项目12个,总投资30亿元,同比增长15%。"


@pytest.mark.parametrize(
    "line",
    [
        "当前位置:首页 > 浙江产业信息 > 正文内容",
        "您的位置：首页 > 新闻中心 > 园区动态",
        "首页 » 园区新闻 » 正文",
        "欢迎访问中国膜工业协会官方网站!",
        "分享给朋友:",
        "分享到： 微信 微博 QQ空间",
        "打开微信“扫一扫”,打开网页后点击屏幕右上角分享按钮",
        "【打印】【关闭】",
        "【打印本页】 【关闭窗口】",
        "字体 大 中 小",
        "字号：T|T",
        "葛毅明微信号",
        "产业招商/厂房土地租售:400 0123 021",
        "或微信/手机:13391219793",
        "长按/扫一扫加葛毅明的微信号",
        "咨询电话：0571-88886666",
        "版权声明:本文由浙江厂房网发布,如需转载请注明出处。",
        "Copyright © 2005-2024 温州网 版权所有",
        "京ICP备09051002-4号",
        "京公网安备 11010502030143号",
        "新闻信息服务许可证编号: 11120170006",
        "中 国 发 展 网 版 权 所 有 ,未 经 书 面 授 权 禁 止 使 用",
        "本网站所登载之内容,不论原创或转载,皆以传播传递信息为主。",
        "1、本網站所登載之內容,不論原創或轉載,皆以傳播傳遞信息為主,不做任何商業用途。",
        "来源:温州日报",
        "来源：新华社 作者：张三",
        "记者:柯哲人",
        "见习记者:黄荣杰",
        "责任编辑:叶双莲",
        "N 编辑:白倩倩责任编辑:叶双莲",
        "本文转自:温州网 66wz.com",
        "发布时间：2011-03-28 浏览次数：1024",
        "admin8个月前 (09-26)浙江产业信息19",
        "阅读：3562",
        "主办单位：泉州市人民政府办公室 技术支持：某某网络",
        "点击蓝字 关注我们",
        "点击上方蓝字关注我们",
        # a question-and-answer site's counters
        "关注者 2,318 · 被浏览 1,046,772",
        "1.2万 人赞同了该回答",
        "编辑于 2024-03-12 · IP 属地海南",
        "赞同 1.2万 · 评论 300 条 · 分享 · 收藏 · 喜欢",
        "查看全部 56 个回答",
        "赞同 1.2万    23 条评论    分享    收藏    喜欢",
        "关注问题 写回答 邀请回答 好问题 12 添加评论 分享",
    ],
)
def test_furniture_line_is_dropped(line):
    assert clean_text(f"{BODY}\n{line}\n{BODY[:-1]}再创新高。").text == f"{BODY}\n{BODY[:-1]}再创新高。"


@pytest.mark.parametrize(
    "sentence",
    [
        "据了解,项目资金主要来源于社会资本和省级专项,总投资达12亿元。",
        "记者从园区管委会获悉,今年一季度园区实现规上工业产值58亿元。",
        "园区开通24小时服务热线,为入驻企业排忧解难。",
        "园区推出“扫码办”服务,企业扫码即可办理入园手续。",
        "园区标准厂房出租率达95%,本网记者走访发现企业普遍满意。",
        "10年前,这里还是一片荒凉的滩涂。",
        "为企业提供技术支持,帮助企业完成数字化改造。",
        "公园城市怎么建?看成都的破题“三板斧”,值得各地园区借鉴。",
        # an interviewer's question is no byline
        "记者：2023年金普新区经济运行情况如何？",
        "记者:大连开发区是新区的核心板块,去年表现怎样?",
    ],
)
def test_article_sentence_is_kept(sentence):
    assert clean_text(f"{BODY}\n{sentence}").text == f"{BODY}\n{sentence}"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("鯉城高品質(zhì)打造", "鲤城高品质打造"),
        ("高新區(qū)科創(chuàng)中心", "高新区科创中心"),
        ("品質（zhì）提升", "品质提升"),
        ("新增封頂?shù)臉?biāo)準(zhǔn)廠房", "新增封顶脸准厂房"),
        ("產業(y?)園區", "产业园区"),
        ("温州保税物流中心(B型)发展", "温州保税物流中心(B型)发展"),
        ("先进制造研究院(原哈工大研究院)孵化", "先进制造研究院(原哈工大研究院)孵化"),
        ("后续EX6、EX6 limited等车型", "后续EX6、EX6 limited等车型"),
        ("请?0日内进行", f"请{LOST}0日内进行"),
        ("高质量发展的主要动力是什么?就是要以创新驱动", "高质量发展的主要动力是什么?就是要以创新驱动"),
        ("园区产值１２３亿元，增长１５％", "园区产值123亿元，增长15%"),
        ("园区&nbsp;产值&ldquo;翻番&rdquo;", "园区 产值“翻番”"),
        ("园区<br>产值<strong>翻番</strong>", "园区\n产值翻番"),
        ("class=jsx-2067324226喜讯!园区签约", "喜讯!园区签约"),
        ("**园区**产值[翻番](https://example.com/a)", "园区产值翻番"),
    ],
)
def test_inline_repairs(raw, expected):
    assert clean_text(f"{BODY}\n{raw}。").text == f"{BODY}\n{expected}。"


@pytest.mark.parametrize(
    "raw, mojibake",
    [
        ("新增封頂?shù)臉?biāo)準(zhǔn)廠房。", 2),
        ("請(qǐng)?jiān)?0日內(nèi)進(jìn)行。", 2),
        ("園區??產值。", 2),
        ("园区产值是多少?增长了吗?", 0),
        ("园区产值\ufffd增长。", 1),
        ("园区产值增长。", 0),
    ],
)
def test_mojibake_count(raw, mojibake):
    assert clean_text(raw).mojibake == mojibake


@pytest.mark.parametrize(
    "raw, expected",
    [
        # the characters around the lost one stand around one character elsewhere in the text
        ("營口經濟技術開發區著力打造臨港產業。營口經濟技術開?區新簽約項目二十三個。",
         "营口经济技术开发区著力打造临港产业。营口经济技术开发区新签约项目二十三个。"),
        # the two before it are followed by one character, at least twice, and by no other
        ("瀋陽經開區產值增長。位於經開區的工廠投產。營口經開?規上工業增加值增長11.2%。",
         "沈阳经开区产值增长。位于经开区的工厂投产。营口经开区规上工业增加值增长11.2%。"),
        # … not once only, nor where the text has two: the loss stays marked
        ("新區內的大連經開區增長7.4%。區內?魚圈港區完成吞吐量。", "新区内的大连经开区增长7.4%。区内\ufffd鱼圈港区完成吞吐量。"),
        ("園區企業增長。園區產值增長。園區?地增長。", "园区企业增长。园区产值增长。园区\ufffd地增长。"),
        # and so does a run of them
        ("營口經開區產值。位於經開區的工廠。營口經??規上工業。", "营口经开区产值。位于经开区的工厂。营口经\ufffd\ufffd规上工业。"),
    ],
)
def test_a_lost_character_the_text_itself_gives_back_is_restored(raw, expected):
    cleaned = clean_text(raw)
    assert cleaned.text == expected
    assert cleaned.mojibake == raw.count("?")  # still counted: the page lost it


@pytest.mark.parametrize(
    "text, iso",
    [
        ("温州网 2019-07-10 06:53:06", "2019-07-10"),
        ("时间:2018-03-08", "2018-03-08"),
        ("admin1年前 (2024-09-28)金华产业信息73", "2024-09-28"),
        ("2011年3月28日", "2011-03-28"),
        ("发布时间：2011-03-28", "2011-03-28"),
        ("2011/03/28", "2011-03-28"),
        ("2011.3.8", "2011-03-08"),
        ("2019-07-10T06:53:06+08:00", "2019-07-10"),
        ("二〇一九年七月十日", "2019-07-10"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("8个月前 (09-26)", ""),
        ("7月10日", ""),
        ("2019-13-45", ""),
        ("2019-02-30", ""),
        ("京ICP备09051002-4号", ""),
        ("400-0123-021", ""),
        ("2 某某园区 1980.2 -1.5", ""),
        ("2019.7-10", ""),
        ("", ""),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "head, published",
    [
        ("温州网 2019-07-10 06:53:06", "2019-07-10"),
        ("《威海日报》记者 姜倩倩 / 时间:2018-03-08 08:40:27", "2018-03-08"),
        ("admin1年前 (2024-09-28)金华产业信息73", "2024-09-28"),
        ("发布时间：2011-03-28", "2011-03-28"),
        ("2011年3月28日 来源:人民网", "2011-03-28"),
        ("admin8个月前 (09-26)浙江产业信息19", ""),
    ],
)
def test_published_from_byline(head, published):
    c = clean_text(f"园区迎来新项目\n{head}\n{BODY}")
    assert (c.title, c.published, c.text) == ("园区迎来新项目", published, BODY)


def test_short_first_sentence_is_article_not_head():
    c = clean_text("园区迎来新项目\n时间:2019-07-10\n园区今年引进项目12个。\n喜讯!园区获评国家级示范!\n" + BODY)
    assert (c.title, c.text) == ("园区迎来新项目", f"园区今年引进项目12个。\n喜讯!园区获评国家级示范!\n{BODY}")


def test_notice_table_under_an_introducing_sentence_is_kept():
    """A notice opens with prose that ends in a colon and then a table of label lines: both are
    the article, not page chrome between the headline and the first sentence."""
    table = "一、地块基本情况\n地块编号：GY-2023-07\n出让面积：20001.5平方米\n容积率：≥1.2\n起始价：860万元"
    c = clean_text(f"某市国有建设用地使用权挂牌出让公告\n发布时间：2023-09-01\n"
                   f"经市人民政府批准，市自然资源局决定挂牌出让一宗国有建设用地使用权。现将有关事项公告如下：\n"
                   f"{table}\n二、竞买人资格\n{BODY}")
    assert (c.title, c.published) == ("某市国有建设用地使用权挂牌出让公告", "2023-09-01")
    assert c.text == ("经市人民政府批准，市自然资源局决定挂牌出让一宗国有建设用地使用权。现将有关事项公告如下：\n"
                      f"{table}\n二、竞买人资格\n{BODY}")


def test_a_results_notice_s_one_sentence_introduction_and_its_records_are_kept():
    # one long sentence with one comma ends in a colon; the records' 位置 lines are fields, not a
    # breadcrumb, and a figure field two records share is kept in both
    record = "位置：{}，滨海大道以东\n面积：{}平方米\n出让年限：50年\n成交价：1,120万元\n"
    records = "1.地块编号：2024-01\n" + record.format("台州湾新区", "32516.42") + \
              "2.地块编号：2024-02\n" + record.format("温岭东部新区", "18706.5")
    c = clean_text("国有建设用地使用权挂牌出让结果公示\n"
                   "台州市自然资源和规划局于2024年4月22日至5月15日在台州市公共资源交易中心挂牌出让两宗位于"
                   "台州湾新区和温岭东部新区的国有建设用地使用权，现将结果公示如下：\n" + records + BODY)
    assert c.title == "国有建设用地使用权挂牌出让结果公示"
    assert c.text.startswith("台州市自然资源和规划局于")
    assert c.text.count("成交价：1,120万元") == 2 and c.text.count("出让年限：50年") == 1
    assert "位置：温岭东部新区，滨海大道以东" in c.text


@pytest.mark.parametrize("line", ["位置：首页 > 新闻中心 > 园区动态", "当前位置：首页 > 新闻", "您的位置：园区动态"])
def test_a_breadcrumb_after_wei_zhi_is_dropped(line):
    assert clean_text(f"{BODY}\n{line}\n{BODY[:-1]}再创新高。").text == f"{BODY}\n{BODY[:-1]}再创新高。"


def test_a_path_of_sections_above_the_headline_is_no_headline():
    """A breadcrumb without 首页 (哈尔滨新区 > 江北一体发展区 > 政务公开 > 领导讲话) is page chrome; the
    headline is the line below it, and a headline with one > in it stays one."""
    c = clean_text(f"哈尔滨新区 > 江北一体发展区 > 政务公开 > 领导讲话\n\n在江北一体发展区经济工作大会上的讲话\n{BODY}")
    assert (c.title, c.text) == ("在江北一体发展区经济工作大会上的讲话", BODY)
    assert clean_text(f"园区营收>千亿\n{BODY}").title == "园区营收>千亿"


def test_exclamation_headline_is_a_headline():
    c = clean_text(f"喜讯!园区获评国家级示范!\n{BODY}")
    assert (c.title, c.text) == ("喜讯!园区获评国家级示范!", BODY)


def test_published_from_dateline_when_no_byline():
    c = clean_text("据威海新闻网2018年3月5日讯 区域发展综合实力提升,三次产业结构不断优化。")
    assert c.published == "2018-03-05"


def test_today_widget_is_not_the_date():
    c = clean_text(f"今天是2024年11月8日 星期五\n园区迎来新项目\n{BODY}")
    assert (c.title, c.published) == ("园区迎来新项目", "")


def test_related_section_cut_from_its_heading_on():
    text = f"{BODY}\n相关阅读:\n另一篇文章的标题\n另一篇文章的摘要,内容很长很长。"
    assert clean_text(text).text == BODY


def test_related_heading_in_page_head_only_dropped():
    assert clean_text(f"相关新闻\n园区迎来新项目\n{BODY}").text == BODY


def test_headline_list_at_end_removed():
    tail = "\n".join(["稳经济大盘各项政策取得积极成效", "世界一流国家公路网背后的5个规划", "这个暑假,我们可以对出游报以期待吗"])
    assert clean_text(f"{BODY}\n{tail}").text == BODY


def test_a_poster_without_prose_keeps_its_lines_of_figures():
    """A page without a line of prose (a poster, a fact sheet): its items that hold a figure are
    its text, though they read like a menu (▶ 税收收入 28.7亿元 ↓3.1%)."""
    text = ("🔥投资南阳高新 · 共赢中原未来🔥\n南阳高新技术产业开发区 2024招商推介\n✅ 2023年成绩单\n"
            "▶ 营业收入　826.5亿元　↑12.5%\n▶ 税收收入　28.7亿元　↓3.1%\n▶ 入驻企业　4,600+家\n👉 占地1,200亩\n"
            "✔ 3天拿地 · 30天开工")
    lines = clean_text(text).text.split("\n")
    assert lines[1:] == ["▶ 营业收入 826.5亿元 ↑12.5%", "▶ 税收收入 28.7亿元 ↓3.1%", "▶ 入驻企业 4,600+家", "👉 占地1,200亩"]


def test_a_directory_s_fields_after_its_introduction_are_its_text():
    """Field lines (规划面积：518平方公里, 园区名称：…) after a sentence of introduction are the
    article, not a trailing list of headlines; a headline after its subject still goes."""
    fields = "\n".join(f"园区名称：{name}\n规划面积：{area}平方公里\n主导产业：{trades}\n入驻企业：{n}家"
                       for name, area, trades, n in
                       [("荆门高新技术产业开发区", 188, "新能源新材料、通用航空、智能装备", 1260),
                        ("孝感高新技术产业开发区", 98, "光电子信息、高端装备、生物医药", 612),
                        ("随州高新技术产业开发区", 22, "专用汽车、应急产业、电子信息", 410),
                        ("咸宁高新技术产业开发区", 62, "电子信息、先进制造、大健康", 498)])
    text = "说明：本数据集收录我省部分开发区基本信息，数据截至2022年底。\n" + fields
    assert clean_text(text).text.split("\n")[1:] == fields.split("\n")
    tail = "\n宿迁经开区：一季度签约项目18个，协议总投资96.5亿元\n沭阳经开区：一季度开票销售增长12%"
    assert clean_text(text + tail).text.split("\n")[1:] == fields.split("\n")


def test_text_without_sentences_is_kept_whole():
    text = "浙江省级园区名单公布\n瓯江口产业集聚区\n丽水经济技术开发区\n金华经济技术开发区"
    c = clean_text(text)
    assert (c.title, c.text) == ("浙江省级园区名单公布", "瓯江口产业集聚区\n丽水经济技术开发区\n金华经济技术开发区")


@pytest.mark.parametrize(
    "paragraph, kept",
    [
        ("湛江市投资促进局表示，今年将力争引进超百亿元项目2个以上。东海岛新区热线电话：0759-3381234。",
         "湛江市投资促进局表示，今年将力争引进超百亿元项目2个以上。"),
        ("招商咨询电话：0371-66668888。园区今年计划新引进亿元以上项目20个，总投资超百亿元。",
         "园区今年计划新引进亿元以上项目20个，总投资超百亿元。"),
        ("招商热线：0759-3381234。", ""),
        ("园区开通24小时服务热线，联系电话：13391219793。", ""),
    ],
)
def test_paragraph_keeps_its_news_without_the_hotline(paragraph, kept):
    assert clean_text(f"{BODY}\n{paragraph}").text == "\n".join(filter(None, (BODY, kept)))


def printed(c: Cleaned, indent: str, width: int = 36, page: int = 25) -> str:
    """A cleaned seed as a PDF's text layer gives it: the title, then every paragraph wrapped at
    `width` characters (its first line indented by `indent`), a page number and the title as a
    running header every `page` lines."""
    lines, n = [c.title], 0
    for para in c.text.split("\n"):
        for k in range(0, len(para), width):
            lines.append((indent if k == 0 else "") + para[k:k + width])
            n += 1
            if n % page == 0:
                lines += ["", f"— {n // page} —", "", c.title, ""]
    return "\n".join(lines)


TITLED = ["000", "001", "002", "004"]  # seed 003 has no headline to print above its text


@pytest.mark.parametrize("prefix", TITLED)
def test_hard_wrapped_seed_with_indented_paragraphs_is_reflowed_exactly(prefix):
    c = cleaned(prefix)
    assert clean_text(printed(c, "\u3000\u3000")).text == c.text


@pytest.mark.parametrize("prefix", TITLED)
def test_hard_wrapped_seed_without_indents_breaks_only_where_a_sentence_ends(prefix):
    c = cleaned(prefix)
    got = clean_text(printed(c, "")).text.split("\n")
    assert "".join(got) == "".join(c.text.split("\n"))  # no character lost, doubled or spaced
    originals = set(c.text.split("\n"))
    # a wrapped line that happens to end a sentence may end its paragraph; no other line does
    assert all(line in originals or line.endswith(("。", ";", "；", "……")) for line in got)
    assert len(got) - len(originals) <= 3


def two_columns(c: Cleaned, width: int = 20, rows: int = 30) -> str:
    """A cleaned seed as `pdftotext -layout` gives a brochure printed in two columns: the title,
    then every paragraph wrapped at `width` characters (its first line indented), `rows` lines
    down the left column and on down the right one, each line of the right column after its
    row's left one and the spaces that fill the left column's printed width; a page number under
    each page, and a form feed between pages."""
    wrapped = []
    for para in c.text.split("\n"):
        k = 0
        while k < len(para):
            end = k + width
            while end < len(para) and (para[end - 1] + para[end]).isascii() and (para[end - 1] + para[end]).strip(",.;:!?"):
                end += 1  # a line breaks after an English phrase, not inside it (EX6 limited)
            wrapped.append(("\u3000\u3000" if k == 0 else "") + para[k:end])
            k = end
    printed_width = lambda s: sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)  # noqa: E731
    gutter = 2 * (width + 2) + 6
    pages = []
    for n, at in enumerate(range(0, len(wrapped), 2 * rows), 1):
        left, right = wrapped[at:at + rows], wrapped[at + rows:at + 2 * rows]
        right += [""] * (len(left) - len(right))
        lines = [(a + " " * (gutter - printed_width(a)) + b).rstrip() for a, b in zip(left, right)]
        pages.append("\n".join(lines + ["", " " * gutter + f"— {n} —", ""]))
    return c.title + "\n\n" + "\f".join(pages)


@pytest.mark.parametrize("prefix", TITLED)
def test_a_seed_printed_in_two_columns_reads_column_by_column(prefix):
    c = cleaned(prefix)
    laid_out = two_columns(c)
    assert laid_out.count("\f") >= 1 and "      " in laid_out  # two pages at least, columns side by side
    assert clean_text(laid_out).text == c.text


def test_a_table_with_one_gap_a_row_is_not_read_as_two_columns():
    table = "\n".join(f"{name}经济开发区        {value}亿元" for name, value in
                      (("丽水", 120), ("金华", 980), ("衢州", 460), ("湖州", 730), ("嘉兴", 810), ("绍兴", 650)))
    text = clean_text("2023年各开发区营业收入\n全省各开发区2023年营业收入情况如下，请对照检查：\n" + table).text
    assert text.split("\n")[-6:-4] == ["丽水经济开发区 120亿元", "金华经济开发区 980亿元"]


def test_wrapped_lines_join_across_a_page_break_and_keep_english_words_apart():
    body = ("园区全年实现营业收入3450亿元，同比增长9.2%，其中规上工业企业完成产值\n"
            "2180亿元，增长11.3%；新注册企业8900余户，高新技术企业达到1326家，\n"
            "占全市的36.8%。园区与Hewlett Packard Enterprise合作建设的数据\n"
            "中心一期投运，带动上下游企业集聚，全年新引进亿元以上项目共计\n"
            "\n— 2 —\n\n"
            "48个，总投资612亿元，其中工业项目31个，占比达到六成以上，产业\n"
            "结构持续优化，战略性新兴产业产值占规上工业产值比重提高到55%，\n"
            "研发投入强度达到4.6%。")
    assert clean_text(body).text == body.replace("\n", "").replace("— 2 —", "")


def test_a_paragraph_a_page_break_cuts_after_a_comma_is_joined_in_a_text_of_line_paragraphs():
    header = "石狮市人民政府公报\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年第4期"
    lines = [header, "\u3000\u3000园区平台提质增效。石狮经济开发区完成规上工业产值468.3亿元，增长7.2%。"
             "纺织服装智能制造产业园总投资约85亿元，已建成标准厂房56万平方米，",
             "", "— 4 —", "", header, "",
             "入驻企业42家，年产服装超1.2亿件，带动就业1.8万人。",
             "\u3000\u3000营商环境持续优化，",  # a new paragraph (indented) after a page break stays one
             "", "— 5 —", "", header, "",
             "\u3000\u3000二是企业开办实现零成本。"]
    text = clean_text("\n".join(lines)).text.split("\n")
    assert "已建成标准厂房56万平方米，入驻企业42家，年产服装超1.2亿件，带动就业1.8万人。" in text[0]
    assert text[-2:] == ["营商环境持续优化，", "二是企业开办实现零成本。"]


def test_a_laid_out_table_s_wrapped_cells_are_joined_a_row_a_line():
    """`pdftotext -layout` wraps a table's long cells over several lines, the columns kept by
    spaces (a Chinese character two columns wide): each row is read back whole, across a page
    break that repeats the header, and a total row starts a row of its own."""
    head = " 序号  项目名称           总投资    落户园区\n                              （亿元）"
    rows = ["  1    年产20万吨生物可   18.6      新河化工",
            "       降解材料项目                 园区",
            "  2    高端纺织面料智能   6.8       纺织服装",
            "       化改造项目                   产业园",
            "", "                   — 2 —", "", head,
            "  3    高压线束项目       5.2       汉川经济",
            "                                    开发区",
            "       合计               30.6"]
    text = clean_text("汉川市招商引资重大项目集中签约项目清单\n" + head + "\n" + "\n".join(rows)
                      + "\n    注：总投资以正式签订的投资合同为准。").text.split("\n")
    assert text == ["序号 项目名称 总投资（亿元） 落户园区", "1 年产20万吨生物可降解材料项目 18.6 新河化工园区",
                         "2 高端纺织面料智能化改造项目 6.8 纺织服装产业园", "3 高压线束项目 5.2 汉川经济开发区",
                         "— 合计 30.6 —", "注：总投资以正式签订的投资合同为准。"]


def test_wrapped_pdf_prose_with_spaced_figures_is_joined():
    # PDF text spaces its figures (2022 年, 98.6 平方公里): its lines are prose, not table rows
    para = ("2022 年，嘉兴市实现地区生产总值 7062.5 亿元，同比增长 2.5%。嘉兴经开区实现规上工业总产值 1316 亿元，"
            "占全市比重约 17%；汽车零部件产业产值 380 亿元，占全区规上工业总产值的 28.9%。区内企业全年营收 523.3 亿元，"
            "出口 45.1 亿美元。规划范围为嘉兴经开区全域，规划面积 98.6 平方公里，其中城镇开发边界内面积 48.10 平方公里。")
    text = "\n".join(para[i:i + 30] for i in range(0, len(para), 30))
    assert clean_text(text).text == para


WRAPPED = ("全年实现营业收入3450亿元，同比增长9.2%，其中规上工业企业完成产值2180\n"
           "亿元，增长11.3%；新注册企业8900余户，高新技术企业达到1326家，占全市\n"
           "的36.8%。全年新引进亿元以上项目共计48个，总投资612亿元，工业项目31个，\n"
           "占比达到六成以上，战略性新兴产业产值占规上工业产值比重提高到55%，研发\n"
           "投入强度达到4.6%。园区企业加快集聚，全年新增市场主体一万二千余户，同比\n"
           "增长8.1%，外资企业达到640家，其中世界500强投资企业62家，增长超过一成。")


@pytest.mark.parametrize("short, joined", [
    # a short line that breaks inside a park's kind word (a name wrapped early) ...
    ("（一）园区概况\n丽水经济技术\n开发区规划面积约85平方公里，", "丽水经济技术开发区规划面积约85平方公里，"),
    # ... inside a figure (a number and its unit) ...
    ("（二）外贸\n其中出口3397.2\n亿元，下降2.1%。", "其中出口3397.2亿元，下降2.1%。"),
    # ... or between a verb and its figure runs on into the next line
    ("（三）企业\n信达生物营业收入62.1亿元，增长\n36.4%。", "信达生物营业收入62.1亿元，增长36.4%。"),
])
def test_a_short_wrapped_line_runs_on_where_it_breaks_a_name_or_a_figure(short, joined):
    head, *rest = short.split("\n")
    text = f"{head}\n{WRAPPED}\n\n" + "\n".join(rest)
    got = _reflow(text).split("\n")
    assert got[-1] == joined and got[0] == head


def test_a_short_heading_in_wrapped_text_stays_apart():
    text = f"苏州市商务局\n二〇二四年四月\n\n一、总体情况\n{WRAPPED}"
    assert _reflow(text).split("\n")[:5] == ["苏州市商务局", "二〇二四年四月", "", "一、总体情况", WRAPPED.replace("\n", "")]


def test_a_crawler_dump_keeps_every_article_under_its_headline():
    # three seeds as a crawler writes them to one file: 标题/链接/发布时间/正文 blocks, a related
    # list under the first, separator lines between them
    parts = [cleaned(p) for p in ("000", "001", "004")]
    blocks = [f"标题：{c.title}\n链接：https://example.com/{k}.html\n发布时间：2024-10-2{k} 09:12\n正文：\n{c.text}"
              for k, c in enumerate(parts)]
    blocks[0] += "\n相关阅读：丽水经开区1-8月规上工业增加值增长9.1%"
    expected = [line for c in parts for line in [c.title, *c.text.split("\n")]]
    dump = clean_text("\n=====\n".join(blocks))
    assert dump.title == parts[0].title and dump.published == "2024-10-20"
    assert dump.text.split("\n") == expected
    # … and without a related list: the first article keeps its headline too
    blocks[0] = blocks[0].rsplit("\n", 1)[0]
    assert clean_text("\n=====\n".join(blocks)).text.split("\n") == expected


def test_a_bulleted_item_in_wrapped_text_starts_its_own_paragraph():
    items = ["银川经济技术开发区位于银川市东部，规划面积三十多平方公里，是首批国家级经开区，近年来，",
             "园区坚持创新驱动，大力发展新材料、装备制造、新能源和生物医药等产业，全年实现规上工业总",
             "产值五百多亿元，同比增长百分之十二点三，增速位居全区前列，带动全市工业经济稳步回升，",
             "● 新材料产业加快集聚，单晶硅、光伏组件等项目陆续建成投产，带动上下游企业，形成了较为完",
             "整的产业链条，园区内规上企业达到一百六十多家，年产值持续增长，亩均效益不断提高，",
             "▶ 装备制造业稳步发展，轴承、数控机床等项目加快建设，推动产业转型升级，持续提升发展质量",
             "和效益，全面推进高质量发展，为全区经济社会发展作出了更大贡献，园区还积极推进数字化",
             "转型，企业上云用云数量不断增加，智能工厂建设稳步推进。"]
    assert _reflow("\n".join(items)).split("\n") == ["".join(items[:3]), "".join(items[3:5]), "".join(items[5:])]


@pytest.mark.parametrize(
    "text",
    [
        # a table pasted from a spreadsheet: rows of cells, never prose
        "开发区 营业收入 增速\n" + "\n".join(f"第{i}开发区园区名称 {1000 + i}.5 {i}.2 {i}" for i in range(8)),
        # a list of headlines: short, similar lines without commas
        "\n".join(f"某某经济技术开发区举办第{i}届项目集中签约活动" for i in range(8)),
        # a poster: items each opening with a mark, some with a comma, and a rule between parks
        "\n".join(f"👉 已入驻光电企业{70 + i}家，年产光学镜头{i}.5亿片，总投资{i}亿元" for i in range(8))
        + "\n目标：2025年营业收入达到1000亿元\n\n━━━━━━━━━━━━━━\n许昌经济技术开发区（许昌经开区）",
    ],
)
def test_lines_that_are_not_wrapped_prose_stay_apart(text):
    page = f"{BODY}\n{text}\n{BODY}"
    assert _reflow(page) == page


def test_table_row_whose_numbers_read_like_a_date_is_kept():
    table = "序号 园区 营收（亿元） 增速（%）\n1 甲园区 2100.5 3.2\n2 某某园区 1980.2 -1.5\n3 乙园区 1800.3 2.5"
    text = f"{BODY}\n各园区主要指标如下：\n{table}\n{BODY[:-1]}再创新高。"
    assert clean_text(text).text == text


def test_contact_block_around_ad_line_dropped():
    ad = "葛毅明微信号\n或微信/手机:13391219793\n请说明您的需求、用途、税收、公司、联系人、手机号,以便快速帮您对接资源。"
    assert clean_text(f"{BODY}\n{ad}").text == BODY


def test_a_sentence_of_figures_above_a_press_contact_is_kept():
    """需求 asks to get in touch on an ad's line; in a sentence that states a rate it is demand."""
    last = "国科会指出，今年在AI伺服器需求带动下，三大园区营业额可望回升5%至8%。"
    contact = "新闻联络人：国科会科学园区司 陈科长 电话：(02)2737-7888"
    assert clean_text(f"{BODY}\n{last}\n{contact}").text == f"{BODY}\n{last}"


def test_tag_cloud_and_navigation_above_headline_dropped():
    text = f"欢迎访问某协会官方网站!\n热门标签:\n水利行业 最大反渗透式\n协会动态\nAssociation Dynamic\n园区建设工作领导小组成立\n{BODY}"
    c = clean_text(text)
    assert (c.title, c.site, c.text) == ("园区建设工作领导小组成立", "某协会", BODY)


@pytest.mark.parametrize(
    "head, title",
    [
        # a listed company's announcement: a line of fields, the issuer, then 关于…的公告
        ("证券代码：301587          证券简称：华锂新能          公告编号：2024-037\n\n福建华锂新能源科技股份有限公司\n"
         "关于在宁德东侨经济技术开发区投资建设锂电池项目的公告",
         "福建华锂新能源科技股份有限公司关于在宁德东侨经济技术开发区投资建设锂电池项目的公告"),
        # a government office's notice
        ("湖南省商务厅\n关于2024年度开发区扩区调区审核结果的公示", "湖南省商务厅关于2024年度开发区扩区调区审核结果的公示"),
    ],
)
def test_an_official_documents_heading_is_its_issuer_and_its_subject(head, title):
    c = clean_text(f"{head}\n{BODY}")
    assert (c.title, c.text) == (title, BODY)


def test_a_headline_and_a_subtitle_that_is_no_document_heading_stay_apart():
    c = clean_text(f"园区迎来新项目\n关于招商引资的几点思考\n{BODY}")
    assert (c.title, c.text) == ("园区迎来新项目", f"关于招商引资的几点思考\n{BODY}")


def test_hints_win_and_title_line_leaves_text():
    c = clean_text(
        f"园区迎来新项目\n时间:2019-07-10\n{BODY}",
        title="園區迎來新項目",
        published="2020-01-02 08:00",
        site="示例網",
        author="張三",
    )
    assert (c.title, c.published, c.site, c.author, c.text) == ("园区迎来新项目", "2020-01-02", "示例网", "张三", BODY)


def test_unparseable_date_hint_falls_back_to_text():
    assert clean_text(f"标题在这里啊\n时间:2019-07-10\n{BODY}", published="3 days ago").published == "2019-07-10"


def test_markdown_post():
    c = clean_text(f"# 园区迎来新项目\n\n> {BODY}\n\n- 项目一已开工建设。\n\n![图](a.png)")
    assert (c.title, c.text) == ("园区迎来新项目", f"{BODY}\n项目一已开工建设。")


def test_markdown_weekly_keeps_its_task_items_and_its_closing_table():
    """A task's box goes with its marker, and a table drawn with bars after the last sentence is
    the report's, not a trailing list of headlines."""
    c = clean_text(f"# 开发区重点工作周报\n\n{BODY}\n\n- [x] 本周签约项目2个\n- [ ] 下周计划投产3个\n\n"
                   "| 园区 | 亩均税收（万元） |\n| --- | --- |\n| 莫干山高新区 | 35.6 |\n| 南太湖新区 | 28.4 |")
    assert c.text.split("\n")[1:] == ["本周签约项目2个", "下周计划投产3个", "| 园区 | 亩均税收（万元） |",
                                       "| 莫干山高新区 | 35.6 |", "| 南太湖新区 | 28.4 |"]


@pytest.mark.parametrize("text", ["", " \n\t", "\x00", "\ud800园区", "?", "((((", "。。。", "<br>" * 5, "&&&;", "\u3000" * 3])
def test_odd_inputs_do_not_raise(text):
    c = clean_text(text)
    assert isinstance(c, Cleaned) and c.script in ("hans", "hant")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("园区产业。,，:：?()（）\n 0123abcé<>/&#*-记者来源首页>版权zhì") + ["\ud800", "\x00"])))
def test_never_raises(text):
    c = clean_text(text)
    assert "\n\n" not in c.text and c.mojibake >= 0


def test_fast_enough():
    import time

    text = "\n".join(seed_text(p) for p in ("000", "001", "002", "003", "004")) * 4
    clean_text(text)  # OpenCC and the rules load once
    start = time.perf_counter()
    clean_text(text)
    per_kb = (time.perf_counter() - start) * 1000 / (len(text.encode("utf-8")) / 1024)
    assert per_kb < 1.0, f"{per_kb:.3f} ms per KB"


# ---------------------------------------------------------------- the needle scan of the line rules


@pytest.mark.parametrize(
    "pattern, needles",
    [
        ("版权所有|版权声明|©", {"版权所有", "版权声明", "©"}),
        ("icp备|icp证", {"备", "证"}),  # under re.I a Latin letter is no needle: "ICP备" matches too
        ("copyright", None),
        (r"(?<!\d)1[3-9]\d{9}(?!\d)", {"1"}),
        (r"^(?:当前|您的|你的)?位置[:：]", {"位置"}),
        (r"(?:首页|主页|网站首页)(?:>|＞|›)", {"首页", "主页", "网站首页"}),
        (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", {"@"}),
        (r"^\S{0,20}?\d+(?:秒|分钟|小时|天)前", {"前"}),
        (r"长按.{0,8}(?:二维码|关注)|扫一扫", {"长按", "扫一扫"}),
        ("园区(?:a|)", {"园区"}),
        ("(?:a|)b*", None),  # can match the empty string: no needle
        (r"[^x]", None),
        (r"\d+", None),
    ],
)
def test_needles_every_match_contains(pattern, needles):
    from parktool.clean import _needles

    assert _needles(pattern, re.I) == needles


def _rule_lists() -> dict[str, list[str]]:
    import tomllib

    data = tomllib.loads((Path(__file__).resolve().parent.parent / "parktool/data/boilerplate.toml").read_text("utf-8"))
    return {
        "strong": data["copyright"]["strong"], "weak": data["copyright"]["weak"],
        "furniture": data["furniture"]["patterns"], "prompts": data["furniture"]["prompts"],
        "contact_hard": data["contact"]["hard"], "contact_handles": data["contact"]["handles"],
        "contact_soft": data["contact"]["soft"],
    }  # fmt: skip


RULE_WORDS = sorted({w for ps in _rule_lists().values() for p in ps for w in re.findall(r"[\u4e00-\u9fff]+|[A-Za-z]+", p)})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(RULE_WORDS), st.sampled_from(RULE_WORDS).map(str.upper),
                          st.text(alphabet="园区0123456789.:：@()（）【】>»/- İıſK", max_size=12)), max_size=6).map("".join))
def test_finder_answers_as_the_alternation_does(line):
    for name, (finder, alternation) in _finders().items():
        assert finder.search(line) is (alternation.search(line) is not None), name


@lru_cache(maxsize=1)
def _finders() -> dict:
    from parktool.clean import _Finder

    return {name: (_Finder(ps), re.compile("|".join(f"(?:{p})" for p in ps), re.I)) for name, ps in _rule_lists().items()}


@pytest.mark.parametrize(
    "line, strong, contact_hard",
    [
        ("Copyright 2019 温州网", True, False),
        ("COPYRIGHT", True, False),
        ("浙ICP备12345678号", True, False),
        ("京公网安备 11010502030143号", True, False),
        ("园区设备投资12亿元，准备开工。", False, False),  # needles 备 and 1 occur; no pattern matches
        ("欢迎来电 13912345678", False, True),
        ("邮箱:park@example.com.cn", False, True),
    ],
)
def test_finder_on_lines(line, strong, contact_hard):
    from parktool.clean import _rules

    r = _rules()
    assert (r.strong.search(line), r.contact_hard.search(line)) == (strong, contact_hard)


def _subtitled(text: str, marked: bool) -> str:
    """A text as a video's subtitles have it: one phrase a line, no punctuation; with a script's
    【解说】 mark before each paragraph, or none."""
    lines = []
    for paragraph in text.split("\n"):
        lines += ["【解说】"] * marked + [p for p in re.split("[，,。；;！？!?、：:]", paragraph) if p.strip()]
    return "\n".join(lines)


@pytest.mark.parametrize("marked", [True, False])
@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_subtitles_are_joined_back_into_paragraphs_that_hold_the_same_figures(prefix, marked):
    """A seed turned into subtitles (a television report's script, speech recognised into text)
    gives the same figures as the seed: its phrases are one paragraph again, not a headline list."""
    from parktool import metrics, parks

    def figures(c: Cleaned) -> list[tuple[str, float, str]]:
        found = parks.find_parks(c.text, c.title)
        return sorted((f.raw, f.value, f.unit) for f in metrics.extract_facts(c.text, title=c.title, parks=found))

    seed = cleaned(prefix)
    subtitles = clean_text(f"{seed.title}\n{_subtitled(seed.text, marked)}")
    assert len(subtitles.text.split("\n")) < len(_subtitled(seed.text, marked).split("\n")) / 4
    assert figures(subtitles) == figures(seed) != []


def test_a_script_s_marks_and_speakers_stay_lines_of_their_own():
    script = ("经开区新能源电池产业跑出加速度\n主持人\n观众朋友们晚上好\n欢迎收看新闻联播\n【解说】\n走进曲靖经济技术开发区\n"
              "曲靖经开区规上工业总产值完成二百三十六点八亿元\n同比增长百分之十二点三\n【同期声】曲靖经开区管委会副主任 杨志强\n"
              "上半年我们新签约项目二十三个\n协议引资二十三点五亿元")
    assert clean_text(script).text.split("\n") == [
        "观众朋友们晚上好，欢迎收看新闻联播。", "【解说】",
        "走进曲靖经济技术开发区，曲靖经开区规上工业总产值完成二百三十六点八亿元，同比增长百分之十二点三。",
        "【同期声】曲靖经开区管委会副主任 杨志强", "上半年我们新签约项目二十三个，协议引资二十三点五亿元。"]


@pytest.mark.parametrize("lines", [
    # headlines after an article: no script's marks, no line going on from the one before
    ["稳经济大盘各项政策取得积极成效", "世界一流国家公路网背后的5个规划", "丽水经开区一季度签约项目12个",
     "金华开发区新能源汽车产量增长", "瓯江口新区迎来新一批项目"],
    # a fact sheet's fields and a notice's numbered items
    ["地区生产总值：512.8亿元", "同比增长：8.3%", "规上工业企业：305家", "规划面积：163平方公里"],
    ["2. 项目概况与招标范围", "2.1 项目编号：CFD-ZB-2024-0137", "2.2 建设地点：曹妃甸工业区", "2.3 计划工期"],
    # a page's menu, however long; a byline's 记者 alone before headlines
    ["首页", "新闻中心", "园区概况", "招商引资", "政务公开", "互动交流", "办事服务", "专题专栏", "通知公告", "图片新闻",
     "视频新闻", "联系我们", "网站地图"],
    ["记者", "张三", "稳经济大盘各项政策取得积极成效", "世界一流国家公路网背后的5个规划", "丽水经开区一季度签约项目12个",
     "金华开发区新能源汽车产量增长"],
])
def test_lines_that_are_no_subtitles_are_not_joined(lines):
    text = clean_text(f"{BODY}\n" + "\n".join(lines)).text
    assert not any(f"{a}，{b}" in text for a, b in zip(lines, lines[1:]))


def test_a_menu_from_home_with_a_search_box_is_no_title():
    menu = "首页  知乎知学堂  发现  等你来答                搜索你感兴趣的内容…        提问"
    question = "在蚌埠高新区上班是一种什么体验？工资大概多少？"
    assert clean_text(f"{menu}\n{question}\n{BODY}").title == question


def test_comma_separated_rows_are_a_table_above_the_prose():
    """A block of CSV pasted into a page reads as a table's rows (its cells parted by tabs, quoted
    fields with commas kept whole), also between the headline and the first line of prose."""
    csv_block = ('园区,营业收入(亿元),增速(%),规上工业企业(家)\n宝鸡高新区,842.7,8.6,412\n渭南高新区,358.1,10.2,236\n'
                 '汉中经开区,"1,201.4",-3.4,158')
    text = clean_text(f"陕西三家开发区上半年成绩单出炉\n附：主要经济指标\n{csv_block}\n{BODY}").text
    assert text.split("\n")[1:5] == ["园区 营业收入(亿元) 增速(%) 规上工业企业(家)", "宝鸡高新区 842.7 8.6 412",
                                     "渭南高新区 358.1 10.2 236", "汉中经开区 1,201.4 -3.4 158"]


def test_a_spreadsheet_export_keeps_its_blank_cells_and_its_lines_of_text():
    """A sheet saved as CSV: a caption line padded with commas is a line of text, empty fields are
    blank cells (—) that keep the columns after them in place, and a remark in words with
    full-width commas stays a row's last cell."""
    sheet = ("洛阳高新区2024年二季度主要指标,,,,\n园区,月份,营业收入（亿元）,同比增长（%）,备注\n"
             "洛阳高新区,4月,86.4,5.2,\n洛阳高新区,5月,90.1,,快报数，待核\n洛阳软件园,4月,12.3,-1.5,订单回落，产值下降\n,,,,\n"
             "\"说明：1.本表为快报数，2.空白表示无数据。\",,,,")
    lines = clean_text(sheet).text.split("\n")
    assert lines[:4] == ["园区 月份 营业收入（亿元） 同比增长（%） 备注", "洛阳高新区 4月 86.4 5.2 —",
                         "洛阳高新区 5月 90.1 — 快报数，待核", "洛阳软件园 4月 12.3 -1.5 订单回落，产值下降"]
    assert lines[-1] == "说明：1.本表为快报数，2.空白表示无数据。"
    assert clean_text(sheet).title == "洛阳高新区2024年二季度主要指标"


def test_a_spreadsheet_export_with_a_two_line_header_sections_and_subtotals_is_one_table():
    """A progress sheet saved as CSV: a header over two lines (a group's name over its columns) is
    one header, a section's row (一,东区,,,,) and a subtotal's row that opens with a blank cell
    (,东区小计,,4200,…) are rows of the table, and the notes under it stay prose."""
    sheet = ("滨河开发区重点项目进展表,,,,,\n"
             "序号,项目名称,总投资（万元）,本年投资,,备注\n"
             ",,,计划投资（万元）,完成投资（万元）,\n"
             "一,东区,,,,\n"
             "1,年产5万吨饲料项目,3000,1200,900,主体完工，设备安装中\n"
             "2,冷链物流中心,1200,600,450,\n"
             ",东区小计,4200,1800,1350,\n"
             "二,西区,,,,\n"
             "3,标准厂房二期,\"2,500\",1000,800,已封顶\n"
             ",合计,6700,2800,2150,\n"
             "说明：本表数据截至9月底，共有在建项目3个。,,,,,")
    lines = clean_text(sheet).text.split("\n")
    assert lines[:8] == [
        "序号 项目名称 总投资（万元） 计划投资（万元） 完成投资（万元） 备注",
        "一 东区 — — — —",
        "1 年产5万吨饲料项目 3000 1200 900 主体完工，设备安装中",
        "2 冷链物流中心 1200 600 450 —",
        "— 东区小计 4200 1800 1350 —",
        "二 西区 — — — —",
        "3 标准厂房二期 2,500 1000 800 已封顶",
        "— 合计 6700 2800 2150 —",
    ]
    assert lines[8] == "说明：本表数据截至9月底，共有在建项目3个。"


def test_a_tab_separated_progress_sheet_at_the_top_keeps_its_unit_header_and_sections():
    """The same sheet saved tab-separated, a unit line (单位：万元) over a header without units, and
    nothing but the sheet before its first row of prose: the unit's line, the header and the
    section's row (一<tab>嘉东片区<tab><tab>…) are the table's, not a page's chrome."""
    rows = ["单位：万元", "序号\t项目名称\t建设内容\t总投资\t年度计划\t1-9月完成\t备注", "一\t嘉东片区\t\t\t\t\t",
            "1\t铝合金板带项目\t新建熔铸、热轧车间\t286000\t65000\t52340\t续建；主体已封顶",
            "2\t碳化硅微粉项目\t新建破碎、分级车间\t42000\t18000\t15870\t新建",
            "\t嘉东片区小计\t\t328000\t83000\t68210\t"]
    lines = clean_text("嘉峪关工业园区重点项目进展表\n" + "\n".join(rows)).text.split("\n")
    assert lines[:4] == ["单位：万元", "序号 项目名称 建设内容 总投资 年度计划 1-9月完成 备注", "一 嘉东片区 — — — — —",
                         "1 铝合金板带项目 新建熔铸、热轧车间 286000 65000 52340 续建；主体已封顶"]
    facts = extract_facts(clean_text("嘉峪关工业园区重点项目进展表\n" + "\n".join(rows)).text)
    assert [(f.raw, f.value) for f in facts][:3] == [("286000", 2.86e9), ("65000", 6.5e8), ("52340", 5.234e8)]


def test_a_paper_s_units_under_its_header_go_into_the_header():
    """An academic table prints each column's unit after a slash on a line under its header: each
    unit goes into the header cell above it, in brackets, and the units' line goes; a header cell
    written 规划面积/km² is the same. A unit already in brackets (万元/亩) stays as it is."""
    table = ("园区               级别      规划面积    规上企业    工业总产值\n"
             "                             /km²        /家         /亿元\n"
             "张家港保税区       国家级      4.1         186        1,326.5\n"
             "张家港经开区       国家级     65.3         412        2,104.8\n")
    text = clean_text(f"表1 研究区园区基本情况\n{BODY}\n{table}注：数据来自统计局。").text
    assert "园区 级别 规划面积（km²） 规上企业（家） 工业总产值（亿元）\n张家港保税区 国家级 4.1 186 1,326.5" in text
    slashed = "园区  规划面积/km²  工业总产值/亿元\n保税区  4.1  1,326.5\n经开区  65.3  2,104.8\n冶金园  40.0  1,872.0\n"
    assert "园区 规划面积（km²） 工业总产值（亿元）" in clean_text(f"园区情况\n{BODY}\n{slashed}注：数据来自统计局。").text
    bracketed = "| 园区 | 亩均税收（万元/亩） |\n| 宁波经开区 | 48.6 |\n| 宁波高新区 | 41.3 |\n"
    assert "亩均税收（万元/亩）" in clean_text(f"园区情况\n{BODY}\n{bracketed}注：数据来自统计局。").text


def test_a_header_over_two_lines_of_periods_and_rates_is_one_header():
    """A statistics bulletin's header: its second line holds only each column's period in brackets
    and the rates' sign (`（本月）  （累计）  同比±%`); each goes into the cell above it, and the
    table above the first prose (under its unit line and a rule) keeps its header and rows."""
    table = ("单位：亿元，%\n" + "-" * 40 + "\n"
             "区　域              营业收入    营业收入    营业收入     工业增加值\n"
             "                    （本月）    （累计）    同比±%       同比±%\n" + "-" * 40 + "\n"
             "全市                162.35      1268.47     6.8          7.2\n"
             "胶州经济技术开发区  58.64       451.09      8.9          9.5\n")
    lines = clean_text("胶州市重点园区主要经济指标统计快报\n" + table + "\n全市工业运行平稳。").text.split("\n")
    assert lines[:4] == ["单位：亿元，%", "区域 营业收入（本月） 营业收入（累计） 营业收入同比±% 工业增加值同比±%",
                         "全市 162.35 1268.47 6.8 7.2", "胶州经济技术开发区 58.64 451.09 8.9 9.5"]


def test_a_directory_s_records_of_fields_side_by_side_are_kept():
    """A company directory's cards after the park's introduction: lines of fields side by side,
    one a figure (员工人数：约650人　年产值：6.8亿元, 注册资本：8000万元人民币　成立日期：2009-03-17), are
    the records' fields, not a trailing list or a dateline."""
    cards = ("福建澳泉卫浴科技有限公司\n所属园区：水暖厨卫产业园　　行业：水暖卫浴\n"
             "注册资本：8000万元人民币　　成立日期：2009-03-17\n员工人数：约650人　　年产值：6.8亿元\n"
             "南安市辉达阀门制造有限公司\n所属园区：水暖厨卫产业园　　行业：水暖卫浴\n"
             "注册资本：3000万元人民币　　成立日期：2011-07-05\n员工人数：300-499人　　年产值：—\n")
    text = clean_text(f"南安经济开发区企业名录\n{BODY}\n{cards}").text
    assert "注册资本：8000万元人民币 成立日期：2009-03-17" in text
    assert "员工人数：约650人 年产值：6.8亿元" in text
    assert "注册资本：3000万元人民币 成立日期：2011-07-05" in text


def test_a_research_note_s_rating_scale_is_boilerplate():
    """A research note closes with its rating scale (行业评级：看好——预期…涨幅10%以上): the
    definitions go with the disclaimer, the note's figures stay."""
    scale = "行业评级：看好——预期未来6个月内行业指数相对沪深300指数涨幅10%以上；中性——涨跌幅介于-10%与10%之间。"
    text = clean_text(f"海宁泛半导体产业跟踪\n{BODY}\n{scale}\n海宁经开区去年产值增长12%，继续领跑全市。").text
    assert "评级" not in text and "增长12%" in text


def test_a_hedge_in_brackets_is_no_disclaimer():
    """仅供参考 in brackets hedges a figure of the prose (约110平方公里（笔者查到的口径，仅供参考）):
    the paragraph stays; a disclaimer line that says it goes."""
    prose = "义乌经开区规划面积约110平方公里（笔者查到的口径，仅供参考）。去年经开区规上工业产值1520亿元。"
    disclaimer = "本文数据仅供参考，不构成投资建议。"
    text = clean_text(f"义乌的底气\n{BODY}\n{prose}\n{disclaimer}").text
    assert prose in text and disclaimer not in text


def test_a_table_aligned_with_full_width_spaces_is_a_table():
    """A newspaper's side-by-side table aligned with full-width spaces, its 指　　标 spaced out to
    fill the cell: rows of three cells, the label one cell."""
    table = ("　指　　标　　　　　　　　　鹤壁经开区　　　　焦作高新区\n"
             "　营业收入（亿元）　　　　　　1286　　　　　　　965\n"
             "　高新技术企业（家）　　　　　126　　　　　　　 218\n"
             "　规划面积（平方公里）　　　　59.6　　　　　　　54.9")
    text = clean_text(f"两区对比\n{BODY}\n{table}\n数据来源：两区管委会。下半年两区将继续比学赶超。").text
    assert "指标 鹤壁经开区 焦作高新区\n营业收入（亿元） 1286 965\n高新技术企业（家） 126 218" in text


def test_a_spaced_table_with_thousands_separators_is_no_csv():
    """`82,410` in a table parted by spaces is a figure, not two comma-separated fields."""
    table = "序号      工程或费用名称          金额\n1         建设投资                82,410\n1.1       工程费用                71,860\n2         流动资金                14,720"
    text = clean_text(f"滨河项目可研报告节选\n{BODY}\n表3-1  投资估算表        单位：万元\n{table}\n项目资金由企业自筹解决。").text
    assert "建设投资 82,410" in text and "工程费用 71,860" in text


@pytest.mark.parametrize("closed", [False, True])
def test_tab_separated_rows_keep_their_blank_cells(closed):
    """Values pasted from a spreadsheet, tab-separated: an empty field is a blank cell (—) that
    keeps the cells after it in their columns, also the last; a tab that closes every line is none."""
    rows = ["园区\t产值\t增速\t企业数", "甲园区\t12.5\t\t30", "乙园区\t8.2\t2.0\t", "丙园区\t6.6\t-1.2\t18"]
    sheet = "\n".join(row + "\t" * closed for row in rows)
    lines = clean_text(f"{BODY}\n{sheet}\n下半年，各园区将继续抓好项目建设。").text.split("\n")
    assert lines[1:5] == ["园区 产值 增速 企业数", "甲园区 12.5 — 30", "乙园区 8.2 2.0 —", "丙园区 6.6 -1.2 18"]


def test_subtitles_in_srt_become_paragraphs():
    """A news video's SRT file: cue numbers and timings go, a cue runs on into the next, a script's
    mark (【同期声】) starts a paragraph and a label without punctuation stands alone."""
    cues = ["【滁州新闻】苏滁高新区产业升级", "【导语】初冬的滁州，", "苏滁高新区项目建设热火朝天。",
            "今年前三季度，园区实现规上工业产值", "486亿元，同比增长12%。", "【同期声】苏滁高新区管委会主任 王某",
            "我们今年新签约项目38个。"]
    srt = "\n\n".join(f"{i}\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 1:02d},500\n{cue}" for i, cue in enumerate(cues, 1))
    cleaned = clean_text(srt)
    assert cleaned.title == "【滁州新闻】苏滁高新区产业升级"
    assert cleaned.text.split("\n") == [
        "【导语】初冬的滁州，苏滁高新区项目建设热火朝天。今年前三季度，园区实现规上工业产值486亿元，同比增长12%。",
        "【同期声】苏滁高新区管委会主任 王某", "我们今年新签约项目38个。"]


def test_a_number_cut_between_two_subtitles_is_whole_again():
    """Auto-generated subtitles have no punctuation and cut where the voice pauses, sometimes inside
    a figure (总投资1 | 86亿元): a comma parts two cues, but not a figure from what comes before it;
    English words keep their space; the paragraph ends with a full stop. The video page's lines
    around the subtitles stay lines of their own."""
    cues = ["去年一年签约项目36个 总投资1", "86亿元", "园区工业总产值215亿元 增长9.3%", "主导产业是 stainless", "steel"]
    srt = "\n\n".join(f"{i}\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 1:02d},500\n{cue}" for i, cue in enumerate(cues, 1))
    cleaned = clean_text("佛云园短视频字幕\n@云浮新区发布 1.3万粉丝\n\n" + srt + "\n\n评论 1364\n佛云园这两年真的起来了，去年我们厂就扩了两条线")
    assert cleaned.text.split("\n")[:2] == [
        "@云浮新区发布 1.3万粉丝",
        "去年一年签约项目36个 总投资186亿元，园区工业总产值215亿元 增长9.3%，主导产业是 stainless steel。"]


def test_a_pdf_table_whose_cells_hold_spaces_keeps_its_cells():
    """Cells parted by two spaces or more that hold one inside (`PC 改性合金料`): the inner space
    beside a Chinese character goes, so that each cell stays one."""
    table = ("序号  产品名称  设计规模（t/a）  去向\n1  聚碳酸酯（PC）  80000  外售\n2  PC 改性合金料  60000  外售\n"
             "3  双酚 A（中间产品）  70000  自用")
    lines = clean_text(f"{BODY}\n{table}\n项目建成后年产值约40亿元。").text.split("\n")
    assert lines[1:5] == ["序号 产品名称 设计规模（t/a） 去向", "1 聚碳酸酯（PC） 80000 外售", "2 PC改性合金料 60000 外售",
                          "3 双酚A（中间产品） 70000 自用"]


def test_news_that_ends_by_asking_to_follow_an_account_is_news():
    """A paragraph that states figures and closes with 可以关注下管委会公众号 keeps its figures; a line
    that only asks to follow the account is furniture."""
    news = "补充一个：经开区今年还要筹建3000套保障性租赁住房，去年已经建成1200套，可以关注下管委会公众号的申请通知。"
    prompt = "欢迎关注开发区管委会公众号，获取更多资讯。"
    assert clean_text(f"{BODY}\n{news}\n{prompt}\n{BODY[:-1]}，全年稳中有进。").text.split("\n")[1:] == [
        news, f"{BODY[:-1]}，全年稳中有进。"]
    # … and so does a reply that ends without a full stop, as comments do
    reply = "作者回复：您好，吉利汽车临海基地目前有员工约6500人，常年招聘，可关注“临海人才”公众号查看岗位信息哦~"
    assert clean_text(f"{BODY}\n{reply}\n{prompt}").text.split("\n")[1:] == [reply]


def test_an_e_mail_s_subject_is_its_title():
    """A mail saved as text: the subject, without its 回复:/Re: marks, is the title; the header
    lines above it are no text."""
    mail = ("发件人: 张华 <zhanghua@example.gov.cn>\n发送时间: 2024年11月4日 星期一 09:12\n收件人: 李明\n"
            "主题: 回复: Re: 【请核对】经开区前三季度主要指标\n\n李科长：\n"
            "    已核对，地区生产总值按386.5亿元报送，增长6.1%。\n")
    cleaned = clean_text(mail)
    assert cleaned.title == "【请核对】经开区前三季度主要指标"
    assert "发件人" not in cleaned.text and "主题" not in cleaned.text
    assert "386.5亿元" in cleaned.text
    # a press conference's 主题： line, with no mail header above it, is no subject of a mail
    presser = ("市政府新闻办新闻发布会文字实录\n主题：经开区2024年经济运行情况\n时间：2025年1月25日\n"
               "经开区全年实现地区生产总值386.5亿元，增长6.1%。\n")
    assert clean_text(presser).title == "市政府新闻办新闻发布会文字实录"


def test_a_line_labelled_as_the_headline_is_the_title_below_a_line_that_is_not():
    """A voice-over script under its programme's line: its 选题： line is the headline, as a
    crawler's 标题： line is."""
    script = ("【口播稿】《川南产业观察》第18期\n选题：泸州高新区——“酒城”里的新动能\n体裁：短视频口播\n"
              "这里是泸州高新技术产业开发区，去年地区生产总值达到了三百二十八亿元。\n")
    cleaned = clean_text(script)
    assert cleaned.title == "泸州高新区——“酒城”里的新动能"
    assert "口播稿" not in cleaned.text


def test_a_pdf_table_s_header_words_spaced_out_to_fill_their_cells_are_one_cell_each():
    """指    标 and 单  位: one word each, spaced out to their column's width, not two cells."""
    table = ("指    标              单  位      绝对数     比上年增长（%）\n地区生产总值          亿元        612.4      5.2\n"
             "社会消费品零售总额    亿元        141.3      6.5\n合    计              亿元        753.7      5.4")
    lines = clean_text(f"{BODY}\n{table}\n全年经济运行稳中有进。").text.split("\n")
    assert lines[1:5] == ["指标 单位 绝对数 比上年增长（%）", "地区生产总值 亿元 612.4 5.2", "社会消费品零售总额 亿元 141.3 6.5",
                          "合计 亿元 753.7 5.4"]


def test_a_table_given_one_cell_a_line_reads_as_rows():
    """A PDF's text layer that gives a table one cell a line: the header's cells (a unit alone on
    its line belongs to the cell above it), then rows of as many lines, each opening with a label;
    a dash is a blank cell. The rows come back with their cells side by side."""
    cells = ["项目", "计量单位", "本年", "增幅", "（%）",
             "营业总收入", "亿元", "486.2", "9.4",
             "工业总产值", "亿元", "—", "7.7",
             "其中：高新技术产业产值", "亿元", "301.5", "12.1",
             "出口总额", "亿美元", "23.8", "-2.6"]
    text = clean_text(f"芜湖高新区2025年统计简表\n{BODY}\n表1 主要指标\n" + "\n".join(cells) + "\n注：增幅按现价计算。").text
    lines = text.split("\n")
    at = lines.index("项目 计量单位 本年 增幅（%）")
    assert lines[at + 1:at + 6] == ["营业总收入 亿元 486.2 9.4", "工业总产值 亿元 — 7.7",
                                    "其中：高新技术产业产值 亿元 301.5 12.1", "出口总额 亿美元 23.8 -2.6",
                                    "注：增幅按现价计算。"]


@pytest.mark.parametrize("lines", [
    # a data card's label and figure, two to a pair; a list of years; figures with two rows only
    ["数说园区", "2025年", "规上工业增加值", "8.2", "固定资产投资", "12.4", "进出口总额", "-3.1", "税收收入", "5.6"],
    ["园区", "年份", "产值", "甲园区", "2023", "12.5", "乙园区", "2024", "13.1"],
    # rows whose figures change places
    ["园区", "产值", "增速", "甲园区", "12.5", "3.1", "乙园区", "亿元", "13.1", "丙园区", "8.8", "2.0", "丁园区", "6.1", "1.1"],
])
def test_short_lines_with_figures_that_are_no_table_stay(lines):
    text = f"{BODY}\n" + "\n".join(lines)
    assert _cell_rows(text) == text


@pytest.mark.parametrize("lines", [
    # prose with half-width commas (as the seeds write), a list of places, and two lines only
    ["园区今年引进项目12个,总投资30亿元,同比增长15%", "新增企业8家,增长6%", "税收2亿元,增长3%"],
    ["温州,台州,丽水", "金华,衢州,舟山", "湖州,嘉兴,绍兴"],
    ["园区,营收(亿元)", "甲园区,12.5"],
])
def test_lines_with_commas_that_are_no_csv_table_stay(lines):
    text = clean_text(f"{BODY}\n" + "\n".join(lines)).text
    assert not any(line.replace(",", " ") in text for line in lines)


def test_a_carriage_return_inside_comma_separated_values_is_no_error():
    """`csv` refuses a field with a bare carriage return; such a line is no row, not a failure."""
    text = clean_text(f"{BODY}\n园区,营收(亿元)\r,增速(%)\n甲园区,12.5,3.1\n乙园区,8.2,2.0").text
    assert text.startswith(BODY)
