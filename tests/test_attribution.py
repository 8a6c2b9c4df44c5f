"""Which park a figure belongs to (eval/GUIDE.md, "Which park"): sentences in the style of other
provinces' and sites' park news, one pattern of Chinese writing a group, with the park of every
fact of the text asserted in order."""

from __future__ import annotations

import pytest

from parktool.metrics import extract_facts
from parktool.parks import find_parks


def parks_of(text: str, title: str = "") -> list[tuple[str, str]]:
    """(figure as written, its park) of every fact, in text order."""
    return [(f.raw, f.park) for f in extract_facts(text, title=title)]


@pytest.mark.parametrize("title, text, expected", [
    # a time word or a verb before a bare kind word is no part of a name: the kind word refers
    # to the article's park
    ("常州高新区一季度经济运行", "常州高新区发布一季度数据。全年园区新签约项目40个。上半年开发区实现营收300亿元。",
     [("40个", "常州高新区"), ("300亿元", "常州高新区")]),
    ("嘉善县姚庄镇小微企业园建成投用", "企业负责人说，搬进园区后，生产面积由原来的3000平方米扩大到8000平方米。",
     [("3000平方米", "嘉善县姚庄镇小微企业园"), ("8000平方米", "嘉善县姚庄镇小微企业园")]),
    # a lead that names its park once and says 园区 after (a WeChat repost)
    ("", "上半年，合肥经开区坚持项目为王，经济稳中有进。\n园区实现规上工业产值1200亿元。\n园区新增企业80家。",
     [("1200亿元", "合肥经开区"), ("80家", "合肥经开区")]),
    # a lead that names its park once, in a source phrase, and the park's own name alone after
    # (洋浦 for 洋浦经济开发区): its figures are the park's, on through a paragraph about its port
    ("洋浦前三季度货物进出口总额1126.3亿元", "记者从洋浦经济开发区管委会获悉，今年前三季度，洋浦实现货物进出口总额1126.3亿元。\n"
                                 "港口方面，洋浦港完成货物吞吐量5,862万吨。洋浦新增市场主体1.1万户。\n"
                                 "海口综合保税区实现进出口总额203.7亿元。",
     [("1126.3亿元", "洋浦经济开发区"), ("5,862万吨", "洋浦经济开发区"), ("1.1万户", "洋浦经济开发区"),
      ("203.7亿元", "海口综合保税区")]),
    # ... but not a name inside a document's title
    ("", "根据《江苏省开发区条例》有关规定，现将结果公布如下。\n园区新增企业80家。\n园区实现产值12亿元。",
     [("80家", ""), ("12亿元", "")]),
    # an infographic's field lines under bracketed headings: a park's, then a city's (a field
    # line heads nothing; a decrease in its label is the figure's sign)
    ("一图读懂｜宜宾临港经开区2023年成绩单", "一图读懂2023年成绩单。\n【宜宾临港经开区】\n地区生产总值：512.8亿元\n同比下降：2.1%\n规上工业企业：305家\n"
         "【宜宾市】\nGDP：3,806.4亿元\n同比增长：5.8%",
     [("512.8亿元", "宜宾临港经开区"), ("2.1%", "宜宾临港经开区"), ("305家", "宜宾临港经开区"), ("3,806.4亿元", ""),
      ("5.8%", "")]),
    # a poster: a park's name over items marked with emoji and arrows (↓ is a decrease, ↑ the
    # growth of the figure before); an emoji heading naming a park inside it, then the next park
    ("🔥投资南阳高新🔥", "南阳高新技术产业开发区 2024招商推介\n📍国家级高新区｜豫西南创新高地\n▶ 营业收入 826.5亿元 ↑12.5%\n"
                     "▶ 税收收入 28.7亿元 ↓3.1%\n🏭 园区亮点｜南阳光电信息产业园\n👉 占地1,200亩\n"
                     "许昌经济技术开发区（许昌经开区）\n▶ 营业收入 1,156亿元 ↑8.7%",
     [("826.5亿元", "南阳高新技术产业开发区"), ("12.5%", "南阳高新技术产业开发区"), ("28.7亿元", "南阳高新技术产业开发区"),
      ("3.1%", "南阳高新技术产业开发区"), ("1,200亩", "南阳光电信息产业园"), ("1,156亿元", "许昌经济技术开发区"),
      ("8.7%", "许昌经济技术开发区")]),
    # a photo's caption heads no section
    ("东湖高新区前三季度营收增长9%", "▲光谷软件园一角\n记者从东湖高新区获悉，前三季度东湖高新区营收增长9%。\n"
                              "招商引资持续加力。前三季度，新签约项目43个。\n图为光谷软件园新建厂房（张三 摄）\n园区新增企业12家。",
     [("9%", "东湖高新区"), ("43个", "东湖高新区"), ("12家", "东湖高新区")]),
    ("东湖高新区前三季度营收增长9%", "前三季度东湖高新区营收增长9%。\n【图说】光谷软件园一景。（图／管委会提供）\n"
                              "截至9月底，新增企业12家。",
     [("9%", "东湖高新区"), ("12家", "东湖高新区")]),
    # a project's public notice: the park its site field names last is the article's; a company's
    # announcement of its project stays the company's
    ("某某新能源科技有限公司年产10万套储能电池项目环境影响报告表批前公示",
     "一、项目概况\n1、建设地点：滁州经济技术开发区（城南工业园）光明路东侧\n2、总投资：12亿元，用地面积约180亩。\n"
     "二、污染物排放\n项目年排放废水3.6万立方米。\n据滁州市统计，全市空气优良天数比例为82.1%。",
     [("12亿元", "城南工业园"), ("约180亩", "城南工业园"), ("3.6万立方米", "城南工业园"), ("82.1%", ""),
      ("10万套", "城南工业园")]),
    ("关于投资建设年产10万套储能电池项目的公告",
     "一、项目概况\n1、建设地点：滁州经济技术开发区（城南工业园）光明路东侧\n2、总投资：12亿元，用地面积约180亩。\n"
     "二、对公司的影响\n公司2023年实现营业收入36.5亿元。",
     [("12亿元", "城南工业园"), ("约180亩", "城南工业园"), ("36.5亿元", ""), ("10万套", "")]),
    # … so does a feasibility study whose cover names what it is, its site field numbered as an outline
    ("滁州储能科技有限公司",
     "年产10万套储能电池项目\n可行性研究报告\n编制单位：某工程咨询有限公司\n第一章 总论\n"
     "1.1.3 建设地点：滁州经济技术开发区城南工业园光明路东侧。\n1.1.5 项目总投资12亿元，用地面积约180亩。",
     [("12亿元", "城南工业园"), ("约180亩", "城南工业园")]),
    # … and an investment agreement published on a government site, under the site's name
    ("某区人民政府门户网站",
     "高寒生物精深加工项目投资协议书（公开文本）\n甲方：那曲高寒生物产业园管理委员会\n"
     "鉴于：那曲物流园区是青藏铁路沿线重要的物流节点。乙方拟在产业园投资建设高寒生物精深加工项目。\n"
     "第一条 项目概况\n1.建设地点：那曲高寒生物产业园B-07地块。\n2.项目总投资3.2亿元，其中固定资产投资2.6亿元。",
     [("3.2亿元", "那曲高寒生物产业园"), ("2.6亿元", "那曲高寒生物产业园")]),
])
def test_the_park_an_article_establishes(title, text, expected):
    assert parks_of(text, title) == expected


def test_quanqu_after_a_paragraph_about_a_park_inside_a_zone_is_the_zone():
    """在清河高新区智能制造产业园，…。全区拥有…: the zone's figures, the park's before."""
    text = ("清河高新技术产业开发区位于清河县城东。\n在清河高新区智能制造产业园，已建成标准厂房26万平方米。"
            "全区拥有高新技术企业三十余家，全年研发投入3.5亿元；单位工业增加值能耗下降3.2%。")
    assert parks_of(text, "") == [("26万平方米", "清河高新区智能制造产业园"), ("三十余家", "清河高新技术产业开发区"),
                                  ("3.5亿元", "清河高新技术产业开发区"), ("3.2%", "清河高新技术产业开发区")]


def test_a_park_that_is_another_s_part_keeps_its_figures():
    """凤凰园区是永州经开区的核心园区，规划面积…: the figures are the park's before 是, not the zone's."""
    text = "永州经济技术开发区凤凰园区位于冷水滩。凤凰园区是永州经开区的核心园区，规划面积18平方公里，已入驻企业42家。"
    assert parks_of(text, "") == [("18平方公里", "永州经济技术开发区凤凰园区"), ("42家", "永州经济技术开发区凤凰园区")]


