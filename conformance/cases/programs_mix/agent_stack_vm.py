PROGRAM = """
# compute factorials and fizzbuzz-ish output
push 1
store acc
push 1
store i
loop:
load i
push 6
gt
jmpif done
load acc
load i
mul
store acc
load i
load acc
print 2
load i
push 1
add
store i
jmp loop
done:
load acc
push 0
div
"""


class VMError(Exception):
    pass


def assemble(src):
    code, labels = [], {}
    for raw in src.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args))
    return code, labels


def run(src, max_steps=1000):
    code, labels = assemble(src)
    stack, env, pc, steps = [], {}, 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "div": lambda a, b: a // b, "gt": lambda a, b: int(a > b)}
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit reached")
        op, args = code[pc]
        pc += 1
        try:
            if op == "push":
                stack.append(int(args[0]))
            elif op == "load":
                stack.append(env[args[0]])
            elif op == "store":
                env[args[0]] = stack.pop()
            elif op in binops:
                b, a = stack.pop(), stack.pop()
                stack.append(binops[op](a, b))
            elif op == "jmp":
                pc = labels[args[0]]
            elif op == "jmpif":
                if stack.pop():
                    pc = labels[args[0]]
            elif op == "print":
                n = int(args[0])
                vals, stack[-n:] = stack[-n:], []
                print(*vals, sep="\t")
            else:
                raise VMError(f"unknown op {op!r}")
        except (ZeroDivisionError, KeyError, IndexError) as e:
            raise VMError(f"line {pc}: {op} {' '.join(args)} failed") from e
    return stack, env, steps


try:
    run(PROGRAM)
except VMError as e:
    print("VMError:", e, "<-", type(e.__cause__).__name__, e.__cause__)
print(run("push 2\npush 3\nadd\nstore x\nload x\nload x\nmul"))
for bad in ["pop", "load y", "add", "a:\njmp a"]:
    try:
        run(bad)
    except VMError as e:
        print(f"{bad!r:>14}: {e} ({e.__cause__!r})")
