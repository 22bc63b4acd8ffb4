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


p = argparse.ArgumentParser(prog="ch")
p.add_argument("--color", choices=["red", "green", "blue"], default="red")
p.add_argument("level", type=int, choices=range(1, 4))
run(p, ["2"])
run(p, ["--color", "green", "3"])
run(p, ["--color", "pink", "1"])
run(p, ["9"])
p.print_help()
q = argparse.ArgumentParser(prog="ch2")
q.add_argument("mode", choices="abc", help="one of %(choices)s")
run(q, ["b"])
run(q, ["d"])
q.print_help()
