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

root = argparse.ArgumentParser(prog="app")
root.add_argument("file")
level1 = root.add_subparsers(dest="area")
db = level1.add_parser("db")
level2 = db.add_subparsers(dest="action")
mig = level2.add_parser("migrate", help="run migrations")
mig.add_argument("--to", type=int)
level2.add_parser("reset")
run(root, ["f", "db", "migrate", "--to", "3"])
run(root, ["f", "db", "reset"])
run(root, ["f", "db"])
run(root, ["f"])
print(mig.prog)
mig.print_usage()
db.print_help()
ns, extra = root.parse_known_args(["f", "db", "reset", "--unknown", "z"])
print(ns, extra)
try:
    level2.add_parser("reset")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    level2.add_parser("other", aliases=["migrate"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
