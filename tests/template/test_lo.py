#!/usr/bin/python3
"""Real LibreOffice: open each generated workbook headless (recalculation on
load), check every formula's cached value equals what Calc computes, then
fill the inputs with the seeds' numbers and check rates, scores, totals and
grades against the core library and the 校验 cells against the seeds' real
mistakes.

usage: test_lo.py BUILD/jixiao-template CORE.so WORKDIR
"""

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "lo"))

from office import Office  # noqa: E402  (tests/lo/office.py, the shared harness)
from tplcommon import (DATA, Checker, Core, core_check_total, core_check_tree,  # noqa: E402
                       core_deduct, core_ratio, formulas_and_cached, run)

BIN, CORE_SO, WORK = sys.argv[1:4]
AUDIT = sys.argv[5] if len(sys.argv) > 5 and os.path.exists(sys.argv[5]) else None
core = Core(CORE_SO)
ck = Checker("template LibreOffice")
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)


def same(a, b):
    if isinstance(a, float) and isinstance(b, (int, float)) and not isinstance(b, bool):
        return abs(a - b) <= 1e-12 * max(1.0, abs(b))
    return a == b


def cached_equals_calc(office, path):
    """Every formula's cached value is what Calc computes on load."""
    cells = formulas_and_cached(path)
    doc = office.open(path)
    bad = []
    for (sheet, ref), (formula, want) in cells.items():
        got = office.get(doc, sheet, ref)
        got = "" if got is None else got
        if not same(got, want):
            bad.append("%s!%s %s: cached %r, Calc %r" % (sheet, ref, formula[:50], want, got))
    ck.eq(bad, [], "%s: cached values equal Calc (%d formulas)" % (os.path.basename(path), len(cells)))
    ck.ok(len(cells) > 10, "%s has formulas" % os.path.basename(path))
    return doc


def gen(name, *args):
    path = os.path.join(WORK, name)
    run(BIN, *args, "-o", path, "--force")
    return path


T1 = "项目支出绩效自评表"


