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
    prog="deploy",
    description="Deploy the application to one or more target environments, "
                "running health checks before and after each step.",
    epilog="Report bugs to the team channel. This epilog is long enough that it "
           "has to be wrapped over several lines at the help width.")
p.add_argument("-e", "--environment", choices=["dev", "staging", "production"],
               default="dev", help="target environment (default: %(default)s)")
p.add_argument("-r", "--region", action="append", metavar="REGION",
               help="region to deploy to; may be given several times, and each "
                    "one is deployed in order of appearance on the command line")
p.add_argument("--dry-run", action="store_true", help="show what would be done")
p.add_argument("--max-parallel-deployments-per-region", type=int, default=4,
               help="an option whose invocation is longer than the help column")
p.add_argument("--timeout", type=float, default=30.0, help="seconds per step")
p.add_argument("--no-help-for-this-one")
p.add_argument("-x", nargs=3, metavar=("A", "B", "C"), help="three values")
p.add_argument("services", nargs="+", help="services to deploy")
p.add_argument("version", nargs="?", help="version tag; %(prog)s uses latest")
p.print_help()
print(repr(p.format_usage()))
