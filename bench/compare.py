#!/usr/bin/env python3
"""Times each bench program under python3.11 and under moat in one run, and
prints the median wall time of each with two ratios:

  moat/py   moat with its default limits against python3.11 (lower is better)
  limits    moat with its default limits against the same moat binary with
            every limit lifted (--max-instructions none ...): the cost of
            counting and checking the budgets (1.00 = free)

Every program's output must be identical under both interpreters."""
import argparse
import pathlib
import statistics
import subprocess
import time

NO_LIMITS = ["--max-instructions", "none", "--max-memory", "none",
             "--max-output", "none", "--timeout", "none"]


def median_time(cmd, cwd, runs):
    times = []
    output = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        output = proc.stdout
    return statistics.median(times), output


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--moat", required=True)
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("programs")
    args = parser.parse_args()
    args.moat = str(pathlib.Path(args.moat).resolve())
    print(f"{'program':<16}{'python (s)':>11}{'moat (s)':>10}{'no limits':>11}"
          f"{'moat/py':>9}{'limits':>8}")
    ratios, costs = [], []
    for program in sorted(pathlib.Path(args.programs).glob("*.py")):
        cwd = program.parent
        py, py_out = median_time([args.python, program.name], cwd, args.runs)
        mo, mo_out = median_time([args.moat, "run", program.name], cwd, args.runs)
        free, _ = median_time([args.moat, "run", *NO_LIMITS, program.name], cwd, args.runs)
        if mo_out != py_out:
            print(f"{program.stem}: output differs from python3.11")
        ratios.append(mo / py)
        costs.append(mo / free)
        print(f"{program.stem:<16}{py:>11.3f}{mo:>10.3f}{free:>11.3f}"
              f"{mo / py:>9.2f}{mo / free:>8.3f}")
    print(f"{'median':<16}{'':>11}{'':>10}{'':>11}"
          f"{statistics.median(ratios):>9.2f}{statistics.median(costs):>8.3f}")


if __name__ == "__main__":
    main()
