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

import warnings

p = argparse.ArgumentParser(prog="ng")
g = p.add_argument_group("outer")
m = p.add_mutually_exclusive_group()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inner = g.add_argument_group("inner")
    inner.add_argument("--i")
    inner_mx = m.add_mutually_exclusive_group()
    inner_mx.add_argument("--a", action="store_true")
    inner_mx.add_argument("--b", action="store_true")
for w_ in caught:
    print(w_.category.__name__, w_.message)
p.print_help()
run(p, ["--a", "--b"])
