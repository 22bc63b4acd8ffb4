class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc


class Instr:
    __match_args__ = ("op", "args")

    def __init__(self, op, *args):
        self.op, self.args = op, list(args)

    def __repr__(self):
        return f"{self.op} {' '.join(map(str, self.args))}".strip()


def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *rest = line.replace(",", " ").split()
        args = [int(a) if a.lstrip("-").isdigit() else a for a in rest]
        code.append(Instr(op, *args))
    return code, labels


class VM:
    def __init__(self, code, labels, max_steps=10000):
        self.code, self.labels = code, labels
        self.regs = {f"r{i}": 0 for i in range(4)}
        self.stack, self.out = [], []
        self.pc, self.steps, self.max_steps = 0, 0, max_steps

    def val(self, x):
        return self.regs[x] if isinstance(x, str) else x

    def run(self):
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError(self.pc, "step limit exceeded")
            ins = self.code[self.pc]
            self.pc += 1
            match ins:
                case Instr("mov", [dst, src]):
                    self.regs[dst] = self.val(src)
                case Instr("add" | "sub" | "mul" | "mod" as op, [dst, src]):
                    a, b = self.regs[dst], self.val(src)
                    if op == "mod" and b == 0:
                        raise VMError(self.pc - 1, "modulo by zero")
                    self.regs[dst] = {"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b if b else 0}[op]
                case Instr("jmp", [label]):
                    self.pc = self.labels[label]
                case Instr("jz" | "jnz" as op, [reg, label]):
                    if (self.regs[reg] == 0) == (op == "jz"):
                        self.pc = self.labels[label]
                case Instr("push", [src]):
                    self.stack.append(self.val(src))
                case Instr("pop", [dst]):
                    if not self.stack:
                        raise VMError(self.pc - 1, "pop from empty stack")
                    self.regs[dst] = self.stack.pop()
                case Instr("call", [label]):
                    self.stack.append(self.pc)
                    self.pc = self.labels[label]
                case Instr("ret", []):
                    self.pc = self.stack.pop()
                case Instr("out", [src]):
                    self.out.append(self.val(src))
                case Instr("halt", []):
                    break
                case _:
                    raise VMError(self.pc - 1, f"bad instruction {ins!r}")
        return self.out


GCD = """
    mov r0, 1071
    mov r1, 462
loop:
    jz r1, done
    mov r2, r0
    mod r2, r1
    mov r0, r1
    mov r1, r2
    jmp loop
done:
    out r0
    halt
"""
FACT = """
    mov r0, 1
    mov r1, 1
next:
    mov r3, r1
    call fact
    out r0
    add r1, 1
    mov r2, r1
    sub r2, 8
    jnz r2, next
    halt
fact:           ; r0 = r0 * r3
    mul r0, r3
    ret
"""
programs = {"gcd": GCD, "fact": FACT, "loop": "top:\n jmp top", "bad": "mov r0, 5\n mod r0, r1",
            "underflow": "pop r0", "unknown": "out 1\n frob r0"}
for name, src in programs.items():
    code, labels = assemble(src)
    vm = VM(code, labels, max_steps=500)
    try:
        print(name, vm.run(), "steps", vm.steps, vm.regs)
    except VMError as e:
        print(name, "VMError", e, "| out so far", vm.out)
print(assemble(FACT)[0][:4], assemble(FACT)[1])
