q = int(input())
stack = []
mins = []
out = []
for _ in range(q):
    parts = input().split()
    op = parts[0]
    if op == "push":
        x = int(parts[1])
        stack.append(x)
        mins.append(x if not mins else min(x, mins[-1]))
    elif op == "pop":
        if stack:
            stack.pop()
            mins.pop()
        else:
            out.append("EMPTY")
    elif op == "min":
        out.append(str(mins[-1]) if mins else "EMPTY")
    elif op == "top":
        out.append(str(stack[-1]) if stack else "EMPTY")
print("\n".join(out))
print(len(stack), stack)
