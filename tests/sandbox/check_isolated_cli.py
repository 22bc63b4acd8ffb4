#!/usr/bin/python3.11
"""Run scripts with `moat run --isolated --stats` and without, and require the same result.

    check_isolated_cli.py --moat PATH [--every N] SCRIPT_OR_DIR...

For each script (flags from a `# moat-args: ...` line at its top, and its `<name>.stdin` as
standard input if there is one; a directory stands for every .py below it, sorted; --every N
keeps every Nth of those) both runs happen in the script's folder and must
give byte-identical stdout, stderr and exit status, and the same --stats
figures but wall_ms. An isolated run that the wall stops (a system call the
seccomp filter does not allow, exit status 4) shows up as a difference, so
a sweep over the conformance cases checks that the filter allows everything
the VM really calls. Prints the differences and exits 1 if there are any.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

TIMEOUT = 120  # seconds per run; only guards against a hang


def extra_args(script):
    """The flags a `# moat-args: ...` line near the top of the script asks for."""
    for line in script.read_text(errors="replace").splitlines()[:5]:
        if line.startswith("# moat-args:"):
            return line.split(":", 1)[1].split()
    return []


def run(moat, script, isolated):
    args = [moat, "run", "--stats"] + (["--isolated"] if isolated else [])
    args += extra_args(script) + [script.name]
    # The script's `<name>.stdin` as standard input, as conformance/check.py gives it.
    stdin_file = script.with_suffix(".stdin")
    stdin = ({"input": stdin_file.read_bytes()} if stdin_file.exists()
             else {"stdin": subprocess.DEVNULL})
    proc = subprocess.run(args, cwd=script.parent, capture_output=True, timeout=TIMEOUT,
                          **stdin)
    err = proc.stderr.decode("utf-8", "replace")
    # --stats is the last stderr line; wall_ms alone may differ.
    body, _, stats_line = err.rstrip("\n").rpartition("\n")
    try:
        stats = json.loads(stats_line)
        stats.pop("wall_ms", None)
    except ValueError:
        body, stats = err, None
    return proc.stdout, body, proc.returncode, stats


def scripts_of(paths, every):
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.rglob("*.py"))
            yield from found[::every]
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--moat", required=True)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("paths", nargs="+")
    opts = ap.parse_args()
    moat = os.path.abspath(opts.moat)
    failures = 0
    count = 0
    for script in scripts_of(opts.paths, opts.every):
        script = script.resolve()
        count += 1
        plain = run(moat, script, isolated=False)
        isolated = run(moat, script, isolated=True)
        if plain != isolated:
            failures += 1
            print(f"{script}: differs under --isolated")
            for name, a, b in zip(("stdout", "stderr", "status", "stats"), plain, isolated):
                if a != b:
                    show = lambda v: v[-400:] if isinstance(v, (str, bytes)) else v
                    print(f"  {name}: plain {show(a)!r}\n  {'':{len(name)}}  isolated {show(b)!r}")
    if failures:
        print(f"{failures} of {count} scripts differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
