import argparse

parser = argparse.ArgumentParser(prog="amb")
parser.add_argument("--alpha")
parser.add_argument("--alps")
parser.parse_args(["--al", "1"])
