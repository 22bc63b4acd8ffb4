def parse_row(row):
    name, qty, price = row.split(",")
    return name.strip(), int(qty), float(price)


rows = ["apple, 3, 0.5", "pear, 2, 0.75", "melon, two, 3.0", "kiwi, 5, 0.2"]
parsed = []
for lineno, row in enumerate(rows, 1):
    try:
        parsed.append(parse_row(row))
    except ValueError as e:
        e.add_note(f"line {lineno}: {row!r}")
        e.add_note("fix the file and retry")
        print("parsed so far:", parsed)
        raise
