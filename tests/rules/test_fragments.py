#!/usr/bin/env python3
"""A piece of text two clauses share never picks one of them.

    /usr/bin/python3 tests/rules/test_fragments.py JXEVAL CORPUS_DIR

For every corpus sentence RULEEXPLAIN lists its level clauses ("label"：outcome).
Every piece of 2-4 characters found in the labels of two clauses with
different outcomes, in both not right after a denial or degree word (未 不 无
基本 …: "实行动态调整" is not "未实行动态调整"), is typed as the actual: it does
not say which clause holds ("范围" in "按照规定的范围…征收的,计4分" and
"擅自改变征收范围…的,计0分"), so RULESCORE must refuse it.  Before this test
75 of 158 such pieces were scored.  Prints "N passed, N failed".
"""
import re
import subprocess
import sys
from pathlib import Path

# jx_rw_deny (src/core/ruletext_words.c) and the degree words of ruletext_name.c
BEFORE = ("没有", "未能", "未", "不", "无", "没", "非", "基本", "部分", "较为", "比较", "较", "一般")
SKIP = re.compile(r"[\d%.,，、；;：:（）()“”\"]")


def esc(t):
    return t.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def run(jxeval, lines):
    out = subprocess.run([jxeval, "--lang", "zh"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(lines), "jxeval answered %d of %d" % (len(out), len(lines))
    return out


def plain_in(piece, label):
    for m in re.finditer(re.escape(piece), label):
        if not any(label[:m.start()].endswith(w) for w in BEFORE):
            return True
    return False


def main():
    jxeval, corpus = sys.argv[1], sys.argv[2]
    sentences = {}
    for path in sorted(Path(corpus).glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            col = line.split("\t")
            if line.startswith("#") or len(col) < 6 or col[0] == "id":
                continue
            sentences[col[0]] = (col[3].replace("\\n", "\n"), float(col[2]))
    ids = sorted(sentences)
    explained = run(jxeval, ["RULEEXPLAIN\ts:" + esc(sentences[i][0]) for i in ids])
    cases = set()
    for sid, text in zip(ids, explained):
        if not text.startswith("s\t"):
            continue
        levels = [(lab.replace(" ", ""), out) for lab, out in re.findall(r"“([^”]+)”：([^；]+)", text)]
        for la, oa in levels:
            for lb, ob in levels:
                if oa == ob or la == lb:
                    continue
                for n in (2, 3, 4):
                    for k in range(len(la) - n + 1):
                        piece = la[k:k + n]
                        if not SKIP.search(piece) and plain_in(piece, la) and plain_in(piece, lb):
                            cases.add((sid, piece))
    cases = sorted(cases)
    scored = run(jxeval, ["RULESCORE\ts:%s\ts:%s\tn:%r" % (esc(p), esc(sentences[s][0]), sentences[s][1])
                          for s, p in cases])
    fails = [(s, p, o) for (s, p), o in zip(cases, scored) if not o.startswith("err\t")]
    for s, p, o in fails[:20]:
        print("FAIL %s: “%s” shared by two clauses, scored %s" % (s, p, o.split("\t")[1]))
    print("pieces shared by two clauses: %d passed, %d failed" % (len(cases) - len(fails), len(fails)))
    return 1 if fails or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
