"""parktool.page on pages built from the seeds (tests/fixtures/pages/make_pages.py) and fragments."""

from __future__ import annotations

from pathlib import Path

import pytest

from parktool.clean import clean_text
from parktool.page import Page, html_to_text, looks_like_html
from parktool.text import decode

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = ["cms_001.html", "table_004.html", "static_000.html", "links_002.html", "gbk_003.html",
         "saved_001.txt", "gov_short_003.html"]  # fmt: skip


def page(name: str) -> Page:
    return html_to_text(decode((PAGES / name).read_bytes(), name=name).text)


def fixture_lines(name: str, kind: str) -> list[str]:
    return [line for line in (PAGES / f"{name}.{kind}").read_text("utf-8").split("\n") if line]


def cleaned_seed(prefix: str) -> str:
    return clean_text(next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")).text


@pytest.mark.parametrize("name", NAMES)
def test_article_paragraphs_in_order_exactly(name):
    assert page(name).text.split("\n") == fixture_lines(name, "expected")


@pytest.mark.parametrize("name", NAMES)
def test_no_chrome(name):
    text = page(name).text
    chrome = fixture_lines(name, "chrome")
    assert chrome and [c for c in chrome if c in text] == []


@pytest.mark.parametrize(
    "name, title, published, site",
    [
        ("cms_001.html", "丽水经开区打造“万亩千亿”新产业平台", "", "浙江厂房网"),
        ("table_004.html", "中欧水处理及膜技术创新产业园建设工作领导小组成立", "2018-03-08 08:40:27", "中国膜工业协会"),
        ("static_000.html", "瓯江口产业集聚区崛起“海上新温州”", "2019-07-10T06:53:06+08:00", "园区观察"),
        ("links_002.html", "“提质量、增效能”金华开发区找准赛道加速竞跑", "2024-09-28 09:12", "中国发展网"),
        ("gbk_003.html", "泉州工業園區標準化建設拉練活動舉行", "", "泉州網"),
        ("saved_001.txt", "丽水经开区打造“万亩千亿”新产业平台", "", ""),
        ("gov_short_003.html", "泉州兑现入园奖补资金2.1亿元", "2024-03-20", "泉州市人民政府"),
    ],
)
def test_metadata(name, title, published, site):
    p = page(name)
    assert (p.title, p.published, p.site, p.author) == (title, published, site, "")


@pytest.mark.parametrize("name", ["cms_001.html", "table_004.html", "static_000.html", "gbk_003.html"])
def test_page_cleans_like_the_seed_text(name):
    p = page(name)
    c = clean_text(p.text, title=p.title, published=p.published, site=p.site, author=p.author)
    assert c.text == cleaned_seed(name.split(".")[0][-3:])


def test_inline_links_stay_inside_their_sentence():
    p = page("links_002.html")
    c = clean_text(p.text, title=p.title, published=p.published, site=p.site)
    assert "10月29日,零跑汽车(09863)正式宣布产值超百亿元,当天来自省内外的一批零跑汽车配套产业链项目签约落地金华开发区。" in c.text
    assert "开发区在中央创新城内逐步形成" in c.text
    assert (c.title, c.published) == ("“提质量、增效能”金华开发区找准赛道加速竞跑", "2024-09-28")


def test_a_wechat_section_banner_is_a_heading_but_a_site_banner_is_chrome():
    """A WeChat editor styles its section titles as <section class="banner">: a few words of text
    alone, kept as the section's heading; a site's banner (a logo, links) is chrome."""
    html = ("<html><body><div class=\"banner\"><a href=\"/\"><img src=\"logo.png\"></a>德宏州人民政府门户网站</div>"
            "<div id=\"js_content\"><p>去年，全州外贸进出口总额完成512.4亿元，同比增长14.6%，各开放平台交出了成绩单。</p>"
            "<section class=\"banner\"><p>PART 02｜德宏片区：改革赋能</p></section>"
            "<p>挂牌以来，德宏片区坚持以制度创新为核心，新设企业3862户，同比增长21.4%，外贸进出口86.5亿元。</p>"
            "</div></body></html>")
    text = html_to_text(html).text
    assert "PART 02｜德宏片区：改革赋能" in text
    assert "门户网站" not in text


def _seed_sentences(prefix: str, n: int) -> list[str]:
    """The first `n` sentences of a seed's prose, each ending in 。"""
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")
    return [s + "。" for s in "".join(line.strip() for line in text.split("\n") if len(line) > 80).split("。")
            if len(s) > 30][:n]


def test_a_related_block_that_holds_a_news_item_s_paragraphs_is_article_text():
    """<div class="related-news"> under a notice holds a whole news item (its paragraphs of prose),
    not a list of links: it stays; a related block of headlines goes."""
    first, second, third = _seed_sentences("001", 3)
    html = ("<html><body><div class=\"article\"><h1>采购意向公开</h1><div class=\"txt\">"
            f"<p>{first}</p></div><div class=\"related-news\"><h3>【动态新闻】丽水经开区打造新产业平台</h3>"
            f"<p>{second}</p><p>{third}</p></div>"
            "<div class=\"related-list\"><a href=\"/1.html\">丽水经开区新闻一</a><a href=\"/2.html\">丽水经开区新闻二</a></div>"
            "</div></body></html>")
    text = html_to_text(html).text
    assert second in text and third in text and "新闻二" not in text


def test_a_newsflash_list_s_items_are_sentences_in_links():
    """A rolling newsflash page: each item a sentence inside a link, the page's text."""
    items = _seed_sentences("002", 4)
    html = ("<html><body><div class=\"nav\"><a href=\"/\">首页</a><a href=\"/roll\">滚动</a></div>"
            "<div class=\"tip\"><p>提示：本页面每3分钟自动刷新，点击“加载更多”查看更早资讯。</p></div>"
            "<ul class=\"roll-list\">" + "".join(f"<li><span class=\"time\">18:0{k}</span><a href=\"/{k}.html\">{s}</a></li>"
                                               for k, s in enumerate(items)) + "</ul></body></html>")
    text = html_to_text(html).text
    assert all(s in text for s in items) and "首页" not in text


def test_a_park_s_quick_facts_in_a_sidebar_are_kept():
    """A park profile's sidebar lists its figures as a definition list: they are its facts;
    the sidebar's news links are not."""
    first, second = _seed_sentences("001", 2)
    facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in (("规划面积", "30平方公里"), ("入驻企业", "320余家"),
                                                          ("规上工业企业", "86家")))
    html = (f"<html><body><div class=\"main\"><p>{first}</p><p>{second}</p></div>"
            f"<div class=\"sidebar\"><dl class=\"quick-facts\">{facts}</dl>"
            "<ul class=\"side-news\"><li><a href=\"/1.html\">园区召开安全生产会议</a></li></ul></div></body></html>")
    text = html_to_text(html).text
    assert "规划面积：30平方公里" in text and "入驻企业：320余家" in text and "安全生产会议" not in text


