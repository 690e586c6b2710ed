#!/usr/bin/env python3
"""Meaning-preserving variants of every passing corpus case.

    /usr/bin/python3 tests/rules/test_variants.py JXEVAL CORPUS_DIR [-v]

The corpus shows the reader each sentence as one table printed it; another
table prints the same rule with other characters.  For every corpus case
that passes today (RULESCORE gives the expected score, or refuses an ERR
case), each rewrite below that changes the sentence is applied alone, then
a few combined (a fixed seed: the same variants every run).  A rewrite is
one that real tables print and that cannot change the meaning, so a variant
must give the original's score or be refused; a DIFFERENT NUMBER, or a
number where the original was rightly refused, is a failure: a silent
wrong score the corpus did not show.  A refusal is allowed (counted and
listed with -v: forms the reader could still learn).

Rewrites (REWRITES below; why each keeps the meaning is its docstring).
Dropped as not meaning-preserving (docs/RULES.md, g8): 得N分 -> 得满分 in
a clause of 每 / 各 / 分别 / 最高 (points per step, per item or a cap are
not the item's whole points), and 的 before anything but a separator or an
outcome verb.

Prints per-rewrite counts and "N passed, N failed"; exit 1 on a failure.
"""
import random
import re
import subprocess
import sys
from pathlib import Path

SEED = 20261202
COMBOS_PER_CASE = 3

HALF = ",;:()%<>0123456789"
FULL = "，；：（）％＜＞０１２３４５６７８９"
TO_HALF = str.maketrans(FULL, HALF)
TO_FULL = str.maketrans(HALF, FULL)
CJK = "\u4e00-\u9fff"


def esc(t):
    return t.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def num_text(p):
    return ("%.2f" % p).rstrip("0").rstrip(".")


def to_half(s, pts):
    """Full-width punctuation and digits as ASCII: the reader folds both."""
    return s.translate(TO_HALF)


def to_full(s, pts):
    """ASCII punctuation and digits as full-width (a decimal point as ．):
    what a Chinese input method types; the reader folds both."""
    s = re.sub(r"(?<=\d)\.(?=\d)", "．", s)
    return s.translate(TO_FULL)


def ge_words(s, pts):
    """≥ / ≤ typed as >= / <= (and ≧ ≦ as ≥ ≤): the same sign."""
    return s.replace("≧", "≥").replace("≦", "≤").replace("≥", ">=").replace("≤", "<=")


def ge_signs(s, pts):
    """>= / <= (half or full width) as ≥ / ≤."""
    s = s.replace("＞＝", "≥").replace("＜＝", "≤")
    return s.replace(">=", "≥").replace("<=", "≤")


def one_point_digit(s, pts):
    """一个百分点 as 1个百分点 (the step unit, never an occurrence)."""
    return s.replace("一个百分点", "1个百分点")


def one_point_word(s, pts):
    """1个百分点 as 一个百分点."""
    return re.sub(r"(?<![\d.])1个百分点", "一个百分点", s)


def stop_after_cap(s, pts):
    """扣完为止 closing the sentence, with or without a full stop."""
    t = s.rstrip()
    if t.endswith("扣完为止"):
        return t + "。"
    if t.endswith("扣完为止。"):
        return t[:-1]
    return s


def spaced_numbers(s, pts):
    """A space between an ideograph and a number ("扣 0.5 分"): PDF tables
    print it; the reader skips blanks."""
    s = re.sub(r"([%s])(?=\d)" % CJK, r"\1 ", s)
    return re.sub(r"(\d%?)(?=[" + CJK + "])", r"\1 ", s)


def line_breaks(s, pts):
    """A line break after every clause separator (a wrapped table cell);
    not inside "0。5", the page's decimal point."""
    return re.sub(r"([；;，,]|(?<!\d)。|。(?!\d))(?=\S)", "\\1\n", s)


def drop_de(s, pts):
    """的 dropped after a bound before a separator or an outcome verb
    ("低于90%的，每低…" -> "低于90%，每低…")."""
    return re.sub(r"(\d%|\d个百分点|以上|以下|以内)的(?=[，,；;]|扣|得|不得|计|每)", r"\1", s)


