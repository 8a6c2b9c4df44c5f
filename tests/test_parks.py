"""Park names: the grammar (prefix + kind), categories that are no parks, aliases within an
article, the main park, nesting, and where a park lies."""

from __future__ import annotations

import pytest

from _seedtext import seed_texts
from parktool.parks import article_place, find_parks, is_generic, official_zone, park_place


def named(text: str, title: str = "") -> list[str]:
    """The canonical parks named in `text`, in order of first mention."""
    out: list[str] = []
    for m in find_parks(text, title).mentions:
        if m.canonical not in out:
            out.append(m.canonical)
    return out


def written(text: str) -> list[str]:
    """The park names as `text` writes them, in order of first mention."""
    return list(dict.fromkeys(m.name for m in find_parks(text).mentions))


@pytest.mark.parametrize("text, parks", [
    # a place or a brand before the kind word; the left edge is a verb, preposition or date
    ("瓯江口产业集聚区环保局召集98家入驻文博科技产业园的业主。", ["瓯江口产业集聚区", "文博科技产业园"]),
    ("石狮市推动多部门协同，为九牧卫浴智慧产业园解决电镀环保问题。", ["九牧卫浴智慧产业园"]),
    ("德化县古洋工业园区27家入驻企业已全部投产。", ["德化县古洋工业园区"]),
    ("安溪芯园招引5家光电产业应用终端企业落地。", ["安溪芯园"]),
    # a county's 工业城, not a city's industry (一座工业城市)
    ("13. 智能家居生产基地项目｜所在园区：鹤山工业城｜总投资22亿元。佛山是一座工业城市。", ["鹤山工业城"]),
    # 及 between two fields is inside one name; between places or parks it lists two
    ("吉林高新区碳纤维及复合材料产业园完成产值48.3亿元。", ["吉林高新区碳纤维及复合材料产业园", "吉林高新区"]),
    ("位于西宁经开区的新能源及智能网联汽车产业园开工。", ["西宁经开区", "新能源及智能网联汽车产业园"]),
    ("湖州及嘉兴经开区营业收入增长。", ["嘉兴经开区"]),
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
    # a headline's verb before the name: an interview's subtitle, 对话, 直击
    ("——访常州经济技术开发区党工委书记", ["常州经济技术开发区"]),
    ("对话襄阳高新区管委会主任：如何打造汽车产业新高地", ["襄阳高新区"]),
    # one dash joins two places inside a name; a dash after other words is no part of it
    ("中国越南河口—老街跨境经济合作区建设提速。", ["中国越南河口—老街跨境经济合作区"]),
    ("中国—白俄罗斯工业园新入园企业12家。", ["中国—白俄罗斯工业园"]),
    ("数字经济—温州经开区专场推介会举行。", ["温州经开区"]),
    # border economic cooperation zones are names without a place first; 区域 makes a category
    ("东兴边境经济合作区进出口增长。推进区域经济合作区建设。", ["东兴边境经济合作区"]),
    # 产业转移, 特别 and 共建 describe; brands holding a boundary word stay whole
    ("惠州产业转移工业园与比亚迪汕尾汽车工业园签约。", ["惠州产业转移工业园", "比亚迪汕尾汽车工业园"]),
    ("主力园区贡献了全市六成产值。", []),
    # data-centre bases and pilot zones are kinds; a park after a bare kind word is in that zone
    ("庆阳东数西算云基地新增机架1.5万架。", ["庆阳东数西算云基地"]),
    ("海南三亚崖州湾科技城和琼海国际医疗旅游先行区", ["海南三亚崖州湾科技城", "琼海国际医疗旅游先行区"]),
    ("高新区光谷软件园新增企业30家。", ["光谷软件园"]),
    # a 新区 that is a district is a place; one that is not stays a zone
    ("天津滨海新区生产总值增长5.2%，广州南沙新区增长6.1%。", ["广州南沙新区"]),
    # … but a district's name after a city it is not in names that city's zone, and alone then
    # refers to it (滨海新区 is 天津's district; 绍兴滨海新区 is 绍兴's zone)
    ("上海浦东新区和绍兴滨海新区签约。滨海新区汽车产量增长9%。", ["绍兴滨海新区", "滨海新区"]),
    ("天津市滨海新区与上海市浦东新区", []),
    # a name that is a city's as well as a province's, a municipality, a kind a province has one of
    ("吉林高新区、北京经开区和山西综改区", ["吉林高新区", "北京经开区", "山西综改区"]),
    # Taiwan's export processing zones, then their short form
    ("高雄加工出口区（高雄加工区）出口值增长。高雄加工区新增厂商12家。", ["高雄加工出口区", "高雄加工区"]),
    # a city's or county's 经济区 is a zone; a region's (after a province, or no place) is none
    ("漳州台商投资区和江阴港城经济区签约。港城经济区新开通外贸航线4条。",
     ["漳州台商投资区", "江阴港城经济区", "港城经济区"]),
    ("广西北部湾经济区和海峡西岸经济区、淮海经济区", []),
    # a national type of zone whose name holds a boundary word (重点)
    ("东兴国家重点开发开放试验区实现进出口315.7亿元。", ["东兴国家重点开发开放试验区"]),
    # zones two regions build together, by their joint short name before a place
    ("沪苏大丰产业联动集聚区新签约项目38个。", ["沪苏大丰产业联动集聚区"]),
    # 再 ends a name, except in 再生
    ("位于开发区的大周再生金属循环产业园新建厂房32万平方米。", ["大周再生金属循环产业园"]),
    # a zone's part in a place by the place and its kind alone, after a known local name
    ("中关村海淀园总收入增长8%。海淀园独角兽企业42家。", ["中关村海淀园", "海淀园"]),
    # … and by a county's name + 园 alone after the zone's name; with no zone named, a garden
    ("中关村科技园区总收入增长9.2%。其中，昌平园总收入3512亿元；丰台园增长6.1%。",
     ["中关村科技园区", "昌平园", "丰台园"]),
    ("佛山高新区营收增长5%，南海园新增企业120家。", ["佛山高新区", "南海园"]),
    ("世园会上，北京园和昌平园游客如织。", []),
    # a weak kind's name of no place that a paragraph opens with (after a transcript's marker and
    # a frame of place), its bare kind word taking it up again
    ("【解说】在海西州，柴达木循环经济试验区同样传来好消息。上半年，试验区完成工业增加值二百零三亿元。",
     ["柴达木循环经济试验区", "试验区"]),
    ("在海西州，柴达木循环经济试验区同样传来好消息。", []),
    # a short kind word alone (宁东基地 -> 基地) as a word of its own is the park; 研发基地 is not
    ("榆林能源化工基地管委会介绍，某企业在基地内建设制氢项目，其研发基地投用。", ["榆林能源化工基地", "基地"]),
    ("西安国家民用航天产业基地管委会发布数据。基地10月份新注册企业312户。", ["西安国家民用航天产业基地", "基地"]),
    # an industry's demonstration park, then 示范园 alone
    ("贺州旺高铝产业示范园入园企业41家。目前，示范园年产值超百亿元。", ["贺州旺高铝产业示范园", "示范园"]),
    # a district's industrial base; an old industrial region is none
    ("沙湾区依托沙湾新型工业基地发展钒钛产业。", ["沙湾新型工业基地"]),
    ("振兴东北老工业基地，辽宁老工业基地焕发新活力。", []),
    # a name of descriptors only that a phrase places in a zone is that park, no category
    ("位于区内的物联网小镇已集聚企业近400家。位于开发区的新能源汽车产业园投产。", ["物联网小镇", "新能源汽车产业园"]),
    # parks counted after their kind word, with thousands separators or 余
    ("永嘉县瓯北小微企业园投用。累计建成小微企业园1,089个，温州建成小微企业园二百三十余个。", ["永嘉县瓯北小微企业园"]),
    # border zones by their short forms, petrochemical zones, science parks, 数码港
    ("畹町边合区与孟定边贸区联动发展。", ["畹町边合区", "孟定边贸区"]),
    ("宁波石化区与连云港石化产业基地签约。", ["宁波石化区", "连云港石化产业基地"]),
    ("大连数码港与新竹科学园区交流。", ["大连数码港", "新竹科学园区"]),
    # zones two places build together, named by their short forms; a pronoun is no prefix
    ("川渝高竹新区和深港科技创新合作区", ["川渝高竹新区", "深港科技创新合作区"]),
    ("我们园区新开工项目十八个。", []),
    ("杭州钱塘新区交出成绩单。我们用四个关键词，带你读懂钱塘新区的2024。", ["杭州钱塘新区", "钱塘新区"]),
    # what a place counts or is (全区共有开发区23个, 台商重镇) ends the name on its left: 镇海
    # inside 重镇海沧 is no place of it
    ("全区共有开发区23个。另一个台商重镇海沧台商投资区，规划面积100平方公里。", ["海沧台商投资区"]),
    # a short form defined without quotes, a sister park, a scale slogan: no names
    ("江苏扬子江国际化学工业园（以下简称化工园区）", ["江苏扬子江国际化学工业园"]),
    # 都 inside a local name (上都镇's park) cuts nothing
    ("正蓝旗上都工业园区规划面积24.6平方公里。", ["正蓝旗上都工业园区"]),
    # an inland port is a park, 陆港 alone its short form, and a 片区 of it a part
    ("义乌国际陆港这几年最出圈的是中欧班列。陆港全年集装箱吞吐量达到145.6万标箱。", ["义乌国际陆港", "陆港"]),
    ("经开区内的郑州国际陆港片区全年开行中欧班列3200余列。", ["郑州国际陆港片区", "郑州国际陆港"]),
    # a short form declared by how the locals call it
    ("义乌信息光电高新技术产业园区（本地简称“信光园”）2017年获批。信光园光伏产业产值下降12.5%。",
     ["义乌信息光电高新技术产业园区", "信光园"]),
    # a short form with the generic 园, which the grammar reads as no name, is the park's when declared
    ("江苏扬子江国际冶金工业园（以下简称“冶金园”）位于锦丰镇。冶金园数据不含保税区。",
     ["江苏扬子江国际冶金工业园", "冶金园"]),
    ("南充化学工业园区，我们习惯叫化工园区，是经开区里面的园中园。", ["南充化学工业园区"]),
    ("作为拉萨经开区的姊妹园区，文创园区势头强劲。", ["拉萨经开区"]),
    ("支持宜昌高新区冲刺千亿园区。", ["宜昌高新区"]),
    # a city's national base (not a province's national zones); an airport economic zone
    ("榆林国家级能源化工基地（简称榆林能化基地）", ["榆林国家级能源化工基地", "榆林能化基地"]),
    ("浙江省国家级经开区数量达到23家。", []),
    ("北京大兴国际机场临空经济区规划面积100平方公里。", ["北京大兴国际机场临空经济区"]),
    # a clause going on after a zone's name, and 内 after a bare kind word, end the name there
    ("温州经济技术开发区同样重视小微园建设，园区内小微园已有12个。", ["温州经济技术开发区", "园区"]),
    ("龙湾工业园区正在建设小微园，园区内小微园已有12个。", ["龙湾工业园区", "园区"]),
    # a one-character boundary inside a place still ends the name when another place follows it:
    # 和|龙游 (not 和龙); 和龙高新区 alone is 和龙's
    ("江山经济开发区和龙游经济开发区签约。和龙高新区新增企业。", ["江山经济开发区", "龙游经济开发区", "和龙高新区"]),
    # a paragraph that opens on a descriptor park as a part of a zone names that park
    ("肇庆高新区新签约项目28个。\n新能源汽车产业园是肇庆高新区的“主引擎”。", ["肇庆高新区", "新能源汽车产业园"]),
    # 老 of a place's name is no modifier
    ("老河口经济开发区新增企业12家。", ["老河口经济开发区"]),
    # a joint park's head (中新, 中德) after words that end no name starts the name
    ("另一个政府间合作项目中新天津生态城也交出亮眼成绩。生态城新增企业23家。", ["中新天津生态城", "生态城"]),
    # a weak kind's name of no place that a paragraph opens with after a connective (与此同时)
    ("2023年,马鞍山经济技术开发区全力拼经济。\n与此同时,郑蒲港新区同样跑出加速度。2023年,郑蒲港新区完成规上工业产值486亿元。",
     ["马鞍山经济技术开发区", "郑蒲港新区"]),
    # 有 ends a name, but not inside 有色, 有机
    ("二季度将有长安汽车零部件产业园投产，金昌有色金属产业园新增企业。", ["长安汽车零部件产业园", "金昌有色金属产业园"]),
    # 来 ends a name, but not inside 未来
    ("终于在杭州未来科技城落脚了。未来科技城规划面积113平方公里。", ["杭州未来科技城", "未来科技城"]),
    # 选址 (sited in) ends a name's prefix
    ("项目选址宿迁经开区光电产业园，占地约680亩。", ["宿迁经开区光电产业园", "宿迁经开区"]),
    # a short form declared in brackets (以下简称) is the park's, though the grammar alone would
    # read no name in it
    ("上饶经开区召开会议。上饶高铁经济试验区（以下简称“高铁试验区”）数字经济产业园二期交付使用。高铁试验区与深圳某企业签约。",
     ["上饶经开区", "上饶高铁经济试验区", "高铁试验区"]),
    # the first or only of its kind is a category, no second park its short form could refer to
    ("衡阳综合保税区是湖南省首个综合保税区。综保区围网内用地不足300亩。", ["衡阳综合保税区", "综保区"]),
    # a numeral after another is part of a name (三七, a herb), not a count of parks
    ("砚山三七产业园区入驻企业120家。", ["砚山三七产业园区"]),
    # a writer's word for the zone (该区, 我区) and a time word (这几年) end the name before a park
    ("许昌高新区新增企业31家。该区尚集产业园新开工项目9个。", ["许昌高新区", "尚集产业园"]),
    ("他说，县里还有个柳林产业集聚区。这几年柳林产业集聚区引进项目26个。", ["柳林产业集聚区"]),
    # a name longer than the usual reach back: the zone's full name, then a park of its own in it
    ("在长沙经济技术开发区北部先进装备制造产业园，项目正在建设。", ["长沙经济技术开发区", "北部先进装备制造产业园"]),
    ("株洲高新技术产业开发区中国动力谷自主创新园项目开工。", ["株洲高新技术产业开发区", "中国动力谷自主创新园"]),
    # a clause's verb (jieba's dictionary says which words are verbs) ends the name before a bare
    # kind word: the park taken in, then the zone the article is about
    ("2015年，龙潭工业园整体划归开发区，开发区面积扩大到40平方公里。", ["龙潭工业园"]),
    ("次年，龙潭工业园整体移交开发区管理。", ["龙潭工业园"]),
    ("园区全面推行园区“标准地”出让。", []),
    # ... and before a bare zone, a park of that zone follows: the verb's object
    ("反映经开区光伏材料产业园用电问题", ["经开区光伏材料产业园"]),
    # a route's word ends a name though jieba tags it no verb
    ("途经园区的公交线路增加了。", []),
    # a name of descriptors only that the words after it place in a zone is that park's
    ("一、关于招商。数字装备产业园位于宣城经济技术开发区东部，规划面积2.1平方公里。",
     ["数字装备产业园", "宣城经济技术开发区"]),
    # ... not before the kind words that names with a verb take
    ("济南新旧动能转换起步区和沪苏大丰产业联动集聚区签约。", ["济南新旧动能转换起步区", "沪苏大丰产业联动集聚区"]),
    # a middle dot between a zone's name and a part's sets the part's own name apart
    ("广东阳江高新技术产业开发区·临港工业园规划面积12.8平方公里。", ["广东阳江高新技术产业开发区", "临港工业园"]),
    # a bonded logistics centre is a park of its own, its type in brackets after the name
    ("安阳保税物流中心（B型）去年进出口额增长12%。B型中心入驻企业28家。", ["安阳保税物流中心"]),
    # 系 (is) ends a name, but not inside 系统
    ("本公司（以下简称“发行人”）系东营经开区管理委员会出资设立，注册地在系统工程产业园。", ["东营经开区", "系统工程产业园"]),
    # placed in the zone a bare kind word refers to, a park of descriptors only
    ("石河子经开区新增企业46家。位于开发区化工新材料产业园的天业集团投产。", ["石河子经开区", "开发区", "化工新材料产业园"]),
    # 中以 is a joint park's name only where a name starts: 各园区中以台南园区表现最亮眼
    ("各园区中以台南园区表现最亮眼，中以常州创新园次之。", ["台南园区", "中以常州创新园"]),
    # central business districts, innovation corridors (a road's code stays in the name), port
    # zones with a committee (not a port's harbour area), a free trade zone's new area
    ("虹桥国际中央商务区与长三角G60科创走廊联动。", ["虹桥国际中央商务区", "长三角G60科创走廊"]),
    ("嘉兴港区和岳阳城陵矶新港区签约，北部湾港钦州港区吞吐量增长。", ["嘉兴港区", "岳阳城陵矶新港区"]),
    ("上海临港新片区集聚企业5.7万家。", ["上海临港新片区"]),
    # a known zone's part in a place, by its full and its short name (the zone named inside it too)
    ("中关村科技园区昌平园（中关村昌平园）全年实现总收入5280亿元。", ["中关村科技园区昌平园", "中关村科技园区", "中关村昌平园"]),
    # a place tag before the name: 广西·柳州
    ("【广西·柳州柳东新区】一季度汽车产量18.6万辆。", ["柳州柳东新区"]),
    # a short place that is a common word (合作, 新城) starts no name inside one
    ("区内的中韩自贸区地方经济合作产业园已落户项目46个。", ["中韩自贸区地方经济合作产业园", "中韩自贸区"]),
    ("位于钦州港片区的东盟经济合作产业园新增企业12家。", ["东盟经济合作产业园"]),
    # an address's province before a city is no part of the name
    ("建设地点：江西省赣州经开区新能源汽车科技城。", ["赣州经开区新能源汽车科技城", "赣州经开区"]),
    ("项目落户广西壮族自治区南宁经济技术开发区。", ["南宁经济技术开发区"]),
    # an address of a city and a district written in full is no part of the name after it
    ("数据中心位于宁夏中卫市沙坡头区中卫西部云基地。", ["中卫西部云基地"]),
    ("厂区位于江苏省苏州市吴中区木渎工业园。", ["木渎工业园"]),
    ("温岭市泽国牛桥小微企业园新入驻企业12家。", ["温岭市泽国牛桥小微企业园"]),
    # a fund named after the parks it holds is no park; a cause's 受 is no part of a name
    ("汇智苏南产业园封闭式基础设施证券投资基金（汇智苏南产业园REIT）持有两个项目。", []),
    ("下降主要受昆山智造谷产业园出租率回落影响。", ["昆山智造谷产业园"]),
    # what a project does for a park: 拉动, 利用
    ("建成后将有力拉动经开区工业增长。", []),
    ("利用园区厂房屋顶建设分布式光伏约50兆瓦。", []),
    # a forum's asides and a demonstrative before a kind word are no part of a name
    ("说实话高新区的标准厂房空置率不低。", []),
    ("听说经开区明年还要扩区。", []),
    ("清河高新区那个东山产业园去年产值不小。", ["清河高新区", "东山产业园"]),
    # a road named after a park is no mention of it; what a figure holds (含) ends a name
    ("项目建设地点为江阴-靖江工业园区园区大道9号。", ["江阴-靖江工业园区"]),
    ("公司位于苏州高新区科技园路88号。", ["苏州高新区"]),
    ("注：邳州经济开发区数据含半导体材料产业园。", ["邳州经济开发区"]),
    ("含山经济开发区新签约项目12个。", ["含山经济开发区"]),
    # a zone's part that a table's row or a sentence introduces with 其中 after the zone
    ("二、邳州经济开发区\n规模以上工业总产值 亿元 41.26\n其中：半导体材料产业园\n规模以上工业总产值 亿元 8.15",
     ["邳州经济开发区", "半导体材料产业园"]),
    ("全市共有园区12个。其中，新能源产业园产值最高。", []),
    # a province before a county's economic zone is its address, not a region's name; a park
    # placed in it keeps its where-word out of its name
    ("江苏东台沿海经济区“风光”正好。区内的沿海新能源产业园规划面积12.8平方公里。",
     ["江苏东台沿海经济区", "新能源产业园"]),
    ("广西北部湾经济区经济总量增长。", []),
    # a bare zone word before a small park's kind: the zone's small parks, no name of their own
    ("龙港经济开发区发展良好。在经开区小微企业园建设中，该行发放项目贷款。", ["龙港经济开发区", "经开区"]),
    # modifiers alone after a zone's name make no park of their own (智慧园区: a smart park's platform)
    ("昌都经济开发区智慧园区管理平台建设项目。丽水经济技术开发区绿色园区建设成效明显。",
     ["昌都经济开发区", "丽水经济技术开发区"]),
    # a contrast and a distance end a name (not 离: 离岛工业区)
    ("全省平均在15%左右，而老河口高新区超过20%。钟祥站距园区8公里。", ["老河口高新区", "园区"]),
    # a tourism resort zone, and a website's column that names none
    ("茅山旅游度假区游客服务中心人气旺。全省国家级旅游度假区达到12家。", ["茅山旅游度假区"]),
    ("泰兴经济开发区全年在市政府门户网站经开区专栏主动公开信息。", ["泰兴经济开发区", "经开区"]),
    # a slogan's verb (抓产业强园区) is no part of a name, but a county's 强 is
    ("（一）全力抓产业强园区。", []),
    ("枣强经济开发区、宁强县工业园区和武强经济开发区", ["枣强经济开发区", "宁强县工业园区", "武强经济开发区"]),
    # a town's name is the short form of its zone's long name (创新发展 ends nothing)
    ("签约的是乌镇互联网创新发展试验区的2个项目。有请乌镇试验区管委会主任上台签约！",
     ["乌镇互联网创新发展试验区", "乌镇试验区"]),
])
def test_park_names(text, parks):
    assert written(text) == parks


