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

def make(formatter_class):
    p = argparse.ArgumentParser(prog="lam", formatter_class=formatter_class,
                                description="A description that is long enough to wrap "
                                            "when the width is narrow.")
    p.add_argument("-c", "--config", metavar="PATH", help="configuration file to read")
    p.add_argument("--level", type=int, default=1, help="logging level to use")
    p.add_argument("item")
    return p


make(lambda prog: argparse.HelpFormatter(prog, max_help_position=40)).print_help()
make(lambda prog: argparse.HelpFormatter(prog, width=40)).print_help()
make(lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=60)).print_help()
make(lambda prog: argparse.RawTextHelpFormatter(prog, indent_increment=4)).print_help()


class Wide(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=30, width=100)


make(Wide).print_help()
