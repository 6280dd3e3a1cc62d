#!/usr/bin/env python3
"""Writes the bad-export corpus under ingest/src/test/resources/corpus/<case>/.

Each case is a folder with the period's export files under 2026-10/ and an expected.yml stating the outcome
that BadExportCorpusTest asserts. Run it again after changing a case (python3 make_corpus.py); the generated
files are committed, so the tests never need Python. Expected outcomes are written here by hand, next to the
input that produces them: they are the specification, not a recording of what the code happened to do.
"""
import io
import os
import shutil
import zipfile
from datetime import datetime

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "corpus")
PERIOD = "2026-10"

HEADER = ["投诉编号", "门店编码", "投诉时间", "投诉渠道", "记录类型", "客户编号", "投诉人", "联系电话", "投诉内容",
          "原因类型", "责任部门", "责任人", "处理人", "是否成立", "严重程度", "涉及部门数", "服务项目", "解决时间",
          "通知客户时间", "客户签字时间", "回访时间", "结案时间", "处理结果", "补偿金额"]
FIELDS = ["complaint_id", "site_code", "received_at", "channel", "record_type", "customer_id", "customer_name",
          "customer_phone", "content", "cause_type", "responsible_dept_code", "responsible_employee_id",
          "handler_employee_id", "validity", "severity", "departments_involved", "service_item", "resolved_at",
          "customer_notified_at", "customer_signed_at", "callback_at", "closed_at", "resolution",
          "compensation_amount"]
BASE = dict(site_code="S01", received_at="2026-10-05 10:00:00", channel="来访", record_type="投诉",
            customer_id="K1", customer_name="张三", customer_phone="13800135678", content="化妆师迟到",
            cause_type="服务", responsible_dept_code="D01", responsible_employee_id="", handler_employee_id="",
            validity="成立", severity="一般", departments_involved="1", service_item="化妆", resolved_at="",
            customer_notified_at="", customer_signed_at="", callback_at="", closed_at="", resolution="道歉",
            compensation_amount="100")

SITES = "门店编码,门店名称,业态\nS01,星光影楼,影楼\nS02,江南售楼处,售楼处\n"
DEPTS = "部门编码,部门名称,业态\nD01,摄影部,影楼\nD02,化妆部,影楼\n"
INV_HEADER = "单据编号,门店编码,位置,物品编码,类型,数量,账面数量,单位,时间,经手人,场合,备注"
VISIT_HEADER = "门店编码,日期,来电次数,来访次数"