def table1(office):
    # 003: 衡阳县, 1071.15 / 479.71, indicators 8+8+6+6+… all met -> 94.48 优.
    p = gen("t1-003.xlsx", "xmzc-zp", "--unit", "衡阳县医疗保障局", "--year", "2024",
            "--budget-initial", "252.44", "--budget", "1071.15", "--spent", "479.71",
            "--spec", os.path.join(DATA, "spec-003-hengyang.csv"))
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T1, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T1, ref, v)  # noqa: E731
    ck.eq(g("G7"), core.exec_rate(479.71, 1071.15), "003 执行率 = core")
    ck.eq(round(g("G7") * 100, 2), 44.78, "003 执行率 44.78 %")
    ck.eq(g("H7"), core.exec_score(479.71, 1071.15), "003 得分 = core (4.48)")
    ck.eq(g("B26"), "尚未填写完整", "003 summary before filling")
    fill = {"F14": 1.0, "F15": 1.0, "H16": 6, "H17": 6, "F18": 1.0, "F19": 1.0, "F20": 479.71,
            "I20": "年末结转 591.44 万元，成本远低于预算",
            "F21": "达成年度指标", "H21": 10, "F22": "达成年度指标", "H22": 10, "F23": 0.96}
    for ref, v in fill.items():
        s(ref, v)
    office.recalc(d)
    ck.eq(g("J20"), "", "cost far below its ceiling explained: quiet")
    targets = {14: ("≥95%", 8, "half"), 15: ("=100%", 8, "half"), 18: ("=100%", 10, "prop"),
               19: ("=100%", 10, "prop"), 20: ("≤1071.15万元", 12, "prop"), 23: ("≥95%", 10, "prop")}
    for r, (t, pts, mode) in targets.items():
        ck.eq(g("H%d" % r), core.ind_score(fill["F%d" % r], t, pts, mode), "003 row %d score = core" % r)
    ck.eq(g("H24"), 94.48, "003 总分 94.48 (seed)")
    ck.eq(g("B25"), core.grade(94.48), "003 评价等次 = core")
    ck.eq(g("B25"), "优", "003 评价等次 优 (seed: 优秀)")
    ck.eq(g("B26"), "校验通过", "003 summary passes")
    # Mistakes: a score above its points; below its points without a reason.
    s("H16", 7)
    office.recalc(d)
    # The texts are the core's check messages (CHECKSCORES says the same).
    ck.eq(g("J16"), "第16行：得分 7 高于分值 6", "score above points flagged")
    ck.eq(g("B26"), "共 1 处问题，首个：第16行：得分 7 高于分值 6", "summary names it")
    s("H16", 5)
    office.recalc(d)
    ck.eq(g("J16"), "第16行：得分 5 低于分值 6，未填写偏差原因", "missing 偏差原因 flagged")
    s("I16", "宣传覆盖面不足，下年度增加宣传频次")
    office.recalc(d)
    ck.eq(g("J16"), "", "reason given: quiet")
    # Qualitative: a score outside the tier of the level chosen.
    s("H21", 5)
    s("I21", "部分指标未完成")
    office.recalc(d)
    ck.eq(g("J21"), "第21行：得分不在所选档次的分值范围内", "score outside its tier flagged")
    s("F21", "部分达成年度指标并具有一定效果")
    s("H21", 7)
    office.recalc(d)
    ck.eq(g("J21"), "", "score inside its tier: quiet")
    s("H21", -1)
    office.recalc(d)
    ck.eq(g("J21"), "第21行：得分 -1 为负数", "negative score flagged")
    office.close(d)

    # 002: 渝水区 医疗救助, 1546.43 / 1546.43, eight indicators met -> 100 优.
    p = gen("t1-002.xlsx", "xmzc-zp", "--unit", "新余市渝水区医疗保障局", "--project", "医疗救助补助资金",
            "--year", "2022", "--budget", "1546.43", "--spent", "1546.43",
            "--spec", os.path.join(DATA, "spec-002-yiliao.csv"))
    d = cached_equals_calc(office, p)
    actual = {14: 30000, 15: 20000, 16: 10000, 17: 0.75, 18: 0.75, 19: 1.0, 20: 0.96, 21: 0.96}
    for r, v in actual.items():
        s("F%d" % r, v)
    office.recalc(d)
    ck.eq(g("H7"), core.exec_score(1546.43, 1546.43), "002 执行率得分 10")
    ck.eq(g("H22"), 100, "002 总分 100 (seed)")
    ck.eq(g("B23"), "优", "002 优 (seed)")
    ck.eq(g("B24"), "校验通过", "002 summary passes")
    s("F14", 27000)
    office.recalc(d)
    ck.eq(g("H14"), core.ind_score(27000, "≥30000人次", 20), "missed target scored by the core's rule (18)")
    ck.eq(g("J14"), "第14行：得分 18 低于分值 20，未填写偏差原因", "missed target needs a reason")
    s("F16", 13000)
    office.recalc(d)
    ck.eq(g("J16"), "第16行：完成率 130% 超过 130%，须说明偏差原因", "over-achievement needs a reason")
    s("F20", 96)
    office.recalc(d)
    ck.eq(g("J20"), "第20行：指标值为百分比，实际值大于 10，应写成百分比（如 96%）",
          "96 typed for 96 % flagged")
    ck.ok(g("B24").startswith("共 3 处问题，首个：第14行"), "summary counts 3: %r" % g("B24"))
    office.close(d)

    # Default table: weights not adding to 100, execution above 100 %.
    p = gen("t1-default.xlsx", "xmzc-zp")
    d = cached_equals_calc(office, p)
    s("D7", 1000)
    s("E7", 1200)
    for r, pts in zip(range(14, 21), [20, 20, 10, 10, 10, 10, 5]):
        s("D%d" % r, "指标%d" % r)
        s("G%d" % r, pts)
        s("H%d" % r, pts)
    office.recalc(d)
    ck.eq(g("G7"), core.exec_rate(1200, 1000), "over-execution rate = core (120 %)")
    ck.eq(g("H7"), core.exec_score(1200, 1000), "over-execution score capped = core (10)")
    ck.eq(g("J7"), "第7行：执行率高于 100%，全年执行数超过全年预算数", "execution above 100 % flagged")
    ck.eq(g("G32"), 95, "total points 95")
    ck.eq(g("J32"), "第32行：分值合计 95，应为 100", "weights not 100 flagged")
    ck.eq(g("J32").split("：", 1)[1], core.check_weights([10, 20, 20, 10, 10, 10, 10, 5]),
          "weights message = core's")
    ck.eq(g("H32"), 95, "total score")
    ck.eq(g("B33"), core.grade(95), "grade = core")
    s("D8", 900)
    office.recalc(d)
    ck.eq(g("J7"), "第7行：执行率高于 100%，全年执行数超过全年预算数", "first problem kept")
    s("E7", 800)
    office.recalc(d)
    ck.eq(g("J7"), "第7行：全年预算数与其中各项合计不符", "parts not adding up flagged")
    office.close(d)


