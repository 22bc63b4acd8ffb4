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

p = argparse.ArgumentParser(prog="mv")
p.add_argument("--pt", nargs=2, metavar=("X", "Y"), help="a point")
p.add_argument("--star", nargs="*", metavar=("A", "B"))
p.add_argument("--plus", nargs="+")
p.add_argument("--opt", nargs="?", metavar="O")
p.add_argument("--rem", nargs=argparse.REMAINDER)
p.add_argument("--three", nargs=3)
p.add_argument("--choice", choices=("x", "y"), metavar="XY")
p.add_argument("-s", "--same", dest="other")
p.add_argument("pos_star", nargs="*")
p.add_argument("pos_plus", nargs="+", metavar="P")
p.print_help()
