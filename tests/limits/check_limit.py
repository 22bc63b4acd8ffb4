#!/usr/bin/env python3
"""Runs one denial-of-service script under `moat run --stats` and checks that
moat ends it the way the script's header says (tests/limits/README.md):

  # args: --max-output 1M          extra flags for `moat run` (optional)
  # limit: instructions            the limit that must end the run: exit 3,
                                   a `LimitExceeded:` line at the end of the
                                   traceback, and "limit": "instructions" in
                                   the --stats line. `a|b` accepts either.
  # limit: none                    the run must end by itself (limit null)
  # exit: 1                        its exit status (default 0; only with none)
  # expect-error: <line>           the traceback's last line, exactly
  # expect-error-prefix: <text>    ... or how that line starts
  # stdin: open | endless | endless-line
                                   standard input: a pipe that stays open with
                                   nothing written, one fed lines without
                                   end, or one fed a single line that never
                                   ends (default: empty)
  # expect-output: <line>          one line of stdout; stdout must be exactly
                                   these lines (none: empty), except after
                                   the output limit, where it must be no
                                   more than the limit allows.
  # sanitized-expect-output: <line>
                                   stdout instead, in a sanitizer build
                                   (--sanitized), where larger C++ frames meet
                                   the native stack's backstop sooner.

Unless the header passes --timeout, the run gets `--timeout none`: the wall
clock is the one limit that is not deterministic, and a loaded machine must
not change which limit fires. A process killed by a signal, or still running
after the ctest TIMEOUT, fails the test. There is no timing assertion."""
import argparse
import json
import pathlib
import shlex
import subprocess
import threading
import time
import sys

EXIT_LIMIT = 3


def parse_header(path):
    spec = {"args": [], "limit": None, "exit": None, "error": None,
            "error_prefix": None, "output": [], "sanitized_output": None, "stdin": None}
    for line in path.read_text().splitlines():
        if not line.startswith("# "):
            continue
        key, sep, value = line[2:].partition(": ")
        if not sep:
            continue
        if key == "args":
            spec["args"] += shlex.split(value)
        elif key == "limit":
            spec["limit"] = value.strip()
        elif key == "exit":
            spec["exit"] = int(value)
        elif key == "expect-error":
            spec["error"] = value
        elif key == "expect-error-prefix":
            spec["error_prefix"] = value
        elif key == "expect-output":
            spec["output"].append(value)
        elif key == "sanitized-expect-output":
            spec["sanitized_output"] = (spec["sanitized_output"] or []) + [value]
        elif key == "stdin":
            if value not in ("open", "endless", "endless-line"):
                raise SystemExit(
                    f"{path.name}: '# stdin:' is 'open', 'endless' or 'endless-line'")
            spec["stdin"] = value
    if spec["limit"] is None:
        raise SystemExit(f"{path.name}: no '# limit:' line in the header")
    return spec


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if text[-1:].upper() in units:
        return int(text[:-1]) * units[text[-1:].upper()]
    return int(text)


def flag_value(args, name):
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg[len(name) + 1:]
    return None


def run_with_stdin(cmd, cwd, stdin):
    """Runs moat with its stdin: empty (None), a pipe held open with nothing
    written ('open': input that never comes), a pipe fed lines until moat
    exits ('endless') or fed one line without a newline ('endless-line')."""
    if stdin is None:
        return subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True)
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    captured = {}
    readers = [threading.Thread(target=lambda n=n, f=f: captured.__setitem__(n, f.read()))
               for n, f in (("out", proc.stdout), ("err", proc.stderr))]
    for r in readers:
        r.start()
    chunk = (b"1234567890 " * 9 + b"\n") * 1000
    if stdin == "endless-line":
        chunk = b"1234567890" * 10000
    try:
        while proc.poll() is None:
            if stdin != "open":
                proc.stdin.write(chunk)
            else:
                time.sleep(0.05)
    except (BrokenPipeError, OSError):
        pass
    proc.wait()
    try:
        proc.stdin.close()
    except (BrokenPipeError, OSError):
        pass
    for r in readers:
        r.join()
    return subprocess.CompletedProcess(cmd, proc.returncode, captured["out"], captured["err"])


