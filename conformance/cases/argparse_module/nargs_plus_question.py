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


p = argparse.ArgumentParser(prog="pq")
p.add_argument("src", nargs="+")
p.add_argument("dst", nargs="?", default="out")
run(p, ["a"])
run(p, ["a", "b"])
run(p, ["a", "b", "c"])
run(p, [])
q = argparse.ArgumentParser(prog="pq2")
q.add_argument("a", nargs=2)
q.add_argument("b", nargs="*", default=[1])
run(q, ["1", "2"])
run(q, ["1"])
run(q, ["1", "2", "3", "4"])
p.print_usage()
q.print_help()
