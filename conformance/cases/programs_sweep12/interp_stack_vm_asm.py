PROGRAM = """
# compute factorial of 10 and sum of 1..100
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 0
    store i
    push 0
    store s
sum:
    load i
    push 100
    gt
    jnz end
    load s
    load i
    add
    store s
    load i
    push 1
    add
    store i
    jmp sum
end:
    load s
    print
    halt
"""


def assemble(src):
    code, labels = [], {}
    for line in src.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *arg = line.split()
        code.append((op, arg[0] if arg else None))
    return [(op, labels.get(a, a)) for op, a in code], labels


def run(code, max_steps=10_000):
    stack, env, pc, steps = [], {}, 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b,
              "mul": lambda a, b: a * b, "gt": lambda a, b: int(a > b)}
    while steps < max_steps:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            pc = arg if stack.pop() == 0 else pc
        elif op == "jnz":
            pc = arg if stack.pop() != 0 else pc
        elif op == "print":
            print(stack.pop())
        elif op == "halt":
            return steps, env
        else:
            raise ValueError(f"bad op {op}")
    raise RuntimeError("step limit")


code, labels = assemble(PROGRAM)
print(len(code), "instructions; labels:", labels)
steps, env = run(code)
print("steps:", steps, "env:", dict(sorted(env.items())))
