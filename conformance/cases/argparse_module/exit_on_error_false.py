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

p = argparse.ArgumentParser(prog="eoe", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices=["a"])
p.add_argument("req")
for argv in (["--n", "x", "r"], ["--c", "b", "r"], ["r", "--n"], ["r", "extra"], ["r", "--c"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(argv))
    except argparse.ArgumentError as e:
        print("ArgumentError", e)
    except SystemExit as e:
        print("SystemExit", e.code, repr(err.getvalue()))
run(p, [])
