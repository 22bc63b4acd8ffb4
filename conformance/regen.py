#!/usr/bin/python3.11
"""Regenerate the expected output of every conformance case from CPython 3.11.

Run it with Debian's interpreter, never the pyenv one that is first on PATH:

    /usr/bin/python3.11 conformance/regen.py            # every case
    /usr/bin/python3.11 conformance/regen.py cases/ints  # one folder (or files)
    /usr/bin/python3.11 conformance/regen.py --check     # write nothing; exit 1 if
                                                          # any expected file would change

For each `cases/<feature>/<name>.py` the case is run as `python3.11 <name>.py` with the
case's folder as working directory and PYTHONHASHSEED=0 (and, when there is a
`<name>.stdin` beside it, that file as standard input; otherwise an empty one), and this
writes

    <name>.expected      the exact stdout bytes;
    <name>.expected_err  only when the exit status is not 0: the exit status on the first
                         line and the last line of stderr (`Type: message`) on the second;
    <name>.expected_traceback
                         only for a failing case in a folder of FULL_STDERR (`tracebacks`,
                         `logging_module`, `checklist_probe`, `programs_mix`,
                         `programs_sweep8`, `programs_sweep9`, `programs_sweep10`,
                         `programs_sweep11`, `programs_sweep12`, `programs_sweep13`,
                         `programs_sweep14`, `programs_sweep15`, `programs_sweep17`,
                         `programs_round39`, `argparse_module`, `error_messages_round15`,
                         `errors_round39`): the whole stderr, with each
                         `File "..."` path and each warning's path cut to its file name.

Expected files are never edited by hand. The one exception is `sandbox_cases/`, whose
behaviour is moat's own policy and which this script does not touch.

A case fails regeneration (and nothing is written for it) when CPython needs more than
TIMEOUT seconds or when its output shows a memory address, since neither can be matched,
or the case's folder path outside the compared stderr, which would tie it to this tree.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
PYTHON = "/usr/bin/python3.11"
TIMEOUT = 10  # seconds
ADDRESS = re.compile(rb" at 0x[0-9a-fA-F]+>")  # <function f at 0x7f...>
# Folders whose failing cases compare the whole traceback, not only its last line.
FULL_STDERR = {"tracebacks", "logging_module", "checklist_probe", "programs_mix",
               "programs_sweep8", "programs_sweep9", "programs_sweep10",
               "programs_sweep11", "programs_sweep12", "programs_sweep13",
               "programs_sweep14", "programs_sweep15", "programs_sweep17",
               "programs_round39",
               "argparse_module", "error_messages_round15", "errors_round39"}
FILE_PATH = re.compile(r'File "[^"]*/([^"/]+)"')
# A warning's report starts with its file's path: `/.../case.py:6: UserWarning: ...`.
WARNING_PATH = re.compile(r"^/[^\n:]*/([^/\n:]+:\d+: )", re.MULTILINE)


def traceback_text(data):
    """stderr with the folders of `File "..."` paths and of warnings' paths cut off (they
    differ per machine); check.py applies the same to moat's stderr."""
    text = FILE_PATH.sub(r'File "\1"', data.decode("utf-8", "replace"))
    return WARNING_PATH.sub(r"\1", text)


def case_env():
    """The environment a case runs in: ours, minus anything that changes CPython's
    behaviour, plus a fixed hash seed, UTF-8 I/O and moat's terminal size (moat has
    no terminal: argparse lays help out for 80 columns, shutil.get_terminal_size()'s
    fallback, which a COLUMNS set in our environment would override)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONUTF8"] = "1"
    env["COLUMNS"] = "80"
    env["LINES"] = "24"
    return env


def case_stdin(path):
    """What the case reads as standard input: its sibling `<name>.stdin` file, or
    nothing (an empty input). check.py hands moat the same."""
    stdin_file = path.with_suffix(".stdin")
    if stdin_file.exists():
        return {"input": stdin_file.read_bytes()}
    return {"stdin": subprocess.DEVNULL}


def last_line(data):
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def run_case(path):
    """Run one case under CPython; return (stdout, expected_err text or None,
    expected_traceback text or None)."""
    proc = subprocess.run(
        [PYTHON, path.name],
        cwd=path.parent,
        env=case_env(),
        **case_stdin(path),
        capture_output=True,
        timeout=TIMEOUT,
    )
    err = traceback = None
    if proc.returncode != 0:
        err = f"{proc.returncode}\n{last_line(proc.stderr)}\n"
        if path.parent.name in FULL_STDERR:
            traceback = traceback_text(proc.stderr)
    elif proc.stderr:
        # A SyntaxWarning or similar: the case is sloppy even though it passes.
        raise ValueError(f"exit status 0 but stderr is not empty: {last_line(proc.stderr)}")
    for stream in (proc.stdout, proc.stderr):
        if ADDRESS.search(stream):
            raise ValueError("output contains a memory address")
    # Paths are cut from the compared stderr only; anywhere else they would
    # tie the expected files to the tree that made them.
    folder = os.fsencode(path.parent)
    for text in (proc.stdout, os.fsencode(err or "")):
        if folder in text:
            raise ValueError("output contains the case's folder path (print tracebacks to "
                             "stderr and fail, in a FULL_STDERR folder)")
    return proc.stdout, err, traceback


def collect(args):
    if not args:
        return sorted(CASES.rglob("*.py"))
    found = []
    for arg in args:
        p = Path(arg).resolve()
        found.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    return found


def sync(path, data, check):
    """Make `path` hold `data` (None: not exist). Return True if it differed."""
    old = path.read_bytes() if path.exists() else None
    if old == data:
        return False
    if not check:
        if data is None:
            path.unlink()
        else:
            path.write_bytes(data)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any expected file would change")
    ap.add_argument("paths", nargs="*", help="case files or folders (default: cases/)")
    opts = ap.parse_args()

    cases = collect(opts.paths)
    failed, changed = [], []
    # Cases are independent processes; run several at once, record results in order.
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = [pool.submit(run_case, case) for case in cases]
    for case, future in zip(cases, futures):
        rel = case.relative_to(HERE)
        try:
            out, err, traceback = future.result()
        except subprocess.TimeoutExpired:
            failed.append(f"{rel}: CPython took more than {TIMEOUT} s")
            continue
        except ValueError as e:
            failed.append(f"{rel}: {e}")
            continue
        for suffix, data in ((".expected", out),
                             (".expected_err", err.encode() if err else None),
                             (".expected_traceback", traceback.encode() if traceback else None)):
            target = case.with_suffix(suffix)
            if sync(target, data, opts.check):
                changed.append(str(target.relative_to(HERE)))

    # Expected files whose case was deleted or renamed.
    if not opts.paths:
        for stale in sorted(CASES.rglob("*.expected*")):
            if not stale.with_suffix(".py").exists():
                changed.append(f"{stale.relative_to(HERE)} (stale)")
                if not opts.check:
                    stale.unlink()

    verb = "would change" if opts.check else "changed"
    for name in changed:
        print(f"{verb}: {name}")
    for msg in failed:
        print(f"FAILED: {msg}", file=sys.stderr)
    print(f"{len(cases)} cases, {len(changed)} files {verb}, {len(failed)} failed")
    if failed or (opts.check and changed):
        sys.exit(1)


if __name__ == "__main__":
    main()
