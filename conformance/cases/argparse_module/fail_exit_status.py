import argparse

parser = argparse.ArgumentParser(prog="ex")
parser.exit(4, "ex: finished with warnings\n")
