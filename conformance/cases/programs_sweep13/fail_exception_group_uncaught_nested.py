def check_all(items):
    errors = []
    for i, item in enumerate(items):
        try:
            if not isinstance(item, int):
                raise TypeError(f"item {i} is {type(item).__name__}")
            if item < 0:
                raise ValueError(f"item {i} is negative")
        except (TypeError, ValueError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad items", errors)
    return sum(items)


print(check_all([1, 2, 3]))
try:
    check_all([1, "x"])
except* TypeError as eg:
    print("handled", len(eg.exceptions), "type error(s)")
check_all([-1, "y", 2.5])
