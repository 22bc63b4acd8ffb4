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

p = argparse.ArgumentParser(prog="misc")
p.add_argument("--dry-run", action="store_true")
p.add_argument("--log-level", dest="level", default="info")
p.add_argument("--quiet", nargs=argparse.SUPPRESS)
p.add_argument("--items", action="append", default=["x"])
p.add_argument("--lst", default=[1, 2], type=int, nargs="+")
run(p, ("--dry-run", "--log-level", "debug"))
run(p, ["--quiet"])
run(p, ["--quiet", "extra"])
defaults = p.get_default("items")
ns = run(p, ["--items", "y"])
print(defaults, ns.items is defaults)
run(p, [])
p.print_help()
print(p.parse_args(["--lst", "3"]).lst, p.parse_args([]).lst)
q = argparse.ArgumentParser(prog="dest-order")
q.add_argument("b")
q.add_argument("--z", default=0)
q.add_argument("a")
q.set_defaults(m=1)
ns = q.parse_args(["1", "2"])
print(ns, list(vars(ns)))
print(q.parse_known_args(["1", "2", "3", "-q"], namespace=argparse.Namespace(a="pre", y=2)))
r = argparse.ArgumentParser(prog="r", usage="%(prog)s [-h] -- see %(prog)s")
r.add_argument("--x", required=True, help="needed")
r.print_help()
run(r, [])
run(r, ["--x"])
run(r, ["--x", "--x"])