@pytest.mark.parametrize("title, text, expected", [
    # a semicolon clause without a subject continues the clauses before it in its sentence
    ("", "全市工业经济稳步回升。其中，宜春经开区规上工业增加值增长8.2%；固定资产投资增长12.5%。",
     [("8.2%", "宜春经开区"), ("12.5%", "宜春经开区")]),
    ("", "2023年，赣州经开区规上工业总产值2104.6亿元；赣州高新区规上工业总产值986.3亿元，增长8.1%；"
         "年末有效高新技术企业312家。",
     [("2104.6亿元", "赣州经开区"), ("986.3亿元", "赣州高新区"),
      ("8.1%", "赣州高新区"), ("312家", "赣州高新区")]),
    # a numbered item with a space after its number, opening on its park: the item's figures
    # are the park's; a tag of place before a park's name opens no sentence about the place
    ("全省开发区闲置用地整改情况的通报", "全省开发区闲置用地整改情况通报如下。\n"
     "1. 廊坊经济技术开发区（以下简称廊坊开发区）。一是闲置土地共计326.5亩；二是欠缴税费1.28亿元。\n"
     "2.河北·石家庄高新区：生物医药营收530亿元；全区R&D经费投入强度达到5.6%。",
     [("326.5亩", "廊坊经济技术开发区"), ("1.28亿元", "廊坊经济技术开发区"), ("530亿元", "石家庄高新区"),
      ("5.6%", "石家庄高新区")]),
    # a clause driving a place (带动龙口市…) states the place's figure, but a contribution in
    # points (拉动全市…1.1个百分点) is the subject's
    ("", "在龙口裕龙石化产业园，项目实现产值412亿元，带动龙口市规上工业产值增长27.6%。",
     [("412亿元", "龙口裕龙石化产业园"), ("27.6%", "")]),
    ("", "山西综改区规上工业增加值增速加快1.9个百分点，拉动全市规上工业增长1.1个百分点。",
     [("1.9个百分点", "山西综改区"), ("1.1个百分点", "山西综改区")]),
    # a forwarded heading's tag and its source's note leave it a heading: its park is its lines'
    ("", "微信聊天记录导出\n李娜 08:32:15\n收到\n[转发] 聊城高新技术产业开发区1-4月主要经济指标（统计局反馈）\n"
         "1．规上工业增加值增长10.3%；\n2．进出口总额18.6亿元。",
     [("10.3%", "聊城高新技术产业开发区"), ("18.6亿元", "聊城高新技术产业开发区")]),
    # a project named after its county is no place subject: the park it lands in is its
    ("", "本次集中签约项目如下：\n3.太康生物降解材料项目，总投资15亿元，落户太康经济开发区；",
     [("15亿元", "太康经济开发区")]),
    # a place before 某 is a company's, no place subject: the section's park goes on
    ("贺州旺高铝产业示范园加快发展", "一、示范园：从铝锭到铝箔\n贺州旺高铝产业示范园入园企业41家。\n在广西某铝业公司项目现场，工人们正在调试设备。"
         "该项目总投资30亿元。", [("41家", "贺州旺高铝产业示范园"), ("30亿元", "贺州旺高铝产业示范园")]),
    # … nor one in a clause that gives a cause after it
    ("", "前三季度，南平高新区完成规上工业产值96.4亿元；9月当月完成10.2亿元，同比下降3.1%，主要受光泽园区部分企业"
         "检修影响。", [("96.4亿元", "南平高新区"), ("10.2亿元", "南平高新区"), ("3.1%", "南平高新区")]),
    # … not the part of its whole that a later clause names after 其中
    ("", "贵阳高新区发布数据。上半年高新区实施重点项目68个；新签约项目34个，其中沙文生态科技产业园新开工项目9个。",
     [("68个", "贵阳高新区"), ("34个", "贵阳高新区"), ("9个", "沙文生态科技产业园")]),
    ("", "贵阳高新区发布数据。上半年高新区实施重点项目68个；新签约项目34个，沙文生态科技产业园新开工项目9个。",
     [("68个", "贵阳高新区"), ("34个", "沙文生态科技产业园"), ("9个", "沙文生态科技产业园")]),
    # ... and a place's sentence stays the place's
    ("九江经开区经济运行稳中有进",
     "九江经开区规上工业增加值增长9.3%。全市实现地区生产总值3950亿元，增长5.1%；规上工业增加值增长6.2%。",
     [("9.3%", "九江经开区"), ("3950亿元", ""), ("5.1%", ""), ("6.2%", "")]),
    # a paragraph that opens on a place: its sentences without a subject are the place's
    ("南昌经开区经济运行稳中有进", "从全市看，南昌市实现地区生产总值7324亿元。规上工业增加值增长6.1%。",
     [("7324亿元", ""), ("6.1%", "")]),
    # a paragraph that opens with a heading sentence: the nearest sentence before that opens with
    # a park or a place gives the subject
    ("邵阳市政府工作报告", "（三）园区建设提质增效。邵阳经济开发区实现技工贸总收入860亿元，增长9.1%。"
                          "一是新引进项目32个，合同引资96亿元；二是新增高新技术企业27家。"
                          "全市新增市场主体1.2万户。三是新建标准厂房15万平方米。",
     [("860亿元", "邵阳经济开发区"), ("9.1%", "邵阳经济开发区"), ("32个", "邵阳经济开发区"),
      ("96亿元", "邵阳经济开发区"), ("27家", "邵阳经济开发区"), ("1.2万户", ""), ("15万平方米", "")]),
    # ... but 区内 is the zone itself, not the park named before it
    ("芜湖经开区：产业项目加快集聚", "芜湖经开区全年实现营业收入2100亿元。\n产业项目加快集聚。"
                                  "位于龙山片区的奇瑞汽车产业园占地约3000亩。区内零部件企业全年配套产值86亿元。",
     [("2100亿元", "芜湖经开区"), ("约3000亩", "奇瑞汽车产业园"), ("86亿元", "芜湖经开区")]),
    # a paragraph that opens on a park inside another (X内的Y是…): Y is its subject
    ("", "经开区内的苏州综合保税区是全国首批综保区之一，规划面积5.28平方公里。\n"
         "昆山高新区内的昆山综合保税区于2009年获批。区内现有企业逾300家，其中外资企业占比约六成。",
     [("5.28平方公里", "苏州综合保税区"), ("逾300家", "昆山综合保税区"), ("约六成", "昆山综合保税区")]),
    # 该区 is the park named before it, not a park its clause then names as an example of what
    # it counts; such an example is no figure's park (新落地A等项目17个)
    ("", "荆门高新区工业投资增长12.6%。该区新落地格林美循环产业园等项目23个，总投资约180亿元。\n"
         "全市新落地亿纬锂能产业园等项目41个。",
     [("12.6%", "荆门高新区"), ("23个", "荆门高新区"), ("约180亿元", "荆门高新区"), ("41个", "")]),
    # 全区 after a part of the zone named earlier in its sentence is the whole zone (or the
    # district, in a paragraph about a place)
    ("", "长沙经开区规上工业产值增长9.1%。区内榔梨工业园产值增长12%；全区高新技术企业研发投入增长15%。\n"
         "黄埔区规上工业产值增长6%，区内知识城工业园产值增长9%；全区固定资产投资增长12%。",
     [("9.1%", "长沙经开区"), ("12%", "榔梨工业园"), ("15%", "长沙经开区"), ("6%", ""), ("9%", "知识城工业园"),
      ("12%", "")]),
    # a live page's items, each headed by a bracketed headline: its subject is the headline's
    ("洛阳快讯 实时滚动", "【洛阳经开区前10月产值增长9.2%】洛阳经开区前10月产值增长9.2%。\n"
                      "【洛阳高新区新认定高新技术企业86家】今年以来，洛阳高新技术产业开发区新认定高新技术企业86家。"
                      "区内研发投入强度达到5.1%。\n【前10月全市规上工业增加值增长7.9%】市统计局数据显示，全市规上工业增加值"
                      "同比增长7.9%。",
     [("9.2%", "洛阳经开区"), ("86家", "洛阳高新技术产业开发区"), ("5.1%", "洛阳高新技术产业开发区"), ("7.9%", "")]),
    # a paragraph that opens on something placed in a park (本项目位于…) is about that park
    ("某公司对外投资公告", "本项目位于宜宾临港经开区港园路以北，规划用地约320亩。项目达产后预计年产值约60亿元，"
                   "可新增就业1500人左右。\n公司现有员工3,260人。",
     [("约320亩", "宜宾临港经开区"), ("约60亿元", "宜宾临港经开区"), ("1500人左右", "宜宾临港经开区"), ("3,260人", "")]),
    # a short form declared in brackets (以下简称) is the park's though its kind differs
    ("", "永康现代农业装备高新技术产业园区（以下简称农装园区）是省级高新区。\n走进农装园区内的浙江四方集团公司，去年营业收入突破20亿元。",
     [("突破20亿元", "永康现代农业装备高新技术产业园区")]),
    # ... also when it is sited there (选址于)
    ("某公司对外投资公告", "项目选址于漳州台商投资区，规划用地约320亩。项目全部达产后，预计年产值约45亿元。\n公司现有员工3,260人。",
     [("约320亩", "漳州台商投资区"), ("约45亿元", "漳州台商投资区"), ("3,260人", "")]),
    # ... also when the thing's name starts with a place's (a company's 常州基地)
    ("某股份有限公司年度报告", "常州基地位于常州国家高新技术产业开发区龙城大道，计划总投资18亿元。截至报告期末，"
                       "该项目累计投入资金9.6亿元。\n公司在职员工合计2,480人。",
     [("18亿元", "常州国家高新技术产业开发区"), ("9.6亿元", "常州国家高新技术产业开发区"), ("2,480人", "")]),
    # a park a verb such as 依托 takes as its object is not the subject the figures after are of;
    # a park in apposition after another (X核心区Y) is
    ("", "汉川经济开发区依托孝感高新区平台加快发展，全年完成投资52亿元，新增企业31家。\n"
         "孝感临空经济区核心区孝南经济开发区今年新增企业12家。",
     [("52亿元", "汉川经济开发区"), ("31家", "汉川经济开发区"), ("12家", "孝南经济开发区")]),
    # … and so is one the subject lies in (位于), also named after its zone
    ("", "九江经开区营收1000亿元。九江综合保税区位于经开区城西港区，全年新增入区企业二十余家，加工贸易出口回落3.2%。",
     [("1000亿元", "九江经开区"), ("二十余家", "九江综合保税区"), ("3.2%", "九江综合保税区")]),
    # a clause that opens with a city, after a part of the sentence about a park, is the city's,
    # and so are the clauses after it that name no one else
    # a clause whose subject is a city named in full, after a park in its sentence, is the city's,
    # and so is the clause after it; a park's own clauses stay the park's
    ("", "全市招商引资推进会在上饶经开区召开，会议通报，一季度上饶市实际利用省外项目资金520.3亿元，同比增长8.6%。"
         "上饶经开区实现营业收入1,036.5亿元，同比增长21.3%。",
     [("520.3亿元", ""), ("8.6%", ""), ("1,036.5亿元", "上饶经开区"), ("21.3%", "上饶经开区")]),
    # … also after a frame, with a park named only after the figure
    ("", "连云港开发区规划面积226平方公里。放到全市看，连云港市去年GDP为4363.6亿元，开发区营收大约相当于全市的三成。",
     [("226平方公里", "连云港开发区"), ("4363.6亿元", ""), ("三成", "连云港开发区")]),
    # a company's home before its site (金川防城港…项目) is no place a sentence is about; a province
    # before its city is
    ("", "防城港经开区全年完成规上工业总产值2,150亿元。金川防城港铜冶炼项目电解铜产量达40.2万吨。\n"
         "防城港经开区新增企业12家。广西防城港市全年港口货物吞吐量达1.83亿吨。",
     [("2,150亿元", "防城港经开区"), ("40.2万吨", "防城港经开区"), ("12家", "防城港经开区"), ("1.83亿吨", "")]),
    # an aside in brackets that opens on a whole place is the place's
    ("", "安庆经开区实现规上工业总产值865.4亿元，增速高于全市2.1个百分点（全市规上工业总产值增长9.1%）。",
     [("865.4亿元", "安庆经开区"), ("2.1个百分点", "安庆经开区"), ("9.1%", "")]),
    # … or on a place's average just before it (低于X市平均水平（…）)
    ("", "今年前三季度，铜陵经开区PM2.5平均浓度为29微克/立方米，低于铜陵市平均水平（34微克/立方米）；"
         "园区规上工业增加值增长9.6%，高于全国平均水平（5.1%）。",
     [("29微克/立方米", "铜陵经开区"), ("34微克/立方米", ""), ("9.6%", "铜陵经开区"), ("5.1%", "")]),
    # … or right after the place (高于全市（7.1%）); an average over several parks is no subject
    ("", "宿州经开区规上工业增加值增长8.8%，高于全市（6.9%）1.9个百分点；亩均税收仅为全省国家级经开区平均水平的七成左右。",
     [("8.8%", "宿州经开区"), ("6.9%", ""), ("1.9个百分点", "宿州经开区"), ("七成左右", "宿州经开区")]),
    ("", "衡阳综合保税区发展提速。一是空间趋紧，综保区可供出让的工业用地已不足300亩；二是外资乏力，2023年衡阳市"
         "实际使用外资1.86亿美元，同比下降14.2%。",
     [("不足300亩", "衡阳综合保税区"), ("1.86亿美元", ""), ("14.2%", "")]),
    # a quotation's 园区 opening a paragraph, after a paragraph that names one park only
    ("滁州市深化苏皖合作见闻", "冬日的滁州，塔吊林立。苏滁高新区今年实现规上工业总产值486亿元。\n“园区累计引进项目420余个。”负责人介绍。",
     [("486亿元", "苏滁高新区"), ("420余个", "苏滁高新区")]),
    # a title that joins two parks (与) is about both: a company's totals before either is named
    # are no park's
    ("一家光伏企业的双基地布局：滁州经开区与苏滁现代产业园两翼齐飞",
     "3月15日，明辉新能源发布业绩快报。总部位于滁州市的明辉新能源全年实现营业收入186.4亿元。\n"
     "公司的两大生产基地分别位于滁州经济技术开发区和苏滁现代产业园。\n滁州经开区基地总投资56亿元。",
     [("186.4亿元", ""), ("56亿元", "滁州经济技术开发区")]),
    # a paragraph that opens on what belongs to a park (X是Y的链主企业) is about that park
    ("两大园区产能加速释放", "在遂宁经开区，蜂巢能源基地规划总产能20GWh。\n"
                    "天齐锂业射洪基地是射洪经济开发区的“链主”企业。该基地现有碳酸锂产能2.5万吨/年。",
     [("20GWh", "遂宁经开区"), ("2.5万吨/年", "射洪经济开发区")]),
    # a sentence opening with 其中 counts a part of what the sentence before placed in a park
    ("崇左赴港招商推介会签约项目26个", "6月17日，招商推介会在香港举行。现场共签约项目26个，均落户凭祥综合保税区，总投资186.5亿元。"
                          "其中港资项目11个，协议投资额42亿港元。",
     [("26个", "凭祥综合保税区"), ("186.5亿元", "凭祥综合保税区"), ("11个", "凭祥综合保税区"), ("42亿港元", "凭祥综合保税区")]),
])
def test_clauses_continue_their_subject(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # parks summed with their short names in brackets; a comparison among several (三大园区中) is
    # no subject the next bare 园区 takes up
    ("", "新竹科学园区（竹科）、南部科学园区（南科）全年营业额合计新台币4兆687亿元。\n"
         "竹科去年营业额1兆5,281亿元，年减12.3%，为三大园区中跌幅最大者；园区就业人数16万5,318人。",
     [("4兆687亿元", ""), ("1兆5,281亿元", "新竹科学园区"), ("12.3%", "新竹科学园区"), ("16万5,318人", "新竹科学园区")]),
    # … nor is a ranking among several a subject the next part of the sentence takes up
    ("", "济宁高新技术产业开发区经济运行总体平稳。全区实现营业收入1,563.8亿元,在全省13家国家级高新区中居第4位;"
         "实现税收收入68.4亿元,同比增长6.1%。",
     [("1,563.8亿元", "济宁高新技术产业开发区"), ("68.4亿元", "济宁高新技术产业开发区"), ("6.1%", "济宁高新技术产业开发区")]),
    # a kind word counted, or after 全区/全市/三大/三个国家级 …, names several parks: no one park's
    ("永康市智能五金小微企业园建成投用",
     "永康市智能五金小微企业园建成投用。\n截至去年底，永康市已建成小微企业园31个，入园企业1400余家；"
     "去年全市小微企业园实现产值215亿元。",
     [("31个", ""), ("1400余家", ""), ("215亿元", "")]),
    ("合肥高新区发展报告", "合肥高新区发布年报。全市三大园区营业收入合计约2600亿元，增长6.5%。",
     [("约2600亿元", ""), ("6.5%", "")]),
    # ... with the parks it sums listed before it
    ("", "2023年，南京经开区、江宁经开区、南京高新区三个国家级园区共实现规上工业总产值约9800亿元。",
     [("约9800亿元", "")]),
    # ... or the zone that holds them all: a list of short names sharing one kind word
    ("", "宁波杭州湾新区辖有滨海、庵东和前湾产业园，总规划面积约355平方公里。",
     [("约355平方公里", "宁波杭州湾新区")]),
    # … and parks listed before a total word, with no kind word counting them (三大平台)
    ("", "西安高新技术产业开发区、西安经济技术开发区和西咸新区三大平台合计实现营业收入超7000亿元。西安高新区营收增长5%。",
     [("超7000亿元", ""), ("5%", "西安高新技术产业开发区")]),
    # … also in the clauses after the total (its share of the city)
    ("", "西安高新技术产业开发区、西安经济技术开发区和西咸新区三大平台合计实现营业收入超7000亿元，占全市的比重约六成。",
     [("超7000亿元", ""), ("约六成", "")]),
    ("", "佛山国家高新技术产业开发区“一区五园”中，佛山高新区顺德园共推进村改项目21个。",
     [("21个", "佛山高新区顺德园")]),
    # … but not a park in a clause before the listed members, some of them names the article
    # defines only later (中科, 南科)
    ("竹科去年营业额1.38兆元", "国科会公布科学园区营运统计，竹科、中科、南科三大科学园区营业额合计新台币3兆9,330亿元。\n"
                        "新竹科学园区（竹科）去年营业额1.38兆元。",
     [("3兆9,330亿元", ""), ("1.38兆元", "新竹科学园区")]),
    # … and a zone right before its own parts (两个片区) is what they sum to, but a park listed with
    # others before them is one of them
    ("", "记者从管委会获悉，川渝高竹新区两个片区合计完成产值超过300亿元，增长9%。",
     [("超过300亿元", "川渝高竹新区"), ("9%", "川渝高竹新区")]),
    ("", "记者获悉，江北片、江南片两个片区合计完成产值120亿元。", [("120亿元", "")]),
    ("", "上半年，深汕特别合作区三个园区合计完成规上工业总产值二百一十亿元。", [("二百一十亿元", "深汕特别合作区")]),
])
def test_several_parks_at_once(title, text, expected):
    assert parks_of(text, title) == expected


