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

p = argparse.ArgumentParser(prog="mxw")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--first-choice-option", metavar="X")
g.add_argument("--second-choice-option", metavar="Y")
g.add_argument("--third", action="store_true")
h = p.add_mutually_exclusive_group()
h.add_argument("--quiet", action="store_true")
h.add_argument("--loud", action="store_true")
p.add_argument("--alpha-beta-gamma-delta", metavar="VALUE")
p.add_argument("inputs", nargs="+")
p.print_help()
q = argparse.ArgumentParser(prog="single")
k = q.add_mutually_exclusive_group(required=True)
k.add_argument("--only")
q.print_usage()