def table2(office):
    T = "部门整体支出绩效自评表"
    p = gen("t2-003.xlsx", "bmzt-zp", "--unit", "衡阳县医疗保障局", "--year", "2024",
            "--budget-initial", "252.44", "--budget", "1071.15", "--spent", "479.71",
            "--spec", os.path.join(DATA, "spec-003-hengyang.csv"))
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T, ref, v)  # noqa: E731
    ck.eq(g("G7"), core.exec_rate(479.71, 1071.15), "t2 执行率 = core")
    ck.eq(g("H7"), 4.48, "t2 得分 4.48 (seed)")
    ck.eq(g("G16"), "≥95%得满分，未达到95%得一半分", "t2 评扣分标准 from the seed")
    fill = {"F16": 1.0, "F17": 1.0, "I18": 6, "I19": 6, "F20": 1.0, "F21": 1.0, "F22": 479.71,
            "J22": "年末结转 591.44 万元", "F23": "达成年度指标", "I23": 10,
            "F24": "达成年度指标", "I24": 10, "F25": 0.96,
            "C9": 1066.15, "C10": 0, "C11": 0, "C12": 5, "H9": 281.18, "H11": 198.53}
    for ref, v in fill.items():
        s(ref, v)
    office.recalc(d)
    ck.eq(g("I26"), 94.48, "t2 总分 94.48 (seed)")
    ck.eq(g("B27"), core.grade(94.48), "t2 评价等次 = core (优)")
    ck.eq(g("B28"), "校验通过", "t2 summary passes with the seed's figures")
    s("C12", 6)
    s("H11", 190)
    office.recalc(d)
    ck.eq(g("K9"), "第9行：按收入性质分合计 1072.15，与全年预算数 1071.15 不符", "income types vs budget")
    ck.eq(g("K11"), "第11行：基本支出与项目支出合计 471.18，与全年执行数 479.71 不符", "expense types vs spent")
    s("I18", 6.5)
    office.recalc(d)
    ck.ok(g("K18").startswith("第18行：得分 6.5 高于分值 "), "t2 score above points: %r" % g("K18"))
    office.close(d)


def table3(office):
    T = "部门整体支出绩效评价基础数据表"
    p = gen("t3-003.xlsx", "bmzt-jcsj", "--unit", "衡阳县医疗保障局", "--year", "2024")
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T, ref, v)  # noqa: E731
    ck.eq(g("D4"), "2024 年实际在职人数", "t3 staffing header")
    ck.eq(g("B6"), "2023 年决算数", "t3 money header")
    seed = {"B5": 27, "D5": 25,
            9: (0, 0, 0), 10: (0, 0, 0), 11: (0, 0, 0), 12: (0.89, 0.82, 0.82),
            17: (None, 70, 70), 20: (373.04, 24.34, 212.97), 21: (5.91, 4.83, 4.38),
            22: (32.54, 2.06, 29.13), 23: (1.86, 2.11, 2.11), 24: (64.54, 17.52, 83.93),
            25: (95.66, 54.34, 52.54)}
    for key, v in seed.items():
        if isinstance(key, str):
            s(key, v)
        else:
            for col, x in zip("BDF", v):
                if x is not None:
                    s("%s%d" % (col, key), x)
    s("A17", "衡阳县医疗保障与服务能力提升资金")
    office.recalc(d)
    ck.eq(g("F5"), core.control_rate(25, 27), "t3 控制率 = core")
    ck.eq(round(g("F5") * 100, 2), 92.59, "t3 控制率 92.59 % (seed)")
    ck.eq([g("B7"), g("D7"), g("F7")], [0.89, 0.82, 0.82], "t3 三公经费 sums (seed)")
    ck.eq([g("D13"), g("F13")], [70, 70], "t3 项目支出 sums (seed)")
    ck.eq(g("B31"), "校验通过", "t3 summary passes with the seed's figures")
    s("F12", 0.9)
    s("D5", 28)
    s("B27", 1000)
    s("C27", 1100)
    office.recalc(d)
    ck.eq(g("H7"), "第7行：三公经费决算数超过预算数", "t3 三公 over budget")
    ck.eq(g("H5"), "第5行：实际在职人数超过编制数", "t3 over staffing")
    ck.eq(g("D27"), core.control_rate(1100, 1000), "t3 规模控制率 = core")
    ck.eq(g("H27"), "第27行：实际规模超过批复规模", "t3 building over its approved size")
    ck.ok(g("B31").startswith("共 3 处问题"), "t3 summary counts 3: %r" % g("B31"))
    office.close(d)


