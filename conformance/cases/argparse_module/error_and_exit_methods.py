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

p = argparse.ArgumentParser(prog="ee", usage="%(prog)s [opts] thing")
p.add_argument("thing")
run(p, [])
out, err = io.StringIO(), io.StringIO()
for call in (lambda: p.error("custom problem"), lambda: p.exit(), lambda: p.exit(3, "bye\n"),
             lambda: p.exit(0, ""), lambda: p.exit("text status")):
    err.seek(0)
    err.truncate()
    try:
        with contextlib.redirect_stderr(err):
            call()
    except SystemExit as e:
        print("exit", repr(e.code), repr(err.getvalue()))
print(repr(p.format_usage()))
print(repr(p.format_help()))
buf = io.StringIO()
p.print_help(buf)
p.print_usage(buf)
print(buf.getvalue())
q = argparse.ArgumentParser(prog="sup", usage=argparse.SUPPRESS)
q.add_argument("x")
run(q, [])
print(repr(q.format_help()))