@pytest.mark.parametrize("text", [
    # modifiers, not places or names, before the kind word: categories
    "获得省级绿色低碳园区、省级化工园区等荣誉。",
    "推动全省沿海经开区实施“一园一策”，沿江开发区同步推进。",
    "将投入新台币38亿元办理老旧工业区更新。",
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
    # the zones a ministry runs
    "经济部加工出口区管理处公布营运成果，经济部产业园区管理局表示…",
    # a region's grade and a class: categories
    "被评为自治区级A类工业园区。",
    # a ranking's parks
    "百强园区合计营业收入占比37.8%。苏州跻身十强开发区。",
    # a paper's study area is no place; 地区 alone is a prefecture's, as 全地区 is: its parks
    "地区开发区建设发展领导小组办公室会同地区审计局开展督查。",
    "表1 研究区园区基本情况（2022年）",
    # a province alone before a kind it has many of: its parks
    "江苏开发区营收增长，浙江省小微企业园提质扩面，广西工业园区招商。",
    # ... also one whose full name holds a people without 族 (新疆维吾尔自治区)
    "新疆开发区2023年成绩单出炉。",
    # more of them, and one of them: a policy's words
    "推动更多园区进入世界一流高科技园区行列。", "单个园区最高奖励200万元。",
    # a kind of cooperation
    "作为两省共建的首个跨省合作园区，该区发展迅速。",
])
def test_categories_are_no_parks(text):
    assert named(text) == []


@pytest.mark.parametrize("name, short", [
    ("延边朝鲜族自治州", "延边"), ("新疆维吾尔自治区", "新疆"), ("伊犁哈萨克自治州", "伊犁"),
    ("巴音郭楞蒙古自治州", "巴音郭楞"), ("海西蒙古族藏族自治州", "海西"), ("内蒙古自治区", "内蒙古"),
])
def test_an_autonomous_area_s_short_name_drops_its_peoples(name, short):
    from parktool.parks import _short

    assert _short(name) == short


def test_fullest_form_is_canonical_and_short_forms_are_aliases():
    text = "丽水经开区超常规推进。丽水经济技术开发区跑出速度。经开区先后引进22家企业。"
    parks = find_parks(text)
    assert [(m.name, m.canonical, m.kind) for m in parks.mentions] == [
        ("丽水经开区", "丽水经济技术开发区", "经济技术开发区"),
        ("丽水经济技术开发区", "丽水经济技术开发区", "经济技术开发区"),
        ("经开区", "丽水经济技术开发区", "经济技术开发区"),
    ]
    assert parks.aliases == {"丽水经济技术开发区": ["丽水经开区", "经开区"]}


def test_short_form_of_a_national_zone_keeps_its_name_and_gains_the_official_one():
    """金华开发区 is the national 金华经济技术开发区 (parks_gazetteer.tsv). An article that writes
    only the short form calls the park by it (eval/GUIDE.md: the fullest form the article uses);
    the official name is an alias, so the parks table makes one park of both across articles."""
    parks = find_parks("金华开发区瞄准项目建设。开发区有序推进片区改造。", "“提质量”金华开发区加速竞跑")
    assert parks.main == "金华开发区"
    assert {m.canonical for m in parks.mentions} == {"金华开发区"}
    assert parks.aliases == {"金华开发区": ["开发区", "金华经济技术开发区"]}
    parks = find_parks("金华经济技术开发区瞄准项目建设。金华开发区有序推进片区改造。")
    assert {m.canonical for m in parks.mentions} == {"金华经济技术开发区"}


