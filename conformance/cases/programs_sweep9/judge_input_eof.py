total = 0
rows = []
while True:
    try:
        line = input()
    except EOFError:
        print("eof reached")
        break
    if not line.strip():
        continue
    a, op, b = line.split()
    a, b = int(a), int(b)
    match op:
        case "+": r = a + b
        case "-": r = a - b
        case "*": r = a * b
        case "/": r = a // b if b else "div0"
        case "%": r = a % b
        case "**": r = a ** b
        case _: r = f"bad op {op!r}"
    rows.append((a, op, b, r))
for row in rows:
    print("{} {} {} = {}".format(*row))
print(len(rows))