def full_as_points(s, pts):
    """得满分 as 得N分, N the item's points: the same score by definition."""
    return s.replace("得满分", "得%s分" % num_text(pts))


def points_as_full(s, pts):
    """得N分 (N the item's points) as 得满分, outside clauses of 每 / 各 /
    分别 / 最高 / 最多 / 加 (points per step or item, a cap, a bonus)."""
    n = re.escape(num_text(pts))
    out = []
    for piece in re.split(r"([，,；;。\n])", s):
        if not re.search(r"每|各|分别|最高|最多|加|累计|依次", piece):
            piece = re.sub(r"(?<![\d.])得%s分" % n, "得满分", piece)
        out.append(piece)
    return "".join(out)


def sign_words(s, pts):
    """≥ ≤ > < before a number in words: 大于等于, 小于等于, 大于, 小于."""
    s = s.replace("≧", "≥").replace("≦", "≤").replace(">=", "≥").replace("<=", "≤")
    s = s.replace("＞＝", "≥").replace("＜＝", "≤").replace("＞", ">").replace("＜", "<")
    for sign, word in (("≥", "大于等于"), ("≤", "小于等于"), (">", "大于"), ("<", "小于")):
        s = re.sub(re.escape(sign) + r"\s*(?=[\d０-９-])", word, s)
    return s


def numbering_dot(s, pts):
    """A list number "2、" as "2." (not before a digit: "2.95%")."""
    return re.sub(r"(^|[；;。，,\n\s])(\d{1,2})、(?=[^\d\s])", r"\1\2.", s)


def deduct_word(s, pts):
    """扣N分 as 扣除N分 (the same verb)."""
    return re.sub(r"(?<!扣)扣(?=\s*\d)", "扣除", s)


def get_word(s, pts):
    """得N分 / 得满分 as 计N分 / 计满分 (the same verb); not 获得, 不得."""
    return re.sub(r"(?<![获不取])得(?=\s*\d|满分)", "计", s)


def final_stop(s, pts):
    """A full stop closing the sentence, or none."""
    t = s.rstrip()
    if t.endswith("。"):
        return t[:-1]
    if t and t[-1] not in "。.;；,，)）":
        return t + "。"
    return s


def zero_words(s, pts):
    """不得分 as 得0分 (the same outcome); not 不得分配 / 不得分解."""
    return re.sub(r"不得分(?![配解散包摊])", "得0分", s)


def cap_synonym(s, pts):
    """扣完为止 as 扣完即止 (the same cap)."""
    return s.replace("扣完为止", "扣完即止")


def lead_number(s, pts):
    """A list number before a sentence that has none ("1、…")."""
    return s if re.match(r"\s*[\d０-９(（①一A-Z]", s) else "1、" + s


def points_note(s, pts):
    """The item's points in brackets after the sentence, its own clause
    ("…扣完为止。（8分）"), as tables print them: a note, no rule.  Not
    where the sentence has bracketed points already (they are its rule)."""
    if re.search(r"\d\s*分\s*[)）]", s):
        return s
    t = s.rstrip()
    return t + ("" if t[-1:] in "。.;；" else "。") + "（%s分）" % num_text(pts)


def full_points_lead(s, pts):
    """"满分N分，" before the sentence, N the item's points: a note."""
    return "满分%s分，" % num_text(pts) + s


REWRITES = [to_half, to_full, ge_words, ge_signs, one_point_digit, one_point_word,
            stop_after_cap, spaced_numbers, line_breaks, drop_de, full_as_points,
            points_as_full, sign_words, numbering_dot, deduct_word, get_word, final_stop,
            zero_words, cap_synonym, lead_number, points_note, full_points_lead]


def actual_full(a):
    """The actual typed full-width ("９３％")."""
    return a.translate(TO_FULL)


def actual_spaced(a):
    """Blanks around the number of a text actual ("缺 2 项")."""
    return spaced_numbers(a, 0)


def actual_fraction(a):
    """"93%" typed as the number 0.93 (FORMAT.md: the same rate); only for
    a case the original scored (a refused "93%" may be a unit error)."""
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*%\s*", a)
    return repr(round(float(m.group(1)) / 100, 10)) if m else a


