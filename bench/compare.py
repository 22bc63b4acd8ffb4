#!/usr/bin/env python3
"""Times each bench program under python3.11 and under moat in one run, and
prints the median CPU time (user + system) of each with these ratios:

  moat/py   moat with its default limits against python3.11 (lower is better)
  limits    moat with its default limits against the same moat binary with
            every limit lifted (--max-instructions none ...): the cost of
            checking the budgets (1.00 = free)
  counting  only with --uncounted: moat against a build configured with
            -DMOAT_UNCOUNTED_DISPATCH=ON, whose loop does not count the
            instructions it runs: the cost of counting them

The runs of one program are interleaved (python, moat, no limits, uncounted,
then again), so a change in the machine's load falls on every column alike;
CPU time rather than wall time, since other work on a shared machine delays
a run more than it makes it work more.
Every program's output must be identical under both interpreters."""
import argparse
import pathlib
import resource
import statistics
import subprocess

NO_LIMITS = ["--max-instructions", "none", "--max-memory", "none",
             "--max-output", "none", "--timeout", "none"]


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd, cwd):
    """The CPU time of one run of cmd (a child waited for), and its output."""
    start = cpu_seconds()
    proc = subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    return cpu_seconds() - start, proc.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--moat", required=True)
    parser.add_argument("--uncounted", help="a moat built with -DMOAT_UNCOUNTED_DISPATCH=ON")
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("programs")
    args = parser.parse_args()
    moat = str(pathlib.Path(args.moat).resolve())
    columns = {
        "python": lambda name: [args.python, name],
        "moat": lambda name: [moat, "run", name],
        "free": lambda name: [moat, "run", *NO_LIMITS, name],
    }
    if args.uncounted:
        uncounted = str(pathlib.Path(args.uncounted).resolve())
        columns["uncounted"] = lambda name: [uncounted, "run", name]

    header = f"{'program':<16}{'python (s)':>11}{'moat (s)':>10}{'no limits':>11}"
    if args.uncounted:
        header += f"{'uncounted':>11}"
    header += f"{'moat/py':>9}{'limits':>8}"
    if args.uncounted:
        header += f"{'counting':>10}"
    print(header)
    ratios = {"moat/py": [], "limits": [], "counting": []}
    for program in sorted(pathlib.Path(args.programs).glob("*.py")):
        times = {column: [] for column in columns}
        outputs = {}
        for _ in range(args.runs):
            for column, command in columns.items():
                seconds, out = timed(command(program.name), program.parent)
                times[column].append(seconds)
                outputs[column] = out
        if any(out != outputs["python"] for out in outputs.values()):
            print(f"{program.stem}: output differs from python3.11")
        m = {column: statistics.median(t) for column, t in times.items()}
        row = f"{program.stem:<16}{m['python']:>11.3f}{m['moat']:>10.3f}{m['free']:>11.3f}"
        if args.uncounted:
            row += f"{m['uncounted']:>11.3f}"
        ratios["moat/py"].append(m["moat"] / m["python"])
        ratios["limits"].append(m["moat"] / m["free"])
        row += f"{m['moat'] / m['python']:>9.2f}{m['moat'] / m['free']:>8.3f}"
        if args.uncounted:
            ratios["counting"].append(m["moat"] / m["uncounted"])
            row += f"{m['moat'] / m['uncounted']:>10.3f}"
        print(row)
    footer = f"{'median':<16}{'':>11}{'':>10}{'':>11}"
    if args.uncounted:
        footer += f"{'':>11}"
    footer += (f"{statistics.median(ratios['moat/py']):>9.2f}"
               f"{statistics.median(ratios['limits']):>8.3f}")
    if args.uncounted:
        footer += f"{statistics.median(ratios['counting']):>10.3f}"
    print(footer)


if __name__ == "__main__":
    main()
