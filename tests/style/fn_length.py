#!/usr/bin/python3
"""fn_length.py - no function over MAX lines in the given C sources.

usage: fn_length.py MAX KNOWN_FILE FILE.c...

A function is counted from the first line of its signature to its closing
brace, both included (what a reader scrolls through).  The project's style
puts a function's opening brace alone in column 0, so a top-level "{" that
starts a line opens a function body; braces inside comments, strings and
character constants are ignored.  Initialisers ("= {") and struct bodies do
not start a line with "{" and are not counted.

KNOWN_FILE lists "FILE FUNCTION" pairs still over the limit in files another
change is rewriting (issue 13 section 1): they are reported, not failed.  A
listed function that is no longer over the limit gets a note saying to remove
it, so the list only shrinks.
"""

import os
import re
import sys


def strip_code(text):
    """The text with comments, strings and char constants blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    """[(name, first line, last line)] of the function bodies in path."""
    with open(path, encoding="utf-8") as f:
        lines = strip_code(f.read()).split("\n")
    found, depth, start, name = [], 0, None, None
    for no, line in enumerate(lines, 1):
        if depth == 0 and line.startswith("{"):
            # The signature: back to the line after the previous blank line,
            # comment, semicolon or closing brace at the top level.
            first = no - 1
            while first > 1 and lines[first - 2].strip() and \
                    not lines[first - 2].rstrip().endswith((";", "}")):
                first -= 1
            sig = " ".join(lines[first - 1:no - 1])
            m = re.search(r"(\w+)\s*\([^()]*(\([^()]*\)[^()]*)*\)\s*(__attribute__.*)?$", sig.strip())
            start, name = first, (m.group(1) if m else "?")
        depth += line.count("{") - line.count("}")
        if depth == 0 and start is not None:
            found.append((name, start, no))
            start = None
    return found


def self_test():
    """The counter itself: braces in strings, characters and comments do not
    count, an initialiser is no function, 61 lines are caught and 60 are not."""
    import tempfile
    body = ["    x++;"] * 56
    text = "\n".join(["/* { */", "static int s[] = {", "    1,", "};", "",
                       "static int too_long(int x)", "{", "    const char *b = \"{{\";", "    char c = '{';"]
                      + body[:55] + ["    return x; // }", "}", "",
                                "int fits(void)", "{"] + body + ["    return '}';", "}", ""])
    with tempfile.NamedTemporaryFile("w", suffix=".c", delete=False) as f:
        f.write(text)
    try:
        got = [(name, last - first + 1) for name, first, last in functions(f.name)]
    finally:
        os.unlink(f.name)
    want = [("too_long", 61), ("fits", 60)]
    if got != want:
        print("FAIL fn_length.py counts %r, should count %r" % (got, want))
        return False
    return True


def main():
    if not self_test():
        return 1
    limit, known_path, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    known = set()
    with open(known_path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                known.add(tuple(line.split()[:2]))
    passed = failed = 0
    over = set()
    for path in files:
        for name, first, last in functions(path):
            n = last - first + 1
            key = (os.path.basename(path), name)
            if n <= limit:
                passed += 1
            elif key in known:
                over.add(key)
                passed += 1
                print("known %s:%d: %s is %d lines (listed in %s)"
                      % (path, first, name, n, os.path.basename(known_path)))
            else:
                failed += 1
                print("FAIL %s:%d: %s is %d lines (at most %d)" % (path, first, name, n, limit))
    for key in sorted(known - over):
        print("note: %s %s is no longer over %d lines: remove it from %s"
              % (key[0], key[1], limit, os.path.basename(known_path)))
    print("function length (at most %d lines): %d passed, %d failed" % (limit, passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