def arg_actual(a):
    try:
        float(a)
        return "n:" + a.strip()
    except ValueError:
        return "s:" + esc(a)


def run(jxeval, lines):
    out = subprocess.run([jxeval, "--lang", "zh"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(lines), "jxeval answered %d of %d" % (len(out), len(lines))
    return out


def call(actual, sentence, pts):
    return "RULESCORE\t%s\ts:%s\tn:%r" % (arg_actual(actual), esc(sentence), pts)


def value(line):
    f = line.split("\t")
    return None if f[0] == "err" else float(f[1])


def load(corpus):
    cases = []
    for path in sorted(Path(corpus).glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            col = line.split("\t")
            if line.startswith("#") or len(col) < 6 or col[0] == "id":
                continue
            cases.append((col[0], float(col[2]), col[3].replace("\\n", "\n"), col[4], col[5]))
    return cases


def passes(expected, got):
    if expected == "ERR":
        return got is None
    return got is not None and abs(got - float(expected)) < 0.005


def variants(rng, sentence, actual, pts, scored):
    """(name, sentence, actual) of every variant that differs."""
    out, applicable = [], []
    for rw in REWRITES:
        v = rw(sentence, pts)
        if v != sentence:
            out.append((rw.__name__, v, actual))
            applicable.append(rw)
    try:
        float(actual)
        is_text = False
    except ValueError:
        is_text = True
    if is_text:
        for rw in (actual_full, actual_spaced) + ((actual_fraction,) if scored else ()):
            va = rw(actual)
            if va != actual:
                out.append((rw.__name__, sentence, va))
    seen = {v for _, v, _ in out}
    for _ in range(COMBOS_PER_CASE):
        if len(applicable) < 2:
            break
        pick = rng.sample(applicable, min(len(applicable), rng.choice((2, 3))))
        v = sentence
        for rw in pick:
            v = rw(v, pts)
        if v != sentence and v not in seen:
            seen.add(v)
            out.append(("+".join(rw.__name__ for rw in pick), v, actual))
    return out


def main():
    jxeval, corpus = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    cases = load(corpus)
    orig = [value(o) for o in run(jxeval, [call(a, s, p) for _, p, s, a, _ in cases])]
    rng = random.Random(SEED)
    todo = []
    for (cid, p, s, a, want), got in zip(cases, orig):
        if not passes(want, got):
            continue
        for name, vs, va in variants(rng, s, a, p, got is not None):
            todo.append((cid, name, vs, va, p, got))
    answers = run(jxeval, [call(va, vs, p) for _, _, vs, va, p, _ in todo])
    per = {}
    fails, refusals = [], []
    for (cid, name, vs, va, p, got), ans in zip(todo, answers):
        v = value(ans)
        k = per.setdefault(name if "+" not in name else "combined", [0, 0, 0])
        k[0] += 1
        if v is None:
            if got is not None:
                k[2] += 1
                refusals.append((cid, name, vs, va, got, ans))
        elif got is None or abs(v - got) >= 0.005:
            k[1] += 1
            fails.append((cid, name, vs, va, got, v))
    for name in sorted(per):
        n, f, r = per[name]
        print("  %-18s %5d variants, %3d different numbers, %4d refused" % (name, n, f, r))
    for cid, name, vs, va, got, v in fails[:30]:
        print("FAIL %s %s: [%s] %r gives %s, the original %s" %
              (cid, name, va, vs, v, "refused" if got is None else got))
    if verbose:
        for cid, name, vs, va, got, ans in refusals:
            print("refused %s %s: [%s] %r (original %s): %s" %
                  (cid, name, va, vs, got, ans.split("\t")[-1]))
    print("variants of %d passing cases: %d run, %d refused where the original scored" %
          (sum(1 for (c, p, s, a, w), g in zip(cases, orig) if passes(w, g)), len(todo),
           len(refusals)))
    print("variants: %d passed, %d failed" % (len(todo) - len(fails), len(fails)))
    return 1 if fails or not todo else 0


if __name__ == "__main__":
    sys.exit(main())
