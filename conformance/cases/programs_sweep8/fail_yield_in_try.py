def reader(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield int(line)
        except ValueError as e:
            raise RuntimeError(f"bad line {n}") from e
total = 0
for v in reader(["1", "x"]):
    total += v
