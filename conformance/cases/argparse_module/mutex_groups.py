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

p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true")
g.add_argument("-b", action="store_true")
g.add_argument("--cc", type=int, default=3)
run(p, ["-a"])
run(p, ["-a", "-b"])
run(p, ["-b", "--cc", "4"])
run(p, ["--cc", "3", "-a"])
run(p, ["-ab"])
p.print_help()
r = argparse.ArgumentParser(prog="mx2")
h = r.add_mutually_exclusive_group(required=True)
h.add_argument("--on", action="store_true", help="turn on")
h.add_argument("--off", action="store_true", help="turn off")
h.add_argument("--hidden", action="store_true", help=argparse.SUPPRESS)
r.add_argument("name", nargs="?")
run(r, [])
run(r, ["--on"])
run(r, ["--off", "--on"])
r.print_help()
try:
    h.add_argument("--must", required=True)
except ValueError as e:
    print("ValueError", e)
