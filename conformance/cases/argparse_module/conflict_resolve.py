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

p = argparse.ArgumentParser(prog="cr", conflict_handler="resolve")
p.add_argument("-f", "--foo", help="old foo")
p.add_argument("--foo", help="new foo")
p.add_argument("-h", "--host", help="host name")
p.print_help()
run(p, ["-f", "1", "--foo", "2", "-h", "x"])
q = argparse.ArgumentParser(prog="ce")
q.add_argument("-f", "--foo")
try:
    q.add_argument("--foo", "-f")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    q.add_argument("-f")
except argparse.ArgumentError as e:
    print("ArgumentError", e, repr(e.argument_name), repr(e.message))
