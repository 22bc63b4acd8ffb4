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

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--verbose", action="store_true", help="chatty")
grp = base.add_argument_group("network", "Network options.")
grp.add_argument("--port", type=int, default=80)
mx = base.add_mutually_exclusive_group()
mx.add_argument("--ipv4", action="store_true")
mx.add_argument("--ipv6", action="store_true")
base.set_defaults(origin="base")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("host")
child.print_help()
run(child, ["h", "--port", "8080", "--ipv4"])
run(child, ["h", "--ipv4", "--ipv6"])
other = argparse.ArgumentParser(prog="other", parents=[base], description="second child")
run(other, ["x"])
try:
    argparse.ArgumentParser(prog="dup", parents=[base, base])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
with_help = argparse.ArgumentParser()
try:
    argparse.ArgumentParser(prog="clash", parents=[with_help])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