def test_a_field_label_is_no_speaker_s_name():
    # 营业收入： opens a line as a field, not as a speaker's turn: the section heading's park
    text = "江宁经济技术开发区实现营业收入4689.2亿元。\n1. 南京江北新区\n营业收入：1—9月累计8,425.6亿元。"
    assert parks_of(text, "") == [("4689.2亿元", "江宁经济技术开发区"), ("8,425.6亿元", "南京江北新区")]


@pytest.mark.parametrize("title, text, expected", [
    # a figure on a label line takes the park named on the label lines above it (a land notice)
    ("", "地块编号：苏园土挂(2024)08号\n地块位置：苏州工业园区星湖街以东、金鸡湖大道以南\n土地用途：工业用地\n"
         "出让面积：25000平方米\n起始价：8600万元",
     [("25000平方米", "苏州工业园区"), ("8600万元", "苏州工业园区")]),
    # ... or on the line of prose that opens the table (a planning notice)
    ("", "某公司项目规划公示\n该项目位于合肥经开区新能源汽车产业园内，总投资约12亿元。\n总用地面积：52000㎡\n绿地率：12.5%",
     [("约12亿元", "合肥经开区新能源汽车产业园"), ("52000㎡", "合肥经开区新能源汽车产业园"),
      ("12.5%", "合肥经开区新能源汽车产业园")]),
    # ... but not past a line that is no label
    ("", "地块位置：苏州工业园区星湖街以东\n联系人：张先生\n附：全市土地市场简况\n一季度出让面积：12000平方米",
     [("12000平方米", "")]),
    # a data card: each park's heading over labels on their own lines, each over its figure; a
    # marked heading (▍) under a park's names a part of it, or heads a project in it
    ("数读｜两大园区成绩单", "2023年，全市实现地区生产总值3779.6亿元。一起来看↓\n平湖经济技术开发区\n营业收入\n1,256亿元\n"
                      "同比增长9.3%\n入驻企业\n超4000家\n▍平湖智造产业园\n占地面积\n1600亩\n嘉善经济技术开发区\n营业收入\n682亿元\n"
                      "税收收入\n48.7亿元\n同比下降3.2%\n▍某光电项目\n总投资300亿元，全年实现产值约120亿元。",
     [("3779.6亿元", ""), ("1,256亿元", "平湖经济技术开发区"), ("9.3%", "平湖经济技术开发区"), ("超4000家", "平湖经济技术开发区"),
      ("1600亩", "平湖智造产业园"), ("682亿元", "嘉善经济技术开发区"), ("48.7亿元", "嘉善经济技术开发区"),
      ("3.2%", "嘉善经济技术开发区"), ("300亿元", "嘉善经济技术开发区"), ("约120亿元", "嘉善经济技术开发区")]),
    # a numbered section's head after bullets that name several parks still opens its section
    ("两区对标分析", "二、佛山国家高新技术产业开发区\n■ 营业收入7,860亿元,同比增长5.2%\n◆ 顺德园内美的集团研发投入约160亿元\n"
               "◆ 南海园、顺德园合计贡献全区营收的六成以上\n◆ 三水园营收增速回落\n三、东莞松山湖高新技术产业开发区\n"
               "■ 营业收入4,120亿元,同比增长6.9%",
     [("7,860亿元", "佛山国家高新技术产业开发区"), ("5.2%", "佛山国家高新技术产业开发区"), ("约160亿元", "顺德园"),
      ("六成以上", ""), ("4,120亿元", "东莞松山湖高新技术产业开发区"), ("6.9%", "东莞松山湖高新技术产业开发区")]),
])
def test_tables_of_label_lines(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a zone's known local name alone names it, though it is not the article's park (西海岸),
    # and though it is also a district's name (南沙: the new area is the district)
    ("烟台开发区经济运行", "烟台开发区上半年经济运行稳中有进。另一边，青岛西海岸新区也交出成绩单。"
                      "西海岸现有市场主体40万户，新增企业1.2万家。",
     [("40万户", "青岛西海岸新区"), ("1.2万家", "青岛西海岸新区")]),
    ("珠海高新区发展报告", "珠海高新区经济运行稳中有进。另一边，广州南沙新区也交出成绩单。南沙现有港澳资企业3300家。",
     [("3300家", "广州南沙新区")]),
    # a national zone's nickname (parks_gazetteer.tsv) names it, in an article about its city
    ("天津上半年经济运行", "上半年，全市地区生产总值增长5.1%。天津经济技术开发区工业总产值下降2.3%。"
                      "另一方面，泰达新设外资企业120家，占全市的三成。",
     [("5.1%", ""), ("2.3%", "天津经济技术开发区"), ("120家", "天津经济技术开发区"), ("三成", "天津经济技术开发区")]),
    ("“光谷”“车谷”双轮驱动", "武汉市上半年汽车产量58万辆。车谷汽车产量47万辆，约占全市的八成。",
     [("58万辆", ""), ("47万辆", "车谷"), ("八成", "车谷")]),
    # a zone's own name alone, no place in it (洋浦 for 洋浦经济开发区), in an article of several
    # zones: a terminal named by it after a port's opening is the zone's
    ("全省重点园区成绩单出炉", "海口高新区营业收入增长12.3%。\n洋浦经济开发区则持续发挥港口优势。前三季度，洋浦经开区进出口总额"
                       "增长15.1%。港口方面，洋浦国际集装箱码头完成集装箱吞吐量166.8万标箱。",
     [("12.3%", "海口高新区"), ("15.1%", "洋浦经济开发区"), ("166.8万标箱", "洋浦经济开发区")]),
])
def test_a_zone_named_by_its_local_name(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # an opening before the subject (同日, 放眼) leaves a place's sentence the place's
    ("宁乡经开区一季度经济运行", "宁乡经开区一季度规上工业增加值增长9.2%。同日，宁乡市还发布了一季度经济数据："
                           "全市地区生产总值完成398.6亿元，增长5.1%。",
     [("9.2%", "宁乡经开区"), ("398.6亿元", ""), ("5.1%", "")]),
    ("合肥高新区年报", "合肥高新区实现营业收入3000亿元。放眼全省，规上工业增加值增长7.1%。",
     [("3000亿元", "合肥高新区"), ("7.1%", "")]),
    # a writer taking up a park (再说), and a whole (整个) before a city
    ("两个园区怎么选", "先说江宁开发区，企业有三千多家。\n\n再说溧水开发区，车企扎堆。我去的那家一个厂区就两三千人。"
                  "整个溧水区GDP都八百多亿了。",
     [("三千多家", "江宁开发区"), ("两三千人", "溧水开发区"), ("八百多亿", "")]),
    # a survey by area and a reporter's source open a sentence about a place
    ("增城经开区前三季度经济运行", "增城经开区新增企业120家。从全区看，增城区前三季度新增企业2300家。"
                            "记者从增城区统计局获悉，2024年，增城区完成地区生产总值1200亿元。",
     [("120家", "增城经开区"), ("2300家", ""), ("1200亿元", "")]),
    # a whole source opening, not the time word it starts with (据统计处数字, not 据统计)
    ("南沙新区加快建设", "南沙新区新增企业8000家。据统计处数字，广州全市研发投入达1000亿元。",
     [("8000家", "南沙新区"), ("1000亿元", "")]),
    # 同一时期 opens a paragraph before the park it is about: a bare 园区 after it is that park's
    ("南通经开区前三季度工业经济稳中有进", "南通经开区规上工业产值增长8.2%。\n同一时期，如皋经济技术开发区同样交出亮眼答卷。"
                                 "如皋经开区产值增长11.4%。目前园区从业人员超过8.6万人。",
     [("8.2%", "南通经开区"), ("11.4%", "如皋经济技术开发区"), ("超过8.6万人", "如皋经济技术开发区")]),
    # a broadcast transcript's turn label before the frame of a paragraph about a project in a park
    ("新闻联播 | 两区重点项目建设跑出加速度", "【记者】1到5月，德州经开区在建亿元以上项目126个。\n"
                                  "【记者】在禹城高新区南部的储能电池项目现场，一期厂房已经封顶。项目规划产能20GWh。",
     [("126个", "德州经开区"), ("20GWh", "禹城高新区")]),
    # a sub-district named, then called 街道: its figures are no park's
    ("乐清经济开发区小微企业园投用", "乐清经济开发区小微企业园入驻企业36家。\n翁垟街道是乐清电气产业重镇。今年上半年，街道规上工业产值"
                           "完成86.4亿元。",
     [("36家", "乐清经济开发区小微企业园"), ("86.4亿元", "")]),
    # a scope stated for the sentence (就全市而言), and a bare kind word summed (园区合计): the
    # city's parks together, no one park's
    ("莆田高新区营收增长", "莆田市工业园区发展报告发布。莆田高新区营收增长6%。就全市而言，莆田市今年工业园区合计实现营收2100亿元。",
     [("6%", "莆田高新区"), ("2100亿元", "")]),
    # … and a Hong Kong paper's quarters before the city's figures, in an article about a park
    ("梅州高新区电子信息产业提速", "梅州高新区新签约项目27个。\n记者从梅州市政府获悉，今年首三季，梅州地区生产总值达1,012.3亿元。",
     [("27个", "梅州高新区"), ("1,012.3亿元", "")]),
])
def test_openings_before_a_place(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # after 分别, each figure is its own subject's: that subject's park, or, when it names none,
    # not the park another subject of the list names
    ("", "合肥高新区和合肥经开区营业收入分别增长12%和9%。",
     [("12%", "合肥高新区"), ("9%", "合肥经开区")]),
    ("宁波经开区重大项目集中开工", "宁波经开区重大项目集中开工。吉利汽车产业园项目、均胜智造项目和舜宇光电项目"
                            "分别投资50亿元、30亿元、20亿元。",
     [("50亿元", "吉利汽车产业园"), ("30亿元", "宁波经开区"), ("20亿元", "宁波经开区")]),
    # a second 分别 whose clause lists no subjects pairs with the first one's list
    ("", "前三季度，嘉兴经开区、嘉兴高新区分别完成工业产值860亿元、540亿元，分别增长9.1%和6.3%。",
     [("860亿元", "嘉兴经开区"), ("540亿元", "嘉兴高新区"), ("9.1%", "嘉兴经开区"), ("6.3%", "嘉兴高新区")]),
    # a later sentence that counts the subjects (三个平台) instead of listing them pairs with the list
    # of as many parks its paragraph gave last
    ("", "衢州智造新城、江山经济开发区和龙游经济开发区三个平台营收合计超两千亿元。三个平台税收收入分别为56.2亿元、"
         "14.8亿元和11.3亿元。",
     [("超两千亿元", ""), ("56.2亿元", "衢州智造新城"), ("14.8亿元", "江山经济开发区"), ("11.3亿元", "龙游经济开发区")]),
    # … and a 分别 after a semicolon pairs with the list of the sentence's first
    ("", "从企业结构看，嘉兴经开区、平湖经开区的规上工业企业分别为1,286家、742家；高新技术企业分别为612家、389家。",
     [("1,286家", "嘉兴经开区"), ("742家", "平湖经开区"), ("612家", "嘉兴经开区"), ("389家", "平湖经开区")]),
])
def test_respectively(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a bare 园区 after a park named earlier in its sentence is that park, not the article's
    ("湖州经开区三季度经济运行", "湖州经开区加快建设。开发区内的湖州智能装备产业园入驻企业38家，园区已建成厂房12万平方米。"
                          "园区实现产值60亿元。",
     [("38家", "湖州智能装备产业园"), ("12万平方米", "湖州智能装备产业园"), ("60亿元", "湖州经开区")]),
    # a bare full kind word after its park in the same paragraph is that park, and so is 园区 after it
    ("株洲高新区、株洲经开区发展提速", "株洲高新区加快建设。位于高新区的株洲轨道交通产业园占地1200亩。"
                            "产业园今年新引进企业十二家，园区亩均税收达到30万元。",
     [("1200亩", "株洲轨道交通产业园"), ("十二家", "株洲轨道交通产业园"), ("30万元", "株洲轨道交通产业园")]),
    # a bare 园区 in a paragraph that a park's name opens (after an opening phrase) is that park
    ("昆山开发区交出年度成绩单", "昆山开发区全年实现地区生产总值1500亿元。\n"
                          "作为开发区对台合作的主要平台，昆山光电产业园已集聚台资企业60余家。2023年，园区实现产值420亿元，"
                          "增长6.5%。\n园区之外，开发区新增外资项目35个。",
     [("1500亿元", "昆山开发区"), ("60余家", "昆山光电产业园"), ("420亿元", "昆山光电产业园"),
      ("6.5%", "昆山光电产业园"), ("35个", "昆山开发区")]),
    # in an article of no one park (a city's report), a bare 园区 is the park named last before it
    # in its paragraph
    ("无锡市政府工作报告", "全市实现地区生产总值1.55万亿元。\n"
                  "全市开发园区贡献了七成的工业产值。无锡高新区实现地区生产总值2450亿元。园区新认定高新技术企业二百余家。\n"
                  "园区建设之外，全市新增市场主体12万户。",
     [("1.55万亿元", ""), ("七成", ""), ("2450亿元", "无锡高新区"), ("二百余家", "无锡高新区"), ("12万户", "")]),
    # ... and a paragraph that opens with 园区 goes on with the park whose section the paragraph
    # before opens (a report's （一）, broken into paragraphs where its PDF's lines end)
    ("全省开发区发展情况的报告", "截至2023年底，全区共有开发区23个，实现规上工业总产值5380亿元。\n"
                        "（一）银川经济技术开发区。银川经开区完成产值612.4亿元。\n"
                        "园区入驻规上工业企业156家。\n（二）宁东能源化工基地。宁东基地实现产值2106亿元。",
     [("23个", ""), ("5380亿元", ""), ("612.4亿元", "银川经济技术开发区"), ("156家", "银川经济技术开发区"),
      ("2106亿元", "宁东能源化工基地")]),
    # ... and so is one in a paragraph that a frame of place and a phrase ending in 的 open before
    # the park they lead to (在X新区，地处…的Y高新区…。园区企业…), not the article's main park
    ("湖口金砂湾工业园一季度实现开门红", "一季度，湖口县金砂湾工业园实现产值156.3亿元。园区新增企业12家。\n"
                              "在赣江新区，地处共青组团的共青城高新区完成产值82.4亿元。园区企业鸭鸭股份线上销售额18.5亿元。",
     [("156.3亿元", "湖口县金砂湾工业园"), ("12家", "湖口县金砂湾工业园"), ("82.4亿元", "共青城高新区"),
      ("18.5亿元", "共青城高新区")]),
    # … and one after a sentence that a frame of another park opens, in a paragraph another park
    # opens, is the framed park (a transcript's 【解说】 before the paragraph's subject)
    ("西宁经开区上半年工业总产值增长15%", "【解说】甘河工业园区集聚企业一百六十余家。在经开区南川工业园区，锂电产业链不断延伸。"
                                 "上半年园区新开工项目十八个。",
     [("一百六十余家", "甘河工业园区"), ("十八个", "南川工业园区"), ("15%", "西宁经开区")]),
    ("西宁经开区上半年工业总产值增长15%", "甘河工业园区集聚企业一百六十余家。南川工业园区的锂电产业链不断延伸。"
                                 "上半年园区新开工项目十八个。",
     [("一百六十余家", "甘河工业园区"), ("十八个", "甘河工业园区"), ("15%", "西宁经开区")]),
])
def test_a_bare_yuanqu_after_a_park_in_its_sentence(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a kind word that abbreviates the name's end too (山西综改区 of 山西转型综合改革示范区), and alone
    ("武宿综保区进出口逆势增长", "山西转型综合改革示范区和太原武宿综合保税区发布前三季度数据。太原武宿综合保税区进出口总额增长12.9%。\n"
                      "山西综改区新登记市场主体1.2万户，综改区新增入统企业286家。",
     [("12.9%", "太原武宿综合保税区"), ("1.2万户", "山西转型综合改革示范区"), ("286家", "山西转型综合改革示范区")]),
    # a science or software park's two initials (內科 for 內湖科技園區, 南软 for 南港软体工业园区),
    # not a word they begin (内科技)
    ("内科营收微降 南软逆势成长", "内湖科技园区去年营收下降4.6%，南港软体工业园区营收增长2.3%。\n"
                        "内科厂商以电子业为主，贡献约六成营收。南软厂商共612家，内科技术人才增加1万人。",
     [("4.6%", "内湖科技园区"), ("2.3%", "南港软体工业园区"), ("约六成", "内湖科技园区"), ("612家", "南港软体工业园区"),
      ("1万人", "南港软体工业园区")]),
    # initials from the place's last character (竹科 for 新竹科学园区), but not a member a bracket
    # lists after a group (三大科学园区（竹科、中科、南科）合计…)
    ("竹科去年营业额年减8.7%", "新竹科学园区管理局公布营运成果。竹科有效核准厂商607家，较前年增加11家。"
                         "全国三大科学园区（竹科、中科、南科）合计营业额3.81兆元。",
     [("607家", "新竹科学园区"), ("11家", "新竹科学园区"), ("3.81兆元", ""), ("8.7%", "新竹科学园区")]),
    # a part named after its zone (南部科学园区台南园区, a caption's) leaves the initials the zone's
    ("南科营收创新高", "南部科学园区去年营业额达新台币1兆200.5亿元。台南园区营业额8,100亿元。\n"
                 "南部科学园区台南园区一景。\n南科有效核准厂商共231家。",
     [("1兆200.5亿元", "南部科学园区"), ("8,100亿元", "台南园区"), ("231家", "南部科学园区")]),
])
def test_a_kind_word_that_abbreviates_the_name(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # an interviewee's 我们 and 这里 are their park, not the city a sentence before spoke of
    ("——访合肥高新区管委会主任", "答：去年合肥高新区营业收入1.2万亿元。合肥全市地区生产总值12673亿元，我们占了10%左右。"
                       "这里聚集了各类企业超过9万家。",
     [("1.2万亿元", "合肥高新区"), ("12673亿元", ""), ("10%左右", "合肥高新区"), ("超过9万家", "合肥高新区")]),
    # ... and without a park before them in the paragraph, the article's
    ("合肥高新区：向新而行", "答：合肥全市地区生产总值12673亿元，我们占了10%左右。",
     [("12673亿元", ""), ("10%左右", "合肥高新区")]),
    # ... and in an answer that names other parks to compare with, still the interviewee's park
    ("——专访长沙经济技术开发区党工委书记", "答：长沙高新区去年营收增速达到9.8%，比我们高出5.5个百分点。"
                                  "我们的优势在于产业链完整，全区配套企业800多家，本地配套率近70%。",
     [("9.8%", "长沙高新区"), ("5.5个百分点", "长沙高新区"), ("800多家", "长沙经济技术开发区"),
      ("近70%", "长沙经济技术开发区")]),
    # ... or the park the answer's caption names
    ("", "问：园区如何引育企业？\n答（贵阳高新区管委会副主任 刘洋）：与贵阳经开区相比，我们的优势在软件。"
         "去年我们新增大数据企业三百余家。",
     [("三百余家", "贵阳高新区")]),
    # a transcript's turn headed by the speaker's name in brackets: every paragraph of it is the
    # park the speaker was introduced with, and the host's turn is no park's
    ("发布会实录", "发布人：\n烟台开发区管委副主任　孙立\n莱山经开区管委会副主任　周涛\n【主持人　韩梅】\n"
                "今天两位负责同志介绍情况。\n【孙立】\n总体情况是好的。\n工业投资增长了百分之十二点六。\n"
                "【周涛】\n第一个数，去年我们在建项目是48个。",
     [("百分之十二点六", "烟台开发区"), ("48个", "莱山经开区")]),
    # a quotation's 我们 is the park of the speaker named after it, as the text introduced them,
    # not the park of the paragraph before
    ("吉安经开区：电子信息产业提速", "“园区电子信息企业已有186家。”吉安经开区管委会主任周明介绍。\n"
                            "位于经开区内的吉安综合保税区，今年进出口额增长18%。\n"
                            "“今年我们新建标准厂房8万平方米。”周明说。",
     [("186家", "吉安经开区"), ("18%", "吉安综合保税区"), ("8万平方米", "吉安经开区")]),
    # a writer's 该区 is the park named last before it, in its paragraph or the one before
    ("", "与九江经开区不同，湖口高新区去年实现营收587亿元；该区研发投入占营收比重达到3.2%。",
     [("587亿元", "湖口高新区"), ("3.2%", "湖口高新区")]),
    ("", "记者从昆山经济技术开发区获悉，昆山开发区实现进出口总额2915亿元，约占全市的六成。\n"
         "该区实际使用外资3.6亿美元，同比下降4.5%。",
     [("2915亿元", "昆山经济技术开发区"), ("六成", "昆山经济技术开发区"), ("3.6亿美元", "昆山经济技术开发区"),
      ("4.5%", "昆山经济技术开发区")]),
    # ... past a sentence about a place (a quoted official of the district)
    ("科技之城——广州开发区高质量发展观察", "创新是该区最鲜明的底色。“全区研发经费投入达到253.7亿元。”黄埔区科技局局长介绍。"
                              "目前，该区拥有高新技术企业2,800余家，上市企业78家。",
     [("253.7亿元", "广州开发区"), ("2,800余家", "广州开发区"), ("78家", "广州开发区")]),
    ("科技之城——广州开发区高质量发展观察", "从广州市中心一路向东，便进入了广州经济技术开发区。40年前，这里还是一片滩涂；"
                              "如今，这里集聚市场主体超过15万户，世界500强企业投资项目超过260个。",
     [("超过15万户", "广州经济技术开发区"), ("超过260个", "广州经济技术开发区")]),
])
def test_a_speaker_s_own_park(title, text, expected):
    assert parks_of(text, title) == expected


