PROGRAM = """
push 10
push 20
add
dup
push 3
mul
swap
sub
print
push 5
label loop
dup
print
push 1
sub
dup
jnz loop
pop
halt
"""


def run(src, trace=False):
    code = [line.split() for line in src.strip().splitlines()]
    labels = {args[1]: i for i, args in enumerate(code) if args[0] == "label"}
    stack, pc, steps, out = [], 0, 0, []
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op in ("add", "sub", "mul"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "pop":
            stack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "jnz":
            if stack.pop():
                pc = labels[args[0]]
        elif op == "label":
            pass
        elif op == "halt":
            break
        else:
            raise ValueError(f"unknown op {op!r} at {pc}")
    return out, stack, steps


print(run(PROGRAM))
try:
    run("push 1\nfrobnicate")
except ValueError as e:
    print("ValueError:", e)
try:
    run("add")
except IndexError as e:
    print("IndexError:", e)
