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

p = argparse.ArgumentParser(prog="subst", description="%(prog)s does things.",
                            epilog="See %(prog)s docs.")
p.add_argument("--n", type=int, default=3, choices=[1, 2, 3],
               help="n in {%(choices)s}, default %(default)s, type %(type)s, dest %(dest)s")
p.add_argument("--p", help="literal 100%% sure, prog %(prog)s, metavar %(metavar)s")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--f", type=float, default=0.5, help="default %(default).2f")
p.add_argument("--blank", help="   ")
p.add_argument("--spaced", help="  lots   of\n\n space\tinside  ")
p.add_argument("pos", nargs="?", default=argparse.SUPPRESS, help="no default here")
p.print_help()
q = argparse.ArgumentParser(prog="bad")
q.add_argument("--x", help="%(nonexistent)s")
try:
    q.format_help()
except KeyError as e:
    print("KeyError", e)
