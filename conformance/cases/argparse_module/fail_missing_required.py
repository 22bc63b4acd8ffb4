# A script run without its required arguments: usage and error on stderr, exit 2.
import argparse

parser = argparse.ArgumentParser(description="Copy files.")
parser.add_argument("source")
parser.add_argument("dest")
parser.add_argument("--mode", required=True)
args = parser.parse_args()
print("not reached", args)
