#!/usr/bin/python3.11
"""Run one conformance case under moat and compare it with the expected output.

    check.py --moat PATH_TO_MOAT conformance/cases/ints/bigint_arith.py

Runs `moat run <name>.py` with the case's folder as working directory (PYTHONHASHSEED
unset, 60 s timeout, `<name>.stdin` as standard input if there is one) and compares:

  * stdout, byte for byte, with `<name>.expected`;
  * if `<name>.expected_err` exists: the exit status (its first line) and the last
    non-empty line of stderr (its second line); otherwise the exit status must be 0;
  * if `<name>.expected_traceback` exists: the whole stderr, `File "..."` paths cut to
    their file names as regen.py cuts them.

Prints nothing and exits 0 on success. On mismatch prints a unified diff (expected vs
actual), the status and the tail of stderr, and exits 1. ctest runs one of these per
case (see CMakeLists.txt).
"""

import argparse
import difflib
import os
import subprocess
import sys
from pathlib import Path

from regen import traceback_text  # the same normalization as the expected files

TIMEOUT = 60  # seconds
STDERR_TAIL = 20  # lines shown on failure


def lines_of(data):
    return data.decode("utf-8", "replace").splitlines(keepends=True)




def last_line(data):
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--moat", required=True, help="path to the moat executable")
    ap.add_argument("case", help="path to the case's .py file")
    opts = ap.parse_args()

    moat = os.path.abspath(opts.moat)
    case = Path(opts.case).resolve()
    expected_out = case.with_suffix(".expected")
    expected_err = case.with_suffix(".expected_err")
    if not expected_out.exists():
        print(f"{case}: no {expected_out.name}; run conformance/regen.py")
        return 1

    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    # The same standard input regen.py gave CPython.
    stdin_file = case.with_suffix(".stdin")
    stdin_args = ({"input": stdin_file.read_bytes()} if stdin_file.exists()
                  else {"stdin": subprocess.DEVNULL})
    try:
        proc = subprocess.run(
            # Default limits, except the wall clock: a loaded machine must
            # not turn a slow run into a failure (TIMEOUT bounds it).
            [moat, "run", "--timeout", "none", case.name],
            cwd=case.parent,
            env=env,
            **stdin_args,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as e:
        print(f"{case.name}: timed out after {TIMEOUT} s")
        tail = (e.stderr or b"").decode("utf-8", "replace").splitlines()[-STDERR_TAIL:]
        if tail:
            print("--- stderr tail ---")
            print("\n".join(tail))
        return 1

    problems = []
    want = expected_out.read_bytes()
    if proc.stdout != want:
        diff = difflib.unified_diff(
            lines_of(want), lines_of(proc.stdout),
            fromfile=f"{case.name} (expected)", tofile=f"{case.name} (moat)")
        text = "".join(d if d.endswith("\n") else d + "\n\\ No newline at end of file\n"
                       for d in diff)
        if not text:  # same text, different bytes (e.g. invalid UTF-8)
            text = f"stdout differs in bytes: expected {want!r}, got {proc.stdout!r}\n"
        problems.append("stdout differs:\n" + text.rstrip("\n"))

    if expected_err.exists():
        spec = expected_err.read_text(encoding="utf-8").splitlines()
        want_status = int(spec[0])
        want_line = spec[1] if len(spec) > 1 else ""
        if proc.returncode != want_status:
            problems.append(f"exit status: expected {want_status}, got {proc.returncode}")
        got_line = last_line(proc.stderr)
        if got_line != want_line:
            problems.append(f"last stderr line:\n  expected: {want_line}\n  got:      {got_line}")
    elif proc.returncode != 0:
        problems.append(f"exit status: expected 0, got {proc.returncode}")

    expected_tb = case.with_suffix(".expected_traceback")
    if expected_tb.exists():
        want_tb = expected_tb.read_text(encoding="utf-8")
        got_tb = traceback_text(proc.stderr)
        if got_tb != want_tb:
            diff = difflib.unified_diff(
                want_tb.splitlines(keepends=True), got_tb.splitlines(keepends=True),
                fromfile=f"{case.name} stderr (expected)", tofile=f"{case.name} stderr (moat)")
            problems.append("stderr differs:\n" + "".join(diff).rstrip("\n"))

    if not problems:
        return 0
    print(f"FAIL {case}")
    for p in problems:
        print(p)
    tail = proc.stderr.decode("utf-8", "replace").splitlines()[-STDERR_TAIL:]
    if tail:
        print("--- stderr tail ---")
        print("\n".join(tail))
    return 1


if __name__ == "__main__":
    sys.exit(main())
