import sys


def main(argv):
    if len(argv) < 3:
        print("usage: tool SRC DST")
        return 2
    return 0


code = main(["tool"])
print("exiting with", code)
sys.exit(code)
