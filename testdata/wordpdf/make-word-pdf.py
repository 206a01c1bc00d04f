#!/usr/bin/env python3
"""Writes a corpus report as an office document the way an agency's Word or WPS file is laid out, then
lets LibreOffice save it as Word (.docx) and print that to PDF, as a published PDF is made.

The document (a flat ODT, .fodt, written here) has what the PDFs of Word and WPS show: A4 pages with the
official margins, 仿宋 text, a page number "— N —" in every page's footer, and tables with merged cells
(rows and columns spanned as in the official template) whose header rows repeat on every page a table
runs over. 表三 has narrow columns, so labels and the longer numbers wrap inside their cells and the table
spans pages. The tables and values come from testdata/forms/make-forms.py (format.md, the hand-written
corpus .expected.tsv); no Nianbao code is involved.

Usage (from the repository root):  python3 testdata/wordpdf/make-word-pdf.py
Needs: python3, LibreOffice Writer (soffice) and a CJK font (fonts-arphic-uming). The outputs are committed
as test fixtures; neither the tests nor CI run this script.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(OUT))
spec = importlib.util.spec_from_file_location("forms", os.path.join(ROOT, "testdata", "forms", "make-forms.py"))
forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(forms)

REPORTS = [  # corpus report, agency as printed, name of the fixture, how its office lays it out
    # Word: cells centred vertically, header rows repeated on the next page, "— N —" footers
    ("04-huaian-shizhengfu-2024", "淮安市人民政府", "04-huaian-shizhengfu-2024-word",
     {"valign": "middle", "repeat": True, "footer": "— {n} —"}),
    # WPS: cells top-aligned, header rows not repeated, "第 N 页 共 M 页" footers
    ("06-suqian-shi-2024", "宿迁市人民政府", "06-suqian-shi-2024-wps",
     {"valign": "top", "repeat": False, "footer": "第 {n} 页 共 {count} 页"}),
]
# column widths in cm; 表三's ten columns on a 15.6 cm text width, narrow enough that labels wrap
WIDTHS = {"T2": [4.0, 3.6, 1.4, 6.6], "T3": [1.2, 1.8, 4.0, 1.0, 1.2, 1.2, 1.4, 1.4, 1.2, 1.2],
          "T4": [1.04] * 15}


class OdtPage(forms.Page):
    """Collects the tables that make-forms.py lays out, as cells with their spans, for an ODT table."""

    def __init__(self):
        super().__init__("office")
        self.tables = []

    def td(self, text, rs=1, cs=1, head=False):
        return (text, rs, cs, head)

    def table(self, rows):
        self.tables.append(rows)


def odt_table(name, rows, widths, repeat):
    """An ODT table: spanned cells with their covered cells; the leading all-header rows repeated per page."""
    out = ['<table:table table:name="%s" table:style-name="Tbl">' % name]
    for i, w in enumerate(widths):
        out.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    header = 0
    while repeat and header < len(rows) and all(c[3] for c in rows[header]):
        header += 1
    covered = set()
    for r, row in enumerate(rows):
        if r == 0 and header:
            out.append("<table:table-header-rows>")
        out.append("<table:table-row>")
        cells = iter(row)
        c = 0
        while c < len(widths):
            if (r, c) in covered:
                out.append("<table:covered-table-cell/>")
                c += 1
                continue
            text, rs, cs, head = next(cells, ("", 1, 1, False))
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
            spans = (' table:number-rows-spanned="%d"' % rs if rs > 1 else "") + \
                    (' table:number-columns-spanned="%d"' % cs if cs > 1 else "")
            out.append('<table:table-cell table:style-name="Cell" office:value-type="string"%s><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                       % (spans, "Head" if head else "Num" if text.replace(".", "").isdigit() else "Label", escape(text)))
            c += 1
        out.append("</table:table-row>")
        if r == header - 1:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "\n".join(out)


def column_styles(name, widths):
    return "".join('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                   % (name, i, w) for i, w in enumerate(widths))


def write_fodt(corpus, agency, fixture, layout):
    t2, t3, t4, year = forms.read_expected(corpus)
    preamble, s1, s5, s6 = forms.read_prose(corpus)
    page = OdtPage()
    forms.t2_tables(page, t2, corpus)
    forms.t3_table(page, t3, corpus)
    forms.t4_table(page, t4)
    tables = dict(zip(["T2", "T3", "T4"], page.tables))
    body = ['<text:p text:style-name="Title">%s</text:p>' % escape(agency),
            '<text:p text:style-name="Title">%s年政府信息公开工作年度报告</text:p>' % year]
    body += ['<text:p text:style-name="Body">%s</text:p>' % escape(p) for p in preamble]
    sections = [s1, None, None, None, s5, s6]
    for k in range(6):
        body.append('<text:p text:style-name="Heading">%s、%s</text:p>' % (forms.NUM[k], forms.HEADINGS[k]))
        table = {1: "T2", 2: "T3", 3: "T4"}.get(k)
        if table:
            body.append(odt_table(table, tables[table], WIDTHS[table], layout["repeat"]))
        else:
            body += ['<text:p text:style-name="Body">%s</text:p>' % escape(p) for p in sections[k]]
    font = "仿宋"
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="{font}" style:font-name="{font}" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"/></style:default-style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:line-height="0.98cm"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="Label" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="2.2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="1cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" table:align="center"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="{valign}"/></style:style>
 {columns}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
""".format(font=font, valign=layout["valign"], footer=escape(layout["footer"]).format(
        n='<text:page-number text:select-page="current">1</text:page-number>', count="<text:page-count>1</text:page-count>"), columns="".join(column_styles(n, w) for n, w in WIDTHS.items()), body="\n".join(body))
    path = os.path.join(OUT, fixture + ".fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return path


def convert(fodt):
    """FODT -> DOCX (Word 2007 XML, as the office saves it), then DOCX -> PDF (as it is printed for the site)."""
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is needed")
    with tempfile.TemporaryDirectory() as profile:
        env = ["-env:UserInstallation=file://" + profile]
        subprocess.run([soffice, *env, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", OUT, fodt],
                       check=True, capture_output=True)
        subprocess.run([soffice, *env, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", OUT,
                        fodt[:-5] + ".docx"], check=True, capture_output=True)


if __name__ == "__main__":
    for corpus, agency, fixture, layout in REPORTS:
        convert(write_fodt(corpus, agency, fixture, layout))
        print("wrote", fixture, ".fodt .docx .pdf")
