#!/usr/bin/env python3
"""Issue 4, point 5: the same program gives the same run every time.

Runs each program --runs times (default RUNS) (several at once, so address-space layout and
malloc differ between runs) with `moat run --stats --timeout none`, plus the
flags of its `# args:` header line, and requires every run to match the
first: exit status, stdout, stderr, and every --stats figure except wall_ms.

The programs: the benchmark programs (bench/programs/), a dozen of the
larger conformance programs, and the programs in tests/limits/determinism/
(sets of user instances, many objects and collections, runs that end at a
limit)."""
import argparse
import concurrent.futures
import json
import os
import pathlib
import shlex
import subprocess
import sys

RUNS = 10

# Larger conformance programs (conformance/cases/programs*/): classes,
# dicts, closures, generators and string building in one run each.
CONFORMANCE_PROGRAMS = [
    "programs_more/mini_language_interpreter.py",
    "programs_more/register_vm.py",
    "programs_more/expr_parser_evaluator.py",
    "programs_more/spreadsheet_cells.py",
    "programs_more/polynomial_class.py",
    "programs_more/undo_redo_editor.py",
    "programs_more/continued_fractions.py",
    "programs_more/library_checkout.py",
    "programs_more/graph_search.py",
    "programs_more/bank_simulation.py",
    "programs_more/matrix_class.py",
    "programs_more/event_scheduler_heap.py",
]


def header_args(path):
    args = []
    for line in path.read_text().splitlines():
        if line.startswith("# args: "):
            args += shlex.split(line[len("# args: "):])
    return args


def run_once(moat, path):
    cmd = [moat, "run", "--stats", "--timeout", "none", *header_args(path), path.name]
    proc = subprocess.run(cmd, cwd=path.parent, capture_output=True)
    lines = proc.stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
    try:
        stats = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        stats = None
    if isinstance(stats, dict):
        stats.pop("wall_ms", None)
        lines = lines[:-1]
    return {"exit": proc.returncode, "stdout": proc.stdout,
            "stderr": "\n".join(lines), "stats": stats}


def describe_difference(first, other):
    notes = []
    for key in ("exit", "stats"):
        if first[key] != other[key]:
            notes.append(f"{key}: {first[key]!r} vs {other[key]!r}")
    if first["stdout"] != other["stdout"]:
        a, b = first["stdout"], other["stdout"]
        at = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
        notes.append(f"stdout differs at byte {at}: {a[at:at + 80]!r} vs {b[at:at + 80]!r}")
    if first["stderr"] != other["stderr"]:
        notes.append(f"stderr: {first['stderr'][-300:]!r} vs {other['stderr'][-300:]!r}")
    return "; ".join(notes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moat", required=True)
    parser.add_argument("--source-dir", required=True, help="the repository root")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    # A sanitizer build runs several times slower: ctest gives it fewer runs.
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    args.moat = str(pathlib.Path(args.moat).resolve())
    root = pathlib.Path(args.source_dir)
    programs = sorted((root / "bench" / "programs").glob("*.py"))
    programs += [root / "conformance" / "cases" / name for name in CONFORMANCE_PROGRAMS]
    programs += sorted((root / "tests" / "limits" / "determinism").glob("*.py"))
    missing = [str(p) for p in programs if not p.is_file()]
    if missing:
        print("programs not found (renamed? update check_determinism.py):", *missing, sep="\n  ")
        return 1

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {p: [pool.submit(run_once, args.moat, p) for _ in range(args.runs)]
                   for p in programs}
        results = {p: [f.result() for f in fs] for p, fs in futures.items()}

    failures = 0
    for path, runs in results.items():
        name = path.relative_to(root)
        first = runs[0]
        if first["stats"] is None:
            print(f"FAIL {name}: no --stats line (exit {first['exit']})\n{first['stderr'][-500:]}")
            failures += 1
            continue
        if first["exit"] < 0:
            print(f"FAIL {name}: killed by signal {-first['exit']}")
            failures += 1
            continue
        differing = [(i, r) for i, r in enumerate(runs) if r != first]
        if differing:
            failures += 1
            i, other = differing[0]
            print(f"FAIL {name}: {len(differing)} of {args.runs - 1} runs differ from the first; "
                  f"run {i}: {describe_difference(first, other)}")
        else:
            s = first["stats"]
            print(f"ok   {name}: exit {first['exit']}, {s['instructions']} instructions, "
                  f"peak {s['peak_memory_bytes']} bytes, {s['allocations']} allocations, "
                  f"limit {s['limit']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
