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

p = argparse.ArgumentParser(prog="ag", description="Group demo.")
io_group = p.add_argument_group("input/output", "Where data comes from and goes to.")
io_group.add_argument("--in", dest="inp", metavar="FILE", help="read from FILE")
io_group.add_argument("--out", metavar="FILE", help="write to FILE")
tuning = p.add_argument_group("tuning")
tuning.add_argument("--level", type=int, default=2, help="level (default %(default)s)")
tuning.add_argument("--fast", action="store_true")
empty = p.add_argument_group("empty")
p.add_argument("target", help="what to build")
p.print_help()
run(p, ["t", "--in", "a", "--level", "5"])
print([g.title for g in p._action_groups])
