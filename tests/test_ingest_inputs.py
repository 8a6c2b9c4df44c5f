"""Reading inputs: folders, globs, JSONL records and their errors, front matter, Markdown."""

from parktool.ingest import Record, Rejected, _FRONT_MATTER, _front_matter, doc_id, expand_paths, \
    is_jsonl, read_jsonl, strip_markdown


def test_folders_are_read_recursively_sorted_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.html", "a.txt", "b/1.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("x")
    got = [p[len(str(tmp_path)) + 1:] for p in expand_paths([str(tmp_path)])]
    assert got == ["a.txt", "b/1.txt", "b/2.html"]
    assert [p[len(str(tmp_path)) + 1:] for p in expand_paths([str(tmp_path)], "*.txt")] == ["a.txt", "b/1.txt"]


def test_jsonl_is_sniffed_by_content():
    assert is_jsonl("x.jsonl", b"")
    assert is_jsonl("x.txt", b'{"text": "abc"}\n{"text": "d"}')
    assert not is_jsonl("x.txt", "{不是JSON}".encode())
    assert not is_jsonl("x.txt", "瓯江口产业集聚区".encode())


def test_jsonl_bad_lines_are_reported_by_number_and_the_rest_kept():
    data = "\n".join([
        '{"title": "甲", "text": "园区新闻", "url": "http://a.cn/1", "date": "2019-07-10"}',
        '{"title": "乙", "content": "<p>芯片</p>"',
        '[1, 2]',
        '{"title": "丙"}',
        '',
        '{"body": "第三篇", "published": "2020-01-02", "site": "某网"}',
    ]).encode()
    items = list(read_jsonl("in.jsonl", data.split(b"\n")))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Record", "Rejected", "Rejected", "Rejected", "Record"]
    first, bad_json, not_object, no_text, last = items
    assert (first.source, first.text, first.meta["title"], first.meta["published"]) == \
        ("http://a.cn/1", "园区新闻", "甲", "2019-07-10")
    assert bad_json.path == "in.jsonl:2" and bad_json.reason.startswith("line 2: not valid JSON")
    assert not_object.reason == "line 3: not a JSON object"
    assert no_text.reason.startswith("line 4: no text")
    assert last.source == "in.jsonl:6" and last.meta["site"] == "某网"
    assert first.doc_id == doc_id(data.split(b"\n")[0])


def test_front_matter_yaml_and_toml():
    post = "---\ntitle: 丽水经开区打造新平台\ndate: 2022-06-14\nauthor: 记者 张三\n---\n正文第一段。\n"
    m = _FRONT_MATTER.match(post)
    assert m and post[m.end():] == "正文第一段。\n"
    assert _front_matter(m.group(2), m.group(1)) == {
        "title": "丽水经开区打造新平台", "published": "2022-06-14", "site": "", "author": "记者 张三"}
    toml = '+++\ntitle = "金华开发区"\ndate = "2024-09-28"\n+++\nbody'
    m = _FRONT_MATTER.match(toml)
    assert _front_matter(m.group(2), m.group(1))["title"] == "金华开发区"
    assert _front_matter("title: [unclosed", "---") == {}


def test_markdown_markup_goes_and_words_stay():
    md = "# 标题\n\n> 引用**加粗**\n\n- [瓯江口](http://x) 产业 ![图](a.png)\n1. 第一\n"
    assert strip_markdown(md) == "标题\n\n引用加粗\n\n瓯江口 产业 \n第一\n"
    # a task list's boxes go with their markers
    assert strip_markdown("- [x] 本周签约项目**2个**\n  - [ ] 下周投产3个\n") == "本周签约项目2个\n下周投产3个\n"


def test_record_id_is_the_hash_of_its_bytes():
    assert Record("a", b"x").doc_id == Record("b", b"x").doc_id != Record("a", b"y").doc_id
    assert len(Record("a", b"x").doc_id) == 16


def test_rejected_is_plain_data():
    assert Rejected("a", "b").reason == "b"


# ---------------------------------------------------------------- saved e-mails and web archives

def _seed_text(n: str) -> str:
    from conftest import SEEDS

    return next(SEEDS.glob(f"{n}_*")).read_text("utf-8")


def _mime_text(text: str, charset: str) -> bytes:
    import quopri

    return quopri.encodestring(text.encode(charset))