def table4(office):
    T = "项目支出绩效评价表"
    p = gen("t4-004.xlsx", "xmzc-pj", "--unit", "昆明市五华区医疗保障局", "--year", "2024")
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T, ref, v)  # noqa: E731
    s("B9", "医保服务与保障能力提升补助资金")
    for ref in ("E9", "F9", "G9", "E13", "F13", "G13"):
        s(ref, 9)
    # 004 as printed: 一级 决策 40, 产出 60 (过程, 效益 blank); 二级 as printed.
    stated = {"B22": 40, "B33": 60, "D22": 6, "D24": 7, "D26": 7, "D28": 8, "D30": 6, "D31": 6,
              "D33": 20, "D34": 10, "D35": 10, "D38": 5, "D39": 5, "D40": 10}
    for ref, v in stated.items():
        s(ref, v)
    leaves = {33: ("现场检查定点医疗机构", 20), 34: ("医保综合监管能力", 10),
              35: ("第三方检查工作的及时性", 10), 38: ("健全医疗保障基金安全防控机制", 5),
              39: ("医保标准化水平持续提高", 5), 40: ("参保人员对医保服务的满意度", 10)}
    for r, (name, pts) in leaves.items():
        s("E%d" % r, name)
        s("G%d" % r, pts)
        s("H%d" % r, pts)
    fixed = {22: 3, 23: 3, 24: 3.5, 25: 3.5, 26: 3.5, 27: 3.5, 30: 6, 31: 3, 32: 3}
    for r, pts in fixed.items():
        s("H%d" % r, pts)
    office.recalc(d)
    ck.eq(g("H12"), core.exec_rate(9, 9), "t4 合计 执行率 = core (100 %)")
    ck.eq(g("H28"), core.exec_score(9, 9, 4), "t4 资金到位率 score = core")
    ck.eq(g("H29"), core.exec_score(9, 9, 4), "t4 预算执行率 score = core")
    ck.eq(g("G41"), 100, "t4 leaf points 100")
    ck.eq(g("H41"), 100, "t4 总分 100 (seed)")
    ck.eq(g("J42"), core.grade(100), "t4 grade = core")
    ck.eq(g("B42"), "优☑        良□        中□        差□", "t4 tick boxes")
    # The seed's real mistake: 一级 40 / 60 against children 20 / 40.
    ck.eq(g("I22"), "第22行：决策的分值 40 不等于下级合计 20", "t4 决策 40 vs 20 flagged")
    ck.eq(g("I28"), "第28行：过程未填写分值，下级合计 20", "t4 过程 blank flagged")
    ck.eq(g("I33"), "第33行：产出的分值 60 不等于下级合计 40", "t4 产出 60 vs 40 flagged")
    ck.eq(g("I37"), "第37行：效益未填写分值，下级合计 20", "t4 效益 blank flagged")
    ck.eq(g("B49"), "共 4 处问题，首个：第22行：决策的分值 40 不等于下级合计 20", "t4 summary")
    tree = []
    l1 = {22: ("决策", 40), 28: ("过程", None), 33: ("产出", 60), 37: ("效益", None)}
    l2 = {22: ("项目立项", 6), 24: ("绩效目标", 7), 26: ("资金投入", 7), 28: ("资金管理", 8),
          30: ("资金管理", 6), 31: ("组织实施", 6), 33: ("数量指标", 20), 34: ("质量指标", 10),
          35: ("产出时效", 10), 36: ("产出成本", None), 37: ("经济效益", None), 38: ("社会效益", 5),
          39: ("可持续影响", 5), 40: ("满意度", 10)}
    for r in range(22, 41):
        a = l1.get(r, (None, None))
        b = l2.get(r, (None, None))
        leaf = g("G%d" % r)
        tree.append((a[0], b[0], a[1], b[1], leaf if isinstance(leaf, float) else 0.0))
    want = core_check_tree(core, tree)
    ck.ok(want.startswith(g("I22").split("：", 1)[1]), "t4 first tree message = core's: %r" % want)
    if AUDIT:
        import subprocess
        saved = os.path.join(WORK, "t4-004-filled.xlsx")
        office.save(d, saved, "xlsx")
        r = subprocess.run([AUDIT, saved], capture_output=True, text=True)
        ck.ok("决策" in r.stdout and "40" in r.stdout, "audit of 004 as printed names 决策 40: %r" % r.stdout)
    # Corrected to the children's sums, the tree is quiet.
    for ref, v in {"B22": 20, "B28": 20, "B33": 40, "B37": 20}.items():
        s(ref, v)
    office.recalc(d)
    ck.eq(g("B49"), "校验通过", "t4 corrected tree passes")
    s("H30", 7)
    office.recalc(d)
    ck.ok(g("I30").startswith("第30行：得分 7 高于分值 "), "t4 score above points: %r" % g("I30"))
    office.close(d)


