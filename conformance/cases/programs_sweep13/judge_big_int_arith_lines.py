import sys

for line in sys.stdin.read().splitlines():
    a, op, b = line.split()
    a, b = int(a), int(b)
    if op == "+":
        r = a + b
    elif op == "*":
        r = a * b
    elif op == "//":
        r = a // b
    elif op == "%":
        r = a % b
    elif op == "**":
        r = pow(a, b)
    s = str(r)
    print(s if len(s) <= 40 else f"{s[:18]}...{s[-18:]} ({len(s)} digits)")
