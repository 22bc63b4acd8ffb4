def task(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    if n == 4:
        raise KeyError(n)
    return n

errors = []
for n in range(6):
    try:
        task(n)
    except Exception as e:
        errors.append(e)
inner = ExceptionGroup("inner batch", errors[:2])
raise ExceptionGroup("all tasks", [inner, *errors[2:]])
