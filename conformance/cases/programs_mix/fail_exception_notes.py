class ValidationError(ValueError):
    pass


def validate(row, lineno):
    name, age = row
    try:
        age = int(age)
    except ValueError as e:
        e.add_note(f"while reading line {lineno}: {row!r}")
        raise
    if age < 0:
        err = ValidationError(f"age must be >= 0, got {age}")
        err.add_note("hint: check the sign")
        raise err
    return name, age


rows = [("ann", "31"), ("bob", "-2"), ("cy", "old")]
for i, r in enumerate(rows, 1):
    try:
        print(validate(r, i))
    except ValidationError as e:
        print("invalid:", e, e.__notes__)
validate(rows[2], 3)
