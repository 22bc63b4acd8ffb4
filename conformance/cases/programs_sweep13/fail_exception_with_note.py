def load_rows(lines):
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            name, qty = line.split(":")
            rows.append((name.strip(), int(qty)))
        except ValueError as e:
            e.add_note(f"while reading line {n}: {line!r}")
            raise
    return rows


print(load_rows(["apples: 3", "pears: 7"]))
print(load_rows(["apples: 3", "pears - 7"]))
