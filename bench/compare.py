#!/usr/bin/env python3
"""Times each bench program under moat and python3.11 in one run; prints the
median wall time of each and the ratio moat/python (lower is better)."""
import argparse
import pathlib
import statistics
import subprocess
import time


def median_time(cmd, cwd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--moat", required=True)
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("programs")
    args = parser.parse_args()
    print(f"{'program':<24}{'python (s)':>12}{'moat (s)':>12}{'ratio':>8}")
    for program in sorted(pathlib.Path(args.programs).glob("*.py")):
        py = median_time([args.python, program.name], program.parent, args.runs)
        mo = median_time([args.moat, "run", program.name], program.parent, args.runs)
        print(f"{program.stem:<24}{py:>12.3f}{mo:>12.3f}{mo / py:>8.2f}")


if __name__ == "__main__":
    main()
