def load(row):
    try:
        return float(row)
    except ValueError as e:
        e.add_note(f"while loading row {row!r}")
        e.add_note("hint: use a dot for decimals")
        raise


print(load("1.5"))
print(load("1,5"))
