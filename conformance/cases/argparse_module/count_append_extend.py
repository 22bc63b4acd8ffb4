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


p = argparse.ArgumentParser(prog="c")
p.add_argument("-v", action="count", default=0)
p.add_argument("-I", action="append", dest="inc")
p.add_argument("--tag", action="append", default=["base"])
p.add_argument("--x", action="extend", nargs="+", type=int)
p.add_argument("--c", action="append_const", const=1, dest="consts")
p.add_argument("--d", action="append_const", const=2, dest="consts")
run(p, ["-vvv", "-v", "-Ia", "-I", "b", "--tag", "t", "--x", "1", "2", "--x", "3",
        "--c", "--d", "--c"])
r = run(p, [])
print(p.get_default("tag"))
run(p, ["--tag", "u"])
print(p.get_default("tag"))
run(p, ["--x"])
