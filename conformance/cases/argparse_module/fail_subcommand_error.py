import argparse

parser = argparse.ArgumentParser(prog="tool")
sub = parser.add_subparsers()
build = sub.add_parser("build")
build.add_argument("--jobs", type=int)
parser.parse_args(["build", "--jobs", "many"])
