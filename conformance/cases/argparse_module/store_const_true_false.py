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


p = argparse.ArgumentParser(prog="flags")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-q", action="store_false", dest="loud")
p.add_argument("--mode", action="store_const", const="fast", default="slow")
run(p, [])
run(p, ["-v", "-q", "--mode"])
run(p, ["-vq"])
run(p, ["--verbose=1"])
run(p, ["-vx"])
for a in p._actions:
    print(a)