def test_short_form_of_a_zone_not_in_the_gazetteer_stays_as_written():
    """永康开发区 is provincial: without the full form in the article, it stays."""
    parks = find_parks("永康开发区瞄准项目建设。开发区有序推进片区改造。", "永康开发区加速竞跑")
    assert parks.main == "永康开发区"
    assert parks.aliases == {"永康开发区": ["开发区"]}


def test_this_park_and_the_paragraph_opening_with_it_after_are_the_park_just_named():
    """这个…的园区 right after a park is named is that park, not the article's main park, and so is
    the 园区 that opens the next paragraph; one further on is the main park's again."""
    text = ("滕州经济开发区规划面积38.5平方公里。经开区围绕机床装备招商。\n"
            "沿着城区往东北方向行驶，这里就是滕州市鲁南高科技化工园区。这个以煤化工起家的园区，如今正在向高端化迈进。\n"
            "园区规划面积18.6平方公里，是首批认定的化工园区之一。\n"
            "资料3\n园区去年新签约项目12个。")
    parks = find_parks(text)
    assert parks.main == "滕州经济开发区"
    assert [m.canonical for m in parks.mentions if m.name == "园区"] == ["滕州市鲁南高科技化工园区"] * 2 + ["滕州经济开发区"]


def test_a_name_without_its_place_and_modifier_is_the_same_park_and_no_brand_s_site():
    """昭通绿色 before a name the article also writes alone is its place and a modifier, not a
    company's name (宁德时代成都经开区 is a company's site in 成都经开区)."""
    parks = find_parks("园区内的昭通绿色铝精深加工产业园建成电解铝产能70万吨。推动绿色铝精深加工产业园新增能力30万吨。")
    assert {m.canonical for m in parks.mentions} == {"昭通绿色铝精深加工产业园"}


def test_a_park_named_also_by_its_place_and_own_name_goes_by_that_not_its_zone_s():
    """枣阳经济开发区汽车零部件产业园 and 枣阳汽车零部件产业园 are one park, which goes by its own
    name; the zone's is an alias, and the zone holds it."""
    parks = find_parks("记者走进枣阳经济开发区汽车零部件产业园，货车驶出厂区。位于经开区东部的枣阳汽车零部件产业园，"
                       "规划面积8.6平方公里。")
    assert [m.canonical for m in parks.mentions][0] == "枣阳汽车零部件产业园"
    assert parks.aliases["枣阳汽车零部件产业园"] == ["枣阳经济开发区汽车零部件产业园"]
    assert parks.parent == {"枣阳汽车零部件产业园": "枣阳经济开发区"}


def test_abbreviated_and_place_prefixed_names_are_one_park():
    text = "丽水市浙西南科技创新产业园项目总占地面积174亩。加速建成浙西南科创产业园。"
    parks = find_parks(text)
    assert {m.canonical for m in parks.mentions} == {"丽水市浙西南科技创新产业园"}
    assert parks.aliases == {"丽水市浙西南科技创新产业园": ["浙西南科创产业园"]}


@pytest.mark.parametrize("title, text, same", [
    # a prefix that drops characters from the middle of a longer one abbreviates it
    ("在山西综改示范区经济运行分析会上的讲话", "山西转型综合改革示范区实现营收2150亿元。", True),
    ("", "杭州经济技术开发区实现营收300亿元。杭州钱塘经济技术开发区实现营收200亿元。", False),
    ("", "南京江北新区新增企业300家。南京北部新区规划面积20平方公里。", False),
])
def test_a_name_with_characters_dropped_from_its_middle_is_the_same_park(title, text, same):
    parks = find_parks(text, title)
    assert (len({m.canonical for m in parks.mentions + parks.title_mentions}) == 1) == same


def test_descriptor_name_that_ends_a_park_name_is_that_park():
    text = "金华新能源汽车小镇零跑项目现场。目前，新能源汽车小镇正在规划打造一个零跑汽车产业园。"
    assert named(text) == ["金华新能源汽车小镇", "零跑汽车产业园"]


def test_a_bare_kind_word_before_a_park_s_name_is_its_zone_not_its_name():
    """经开区化工循环产业园 is 化工循环产业园, in the zone the bare 经开区 refers to."""
    parks = find_parks("金昌经开区产值增长。从园区看，经开区化工循环产业园完成产值136.2亿元。")
    park = next(m for m in parks.mentions if m.name == "经开区化工循环产业园")
    assert park.canonical == "化工循环产业园"
    assert "经开区化工循环产业园" in parks.aliases["化工循环产业园"]


@pytest.mark.parametrize("text, canonical", [
    # placed under the bare 经开区 first, under the zone's name later: one park, named in full
    ("位于经开区医药健康产业园的中药材项目开工。吉林参王项目落户白山经济开发区医药健康产业园。医药健康产业园集聚企业三十七家。",
     "白山经济开发区医药健康产业园"),
    # … but after a bare word of another kind of zone (高新区), a park of that other zone
    ("新材料项目落户白山经济开发区新材料产业园。位于高新区新材料产业园的项目投产。", None),
])
def test_a_descriptive_park_named_once_inside_its_zone_is_one_park(text, canonical):
    """A park of descriptors only (医药健康产业园) that the article also names after its zone
    (白山经济开发区医药健康产业园) is that park; after another zone's bare word, another park."""
    names = {m.canonical for m in find_parks(text).mentions if m.name.endswith("产业园")}
    assert names == ({canonical} if canonical else {"白山经济开发区新材料产业园", "新材料产业园"})


def test_a_zone_s_part_goes_by_its_place_and_kind_alone():
    text = "河套深港科技创新合作区深圳园区新引进项目20个。深圳园区企业研发投入增长15%，深圳高新区营收增长8%。"
    assert [(m.name, m.canonical) for m in find_parks(text).mentions if "深圳" in m.name] == [
        ("河套深港科技创新合作区深圳园区", "河套深港科技创新合作区深圳园区"),
        ("深圳园区", "河套深港科技创新合作区深圳园区"), ("深圳高新区", "深圳高新区")]


def test_a_city_s_shi_adds_nothing_to_the_fullest_name():
    parks = find_parks("北海工业园区实现产值812亿元。北海市工业园区新增企业9家。")
    assert {m.canonical for m in parks.mentions} == {"北海工业园区"}
    # … but a longer name stays the fullest
    assert named("丽水市浙西南科技创新产业园开工。浙西南科技创新产业园投资30亿元。") == ["丽水市浙西南科技创新产业园"]


def test_a_national_zone_s_official_name_is_canonical_when_the_article_writes_it():
    """An address's city before the name (苏州市昆山综合保税区) makes no fuller name than the zone's
    official one, when the article writes that too; when it does not, the fullest stands."""
    both = find_parks("苏州市昆山综合保税区新增企业12家。昆山综合保税区进出口增长9%。")
    assert {m.canonical for m in both.mentions} == {"昆山综合保税区"}
    one = find_parks("苏州市昆山综合保税区新增企业12家。昆山综保区进出口增长9%。")
    assert {m.canonical for m in one.mentions} == {"苏州市昆山综合保税区"}


@pytest.mark.parametrize("province", ["湖南", "湖南省"])
def test_a_province_before_a_national_zone_s_official_name_is_no_part_of_it(province):
    """A province written before the official name is a tag, not a fuller name: the official name
    stands, as when the article writes it alone."""
    parks = find_parks(f"这里是{province}娄底经济技术开发区。娄底经开区规上工业总产值突破1200亿元。")
    assert {m.canonical for m in parks.mentions} == {"娄底经济技术开发区"}
    # a city before it is an address, and without the official name written the fullest stands
    assert named("苏州市昆山综合保税区新增企业12家。昆山综保区进出口增长9%。") == ["苏州市昆山综合保税区"]


def test_a_kind_word_after_its_city_s_first_character_is_that_city_s_park():
    parks = find_parks("哈尔滨经济技术开发区规上工业增长9%。哈经开区新签约项目43个，哈尔滨新区增长6%。", "哈经开区项目提速")
    assert parks.main == "哈尔滨经济技术开发区"
    assert [(m.name, m.canonical) for m in parks.mentions] == [
        ("哈尔滨经济技术开发区", "哈尔滨经济技术开发区"), ("哈经开区", "哈尔滨经济技术开发区"), ("哈尔滨新区", "哈尔滨新区")]
    # no park of its kind in a city of that character: nothing
    assert named("沈阳经济技术开发区增长9%。哈经开区新签约项目43个。") == ["沈阳经济技术开发区"]


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
    # a title that speaks first of several parks at once: none is the article's
    ("三大科学园区营运成绩出炉　南科营收年增8.9%", "新竹、中部、南部三大科学园区营业额合计3兆3,929亿元。"
     "南部科学园区（南科）营业额达1兆1,286亿元。南科厂商家数达276家。", ""),
    ("南科营收年增8.9%　三大科学园区营运成绩出炉", "新竹、中部、南部三大科学园区营业额合计3兆3,929亿元。"
     "南部科学园区（南科）营业额达1兆1,286亿元。南科厂商家数达276家。", "南部科学园区"),
    # a title that is a park's name alone (its bulletin) names the article's park, however often
    # the body names another
    ("沭阳经济技术开发区", "今年以来，沭阳经开区稳中有进。宿迁经开区来我区交流。据介绍，宿迁经开区一季度签约项目18个。"
                    "宿迁经济技术开发区党工委一行来访。", "沭阳经济技术开发区"),
    # the title's park, named once in the body and then called 园区 before another park comes up,
    # outweighs two parks the later paragraphs name three times each
    ("常州经开区举行外资项目签约仪式", "常州经开区举行签约仪式。园区今年签约项目12个。园区实际使用外资3亿美元。\n"
     "同日，武进国家高新区签约项目5个。武进高新区现有企业800家，武进高新区去年营收900亿元。\n"
     "溧阳经济开发区签约项目3个。溧阳经开区现有企业600家，溧阳经开区去年营收500亿元。", "常州经开区"),
    # … and one about a province's parks: the park its lead walks into is an example
    ("浙江小微企业园提质扩面", "走进永嘉县瓯北小微企业园，厂房整齐排列。永嘉县瓯北小微企业园入园企业136家。", ""),
    # a title that names a park beside another after a dot is about the first
    ("郑州航空港经济综合实验区·郑州经济技术开发区投资指南",
     "郑州航空港经济综合实验区位于郑州东南。区内的郑州新郑国际机场货邮吞吐量62.5万吨。", "郑州航空港经济综合实验区"),
    # a speech at a park's own meeting is the park's, however often the body names another
    ("在苏州高新区2025年经济工作会议上的讲话", "同志们：苏州高新区去年营收增长。浒墅关经开区表现突出。浒墅关经开区新增企业30家。"
     "浒墅关经开区营收增长8%。", "苏州高新区"),
    # a title that names a part after its zone is the part's
    ("在哈尔滨新区江北一体发展区经济工作大会上的讲话", "同志们：去年，江北一体发展区地区生产总值增长6.2%。哈尔滨新区整体保持平稳。",
     "哈尔滨新区江北一体发展区"),
    # a headline's two cities before one kind word, whose zones the body names one by one: both
    # zones, no one of them; a joint park the body names as one stays one
    ("煤城转型提速 七台河双鸭山开发区引资逾百亿", "七台河经济开发区与双鸭山经济开发区新签约项目53个。"
     "双鸭山经开区实现产值96.8亿元。开发区煤炭产值下降12.5%。", ""),
    ("苏州宿迁工业园区签约项目12个", "苏州宿迁工业园区新签约项目12个。苏州工业园区和宿迁经开区合作共建。", "苏州宿迁工业园区"),
])
def test_main_park(title, text, main):
    assert find_parks(text, title).main == main


def test_bare_kind_words_after_another_park_do_not_weigh_for_the_title_s_park():
    text = ("常州经开区举行签约仪式。\n同日，武进国家高新区签约项目5个。武进高新区现有企业800家，"
            "武进高新区去年营收900亿元。园区规划面积50平方公里。园区企业过千家。")
    assert find_parks(text, "常州经开区举行外资项目签约仪式").main != "常州经开区"
    # … nor those before the body names it (a national total's 园区内 ahead of the parks' paragraphs)
    text = ("科技部消息，全国178家国家高新区营收增长7.3%。国家高新区企业研发投入达到1.2万亿元，占全国的48%；"
            "园区内高新技术企业数量达到12万家。\n武汉东湖新技术开发区（东湖高新区）营收1.86万亿元。"
            "东湖高新区新增企业1105家。\n深圳高新区营收2.26万亿元。")
    assert find_parks(text, "国家高新区营收较快增长 武汉、深圳高新区领跑").main != "深圳高新区"