def test_a_speaker_s_later_turns_keep_their_head_through_cleaning():
    """A transcript repeats each speaker's turn head (【孙立】) at every answer: cleaning keeps each
    one, so the second answer is still the speaker's park, not the park of the turn before."""
    from parktool.clean import clean_text
    text = clean_text(
        "发布会实录\n【主持人　韩梅】\n"
        "各位记者朋友，大家上午好！欢迎参加今天的新闻发布会，请烟台开发区管委副主任孙立、莱山经开区管委会副主任周涛"
        "介绍上半年经济运行情况，并回答大家关心的问题。\n"
        "【孙立】\n总体情况是好的，工业投资增长了百分之十二点六。\n【周涛】\n去年我们在建项目是48个，今年还要多。\n"
        "【记者】\n请问孙立先生，下半年如何应对？\n【孙立】\n谢谢。剔除这些因素，同口径增长5.6%。\n"
        "【记者】\n请问周涛先生，营商环境有何举措？\n【周涛】\n谢谢你的提问。上半年，共有9个项目实现拿地即开工。\n").text
    assert text.count("【孙立】") == 2 and text.count("【周涛】") == 2
    assert parks_of(text, "发布会实录") == [("百分之十二点六", "烟台开发区"), ("48个", "莱山经开区"),
                                       ("5.6%", "烟台开发区"), ("9个", "莱山经开区")]


