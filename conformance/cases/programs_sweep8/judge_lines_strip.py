import sys
lines = sys.stdin.read().splitlines()
q = int(lines[0])
stack, out = [], []
for line in lines[1:1 + q]:
    parts = line.split()
    match parts:
        case ["push", x]: stack.append(int(x))
        case ["pop"]: out.append(str(stack.pop()) if stack else "EMPTY")
        case ["top"]: out.append(str(stack[-1]) if stack else "EMPTY")
        case ["size"]: out.append(str(len(stack)))
        case ["sum", *xs]: out.append(str(sum(map(int, xs))))
        case []: out.append("BLANK")
        case _: out.append(f"UNKNOWN {line!r}")
print("\n".join(out))
print(len(lines), repr(lines[-1]))
