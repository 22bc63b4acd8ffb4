import argparse

parser = argparse.ArgumentParser(prog="mx")
group = parser.add_mutually_exclusive_group()
group.add_argument("-a", action="store_true")
group.add_argument("-b", action="store_true")
parser.parse_args(["-b", "-a"])
