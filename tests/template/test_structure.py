#!/usr/bin/python3
"""Structure of the workbooks jixiao-template writes, read back with openpyxl
and from the raw XML: merges, locking, protection, validations, conditional
formats, print setup, defined names, properties and cached formula values
(compared with the core library's numbers through ctypes).

usage: test_structure.py BUILD/jixiao-template CORE.so WORKDIR
"""

import os
import re
import shutil
import sys

import openpyxl

from tplcommon import DATA, Checker, Core, formulas_and_cached, run, xml_of

BIN, CORE_SO, WORK = sys.argv[1:4]
core = Core(CORE_SO)
ck = Checker("template structure")
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)

TITLES = {}
out, _ = run(BIN, "list")
for line in out.splitlines():
    name, title = line.split(None, 1)
    TITLES[name] = title
ck.ok("xmzc-zp" in TITLES and TITLES["xmzc-zp"] == "项目支出绩效自评表", "list names table 1")


def legacy_hash(pw):
    """Excel's legacy 16-bit sheet password hash (what libxlsxwriter writes)."""
    h = 0
    for i, ch in enumerate(pw):
        v = ord(ch) << (i + 1)
        h ^= (v & 0x7FFF) | (v >> 15)
    h ^= len(pw)
    h ^= 0xCE4B
    return "%04X" % h


