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

ns = argparse.Namespace(b=2, a=1)
print(ns, repr(ns))
print("a" in ns, "z" in ns)
print(ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1))
print(ns == {"a": 1, "b": 2})
print(vars(ns))
ns.c = [1]
del ns.b
print(ns)
print(argparse.Namespace())
odd = argparse.Namespace(**{"not valid": 1, "ok": 2, "class": 3})
print(odd)
try:
    hash(ns)
except TypeError as e:
    print("TypeError", e)
p = argparse.ArgumentParser(prog="ns")
p.add_argument("--v", type=int)
target = argparse.Namespace(v=9, other="kept")
print(p.parse_args([], namespace=target) is target, target)
print(p.parse_args(["--v", "1"], namespace=target))
