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


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


class Pair:
    def __init__(self, text):
        self.a, self.b = text.split(",")

    def __repr__(self):
        return "Pair(%s,%s)" % (self.a, self.b)


def boom(text):
    raise KeyError(text)


p = argparse.ArgumentParser(prog="ty")
p.add_argument("--n", type=positive)
p.add_argument("--p", type=Pair)
p.add_argument("--f", type=float)
p.add_argument("--l", type=lambda s: s.upper())
run(p, ["--n", "4", "--p", "1,2", "--f", "2.5", "--l", "abc"])
run(p, ["--n", "0"])
run(p, ["--n", "x"])
run(p, ["--p", "nocomma"])
run(p, ["--f", "1e"])
q = argparse.ArgumentParser(prog="ty2")
q.add_argument("--k", type=boom)
try:
    q.parse_args(["--k", "z"])
except KeyError as e:
    print("KeyError", e)