def generic(path, name):
    """Invariants every table must hold."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    what = "%s (%s)" % (name, os.path.basename(path))
    ck.eq(wb.properties.title, TITLES[name], what + ": document title")
    ck.eq(ws.title, TITLES[name], what + ": sheet name")
    # Merges never overlap (libxlsxwriter would not notice; Excel repairs).
    ranges = [r.bounds for r in ws.merged_cells.ranges]   # (min_col, min_row, max_col, max_row)
    overlap = [(a, b) for i, a in enumerate(ranges) for b in ranges[i + 1:]
               if not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])]
    ck.eq(overlap, [], what + ": overlapping merges")
    ck.ok(ws.protection.sheet, what + ": sheet protected")
    inputs = 0
    merged_inner = set()
    for (c1, r1, c2, r2) in ranges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    merged_inner.add((r, c))
    fonts = set()
    for row in ws.iter_rows():
        for c in row:
            if (c.row, c.column) in merged_inner:
                continue
            v = c.value
            if c.has_style:
                fonts.add(c.font.name)
            if c.data_type == "f":
                ck.ok(c.protection.locked, "%s %s: formula cell locked" % (what, c.coordinate))
            elif not c.protection.locked:
                inputs += 1
                ck.ok(v is None, "%s %s: unlocked cell is an empty input (has %r)"
                      % (what, c.coordinate, v))
            elif v not in (None, ""):
                ck.ok(c.protection.locked, "%s %s: label locked" % (what, c.coordinate))
    ck.ok(inputs >= 3, what + ": has unlocked input cells (%d)" % inputs)
    ck.ok(fonts <= {"宋体", "仿宋", None}, what + ": fonts are 宋体/仿宋: %r" % fonts)
    # Conditional formats: FORMULA (expression) type only.
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            ck.eq(rule.type, "expression", what + ": conditional format type at %s" % cf.sqref)
    # Print setup.
    ck.eq(ws.page_setup.orientation, "landscape", what + ": landscape")
    ck.eq(str(ws.page_setup.paperSize), "9", what + ": A4")
    ck.ok(ws.sheet_properties.pageSetUpPr.fitToPage, what + ": fit to page")
    # fitToWidth 1 is the schema default, which libxlsxwriter leaves out.
    ck.eq((ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight), (1, 0), what + ": one page wide")
    ck.ok(ws.print_title_rows, what + ": header rows repeated")
    ck.eq(ws.oddFooter.center.text, "第 &P 页 共 &N 页", what + ": footer")
    # Helper sheet hidden and protected, lists by defined name.
    if "lists" in wb.sheetnames:
        ls = wb["lists"]
        ck.eq(ls.sheet_state, "hidden", what + ": helper sheet hidden")
        ck.ok(ls.protection.sheet, what + ": helper sheet protected")
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list":
            ck.ok(re.fullmatch(r"jx_\w+", dv.formula1 or ""), what + ": list by defined name: %r" % dv.formula1)
    # The audit map (docs/AUDIT-MAP.md): very hidden, protected, header row.
    ck.ok("_jixiao" in wb.sheetnames, what + ": has the _jixiao map")
    if "_jixiao" in wb.sheetnames:
        ms = wb["_jixiao"]
        ck.eq(ms.sheet_state, "veryHidden", what + ": map very hidden")
        ck.ok(ms.protection.sheet, what + ": map protected")
        ck.eq([c.value for c in ms[1]][:3], ["jixiao-map", "1", name], what + ": map header")
        kinds = {r[0].value for r in ms.iter_rows(min_row=2)}
        ck.ok({"meta", "formula"} <= kinds, what + ": map records %r" % kinds)
        formulas = {r[2].value[5:] for r in ms.iter_rows(min_row=2) if r[0].value == "formula"}
        cells = {c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"}
        ck.eq(formulas, cells, what + ": every formula cell is in the map")
    app = xml_of(path, "docProps/core.xml")
    ck.ok("<dc:title>%s</dc:title>" % TITLES[name] in app, what + ": core.xml title")
    return wb, ws


def label(ws, ref, text):
    ck.eq(ws[ref].value, text, "%s %s" % (ws.title, ref))


def merged(ws, rng):
    ck.ok(rng in {str(r) for r in ws.merged_cells.ranges}, "%s: %s merged" % (ws.title, rng))


def cached(path):
    return {ref: v for (sh, ref), (f, v) in formulas_and_cached(path).items()
            if sh == openpyxl.load_workbook(path).worksheets[0].title}


# --- table 1: defaults -----------------------------------------------------
p = os.path.join(WORK, "t1-default.xlsx")
run(BIN, "xmzc-zp", "-o", p)
wb, ws = generic(p, "xmzc-zp")
for ref, text in [("A1", "附件2"), ("A2", "项目支出绩效自评表"), ("A3", "（      年度 ）"),
                  ("A4", "项目名称"), ("A5", "主管部门"), ("E5", "实施单位"),
                  ("A6", "项目资金（万元）"), ("C6", "年初预算数"), ("D6", "全年预算数"),
                  ("E6", "全年执行数"), ("F6", "分值"), ("G6", "执行率"), ("H6", "得分"),
                  ("B7", "年度资金总额"), ("B8", "其中：当年财政拨款"), ("B9", "上年结转资金"),
                  ("B10", "其他资金"), ("A11", "年度总体目标"), ("B11", "预期目标"),
                  ("F11", "实际完成情况"), ("A13", "绩效指标"), ("B13", "一级指标"),
                  ("C13", "二级指标"), ("D13", "三级指标"), ("E13", "年度指标值"),
                  ("F13", "实际完成值"), ("G13", "分值"), ("H13", "得分"),
                  ("I13", "偏差原因分析及改进措施"), ("J13", "校验"),
                  ("B14", "产出指标"), ("C14", "数量指标"), ("C16", "质量指标"),
                  ("C18", "时效指标"), ("C20", "成本指标"), ("B22", "效益指标"),
                  ("C22", "经济效益指标"), ("C24", "社会效益指标"), ("C26", "生态效益指标"),
                  ("C28", "可持续影响指标"), ("B30", "满意度指标"), ("C30", "服务对象满意度指标"),
                  ("A32", "总分"), ("A33", "评价等次"), ("A34", "校验结果")]:
    label(ws, ref, text)
for rng in ["A2:J2", "B4:I4", "B5:D5", "F5:I5", "A6:A10", "H6:I6", "H7:I7", "A11:A12",
            "B11:E11", "F11:I11", "B12:E12", "F12:I12", "A13:A31", "B14:B21", "B22:B29",
            "B30:B31", "C14:C15", "A32:F32", "B33:I33", "B34:J34"]:
    merged(ws, rng)
for ref in ["C7", "D7", "E7", "C8", "D10", "E10", "B12", "F12", "D14", "E14", "F14",
            "G14", "H14", "I14", "I31"]:
    ck.ok(not ws[ref].protection.locked, "t1 default: %s is an unlocked input" % ref)
for ref in ["F7", "G7", "H7", "B14", "C14", "G32", "H32", "B33", "J14"]:
    ck.ok(ws[ref].protection.locked, "t1 default: %s locked" % ref)
ck.eq(ws.print_title_rows, "$13:$13", "t1: indicator header row repeated")
names = {n: d.attr_text for n, d in wb.defined_names.items()} if hasattr(wb.defined_names, "items") \
    else {d.name: d.attr_text for d in wb.defined_names.definedName}
ck.eq(names.get("jx_levels"), "lists!$A$1:$A$3", "defined name jx_levels")
ck.eq(names.get("jx_levels_lo"), "lists!$B$1:$B$3", "defined name jx_levels_lo")
ls = wb["lists"]
ck.eq([ls["A%d" % i].value for i in (1, 2, 3)],
      ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"], "national levels")
ck.eq([ls["C%d" % i].value for i in (1, 2, 3)], [1, 0.8, 0.6], "tier tops")
dvs = ws.data_validations.dataValidation
money = [d for d in dvs if d.type == "decimal" and "C7" in str(d.sqref)]
ck.ok(money and money[0].operator in (None, "between") and float(money[0].formula1) == 0,
      "money validation >= 0 on C7:E10")
score_dv = [d for d in dvs if "H14" == str(d.sqref)]
ck.ok(score_dv and score_dv[0].formula2 == "G14", "score H14 validated 0..G14")
cf = {str(c.sqref): [r.formula for r in c.rules] for c in ws.conditional_formatting}
ck.eq(cf.get("D14:J31"), [["LEN($J14)>0"]], "indicator rows highlighted by their check")
cv = cached(p)
ck.eq(cv["G7"], "", "rate blank without figures")
ck.eq(cv["G32"], 10, "total points: execution 10 only")
ck.eq(cv["B34"], "尚未填写完整", "summary before filling")

# --- table 1: figures of seed 003 and the 003 spec ----------------------------
p = os.path.join(WORK, "t1-003.xlsx")
run(BIN, "xmzc-zp", "-o", p, "--unit", "衡阳县医疗保障局", "--project", "=HYPERLINK(\"x\")",
    "--year", "2024", "--budget-initial", "252.44", "--budget", "1071.15", "--spent", "479.71",
    "--spec", os.path.join(DATA, "spec-003-hengyang.csv"), "--password", "jx2024")
wb, ws = generic(p, "xmzc-zp")
cv = cached(p)
ck.eq(cv["G7"], core.exec_rate(479.71, 1071.15), "003 rate cached = core")
ck.eq(cv["H7"], core.exec_score(479.71, 1071.15), "003 score cached = core")
ck.eq(cv["H7"], 4.48, "003 score is the seed's 4.48")
ck.eq(cv["G24"], 100, "003 points add up to 100")
ck.eq(cv["J24"], "", "003 weights check quiet")
label(ws, "A3", "（ 2024 年度 ）")
label(ws, "B4", "=HYPERLINK(\"x\")")
sheet_xml = xml_of(p, "xl/worksheets/sheet1.xml")
ck.ok(re.search(r'<c r="B4"[^>]*t="s"', sheet_xml) is not None, "'=' text written as a string cell")
ck.ok("<f>HYPERLINK" not in sheet_xml, "'=' text never a formula")
ck.ok(ws["D7"].protection.locked and ws["D7"].value == 1071.15, "given budget locked")
ck.ok(not ws["C8"].protection.locked, "其中 rows stay inputs")
ck.eq(ws.protection.password, legacy_hash("jx2024"), "legacy password hash")
label(ws, "D14", "参保人数覆盖率")
label(ws, "E14", "≥95%")
ck.eq(ws["G14"].value, 8, "points from spec")
ck.eq(ws["F14"].number_format, "0.00%", "percent actual formatted as percent")
ck.eq(ws["H14"].value, core.ind_formula("≥95%", "F14", "G14", "half"),
      "quantitative score is the core's compiled formula")
ck.ok(ws["H14"].protection.locked, "quantitative score is locked")
ck.ok(not ws["H16"].protection.locked, "manual score is an input")
lists = [d for d in ws.data_validations.dataValidation if d.type == "list"]
ck.ok(lists and "F21" in str(lists[0].sqref), "qualitative actual is a drop-down")
merged(ws, "B14:B20")
merged(ws, "C16:C18")
merged(ws, "B21:B22")

# --- table 1: --formulas addin ---------------------------------------------------
p = os.path.join(WORK, "t1-addin.xlsx")
run(BIN, "xmzc-zp", "-o", p, "--budget", "1071.15", "--spent", "479.71", "--formulas", "addin",
    "--spec", os.path.join(DATA, "spec-002-yiliao.csv"))
wb, ws = generic(p, "xmzc-zp")
ck.ok("ORG.JIXIAO.FUNCTIONS.EXECRATE(E7,D7)" in ws["G7"].value, "addin EXECRATE")
ck.ok("ORG.JIXIAO.FUNCTIONS.EXECSCORE(E7,D7,F7)" in ws["H7"].value, "addin EXECSCORE")
ck.ok("ORG.JIXIAO.FUNCTIONS.INDSCORE(F14,E14,G14,\"prop\")" in ws["H14"].value, "addin INDSCORE")
cv = cached(p)
ck.eq(cv["H7"], 4.48, "addin cached score")

# --- every table: defaults and with figures -----------------------------------
SPOT = {
    "bmzt-zp": [("A1", "附件 1-2"), ("A5", "预算部门名称"), ("A6", "年度预算申请（万元）"),
                ("B7", "年度资金总额："), ("B8", "按收入性质分："), ("F8", "按支出性质分："),
                ("B9", "一般公共预算："), ("B10", "政府性基金拨款："),
                ("B11", "纳入专户管理的非税收入拨款："), ("B12", "其他资金"),
                ("F9", "其中：基本支出："), ("F11", "项目支出："), ("G15", "评扣分标准"),
                ("I15", "得分"), ("J15", "偏差原因分析及改进措施")],
    "bmzt-jcsj": [("A1", "附件 1-1"), ("A4", "财政供养人员情况"), ("B4", "编制数"), ("F4", "控制率"),
                  ("A6", "经费控制情况（万元）"), ("A7", "三公经费"), ("A8", "1、公务用车购置和维护经费"),
                  ("A9", "其中：公车购置"), ("A10", "公车运行维护"), ("A11", "2、出国经费"),
                  ("A12", "3、公务接待"), ("A13", "项目支出："), ("A16", "3、本级专项资金（一个专项一行）"),
                  ("A20", "公用经费："), ("A24", "政府采购金额"), ("A25", "部门基本支出预算调整"),
                  ("B26", "批复规模（m²）"), ("D26", "规模控制率"), ("G26", "投资概算控制率"),
                  ("A28", "厉行节约保障措施")],
    "xmzc-pj": [("A1", "附件1："), ("A4", "项目名称"), ("E5", "项目实施单位"), ("A6", "项目负责人"),
                ("A7", "项目类型"), ("A8", "项目资金（万元）"), ("B8", "项目支出明细内容"),
                ("E8", "年初预算数"), ("F8", "实际到位数"), ("G8", "实际支出数"), ("H8", "执行率"),
                ("B12", "合      计"), ("B13", "其中：中央财政"), ("B16", "区级财政"), ("B17", "其他"),
                ("A21", "一级指标"), ("E21", "三级指标"), ("A22", "决策"), ("C22", "项目立项"),
                ("E22", "立项依据充分性"), ("G22", 3), ("A28", "过程"), ("E28", "资金到位率"),
                ("A33", "产出"), ("C36", "产出成本"), ("A37", "效益"), ("C40", "满意度"),
                ("A41", "总分"), ("A42", "评价等次"), ("A44", "问题和建议"), ("A45", "评价人员"),
                ("C45", "职务/职称")],
    "bmzt-pj": [("A4", "基 本 情 况"), ("B5", "评价年度"), ("F5", "评价类型"), ("A8", "实 施 目 的"),
                ("A9", "资 金 情 况（万元）"), ("B9", "预算安排资金"), ("F9", "实际到位资金"),
                ("B12", "实际支出资金"), ("F12", "结转结余资金"), ("A16", "综合评价结论"),
                ("B16", "评价得分"), ("F16", "评价等级"), ("C17", "部门规划"), ("I17", "服务对象满意度"),
                ("J17", "合计"), ("K17", "校验"), ("B20", "得分率")],
    # A province's variant (四川省大英县, docs/TEMPLATES.md): data only, zp_kinds.c.
    "xmzc-zp-sc": [("A1", "部门预算项目支出绩效自评表"), ("A5", "项目基本情况"), ("B5", "1.项目年度目标"),
                   ("F5", "年度目标完成情况"), ("B7", "2.项目实施内容及过程概述"),
                   ("A8", "预算执行情况"), ("B8", "年度预算数（万元）"), ("C8", "年初预算"),
                   ("D8", "调整后预算数"), ("E8", "预算执行数"), ("F8", "预算执行率"), ("G8", "权重"),
                   ("H8", "得分"), ("I8", "原因"), ("B9", "总额"), ("B10", "其中：财政资金"),
                   ("B11", "财政专户管理资金"), ("B12", "单位资金"), ("B13", "其他资金"),
                   ("G10", "/"), ("H13", "/"), ("A14", "绩效指标"), ("E14", "指标值"), ("F14", "完成值"),
                   ("G14", "权重"), ("H14", "得分"), ("I14", "未完成原因分析"), ("J14", "校验")],
    "kh-pf": [("A5", "考核内容"), ("E5", "评分标准"), ("A6", "一、基础工作"), ("B6", 16),
              ("C6", "（一）组织保障"), ("A11", "二、事前绩效评估"), ("A13", "三、绩效目标管理"),
              ("A17", "四、绩效监控管理"), ("A23", "五、绩效评价管理"), ("A29", "六、绩效信息公开"),
              ("B29", 15), ("A32", "合计")],
}
for name in TITLES:
    for extra in ([], ["--unit", "测试单位", "--year", "2024", "--budget", "100", "--spent", "90",
                       "--received", "95", "--budget-initial", "80", "--password", "abc"]):
        p = os.path.join(WORK, "all-%s-%d.xlsx" % (name, len(extra)))
        run(BIN, name, "-o", p, *extra)
        wb, ws = generic(p, name)
        for ref, text in SPOT.get(name, []):
            label(ws, ref, text)
        if extra:
            ck.eq(ws.protection.password, legacy_hash("abc"), name + ": password hash")
            ck.eq(wb.properties.keywords, "2024", name + ": year in properties")
            ck.eq(wb.properties.subject, "测试单位", name + ": unit in properties")
        cf_count = sum(len(c.rules) for c in ws.conditional_formatting)
        ck.ok(cf_count >= 1, name + ": has conditional formats")
        ck.ok(len(ws.data_validations.dataValidation) >= 2, name + ": has data validations")
# The variant's roles moved with its columns: rate in F, points in G, score in H, and the map says so.
wb, ws = generic(os.path.join(WORK, "all-xmzc-zp-sc-14.xlsx"), "xmzc-zp-sc")
for rng in ["A5:A7", "B5:E5", "B6:E6", "D7:I7", "A8:A13", "I9:I13", "A14:A32"]:
    merged(ws, rng)
ck.eq(ws["G9"].value, 10, "xmzc-zp-sc: 权重 of the execution row is --exec-points")
ck.ok(not ws["I9"].protection.locked and not ws["C10"].protection.locked, "xmzc-zp-sc: 原因 and 其中 inputs")
cv = cached(os.path.join(WORK, "all-xmzc-zp-sc-14.xlsx"))
ck.eq(cv["F9"], core.exec_rate(90, 100), "xmzc-zp-sc cached 预算执行率 = core")
ck.eq(cv["H9"], core.exec_score(90, 100, 10), "xmzc-zp-sc cached 得分 = core")
exec_rec = [[c.value for c in r if c.value] for r in wb["_jixiao"].iter_rows(min_row=2) if r[0].value == "exec"]
ck.eq(exec_rec, [["exec", "sheet=部门预算项目支出绩效自评表", "budget=D9", "spent=E9", "points=G9", "rate=F9",
                  "score=H9", "base=budget"]], "xmzc-zp-sc: map exec record from the roles")
p = os.path.join(WORK, "sc-spec.xlsx")
run(BIN, "xmzc-zp-sc", "-o", p, "--spec", os.path.join(DATA, "spec-003-hengyang.csv"))
wb, ws = generic(p, "xmzc-zp-sc")
label(ws, "F14", "完成值")
label(ws, "A14", "绩效指标")
ck.ok(ws["B15"].value and ws["D15"].value, "xmzc-zp-sc with a spec: indicator rows from row 15")

cv = cached(os.path.join(WORK, "all-bmzt-pj-14.xlsx"))
ck.eq(cv["H13"], core.fund_rate(95, 100), "bmzt-pj cached 资金到位率 = core")
ck.eq(cv["C14"], core.exec_rate(90, 100), "bmzt-pj cached 执行率 vs budget = core")

# The data tables' checks say what the core's message table says (jx_msg_fill), and the
# map records come from the same roles as the cells.
def msg_ids():
    """Message ids of the core's table by name, in the order of the enum in check.h."""
    hdr = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "core",
                            "jixiao", "check.h"), encoding="utf-8").read()
    body = hdr[hdr.index("typedef enum jx_msg_id"):hdr.index("} jx_msg_id;")]
    return {n: i for i, n in enumerate(re.findall(r"^\s*(JX_MSG_[A-Z0-9_]+)", body, re.M))}


