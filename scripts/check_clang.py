#!/usr/bin/python3.11
"""Compiles every translation unit of a configured build with clang++ as well.

    scripts/check_clang.py BUILD_DIR

The project builds with g++ 12 and clang 14 (STYLE: warnings on, clean
under -Wall -Wextra). CI builds and tests with g++; this checks the same
sources, with the same flags, under clang++ -fsyntax-only -Werror, so code
that only g++ accepts, or that only clang warns about, fails CI. It reads
compile_commands.json, which CMake writes into the build directory, and
runs two compilers at a time. Exits 1 and prints the diagnostics if any
file fails.
"""
import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

CLANG = "clang++-14"


def clang_command(entry):
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    out = [CLANG]
    i = 1
    while i < len(args):
        a = args[i]
        if a in ("-o", "-MT", "-MF"):
            i += 2
            continue
        if a in ("-MD", "-c"):
            i += 1
            continue
        out.append(a)
        i += 1
    return out + ["-fsyntax-only", "-Werror"]


def check(entry):
    r = subprocess.run(clang_command(entry), cwd=entry["directory"], capture_output=True,
                       text=True)
    return entry["file"], r.returncode, r.stderr


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(os.path.join(sys.argv[1], "compile_commands.json")) as f:
        entries = json.load(f)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(check, entries))
    failed = [(name, err) for name, rc, err in results if rc != 0]
    for name, err in failed:
        print(f"--- {name}\n{err}")
    print(f"clang++ -fsyntax-only -Werror: {len(results) - len(failed)} of {len(results)} "
          f"files clean")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
