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

p = argparse.ArgumentParser(prog="hv", description="Help and version.")
p.add_argument("--version", action="version", version="%(prog)s 2.5.1")
p.add_argument("-V", action="version")
p.version = "attr version"
p.add_argument("x", nargs="?")
run(p, ["-h"])
run(p, ["--help", "bogus", "--what"])
run(p, ["--version"])
run(p, ["-V"])
run(p, ["--he"])
q = argparse.ArgumentParser(prog="nohelp", add_help=False)
q.add_argument("-h", dest="host")
run(q, ["-h", "example.org"])
q.print_help()
r = argparse.ArgumentParser(prog="custom", add_help=False)
r.add_argument("-?", "--show-help", action="help", help="show help")
run(r, ["-?"])
