import sys
def main():
    data = sys.stdin.read().split()
    if not data:
        sys.exit("no input given")
    print(data)
main()
