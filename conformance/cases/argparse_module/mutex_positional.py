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

p = argparse.ArgumentParser(prog="mp")
g = p.add_mutually_exclusive_group()
g.add_argument("--all", action="store_true")
g.add_argument("names", nargs="*", default=[])
run(p, [])
run(p, ["x", "y"])
run(p, ["--all"])
run(p, ["--all", "x"])
p.print_usage()
