def parse(line, n):
    try:
        k, v = line.split("=")
    except ValueError as e:
        e.add_note(f"line {n}: {line!r}")
        raise
    return k, v
for n, line in enumerate(["a=1", "b=2", "c"], 1):
    print(parse(line, n))
