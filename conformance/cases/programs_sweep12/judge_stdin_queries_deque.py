import sys
from collections import deque

dq = deque()
out = []
for line in sys.stdin.read().splitlines()[1:]:
    op, *args = line.split()
    if op == "push_back":
        dq.append(int(args[0]))
    elif op == "push_front":
        dq.appendleft(int(args[0]))
    elif op == "pop_back":
        out.append(str(dq.pop()) if dq else "empty")
    elif op == "pop_front":
        out.append(str(dq.popleft()) if dq else "empty")
    elif op == "rotate":
        dq.rotate(int(args[0]))
    elif op == "size":
        out.append(str(len(dq)))
    elif op == "show":
        out.append(" ".join(map(str, dq)) or "-")
    elif op == "max":
        out.append(str(max(dq)) if dq else "empty")
print("\n".join(out))
