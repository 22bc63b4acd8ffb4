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

p = argparse.ArgumentParser(prog="bo")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True,
               help="use colors")
p.add_argument("--cache", action=argparse.BooleanOptionalAction)
p.add_argument("-f", "--force", action=argparse.BooleanOptionalAction, help="force it")
run(p, [])
run(p, ["--no-color", "--cache", "--no-force"])
run(p, ["-f", "--color"])
run(p, ["--no-c"])
run(p, ["--no-col"])
p.print_help()
q = argparse.ArgumentParser(prog="bo2", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("--feature", action=argparse.BooleanOptionalAction, default=False,
               help="enable the feature")
q.print_help()
print(p._actions[1])
