import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int, default=3)
print(parser.parse_args([]))
args = parser.parse_args(["--n", "4", "extra", "--zzz"])
print("not reached", args)
