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


p = argparse.ArgumentParser(prog="dd")
p.add_argument("-f", action="store_true")
p.add_argument("items", nargs="*")
run(p, ["--", "-f", "x"])
run(p, ["a", "--", "-f"])
run(p, ["-f", "--", "--"])
run(p, ["--"])
q = argparse.ArgumentParser(prog="dd2")
q.add_argument("a")
q.add_argument("b", nargs="?")
run(q, ["--", "-x"])
run(q, ["x", "--", "-y"])
