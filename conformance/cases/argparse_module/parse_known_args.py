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

p = argparse.ArgumentParser(prog="pk")
p.add_argument("--a", type=int)
p.add_argument("x")
print(p.parse_known_args(["1", "--b", "2", "--a", "3", "y"]))
print(p.parse_known_args(["--a=4", "-q", "z"]))
print(p.parse_known_args(["z", "--", "--a", "1"]))
run(p, ["1", "--b", "2"])
run(p, ["1", "2", "3"])
run(p, ["1", "-b"])