def test_a_taiwan_city_is_a_place():
    text = "中部科学工业园区营业额为新台币1兆235亿元。台中市经发局指出，台中市工厂登记家数达3万5,800家。"
    assert parks_of(text, "中科营业额公布") == [("1兆235亿元", "中部科学工业园区"), ("3万5,800家", "")]


@pytest.mark.parametrize("title, text, expected", [
    # a paragraph that opens with a subject phrase ending in 的 is about the park after 的, not
    # the one named inside the phrase
    ("常熟经开区上半年经济运行", "常熟经开区实现营收900亿元。\n与常熟经开区毗邻的常熟高新区同样表现亮眼。"
                          "该区高新技术企业达到420家，较去年底净增35家。",
     [("900亿元", "常熟经开区"), ("420家", "常熟高新区"), ("35家", "常熟高新区")]),
])
def test_the_head_of_a_subject_phrase(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # an opening phrase a comma closes (作为…，随着…，依托…，) stands before the subject: the
    # paragraph is about the park after it
    ("苏州工业园区生物医药产业发展报告", "苏州工业园区实现营收1200亿元。\n作为园区的核心片区，苏州生物医药产业园集聚了"
     "大批创新企业。2023年，信达生物等龙头企业产值达到86亿元。",
     [("1200亿元", "苏州工业园区"), ("86亿元", "苏州生物医药产业园")]),
    ("株洲高新区上半年经济运行", "株洲高新区实现规上工业增加值增长8%。\n随着一批项目陆续投产，株洲经开区动力强劲。"
     "上半年，中车时代电气新增订单120亿元。",
     [("8%", "株洲高新区"), ("120亿元", "株洲经开区")]),
    # a city's figure stays the city's when a park is named only in a later clause
    ("成都高新区年报", "2023年成都市电子信息产业规模突破1.6万亿元，成都高新区贡献超过四成。",
     [("突破1.6万亿元", ""), ("超过四成", "成都高新区")]),
    # a county's short form before a company word names the company (吉利 of 洛阳's 吉利区)
    ("宁波杭州湾新区汽车产业", "宁波杭州湾新区集聚汽车企业200家。\n吉利汽车杭州湾基地产值超过800亿元。",
     [("200家", "宁波杭州湾新区"), ("超过800亿元", "宁波杭州湾新区")]),
    # ... and before 能源 (宝丰能源, of 平顶山's 宝丰县), in a clause after another's
    ("宁东基地年报", "宁东能源化工基地完成产值2,615亿元。基地内，煤制油项目生产油品约430万吨；宝丰能源制氢项目新增绿氢产能3万吨/年。",
     [("2,615亿元", "宁东能源化工基地"), ("约430万吨", "宁东能源化工基地"), ("3万吨/年", "宁东能源化工基地")]),
    # a clause about the whole city after one about a park is the city's, and so is a whole that
    # a bracket says takes a park in (全市（含贵安新区）)
    ("", "最高的慈溪高新区达到41.2万元/亩，全市工业用地亩均税收约28万元/亩。",
     [("41.2万元/亩", "慈溪高新区"), ("约28万元/亩", "")]),
    ("", "贵安新区规上工业总产值118.6亿元。全市（含贵安新区）规上工业增加值增长7.1%。",
     [("118.6亿元", "贵安新区"), ("7.1%", "")]),
    # ... but not a 全国 or 全球 that modifies what the park's figure measures
    ("", "光谷光纤光缆国内市场占有率超过50%，全球市场占有率约25%。",
     [("超过50%", "光谷"), ("约25%", "光谷")]),
    ("", "光谷光缆产量增长12%，全市场份额达到约25%。", [("12%", "光谷"), ("约25%", "光谷")]),
])
def test_openings_closed_by_a_comma(title, text, expected):
    assert parks_of(text, title) == expected


def test_a_park_that_issues_the_document_is_its_main_park():
    # a park's own report names it in its title only, as the issuer (X管委会…工作总结), and says
    # 全区 and 该区 for it: its figures are the park's, though the body names a smaller park more
    title = "烟台经济技术开发区管委会2023年工作总结"
    text = ("全区完成税收收入238.6亿元，同比增长4.7%。烟台综合保税区实现进出口额326亿元，综保区进出口增速居全省第二。\n"
            "二、存在问题\n一是工业投资下降5.3%。\n"
            "2024年，该区预期税收收入增长6%左右，力争综保区进出口额增长10%。")
    assert parks_of(text, title) == [("238.6亿元", "烟台经济技术开发区"), ("4.7%", "烟台经济技术开发区"),
                                     ("326亿元", "烟台综合保税区"), ("5.3%", "烟台经济技术开发区"),
                                     ("6%左右", "烟台经济技术开发区"),
                                     ("10%", "烟台综合保税区")]


def test_a_short_form_that_ends_the_title_park_names_it():
    # 前湾新区 reads as a descriptor-only name, yet it ends 宁波前湾新区: each is a naming, so
    # the article is about the park of its title even when another park is named as often
    text = ("宁波前湾新区实现产值2900亿元。\n慈溪高新区、慈溪经开区和余姚经开区协同发展，慈溪高新区企业达到80家，慈溪高新区再获殊荣。"
            "\n前湾新区规上企业新增30家，前湾新区新落地项目12个。\n新引进项目总投资120亿元。")
    assert parks_of(text, "宁波前湾新区又有大动作") == [
        ("2900亿元", "宁波前湾新区"), ("80家", "慈溪高新区"), ("30家", "宁波前湾新区"), ("12个", "宁波前湾新区"),
        ("120亿元", "宁波前湾新区")]


