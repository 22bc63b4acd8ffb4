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

p = argparse.ArgumentParser(prog="uc", usage="%(prog)s [options] <file> ...",
                            description="custom usage")
p.add_argument("file")
p.print_help()
run(p, [])
q = argparse.ArgumentParser(prog="uc2", add_help=False)
q.print_help()
print(repr(q.format_help()))
r = argparse.ArgumentParser(prog="uc3", add_help=False)
r.add_argument("--x", help=argparse.SUPPRESS)
r.add_argument("y", help=argparse.SUPPRESS)
print(repr(r.format_help()))
run(r, [])
