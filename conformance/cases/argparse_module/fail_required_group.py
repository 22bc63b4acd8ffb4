import argparse

parser = argparse.ArgumentParser(prog="rg")
group = parser.add_mutually_exclusive_group(required=True)
group.add_argument("--json", action="store_true")
group.add_argument("--csv", action="store_true")
group.add_argument("--yaml", action="store_true", help=argparse.SUPPRESS)
parser.parse_args([])