def core_msg(name, row, *slots):
    C = core.C
    ids = msg_ids()
    buf = C.create_string_buffer(1024)
    args = [C.c_char_p(a.encode()) if a is not None else None for a in (list(slots) + [None] * 3)[:3]]
    core.lib.jx_msg_fill(C.c_int(ids[name]), C.c_int(0), buf, C.c_size_t(1024), *args)
    pre = C.create_string_buffer(64)
    core.lib.jx_msg_fill(C.c_int(ids["JX_MSG_ROW"]), C.c_int(0), pre, C.c_size_t(64), str(row).encode(), None, None)
    return pre.value.decode() + buf.value.decode()


ck.eq(cv["K13"], core_msg("JX_MSG_RATES_DIFFER", 13, "94.74", "90"), "bmzt-pj cached 校验 of the two rates = core message")
p = os.path.join(WORK, "pj-over.xlsx")
run(BIN, "bmzt-pj", "-o", p, "--budget", "100", "--received", "80", "--spent", "90")
ck.eq(cached(p)["K12"], core_msg("JX_MSG_SPENT_OVER_RECEIVED", 12), "bmzt-pj cached 校验 spent > received = core message")
wb = openpyxl.load_workbook(os.path.join(WORK, "all-bmzt-jcsj-0.xlsx"))
f5 = wb.worksheets[0]["H5"].value
ck.ok(core_msg("JX_MSG_STAFF_OVER", 5) in f5, "bmzt-jcsj staffing check quotes the core's message")
recs = [[c.value for c in r if c.value] for r in wb["_jixiao"].iter_rows(min_row=2) if r[0].value in ("control", "input")]
ck.eq(recs, [["control", "sheet=部门整体支出绩效评价基础数据表", "actual=D5", "planned=B5", "rate=F5"],
             ["input", "sheet=部门整体支出绩效评价基础数据表", "cell=B5", "kind=count"],
             ["input", "sheet=部门整体支出绩效评价基础数据表", "cell=D5", "kind=count"]],
      "bmzt-jcsj: map control record and inputs from the roles")
wb = openpyxl.load_workbook(os.path.join(WORK, "all-kh-pf-0.xlsx"))
ck.ok(core_msg("JX_MSG_AREA_STATED", 6, "一、基础工作", "\x01", "\x02").split("\x01")[0] in wb.worksheets[0]["K6"].value,
      "kh-pf area check quotes the core's message")

cv = cached(os.path.join(WORK, "all-xmzc-pj-14.xlsx"))
ck.eq(cv["H28"], core.exec_score(95, 80, 4), "xmzc-pj cached 资金到位率 score = core")
ck.eq(cv["H29"], core.exec_score(90, 95, 4), "xmzc-pj cached 预算执行率 score = core")

ck.done()
