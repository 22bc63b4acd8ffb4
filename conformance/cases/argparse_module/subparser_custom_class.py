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

class Quiet(argparse.ArgumentParser):
    def print_help(self, file=None):
        print("[help for %s]" % self.prog)


p = argparse.ArgumentParser(prog="top", formatter_class=argparse.RawTextHelpFormatter)
sub = p.add_subparsers(dest="which", parser_class=Quiet, prog="custom-prefix")
one = sub.add_parser("one", help="first\n  indented line", description="one's\n  raw description",
                     formatter_class=argparse.RawDescriptionHelpFormatter)
one.add_argument("--flag", action="store_true", help="a\nflag")
two = sub.add_parser("two", prog="explicit prog", add_help=False, aliases=["2"])
two.add_argument("n", type=int)
print(type(one).__name__, one.prog, two.prog)
run(p, ["one", "-h"])
run(p, ["2", "5"])
run(p, ["2", "x"])
p.print_help()
one.format_help and print(argparse.ArgumentParser.format_help(one))