def csv_cell(v):
    v = str(v)
    if any(c in v for c in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def complaint(cid, quote=True, **over):
    values = dict(BASE, **over)
    vals = [cid] + [values[f] for f in FIELDS[1:]]
    return ",".join(csv_cell(v) if quote else str(v) for v in vals)


def complaints(*rows, header=None, sep="\n", end="\n"):
    return sep.join([",".join(header or HEADER)] + list(rows)) + end


CASES = {}


def case(name, covers, files, expected, masters=False):
    CASES[name] = (covers, files, expected, masters)


def ok(read, accepted=None, warnings=(), **reasons):
    accepted = read - sum(reasons.values()) if accepted is None else accepted
    return {"read": read, "accepted": accepted, "quarantined": reasons, "warnings": list(warnings)}


def write_expected(path, covers, expected):
    with open(path, "w", encoding="utf-8") as f:
        f.write("covers: \"" + covers.replace('"', "'") + "\"\n")
        if "error" in expected:
            src, frags = expected["error"]
            f.write("error:\n  source: %s\n  message:\n" % src)
            for fr in frags:
                f.write("    - \"%s\"\n" % fr)
            return
        f.write("sources:\n")
        for src, o in expected.items():
            f.write("  %s:\n    read: %d\n    accepted: %d\n" % (src, o["read"], o["accepted"]))
            if o["warnings"]:
                f.write("    warnings:\n")
                for w in o["warnings"]:
                    f.write("      - \"%s\"\n" % w)
            if o["quarantined"]:
                f.write("    quarantined:\n")
                for r, n in sorted(o["quarantined"].items()):
                    f.write("      %s: %d\n" % (r, n))
            else:
                f.write("    quarantined: {}\n")


# ---------------------------------------------------------------------------------------------- xlsx (no library)

def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheets=None):
    """A minimal valid workbook: inline strings, numbers as numbers (so Excel date serials stay serials).
    sheets: [(name, rows), ...] for several sheets; a cell given as ("f", "C2*2") is a formula without a cached value."""
    def cell(r, c, v):
        ref = "%s%d" % (col_name(c), r + 1)
        if isinstance(v, tuple):
            return '<c r="%s"><f>%s</f></c>' % (ref, v[1])
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        v = str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)
    sheets = sheets or [("Sheet1", rows)]
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="' + ct + 'sheet.main+xml"/>'
        + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%sworksheet+xml"/>' % (i + 1, ct) for i in range(len(sheets))) + '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="' + rel + '/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + rel + '"><sheets>'
        + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1) for i, (n, _) in enumerate(sheets)) + '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, rel, i + 1) for i in range(len(sheets))) + '</Relationships>',
    }
    for i, (_, sheet) in enumerate(sheets):
        sheet_rows = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(r, c, v) for c, v in enumerate(row) if v != ""))
                             for r, row in enumerate(sheet))
        files["xl/worksheets/sheet%d.xml" % (i + 1)] = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sheet_rows
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 10, 1, 0, 0, 0))
            z.writestr(zi, d.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def excel_serial(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S") - datetime(1899, 12, 30)
    return round(d.days + d.seconds / 86400, 6)


def complaint_cells(cid, over):
    values = dict(BASE, **over)
    return [cid] + [values[f] for f in FIELDS[1:]]


def xlsx_complaints(*rows):
    return xlsx_bytes([HEADER] + [complaint_cells(cid, over) for cid, over in rows])


U8 = lambda s: s.encode("utf-8")
C = "complaints_2026-10.csv"

# ------------------------------------------------------------------------------------------------------- the cases

case("quoted-newlines", "a quoted field holding line breaks (LF and CRLF) is one record, not several",
     {C: U8(complaints(complaint("C1", content="第一行\n第二行"), complaint("C2", content="甲\r\n乙\r\n丙"),
                       complaint("C3")))},
     {"complaints": ok(3)})
case("stray-quotes", "a quote inside an unquoted field is kept as text; the row still splits on the delimiter",
     {C: U8(complaints(complaint("C1", quote=False, content='他说"太慢了'), complaint("C2", quote=False, content='5"尺寸照片'),
                       complaint("C3")))},
     {"complaints": ok(3)})
case("unbalanced-quote", "an opening quote never closed: the record it opens is MALFORMED_ROW (its raw text kept), "
     "and the reader recovers at the next line, so one bad cell does not swallow the rest of the file",
     {C: U8(complaints(complaint("C1"), complaint("C2", quote=False, content='"从未闭合'), complaint("C3")))},
     {"complaints": ok(3, MALFORMED_ROW=1)})
case("quote-faults", "broken quoting spoils only its own record: an unescaped quote inside a quoted value, a "
     "backslash-escaped quote, a space after the closing or before the opening quote are MALFORMED_ROW each; "
     "the records around them land",
     {C: U8(complaints(complaint("C1"), complaint("C2", quote=False, content='"双十一"套餐太贵'), complaint("C3"),
                       complaint("C4", quote=False, content='"他说\\"太慢了\\""'), complaint("C5"),
                       complaint("C6", quote=False, content='"迟到" '), complaint("C7"),
                       complaint("C8", quote=False, content=' "化妆"'),
                       complaint("C9", content="多行\n内容，\"引号\"也在"), complaint("C10")))},
     {"complaints": ok(10, MALFORMED_ROW=4)})
case("semicolon-delimiter", "a file delimited by ';' instead of ',' is detected from its header line",
     {C: U8(complaints(*[complaint("C%d" % i).replace(",", ";") for i in range(1, 4)]).replace(",", ";"))},
     {"complaints": ok(3)})
case("tab-delimiter", "a tab-delimited export saved as .csv is detected from its header line",
     {C: U8(complaints(*[complaint("C%d" % i).replace(",", "\t") for i in range(1, 4)]).replace(",", "\t"))},
     {"complaints": ok(3)})
case("mixed-delimiters", "rows using another delimiter than the header have the wrong number of fields: MALFORMED_ROW",
     {C: U8(complaints(complaint("C1"), complaint("C2").replace(",", ";"), complaint("C3")))},
     {"complaints": ok(3, MALFORMED_ROW=1)})
case("mixed-encodings", "UTF-8 and GBK lines in one file: a file-level error, nothing landed",
     {C: U8(complaints(complaint("C1"))) + complaint("C2", content="化妆师态度很差客户非常不满意").encode("gbk") + b"\n"},
     {"error": ("complaints", [C, "does not decode"])})
case("gbk-file", "a whole file in GBK (no BOM) is detected and read correctly",
     {C: complaints(*[complaint("C%d" % i, content="化妆师迟到了很久，客户非常不满意，要求退款和道歉") for i in range(1, 9)]).encode("gbk")},
     {"complaints": ok(8)})
TRAD = str.maketrans("严偿内决务号处妆师张录户数时来满电码签类结编联补记访诉话责迟门间陈项额",
                     "嚴償內決務號處妝師張錄戶數時來滿電碼簽類結編聯補記訪訴話責遲門間陳項額")
case("big5-file", "a whole file in Big5 with traditional headers and codes is detected and read correctly",
     {C: complaints(*[complaint("C%d" % i, content="化妆师迟到了很久，客户非常不满意，要求退款", customer_name="陈大文")
                      .translate(TRAD) for i in range(1, 9)],
                    header=[h.translate(TRAD) for h in HEADER]).encode("big5")},
     {"complaints": ok(8)})
case("bom-at-start", "a UTF-8 byte-order mark before the header does not stick to the first column name",
     {C: b"\xef\xbb\xbf" + U8(complaints(complaint("C1"), complaint("C2")))},
     {"complaints": ok(2)})
case("bom-in-middle", "two exports pasted together: the second BOM+header line is REPEATED_HEADER, "
     "and a BOM glued to a key is not part of the key (C1 twice is DUPLICATE_KEY)",
     {C: U8(complaints(complaint("C1"), complaint("C2"))) + b"\xef\xbb\xbf" + U8(complaints(complaint("C3")))
      + b"\xef\xbb\xbf" + U8(complaint("C1") + "\n")},
     {"complaints": ok(5, REPEATED_HEADER=1, DUPLICATE_KEY=1)})
case("excel-date-serials", "Excel date serials (as text in CSV, as numbers in XLSX) read as dates and times",
     {C: U8(complaints(complaint("C1", received_at=str(excel_serial("2026-10-05 10:00:00"))),
                       complaint("C2", received_at=str(int(excel_serial("2026-10-06 00:00:00")))))),
      "complaints_2026-10_b.xlsx": xlsx_complaints(("C3", dict(received_at=excel_serial("2026-10-07 09:30:00"))),
                                                   ("C4", dict(received_at="2026-10-08 09:30:00")))},
     {"complaints": ok(4)})
case("slash-and-chinese-dates", "dates like 2026/10/5, 2026年10月5日, 2026.10.05 and 20261005 read as dates",
     {C: U8(complaints(complaint("C1", received_at="2026/10/5 9:05"), complaint("C2", received_at="2026年10月5日"),
                       complaint("C3", received_at="2026年10月5日 14:30"), complaint("C4", received_at="2026.10.05 10:00"),
                       complaint("C5", received_at="20261005")))},
     {"complaints": ok(5)})
case("bad-dates", "impossible or unreadable dates are BAD_DATE (2026-02-30, 13th month, words)",
     {C: U8(complaints(complaint("C1", received_at="2026-10-32"), complaint("C2", received_at="2026/13/1"),
                       complaint("C3", received_at="上周五"), complaint("C4")))},
     {"complaints": ok(4, BAD_DATE=3)})
case("fullwidth-digits", "full-width digits and punctuation in dates and numbers read as their ASCII forms",
     {C: U8(complaints(complaint("C1", received_at="２０２６－１０－０５　１０：００", compensation_amount="１００"),
                       complaint("C2", departments_involved="２", compensation_amount="１，２００．５０")))},
     {"complaints": ok(2)})
case("thousands-separators", "thousands separators and a currency sign in amounts: 1,234.50, ¥1,200, ￥88",
     {C: U8(complaints(complaint("C1", compensation_amount="1,234.50"), complaint("C2", compensation_amount="¥1,200"),
                       complaint("C3", compensation_amount="￥88"), complaint("C4", compensation_amount="1.2.3")))},
     {"complaints": ok(4, BAD_NUMBER=1)})
case("empty-lines", "empty lines (also at the end) are not records; a line of spaces is a record and MALFORMED_ROW "
     "(visible in quarantine rather than silently dropped)",
     {C: U8(complaints(complaint("C1"), "", complaint("C2"), "   ", "", complaint("C3"), end="\n\n\n"))},
     {"complaints": ok(4, MALFORMED_ROW=1)})
case("trailing-delimiters", "every line ending in an extra delimiter (an empty last column) is read normally",
     {C: U8(complaints(*[complaint("C%d" % i) + "," for i in range(1, 4)], header=HEADER + [""]))},
     {"complaints": ok(3)})
case("crlf-and-cr-line-endings", "Windows CRLF line endings are read like LF",
     {C: U8(complaints(complaint("C1"), complaint("C2"), sep="\r\n", end="\r\n"))},
     {"complaints": ok(2)})
case("duplicated-headers", "two columns with the same header bind to one field: which one is meant cannot be guessed, "
     "a file-level error names both and the mapping line (by column position) that settles it",
     {C: U8(complaints(complaint("C1") + ",重复", complaint("C2") + ",", header=HEADER + ["投诉内容"]))},
     {"error": ("complaints", [C, "both name field content", "#25"])})
case("alias-collision", "a running number 编号 beside 投诉单号: both are aliases of complaint_id, a file-level error "
     "naming both columns and the mapping line that settles it (not every complaint landing as '1', '2', ...)",
     {C: U8(",".join(["编号", "投诉单号"] + HEADER[1:]) + "\n"
            + "".join("%d,%s\n" % (i, complaint("TS-%03d" % i)) for i in range(1, 4)))},
     {"error": ("complaints", [C, "'编号'", "'投诉单号'", "complaint_id", "headers: {投诉单号: complaint_id}"])})
case("date-and-time-columns", "separate 日期 and 时间 columns both name moved_at: a file-level error that shows how "
     "to combine them (templates:), not every movement landing at midnight",
     {"inventory_2026-10.csv": U8("单据编号,门店编码,位置,物品编码,类型,数量,单位,日期,时间\nM1,S01,水吧,I1,领用,2,瓶,2026-10-05,10:30\n")},
     {"error": ("inventory_movements", ["inventory_2026-10.csv", "'日期'", "'时间'", "moved_at", "templates"])})
case("repeated-header-reordered", "two exports pasted together, the second with its columns in another order: the "
     "repeated header is REPEATED_HEADER and the rows below it are read by its columns",
     {C: U8(complaints(complaint("C1"), complaint("C2")) + ",".join(HEADER[::-1]) + "\n"
            + ",".join(csv_cell(v) for v in complaint_cells("C3", {})[::-1]) + "\n")},
     {"complaints": ok(4, REPEATED_HEADER=1)})
case("instants-with-zones", "times with Z or an offset are instants: converted to the site's wall clock "
     "(2026-10-31T18:30:00Z is 2026-11-01 02:30 in Shanghai: OUT_OF_PERIOD; +08:00 is read, not BAD_DATE)",
     {C: U8(complaints(complaint("C1", received_at="2026-10-31T18:30:00Z"), complaint("C2", received_at="2026-10-05T10:00:00+08:00"),
                       complaint("C3", received_at="2026-10-05 02:00:00Z"), complaint("C4", received_at="2026-10-05 10:00 +0800")))},
     {"complaints": ok(4, OUT_OF_PERIOD=1)})
case("keys-normalised-like-codes", "a key with a trailing no-break space, a zero-width space, in full-width letters or "
     "forced to text with =\"...\" is the same key: DUPLICATE_KEY, not a second complaint",
     {C: U8(complaints(complaint("TS2026002"), complaint("TS2026002\u00a0"), complaint("ＴＳ２０２６００２"),
                       complaint("TS2026\u200b002"), complaint('="TS2026002"'), complaint("TS2026003")))},
     {"complaints": ok(6, DUPLICATE_KEY=4)})
case("scientific-identifiers", "an identifier a spreadsheet turned into scientific notation (1.38001E+10) is "
     "BAD_IDENTIFIER: its digits are gone",
     {C: U8(complaints(complaint("C1", customer_phone="1.38001E+10"), complaint("4.6E+14"), complaint("C3")))},
     {"complaints": ok(3, BAD_IDENTIFIER=2)})
case("form-name-file", "a file named after the form itself (顾客投诉登记表_2026-10.csv) is the complaints export",
     {"顾客投诉登记表_2026-10.csv": U8(complaints(complaint("C1"), complaint("C2")))},
     {"complaints": ok(2)})
case("subfolder", "files in a subfolder of the period folder (补录/) are exports of the period too",
     {C: U8(complaints(complaint("C1"), complaint("C2"))), "补录/complaints_late.csv": U8(complaints(complaint("C3")))},
     {"complaints": ok(3)})
case("xlsx-month-over-two-sheets", "a workbook whose month is split over two sheets (and a notes sheet): both "
     "sheets with the header are read; the notes sheet is listed, not read",
     {"complaints_2026-10.xlsx": xlsx_bytes(None, sheets=[
         ("10月上", [HEADER] + [complaint_cells("C%d" % i, {}) for i in range(1, 4)]),
         ("10月下", [HEADER] + [complaint_cells("C%d" % i, {}) for i in range(4, 6)]),
         ("说明", [["本表由客服部导出"], ["联系人：王"]])])},
     {"complaints": ok(5)})
case("xlsx-formula-without-value", "a formula cell without a calculated value is BAD_CELL, not an amount of 0.00",
     {"complaints_2026-10.xlsx": xlsx_bytes([HEADER, complaint_cells("C1", {}),
                                             complaint_cells("C2", dict(compensation_amount=("f", "P3*2"))),
                                             complaint_cells("C3", {})])},
     {"complaints": ok(3, BAD_CELL=1)})
case("wide-header", "a header of 3,000 columns (2,976 the contract does not know) is read",
     {C: U8(complaints(complaint("C1") + "," * 2976, header=HEADER + ["x%d" % i for i in range(2976)]))},
     {"complaints": ok(1)})
case("missing-required-column", "no column for a required field: a file-level error naming the field and the fix",
     {C: U8(",".join(h for h in HEADER if h != "投诉时间") + "\n" + "C1,S01,来访\n")},
     {"error": ("complaints", [C, "missing required column", "received_at"])})
case("extra-unknown-columns", "columns the contract does not know are ignored (listed in the manifest); rows land",
     {C: U8(complaints(complaint("C1") + ",微信群,备注1", complaint("C2") + ",,", header=HEADER + ["来源群", "备注X"]))},
     {"complaints": ok(2)})
case("huge-fields", "a 5,000-character complaint text exceeds max length 4000: TOO_LONG; a 3,900-character one lands",
     {C: U8(complaints(complaint("C1", content="很" * 5000), complaint("C2", content="慢" * 3900)))},
     {"complaints": ok(2, TOO_LONG=1)})
case("short-and-long-rows", "a row with too few or too many fields is MALFORMED_ROW, not shifted into other columns",
     {C: U8(complaints(complaint("C1"), "C2,S01,2026-10-05 10:00:00", complaint("C3") + ",多,余,的"))},
     {"complaints": ok(3, MALFORMED_ROW=2)})
case("missing-required-values", "empty or whitespace-only required cells are MISSING_REQUIRED",
     {C: U8(complaints(complaint("C1", content=""), complaint("C2", site_code="  "), complaint("", content="x")))},
     {"complaints": ok(3, MISSING_REQUIRED=3)})
case("truncated-xlsx", "an XLSX cut off half-way: a file-level error, nothing landed",
     {"complaints_2026-10.xlsx": None},  # filled in below
     {"error": ("complaints", ["complaints_2026-10.xlsx", "not a readable XLSX"])})
case("password-xlsx", "a password-protected workbook: a file-level error asking to save it without a password",
     {"complaints_2026-10.xlsx": None},  # password-protected.xlsx, written by PasswordXlsx.java (POI)
     {"error": ("complaints", ["complaints_2026-10.xlsx", "password"])})
case("zero-byte-file", "a 0-byte export: a file-level error, nothing landed",
     {C: b""},
     {"error": ("complaints", [C, "empty file"])})
case("html-instead-of-csv", "a web page saved with a .csv name: a file-level error, nothing landed",
     {C: U8("<!DOCTYPE html>\n<html><head><title>登录</title></head><body>会话已过期，请重新登录</body></html>\n")},
     {"error": ("complaints", [C, "HTML"])})
case("html-table-as-xls", "an HTML table saved as .xls by a web system: a file-level error",
     {C: U8("<html><body><table><tr><td>投诉编号</td></tr><tr><td>C1</td></tr></table></body></html>")},
     {"error": ("complaints", [C, "HTML"])})
case("binary-file", "binary garbage with a .csv name: a file-level error",
     {C: b"PK\x03\x04" + bytes(range(256)) * 4},
     {"error": ("complaints", [C, "XLSX"])})
case("header-only", "a header and no rows lands zero rows (with a warning in the manifest)",
     {C: U8(complaints())},
     {"complaints": ok(0)})
case("rows-from-other-periods", "rows received in September or November are OUT_OF_PERIOD for 2026-10",
     {C: U8(complaints(complaint("C1", received_at="2026-09-30 23:59:59"), complaint("C2", received_at="2026-10-01 00:00:00"),
                       complaint("C3", received_at="2026-10-31 23:59:59"), complaint("C4", received_at="2026-11-01 00:00:00")))},
     {"complaints": ok(4, OUT_OF_PERIOD=2)})
case("future-dates", "no clock is read: a row dated 2099 is OUT_OF_PERIOD, a resolution before the complaint is "
     "INCONSISTENT_DATES, a resolution in a later month is fine",
     {C: U8(complaints(complaint("C1", received_at="2099-10-05 10:00:00"),
                       complaint("C2", resolved_at="2026-10-04 10:00:00"),
                       complaint("C3", closed_at="2026-10-05 09:59:59"),
                       complaint("C4", resolved_at="2026-11-03 10:00:00", closed_at="2027-01-01")))},
     {"complaints": ok(4, OUT_OF_PERIOD=1, INCONSISTENT_DATES=2)})
case("duplicate-keys-within-file", "the same complaint id twice in one file: the first is kept, the second DUPLICATE_KEY",
     {C: U8(complaints(complaint("C1"), complaint("C2"), complaint("C1", content="再次登记"), complaint("C1")))},
     {"complaints": ok(4, DUPLICATE_KEY=2)})
case("duplicate-keys-across-files", "the same id in two files: the one in the first file (by name) is kept",
     {C: U8(complaints(complaint("C1"), complaint("C2"))),
      "complaints_2026-10_part2.csv": U8(complaints(complaint("C2", content="另一份"), complaint("C3")))},
     {"complaints": ok(4, DUPLICATE_KEY=1)})
case("same-file-twice", "the same export offered twice under two names is read once",
     {C: U8(complaints(complaint("C1"), complaint("C2"))),
      "complaints_2026-10_copy.csv": U8(complaints(complaint("C1"), complaint("C2")))},
     {"complaints": ok(2)})
case("duplicate-composite-key", "visitor counts keyed by site and day: the same site-day twice is DUPLICATE_KEY",
     {"visitor_counts_2026-10.csv": U8(VISIT_HEADER + "\nS01,2026-10-01,12,5\nS01,2026-10-02,10,4\nS01,2026/10/1,3,1\nS02,2026-10-01,7,2\n")},
     {"visitor_counts": ok(4, DUPLICATE_KEY=1)})
case("negative-and-absurd-quantities", "negative stock quantities are NEGATIVE_VALUE, 10^9 is OUT_OF_RANGE, "
     "20 digits do not overflow",
     {"inventory_2026-10.csv": U8(INV_HEADER + "\n"
                                  "M1,S01,水吧,I1,领用,2,,瓶,2026-10-05 10:00,,散客,\n"
                                  "M2,S01,水吧,I1,领用,-3,,瓶,2026-10-05 10:00,,散客,\n"
                                  "M3,S01,水吧,I1,入库,1000000000,,瓶,2026-10-05 10:00,,,\n"
                                  "M4,S01,水吧,I1,入库,99999999999999999999,,瓶,2026-10-05 10:00,,,\n"
                                  "M5,S01,水吧,I1,盘点,10,-1,瓶,2026-10-05 10:00,,,\n"
                                  "M6,S01,水吧,I1,报废,0.5,,瓶,2026-10-05 10:00,,,\n")},
     {"inventory_movements": ok(6, NEGATIVE_VALUE=2, OUT_OF_RANGE=2)})
case("absurd-counts", "visitor counts above the contract's maximum are OUT_OF_RANGE; a decimal count is BAD_NUMBER",
     {"visitor_counts_2026-10.csv": U8(VISIT_HEADER + "\nS01,2026-10-01,12,5\nS01,2026-10-02,1000001,4\nS01,2026-10-03,2.5,1\n")},
     {"visitor_counts": ok(3, OUT_OF_RANGE=1, BAD_NUMBER=1)})
case("unknown-site-and-department", "site and department codes not in the period's master data are UNKNOWN_REFERENCE",
     {C: U8(complaints(complaint("C1"), complaint("C2", site_code="S99"), complaint("C3", responsible_dept_code="D77"),
                       complaint("C4", site_code="s01")))},
     {"sites": ok(2), "departments": ok(2), "complaints": ok(4, UNKNOWN_REFERENCE=3)},
     masters=True)
case("unknown-codes", "a channel or validity outside the contract's codes and aliases is UNKNOWN_CODE",
     {C: U8(complaints(complaint("C1", channel="微信"), complaint("C2", validity="也许"), complaint("C3", channel="来电")))},
     {"complaints": ok(3, UNKNOWN_CODE=2)})
case("bad-booleans", "a yes/no column holding something else is BAD_BOOLEAN",
     {"orders_2026-10.csv": U8("订单编号,门店编码,客户编号,下单时间,套系,订单金额,已付金额,付款情况,是否加急\n"
                               "O1,S01,K1,2026-10-05 10:00,经典套系,5999,2000,定金,是\n"
                               "O2,S01,K2,2026-10-05 10:00,经典套系,5999,5999,全款,也许\n"
                               "O3,S01,K3,2026-10-05 10:00,经典套系,\"5,999\",0,未付款,N\n")},
     {"orders": ok(3, BAD_BOOLEAN=1)})
case("formula-like-text", "cells starting with = + - @ are kept as text in the raw lake (neutralised only in exports)",
     {C: U8(complaints(complaint("C1", content="=HYPERLINK(\"http://x\",\"点我\")"), complaint("C2", content="+86 138"),
                       complaint("C3", content="-退款"), complaint("C4", content="@客服")))},
     {"complaints": ok(4)})
case("file-matches-no-source", "a file whose name matches no source is an error naming it (unless dw.ingest.ignore lists it)",
     {"备忘录.csv": U8("a,b\n1,2\n"), C: U8(complaints(complaint("C1")))},
     {"error": ("complaints", ["备忘录.csv", "matches no source", "dw.ingest.ignore"])})
case("gbk-english-headers", "a small GBK file with English headers and Chinese codes is read as GBK (weighed by the "
     "contract's code vocabulary), not as windows-1252 or KOI8-R",
     {C: ("complaint_id,site,received,渠道,类型,content,成立,级别\n"
          "C1,S01,2026-10-05 10:00,来访,投诉,慢,成立,一般\nC2,S01,2026-10-06 10:00,来电,建议,好,不成立,重大\n").encode("gbk")},
     {"complaints": ok(2)})


README_HEAD = """# The bad-export corpus

Generated by `ingest/src/test/corpus/make_corpus.py` (do not edit: change a case there and run it again). Each folder
is one case: the period's export files under `2026-10/` and an `expected.yml` that `BadExportCorpusTest` asserts
through the real `IngestJob`: per source, the records in the files (also checked against the independent count in
the manifest, `rows_counted`), the rows accepted and the rows quarantined by reason; or a one-line file-level error
naming the file, with nothing landed for the source.

The exact values landed for the same fault classes are checked by `land/IntegrityFixturesTest`; random exports with
random faults by `properties/IngestPropertiesTest`; a reader broken on purpose by `land/CountCheckTest`.

## Fault classes

| class | cases | what happens |
|---|---|---|
| broken CSV quoting | quote-faults, unbalanced-quote, stray-quotes, quoted-newlines | a record with broken quoting (unescaped or backslash-escaped quote, space before or after a quote, a quote never closed) is one MALFORMED_ROW holding its own line; quotes inside an unquoted value are text; a quoted value may span lines |
| wrong number of fields | short-and-long-rows, mixed-delimiters, trailing-delimiters, empty-lines | MALFORMED_ROW; empty lines are no records, a line of spaces is one |
| several exports in one file | bom-in-middle, repeated-header-reordered | a repeated header is REPEATED_HEADER and re-binds the rows below it |
| files not where expected | subfolder, form-name-file, file-matches-no-source, same-file-twice | subfolders are read, a file named after its form is its source, a file matching no source is an error, the same content twice is read once |
| columns | alias-collision, date-and-time-columns, duplicated-headers, extra-unknown-columns, missing-required-column, wide-header | two columns naming one field are a file-level error with the mapping line that settles it; unknown columns are listed; a missing required column stops the file |
| workbooks | xlsx-month-over-two-sheets, xlsx-formula-without-value, excel-date-serials, truncated-xlsx, password-xlsx | every sheet with the header is read, others are listed; a formula without a calculated value is BAD_CELL |
| encodings | gbk-file, big5-file, gbk-english-headers, bom-at-start, mixed-encodings | weighed by the contract's words; mixed or undecodable files are refused |
| values | bad-dates, slash-and-chinese-dates, fullwidth-digits, thousands-separators, bad-booleans, unknown-codes, huge-fields, formula-like-text, negative-and-absurd-quantities, absurd-counts, missing-required-values | one reason code each, the first that applies |
| instants and identifiers | instants-with-zones, keys-normalised-like-codes, scientific-identifiers | Z and offsets become the site's wall clock; keys are normalised like codes; identifiers in scientific notation are BAD_IDENTIFIER |
| cross-row | duplicate-keys-within-file, duplicate-keys-across-files, duplicate-composite-key, unknown-site-and-department, rows-from-other-periods, future-dates | DUPLICATE_KEY (first kept), UNKNOWN_REFERENCE, OUT_OF_PERIOD, INCONSISTENT_DATES |
| not a table | zero-byte-file, html-instead-of-csv, html-table-as-xls, binary-file, header-only | a file-level error, or (header only) nothing to land |

## Cases

| case | covers |
|---|---|
"""


def write_readme():
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        for name in sorted(CASES):
            f.write("| %s | %s |\n" % (name, CASES[name][0].replace("|", "\\|")))


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    for name, (covers, files, expected, masters) in CASES.items():
        d = os.path.join(ROOT, name, PERIOD)
        os.makedirs(d)
        if masters:
            files = dict(files)
            files["sites_2026-10.csv"] = U8(SITES)
            files["departments_2026-10.csv"] = U8(DEPTS)
        for fn, data in files.items():
            os.makedirs(os.path.dirname(os.path.join(d, fn)), exist_ok=True)
            if data is None and name == "truncated-xlsx":
                full = xlsx_complaints(*[("C%d" % i, {}) for i in range(1, 30)])
                data = full[: len(full) // 2]
            if data is None and name == "password-xlsx":
                # a real agile-encrypted workbook, made once with POI: java -cp <ingest test classpath> PasswordXlsx.java
                with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "password-protected.xlsx"), "rb") as f:
                    data = f.read()
            with open(os.path.join(d, fn), "wb") as f:
                f.write(data)
        write_expected(os.path.join(ROOT, name, "expected.yml"), covers, expected)
    write_readme()
    print("%d cases written to %s" % (len(CASES), os.path.normpath(ROOT)))


if __name__ == "__main__":
    main()