@pytest.mark.parametrize("text", [
    "永康\n开发区今年完成投资10亿元。",  # a heading line without a full stop, then a bare kind
    "关于永康\n经济开发区的报道",
])
def test_a_name_never_reaches_back_over_a_line_break(text):
    assert [(m.name, m.start) for m in find_parks(text).mentions] == []


def test_bare_kind_refers_to_the_one_park_of_its_kind():
    parks = find_parks("永康开发区管委会负责人观摩。开发区盘活30亩闲置用地。")
    assert [(m.name, m.canonical) for m in parks.mentions] == [("永康开发区", "永康开发区"), ("开发区", "永康开发区")]


def test_bare_kind_in_a_paragraph_about_another_park_of_its_kind_is_that_park():
    """The title's park is the article's, but a paragraph that names another park of the kind and
    not it speaks of that one."""
    text = ("嘉兴经济技术开发区规上工业总产值增长7.8%。\n在平湖，平湖经济技术开发区同样跑出加速度，该区新签约项目31个。"
            "开发区还盘活低效用地1,850亩。\n嘉兴经开区新增企业120家，开发区亩均税收增长5%。")
    parks = find_parks(text, "嘉兴经开区产值突破千亿元 平湖经开区项目签约提速")
    assert [(m.name, m.canonical) for m in parks.mentions if m.name == "开发区"] == [
        ("开发区", "平湖经济技术开发区"), ("开发区", "嘉兴经济技术开发区")]


def test_bare_kind_that_opens_a_paragraph_refers_to_the_one_park_of_its_kind():
    # named once, in a paragraph before: the subject of a paragraph is that park
    parks = find_parks("12月3日，中老铁路开通运营两周年，沿线经济持续升温。记者从中国老挝磨憨—磨丁经济合作区获悉，"
                       "过货量创新高。\n客运方面，旅客增长。\n合作区今年新签约项目56个。")
    assert [(m.name, m.canonical) for m in parks.mentions] == [
        ("中国老挝磨憨—磨丁经济合作区", "中国老挝磨憨—磨丁经济合作区"), ("合作区", "中国老挝磨憨—磨丁经济合作区")]


def test_a_bare_yuanqu_goes_on_referring_to_its_park_in_the_next_paragraph_after_a_time():
    """…石化产业园依托…，园区现有企业18家。\n今年，园区重点推进…: the same park, the paragraph before
    naming the zone too."""
    text = ("松原是油田所在地。近年来，松原经开区石化产业园依托油田资源优势，园区现有企业18家。\n"
            "今年，园区重点推进年产6万吨溶剂项目。")
    mentions = [(m.name, m.canonical) for m in find_parks(text, "依托资源 打造石化高地").mentions]
    assert [m for m in mentions if m[0] == "园区"] == [("园区", "松原经开区石化产业园")] * 2


def test_a_bare_yuanqu_declared_a_park_s_short_form_is_that_park_after_its_parts_are_named():
    """普洱工业园区（以下简称“园区”）…统筹思茅片区、景谷片区…。园区实现…: the declared park, not the
    part named last; the parts, a two-character name + 片区 after the park, are parks too."""
    text = ("规划实施以来，普洱工业园区（以下简称“园区”）坚持“一区三片”发展格局，统筹思茅片区、宁洱片区、景谷片区协同发展。"
            "2023年，园区实现规模以上工业总产值412.7亿元。")
    mentions = [(m.name, m.canonical) for m in find_parks(text).mentions]
    assert ("景谷片区", "景谷片区") in mentions and ("宁洱片区", "宁洱片区") in mentions
    assert mentions[-1] == ("园区", "普洱工业园区")
    assert [m.name for m in find_parks("全市开发区新增企业12家。城西片区改造面积12万平方米。").mentions] == []


def test_a_city_s_shi_before_its_zone_names_the_same_zone():
    """商丘市经开区 is 商丘经济技术开发区 (not in the gazetteer); 邵阳县经济开发区 is not 邵阳's zone; a
    title opening with 经开区 is that zone's, not the park named after it."""
    text = ("商丘经济技术开发区工作周报。商丘市经开区今年新开工项目12个。商丘经开区冷链物流产业园入驻企业46家。"
            "邵阳经济技术开发区和邵阳县经济开发区各引进项目5个。")
    parks = find_parks(text, "经开区工作周报（2024年第23期）")
    canonical = {m.name: m.canonical for m in parks.mentions}
    assert canonical["商丘市经开区"] == "商丘经济技术开发区" and parks.main == "商丘经济技术开发区"
    assert canonical["邵阳县经济开发区"] == "邵阳县经济开发区"


def test_a_bare_yuanqu_after_a_reporter_s_visit_is_the_park_visited():
    text = ("近日，记者走进位于柯桥经济开发区的齐贤智造小微企业园，厂房整齐排列。“去年园区入驻企业52家。”\n"
            "绍兴柯桥经济技术开发区规上工业总产值增长6%。")
    mentions = [(m.name, m.canonical) for m in find_parks(text, "柯桥经开区小微园提质").mentions]
    assert ("园区", "齐贤智造小微企业园") in mentions


def test_a_small_park_s_bare_kind_in_a_paragraph_about_a_zone_is_that_zone_s_own():
    # 小微园 named in an earlier paragraph; in a paragraph about a zone, 小微园 are the zone's own
    text = ("记者走进瓯海经济开发区的娄桥智造小微企业园。娄桥智造小微企业园入驻企业48家。小微园产值21.6亿元。\n"
            "温州经济技术开发区同样把小微园作为“腾笼换鸟”的载体，其中小微园贡献税收近11亿元。")
    mentions = [(m.start, m.canonical) for m in find_parks(text).mentions if m.name == "小微园"]
    assert [canonical for start, canonical in mentions if start > text.index("\n")] == []
    # … but a zone's bare kind word still refers to the zone named before (seed 003)
    assert ("开发区", "永康开发区") in [(m.name, m.canonical) for m in find_parks(
        "永康开发区管委会负责人观摩。\n德化县古洋工业园区27家企业投产；开发区盘活30亩闲置用地。").mentions]


def test_a_bare_yuanqu_under_a_heading_that_names_a_park_is_that_park():
    """A section headed by a park's name alone (三、…) speaks of it: its bare 园区 is that park, not
    the article's main park, until the main park is named again."""
    text = ("二、淮安经济技术开发区\n淮安经开区规划面积约120平方公里。\n园区主导产业为电子信息。\n"
            "三、苏淮高新技术产业开发区\n◆ 园区概况\n规划面积约60平方公里。\n四、投资成本（以淮安经开区为例）\n"
            "园区工业用地价格19万元/亩。")
    assert [(m.name, m.canonical) for m in find_parks(text, "淮安经开区投资指南").mentions if m.name == "园区"] == [
        ("园区", "淮安经济技术开发区"), ("园区", "苏淮高新技术产业开发区"), ("园区", "淮安经济技术开发区")]


def test_a_bare_yuanqu_that_says_what_a_park_is_is_that_park():
    text = "苏宿园区是苏州工业园区与宿迁市合作共建的南北共建园区，规划面积15.2平方公里。"
    assert [(m.name, m.canonical) for m in find_parks(text).mentions if m.name == "园区"] == [("园区", "苏宿园区")]


def test_an_award_s_kind_word_after_its_level_and_modifiers_is_no_park():
    text = "涟水工业园区新开工项目12个，涟水工业园区投资增长9%。\n淮安经开区新增高新技术企业45家，获评国家级绿色工业园区。"
    assert [m.name for m in find_parks(text).mentions] == ["涟水工业园区", "涟水工业园区", "淮安经开区"]


@pytest.mark.parametrize("text", [
    "重点园区运行情况\n掇刀园区产值增长。", "特色园区建设取得成效。", "各地要加快建设智慧园区。",
])
def test_a_bare_kind_word_after_a_modifier_is_a_kind_of_park_not_the_article_s(text):
    """重点园区 (key parks), 特色园区, 智慧园区: a kind of park, not the park a bare 园区 refers to."""
    found = find_parks(text, "荆门高新技术产业开发区")
    assert [m.canonical for m in found.mentions if m.name == "园区"] == []


def test_the_title_s_zone_is_main_though_the_body_names_only_its_part():
    """A zone's report that names, in its body, only a park inside it (whose name begins with the
    zone's): the zone of the title is still the report's park, and the part is nested in it."""
    found = find_parks("二、潍坊滨海化工产业园\n营业收入86.4亿元。化工产业园规上企业58家。化工产业园在建项目12个。",
                       "潍坊滨海经济技术开发区2024年1-6月主要经济指标")
    assert found.main == "潍坊滨海经济技术开发区"
    assert found.parent == {"潍坊滨海化工产业园": "潍坊滨海经济技术开发区"}


def test_a_name_with_a_place_in_brackets_is_that_place_and_the_rest_for_short():
    """中国图们江区域（珲春）国际合作示范区 goes by 珲春国际合作示范区: one park, either order."""
    full, short = "中国图们江区域（珲春）国际合作示范区", "珲春国际合作示范区"
    for text in (f"{full}新增企业37家。{short}实际利用外资5亿美元。", f"{short}新增企业37家。{full}实际利用外资5亿美元。"):
        assert {m.canonical for m in find_parks(text).mentions} == {full}


def test_the_autonomous_region_s_zones_are_a_category():
    """增速居自治区综保区首位: the region's bonded zones, a category (as 全省开发区), no park."""
    found = find_parks("满洲里综合保税区进出口额增长24.5%，增速居自治区综保区首位。")
    assert [m.name for m in found.mentions] == ["满洲里综合保税区"]


def test_a_bare_abbreviation_between_a_city_s_zone_and_its_county_s_is_the_city_s():
    """An interview about two 经开区, the city's own (赣州) and a county's of that city (龙南), with
    no main park: a bare 经开区 in a paragraph naming neither is the city's; between the zones of
    two cities it stays no one's."""
    text = ("赣州的两张王牌怎么打？\n——访市工信局局长\n记者：园区怎么布局？\n答：“一核”就是赣州经济技术开发区，主攻新能源汽车；"
            "龙南经济技术开发区主攻稀土冶炼。\n先说经开区。经开区新能源汽车企业有一百二十多家。\n"
            "记者：龙南呢？\n答：龙南经开区规划面积约36平方公里。龙南经开区电子信息产业也起来了，龙南经开区营收增长两成。")
    assert [m.canonical for m in find_parks(text).mentions if m.name == "经开区"] == ["赣州经济技术开发区"] * 2
    other = text.replace("龙南", "吉安")
    assert [m.canonical for m in find_parks(other).mentions if m.name == "经开区"] == []


@pytest.mark.parametrize("title, main", [
    # a title that opens with a bare zone word: the one such zone the body names
    ("【请核对】高新区三季度经济运行数据", "荆门高新技术产业开发区"),
    ("高新区召开三季度经济运行分析会", "荆门高新技术产业开发区"),
    # ... but not a kind of park after a place, nor a bare word the title does not open with
    ("荆门市2026年高新区及工业园区重点项目清单", ""),
])
def test_a_title_that_opens_with_a_bare_zone_word(title, main):
    text = ("统计局初报数据如下。\n一、荆门高新技术产业开发区前三季度主要指标\n地区生产总值312.4亿元，增长6.5%。\n"
            "另外，漳河新区部分另行报送。")
    assert find_parks(text, title).main == main


def test_a_title_s_zone_named_without_its_city_is_the_article_s():
    """临港经开区 in the title, 沧州临港经济技术开发区 in the body: the same park, the article's; but
    a venue in the title (签约仪式在临港经开区举行) makes no park the article's."""
    text = ("今年一季度，沧州临港经济技术开发区主要经济指标实现开门红。在沧州临港化工园区，项目进展顺利。"
            "化工园区规上企业87家。化工园区产值增长。")
    assert find_parks(text, "一季度成绩单出炉！临港经开区这些数据亮了").main == "沧州临港经济技术开发区"
    assert find_parks(text, "全市重大项目集中签约仪式在临港经开区举行").main == ""


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
    # divisions created or renamed since cpca's table (places_since_cpca.tsv)
    ("坪山高新区", ("广东省", "深圳市")),  # 坪山区, 2016
    ("长垣经济技术开发区", ("河南省", "新乡市")),  # 长垣市, 2019
    ("那曲高新区", ("西藏自治区", "那曲市")),  # 那曲市, 2017: a city cpca knows as 那曲地区
])
def test_park_place(name, place):
    assert park_place(name) == place


