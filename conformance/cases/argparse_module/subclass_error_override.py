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

import shlex


class ParseError(Exception):
    pass


class RaisingParser(argparse.ArgumentParser):
    """The common pattern for using argparse inside a program or a REPL."""

    def error(self, message):
        raise ParseError(message)

    def exit(self, status=0, message=None):
        raise ParseError("exit %s %r" % (status, message))


p = RaisingParser(prog="repl")
p.add_argument("cmd", choices=["get", "set"])
p.add_argument("key")
p.add_argument("value", nargs="?")
p.add_argument("--ttl", type=int)
for line in ["get a", "set a 1 --ttl 5", "del a", "set", "get a --ttl x",
             "get 'spaced key'", "set a b c", "--help", 'get "unterminated']:
    try:
        print(line, "->", p.parse_args(shlex.split(line)))
    except ParseError as e:
        print(line, "-> ParseError:", e)
    except ValueError as e:
        print(line, "-> ValueError:", e)
sub = p.add_subparsers()
child = sub.add_parser("child")
print(type(child).__name__)
try:
    p.add_subparsers()
except ParseError as e:
    print("ParseError:", e)
