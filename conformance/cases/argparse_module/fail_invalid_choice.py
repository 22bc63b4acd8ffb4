import argparse

parser = argparse.ArgumentParser(prog="pick")
parser.add_argument("fruit", choices=["apple", "pear"])
parser.parse_args(["plum"])
