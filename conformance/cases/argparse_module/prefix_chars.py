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

p = argparse.ArgumentParser(prog="pc", prefix_chars="+/")
p.add_argument("+f", action="store_true")
p.add_argument("++bar")
p.add_argument("/baz", type=int)
run(p, ["+f", "++bar", "x", "/baz", "3"])
run(p, ["++b=y"])
run(p, ["+h"])
run(p, ["-f"])
try:
    p.add_argument("-x")
except ValueError as e:
    print("ValueError", e)
q = argparse.ArgumentParser(prog="pc2", prefix_chars="-+")
q.add_argument("-v", action="store_true")
q.add_argument("+v", dest="plus", action="store_true")
run(q, ["+v", "-v"])
q.print_help()
