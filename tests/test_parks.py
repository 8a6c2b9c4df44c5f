"""Park names: the grammar (prefix + kind), categories that are no parks, aliases within an
article, the main park, nesting, and where a park lies."""

from __future__ import annotations

import pytest

from _seedtext import seed_texts
from parktool.parks import find_parks, is_generic, park_place


def named(text: str, title: str = "") -> list[str]:
    """The canonical parks named in `text`, in order of first mention."""
    out: list[str] = []
    for m in find_parks(text, title).mentions:
        if m.canonical not in out:
            out.append(m.canonical)
    return out


@pytest.mark.parametrize("text, parks", [
    # a place or a brand before the kind word; the left edge is a verb, preposition or date
    ("瓯江口产业集聚区环保局召集98家入驻文博科技产业园的业主。", ["瓯江口产业集聚区", "文博科技产业园"]),
    ("石狮市推动多部门协同，为九牧卫浴智慧产业园解决电镀环保问题。", ["九牧卫浴智慧产业园"]),
    ("德化县古洋工业园区27家入驻企业已全部投产。", ["德化县古洋工业园区"]),
    ("安溪芯园招引5家光电产业应用终端企业落地。", ["安溪芯园"]),
    ("翻开丽水经开区产业版图。", ["丽水经开区"]),
    ("2021年丽水经开区完成规上工业产值增长39.5%。", ["丽水经开区"]),
    ("在瓯江口威马新能源汽车智能产业园，日峰值产量已超过200辆。", ["瓯江口威马新能源汽车智能产业园"]),
    ("南安芯谷半导体科技产业港聚焦县域重点产业链培育。", ["南安芯谷半导体科技产业港"]),
    ("武汉东湖新技术开发区一季度营收下降。", ["武汉东湖新技术开发区"]),
    ("成都天府新区规划面积1578平方公里。", ["成都天府新区"]),
    ("重庆两江新区今年一季度增长7.1%。", ["重庆两江新区"]),
    ("中新天津生态城累计注册企业超过1.3万家。", ["中新天津生态城"]),
    ("今年上半年，苏州工业园区实现地区生产总值1850.6亿元。", ["苏州工业园区"]),
    ("泉州开发区、泉州台商投资区管委会主要负责人现场观摩。", ["泉州开发区", "泉州台商投资区"]),
    ("建成上海“城市客厅”和宁波前湾新区飞地产业园。", ["宁波前湾新区飞地产业园", "宁波前湾新区"]),
])
def test_park_names(text, parks):
    assert named(text) == parks


@pytest.mark.parametrize("text", [
    # modifiers, not places or names, before the kind word: categories
    "获得省级绿色低碳园区、省级化工园区等荣誉。",
    "挺进国家级经开区50强。",
    "打造全省产业集聚区平台一流的营商环境。",
    "作为金华市唯一入选国家级知识产权强国建设试点园区的地方。",
    # descriptors only: what a park does, not which park
    "建设知识产权产业园和人力资源产业园。",
    "打造集特色专业医院、康复中心于一体的医疗健康产业园。",
    "建设以汽车零部件产业主导的小微企业园。",
    "重点加快推进2处产业园建设。",
    # weak kinds (新区, 新城, 示范区) need a place
    "作为一座新城，吸引了众多目光。",
    "全力打造外向型经济发展标杆新区。",
    "获得省级产教融合示范区称号。",
    # 园 after a place is a park only as a short proper name
    "市民在温州公园散步。",
])
def test_categories_are_no_parks(text):
    assert named(text) == []


def test_fullest_form_is_canonical_and_short_forms_are_aliases():
    text = "丽水经开区超常规推进。丽水经济技术开发区跑出速度。经开区先后引进22家企业。"
    parks = find_parks(text)
    assert [(m.name, m.canonical, m.kind) for m in parks.mentions] == [
        ("丽水经开区", "丽水经济技术开发区", "经济技术开发区"),
        ("丽水经济技术开发区", "丽水经济技术开发区", "经济技术开发区"),
        ("经开区", "丽水经济技术开发区", "经济技术开发区"),
    ]
    assert parks.aliases == {"丽水经济技术开发区": ["丽水经开区", "经开区"]}


def test_short_form_alone_stays_as_written():
    """金华开发区 could be a 经济技术开发区 or a 高新区: without the full form, it stays."""
    parks = find_parks("金华开发区瞄准项目建设。开发区有序推进片区改造。", "“提质量”金华开发区加速竞跑")
    assert parks.main == "金华开发区"
    assert {m.canonical for m in parks.mentions} == {"金华开发区"}
    assert parks.aliases == {"金华开发区": ["开发区"]}


def test_abbreviated_and_place_prefixed_names_are_one_park():
    text = "丽水市浙西南科技创新产业园项目总占地面积174亩。加速建成浙西南科创产业园。"
    parks = find_parks(text)
    assert {m.canonical for m in parks.mentions} == {"丽水市浙西南科技创新产业园"}
    assert parks.aliases == {"丽水市浙西南科技创新产业园": ["浙西南科创产业园"]}