@pytest.mark.parametrize("title, text, expected", [
    # several counted (三个平台, 两大片区) or a city's own office as the subject: no one park's
    ("西安高新区一季度经济运行", "西安高新区实现营收1200亿元。\n两大片区合计完成投资300亿元。",
     [("1200亿元", "西安高新区"), ("300亿元", "")]),
    ("长沙经开区一季度经济运行", "长沙经开区实现产值800亿元。\n市工业和信息化局负责人表示，全年力争工业投资增长10%以上。",
     [("800亿元", "长沙经开区"), ("10%以上", "")]),
    # the parks a figure ranks among are no subject: the difference is the ranked park's own
    ("新闻发布会实录", "李明：2023年，曲靖经开区实现营业收入3,256亿元；规上工业增加值增长10.3%，增速位居全省经开区第一位，"
                "高于全省平均1.8个百分点。",
     [("3,256亿元", "曲靖经开区"), ("10.3%", "曲靖经开区"), ("1.8个百分点", "曲靖经开区")]),
    # a list of parks closed by 等 before a bare kind word is several parks: their total no one's
    ("重点建设项目清单公布", "市发展和改革局印发清单，江门高新技术产业开发区、鹤山工业城等园区共20个项目入选。",
     [("20个", "")]),
    # a park in a bracket of words about the park before it is no subject
    ("本周园区动态", "湖州经济技术开发区（属南太湖新区管理）本周签约项目2个，总投资12亿元。",
     [("2个", "湖州经济技术开发区"), ("12亿元", "湖州经济技术开发区")]),
])
def test_subjects_that_are_no_one_park(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a holiday or season, a source (据测算，) or a quotation's closing mark before the subject
    # leaves a city's sentence the city's
    ("长春新区冰雪产业", "长春新区冰雪装备企业达到40家。\n据测算，春节假期长春市接待游客520万人次。",
     [("40家", "长春新区"), ("520万人次", "")]),
    ("崇礼冰雪产业园年报", "崇礼冰雪产业园集聚企业60家。\n整个雪季，张家口市冰雪旅游收入有望达到90亿元。",
     [("60家", "崇礼冰雪产业园"), ("90亿元", "")]),
    ("吉林高新区冰雪经济", "吉林高新区实现营收300亿元。\n“冰雪是吉林的名片。”吉林市文旅局负责人介绍，全市储备项目三十余个。",
     [("300亿元", "吉林高新区"), ("三十余个", "")]),
    # a connective opening, then Hong Kong's word for itself (本港): the city's figure
    ("香港科学园新一年", "香港科学园现有科技公司逾1,100家。\n整体而言，本港去年研发总开支为301.4亿港元，按年增加8%。",
     [("逾1,100家", "香港科学园"), ("301.4亿港元", ""), ("8%", "")]),
    # a post's topic tags open no subject: the paragraph opens with the park after them
    ("", "#满洲里# #口岸经济# 中俄满洲里互市贸易区人气回升。今年以来，入驻商户逾800户，实现交易额约12亿元。",
     [("逾800户", "中俄满洲里互市贸易区"), ("约12亿元", "中俄满洲里互市贸易区")]),
    # a short place name that is also an ordinary word opens no sentence about the place (中方, the
    # Chinese side; 中方县 is a county)
    ("", "中哈霍尔果斯国际边境合作中心接待旅客563.2万人次；中方区域入驻商户逾3000户。",
     [("563.2万人次", "中哈霍尔果斯国际边境合作中心"), ("逾3000户", "中哈霍尔果斯国际边境合作中心")]),
])
def test_holidays_sources_and_quotes_before_a_place(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a park inside 以X为Y is the frame's object: the figures are the subject's
    ("西安高新区一季度经济运行", "西安高新区实现营收1200亿元。\n长安科学城以西安高新区为核心区，一季度实现产值260亿元。",
     [("1200亿元", "西安高新区"), ("260亿元", "长安科学城")]),
])
def test_the_object_of_yi_wei(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a dateline before the subject: the sentence is the city's
    ("九江经开区上半年经济运行", "本报讯 今年上半年，九江市规上工业增加值增长6.8%。\n九江经开区实现营收520亿元。",
     [("6.8%", ""), ("520亿元", "九江经开区")]),
    ("九江经开区上半年经济运行", "本报讯（记者 王芳）九江市工业投资增长9.5%。\n九江经开区实现营收520亿元。",
     [("9.5%", ""), ("520亿元", "九江经开区")]),
    ("九江经开区上半年经济运行", "新华社南昌7月20日电（记者 李明）九江市工业投资增长9.5%。\n九江经开区实现营收520亿元。",
     [("9.5%", ""), ("520亿元", "九江经开区")]),
    # a paper's dateline with its place is no subject: the paragraph is the park's it opens on
    ("", "四川经济日报泸州讯 今年1—9月，泸州高新区实现营业收入892.6亿元。前三季度新签约项目31个。",
     [("892.6亿元", "泸州高新区"), ("31个", "泸州高新区")]),
    # a survey by area before a district: the district's
    ("紫竹高新区年报", "紫竹高新区实现税收42亿元。\n从所在区域看，闵行区一般公共预算收入280亿元。",
     [("42亿元", "紫竹高新区"), ("280亿元", "")]),
    ("和田经开区外贸", "和田经开区外贸进出口总额18亿元。\n从全地区看，和田地区外贸进出口总额45亿元，和田经开区贡献四成。",
     [("18亿元", "和田经开区"), ("45亿元", ""), ("四成", "和田经开区")]),
])
def test_datelines_and_surveys_before_a_place(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a paragraph opening inside a zone (区内企业…) is in the park the paragraph before is about
    ("赣州经开区、赣州高新区半年报", "赣州经开区实现产值600亿元。\n赣州高新技术产业开发区（赣州高新区）营收410亿元。"
     "\n区内企业稀金科技上半年营收12亿元。",
     [("600亿元", "赣州经开区"), ("410亿元", "赣州高新技术产业开发区"), ("12亿元", "赣州高新技术产业开发区")]),
    # a speaker's own park (我们园区) is the park of the caption before the quotation
    ("鄂州两园区抢抓项目建设", "鄂州经济开发区、葛店经济技术开发区项目建设提速。葛店经开区新开工项目12个。"
     "\n【同期声】鄂州经济开发区管委会主任 张伟\n今年我们园区新开工项目十五个，总投资八十亿元。",
     [("12个", "葛店经济技术开发区"), ("十五个", "鄂州经济开发区"), ("八十亿元", "鄂州经济开发区")]),
    # a speaker's 我们 before a park's name: the sentence is about the park, and so is 全区 after it
    ("", "同志们：\n太原市经济运行稳中有进。\n今年以来，我们太原经济技术开发区顶住了不少压力。上半年，全区实现营业收入"
         "215亿元，同比增长10.6%。咱们潇河产业园区完成投资68亿元。",
     [("215亿元", "太原经济技术开发区"), ("10.6%", "太原经济技术开发区"), ("68亿元", "潇河产业园区")]),
    # 区内 in a paragraph that opens with no subject (其二是…): the zone the sentence before opens with
    ("两大平台推介", "其一是湖州经济技术开发区。湖州经开区产值900亿元。\n其二是湖州莫干山高新技术产业开发区。"
     "莫干山高新区主攻地理信息，去年引进项目25个。区内高新技术企业达到180家。",
     [("900亿元", "湖州经济技术开发区"), ("25个", "湖州莫干山高新技术产业开发区"),
      ("180家", "湖州莫干山高新技术产业开发区")]),
    # ... but not a 园 the sentence before opens with: 区内 is the zone's
    ("淄博高新区年报", "淄博高新区营收1200亿元。\n项目建设提速。东岳氟硅材料产业园占地约3000亩。区内企业新增专利560件。",
     [("1200亿元", "淄博高新区"), ("约3000亩", "东岳氟硅材料产业园"), ("560件", "淄博高新区")]),
])
def test_zone_scope_and_first_person(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a bare kind word joined to a collective one (全省经济开发区和高新区) is the collective too
    ("宜宾三江新区半年报", "今年上半年，全省经济开发区和高新区规上工业增加值增长7.2%。宜宾三江新区营收310亿元。",
     [("7.2%", ""), ("310亿元", "宜宾三江新区")]),
    # the parks of two places (两地园区) are no one park
    ("绵阳、遂宁园区合作", "绵阳高新区营收800亿元。\n下一步，两地园区将共建产业项目20个。",
     [("800亿元", "绵阳高新区"), ("20个", "")]),
    # a petrochemical zone and its short forms (石化区, 石化基地)
    ("湛江经开区招商指南", "湛江经济技术开发区规划面积200平方公里。湛江东海岛石化区（以下简称“石化区”）是开发区的主导平台。"
     "石化基地已建成炼油产能1000万吨/年。石化区已入驻企业45家。",
     [("200平方公里", "湛江经济技术开发区"), ("1000万吨/年", "湛江东海岛石化区"), ("45家", "湛江东海岛石化区")]),
])
def test_collectives_and_petrochemical_zones(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a frame of place before a park (在城市北部，…): the park is the subject; 区内 after it is that zone
    ("舟山绿色石化基地年报", "舟山绿色石化基地产值1600亿元。\n在城市北部，舟山经济开发区正加快建设。舟山经开区实现营收300亿元。"
     "区内企业研发投入超过12亿元。全年新增高新技术企业36家。",
     [("1600亿元", "舟山绿色石化基地"), ("300亿元", "舟山经济开发区"), ("超过12亿元", "舟山经济开发区"),
      ("36家", "舟山经济开发区")]),
    # ... but a frame naming a place keeps the sentence the place's
    ("泉州经开区年报", "泉州经开区营收500亿元。\n在泉州市，全年地区生产总值增长5.1%。",
     [("500亿元", "泉州经开区"), ("5.1%", "")]),
    # a list item's subject is its own: item 二 does not take the park item 一 opens with
    ("遂昌县政府工作报告", "一是平台提能。遂昌经开区力争产值突破200亿元。二是项目攻坚。全年谋划重大项目不少于40个。",
     [("突破200亿元", "遂昌经开区"), ("不少于40个", "")]),
    # a time of year (去年底, 2023年底) opens a sentence before its subject, here a city
    ("福州高新区台资产值再创新高", "福州高新区台资企业产值300亿元。\n两岸经贸虽有起伏，台商在福州的布局依旧热络。"
         "据福州市台办统计，截至去年底，福州累计批准台资企业超过3,000家。截至2023年末，福州高新区台资企业达到420家。",
     [("300亿元", "福州高新区"), ("超过3,000家", ""), ("420家", "福州高新区")]),
    # a bullet or emoji heading an item (WeChat copy) is no part of its subject: the city is
    ("", "⭐嘉善港区：能级跃升\n嘉善港区实现产值562.3亿元。\n⭐嘉善经开区：中日合作\n"
         "嘉善经济技术开发区实现工业总产值986亿元。\n📌2023年，嘉善县实现地区生产总值880.6亿元。\n"
         "● 全年，嘉善县新增市场主体1.2万户。",
     [("562.3亿元", "嘉善港区"), ("986亿元", "嘉善经济技术开发区"), ("880.6亿元", ""), ("1.2万户", "")]),
    # a notice that heads each item with a park's name: the item's paragraph is that park's
    ("关于开发区调区结果的公示", "一、常德经济技术开发区（常德经开区）。同意扩区120.5公顷，调出居住用地8.3公顷。\n"
     "二、津市高新技术产业开发区。同意调区，核准面积保持9.62平方公里不变。\n"
     "（三）桃源工业集中区。调整后规划面积为4.1平方公里。",
     [("120.5公顷", "常德经济技术开发区"), ("8.3公顷", "常德经济技术开发区"), ("9.62平方公里", "津市高新技术产业开发区"),
      ("4.1平方公里", "桃源工业集中区")]),
    # a short place name that is a common word opens a sentence about a factory, not the place
    ("", "长春汽车经济技术开发区实现产值4125.6亿元。红旗繁荣工厂等项目加快建设，项目总投资351亿元。",
     [("4125.6亿元", "长春汽车经济技术开发区"), ("351亿元", "长春汽车经济技术开发区")]),
    # … and a paragraph about the port is no park's: a port's harbour area is no zone
    ("钦州经开区年报", "钦州经开区实现产值300亿元。\n港口能级持续提升。一季度，北部湾港钦州港区完成集装箱吞吐量162.3万标箱。",
     [("300亿元", "钦州经开区"), ("162.3万标箱", "")]),
    # a department's division is no park: 省商务厅开发区处 holds the article's own park
    ("", "宁乡经开区新增企业80家。有关情况可向省商务厅开发区处咨询，全年受理申请36件。",
     [("80家", "宁乡经开区"), ("36件", "宁乡经开区")]),
    # a scene-setting phrase a comma closes opens no subject when a park's name follows it: the
    # paragraph is the park's, and 全区 and 这里 after it are too; a goal in quotation marks after
    # 建设 (“滨海新城”) is no park that 这里 could stand for
    ("闽东南园区半年考", "福州市地区生产总值6548.2亿元。\n沿海大通道向南，泉州台商投资区正在加快建设“滨海新城”。"
                  "上半年，全区完成固定资产投资156.8亿元。这里已累计落地台资企业400余家。",
     [("6548.2亿元", ""), ("156.8亿元", "泉州台商投资区"), ("400余家", "泉州台商投资区")]),
    # a park that only places the place a sentence is about (合作区所在的西双版纳州) is not its subject
    ("", "中国老挝磨憨—磨丁经济合作区今年新签约项目56个。\n合作区所在的西双版纳州，1—10月实现外贸进出口总额318.5亿元。"
         "全州接待游客4890万人次。",
     [("56个", "中国老挝磨憨—磨丁经济合作区"), ("318.5亿元", ""), ("4890万人次", "")]),
    # a table under a park's heading is that park's: its header row is no heading of its own
    ("园区风采", "全市开发区实现营业收入约5600亿元。\n威海经济技术开发区\n规划面积 主导产业 入驻企业\n"
     "225平方公里 新一代信息技术、医疗器械 4200余家\n威海临港经济技术开发区\n202平方公里 不锈钢新材料 一千二百余家",
     [("约5600亿元", ""), ("225平方公里", "威海经济技术开发区"), ("4200余家", "威海经济技术开发区"),
      ("202平方公里", "威海临港经济技术开发区"), ("一千二百余家", "威海临港经济技术开发区")]),
    # parks of a whole country or province after 占 are the share's denominator, not its subject:
    # the share and the figures after it stay the park's the sentence opens with
    ("", "武汉东湖高新区上半年营收6000亿元；企业研发费用合计860亿元，占全国高新区的近5%；"
         "企业发明专利授权量1.2万件，同比增长8.5%。",
     [("6000亿元", "武汉东湖高新区"), ("860亿元", "武汉东湖高新区"), ("近5%", "武汉东湖高新区"), ("1.2万件", "武汉东湖高新区"), ("8.5%", "武汉东湖高新区")]),
    # ... while 全省开发区 that opens a clause is its subject
    ("", "武汉东湖高新区营收1.5万亿元。全省开发区营收增长6.2%。",
     [("1.5万亿元", "武汉东湖高新区"), ("6.2%", "")]),
])
def test_frames_zones_and_list_items(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a park after the figure, in a later clause, as the place of another action is not the
    # figure's: the company's figure stays its park's
    ("竹科去年营业额创新高", "新竹园区营业额1.2兆元。\n某半导体公司位于新竹园区。公司今年将投入研发经费80亿元，并规划于铜锣园区增购用地10公顷。",
     [("1.2兆元", "新竹园区"), ("80亿元", "新竹园区"), ("10公顷", "铜锣园区")]),
    # ... while a park after the figure that is what the sentence is about still is
    ("", "今年将新增投资80亿元，建设宁波杭州湾新区智能制造产业园。",
     [("80亿元", "宁波杭州湾新区智能制造产业园")]),
])
def test_a_park_after_the_figure(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a round-up item's heading restates its body's figure: the body's sentence, which names the
    # park, is the fact
    ("园区快讯", "■ 合肥：一季度签约项目38个\n一季度，合肥高新区新签约亿元以上项目38个，协议总投资412亿元。\n"
                "■ 芜湖：汽车产量增长\n芜湖经开区汽车产量12.6万辆。",
     [("38个", "合肥高新区"), ("412亿元", "合肥高新区"), ("12.6万辆", "芜湖经开区")]),
    # ... while a heading's figure its section does not state is a fact of its own
    ("园区快讯", "■ 合肥：一季度签约项目38个\n一季度，合肥高新区协议总投资412亿元。",
     [("38个", ""), ("412亿元", "合肥高新区")]),
    # a figure stated first where no park is named and again where one is: the park's
    ("", "重要内容提示：\n1、投资金额：本项目计划总投资约18亿元\n二、项目基本情况\n1、建设地点：安徽省滁州经济技术开发区\n"
         "2、投资金额：总投资约18亿元",
     [("约18亿元", "滁州经济技术开发区")]),
    # ... and the facts stay in text order, the restated one where it is restated
    ("", "1、投资金额：本项目计划总投资约18亿元\n二、项目基本情况\n1、建设地点：安徽省滁州经济技术开发区\n"
         "2、用地面积：约300亩\n3、投资金额：总投资约18亿元",
     [("约300亩", "滁州经济技术开发区"), ("约18亿元", "滁州经济技术开发区")]),
    # a numbered field (2.2 建设地点：) is a label line too; a round-up's numbered item that names
    # its place or park (7、湖南省：) is not, and takes no park from the item above it
    ("", "2.1 项目编号：HB-2024-01\n2.2 建设地点：唐山高新技术产业开发区内\n2.3 建设规模：总用地面积52.6亩",
     [("52.6亩", "唐山高新技术产业开发区")]),
    ("", "6、浏阳经开区：前10个月，浏阳经开区完成税收收入42.3亿元。\n\n7、湖南省：据省统计局数据，前三季度全省地区生产总值38612.6亿元。",
     [("42.3亿元", "浏阳经开区"), ("38612.6亿元", "")]),
])
def test_restated_figures(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a press conference: a speaker introduced with their park (XX经开区管委会主任 张三：) and later
    # heading a turn by name alone (张三：); the turn's 我们, 全区 and sentences without a subject
    # are that park's, not the question's or the host's
    ("新闻发布会实录", "主持人：\n全省开发区营收4.8万亿元。\n南昌高新区管委会主任 刘建国：\n南昌高新区营收2,100亿元。\n"
                  "九江经开区管委会副主任 孙丽：\n九江经济技术开发区产值1,050亿元。\n记者提问：\n请问南昌高新区如何招商？\n"
                  "孙丽：\n我们去年引进项目二十余个。今年计划再引进企业40家以上。\n刘建国：\n2023年，全区进出口总额356亿元，增长12.5%。",
     [("4.8万亿元", ""), ("2,100亿元", "南昌高新区"), ("1,050亿元", "九江经济技术开发区"), ("二十余个", "九江经济技术开发区"),
      ("40家以上", "九江经济技术开发区"), ("356亿元", "南昌高新区"), ("12.5%", "南昌高新区")]),
    # ... while a label line that introduced no one (备注：) gives its paragraph no park
    ("", "南昌高新区营收2,100亿元。\n九江经开区产值1,050亿元。\n备注：\n2023年，全省进出口总额5,600亿元。",
     [("2,100亿元", "南昌高新区"), ("1,050亿元", "九江经开区"), ("5,600亿元", "")]),
    # an interview: the interviewee introduced with their title after their park (专访了…新区管委会
    # 主任王振宇), each answer headed by their name on its own first line; an answer's sentences
    # without a subject are the interviewee's park's, not those of the park the answer before named
    ("【高端访谈】向海图强", "编者按：本报记者专访了大连金普新区党工委副书记、管委会主任王振宇。\n"
                    "记者：大连开发区去年表现怎样？\n王振宇：开发区内的大连集成电路设计产业园，已聚集设计企业四十余家。\n"
                    "记者：招商引资方面有哪些亮点？\n王振宇：全年新签约项目336个，总投资1,586亿元。新增市场主体三万余户。",
     [("四十余家", "大连集成电路设计产业园"), ("336个", "大连金普新区"), ("1,586亿元", "大连金普新区"),
      ("三万余户", "大连金普新区")]),
])
def test_speakers_turns_headed_by_name(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a ranking's list of parks, one a line, heads no section: the paragraph after it is the
    # ministry's, and the count of several parks is theirs, no one park's
    ("国家级经开区考核结果公布", "前5位的国家级经开区依次为：\n1．苏州工业园区\n2．广州经济技术开发区\n3．天津经开区\n\n"
                       "商务部负责人介绍，2022年全国230家国家级经开区实现地区生产总值14.6万亿元。研发投入超过八千亿元。",
     [("230家", ""), ("14.6万亿元", ""), ("超过八千亿元", "")]),
    # ... while a park's heading over its paragraph is that paragraph's subject
    ("园区风采", "（一）苏州工业园区\n全年实现地区生产总值3686.5亿元。\n（二）昆山经济技术开发区\n全年实现地区生产总值约1420亿元。",
     [("3686.5亿元", "苏州工业园区"), ("约1420亿元", "昆山经济技术开发区")]),
])
def test_lists_of_parks_and_counts_of_parks(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a category of parks as a sentence's subject (国家级经开区, 省级开发区) is no one park: its
    # figures are the category's, not the title park's
    ("苏州工业园区连续八年居首", "商务部公布考核结果。国家级经开区拥有高新技术企业6.1万家，研发投入超过八千亿元。",
     [("6.1万家", ""), ("超过八千亿元", "")]),
    ("丽水经开区一季度经济运行", "丽水经开区实现营收120亿元。全省省级开发区规上工业增加值增长6.5%。",
     [("120亿元", "丽水经开区"), ("6.5%", "")]),
    # a bare kind word later in a sentence that opened with several parks (各开发区) goes on
    # speaking of them, not of the park named before
    ("上半年全市开发区运行平稳", "郑州经开区规上工业增加值增长7.1%。\n"
                           "下一步，各开发区要紧盯全年目标任务，确保全年开发区规上工业增加值增长7%左右。",
     [("7.1%", "郑州经开区"), ("7%左右", "")]),
    # ... while a new sentence's bare kind word is the park's again
    ("郑州经开区上半年运行情况", "各开发区要紧盯目标。开发区上半年规上工业增加值增长7.1%。",
     [("7.1%", "郑州经开区")]),
    # a district created since cpca's table is a place like any other: its bureau's 全区 is the
    # district's
    ("深圳高新区营收1.65万亿元", "深圳高新区实现营业收入1.65万亿元。\n坪山区统计局数据显示，全区规上工业增加值同比增长8.9%。",
     [("1.65万亿元", "深圳高新区"), ("8.9%", "")]),
    ("钱塘区新签约项目", "杭州钱塘新区管委会…。钱塘区今年实际使用外资12.6亿美元。", [("12.6亿美元", "")]),
])
def test_categories_of_parks(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a brochure's sub-headings (【园区规模】) inside a park's numbered section keep its park; the
    # next numbered section closes it
    ("重点园区投资指南", "一、玉林经济开发区\n【园区规模】\n· 规划面积约60平方公里，已形成电子信息、装备制造、新材料三大主导产业。\n"
                 "【产业基础】\n· 入驻企业1200余家，其中规模以上工业企业有一百多家，2023年实现工业总产值400多亿元。\n"
                 "二、北海工业园区\n【园区规模】\n· 规划面积约30平方公里，可供工业用地充足，标准厂房即租即用，配套齐全。",
     [("约60平方公里", "玉林经济开发区"), ("1200余家", "玉林经济开发区"), ("一百多家", "玉林经济开发区"),
      ("400多亿元", "玉林经济开发区"), ("约30平方公里", "北海工业园区")]),
    # ... and a heading of the park's own level that names none closes it
    ("园区动态", "一、玉林经济开发区\n【产业基础】\n入驻企业1200余家，其中规模以上工业企业有一百多家，产业链条不断完善。\n"
             "二、全市情况\n【经济运行】\n新增市场主体3.2万户，市场活力持续增强，营商环境不断优化，发展后劲充足。",
     [("1200余家", "玉林经济开发区"), ("一百多家", "玉林经济开发区"), ("3.2万户", "")]),
    # an appendix line about a city is the city's
    ("", "一、钦州港经济技术开发区\n【园区规模】\n· 规划面积约155平方公里\n\n附：南宁市2023年地区生产总值5469.06亿元。",
     [("约155平方公里", "钦州港经济技术开发区"), ("5469.06亿元", "")]),
    # a company's project (河北旭阳能源有限公司化工新材料产业园项目) is no park, and the province that
    # opens the company's name is no subject: the article is the zone's, where the project is
    ("旭阳化工新材料项目一期开工", "4月10日，河北旭阳能源有限公司化工新材料产业园项目在曹妃甸经济技术开发区举行开工仪式。"
                          "这是曹妃甸开发区今年开工的最大项目。\n该项目总投资约156亿元，规划总用地面积2,060亩。",
     [("约156亿元", "曹妃甸经济技术开发区"), ("2,060亩", "曹妃甸经济技术开发区")]),
    # … nor is the city that opens an institute's name in a project list (泰州…创新中心)
    ("泰州医药高新区全年签约项目52个", "泰州医药高新区全年签约项目52个。签约项目清单如下：\n"
                           "1.复星医药华东高端制剂中心，总投资18.6亿元\n2.泰州国际合成生物创新中心，总投资5.5亿元\n"
                           "泰州市全年地区生产总值6731亿元。",
     [("52个", "泰州医药高新区"), ("18.6亿元", "泰州医药高新区"), ("5.5亿元", "泰州医药高新区"), ("6731亿元", "")]),
])
def test_brochures_and_projects(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a bare kind word that two parks named before could take is the one its paragraph names
    ("多地新区成绩单", "【陕西】西安高新区营收1.86万亿元。西咸新区完成固定资产投资1,152亿元。\n"
                "河北 雄安新区建设进入新阶段。截至目前，新区累计完成投资超过6,800亿元。",
     [("1.86万亿元", "西安高新区"), ("1,152亿元", "西咸新区"), ("超过6,800亿元", "雄安新区")]),
    # a bracketed dateline (【南京讯】) is no subject: the paragraph is the zone's it opens with
    ("江苏三大开放平台发布利用外资成果", "【苏州讯】中新苏州工业园区22日公布，园区实际使用外资21.3亿美元。\n"
                          "【南京讯】南京江北新区集成电路产业去年实现营收618亿元。台积电（南京）有限公司扩产项目追加投资28.87亿美元。",
     [("21.3亿美元", "中新苏州工业园区"), ("618亿元", "南京江北新区"), ("28.87亿美元", "南京江北新区")]),
    # 多数园区 is several parks, no park's name
    ("多地高新区成绩单", "记者梳理发现，多数园区主要指标保持较快增长，营收平均增长8.5%。", [("8.5%", "")]),
])
def test_round_ups(title, text, expected):
    assert parks_of(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a title that names three parks is about all of them: no main park takes the figures of
    # sentences that name none
    ("山东化工园区成绩单出炉：东营港、齐鲁化工区、滨海开发区领跑", "2023年全省84家化工园区实现营业收入2.1万亿元。"
                                        "化工园区内企业达到3,900余家。东营港经济开发区完成产值1,685亿元。",
     [("84家", ""), ("2.1万亿元", ""), ("3,900余家", ""), ("1,685亿元", "东营港经济开发区")]),
    # a bare descriptor name (化工园区) that ends two parks' names is neither's; 县域园区 is a category
    ("", "化工园区内企业达到3,900余家。县域园区各有千秋：寿光市羊口化工园区产值下降2.1%，濮阳经济技术开发区化工园区产值增长9.7%。",
     [("3,900余家", ""), ("2.1%", "寿光市羊口化工园区"), ("9.7%", "濮阳经济技术开发区化工园区")]),
    # ... but one the article defines as a park's short form stays that park's
    ("张家港保税区：开放高地", "位于保税区的江苏扬子江国际化学工业园（以下简称化工园区）是全国首批国家级化工园区之一。"
                     "去年，化工园区实现化工产值1520亿元，同比增长4.9%。",
     [("1520亿元", "江苏扬子江国际化学工业园"), ("4.9%", "江苏扬子江国际化学工业园")]),
])
def test_titles_and_names_of_several_parks(title, text, expected):
    assert parks_of(text, title) == expected


