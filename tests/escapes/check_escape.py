#!/usr/bin/env python3
"""Runs one attack script under moat. The script's first lines say what moat
must answer:  '# expect: <last stderr line>' (an uncaught refusal, exit 1) or
'# expect-output: <text>' (the script catches the refusal and prints text);
with --sanitized (a sanitizer build), '# sanitized-expect-output: <text>'
lines replace the expect-output ones where a script has them: larger C++
frames meet the native depth guard first, whose RecursionError text differs.
The attack passes only if moat refuses it that way, without crashing."""
import argparse
import pathlib
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moat", required=True)
    parser.add_argument("--hang-guard", type=float, default=60,
                        help="seconds before a run counts as hung (longer in sanitizer builds)")
    parser.add_argument("--sanitized", action="store_true",
                        help="a sanitizer build: use '# sanitized-expect-output:' lines")
    parser.add_argument("attack")
    args = parser.parse_args()
    path = pathlib.Path(args.attack)
    expect_err, expect_out, sanitized_out = None, [], []
    for line in path.read_text().splitlines():
        if line.startswith("# expect: "):
            expect_err = line[len("# expect: "):]
        elif line.startswith("# expect-output: "):
            expect_out.append(line[len("# expect-output: "):])
        elif line.startswith("# sanitized-expect-output: "):
            sanitized_out.append(line[len("# sanitized-expect-output: "):])
    if args.sanitized and sanitized_out:
        expect_out = sanitized_out
    # Default limits but the wall clock, which a slow (sanitizer) build or a
    # loaded machine must not turn into a failure; `timeout` bounds the run.
    proc = subprocess.run([args.moat, "run", "--timeout", "none", path.name], cwd=path.parent,
                          stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=args.hang_guard)
    if proc.returncode < 0 or proc.returncode > 1:
        print(f"moat crashed or misbehaved: exit {proc.returncode}\n{proc.stderr}")
        return 1
    if expect_err is not None:
        last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
        if proc.returncode != 1 or last != expect_err:
            print(f"expected refusal {expect_err!r}, got exit {proc.returncode}, "
                  f"stderr tail {last!r}\nstdout: {proc.stdout}")
            return 1
    if expect_out and proc.stdout.splitlines() != expect_out:
        print(f"expected output {expect_out!r}, got {proc.stdout.splitlines()!r}\n{proc.stderr}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