def table5(office):
    T = "部门整体支出绩效评价表"
    p = gen("t5-000.xlsx", "bmzt-pj", "--unit", "合水县医疗保障局", "--year", "2024",
            "--budget", "889.39", "--received", "774.79", "--spent", "774.79")
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T, ref, v)  # noqa: E731
    ck.eq(g("C13"), core.exec_rate(774.79, 774.79), "t5 执行率 vs received = core (100 %, as the seed)")
    ck.eq(g("H13"), core.fund_rate(774.79, 889.39), "t5 资金到位率 = core")
    ck.eq(round(g("H13") * 100, 2), 87.11, "t5 资金到位率 87.11 %")
    ck.eq(g("C14"), core.exec_rate(774.79, 889.39), "t5 执行率 vs budget = core")
    ck.eq(g("K13"), "第13行：按实际到位资金计算的执行率为 100%，按预算安排资金计算为 87.11%，应分别列示",
          "t5 the seed's 100 % vs 87.11 % flagged")
    ck.eq(g("H12"), 0, "t5 结转结余 0 (seed)")
    points = [15, 15, 12, 28, 10, 10, 10]
    scores = [13, 13, 11, 25.5, 8, 9, 10]
    for i, (pt, sc) in enumerate(zip(points, scores)):
        s("%s18" % "CDEFGHI"[i], pt)
        s("%s19" % "CDEFGHI"[i], sc)
    s("C10", 889.39)
    s("H10", 774.79)
    office.recalc(d)
    ck.eq(g("J19"), 89.5, "t5 合计 89.5 (seed)")
    ck.eq(g("C16"), 89.5, "t5 评价得分 89.5 (seed)")
    ck.eq(g("H16"), core.grade(89.5), "t5 评价等级 = core")
    ck.eq(g("H16"), "良", "t5 评价等级 良 (seed)")
    ck.eq(g("C20"), 13 / 15, "t5 得分率 = 得分 ÷ 分值")
    ck.eq(g("J20"), 89.5 / 100, "t5 total 得分率")
    ck.eq(g("B24"), "共 1 处问题，首个：" + g("K13"), "t5 summary names the execution-rate issue")
    s("I19", 11)
    s("C18", 14)
    office.recalc(d)
    ck.eq(g("K19"), "第19行：有得分高于分值", "t5 area score above points")
    ck.eq(g("K18"), "第18行：分值合计 99，应为 100", "t5 area points not 100")
    office.close(d)


