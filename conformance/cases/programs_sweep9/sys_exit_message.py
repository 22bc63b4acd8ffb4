import sys
def main(argv):
    if len(argv) < 3:
        print("usage: prog A B")
        return 2
    return 0
code = main(["prog"])
print("exiting with", code)
sys.exit(f"fatal: code {code}")
