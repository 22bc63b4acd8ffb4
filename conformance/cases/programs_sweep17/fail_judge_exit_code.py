# A judge-style checker that validates its input and exits with a status
# code (no traceback) when the input is malformed.
import sys

def read_matrix():
    header = sys.stdin.readline().split()
    if len(header) != 2:
        print("bad header", header)
        sys.exit(2)
    r, c = map(int, header)
    rows = []
    for i in range(r):
        line = sys.stdin.readline()
        if not line:
            print(f"missing row {i}")
            sys.exit(3)
        vals = list(map(int, line.split()))
        if len(vals) != c:
            print(f"row {i} has {len(vals)} values, expected {c}")
            sys.exit(4)
        rows.append(vals)
    return rows

m = read_matrix()
print("rows:", len(m))
for row in m:
    print(" ".join(f"{v:3d}" for v in row), "|", sum(row))
cols = [sum(col) for col in zip(*m)]
print("cols:", cols, "trace:", sum(m[i][i] for i in range(min(len(m), len(m[0])))))
transposed = [list(t) for t in zip(*m)]
print("T:", transposed)
read_matrix()