def test_descriptor_name_that_ends_a_park_name_is_that_park():
    text = "金华新能源汽车小镇零跑项目现场。目前，新能源汽车小镇正在规划打造一个零跑汽车产业园。"
    assert named(text) == ["金华新能源汽车小镇", "零跑汽车产业园"]


def test_title_park_is_main_and_its_bare_name_refers_to_it():
    parks = find_parks("瓯江口产业集聚区快速发展。今年以来，瓯江口深入贯彻市委要求。", "瓯江口产业集聚区崛起")
    assert parks.main == "瓯江口产业集聚区"
    assert [m.name for m in parks.mentions] == ["瓯江口产业集聚区", "瓯江口"]


def test_bare_place_prefix_is_not_the_park():
    """丽水 is a city: alone it names the city, not 丽水经济技术开发区."""
    parks = find_parks("丽水经济技术开发区成效显著。丽水迎来首个百亿级项目。", "丽水经开区打造新平台")
    assert [m.name for m in parks.mentions] == ["丽水经济技术开发区"]


@pytest.mark.parametrize("title, text, main", [
    ("", "2023年，合肥高新区实现营收500亿元。合肥高新区新增企业30家。", "合肥高新区"),
    ("", "2023年，合肥高新区实现营收500亿元。全市新增企业30家。", ""),  # named once only
    ("", "据合肥日报报道，合肥高新区举办推介会。合肥高新区签约项目20个。", "合肥高新区"),
    ("", "近日，合肥高新区举办推介会，签约项目20个。合肥高新区负责人介绍了情况。", "合肥高新区"),
    ("", "昨日泉州市举办拉练活动，泉州开发区管委会负责人观摩。泉州开发区盘活用地。", ""),
    # the title's park, mentioned once, while the body is about another park
    ("中欧水处理产业园建设工作领导小组成立",
     "环翠区打造威海创新园。威海创新园工业设计中心开业。威海创新园建设加快。中欧水处理产业园成立。", ""),
])
def test_main_park(title, text, main):
    assert find_parks(text, title).main == main


def test_bare_kind_refers_to_the_one_park_of_its_kind():
    parks = find_parks("泉州开发区管委会负责人观摩。开发区盘活30亩闲置用地。")
    assert [(m.name, m.canonical) for m in parks.mentions] == [("泉州开发区", "泉州开发区"), ("开发区", "泉州开发区")]


def test_bare_kind_without_a_park_to_refer_to_is_none():
    assert find_parks("全市工业园区标准化建设取得成效。开发区盘活用地。").mentions == []


@pytest.mark.parametrize("text, title, parent", [
    ("在瓯江口威马新能源汽车智能产业园，产能爬坡。瓯江口产业集聚区管委会服务。", "瓯江口产业集聚区崛起",
     {"瓯江口威马新能源汽车智能产业园": "瓯江口产业集聚区"}),
    ("率先建成宁波前湾新区飞地产业园。", "", {"宁波前湾新区飞地产业园": "宁波前湾新区"}),
    ("东旭光电产业园位于长沙经济技术开发区。", "", {"东旭光电产业园": "长沙经济技术开发区"}),
])
def test_nesting(text, title, parent):
    assert find_parks(text, title).parent == parent


@pytest.mark.parametrize("name, generic", [
    ("开发区", True), ("经开区", True), ("园区", True), ("省级化工园区", True), ("国家级经开区", True),
    ("新能源汽车小镇", True), ("温州公园", True),
    ("丽水经开区", False), ("瓯江口", False), ("安溪芯园", False), ("金华新能源汽车小镇", False),
])
def test_is_generic(name, generic):
    assert is_generic(name) is generic


@pytest.mark.parametrize("name, place", [
    ("丽水经济技术开发区", ("浙江省", "丽水市")),
    ("浙江金华经济技术开发区", ("浙江省", "金华市")),
    ("德化县古洋工业园区", ("福建省", "泉州市")),
    ("鲤城高新区", ("福建省", "泉州市")),
    ("苏州工业园区", ("江苏省", "苏州市")),
    ("武汉东湖新技术开发区", ("湖北省", "武汉市")),
    ("上海张江高科技园区", ("上海市", "上海市")),
    ("景宁经济开发区", ("浙江省", "丽水市")),  # 景宁畲族自治县, by its short name
    ("仙桃经济开发区", ("湖北省", "仙桃市")),  # a county-level city directly under the province
    ("瓯江口产业集聚区", ("", "")),
    ("", ("", "")),
])
def test_park_place(name, place):
    assert park_place(name) == place


def test_seed_mentions_point_into_the_text():
    for seed in seed_texts():
        parks = find_parks(seed.text, seed.title)
        for m in parks.mentions:
            assert seed.text[m.start:m.end] == m.name
        assert all(alias != name for name, aliases in parks.aliases.items() for alias in aliases)