def test_a_saved_e_mail_in_quoted_printable_gb2312_is_its_text_subject_date_and_sender(tmp_path):
    """Outlook's export: the body in quoted-printable GB2312, the subject in RFC 2047 base64."""
    import base64

    from parktool.ingest import process, read_path

    body = _seed_text("001")
    subject = base64.b64encode("丽水经开区周报".encode("utf-8")).decode()
    message = (f"From: =?UTF-8?B?{base64.b64encode('张伟'.encode()).decode()}?= <zw@example.cn>\r\n"
               f"To: office@example.cn\r\nSubject: =?UTF-8?B?{subject}?=\r\nDate: Tue, 12 Mar 2024 09:30:00 +0800\r\n"
               "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"gb2312\"\r\n"
               "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode() + _mime_text(body, "gb18030")
    (tmp_path / "weekly.eml").write_bytes(message)
    [record] = list(read_path(str(tmp_path / "weekly.eml")))
    doc = process(record).document
    assert (doc.title, doc.published, doc.author, doc.format) == ("丽水经开区周报", "2024-03-12", "张伟", "email")
    assert "浙西南科技创新产业园" in doc.text and "=E" not in doc.text


def test_a_web_page_saved_as_mhtml_is_its_html_part(tmp_path):
    """A browser's "save as single file": multipart/related, the page in quoted-printable UTF-8,
    an image in base64; found by its header block whatever the file's name."""
    from parktool.ingest import process, read_path

    html = f"<html><head><title>金华开发区新闻</title></head><body><p>{_seed_text('002')}</p></body></html>"
    message = ("MIME-Version: 1.0\r\nSubject: =?utf-8?Q?page?=\r\n"
               "Content-Type: multipart/related; boundary=\"----B\"\r\n\r\n"
               "------B\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
               "Content-Location: http://example.cn/a.html\r\n\r\n").encode() + _mime_text(html, "utf-8") + (
               "\r\n------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
               "------B--\r\n").encode()
    (tmp_path / "page.txt").write_bytes(message)
    [record] = list(read_path(str(tmp_path / "page.txt")))
    doc = process(record).document
    assert doc.format == "email" and "金华" in doc.text and "=E" not in doc.text and "iVBOR" not in doc.text


def test_an_xml_export_of_records_gives_one_document_each(tmp_path):
    """A site's open-data export (not RSS or Atom): each <record> with a <content> is a document
    with its title, date and source; a record without text is rejected by its number."""
    from parktool.ingest import process, read_path

    article = _seed_text("001").replace("]]>", "")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- 政府信息公开数据开放 -->\n<records site="某市人民政府">\n'
           f"<record><id>1</id><title>甲</title><pubdate>2024-07-15 08:45:00</pubdate><source>丽水日报</source>"
           f"<content><![CDATA[<p>{article}</p>]]></content></record>\n"
           "<record><id>2</id><title>乙</title><content></content></record>\n</records>\n")
    (tmp_path / "export.xml").write_text(xml, encoding="utf-8")
    items = list(read_path(str(tmp_path / "export.xml")))
    assert [type(i).__name__ for i in items] == ["Record", "Rejected"]
    doc = process(items[0]).document
    assert (doc.title, doc.published, doc.site, doc.format) == ("甲", "2024-07-15", "丽水日报", "xml")
    assert items[1].path.endswith("export.xml#2")


# ---------------------------------------------------------------- Word documents

def _docx(path, blocks: list, title: str = "") -> None:
    """A minimal .docx as Word writes one: its body's paragraphs (strings) and tables (lists of
    rows), its title in its properties."""
    import zipfile
    from xml.sax.saxutils import escape

    def paragraph(text: str) -> str:
        return f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(paragraph(b) if isinstance(b, str) else "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in b) + "</w:tbl>"
        for b in blocks)
    core = ('<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            f'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title>'
            "</cp:coreProperties>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')
        z.writestr("docProps/core.xml", core)


def test_a_word_document_is_its_paragraphs_and_tables(tmp_path):
    """A .docx (found by its content, whatever its name): its paragraphs, a table a row a line with
    its cells parted, its title; its figures read as a text file's are."""
    from parktool.ingest import process, read_path

    paragraphs = _seed_text("002").split("\n")
    table = [["园区", "产值（亿元）", "增速（%）"], ["金华开发区", "1286.5", "8.3"], ["金义新区", "402.1", "6.6"]]
    _docx(tmp_path / "report.bin", paragraphs[:9] + [table] + paragraphs[9:], "金华开发区工作报告")
    [record] = list(read_path(str(tmp_path / "report.bin")))
    result = process(record)
    doc = result.document
    assert (doc.title, doc.format) == ("金华开发区工作报告", "docx")
    assert "金华开发区 1286.5 8.3" in doc.text and paragraphs[3][:12] in doc.text
    assert ("1286.5", 1.2865e11) in [(f.raw, f.value) for f in result.facts]


def test_a_broken_word_document_is_rejected_with_its_reason(tmp_path):
    from parktool.ingest import Rejected, read_path

    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04word/document.xml" + b"\x00" * 64)
    [item] = list(read_path(str(tmp_path / "broken.docx")))
    assert isinstance(item, Rejected) and item.reason.startswith("not a readable Word document")


def test_a_pdf_or_an_old_word_file_is_refused_with_what_to_do(tmp_path):
    from parktool.ingest import Rejected, read_path

    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (tmp_path / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    reasons = [item.reason for name in ("report.pdf", "report.doc") for item in read_path(str(tmp_path / name))
               if isinstance(item, Rejected)]
    assert reasons == ["a PDF: extract its text, or save it as .docx, first",
                       "a Word 97-2003 (.doc) or other Office binary file: save it as .docx first"]
