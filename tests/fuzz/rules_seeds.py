#!/usr/bin/env python3
"""Every 评扣分标准 corpus case as a seed of the rule-sentence fuzzer.

    python3 tests/fuzz/rules_seeds.py OUT_DIR tests/rules/corpus/*.tsv

Writes one file per case, RULE NUL ACTUAL (fuzz_ruletext's input), named by
the SHA-1 of its bytes, and removes the files of cases no longer in the
corpus.  check-fuzz replays them and starts its seeded run from them, so the
fuzzer always covers the whole grammar the corpus reaches, not only the
forms someone remembered to copy into tests/fuzz/corpus/fuzz_ruletext/.
Prints "N seeds from N files".
"""
import hashlib
import sys
from pathlib import Path

HEADER = "id\tsource\tpoints\tsentence\tactual\texpected\tnote"


def unescape(text):
    r"""The corpus writes a line break inside a sentence as \n (run_corpus.c)."""
    return text.replace("\\n", "\n")


def cases(path):
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header is None:
            header = line
            if header != HEADER:
                sys.exit("%s: header is not the corpus header" % path)
            continue
        cols = line.split("\t")
        if len(cols) < 6:
            sys.exit("%s: a case has %d columns: %s" % (path, len(cols), line[:60]))
        yield unescape(cols[3]), unescape(cols[4])


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    want = {}
    files = sys.argv[2:]
    for name in files:
        for rule, actual in cases(Path(name)):
            data = rule.encode() + b"\0" + actual.encode()
            want[hashlib.sha1(data).hexdigest()] = data
    for old in out.iterdir():
        if old.name not in want:
            old.unlink()
    for name, data in want.items():
        path = out / name
        if not path.exists():
            path.write_bytes(data)
    print("%d seeds from %d files" % (len(want), len(files)))


if __name__ == "__main__":
    main()