def table6(office):
    T = "部门预算绩效管理工作考核评分表"
    p = gen("t6-001.xlsx", "kh-pf", "--unit", "隆化县医疗保障局", "--year", "2023")
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T, ref, v)  # noqa: E731
    first, last = 6, 31
    for r in range(first, last + 1):
        rule = g("G%d" % r)
        pts = g("F%d" % r)
        if rule == "—":
            s("I%d" % r, pts)          # evaluator's score: full, as 001 reports
        elif g("H%d" % r) == "—":
            s("G%d" % r, 0)            # deductions: none
        else:
            s("G%d" % r, 9)            # ratio: 9 of 9 projects
            s("H%d" % r, 9)
    for ref, v in {"J6": 16, "J11": 10, "J13": 14, "J17": 20, "J23": 25, "J29": 15, "I33": 98}.items():
        s(ref, v)
    office.recalc(d)
    ck.eq(g("F32"), 100, "t6 points 100")
    ck.eq(g("I32"), 100, "t6 every item at full marks: 100")
    ck.eq(g("J32"), 100, "t6 stated area scores add up to 100")
    ck.eq(g("K33"), "第33行：各项合计 100，与填报的总分 98 不符", "t6 the seed's 98 flagged")
    ck.eq(g("K33").split("：", 1)[1], core_check_total(core, [16, 10, 14, 20, 25, 15], 98),
          "t6 message = core's jx_check_total")
    ck.ok(g("B34").startswith("共 1 处问题"), "t6 summary: %r" % g("B34"))
    # "该项得3分" for 指标体系建设 (5 points): the area no longer adds up to 16.
    s("I9", 3)
    office.recalc(d)
    ck.eq(g("K6"), "第6行：一、基础工作各项合计 14，与填报的得分 16 不符", "t6 area vs stated flagged")
    # Rules: two late days at 0.5 each, 7 of 9 projects, not applicable.
    s("G19", 2)
    s("G17", 7)
    s("H11", 0)
    s("G11", 0)
    office.recalc(d)
    ck.eq(g("I19"), core_deduct(core, 5, 2, 0.5), "t6 逾期两天 = core (4)")
    ck.eq(g("I17"), core_ratio(core, 7, 9, 3), "t6 ratio = core (2.33)")
    ck.eq(g("I11"), core_ratio(core, 0, 0, 4), "t6 不涉及 = full = core")
    s("G10", 9)
    office.recalc(d)
    ck.eq(g("I10"), core_deduct(core, 5, 9, 1), "t6 deduction floors at 0 = core")
    office.close(d)


def variant_sc(office):
    """The 大英县 variant (data only): its moved columns compute as table 1 does, one row lower."""
    T = "部门预算项目支出绩效自评表"
    p = gen("sc-003.xlsx", "xmzc-zp-sc", "--unit", "衡阳县医疗保障局", "--year", "2024",
            "--budget-initial", "252.44", "--budget", "1071.15", "--spent", "479.71",
            "--spec", os.path.join(DATA, "spec-003-hengyang.csv"))
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    ck.eq(g("F9"), core.exec_rate(479.71, 1071.15), "sc 预算执行率 (F9) = core")
    ck.eq(g("H9"), core.exec_score(479.71, 1071.15), "sc 得分 (H9, 权重 in G9) = core")
    fill = {"F15": 1.0, "F16": 1.0, "H17": 6, "H18": 6, "F19": 1.0, "F20": 1.0, "F21": 479.71,
            "I21": "年末结转 591.44 万元，成本远低于预算",
            "F22": "达成年度指标", "H22": 10, "F23": "达成年度指标", "H23": 10, "F24": 0.96}
    for ref, v in fill.items():
        office.set(d, T, ref, v)
    office.recalc(d)
    ck.eq(g("H25"), 94.48, "sc 总分 94.48, as table 1 with the same figures")
    ck.eq(g("B26"), "优", "sc 评价等次")
    ck.eq(g("B27"), "校验通过", "sc summary passes")
    office.set(d, T, "H17", 7)
    office.recalc(d)
    ck.eq(g("J17"), "第17行：得分 7 高于分值 6", "sc: score above points flagged on its own row")
    office.close(d)


def defaults(office):
    """Every table as `make templates` writes it: cached values equal Calc."""
    for name in ("xmzc-zp", "bmzt-zp", "bmzt-jcsj", "xmzc-pj", "bmzt-pj", "kh-pf", "xmzc-zp-sc"):
        for extra in ([], ["--formulas", "portable", "--year", "2024", "--budget", "100",
                           "--spent", "120", "--received", "90", "--budget-initial", "80"]):
            p = gen("default-%s-%d.xlsx" % (name, len(extra)), name, *extra)
            office.close(cached_equals_calc(office, p))


