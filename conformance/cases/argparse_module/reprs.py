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

p = argparse.ArgumentParser(prog="rp", description="d")
a = p.add_argument("--num", type=int, choices=[1, 2], default=1, help="h", metavar="N")
print(repr(p))
print(a)
for action in p._actions:
    print(type(action).__name__, action.dest, action.option_strings, action.nargs,
          action.default, action.required)
sub = p.add_subparsers(dest="cmd")
x = sub.add_parser("x", help="the x")
print(type(sub).__name__, sub.dest, sub.nargs, list(sub.choices))
print(sub._choices_actions[0])
print(argparse.FileType("w"), argparse.FileType(), argparse.FileType("rb", 0, "utf-8", "strict"))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
print(issubclass(argparse.ArgumentError, Exception),
      issubclass(argparse.ArgumentTypeError, Exception))
print(argparse.HelpFormatter.__name__, argparse.Namespace.__module__)
e = argparse.ArgumentError(None, "plain")
print(str(e), e.argument_name)
e = argparse.ArgumentError(a, "with %(name)s percent")
print(str(e))
print(repr(argparse.ArgumentTypeError("t")))
