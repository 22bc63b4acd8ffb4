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

words = " ".join("word%d" % i for i in range(40))
p = argparse.ArgumentParser(prog="narrow", description=words, epilog=words,
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
p.add_argument("--long-option-name", metavar="SOME_VALUE", help=words)
p.add_argument("-s", help=words)
p.add_argument("arg", help="short")
p.print_help()
r = argparse.ArgumentParser(prog="verylongword", description="x" * 100 + " y",
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=20))
r.add_argument("--opt", help="supercalifragilisticexpialidocious " * 2)
r.print_help()
