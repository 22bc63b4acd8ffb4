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

p = argparse.ArgumentParser(
    prog="üñí", description="Ünïcödé déscription — with dashes – and "
                           "symbols ★ that goes on long enough to wrap around the width here.")
p.add_argument("--naïve", help="résumé café " * 8)
p.add_argument("données", help="日本語のヘルプ")
p.add_argument("--emoji", choices=["🙂", "🙃"])
p.print_help()
run(p, ["x", "--naïve", "ü", "--emoji", "🙂"])
run(p, ["x", "--emoji", "😐"])
run(p, ["--naï=1", "y"])
