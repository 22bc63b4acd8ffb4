# -h prints the help to stdout and ends the script with status 0.
import argparse

parser = argparse.ArgumentParser(description="Show help and stop.")
parser.add_argument("--size", type=int, default=3, help="size (default: %(default)s)")
parser.add_argument("name", help="who to greet")
parser.parse_args(["-h"])
print("not reached")