def test_gbk_page_decodes_by_content():
    data = (PAGES / "gbk_003.html").read_bytes()
    assert b"charset=gbk" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode(data)
    assert decoded.encoding == "gb18030"
    c = clean_text(page("gbk_003.html").text)
    assert (c.script, c.mojibake) == ("hant", 2)
    assert "鲤城区盘活闲置用地,高品质建成鲤城高新区科创中心" in c.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body><p>园区</p></body></html>", True),
        ("\n\n  <HTML><HEAD><TITLE>园区</TITLE></HEAD>", True),
        ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<p>园区今年引进项目12个。</p>", True),
        ("<div class='content'>园区<br>产值翻番</div>", True),
        ("园区今年引进项目12个。\n\n产值翻番<br>\n\n![图](a.png)", False),
        ("# 园区迎来新项目\n\n园区今年引进项目12个,总投资30亿元。", False),
        ("园区产值 < 10亿元 且增速 > 5%", False),
        ("", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_txt_named_html_is_html():
    assert looks_like_html(decode((PAGES / "saved_001.txt").read_bytes()).text)


@pytest.mark.parametrize(
    "html, text",
    [
        ("<p>段落一,园区产值增长。</p><p>段落二,项目开工。</p>", "段落一,园区产值增长。\n段落二,项目开工。"),
        ("<div>园区今年\n引进项目12个,\n总投资30亿元。</div>", "园区今年引进项目12个,总投资30亿元。"),
        ("<p>第一段,园区产值增长。<br><br>第二段,项目开工。</p>", "第一段,园区产值增长。\n第二段,项目开工。"),
        ("<table><tr><td>园区</td><td>产值(亿元)</td></tr><tr><td>瓯江口</td><td>120</td></tr></table>"
         "<p>上表为各园区产值,数据来自统计局。</p>", "园区 产值(亿元)\n瓯江口 120\n上表为各园区产值,数据来自统计局。"),
        ("<div id='content'><p>园区今年引进项目12个,总投资30亿元。</p><div class='share'>分享到微信</div></div>",
         "园区今年引进项目12个,总投资30亿元。"),
        ('<?xml version="1.0" encoding="gbk"?><html><body><p>园区今年引进项目12个,总投资30亿元。</p></body></html>',
         "园区今年引进项目12个,总投资30亿元。"),
        ("<p>园区</p>\n\n段落二在正文里,项目开工。\n\n<p>结尾,项目投产。</p>", "园区\n段落二在正文里,项目开工。\n结尾,项目投产。"),
        # a term and its definition are one field line; a term without one stays a line
        ("<dl><dt>规划面积</dt><dd>32.6平方公里</dd><dt>企业数：</dt><dd>1,600余家</dd></dl>",
         "规划面积：32.6平方公里\n企业数：1,600余家"),
        ("<dl><dt>园区概况</dt></dl><p>园区今年引进项目12个,总投资30亿元。</p>",
         "园区概况\n园区今年引进项目12个,总投资30亿元。"),
        ("<dl><dt>主导产业</dt><dd><p>新材料</p><p>装备制造</p></dd></dl>", "主导产业：\n新材料\n装备制造"),
        # merged cells written out: a park spanning two rows heads both, and a header over two
        # columns heads each, the rows of headers made one with the unit at the end
        ("<table><tr><th rowspan='2'>开发区</th><th rowspan='2'>指标</th><th colspan='2'>完成值(亿元)</th></tr>"
         "<tr><th>2024年</th><th>2025年</th></tr><tr><td rowspan='2'>银川经开区</td><td>营业收入</td><td>702.1</td>"
         "<td>768.9</td></tr><tr><td>工业投资</td><td>98.0</td><td>112.5</td></tr>"
         "<tr><td colspan='4'>注：增速按可比价计算</td></tr></table>"
         "<p>上表为各开发区主要指标,数据来自统计局。</p>",
         "开发区 指标 完成值2024年(亿元) 完成值2025年(亿元)\n银川经开区 营业收入 702.1 768.9\n银川经开区 工业投资 98.0 112.5\n"
         "注：增速按可比价计算\n上表为各开发区主要指标,数据来自统计局。"),
        # … and a line break inside a merged table's header cell joins its lines
        ("<table><tr><th rowspan='2'>园区</th><th rowspan='2'>面积<br>（公顷）</th><th colspan='2'>2023年</th></tr>"
         "<tr><th>产值（亿元）</th><th>企业（家）</th></tr><tr><td>星火工业园</td><td>1236.5</td><td>542.3</td>"
         "<td>86</td></tr></table><p>上表为各园区主要指标,数据来自统计局。</p>",
         "园区 面积（公顷） 2023年产值（亿元） 2023年企业（家）\n星火工业园 1236.5 542.3 86\n"
         "上表为各园区主要指标,数据来自统计局。"),
        # cells written one a source line are parted all the same, and a short cell's line break
        # (总投资<br/>（亿元）) keeps the row whole
        ("<table>\n<tr>\n<td>项目名称</td>\n<td>建设地点</td>\n<td>总投资<br />（亿元）</td>\n</tr>\n<tr>\n"
         "<td>标准厂房三期</td>\n<td>电子信息产业园</td>\n<td>18.6</td>\n</tr>\n</table>"
         "<p>上表为重点项目进度,数据来自管委会。</p>",
         "项目名称 建设地点 总投资（亿元）\n标准厂房三期 电子信息产业园 18.6\n上表为重点项目进度,数据来自管委会。"),
        ("", ""),
        ("<<<>>>", "<<<>>>"),
    ],
)
def test_fragments(html, text):
    assert html_to_text(html).text == text


def test_wrapper_with_a_chrome_word_is_not_dropped():
    html = ("<body><div class='wrap with-sidebar'><div class='nav'><a>首页</a> <a>新闻</a></div>"
            "<div class='article'><p>园区今年引进项目12个,总投资30亿元。</p><p>园区产值翻番,增速全省第一。</p></div>"
            "</div></body>")  # fmt: skip
    assert html_to_text(html).text == "园区今年引进项目12个,总投资30亿元。\n园区产值翻番,增速全省第一。"


def test_comments_longer_than_article_are_not_the_article():
    comments = "".join(f"<p>网友{i}:园区发展真快,希望多引进一些好项目,带动就业。</p>" for i in range(12))
    html = (f"<body><div class='article'><p>园区今年引进项目12个,总投资30亿元。</p><p>园区产值翻番,增速全省第一。</p></div>"
            f"<div class='comment-list'>{comments}</div></body>")  # fmt: skip
    assert html_to_text(html).text == "园区今年引进项目12个,总投资30亿元。\n园区产值翻番,增速全省第一。"


def test_a_forum_thread_s_replies_are_its_text():
    """A thread's replies repeat the first post's structure (div.post > div.content): their content
    is the thread's text; authors, floors and the related threads are not."""
    html = (Path(__file__).resolve().parent / "fixtures" / "eval27" / "f03_huzhou_forum.html").read_text("utf-8")
    lines = html_to_text(html).text.split("\n")
    assert lines[0].startswith("我们是做新能源汽车零部件的") and lines[3].startswith("我在莫干山高新区上班")
    assert lines[-1].startswith("同意楼上。我们前年在湖州经开区拿了三十亩") and len(lines) == 8
    assert not any("LV" in line or "楼主" in line or "嘉兴秀洲" in line for line in lines)


def test_comments_that_share_the_article_s_content_class_stay_out():
    article = "".join(f"<p>{s}</p>" for s in ["园区今年引进项目12个,总投资30亿元,同比增长15%。", "园区产值翻番,增速全省第一。"])
    comments = "".join(f"<div class='comment'><div class='content'><p>网友{i}:我们厂在园区上班,工资才3000,希望多引进好项目。</p>"
                       "</div></div>" for i in range(2))
    html = f"<body><div class='article'><div class='content'>{article}</div></div>{comments}</body>"
    assert html_to_text(html).text == "园区今年引进项目12个,总投资30亿元,同比增长15%。\n园区产值翻番,增速全省第一。"


def test_a_fact_sheet_beside_the_article_is_kept():
    # a park profile's field list beside its introduction (规划面积：…); a contact block is not one
    article = "".join(f"<p>园区{k}今年引进项目12个,总投资30亿元,产值翻番,增速全省第一。</p>" for k in "一二三")
    html = ("<body><div class='main'><h1>江北新区</h1>"
            "<div class='info'><ul><li><span>园区级别：</span>国家级新区</li><li><span>规划面积：</span>788平方公里</li>"
            "<li><span>入驻企业：</span>1,200余家</li></ul></div>"
            f"<div class='intro'>{article}</div>"
            "<div class='contact'><p>联系电话：025-58888888</p><p>邮编：210000</p></div></div></body>")  # fmt: skip
    text = html_to_text(html).text
    assert "规划面积：788平方公里\n入驻企业：1,200余家" in text
    assert "联系电话" not in text and "邮编" not in text


def test_meta_tags():
    html = """<html><head><title>标题_示例网</title>
    <meta name="ArticleTitle" content="园区迎来新项目"><meta name="SiteName" content="示例市人民政府">
    <meta name="PubDate" content="2019-07-10 08:00"><meta name="author" content="张三"></head>
    <body><div class="content"><p>园区今年引进项目12个,总投资30亿元。</p></div></body></html>"""
    p = html_to_text(html)
    assert (p.title, p.site, p.published, p.author) == ("园区迎来新项目", "示例市人民政府", "2019-07-10 08:00", "张三")


def test_site_first_title_and_account_author():
    html = """<html><head><title>某某协会--园区建设工作领导小组成立</title><meta name="author" content="admin"></head>
    <body><b>园区建设工作领导小组成立</b><div><p>园区今年引进项目12个,总投资30亿元。</p></div></body></html>"""
    p = html_to_text(html)
    assert (p.title, p.site, p.author) == ("园区建设工作领导小组成立", "某某协会", "")


def test_today_widget_is_not_the_date():
    html = """<html><body><div class="date">今天是：2024年11月8日 星期五</div><h1>园区迎来新项目</h1>
    <div class="content"><p>园区今年引进项目12个,总投资30亿元。</p></div></body></html>"""
    assert html_to_text(html).published == ""


def test_an_article_a_script_fills_in_is_the_page_s_text():
    """A template page whose script holds the article as strings of HTML joined with +, escaped
    quotes and \\u escapes inside: the article, its title, date and author."""
    body = "".join(f"<p style=\\\"text-indent:2em\\\">{line}</p>" for line in
                   [f"第{k}段，铜川经开区今年引进项目12个，总投资30亿元，规上工业总产值同比增长9.8%，新材料产业加速集聚。" * 2
                    for k in range(1, 5)])
    half = body.index("</p>", len(body) // 2) + 4  # (two literals joined with +)
    html = ("<html><head><title>铜川经济技术开发区管理委员会</title></head><body><div class='nav'>首页 | 新闻中心</div>"
            "<div id='artContent'></div><script>\nvar articleTitle = \"\\u94dc\\u5ddd\\u7ecf\\u5f00\\u533a\\u65b0\\u95fb\";\n"
            "var articleDate = '2024-06-21 10:35';\nvar articleAuthor = \"记者 张蕾\";\n"
            f"var articleContent = \"{body[:half]}\"\n  + \"{body[half:]}\";\n"
            "$('#artContent').html(articleContent);\n</script><div class='footer'>版权所有</div></body></html>")
    page = html_to_text(html)
    assert (page.title, page.published, page.author) == ("铜川经开区新闻", "2024-06-21 10:35", "记者 张蕾")
    assert page.text.split("\n")[0].startswith("第1段，铜川经开区") and len(page.text.split("\n")) == 4
    assert "版权所有" not in page.text and "text-indent" not in page.text
