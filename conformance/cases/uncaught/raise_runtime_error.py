# Raising an exception explicitly from nested calls.
def level3(n):
    if n > 2:
        raise RuntimeError(f"depth limit exceeded at {n}")
    return level3(n + 1)


def level1():
    print("starting")
    return level3(0)


level1()
