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


p = argparse.ArgumentParser(prog="sc")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c")
p.add_argument("-vv", action="store_true")
run(p, ["-ab"])
run(p, ["-abcval"])
run(p, ["-ac", "x"])
run(p, ["-cfoo"])
run(p, ["-c=bar"])
run(p, ["-vv"])
run(p, ["-az"])
run(p, ["-a=1"])
run(p, ["-c"])
