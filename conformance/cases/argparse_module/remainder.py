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


p = argparse.ArgumentParser(prog="r")
p.add_argument("--x")
p.add_argument("cmd")
p.add_argument("args", nargs=argparse.REMAINDER)
run(p, ["ls", "-l", "--x", "3"])
run(p, ["--x", "1", "echo", "hi", "--", "z"])
p.print_help()
o = argparse.ArgumentParser(prog="r2")
o.add_argument("--rest", nargs="...")
run(o, ["--rest", "a", "-b", "--c"])
