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


p = argparse.ArgumentParser(prog="neg")
p.add_argument("-x", type=float)
p.add_argument("n", type=int, nargs="?")
run(p, ["-1"])
run(p, ["-x", "-2.5"])
run(p, ["-x", "-.5", "-3"])
run(p, ["-x", "-1e3"])
q = argparse.ArgumentParser(prog="neg2")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("n", nargs="?")
run(q, ["-1"])
run(q, ["-2"])
run(q, ["x"])
