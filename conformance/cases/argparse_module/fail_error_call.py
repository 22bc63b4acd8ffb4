import argparse

parser = argparse.ArgumentParser(prog="checker")
parser.add_argument("low", type=int)
parser.add_argument("high", type=int)
args = parser.parse_args(["5", "2"])
if args.low > args.high:
    parser.error("low must not exceed high")
