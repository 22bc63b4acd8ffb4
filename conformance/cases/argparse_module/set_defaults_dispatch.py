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

def handler_a(ns):
    return "A:" + str(ns.value)


def handler_b(ns):
    return "B:" + str(ns.value)


p = argparse.ArgumentParser(prog="sd")
p.add_argument("--value", type=int, default=0)
p.set_defaults(func=None, value=5, flag=True)
sub = p.add_subparsers()
a = sub.add_parser("a")
a.set_defaults(func=handler_a)
b = sub.add_parser("b")
b.add_argument("--value", type=int, default=100)
b.set_defaults(func=handler_b)
for argv in (["a"], ["--value", "2", "a"], ["b"], ["b", "--value", "9"], ["--value", "3", "b"]):
    ns = p.parse_args(argv)
    print(argv, ns.func(ns), ns.flag)
ns = p.parse_args([])
print(ns.func, ns.value, p.get_default("value"), p.get_default("func"))
