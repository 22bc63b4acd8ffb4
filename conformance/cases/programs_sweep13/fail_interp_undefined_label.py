def assemble(lines):
    labels, program = {}, []
    for line in lines:
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
        else:
            program.append(line.split())
    resolved = []
    for op, *args in program:
        if op in ("jmp", "jz"):
            args = [labels[args[0]]]
        resolved.append((op, *args))
    return resolved


print(assemble(["start:", "inc a", "jz end", "jmp start", "end:", "halt"]))
print(assemble(["loop:", "dec b", "jz done", "jmp loop"]))
