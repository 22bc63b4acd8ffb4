#!/usr/bin/python3.11
"""How closely each stand-in in stdlib_safe/py/ follows CPython's own source.

A dev tool, not a test. moat takes behaviour from CPython, never its text or
code, and a stand-in written by editing CPython's lines shows up here: for
each module it reports how many of the stand-in's code lines (comments and
blank lines left out, whitespace stripped) match lines of CPython's module
of the same name in the same order, and the longest run of consecutive
matching lines. Lines every implementation shares (`else:`, `return None`,
a `def` the API fixes) count too, so a few percent is the floor; a high
share or a long run means the file was transcribed and needs rewriting.

CPython's source is found through the running interpreter's import system
(run it with Debian's /usr/bin/python3.11), so nothing is imported or
executed: only the file is read.

Usage:
  scripts/stdlib_overlap.py [--over PERCENT] [MODULE ...]
prints `module  matched/lines  percent  longest-run`, highest share first,
for the named modules or every stand-in, and with --over only those at or
above PERCENT.
"""

import argparse
import difflib
import importlib.util
import os
import sys

PY_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stdlib_safe", "py")

# Stand-ins that are generated from CPython's data tables, not written.
GENERATED = {"html.entities"}


def code_lines(path):
    with open(path, encoding="utf-8") as f:
        stripped = (line.strip() for line in f)
        return [line for line in stripped if line and not line.startswith("#")]


def cpython_source(module):
    """The path of CPython's source for `module`, or None (C modules have none)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    origin = spec.origin
    if origin == "frozen":  # 3.11 freezes a few (_collections_abc): their file
        origin = getattr(spec.loader_state, "filename", None)
    return origin if origin and origin.endswith(".py") else None


def overlap(ours, theirs):
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    blocks = matcher.get_matching_blocks()
    return sum(b.size for b in blocks), max((b.size for b in blocks), default=0)


def main():
    parser = argparse.ArgumentParser(description="Overlap of stdlib_safe/py with CPython's Lib.")
    parser.add_argument("modules", nargs="*", help="module names (default: every stand-in)")
    parser.add_argument("--over", type=int, default=0, metavar="PERCENT",
                        help="list only modules at or above this share")
    args = parser.parse_args()
    names = args.modules or sorted(f[:-3] for f in os.listdir(PY_DIR) if f.endswith(".py"))
    rows = []
    for name in names:
        if name in GENERATED:
            continue
        theirs = cpython_source(name)
        if theirs is None:
            continue
        ours = code_lines(os.path.join(PY_DIR, name + ".py"))
        matched, run = overlap(ours, code_lines(theirs))
        share = 100 * matched // max(1, len(ours))
        if share >= args.over:
            rows.append((share, name, matched, len(ours), run))
    for share, name, matched, total, run in sorted(rows, reverse=True):
        print(f"{name:28} {matched:5}/{total:<5} {share:3}%  longest run {run}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
