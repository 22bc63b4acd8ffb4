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

p = argparse.ArgumentParser(prog="ae")
p.add_argument("--x")
attempts = [
    (("--x",), {}),
    (("-y", "--x"), {}),
    (("pos",), {"dest": "d"}),
    (("pos",), {"required": True}),
    (("--s",), {"action": "store", "nargs": 0}),
    (("--s",), {"nargs": 2, "const": 1}),
    (("--a",), {"action": "append", "nargs": 0}),
    (("--a",), {"action": "append", "const": 1}),
    (("--t",), {"action": "nonsense"}),
    (("--t",), {"type": "nonsense"}),
    (("--t",), {"type": argparse.FileType}),
    (("--t",), {"nargs": "x"}),
    (("--t",), {"nargs": 2, "metavar": ("A", "B", "C")}),
    (("--t",), {"nargs": "+", "metavar": ("A", "B", "C")}),
    (("x", "y"), {}),
    (("--",), {}),
    (("-",), {}),
    (("--t",), {"action": "store_true", "type": int}),
    (("--t",), {"action": "count", "nargs": 1}),
    (("--t",), {"bogus": 1}),
    (("--t",), {"action": "version", "nargs": 1}),
    ((), {}),
]
for args, kwargs in attempts:
    try:
        p.add_argument(*args, **kwargs)
        print("ok", args, kwargs)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser(conflict_handler="explode")
except ValueError as e:
    print("ValueError", e)
print([a.dest for a in p._actions])
import re

twice = argparse.ArgumentParser(prog="twice", add_help=False)
twice.add_argument_group("same")
twice.add_argument_group("same")
try:
    twice._add_container_actions(argparse.ArgumentParser(add_help=False))
except ValueError as e:
    print("ValueError", e)
try:
    argparse.ArgumentParser(prog="merge", parents=[twice])
    print("merged")
except ValueError as e:
    print("ValueError", e)
lonely = argparse.ArgumentParser(prog="lonely")
lonely.add_mutually_exclusive_group()
try:
    lonely.format_usage()
except ValueError as e:
    print("ValueError", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
