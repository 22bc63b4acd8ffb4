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


p = argparse.ArgumentParser(prog="dc")
p.add_argument("--n", type=int, default="10")
p.add_argument("--m", type=int, default=10.5)
p.add_argument("--s", default="x", type=str.upper)
p.add_argument("--bad", type=int, default="oops")
p.add_argument("--lst", nargs="*", type=int, default="7")
p.add_argument("pos", nargs="?", type=int, default="5")
run(p, ["--bad", "1"])
run(p, ["--n", "3", "--bad", "2", "4"])
run(p, [])
p.set_defaults(extra=1, n="20")
run(p, ["--bad", "0"])
print(p.get_default("n"), p.get_default("extra"), p.get_default("missing"))
q = argparse.ArgumentParser(prog="dc2", argument_default=argparse.SUPPRESS)
q.add_argument("--a")
q.add_argument("--b", default=2)
run(q, [])
run(q, ["--a", "1"])
r = argparse.ArgumentParser(prog="dc3", argument_default=0)
r.add_argument("--a")
r.add_argument("b", nargs="?")
run(r, [])
