import argparse

parser = argparse.ArgumentParser(prog="counter")
parser.add_argument("-n", type=int)
print("before")
parser.parse_args(["-n", "x"])
