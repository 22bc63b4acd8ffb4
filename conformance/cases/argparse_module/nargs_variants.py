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


p = argparse.ArgumentParser(prog="n")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--two", nargs=2, metavar=("A", "B"))
p.add_argument("--one", nargs=1)
p.add_argument("first")
p.add_argument("rest", nargs="*")
run(p, ["x"])
run(p, ["x", "y", "z"])
run(p, ["--opt", "x"])
run(p, ["x", "--opt"])
run(p, ["--opt", "v", "x"])
run(p, ["--two", "1", "2", "x"])
run(p, ["--two", "1", "x"])
run(p, ["--one", "q", "x"])
run(p, ["--one"])
p.print_help()
