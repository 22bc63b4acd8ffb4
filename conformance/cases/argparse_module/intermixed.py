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

p = argparse.ArgumentParser(prog="im")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_known_args("doit 1 --foo bar 2 3".split()))
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_intermixed_args("doit 1 --foo bar 2 --x 3".split()))
run(p, "doit 1 --foo bar 2 --zz".split(), "parse_intermixed_args")
run(p, ["--foo", "x"], "parse_intermixed_args")
print(p.usage)
q = argparse.ArgumentParser(prog="im2")
q.add_argument("a", nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
r = argparse.ArgumentParser(prog="im3")
g = r.add_mutually_exclusive_group()
g.add_argument("b", nargs="?")
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
s = argparse.ArgumentParser(prog="im4")
s.add_argument("--req", required=True)
s.add_argument("pos", nargs="+")
run(s, ["a", "--req", "r", "b"], "parse_intermixed_args")
run(s, ["a", "b"], "parse_intermixed_args")
