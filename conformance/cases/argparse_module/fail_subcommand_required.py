import argparse

parser = argparse.ArgumentParser(prog="tool")
sub = parser.add_subparsers(dest="command", required=True)
sub.add_parser("build")
sub.add_parser("test")
parser.parse_args([])
