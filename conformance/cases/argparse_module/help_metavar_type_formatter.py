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

p = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument("--count", type=int, help="how many")
p.add_argument("--ratio", type=float)
p.add_argument("name", type=str)
p.add_argument("values", type=int, nargs="+")
p.print_help()
q = argparse.ArgumentParser(prog="mt2", formatter_class=argparse.MetavarTypeHelpFormatter)
q.add_argument("--x")
try:
    q.format_help()
except AttributeError as e:
    print("AttributeError", e)
