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
from tplcommon import DATA, Checker, Core, formulas_and_cached, run  # noqa: E402

BIN, CORE_SO, WORK = sys.argv[1:4]
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
    ck.eq(g("J16"), "第16行：得分高于分值", "score above points flagged")
    ck.eq(g("B26"), "共 1 处问题，首个：第16行：得分高于分值", "summary names it")
    s("H16", 5)
    office.recalc(d)
    ck.eq(g("J16"), "第16行：得分低于分值，须填写偏差原因分析及改进措施", "missing 偏差原因 flagged")
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
    ck.eq(g("J21"), "第21行：得分为负数", "negative score flagged")
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
    ck.eq(g("J14"), "第14行：得分低于分值，须填写偏差原因分析及改进措施", "missed target needs a reason")
    s("F16", 13000)
    office.recalc(d)
    ck.eq(g("J16"), "第16行：完成率达到 130% 及以上，须说明偏差原因", "over-achievement needs a reason")
    s("F20", 96)
    office.recalc(d)
    ck.eq(g("J20"), "第20行：实际完成值大于 10，百分比指标请填写如 96%", "96 typed for 96 % flagged")
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


with Office(os.path.join(WORK, "office")) as office:
    table1(office)
    for extra in sys.argv[4:]:
        pass
ck.done()
