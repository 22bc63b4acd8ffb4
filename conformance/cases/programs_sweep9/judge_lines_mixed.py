import sys
first = sys.stdin.readline()
n = int(first)
rows = [sys.stdin.readline().rstrip("\n") for _ in range(n)]
rest = sys.stdin.read()
print(repr(first), rows)
print(repr(rest), rest.split("\n"))
for row in rows:
    name, *scores = row.split()
    nums = list(map(float, scores))
    avg = sum(nums) / len(nums) if nums else float("nan")
    print(f"{name:<6}|{avg:7.2f}|{max(nums, default=0):g}|{'PASS' if avg >= 50 else 'FAIL'}")
print(sys.stdin.readline() == "", sys.stdin.read() == "")
