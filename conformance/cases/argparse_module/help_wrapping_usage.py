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

p = argparse.ArgumentParser(prog="wrapper")
for i in range(12):
    p.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
p.add_argument("first_positional")
p.add_argument("second_positional", nargs="*")
p.print_usage()
q = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-most-of-the-line-by-itself")
q.add_argument("--alpha")
q.add_argument("--beta")
q.add_argument("pos")
q.print_usage()
for i in range(6):
    q.add_argument("--gamma-%d" % i, metavar="G")
q.print_usage()
r = argparse.ArgumentParser(prog="onlypos")
for i in range(10):
    r.add_argument("positional_argument_%d" % i)
r.print_usage()
s = argparse.ArgumentParser(prog="longprog" * 8, add_help=False)
s.print_usage()
s.add_argument("x")
s.print_usage()
