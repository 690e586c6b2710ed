#!/usr/bin/env python3
"""What the 评扣分标准 corpus is made of, and its pass rate by kind of source.

    corpus_stats.py RUN_CORPUS CORPUS_DIR SOURCES...

Runs RUN_CORPUS --verbose over CORPUS_DIR, joins every case with its source
(tests/rules/sources-*.tsv) and prints the corpus size, the number of sources,
the share from budget-performance documents and the pass rate over all cases,
over budget-performance sources and over sources with a traceable address
(an http(s) URL or one of the seed reports; a few were found through indexes
that gave none, and their titles say so). Fails when a case names a source no sources file defines, or
when the corpus falls below the issue's floor (250 sentences, 20 sources).
"""
import re
import subprocess
import sys
from pathlib import Path

MIN_SENTENCES, MIN_SOURCES = 250, 20


def read_sources(paths):
    sources = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("key\t"):
                continue
            col = line.split("\t")
            if len(col) < 4:
                sys.exit(f"{path}: bad line: {line[:60]}")
            key, kind, _title, address = col[:4]
            if key in sources:
                sys.exit(f"{path}: source {key} defined twice")
            # a web page, or one of the project's seed reports (../shared/seeds)
            sources[key] = (kind, address.startswith(("http://", "https://", "/work/shared/")))
    return sources


def read_cases(corpus_dir):
    """(file, line) -> (sentence id, source key) for every case line."""
    cases = {}
    for path in sorted(Path(corpus_dir).glob("*.tsv")):
        header = False
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            if not header:
                header = True
                continue
            col = line.split("\t")
            cases[(str(path), n)] = (col[0], col[1])
    return cases


def outcomes(run_corpus, corpus_dir):
    """(file, line) -> True when the case passed."""
    out = subprocess.run([run_corpus, "--verbose", corpus_dir], capture_output=True,
                         text=True).stdout
    result = {}
    for line in out.splitlines():
        m = re.match(r"(ok|REFUSED|SILENT WRONG|DISAGREE|BAD QUOTE|BAD ADD-IN MESSAGE)"
                     r" (\S+?):(\d+) ", line)
        if m:
            result[(m.group(2), int(m.group(3)))] = m.group(1) == "ok"
    return result


def rate(rows):
    passed = sum(1 for ok in rows if ok)
    return f"{passed}/{len(rows)} ({100.0 * passed / len(rows):.1f} %)" if rows else "0/0"


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    run_corpus, corpus_dir, source_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    sources = read_sources(source_files)
    cases = read_cases(corpus_dir)
    result = outcomes(run_corpus, corpus_dir)
    missing = sorted({src for _, src in cases.values() if src not in sources})
    unscored = [k for k in cases if k not in result]
    sentences = {sid: src for sid, src in cases.values()}
    used = set(sentences.values())
    bp_sentences = sum(1 for src in sentences.values() if sources.get(src, ("",))[0] == "bp")
    print(f"corpus: {len(sentences)} sentences, {len(cases)} cases, {len(used)} sources "
          f"({sum(1 for s in used if sources.get(s, ('',))[0] == 'bp')} budget-performance); "
          f"{bp_sentences} sentences ({100.0 * bp_sentences / max(len(sentences), 1):.0f} %) "
          f"from budget-performance documents")
    groups = {
        "all cases": lambda src: True,
        "budget-performance sources": lambda src: sources[src][0] == "bp",
        "other sources": lambda src: sources[src][0] != "bp",
        "sources with a traceable address": lambda src: sources[src][1],
        "sources without one": lambda src: not sources[src][1],
    }
    for name, keep in groups.items():
        rows = [result[k] for k, (_, src) in cases.items() if src in sources and k in result
                and keep(src)]
        print(f"  {name}: {rate(rows)} passed")
    untraced = sorted(s for s in used if s in sources and not sources[s][1])
    traced = {sid for sid, src in sentences.items() if src in sources and sources[src][1]}
    print(f"  sources without a traceable address: {', '.join(untraced) or 'none'}; "
          f"without them: {len(traced)} sentences from {len(used) - len(untraced)} sources")
    failed = False
    if missing:
        print(f"FAILED: cases name undefined sources: {', '.join(missing)}")
        failed = True
    if unscored:
        print(f"FAILED: {len(unscored)} case lines were not scored (first: {unscored[0]})")
        failed = True
    if len(sentences) < MIN_SENTENCES or len(used) < MIN_SOURCES:
        print(f"FAILED: the corpus must hold >= {MIN_SENTENCES} sentences from "
              f">= {MIN_SOURCES} sources")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
