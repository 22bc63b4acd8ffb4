import sys
header = sys.stdin.readline()
n, m = map(int, header.split())
edges = [tuple(map(int, sys.stdin.readline().split())) for _ in range(m)]
names = list(iter(input, ""))
rest = sys.stdin.read()
print(n, m, edges)
print(names)
print(repr(rest), rest.split())
print(sys.stdin.readline() == "", sys.stdin.read() == "", sys.stdin.isatty(), sys.stdin.name, sys.stdin.encoding, sys.stdin.closed)
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError", repr(str(e)))