def test_a_company_s_own_report_speaks_of_the_company_not_its_park():
    """In a company's ESG report, 公司 opening a sentence is the company, whose figures are no park's
    though its plant sits in one; in the news, 公司 is the article's park's company."""
    head = "报告范围：本报告涵盖公司本部（位于寿光经济开发区化工新材料产业园）。\n寿光经济开发区是国家级开发区，去年产值突破800亿元。\n"
    body = "2023年，面对复杂的市场环境，公司全年实现营业收入52.3亿元，研发投入2.1亿元。"
    assert parks_of(head + body, "2023年度环境、社会及治理（ESG）报告") == [
        ("突破800亿元", "寿光经济开发区"), ("52.3亿元", ""), ("2.1亿元", "")]
    assert parks_of(head + body, "寿光经济开发区：龙头企业领跑") == [
        ("突破800亿元", "寿光经济开发区"), ("52.3亿元", "寿光经济开发区"), ("2.1亿元", "寿光经济开发区")]


def test_a_speaker_s_label_is_no_subject_of_their_words():
    """A press conference's speaker of a place's bureau (王晓燕（喀什地区商务局副局长）：) speaks of
    the place their sentence opens with, in a live blog about the zone."""
    text = ("喀什经济开发区管委会主任介绍了开发区情况，开发区实现营业收入312亿元。\n"
            "王晓燕（喀什地区商务局副局长）：从全地区看，2023年喀什地区外贸进出口总额546.8亿元，增长25.4%。")
    assert parks_of(text, "喀什经济开发区新闻发布会图文直播") == [
        ("312亿元", "喀什经济开发区"), ("546.8亿元", ""), ("25.4%", "")]


