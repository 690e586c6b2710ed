#!/usr/bin/python3
"""bench-audit: audit N generated workbooks and print workbooks per second.

usage: bench.py JIXIAO_AUDIT MKFIXTURE WORKDIR [N]

The workbooks are fixture variants (tests/audit/mkfixture.c: a filled
项目支出绩效自评表 with its _jixiao map, 8 scored rows, 39 map records).
The same run times the audit writing the bureau's 汇总 workbook too
(--summary: 1 000 rows, every finding linked, three charts) beside the
audit alone, and, for scale, the obvious alternative for the reading
alone: openpyxl loading (not auditing) the first 100 of them.
"""
import os
import shutil
import subprocess
import sys
import time

AUDIT, MKFIXTURE, WORK = sys.argv[1:4]
N = int(sys.argv[4]) if len(sys.argv) > 4 else 1000


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    d = os.path.join(WORK, "books")
    os.makedirs(d)
    t0 = time.perf_counter()
    subprocess.run([MKFIXTURE, "-n", str(N), d], check=True)
    t_gen = time.perf_counter() - t0

    def timed(*outputs):
        """Best of 3 runs of the audit with these outputs (reports replaced: --force)."""
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            p = subprocess.run([AUDIT, "--force", *outputs, d],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            t = time.perf_counter() - t0
            if p.returncode != 0:
                sys.stderr.write(p.stdout.decode()[-2000:] + p.stderr.decode())
                sys.exit("bench-audit: the generated workbooks did not audit clean (exit %d)"
                         % p.returncode)
            best = t if best is None else min(best, t)
        audited = sum(1 for l in p.stdout.decode().splitlines() if not l.startswith(" "))
        if audited != N:
            sys.exit("bench-audit: %d workbooks reported, %d expected" % (audited, N))
        return best

    best = timed("--csv", os.path.join(WORK, "out.csv"))
    print("bench-audit: generated %d workbooks in %.2f s" % (N, t_gen))
    print("bench-audit: jixiao-audit: %d workbooks in %.3f s (best of 3): %.0f workbooks/s"
          % (N, best, N / best))
    alone = best
    best = timed("--summary", os.path.join(WORK, "summary.xlsx"))
    print("bench-audit: jixiao-audit --summary (汇总 workbook with charts): %d workbooks in "
          "%.3f s (best of 3): %.0f workbooks/s (%.2fx the time of the audit alone)"
          % (N, best, N / best, best / alone))
    try:
        import openpyxl
    except ImportError:
        print("bench-audit: openpyxl not installed, no comparison")
        return
    files = sorted(os.listdir(d))[:100]
    t0 = time.perf_counter()
    for f in files:
        openpyxl.load_workbook(os.path.join(d, f)).close()
    t = time.perf_counter() - t0
    print("bench-audit: openpyxl load only: %d workbooks in %.3f s: %.0f workbooks/s"
          % (len(files), t, len(files) / t))


main()
