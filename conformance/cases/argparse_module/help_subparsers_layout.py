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

p = argparse.ArgumentParser(prog="pkg", description="Package manager.")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
sub = p.add_subparsers(title="available commands", dest="cmd", metavar="<command>",
                       help="run '%(prog)s <command> -h' for details")
sub.add_parser("install", aliases=["i", "add"], help="install packages")
sub.add_parser("remove", aliases=["rm"], help="remove packages")
sub.add_parser("hidden-command", help=argparse.SUPPRESS)
sub.add_parser("nohelp")
sub.add_parser("a-very-long-subcommand-name-indeed", help="long one")
p.print_help()
run(p, ["nope"])
q = argparse.ArgumentParser(prog="plain")
qs = q.add_subparsers()
qs.add_parser("one", help="first")
qs.add_parser("two", help="second")
q.print_help()
run(q, ["three"])
run(q, [])
