def check_all(values):
    errors = []
    for v in values:
        try:
            if not isinstance(v, int):
                raise TypeError(f"{v!r} is not an int")
            if v < 0:
                raise ValueError(f"{v} is negative")
        except (TypeError, ValueError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(values)


print(check_all([1, 2, 3]))
try:
    check_all([1, -2, "x"])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
check_all(["a", -1, [2]])
