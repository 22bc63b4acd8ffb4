# A tiny stack-based interpreter with labels and jumps.
PROGRAM = """
    push 1
    store i
    push 1
    store acc
loop:
    load i
    push 10
    gt
    jumpif end
    load acc
    load i
    mul
    store acc
    load i
    push 1
    add
    store i
    jump loop
end:
    load acc
    print
    push 7
    push 0
    div
"""


def run(source):
    lines = [ln.strip() for ln in source.strip().splitlines()]
    labels = {}
    code = []
    for ln in lines:
        if ln.endswith(":"):
            labels[ln[:-1]] = len(code)
        else:
            code.append(ln.split())
    stack, mem, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op == "store":
            mem[args[0]] = stack.pop()
        elif op == "load":
            stack.append(mem[args[0]])
        elif op in ("add", "mul", "gt", "div"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": lambda: a + b, "mul": lambda: a * b, "gt": lambda: int(a > b),
                          "div": lambda: a // b}[op]())
        elif op == "jump":
            pc = labels[args[0]]
        elif op == "jumpif":
            if stack.pop():
                pc = labels[args[0]]
        elif op == "print":
            print("output:", stack[-1])
        else:
            raise ValueError(f"unknown op {op}")
    return steps, mem


try:
    run(PROGRAM)
except ZeroDivisionError as e:
    print("runtime error: ZeroDivisionError", e)
print(run("push 2\npush 3\nadd\nprint"))
try:
    run("push 1\nfrobnicate")
except ValueError as e:
    print("ValueError", e)
try:
    run("load missing")
except KeyError as e:
    print("KeyError", e)