def directions(office):
    """Every target direction and rule, at and around its target: Calc = core."""
    spec = os.path.join(DATA, "spec-directions.csv")
    rows = {14: ("≤60分钟", 10, "prop"), 15: ("<5次", 10, "prop"), 16: (">0", 10, "prop"),
            17: ("=0", 10, "prop"), 18: ("≥0", 10, "prop"), 19: ("≤0万元", 10, "prop"),
            20: ("≥95%", 10, "half"), 21: ("=100%", 10, "zero"), 22: ("≥ 50万人", 5, "prop"),
            23: ("不超过3万元", 5, "prop")}
    trials = [
        {14: 30, 15: 4, 16: 1, 17: 0, 18: 0, 19: 0, 20: 0.95, 21: 1.0, 22: 50, 23: 3},
        {14: 90, 15: 5, 16: 0, 17: 2, 18: 7, 19: 1.5, 20: 0.9, 21: 0.99, 22: 35.5, 23: 3.3},
        {14: 60, 15: 8, 16: 3, 17: 0, 18: 0.5, 19: 0, 20: 1.3, 21: 1.2, 22: 100, 23: 0},
    ]
    p = gen("t1-directions.xlsx", "xmzc-zp", "--spec", spec)
    d = cached_equals_calc(office, p)
    for t, values in enumerate(trials):
        for r, v in values.items():
            office.set(d, T1, "F%d" % r, v)
        office.recalc(d)
        for r, (target, pts, mode) in rows.items():
            want = core.ind_score(values[r], target, pts, mode)
            ck.eq(office.get(d, T1, "H%d" % r), want,
                  "trial %d row %d: %s actual %r (%s) = core" % (t, r, target, values[r], mode))
    office.close(d)


def audit_roundtrip(office, audit_bin):
    """The _jixiao map: filled in and saved by Calc, jixiao-audit recomputes it clean;
    a score typed over its formula is reported."""
    import subprocess
    p = gen("t1-audit.xlsx", "xmzc-zp", "--unit", "新余市渝水区医疗保障局", "--project", "医疗救助补助资金",
            "--year", "2022", "--budget", "1546.43", "--spent", "1546.43",
            "--spec", os.path.join(DATA, "spec-002-yiliao.csv"))
    d = office.open(p)
    for r, v in {14: 30000, 15: 20000, 16: 10000, 17: 0.75, 18: 0.75, 19: 1.0, 20: 0.96, 21: 0.96}.items():
        office.set(d, T1, "F%d" % r, v)
    office.recalc(d)
    filled = os.path.join(WORK, "t1-audit-filled.xlsx")
    office.save(d, filled, "xlsx")
    office.set(d, T1, "H14", 20)
    office.recalc(d)
    tampered = os.path.join(WORK, "t1-audit-tampered.xlsx")
    office.save(d, tampered, "xlsx")
    office.close(d)
    r = subprocess.run([audit_bin, filled], capture_output=True, text=True)
    ck.eq(r.returncode, 0, "audit of a Calc-filled template: clean (%s)" % r.stdout.strip())
    ck.ok("重算 100 优  填报 100 优  0 个问题" in r.stdout, "audit recomputes 100 优: %r" % r.stdout)
    r = subprocess.run([audit_bin, tampered], capture_output=True, text=True)
    ck.eq(r.returncode, 1, "audit of a score typed over its formula")
    ck.ok("项目支出绩效自评表!H14" in r.stdout, "audit names the overwritten cell: %r" % r.stdout)