def test_seed_mentions_point_into_the_text():
    for seed in seed_texts():
        parks = find_parks(seed.text, seed.title)
        for m in parks.mentions:
            assert seed.text[m.start:m.end] == m.name
        assert all(alias != name for name, aliases in parks.aliases.items() for alias in aliases)


# ---------------------------------------------------------------- official names (gazetteer)

@pytest.mark.parametrize("text, canonical", [
    # 经开区, 开发区, 经济开发区 -> 经济技术开发区, with the province or 市 written or not
    ("丽水经开区引进22家企业。", "丽水经济技术开发区"),
    ("泉州开发区盘活闲置用地。", "泉州经济技术开发区"),
    ("西安经开区去年GDP突破1000亿元。", "西安经济技术开发区"),
    ("昆山开发区完成外贸进出口总额3560亿元。", "昆山经济技术开发区"),
    ("长春经开区新签约项目12个。", "长春经济技术开发区"),
    ("乌鲁木齐经开区招商引资成效明显。", "乌鲁木齐经济技术开发区"),
    ("成都经开区汽车产业产值增长。", "成都经济技术开发区"),
    ("湖南长沙经开区工程机械集群。", "长沙经济技术开发区"),
    ("浙江金华经开区加速竞跑。", "金华经济技术开发区"),
    ("南昌市经济开发区新增企业。", "南昌经济技术开发区"),
    ("洋浦经开区进出口增长。", "洋浦经济开发区"),
    ("亦庄开发区集成电路产业。", "北京经济技术开发区"),
    ("大亚湾开发区石化产业。", "惠州大亚湾经济技术开发区"),
    ("天津西青经开区营收增长。", "天津西青经济技术开发区"),
    # 高新区 -> 高新技术产业开发区, and the names that differ (火炬, 东湖, 张江, 松山湖)
    ("合肥高新区实际利用外资4.3亿美元。", "合肥高新技术产业开发区"),
    ("西安高新区营业收入增长。", "西安高新技术产业开发区"),
    ("苏州高新区新增高新技术企业。", "苏州高新技术产业开发区"),
    ("宝鸡高新区钛产业集群。", "宝鸡高新技术产业开发区"),
    ("兰州高新区完成投资。", "兰州高新技术产业开发区"),
    ("东莞松山湖高新区研发投入。", "东莞松山湖高新技术产业开发区"),
    ("松山湖高新区研发投入。", "东莞松山湖高新技术产业开发区"),
    ("厦门火炬高新区营收增长。", "厦门火炬高技术产业开发区"),
    ("东湖高新区光电子产业。", "武汉东湖新技术开发区"),
    ("张江高新区集成电路产业。", "上海张江高新技术产业开发区"),
    ("青海高新区锂电产业。", "青海高新技术产业开发区"),
    ("泰州医药高新区生物医药。", "泰州医药高新技术产业开发区"),
    # national new areas and comprehensive bonded zones
    ("天府新区规划面积1578平方公里。", "四川天府新区"),
    ("两江新区地区生产总值增长。", "重庆两江新区"),
    ("雄安新区建设加快。", "河北雄安新区"),
    ("昆山综保区进出口额增长。", "昆山综合保税区"),
    # negatives: zones the national lists do not have keep their written names
    ("晋江经济开发区规划面积12.6平方公里。", "晋江经济开发区"),
    ("永康开发区新增企业。", "永康开发区"),
    ("仙桃经济开发区新增企业。", "仙桃经济开发区"),
    ("鲤城高新区科创中心建成。", "鲤城高新区"),
    ("宁波前湾新区招商。", "宁波前湾新区"),
    ("德化县古洋工业园区企业投产。", "德化县古洋工业园区"),
    # 开发区 is a 经济技术开发区, never a 高新区: 鞍山 has only a national 高新区
    ("鞍山开发区新增企业。", "鞍山开发区"),
])
def test_official_name_from_the_gazetteer(text, canonical):
    """A park goes by the name its article writes (eval/GUIDE.md); a national zone's official
    name, when the article does not write it, is its alias, which ties it to other articles."""
    parks = find_parks(text)
    (written,) = named(text)
    assert written in text
    assert written == canonical or parks.aliases[written] == [canonical]


def test_official_name_keeps_the_written_forms_as_aliases():
    parks = find_parks("西安经开区去年GDP突破1000亿元。西安经济开发区新增企业30家。经开区增长。")
    assert parks.aliases == {"西安经济开发区": ["西安经开区", "经开区", "西安经济技术开发区"]}
    assert {m.kind for m in parks.mentions} == {"经济技术开发区"}


def test_two_short_forms_of_one_official_name_are_one_park():
    parks = find_parks("泉州开发区管委会观摩。泉州经开区盘活30亩闲置用地。", "泉州开发区拉练")
    assert parks.main == "泉州开发区"
    assert parks.aliases == {"泉州开发区": ["泉州经开区", "泉州经济技术开发区"]}
    assert named("泉州开发区管委会观摩。泉州经开区盘活30亩闲置用地。") == ["泉州开发区"]


@pytest.mark.parametrize("title, text, canonical, names", [
    # a zone's nickname is the zone the article names in full
    ("", "武汉东湖新技术开发区营收增长11%。光谷新增企业2.6万户。",
     "武汉东湖新技术开发区", {"武汉东湖新技术开发区", "光谷"}),
    ("车谷加快转型", "武汉经开区产值下降3.6%。车谷汽车产量47.2万辆。", "武汉经开区", {"武汉经开区", "车谷"}),
    # alone, it is a park under the longest nickname the article uses
    ("", "中国光谷去年营收增长9%，光谷新增上市企业5家。", "中国光谷", {"中国光谷", "光谷"}),
    ("北京亦庄发布年度数据", "今年前三季度，亦庄新增企业1200家。", "北京亦庄", {"亦庄"}),
    # the local names 长沙's two national zones go by (麓谷, 星沙) and 东莞's 松山湖
    ("", "长沙高新技术产业开发区营收增长8%。麓谷新增高新技术企业412家。",
     "长沙高新技术产业开发区", {"长沙高新技术产业开发区", "麓谷"}),
    ("", "长沙经济技术开发区营收增长7%。星沙工程机械集群营收1120亿元。",
     "长沙经济技术开发区", {"长沙经济技术开发区", "星沙"}),
    ("", "松山湖新增高新技术企业312家。", "松山湖", {"松山湖"}),
    # … but not inside a company's name
    ("", "光谷新增企业2.6万户。武汉光谷生物技术有限公司营收3亿元。", "光谷", {"光谷"}),
])
def test_a_zone_s_nickname_names_it(title, text, canonical, names):
    parks = find_parks(text, title)
    assert {m.name for m in parks.mentions} == names
    assert len(parks.mentions) == len(names)
    assert {m.canonical for m in parks.mentions} == {canonical}
    assert official_zone(canonical).name in [canonical, *parks.aliases[canonical]]


def test_a_defined_short_form_with_a_kind_word_is_the_park():
    parks = find_parks("新竹科学园区（竹科）营业额年减11.2%。竹科园区总面积约1,471公顷。")
    assert {m.canonical for m in parks.mentions} == {"新竹科学园区"}
    assert "竹科园区" in parks.aliases["新竹科学园区"]


@pytest.mark.parametrize("text", [
    "落户产业园的安徽泰达新材料股份有限公司一季度实现营收3.12亿元。",
    "泰达集团一季度营收3.12亿元。",
])
def test_a_nickname_inside_a_company_s_name_names_no_zone(text):
    assert find_parks(text).mentions == []


def test_a_nickname_alone_is_placed_by_the_gazetteer():
    assert park_place("光谷") == ("湖北省", "武汉市")
    assert official_zone("车谷").name == "武汉经济技术开发区"


@pytest.mark.parametrize("name, place", [
    # the gazetteer first: names cpca reads wrongly or not at all
    ("东山经济技术开发区", ("福建省", "漳州市")),  # not 东山区 of 鹤岗
    ("明水经开区", ("山东省", "济南市")),  # not 明水县 of 绥化
    ("红旗渠经济技术开发区", ("河南省", "安阳市")),
    ("杭州湾上虞经济技术开发区", ("浙江省", "绍兴市")),
    ("洋浦经济开发区", ("海南省", "儋州市")),
    ("燕郊高新区", ("河北省", "廊坊市")),
    ("两江新区", ("重庆市", "重庆市")),
    ("松山湖高新区", ("广东省", "东莞市")),
    ("金华开发区", ("浙江省", "金华市")),
    # a park inside a national zone
    ("金华经济技术开发区金开现代智造园", ("浙江省", "金华市")),
    # cpca for the rest
    ("晋江经济开发区", ("福建省", "泉州市")),
])
def test_park_place_from_the_gazetteer(name, place):
    assert park_place(name) == place


def test_gazetteer_is_consistent():
    """Every official name ends with a kind word, every province is one of cpca's, and no two zones
    of one kind family share a prefix (an ambiguous short form would resolve to neither)."""
    from parktool.parks import _gazetteer, _last_kind, _zones

    zones = _zones()
    provinces = {p.name for forms in _gazetteer()[0].values() for p in forms if p.rank == 0}
    assert zones.ambiguous == []
    for zone in zones.by_name.values():
        assert _last_kind(zone.name) is not None, zone.name
        assert zone.province in provinces, zone.name
        assert zone.list in {"经开", "高新", "新区", "综保"}, zone.name
    counts = {}
    for zone in zones.by_name.values():
        counts[zone.list] = counts.get(zone.list, 0) + 1
    assert counts["经开"] >= 220 and counts["高新"] >= 160 and counts["新区"] == 19


def test_many_parks_in_one_text_stay_linear():
    """A long text naming hundreds of zones, each with a park inside it: every nesting is found,
    and the lookups are by index (comparing every park with every zone would take seconds)."""
    names = [a + b + c for a in "甲乙丙丁戊己庚辛壬癸" for b in "子丑寅卯辰巳午未申酉" for c in "东南西北"]
    text = "。".join(f"{n}经济开发区内的{n}科技产业园引进企业" for n in names)
    parent = find_parks(text).parent
    assert len(parent) == 400
    assert parent["甲子东科技产业园"] == "甲子东经济开发区"
    assert parent["癸酉北科技产业园"] == "癸酉北经济开发区"


@pytest.mark.parametrize("text, place", [
    # the city most place names fall in, by its short form, full name or a county's full name
    ("温州网讯 瓯江口产业集聚区签约项目。温州市委书记到龙湾区调研。", ("浙江省", "温州市")),
    ("合肥高新区发布数据。合肥市科技局表示，安徽将继续支持。", ("安徽省", "合肥市")),
    ("重庆西永综合保税区进出口增长。重庆市商务委介绍。", ("重庆市", "重庆市")),
    # a single mention is no setting
    ("瓯江口产业集聚区今年签约项目12个，温州市委书记出席。", ("", "")),
    # two cities named about as often: no guess
    ("温州与丽水两地签约，温州市和丽水市共建产业园。", ("", "")),
    # a province alone names no city
    ("浙江省发布通知，浙江各地推进产业园区建设。", ("", "")),
])
def test_article_place(text, place):
    assert article_place(text) == place


def test_a_park_without_a_place_in_its_name_takes_the_article_s_city():
    from parktool.ingest import analyse

    text = "温州网讯 瓯江口产业集聚区今年签约项目12个。温州市委书记到瓯江口产业集聚区调研，龙湾区参加。"
    rows, _ = analyse(text, "瓯江口产业集聚区加快发展", "2019-03-02")
    assert [(r.park, r.province, r.city) for r in rows] == [("瓯江口产业集聚区", "浙江省", "温州市")]


@pytest.mark.parametrize("text, names", [
    # a year's 年度 ends the name on its left, and 全区 makes a category like 全市 and 全县
    ("现将2023年度全区小微企业园绩效评价结果公布如下。", []),
    ("2023年度秀洲区王江泾镇智创小微企业园获评五星级。", ["秀洲区王江泾镇智创小微企业园"]),
    ("二〇二三年度秀洲区王江泾镇智创小微企业园获评五星级。", ["秀洲区王江泾镇智创小微企业园"]),
    # 全州 is also a county of Guangxi: its park keeps its name
    ("全州经济开发区新签约项目5个。", ["全州经济开发区"]),
])
def test_year_and_scope_words_before_a_park(text, names):
    assert [m.name for m in find_parks(text).mentions] == names


