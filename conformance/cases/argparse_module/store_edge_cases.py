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

p = argparse.ArgumentParser(prog="se")
p.add_argument("--empty")
p.add_argument("--eq")
p.add_argument("--spaced")
p.add_argument("x", nargs="?")
run(p, ["--empty", ""])
run(p, ["--empty="])
run(p, ["--eq=a=b"])
run(p, ["--spaced", "-a b"])
run(p, ["-a b"])
run(p, ["-"])
run(p, ["--empty", "--eq"])
run(p, ["--empty", "-x"])
run(p, ["--empty", "-1"])
run(p, ["x", "--empty", "1", "--empty", "2"])
run(p, [""])
q = argparse.ArgumentParser(prog="se2")
q.add_argument("-f", "--foo", dest="f")
q.add_argument("--foo-bar")
run(q, ["--foo", "1", "--foo-bar", "2"])
run(q, ["--foo-", "3"])
run(q, ["--fo", "3"])
run(q, ["-f1"])
run(q, ["-foo"])
