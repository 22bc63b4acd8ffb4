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

p = argparse.ArgumentParser(prog="git")
p.add_argument("-C", metavar="path")
sub = p.add_subparsers(title="commands", description="valid commands",
                       dest="cmd", required=True, metavar="COMMAND")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
s = sub.add_parser("status")
s.add_argument("-s", "--short", action="store_true")
run(p, [])
run(p, ["commit"])
run(p, ["commit", "-m", "msg", "--amend"])
run(p, ["-C", "dir", "status", "-s"])
run(p, ["status", "--bogus"])
run(p, ["bogus"])
p.print_help()
c.print_help()
print(c.prog, s.prog)
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.add_subparsers()
except SystemExit as e:
    print("exit", e.code)
    print(err.getvalue(), end="")