def test_a_briefing_s_contents_and_a_section_about_the_whole_city():
    """A briefing lists its items' headings under its masthead, then heads each item with the same
    line: each heading stays over its item, so the zone's item is the zone's; an item headed by
    the whole city and what it did (二、全市工业经济运行总体平稳) is the city's."""
    from parktool.clean import clean_text
    heads = ["一、滨海经济开发区1—5月主要经济指标稳中有进", "二、全市工业经济运行总体平稳、结构向好",
             "三、慈溪高新区召开项目推进会"]
    items = ["1—5月，慈溪滨海经济开发区完成规上工业总产值412.6亿元。", "项目招引方面，新签约亿元以上项目14个。",
             "从结构看，数字经济核心产业制造业增加值120亿元。",
             "6月20日，慈溪高新技术产业开发区召开推进会。今年以来，高新区签约项目21个。"]
    raw = "\n".join(["慈溪市经济和信息化工作简报", "编号：慈经信简〔2024〕12号", *heads, heads[0], items[0], items[1],
                     heads[1], items[2], heads[2], items[3]])
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n")[1:4] == [heads[0], items[0], items[1]]
    assert [(f.raw, f.park) for f in extract_facts(cleaned.text, title=cleaned.title)] == [
        ("412.6亿元", "慈溪滨海经济开发区"), ("14个", "慈溪滨海经济开发区"), ("120亿元", ""),
        ("21个", "慈溪高新技术产业开发区")]


def test_an_english_article_names_its_parks_by_their_english_names():
    """Hefei High-tech Zone (HHTZ, 合肥高新区) names the zone in English by both names; a sentence
    about a city is the city's."""
    text = ("HEFEI -- Hefei High-tech Zone (HHTZ, 合肥高新区) saw its revenue reach RMB 260 billion in 2023.\n"
            "Anhui Innovation Park (安徽创新馆产业园), located in the zone, reported output of RMB 12.5 billion.\n"
            "HHTZ now hosts more than 1,500 high-tech enterprises.\n"
            "Hefei city grew 5.8 percent to RMB 1.27 trillion in GDP in 2023.")
    assert [(f.raw, f.park) for f in extract_facts(text)] == [
        ("RMB 260 billion", "合肥高新区"), ("RMB 12.5 billion", "安徽创新馆产业园"), ("more than 1,500", "合肥高新区"),
        ("5.8 percent", ""), ("RMB 1.27 trillion", "")]



def test_figures_of_an_english_article_go_to_the_parks_it_names_in_english():
    text = ("Drive east from the city and you reach the Yingkou Coastal Economic Zone. The zone covers 120 square "
            "kilometres. Inside it, the Yingkou Fine Chemical Industrial Park hosts 80 companies; the park's output "
            "rose 6 per cent. Across town, the Yingkou High-tech Industrial Development Zone is smaller. The high-tech "
            "zone hosts 40 high-tech enterprises. ")
    assert [(f.raw, f.park) for f in extract_facts(text, parks=find_parks(text))] == [
        ("120 square kilometres", "Yingkou Coastal Economic Zone"), ("80 companies", "Yingkou Fine Chemical Industrial Park"),
        ("6 per cent", "Yingkou Fine Chemical Industrial Park"), ("40", "Yingkou High-tech Industrial Development Zone")]


def test_a_quotation_under_a_caption_naming_the_speaker_s_office_is_that_park_s():
    """A TV transcript: the caption line over a quotation names the speaker's park by its office
    (管委会副主任); their 我们 is that park, not the park the quotation mentions first."""
    text = ("记者：我现在所在的位置是安顺经济技术开发区民用航空产业园。\n"
            "同期声：罗志刚　安顺经济技术开发区管委会副主任\n"
            "“产业园现在的标准厂房有18万平方米。一季度我们新签约项目9个，签约金额是六十个亿。”\n"
            "同期声：陈敏　某航空零部件企业负责人\n"
            "“我们一季度产值是1.2亿元。”")
    assert parks_of(text)[:3] == [("18万平方米", "民用航空产业园"), ("9个", "安顺经济技术开发区"),
                                  ("六十个亿", "安顺经济技术开发区")]
