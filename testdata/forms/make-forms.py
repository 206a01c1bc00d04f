#!/usr/bin/env python3
"""Writes the corpus reports and the seed as government-site HTML pages, then lets LibreOffice turn
them into Word (.docx) and PDF files. Nothing here uses Nianbao's code: the tables are laid out from
format.md §3-§5 (rowspan/colspan as the official template), the values come from the hand-written
testdata/corpus/*.expected.tsv and the prose from the corpus text.

Usage (from the repository root):  python3 testdata/forms/make-forms.py
Needs: python3, LibreOffice (soffice) and a CJK font (fonts-noto-cjk). The outputs are committed as
test fixtures; the tests never run this script.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "testdata", "corpus")
OUT = os.path.dirname(os.path.abspath(__file__))

# the layout style of each file: how its "site" writes pages
REPORTS = [
    ("000-baoji-kejiju-2024", "宝鸡市科学技术局", "gov-nested"),
    ("02-hongze-quzhengfu-2023", "洪泽区人民政府", "word-html"),
    ("03-hongze-quzhengfu-2024", "淮安市洪泽区人民政府", "word-html"),
    ("04-huaian-shizhengfu-2024", "淮安市人民政府", "trs"),
    ("05-suqian-shi-2023", "宿迁市", "modern"),
    ("06-suqian-shi-2024", "宿迁市", "modern"),
]

T3_ROWS = [  # key, level-1/2/3 label, group label (rowspan) or None
    ("一", "一、本年新收政府信息公开申请数量"),
    ("二", "二、上年结转政府信息公开申请数量"),
    ("三(一)", "（一）予以公开"),
    ("三(二)", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("三(三)1", "1.属于国家秘密"), ("三(三)2", "2.其他法律行政法规禁止公开"),
    ("三(三)3", "3.危及“三安全一稳定”"), ("三(三)4", "4.保护第三方合法权益"),
    ("三(三)5", "5.属于三类内部事务信息"), ("三(三)6", "6.属于四类过程性信息"),
    ("三(三)7", "7.属于行政执法案卷"), ("三(三)8", "8.属于行政查询事项"),
    ("三(四)1", "1.本机关不掌握相关政府信息"), ("三(四)2", "2.没有现成信息需要另行制作"),
    ("三(四)3", "3.补正后申请内容仍不明确"),
    ("三(五)1", "1.信访举报投诉类申请"), ("三(五)2", "2.重复申请"), ("三(五)3", "3.要求提供公开出版物"),
    ("三(五)4", "4.无正当理由大量反复申请"), ("三(五)5", "5.要求行政机关确认或重新出具已获取信息"),
    ("三(六)1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("三(六)2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("三(六)3", "3.其他"),
    ("三(六)", "（六）其他处理"),
    ("三(七)", "（七）总计"),
    ("四", "四、结转下年度继续办理"),
]
GROUPS = {"三(三)": "（三）不予公开", "三(四)": "（四）无法提供", "三(五)": "（五）不予处理", "三(六)": "（六）其他处理"}
COLS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
T4_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
HEADINGS = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
NUM = "一二三四五六"
MAX_PARAS, MAX_PARA = 2, 80
FONT = "'AR PL UMing CN'"  # a TrueType CJK font (fonts-arphic-uming): small embedded subsets


def read_expected(name):
    t2, t3, t4, year = [], {}, {}, None
    with open(os.path.join(CORPUS, name + ".expected.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if p[0] == "T2":
                t2.append((p[1].replace("(万元)", ""), p[2:]))
            elif p[0] == "T3":
                t3[p[1]] = p[2:]
            elif p[0] == "T4":
                t4[p[1]] = p[2:]
            elif p[0] == "KEY":
                year = p[2]
    return t2, t3, t4, year


def read_prose(name):
    """Preamble, and the text of sections 一, 五 and 六, as paragraphs."""
    with open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    heads = []
    for k, word in enumerate(HEADINGS):
        for i, line in enumerate(lines):
            s = line.strip()
            if s.startswith(NUM[k] + "、") and word[:4] in s and (not heads or i > heads[-1]):
                heads.append(i)
                break
    title_end = next(i for i, l in enumerate(lines) if "年度报告" in l)

    def paragraphs(chunk):
        out, cur = [], ""
        for line in chunk:
            s = line.strip()
            if not s:
                if cur:
                    out.append(cur)
                cur = ""
                continue
            if cur and (cur.endswith(("。", "：")) or re.match(r"[（(][一二三四五六七八九十]+[）)]", s)):
                out.append(cur)
                cur = ""
            cur += s
        if cur:
            out.append(cur)
        return out

    def short(paras):  # keeps the fixtures small: the tables are what the tests check
        return [p if len(p) <= MAX_PARA else p[:MAX_PARA] + "……" for p in paras[:MAX_PARAS]]

    return (short(paragraphs(lines[title_end + 1:heads[0]])), short(paragraphs(lines[heads[0] + 1:heads[1]])),
            short(paragraphs(lines[heads[4] + 1:heads[5]])), paragraphs(lines[heads[5] + 1:]))


def cell(v):
    return "" if v == "-" else v


class Page:
    """The HTML of one report in one site style."""

    def __init__(self, style):
        self.style = style
        self.out = []

    def w(self, s):
        self.out.append(s)

    def td(self, text, rs=1, cs=1, head=False):
        tag = "th" if head and self.style == "modern" else "td"
        attrs = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
        body = html.escape(text)
        if self.style == "word-html":
            body = '<p class="MsoNormal" align="center"><span style="font-family:%s;font-size:10.5pt">%s</span></p>' % (FONT, body or "&nbsp;")
        elif self.style == "gov-nested":
            body = body or "&nbsp;"
        elif self.style == "trs":
            body = body.replace("，", "，<br/>", 1) if len(text) > 14 else body
        return "<%s%s>%s</%s>" % (tag, attrs, body, tag)

    def table(self, rows):
        if self.style == "word-html":
            self.w('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">')
        elif self.style == "gov-nested":
            self.w('<table border="1" cellspacing="0" cellpadding="2" width="100%" align="center">')
        elif self.style == "trs":
            self.w('<table border="1" style="border-collapse:collapse;width:100%"><tbody>')
        else:
            self.w('<table class="xxgk-table">')
        for r in rows:
            self.w("<tr>" + "".join(r) + "</tr>")
        self.w("</tbody></table>" if self.style == "trs" else "</table>")

    def para(self, text, heading=False):
        t = html.escape(text)
        if self.style == "word-html":
            self.w('<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:%s%s">%s</span></p>'
                   % (FONT, ";font-weight:bold" if heading else "", t))
        elif self.style == "gov-nested":
            self.w('<p style="text-indent:2em">%s%s%s</p>' % ("<strong>" if heading else "", t, "</strong>" if heading else ""))
        elif self.style == "trs":
            self.w('<p align="justify">%s</p>' % t if not heading else "<p><b>%s</b></p>" % t)
        else:
            self.w("<h3>%s</h3>" % t if heading else "<p>%s</p>" % t)


def t2_tables(page, t2, name):
    repealed = "本年度止件数" if name.startswith("000") else "本年废止件数"
    blocks = [("第二十条第（一）项", ["本年制发件数", repealed, "现行有效件数"], ["规章", "行政规范性文件"]),
              ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
              ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
              ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["行政事业性收费"])]
    values = dict(t2)
    rows = []
    for caption, cols, labels in blocks:
        block = [[page.td(caption, cs=4, head=True)]]
        wide = 1 if len(cols) == 3 else 3
        block.append([page.td("信息内容", head=True)] + [page.td(c, cs=wide, head=True) for c in cols])
        for label in labels:
            block.append([page.td(label)] + [page.td(cell(v), cs=wide) for v in values[label]])
        if page.style == "trs":  # this site prints each block as a table of its own
            page.table(block)
        else:
            rows += block
    if rows:
        page.table(rows)


def t3_table(page, t3, name):
    unsplit = "三(六)" in t3
    typo = name.startswith("02") or name.startswith("03")
    rows = [[page.td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3, head=True),
             page.td("申请人情况", cs=7, head=True)],
            [page.td("自然人", rs=2, head=True), page.td("法人或其他组织", cs=5, head=True), page.td("总计", rs=2, head=True)],
            [page.td(c.replace("机构", " 机构") if page.style == "word-html" else c, head=True) for c in COLS]]
    keys = [k for k, _ in T3_ROWS if k in t3]
    labels = dict(T3_ROWS)
    n_result = sum(1 for k in keys if k.startswith("三"))
    seen_group = set()
    for k in keys:
        label = labels[k]
        if typo and k == "三(三)2":
            label = "2.其他法律行政止公开"
        if page.style == "word-html" and re.match(r"\d\.", label):
            label = label.replace(".", "、", 1)
        r = []
        if k in ("一", "二", "四"):
            r.append(page.td(label, cs=3))
        else:
            if k == "三(一)":
                r.append(page.td("三、本年度办理结果", rs=n_result))
            group = k[:4]
            if group in GROUPS and k != "三(六)":
                if group not in seen_group:
                    seen_group.add(group)
                    r.append(page.td(GROUPS[group], rs=sum(1 for x in keys if x.startswith(group) and x != "三(六)")))
                r.append(page.td(label))
            else:
                r.append(page.td(label, cs=2))
        r += [page.td(cell(v)) for v in t3[k]]
        rows.append(r)
    page.table(rows)


def t4_table(page, t4):
    rows = [[page.td("行政复议", cs=5, head=True), page.td("行政诉讼", cs=10, head=True)],
            [page.td(c, rs=2, head=True) for c in T4_COLS] + [page.td("未经复议直接起诉", cs=5, head=True), page.td("复议后起诉", cs=5, head=True)],
            [page.td(c, head=True) for c in T4_COLS * 2],
            [page.td(cell(v)) for k in ("复议", "直诉", "复议后诉") for v in t4[k]]]
    page.table(rows)


def write_html(name, agency, style):
    t2, t3, t4, year = read_expected(name)
    preamble, s1, s5, s6 = read_prose(name)
    page = Page(style)
    title = "%s%s年政府信息公开工作年度报告" % (agency, year)
    charset = "gb2312" if style == "gov-nested" else "utf-8"
    page.w('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
    page.w("<title>%s_政府信息公开</title><style>body,p,td,th,span,h1,h3{font-family:\"AR PL UMing CN\"} td{border:1px solid #000;font-size:10.5pt}</style></head><body>" % html.escape(title))
    if style == "gov-nested":  # an old portal: everything sits in layout tables
        page.w('<table width="100%" border="0" align="center"><tr><td class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</td></tr>')
        page.w('<tr><td><table width="100%" border="0"><tr><td class="content">')
        page.w('<p align="center"><strong>%s</strong></p><p align="center"><strong>%s年政府信息公开工作年度报告</strong></p>' % (agency, year))
    elif style == "trs":
        page.w('<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div><div class="TRS_Editor">')
        page.w("<h1>%s</h1>" % html.escape(title))
    elif style == "word-html":
        page.w('<div class="WordSection1"><p class="MsoNormal" align="center"><b><span style="font-size:22pt">%s</span></b></p>' % html.escape(agency))
        page.w('<p class="MsoNormal" align="center"><b><span style="font-size:22pt">%s年政府信息公开工作年度报告</span></b></p>' % year)
    else:
        page.w('<main><article><h1 class="title">%s</h1><div class="info">发布日期：%s-01-20</div>' % (html.escape(title), int(year) + 1))
    for p in preamble:
        page.para(p)
    sections = [s1, None, None, None, s5, s6]
    for k in range(6):
        page.para(NUM[k] + "、" + HEADINGS[k], heading=True)
        if k == 1:
            t2_tables(page, t2, name)
        elif k == 2:
            t3_table(page, t3, name)
        elif k == 3:
            t4_table(page, t4)
        else:
            for p in sections[k]:
                page.para(p)
    if style == "gov-nested":
        page.w("</td></tr></table></td></tr><tr><td class=\"foot\">版权所有：%s</td></tr></table>" % agency)
    elif style == "trs":
        page.w("</div>")
    elif style == "word-html":
        page.w("</div>")
    else:
        page.w("</article></main>")
    page.w("</body></html>\n")
    path = os.path.join(OUT, name + ".html")
    with open(path, "w", encoding="gb18030" if charset == "gb2312" else "utf-8") as f:
        f.write("\n".join(page.out))
    return path


def convert(html_path):
    """HTML -> DOCX with LibreOffice Writer (as an office would save a web page), then DOCX -> PDF."""
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is needed")
    with tempfile.TemporaryDirectory() as profile:
        env = ["-env:UserInstallation=file://" + profile]
        subprocess.run([soffice, *env, "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", OUT, html_path], check=True, capture_output=True)
        docx = html_path[:-5] + ".docx"
        subprocess.run([soffice, *env, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", OUT, docx],
                       check=True, capture_output=True)


if __name__ == "__main__":
    for name, agency, style in REPORTS:
        convert(write_html(name, agency, style))
        print("wrote", name, ".html .docx .pdf")