def test_a_park_named_only_in_the_title_has_its_row():
    """Its facts name it, so the parks table must have it too."""
    from parktool.ingest import analyse

    text = "本报讯 今年上半年，郑州航空港区完成规上工业增加值同比增长15.2%。该区新签约项目32个。"
    rows, facts = analyse(text, "郑州航空港经济综合实验区手机产量占全球七分之一", "2023-07-20")
    assert [(r.park, r.kind, r.province, r.city, r.mentions, r.main) for r in rows] == [
        ("郑州航空港经济综合实验区", "试验区", "河南省", "郑州市", 1, True)]
    assert {f.park for f in facts} == {"郑州航空港经济综合实验区"}


@pytest.mark.parametrize("text, names", [
    # X级以上 before a kind word is a category, as 省级 is
    ("对新认定的市级以上特色产业园区，给予一次性奖励100万元。", []),
    ("县级以上工业园区名单", []),
    # policy verbs end a name on their left
    ("青岛西海岸新区促进产业园区高质量发展", ["青岛西海岸新区"]),
    ("加强化工园区安全管理", []),
])
def test_policy_wording_before_a_kind_word(text, names):
    assert [m.name for m in find_parks(text).mentions] == names


@pytest.mark.parametrize("text, names", [
    # time words and verbs of moving in end a name on their left: what remains is a bare kind
    ("全年园区新签约项目40个。", []),
    ("前年开发区完成投资80亿元。", []),
    ("一季度高新区实现营收120亿元。", []),
    ("9月当月园区规上工业增加值增速回落1.5个百分点。", []),
    # … and so do the verbs of inspecting them; 有关 makes a category as 相关 does
    ("共抽查开发区28个，发现问题线索143条。有关开发区亩均税收偏低。", []),
    ("本月开发区新签约项目12个。", []),
    ("记得2019年那会儿经开区营收才六百多亿。", []),
    ("1920 m³/d，经园区污水管网排入园区污水处理厂处理。", []),
    # … and so do a reporter's question and the words of a plan
    ("记者：请问经开区在招商引资方面有哪些成效？", []),
    ("据介绍，下一步园区将补链延链，力争全年工业总产值达到500亿元左右。", []),
    # … and so do the words of paying for one
    ("市本级财政安排园区基础设施建设资金2.35亿元。", []),
    ("省财政拨付园区专项资金5000万元。", []),
    ("企业搬进园区后产能翻番。", []),
    ("十多家企业扎根园区。", []),
    ("先看天府新区，再看成都高新区。", ["天府新区", "成都高新区"]),
    # an authority before a name is not part of it (Taiwan's 国科会, as 科技部 on the mainland)
    ("国科会南部科学园区去年营业额1兆1,853亿元。", ["南部科学园区"]),
    # 市级 after a kind word is no part of another word (市场 is): the park is named
    ("西安高新技术产业开发区市级重点项目完成投资368.5亿元。", ["西安高新技术产业开发区"]),
    ("开发区市场监管局开展检查。", []),
    # a national zone's official name with a weak kind, named once, and its shorter use
    ("今年，全市共安排重点项目630个，总投资1.56万亿元。杨凌农业高新技术产业示范区完成投资逾40亿元，杨凌示范区新开工项目23个。",
     ["杨凌农业高新技术产业示范区", "杨凌示范区"]),
    # a conjunction or a year in words is no part of a name either
    ("南部科学园区营业额创新高。不过园区内企业减少。", ["南部科学园区", "园区"]),
    ("南部科学园区营业额创新高。过去一年园区新增企业十七家。", ["南部科学园区", "园区"]),
    # supplying a park, or leaving it out, is no part of a name
    ("潍坊滨海经开区新建光伏电站，所发电量优先供应开发区企业。", ["潍坊滨海经开区", "开发区"]),
    ("洛阳高新区的统计口径不含园区外企业。", ["洛阳高新区", "园区"]),
    ("襄阳高新区数据已会同高新区统计分局逐项核对。", ["襄阳高新区", "高新区"]),
    ("沧州临港经开区新建项目，将进一步补齐园区产业链条。", ["沧州临港经开区", "园区"]),
    # the host's call to a speaker, a speaker's word for whom they speak, the Hong Kong press's
    # quarters (季度 after them is a boundary of its own)
    ("首先，请本溪高新区管委会主任作推介。", ["本溪高新区"]),
    ("本溪高新区集聚医药企业近三百家。我代表高新区管委会表示欢迎。", ["本溪高新区", "高新区"]),
    ("今年首三季蕉岭园区单位工业增加值能耗按年下降5.6%。", ["蕉岭园区"]),
    ("前三季度兰州经开区规上工业增加值增长8%。", ["兰州经开区"]),
])
def test_time_words_and_verbs_before_a_kind_word(text, names):
    assert [m.name for m in find_parks(text).mentions] == names


@pytest.mark.parametrize("text, groups", [
    ("去年全区小微企业园实现产值186亿元。", ["全区小微企业园"]),
    ("全台三大科学园区营业额合计约3兆6,112亿元。", ["全台三大科学园区"]),
    ("黄岩区已建成小微企业园23个。", ["小微企业园"]),
    ("南京经开区、江宁经开区三个国家级园区共实现产值", ["三个国家级园区"]),
    ("中科辖有台中、虎尾、后里、二林及中兴新村园区。", ["台中、虎尾、后里、二林及中兴新村园区"]),
    # one park: a county named 全州, a count of companies after a park
    ("全州经济开发区新签约项目5个。", []),
    # a bare kind word joined to several parks, and the parks of two places
    ("全省经济开发区和高新区规上工业增加值增长7.6%。", ["全省经济开发区", "高新区"]),
    ("两地园区将共建项目20个。", ["两地园区"]),
    # a count straight before the kind word (not an ordinal: 第三园区 is one park)
    ("南科台南、高雄两园区营业额合计1兆元。", ["两园区"]),
    ("苏州、无锡、常州三高新区签署合作协议。", ["三高新区"]),
    ("第三园区已开工建设。", []),
    # the parks along a railway or around a city (沿线开发区, 周边园区)
    ("力争沿线开发区进出口总额10-20亿元的企业再增加100家。", ["沿线开发区"]),
    ("园区10个项目集中开工。", []),
    # a prefecture's parks, as a reply to a deputy speaks of them (not 全州: a county's name)
    ("2023年，全地区工业园区完成基础设施投资12.4亿元。", ["全地区工业园区"]),
    ("关于推动我地区工业园区提质增效的建议收悉。", ["我地区工业园区"]),
])
def test_kind_words_that_name_several_parks(text, groups):
    assert [g.name for g in find_parks(text).groups] == groups


def test_a_short_name_defined_in_brackets_names_its_park():
    """南科 after 南部科学工业园区（南科） is the park, in the body and in the title, where it makes
    the park the article's own rather than the smaller park the title also names."""
    parks = find_parks("南部科学工业园区（南科）管理局今日公布统计。南科去年营业额为新台币9,600亿元。台南园区营业额增长5%。"
                       "南科就业人数8万6千人。台南园区扩建完成。", "南科去年营业额9,600亿元 台南园区逆势成长")
    assert parks.main == "南部科学工业园区"
    assert [(m.name, m.canonical) for m in parks.mentions] == [
        ("南部科学工业园区", "南部科学工业园区"), ("南科", "南部科学工业园区"), ("南科", "南部科学工业园区"),
        ("台南园区", "台南园区"), ("南科", "南部科学工业园区"), ("台南园区", "台南园区")]


def test_a_short_form_declared_after_an_aside_in_the_same_brackets_names_its_park():
    parks = find_parks("基地位于茂名石化工业区（位于茂名滨海新区，以下简称“茂名石化区”）。茂名石化区规划面积118平方公里。")
    assert {m.canonical for m in parks.mentions if m.name != "茂名滨海新区"} == {"茂名石化工业区"}


@pytest.mark.parametrize("text", [
    "乌鲁木齐经济技术开发区（头屯河区）实现生产总值。头屯河区新增企业。",  # a place: the district
    "浏阳经济技术开发区（浏阳经开区）康万路以北。",  # a park's own name, read as one
])
def test_brackets_that_define_no_short_name(text):
    assert "头屯河区" not in [m.name for m in find_parks(text).mentions]
    assert len({m.canonical for m in find_parks(text).mentions}) == 1


@pytest.mark.parametrize("text, names", [
    # a company's park: BRAND + PLACE + kind keeps its brand
    ("地处临港片区的格力珠海工业园占地2000亩。", ["格力珠海工业园"]),
    ("位于开发区内的海尔青岛工业园完成产值300亿元。", ["海尔青岛工业园"]),
    # not before a government zone, a town's 小微企业园, a descriptor, a national zone's name
    ("翻开丽水经开区产业版图。", ["丽水经开区"]),
    ("推进嘉兴小微企业园建设。", ["嘉兴小微企业园"]),
    ("科技重庆产业园", ["重庆产业园"]),
    ("中央创苏州工业园区", ["苏州工业园区"]),
    ("昨日威海创新园开园。", ["威海创新园"]),
])
def test_a_brand_before_a_place(text, names):
    assert [m.name for m in find_parks(text).mentions] == names


@pytest.mark.parametrize("text, names", [
    # a company's name before a park the article names alone too: the company's site in it
    ("宁德时代成都经开区动力电池基地二期开工。项目落户成都经开区。", ["成都经开区", "成都经开区"]),
    ("泾河新城产值增长。隆基绿能泾河新城基地年产29GW电池。", ["泾河新城", "泾河新城"]),
    ("比亚迪长沙经开区工厂投产。长沙经济技术开发区实现营收百亿元。", ["长沙经开区", "长沙经济技术开发区"]),
    # not a place before it, a joint park's head, a zone, or a known name
    ("南京江北新区成立五周年。江北新区产值增长。", ["南京江北新区", "江北新区"]),
    ("中新苏州工业园区成立三十年。苏州工业园区产值增长。", ["中新苏州工业园区", "苏州工业园区"]),
    ("中关村海淀园产值增长。海淀园企业过万家。", ["中关村海淀园", "海淀园"]),
    # … without the short name alone in the article, only before a national zone
    ("宁德时代成都经开区动力电池基地二期开工。", ["成都经开区"]),
    ("宁德时代泾河新城基地开工。", ["宁德时代泾河新城"]),
])
def test_a_company_s_name_before_a_park_named_alone_too(text, names):
    assert [m.name for m in find_parks(text).mentions] == names


@pytest.mark.parametrize("text", ["新区所辖安宁工业园区今年新签约项目27个。", "新区下辖安宁工业园区签约项目27个。"])
def test_a_verb_of_jurisdiction_is_no_part_of_the_name(text):
    assert [m.name for m in find_parks(text).mentions] == ["安宁工业园区"]


@pytest.mark.parametrize("name, place", [
    ("台中市后里园区", ("台湾省", "台中市")),
    ("新竹县竹北生医园区", ("台湾省", "新竹县")),
    ("金门县金城工业区", ("福建省", "泉州市")),  # cpca's own entry stands
])
def test_taiwan_places(name, place):
    assert park_place(name) == place


@pytest.mark.parametrize("text, parks", [
    # a bare 开发区 can be either zone of its place, but once a name says 经济技术开发区 the
    # place's 高新区 is another park (and the other way round)
    ("常熟开发区二季度签约项目12个。常熟经济技术开发区管委会介绍，与常熟高新区联动招商。",
     ["常熟经济技术开发区", "常熟高新区"]),
    ("株洲开发区招商引资再提速。株洲高新技术产业开发区一季度签约项目9个，株洲经开区签约5个。",
     ["株洲高新技术产业开发区", "株洲经开区"]),
])
def test_a_bare_kind_name_joins_one_zone_of_its_place(text, parks):
    assert named(text) == parks


@pytest.mark.parametrize("text, parent", [
    # 的 after a verb phrase (毗邻的, 相邻的) says where, not inside what
    ("与常熟经开区毗邻的常熟高新区同样表现亮眼。", {}),
    ("芜湖经开区内的奇瑞汽车产业园扩产。", {"奇瑞汽车产业园": "芜湖经开区"}),
])
def test_nesting_needs_inside_words_alone(text, parent):
    assert find_parks(text).parent == parent