def check(args, path, spec):
    """Returns a list of failures (empty when the run behaved)."""
    clock = [] if flag_value(spec["args"], "--timeout") else ["--timeout", "none"]
    cmd = [args.moat, "run", "--stats", *clock, *spec["args"], path.name]
    proc = run_with_stdin(cmd, path.parent, spec["stdin"])
    stderr = proc.stderr.decode("utf-8", "replace")
    stdout = proc.stdout.decode("utf-8", "replace")
    lines = stderr.rstrip("\n").splitlines()
    context = (f"command: {shlex.join(cmd)}\nexit: {proc.returncode}\n"
               f"stderr tail:\n" + "\n".join(lines[-6:]) +
               f"\nstdout head: {stdout[:300]!r}")
    if proc.returncode < 0:
        return [f"moat was killed by signal {-proc.returncode}", context]
    failures = []
    try:
        stats = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        stats = None
    if not isinstance(stats, dict) or "limit" not in stats:
        return ["the last stderr line is not the --stats JSON line", context]
    # The traceback's last line: the stats line and moat's own hint about
    # which flag raises the limit come after it.
    body = [l for l in lines[:-1] if not l.startswith("moat: ")]
    error_line = body[-1] if body else ""

    limit = spec["limit"]
    if limit == "none":
        want_exit = spec["exit"] if spec["exit"] is not None else 0
        if stats["limit"] is not None:
            failures.append(f"limit {stats['limit']!r} ended a run that must finish")
        if proc.returncode != want_exit:
            failures.append(f"exit status {proc.returncode}, expected {want_exit}")
    else:
        names = limit.split("|")
        if proc.returncode != EXIT_LIMIT:
            failures.append(f"exit status {proc.returncode}, expected {EXIT_LIMIT} (a limit)")
        if stats["limit"] not in names:
            failures.append(f"--stats limit {stats['limit']!r}, expected {limit!r}")
        if not error_line.startswith("LimitExceeded:"):
            failures.append(f"traceback ends with {error_line!r}, not a LimitExceeded: line")
    if spec["error"] is not None and error_line != spec["error"]:
        failures.append(f"traceback ends with {error_line!r}, expected {spec['error']!r}")
    if spec["error_prefix"] is not None and not error_line.startswith(spec["error_prefix"]):
        failures.append(f"traceback ends with {error_line!r}, "
                        f"expected it to start with {spec['error_prefix']!r}")

    if limit == "output":
        max_output = flag_value(spec["args"], "--max-output")
        allowed = parse_size(max_output) if max_output else 16 << 20
        if len(proc.stdout) > allowed:
            failures.append(f"wrote {len(proc.stdout)} bytes past an output limit of {allowed}")
        if stats["output_bytes"] != len(proc.stdout):
            failures.append(f"--stats output_bytes {stats['output_bytes']} but "
                            f"{len(proc.stdout)} bytes reached stdout")
    elif stdout.splitlines() != spec["output"]:
        failures.append(f"stdout {stdout.splitlines()[:10]!r}, expected {spec['output']!r}")
    if failures:
        failures.append(context)
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moat", required=True)
    parser.add_argument("--sanitized", action="store_true",
                        help="moat is a sanitizer build (MOAT_SANITIZE)")
    parser.add_argument("script")
    args = parser.parse_args()
    args.moat = str(pathlib.Path(args.moat).resolve())
    path = pathlib.Path(args.script).resolve()
    spec = parse_header(path)
    if args.sanitized and spec["sanitized_output"] is not None:
        spec["output"] = spec["sanitized_output"]
    failures = check(args, path, spec)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