def addin(office):
    """--formulas addin: the add-in computes what the core computes."""
    T = T1
    p = gen("t1-addin.xlsx", "xmzc-zp", "--formulas", "addin", "--year", "2022",
            "--budget", "1546.43", "--spent", "1400", "--spec", os.path.join(DATA, "spec-002-yiliao.csv"))
    d = cached_equals_calc(office, p)
    g = lambda ref: office.get(d, T, ref)  # noqa: E731
    s = lambda ref, v: office.set(d, T, ref, v)  # noqa: E731
    ck.ok("ORG.JIXIAO.FUNCTIONS.EXECSCORE" in office.formula(d, T, "H7").upper(), "add-in formula kept")
    ck.eq(g("H7"), core.exec_score(1400, 1546.43), "add-in EXECSCORE = core")
    actual = {14: 27000, 15: 20000, 16: 10000, 17: 0.75, 18: 0.6, 19: 1.0, 20: 0.96, 21: 0.96}
    targets = {14: ("≥30000人次", 20), 15: ("≥20000人", 20), 16: ("≥10000人次", 10), 17: ("≥70%", 10),
               18: ("≥70%", 10), 19: ("≥90%", 10), 20: ("≥95%", 5), 21: ("≥95%", 5)}
    for r, v in actual.items():
        s("F%d" % r, v)
    office.recalc(d)
    for r, (t, pts) in targets.items():
        ck.eq(g("H%d" % r), core.ind_score(actual[r], t, pts), "add-in INDSCORE row %d = core" % r)
    total = core.round(core.exec_score(1400, 1546.43) + sum(core.ind_score(actual[r], *targets[r]) for r in targets))
    ck.eq(g("H22"), total, "add-in total = core")
    ck.eq(g("B23"), core.grade(total), "add-in GRADEBAND = core")
    office.close(d)


def find_row(office, d, sheet, col, text, first=1, last=80):
    for r in range(first, last):
        if office.get(d, sheet, "%s%d" % (col, r)) == text:
            return r
    raise AssertionError("%s not found in column %s" % (text, col))


def addin_rules(office):
    """--formulas addin on the 部门整体支出绩效自评表: the 评扣分标准 column is used.

    Rows whose sentence the core reads are scored by it (RULESCORE); a score
    typed by hand next to a sentence is checked against it (CHECKRULE)."""
    p = gen("t2-addin-spec.xlsx", "bmzt-zp", "--formulas", "addin",
            "--spec", os.path.join(DATA, "spec-003-hengyang.csv"))
    d = office.open(p)
    T = 0
    r = find_row(office, d, T, "D", "医保宣传力度")
    ck.ok("RULESCORE" in office.formula(d, T, "I%d" % r).upper(), "sentence row scored by RULESCORE")
    office.set(d, T, "F%d" % r, "效果良好")
    office.recalc(d)
    ck.eq(office.get(d, T, "I%d" % r), 3.0, "效果良好 earns half of 6 by the table's own sentence")
    office.set(d, T, "F%d" % r, "效果显著")
    office.recalc(d)
    ck.eq(office.get(d, T, "I%d" % r), 6.0, "效果显著 earns full marks")
    office.close(d)

    p = gen("t2-addin-blank.xlsx", "bmzt-zp", "--formulas", "addin")
    d = office.open(p)
    r = 16
    for col, v in (("D", "参保人数覆盖率"), ("E", 95), ("F", "90%"),
                   ("G", "≥95%得满分，未达到95%得一半分"), ("H", 8), ("I", 8), ("J", "原因")):
        office.set(d, T, "%s%d" % (col, r), v)
    office.recalc(d)
    msg = office.get(d, T, "K%d" % r)
    ck.ok(isinstance(msg, str) and msg.startswith("第16行") and "4" in msg,
          "a hand score of 8 against its sentence (4) is flagged: %r" % (msg,))
    office.set(d, T, "I%d" % r, 4)
    office.recalc(d)
    ck.eq(office.get(d, T, "K%d" % r), "", "the score the sentence gives passes")
    office.close(d)


with Office(os.path.join(WORK, "office")) as office:
    defaults(office)
    table1(office)
    table2(office)
    table3(office)
    table4(office)
    table5(office)
    table6(office)
    directions(office)
    variant_sc(office)
    if len(sys.argv) > 5 and os.path.exists(sys.argv[5]):
        audit_roundtrip(office, sys.argv[5])
    else:
        print("template LibreOffice: jixiao-audit not built, map round trip skipped")
if len(sys.argv) > 4 and os.path.exists(sys.argv[4]):
    with Office(os.path.join(WORK, "office-addin"), oxt=sys.argv[4]) as office:
        addin(office)
        addin_rules(office)
else:
    print("template LibreOffice: add-in not built, --formulas addin not recalculated")
ck.done()
