# prog defaults to the script's file name (the basename of sys.argv[0]).
import argparse
import sys

parser = argparse.ArgumentParser()
print(parser.prog)
print(parser.prog == sys.argv[0].rsplit("/", 1)[-1])
parser.add_argument("--flag", action="store_true")
print(parser.format_usage(), end="")
print(parser.parse_args())
print(sys.argv[1:])
args, rest = parser.parse_known_args()
print(args, rest)
sub = parser.add_subparsers()
print(sub.add_parser("go").prog)
print(repr(parser))
