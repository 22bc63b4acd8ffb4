import sys
stack = []
def run(line):
    match line.split():
        case ["push", *nums] if nums:
            stack.extend(int(n) for n in nums)
        case ["pop"]:
            return stack.pop() if stack else "empty"
        case ["add" | "mul" as op]:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a * b)
        case ["dup", ("1" | "2") as n]:
            stack.extend(stack[-int(n):])
        case ["show"]:
            return list(stack)
        case ["quit" | "exit", *_]:
            return "bye"
        case []:
            return None
        case [cmd, *args]:
            return f"unknown command {cmd!r} with {len(args)} args"
for line in sys.stdin:
    r = run(line)
    if r is not None:
        print(r)
    if r == "bye":
        break