@pytest.mark.parametrize("text, names", [
    # a level below a county after places alone or a verb makes a category; after a proper name
    # it is part of the name
    ("南海区村级工业园升级改造三年行动启动。今年整治改造村级工业园42个。", []),
    ("九江镇沙口村级工业园拆除旧厂房。", ["九江镇沙口村级工业园"]),
    ("全县镇级工业园共有12个。", []),
    # a zone's name and a place before 园: the zone's part in that place (一区多园)
    ("位于广州高新区黄埔园的企业增至300家。", ["广州高新区黄埔园", "广州高新区"]),
    # a zone's name before a park of its own short name: the park in the zone; a bare 园区 or a
    # description after the zone's name keeps the zone's name
    ("项目选址在成都天府新区籍田工业园内。", ["成都天府新区", "籍田工业园"]),
    ("泉州经开区清濛化工园区新增企业。", ["泉州经开区", "清濛化工园区"]),
    ("芜湖经开区龙山园区开工。", ["芜湖经开区龙山园区", "芜湖经开区"]),
    ("杭州高新区数字安防产业园扩建。", ["杭州高新区数字安防产业园", "杭州高新区"]),
    # ... and a local name with a weak kind (新城, 科技城) after a zone's name is the zone's part,
    # though alone it would be no name
    ("地块位于哈尔滨经济技术开发区哈南工业新城。", ["哈尔滨经济技术开发区", "哈南工业新城"]),
    ("项目位于西咸新区沣东新城。", ["西咸新区", "沣东新城"]),
    ("合肥经开区新能源汽车基地开工。", ["合肥经开区"]),
])
def test_levels_and_a_zone_s_part(text, names):
    assert written(text) == names


@pytest.mark.parametrize("text, names", [
    # 合作区 is a kind word, not the place 合作市: a zone's part in a place keeps the zone's name
    ("前海深港现代服务业合作区南山片区招商。横琴粤澳深度合作区珠海园区开工。",
     ["前海深港现代服务业合作区南山片区", "前海深港现代服务业合作区", "横琴粤澳深度合作区珠海园区",
      "横琴粤澳深度合作区"]),
    # a zone's part in a place, then that place's part alone and a bare 片区 (自由贸易 holds 由)
    ("中国（湖北）自由贸易试验区宜昌片区挂牌。宜昌片区新增企业300家。片区形成创新案例12项。",
     ["中国（湖北）自由贸易试验区宜昌片区", "中国（湖北）自由贸易试验区", "宜昌片区", "片区"]),
    # ... and with the zone's short name between: 厦门自贸片区
    ("中国（福建）自由贸易试验区厦门片区挂牌三周年。厦门自贸片区新增企业2415家。",
     ["中国（福建）自由贸易试验区厦门片区", "中国（福建）自由贸易试验区", "厦门自贸片区"]),
    # a 片区 after places or a bare kind word is none
    ("城区东部片区开工。高新区片区开工。", []),
    # an energy and chemical base is a zone, and its prefix + 基地 refers to it
    ("榆林能源化工基地加快转型。榆林基地去年完成工业总产值1800亿元。", ["榆林能源化工基地", "榆林基地"]),
    ("比亚迪基地投产。", []),
    # a direction's part right after a zone's name is a park, and alone it then refers to it;
    # after a place (河西区) or a bare kind word (高新区西区) it names none
    ("广州开发区东区新开工项目9个。东区总投资120亿元。", ["广州开发区东区", "广州开发区", "东区"]),
    ("南京市河西区今年新增企业。高新区西区开工。", []),
    # a zone's core area ends the name of the park in it
    ("高新区核心区渤龙湖科技园已集聚企业逾千家。", ["渤龙湖科技园"]),
    # a clipped comprehensive zone: the name before its descriptors + 区, with or without the place
    ("长沙临空经济综合实验区成立。临空区签约项目8个，长沙临空区总投资60亿元。",
     ["长沙临空经济综合实验区", "临空区", "长沙临空区"]),
])
def test_zone_parts_and_bases(text, names):
    assert written(text) == names


@pytest.mark.parametrize("text, names", [
    # a place in brackets inside a name (中国（X）自由贸易试验区, 中德（沈阳）…) is part of it
    ("中国（福建）自由贸易试验区厦门片区新增企业。", ["中国（福建）自由贸易试验区厦门片区", "中国（福建）自由贸易试验区"]),
    ("中德(沈阳)高端装备制造产业园签约项目12个。", ["中德(沈阳)高端装备制造产业园"]),
    ("走进成渝（内江）科学城，项目建设如火如荼。", ["成渝（内江）科学城"]),
    # an international cooperation park (产业合作园) is a kind of its own; a bare 合作园区 is none
    ("中日（平湖）产业合作园已累计引进日资企业130余家，两地合作园区建设提速。", ["中日（平湖）产业合作园"]),
    # ... but a bracket after a park's full name is its short form, and a kind word before the
    # bracket ends a name of its own
    ("苏州工业园区（苏州）科技城", ["苏州工业园区"]),
    # a boundary inside a word of names ends nothing (集成 of 集成电路, 服务 of 服务业); a verb
    # of forecasting does (预计/预估 + 园区)
    ("无锡集成电路产业园新增企业。", ["无锡集成电路产业园"]),
    ("形成电路产业园", ["电路产业园"]),
    ("竹科预估园区营业额将增长。", []),
    # 以 ends a name (长安科学城以西安高新区为核心区), save in a name's own word (中以, 以色列)
    ("长安科学城以西安高新区为核心区。", ["长安科学城", "西安高新区"]),
    ("中以（上海）创新园开园。", ["中以（上海）创新园"]),
    # a short form in brackets that starts as the part before 及/与/和 does shows the name spans
    # the conjunction; without one, the conjunction ends the name
    ("位于前海的深港青年创新及创业园（深港青创园）新增团队。", ["深港青年创新及创业园"]),
    ("苏州工业园区和昆山开发区（昆山）", ["苏州工业园区", "昆山开发区"]),
    ("青年创新及创业园开园。", []),
])
def test_a_place_in_brackets_inside_a_name(text, names):
    assert written(text) == names


@pytest.mark.parametrize("text, names", [
    # 国家 after places alone is part of the place's zone's name, and the zone is one park with
    # its short form; alone or after a scope word it makes a category
    ("潍坊国家高新区实现营收。潍坊高新区新增企业。", [("潍坊国家高新区", "潍坊国家高新区"), ("潍坊高新区", "潍坊国家高新区")]),
    ("全省国家高新区营收增长。", []),
    ("国家高新区评价结果发布。", []),
])
def test_a_place_s_national_zone(text, names):
    assert [(m.name, m.canonical) for m in find_parks(text).mentions] == names


@pytest.mark.parametrize("text, names", [
    # an automotive 经开区 has its own short form 汽开区, which alone refers to it
    ("十堰汽车经济技术开发区招商引资。十堰汽开区新签项目8个，汽开区产值增长。",
     [("十堰汽车经济技术开发区", "十堰汽车经济技术开发区"), ("十堰汽开区", "十堰汽车经济技术开发区"),
      ("汽开区", "十堰汽车经济技术开发区")]),
    # a new area's 起步区 is a zone of its own (inside the 新区 its name holds); 起步区 alone
    # then refers to it
    ("河北雄安新区起步区建设提速。起步区今年完成投资120亿元。",
     [("河北雄安新区起步区", "河北雄安新区起步区"), ("河北雄安新区", "河北雄安新区"),
      ("起步区", "河北雄安新区起步区")]),
    # without a named one, a bare 起步区 is no park
    ("起步区建设全面展开。", []),
])
def test_automotive_zones_and_starting_areas(text, names):
    assert [(m.name, m.canonical) for m in find_parks(text).mentions] == names


@pytest.mark.parametrize("title, text, names", [
    # a weak kind's name that starts with no place is a park where the article is about it: in
    # its title or lead sentence, and named again ...
    ("平潭综合实验区一季度经济运行", "平潭综合实验区一季度实现地区生产总值80亿元。平潭综合实验区新增企业1200家。",
     ["平潭综合实验区"]),
    # ... or where it defines a short form the article uses again
    ("", "黄河三角洲农业高技术产业示范区（以下简称“黄三角农高区”）发布数据。黄三角农高区新增企业50家。",
     ["黄河三角洲农业高技术产业示范区"]),
    # ... or opening a paragraph as its subject, named again (柴达木 holds the boundary word 达)
    ("青藏高原锂产业观察", "西宁经济技术开发区锂电产值增长。\n柴达木循环经济试验区是全国盐湖提锂的主产区。"
                   "柴达木循环经济试验区规划面积25.6万平方公里。", ["西宁经济技术开发区", "柴达木循环经济试验区"]),
    # named once, or not where the article says what it is about: a plan or an honour
    ("", "会议要求建设产教融合示范区。", []),
    ("", "西宁经济技术开发区锂电产值增长。\n产教融合示范区是一项试点。", ["西宁经济技术开发区"]),
    ("全市经济运行平稳", "全市经济运行平稳。会议提到产教融合示范区，又提到产教融合示范区。", []),
])
def test_a_weak_kind_without_a_place_names_the_article_s_subject(title, text, names):
    assert named(text, title) == names


@pytest.mark.parametrize("text, names", [
    # another name in brackets (现称, 原称) or a short form of the same kind is the same park
    ("沙田工业邨（现称沙田创新园）占地约22公顷。", ["沙田工业邨"]),
    ("前海深港现代服务业合作区（前海合作区）新增企业。前海合作区实现增加值。", ["前海深港现代服务业合作区"]),
    # a former name after 原 alone (not 原平, a city's name)
    ("鹤壁经济技术开发区（原鹤壁产业集聚区）规划面积45.6平方公里。", ["鹤壁经济技术开发区"]),
    ("平原经济开发区（原平原县工业园）与原平经济开发区", ["平原经济开发区", "原平经济开发区"]),
    # border zones and a joint name before their place
    ("中越东兴国际边境合作中心建设提速。合作中心入驻企业30家。", ["中越东兴国际边境合作中心"]),
    ("中蒙二连浩特互市贸易区交易额增长。", ["中蒙二连浩特互市贸易区"]),
])
def test_other_names_in_brackets_and_border_zones(text, names):
    assert named(text) == names


@pytest.mark.parametrize("title, text, mentions", [
    # a zone's local name alone (a toponym: its prefix without places and descriptors) is the zone
    ("南太湖“引擎”强劲", "湖州南太湖高端装备集聚区加快建设。坐落于南太湖的实验室引进人才500名。",
     [("湖州南太湖高端装备集聚区", "湖州南太湖高端装备集聚区"), ("南太湖", "湖州南太湖高端装备集聚区")]),
    # ... in an article about several parks too, when it has three characters or more and is no
    # county's name (长兴 is; 长兴岛 is not)
    ("辽宁重点园区成绩单", "大连金普新区规上工业增加值增长7.2%。\n三、大连长兴岛经济技术开发区\n长兴岛全年工业增加值增长11.3%。",
     [("大连金普新区", "大连金普新区"), ("大连长兴岛经济技术开发区", "大连长兴岛经济技术开发区"),
      ("长兴岛", "大连长兴岛经济技术开发区")]),
    # not a policy phrase that starts a zone's name
    ("", "山东新旧动能转换综合试验区建设推进。新旧动能转换取得成效。",
     [("山东新旧动能转换综合试验区", "山东新旧动能转换综合试验区")]),
    # a short place name that is also a word is the word before a weak kind (合作市, 振兴区)
    ("", "加快推进中新国际科技创新合作示范区建设。会议要求建设振兴示范区。", []),
    # development parks in general are no park
    ("", "实际使用外资3.26亿美元，总量居全市开发园区前列。", []),
])
def test_local_names_and_ordinary_words(title, text, mentions):
    assert [(m.name, m.canonical) for m in find_parks(text, title).mentions] == mentions


