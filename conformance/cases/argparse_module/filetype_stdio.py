import argparse
import contextlib
import io


def run(parser, args, method="parse_args"):
    """Parse args; print the namespace, or what went to stdout/stderr and the exit code."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = getattr(parser, method)(args)
    except SystemExit as e:
        print("exit", e.code)
        print(out.getvalue() + err.getvalue(), end="")
        return None
    print(result)
    return result

import sys

p = argparse.ArgumentParser(prog="ft")
p.add_argument("--input", type=argparse.FileType("r"), default="-")
p.add_argument("--output", type=argparse.FileType("w"))
ns = p.parse_args(["--output", "-"])
print(ns.input is sys.stdin, ns.output is sys.stdout)
try:
    argparse.FileType("q")("-")
except ValueError as e:
    print("ValueError", e)
p.print_help()
