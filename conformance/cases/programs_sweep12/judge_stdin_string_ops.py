import sys

s = sys.stdin.readline().rstrip("\n")
q = int(sys.stdin.readline())
for _ in range(q):
    parts = sys.stdin.readline().split()
    cmd = parts[0]
    if cmd == "reverse":
        i, j = int(parts[1]), int(parts[2])
        s = s[:i] + s[i:j + 1][::-1] + s[j + 1:]
    elif cmd == "replace":
        i, j, t = int(parts[1]), int(parts[2]), parts[3]
        s = s[:i] + t + s[j + 1:]
    elif cmd == "print":
        i, j = int(parts[1]), int(parts[2])
        print(s[i:j + 1])
    elif cmd == "count":
        print(parts[1], s.count(parts[1]))
    elif cmd == "upper":
        s = s.upper()
print(s, len(s))
