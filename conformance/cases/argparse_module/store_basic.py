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


p = argparse.ArgumentParser(prog="tool")
p.add_argument("--name")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("path")
run(p, ["file.txt"])
run(p, ["--name", "x", "-n", "3", "a"])
run(p, ["--name=y", "--count=7", "b"])
run(p, ["-n5", "c"])
run(p, ["-n", "-5", "d"])
run(p, ["c", "--name"])
run(p, [])
run(p, ["a", "b"])
run(p, ["-n", "x", "a"])
