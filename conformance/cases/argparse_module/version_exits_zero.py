import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--version", action="version", version="%(prog)s 1.0")
parser.parse_args(["--version"])
print("not reached")
