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

def cmd_add(args):
    print("add", args.x + args.y)


def cmd_echo(args):
    print("echo", " ".join(args.words))


p = argparse.ArgumentParser(prog="calc")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", help="sub-command help")
a = sub.add_parser("add", help="add two numbers")
a.add_argument("x", type=int)
a.add_argument("y", type=int)
a.set_defaults(func=cmd_add)
e = sub.add_parser("echo", aliases=["say"], help="print words")
e.add_argument("words", nargs="*")
e.set_defaults(func=cmd_echo)
for argv in (["add", "2", "3"], ["--debug", "echo", "a", "b"], ["say", "hi"]):
    ns = p.parse_args(argv)
    ns.func(ns)
    print(ns.command, ns.debug)
run(p, [])
run(p, ["mul", "1"])
run(p, ["add", "1"])
run(p, ["add", "1", "x"])
run(p, ["add", "1", "2", "3"])
run(p, ["add", "-h"])
p.print_help()
