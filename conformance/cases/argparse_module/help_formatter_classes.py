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

text = """First line of the description.
    indented second line

Second paragraph   with    odd spacing."""
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    print("=" * 10, cls.__name__)
    p = argparse.ArgumentParser(prog="fmt", description=text, epilog="  Epilog\n  kept?",
                                formatter_class=cls)
    p.add_argument("--size", type=int, default=5, help="the size\n  in units")
    p.add_argument("--name", help="a name")
    p.add_argument("--flag", action="store_true", help="flag help %(default)s")
    p.add_argument("--none", default=None, help="nothing")
    p.add_argument("--hidden-default", default=argparse.SUPPRESS, help="suppressed")
    p.add_argument("files", nargs="*", default=["a"], help="the files")
    p.add_argument("one", help="one positional")
    p.print_help()