@pytest.mark.parametrize("title, text, parks", [
    # the written-out countries of a joint park before its shorter name: one park
    ("", "中国缅甸木姐—瑞丽经济合作区获批。木姐—瑞丽经济合作区将建设口岸物流园。",
     [("中国缅甸木姐—瑞丽经济合作区", "中国缅甸木姐—瑞丽经济合作区"), ("木姐—瑞丽经济合作区", "中国缅甸木姐—瑞丽经济合作区")]),
    # a weak kind's name without a place that defines its own abbreviation in brackets
    ("", "据介绍，汕潮产业共建示范区（汕潮示范区）规划面积约18平方公里。",
     [("汕潮产业共建示范区", "汕潮产业共建示范区"), ("汕潮示范区", "汕潮产业共建示范区")]),
    # ... at any of its uses, not only the first (a table row before the prose)
    ("", "1 汕潮产业共建示范区 835.7\n汕潮产业共建示范区（汕潮示范区）位于汕头市。",
     [("汕潮产业共建示范区", "汕潮产业共建示范区"), ("汕潮产业共建示范区", "汕潮产业共建示范区"),
      ("汕潮示范区", "汕潮产业共建示范区")]),
    # named in the lead sentence, then again without its descriptors (an article on three zones)
    ("", "上半年，西安高新区、杨凌农业高新技术产业示范区两大平台稳中有进。\n杨凌示范区完成地区生产总值91.35亿元。",
     [("西安高新区", "西安高新区"), ("杨凌农业高新技术产业示范区", "杨凌农业高新技术产业示范区"),
      ("杨凌示范区", "杨凌农业高新技术产业示范区")]),
    # a name of no place shortened to its head, with the same kind (横琴合作区 in the title);
    # not a place's two parks of one kind (南京经开区 and 南京江宁经开区)
    ("横琴合作区澳资企业突破6500家", "记者从横琴粤澳深度合作区经济发展局获悉，合作区实现地区生产总值约484亿元。",
     [("横琴粤澳深度合作区", "横琴粤澳深度合作区"), ("合作区", "横琴粤澳深度合作区")]),
    ("", "南京经开区实现营收3000亿元，南京江宁经开区实现营收2800亿元。",
     [("南京经开区", "南京经开区"), ("南京江宁经开区", "南京江宁经开区")]),
    # a weak name the article abbreviates by the end of its core is a proper name, wherever named
    ("", "海南三大园区各有特色。\n博鳌乐城国际医疗旅游先行区做出了特色。今年以来，乐城先行区共有2.1万余名患者使用特许药械。",
     [("博鳌乐城国际医疗旅游先行区", "博鳌乐城国际医疗旅游先行区"), ("乐城先行区", "博鳌乐城国际医疗旅游先行区")]),
    # ... or that the title names by its core and the text names twice
    ("全省园区成绩单：广佛增速居首", "广佛特别合作区营收增长21%。广佛特别合作区新增企业40家。",
     [("广佛特别合作区", "广佛特别合作区"), ("广佛特别合作区", "广佛特别合作区")]),
])
def test_names_without_a_place_first(title, text, parks):
    assert [(m.name, m.canonical) for m in find_parks(text, title).mentions] == parks


def test_a_science_park_and_its_operator_s_name_are_one_park():
    # 科学园 and 科技园 are one family: 香港科技园公司 runs 香港科学园; the company itself is no
    # park's name
    parks = find_parks("位于沙田的香港科学园录得增长。香港科技园公司资料显示，科学园有1,100多家公司进驻。")
    assert [(m.name, m.canonical) for m in parks.mentions] == [("香港科学园", "香港科学园"), ("科学园", "香港科学园")]


def test_a_kind_word_the_article_has_used_for_a_park_refers_to_it_again():
    # 科学园 stood for 香港科学园 once; in a later paragraph, after other parks, it still does
    parks = find_parks("香港科学园租户逾1,200家。科学园第二期工程已经展开。\n数码港去年新增企业200家。\n"
                       "公司行政总裁表示，过去一年科学园企业共获投资逾二百亿港元。")
    assert [(m.name, m.canonical) for m in parks.mentions if m.name == "科学园"] == [("科学园", "香港科学园")] * 2


def test_a_bare_kind_word_ending_one_park_s_name_is_that_park_not_the_main_one():
    # the title's 科技园 is the main park; 科学园 ends the name of the other one of its family only
    parks = find_parks("港深创新及科技园（港深创科园）首批大楼明年落成。\n香港科学园方面，截至3月底，科学园共有租户逾1,200家。",
                       "港深创科园首批大楼明年落成")
    assert parks.main == "港深创新及科技园"
    assert [(m.name, m.canonical) for m in parks.mentions][-1] == ("科学园", "香港科学园")


def test_places_since_cpca_are_divisions_cpca_lacks():
    """The shipped table of newer divisions holds places only: no name cpca already has, no
    park (a development zone's statistical code), and every county inside a known province."""
    import cpca

    from parktool.parks import _since_cpca, kind_of

    known = {info.name for info in cpca.ad_2_addr_dict.values()}
    since = _since_cpca()
    assert len(since) > 100
    for place in since:
        assert place.name not in known and not kind_of(place.name), place
        assert len(place.adcode) == 6 and place.rank in (0, 1, 2) and not "70" <= place.adcode[4:6] <= "79", place
        assert cpca.adcode_name(place.adcode[:2]), place


@pytest.mark.parametrize("text, names", [
    # a source phrase's 据 is no part of the name (but 数据 in 大数据产业园 is)
    ("据昆山开发区管委会资料，区内现有台资企业逾2,300家。", ["昆山开发区"]),
    ("贵阳大数据产业园新增企业120家。", ["贵阳大数据产业园"]),
    ("中兴新村高等研究园区新增厂商5家。", ["中兴新村高等研究园区"]),  # 高等 holds 等 (A、B等园区)
    # a speaker's 说 (再说, 先说说) is no part of the name either
    ("再说昆山开发区，台资厂扎堆；先说说合肥高新区。", ["昆山开发区", "合肥高新区"]),
    # a company's name before its project's kind word names no park
    ("4月10日，河北旭阳能源有限公司化工新材料产业园项目在曹妃甸经济技术开发区举行开工仪式。", ["曹妃甸经济技术开发区"]),
    # 生物城 and 医药城 are kinds of park (weak: a place or a known name before them)
    ("天府国际生物城全年实现产值186.5亿元，光谷生物城新增企业300家。", ["天府国际生物城", "光谷生物城"]),
    ("泰州中国医药城实现产值420亿元。", ["泰州中国医药城"]),
    ("武汉正在打造一座生物城。", []),
    # so is 科创城
    ("太湖湾科创城集聚科技型企业1860家。", ["太湖湾科创城"]),
    ("全市正推动一座科创城建设。", []),
    # … and 发展区; 跟 ends a name on its left (跟南方先进园区比)
    ("哈尔滨新区江北一体发展区地区生产总值增长6.2%。", ["哈尔滨新区江北一体发展区", "哈尔滨新区"]),
    ("江北亩均税收跟苏州工业园区比差距还很大。", ["苏州工业园区"]),
    # 属 (belongs to) ends a name on its left
    ("彭泽矶山工业园 属江西湖口高新技术产业园区", ["彭泽矶山工业园", "江西湖口高新技术产业园区"]),
    # a former name's 原 is no part of it, but 太原's and 原阳's are
    ("原海门经济技术开发区规划面积66.5平方公里，太原经济技术开发区、原阳县产业集聚区同样增长。",
     ["海门经济技术开发区", "太原经济技术开发区", "原阳县产业集聚区"]),
    # … nor inside a word of names (原料药, 草原, 金属)
    ("台州原料药产业园、锡林郭勒草原生态产业园新增企业。", ["台州原料药产业园", "锡林郭勒草原生态产业园"]),
])
def test_sources_companies_and_city_kinds(text, names):
    assert [m.name for m in find_parks(text).mentions] == names


def test_an_article_in_english_names_its_parks_in_english():
    """An English article that names no park in Chinese: a name of capitalised words before a kind
    of zone or park is a park under its fullest form, and `the zone`, `the park`, `the high-tech zone`
    refer to the last park of that kind named before."""
    text = ("Drive east from the city and you reach the Yingkou Coastal Economic Zone. The zone covers 120 square "
            "kilometres. Inside it, the Yingkou Fine Chemical Industrial Park hosts 80 firms; the park's output rose "
            "6 per cent. Across town, the Yingkou High-tech Industrial Development Zone is smaller. The high-tech zone "
            "hosts 40 high-tech enterprises, and the city and the zone share a port. " * 2)
    parks = find_parks(text, "Yingkou bets on its coast")
    assert [(m.name, m.canonical) for m in parks.mentions][:6] == [
        ("Yingkou Coastal Economic Zone", "Yingkou Coastal Economic Zone"),
        ("The zone", "Yingkou Coastal Economic Zone"),
        ("Yingkou Fine Chemical Industrial Park", "Yingkou Fine Chemical Industrial Park"),
        ("the park", "Yingkou Fine Chemical Industrial Park"),
        ("Yingkou High-tech Industrial Development Zone", "Yingkou High-tech Industrial Development Zone"),
        ("The high-tech zone", "Yingkou High-tech Industrial Development Zone")]
    assert "The city and the zone" not in [m.name for m in parks.mentions]
    assert find_parks("The city's GDP grew 5.9 per cent last year. " * 20).mentions == []


# ---------------------------------------------------------------- one long text

def _fixture_text(count: int = 80) -> str:
    """Fixture articles joined into one text, as a corpus dumped into one file arrives."""
    from pathlib import Path

    from parktool.clean import clean_text
    texts = []
    for path in sorted((Path(__file__).parent / "fixtures").glob("eval*/*.txt"))[:count]:
        try:
            texts.append(clean_text(path.read_text("utf-8")).text)
        except UnicodeDecodeError:
            continue
    return "\n".join(texts)


def test_a_long_text_s_many_names_are_found_where_a_few_would_be(monkeypatch):
    import parktool.parks as P
    texts = [s.text for s in seed_texts()] + [_fixture_text()]
    monkeypatch.setattr(P, "_MANY_NAMES", 10 ** 9)  # every name looked for through the text
    one_by_one = [repr(find_parks(t)) for t in texts]
    monkeypatch.setattr(P, "_MANY_NAMES", 0)  # every name found where its first two characters stand
    assert [repr(find_parks(t)) for t in texts] == one_by_one


def test_the_index_of_named_parks_answers_as_a_scan_of_them_would():
    from bisect import bisect_left

    from parktool.parks import _Park, _Where
    text = ("一、甲经开区\n甲经开区今年。乙高新区和丙经开区。\n丙经开区、丁科学园。\n二、乙高新区\n"
            "园区企业。\n戊科学园落户乙高新区。\n")
    def park(name: str, family: str) -> _Park:
        p = _Park(forms={name: None}, families={family})
        at = text.find(name)
        while at >= 0:
            p.named.append(at)
            at = text.find(name, at + 1)
        return p
    parks = [park("甲经开区", "经开"), park("乙高新区", "高新"), park("丙经开区", "经开"),
             park("丁科学园", "园区"), park("戊科学园", "园区")]
    named = {at: p for p in parks for at in p.named}
    starts = sorted(named)
    where = _Where(text, named, starts, parks)
    for i in range(len(text) + 1):
        p_lo = text.rfind("\n", 0, i)
        for families in ({"经开"}, {"高新", "经开"}, {"园区"}):
            for main in parks:
                if any(p_lo < n < i for n in main.named):
                    scan = None
                else:
                    found = [p for p in parks if p is not main and p.families & families
                             and any(p_lo < n < i for n in p.named)]
                    scan = found[0] if len(found) == 1 else None
                assert where.paragraph_park(i, families, main) is scan, (i, families)
        for word in ("经开区", "科学园"):
            found = [p for p in parks if p.named and p.named[0] < i and any(f.endswith(word) for f in p.forms)]
            assert where.ended_by(word, i) is (found[0] if len(found) == 1 else None), (i, word)
        lo, hi = p_lo + 1, text.find("\n", i)
        assert where.sole_park(i) == (len({id(p) for at, p in named.items()
                                          if lo <= at < (hi if hi >= 0 else len(text))}) == 1), i
        heading = None
        for at in reversed(starts[:bisect_left(starts, i)]):
            line = text[text.rfind("\n", 0, at) + 1:at]
            if line in ("", "一、", "二、") and text[at:text.find("\n", at)] in named[at].forms:
                heading = (at, named[at])
                break
        assert where.headed_section(i) == heading, i


def test_a_bilingual_page_reads_its_chinese_paragraphs_as_one_text():
    """English paragraphs that translate the Chinese beside them neither add facts of their own nor
    stop a bare 园区 taking the park of the Chinese paragraph before; facts keep their offsets in
    the page's text."""
    from parktool.ingest import analyse

    text = (
        "去年，青川经济开发区完成工业总产值315亿元，增长9.4%。\n"
        "Last year, Qingchuan Economic Development Zone produced industrial output worth RMB 31.5 billion, up 9.4 percent.\n"
        "园区新增规上企业17家，集装箱吞吐量达到5.6万标箱。\n"
        "The zone added 17 large industrial companies, and its container throughput reached 56,000 TEUs.\n"
    )
    _, facts = analyse(text, "", "2024-03-01")
    assert [(f.raw, f.park) for f in facts] == [
        ("315亿元", "青川经济开发区"), ("9.4%", "青川经济开发区"),
        ("17家", "青川经济开发区"), ("5.6万标箱", "青川经济开发区")]
    assert all(text[f.start:f.end] == f.raw for f in facts)
