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


p = argparse.ArgumentParser(prog="ab")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-string")
p.add_argument("--quiet", action="store_true")
run(p, ["--verb"])
run(p, ["--q"])
run(p, ["--ver"])
run(p, ["--version-s", "1"])
run(p, ["--version-s=2"])
run(p, ["--v"])
run(p, ["--nope"])
q = argparse.ArgumentParser(prog="ab2", allow_abbrev=False)
q.add_argument("--verbose", action="store_true")
run(q, ["--verb"])
run(q, ["--verbose"])
