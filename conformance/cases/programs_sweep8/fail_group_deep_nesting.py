def f(n):
    if n == 0:
        raise ExceptionGroup("deep", [ExceptionGroup(f"lvl{i}", [ValueError(i)]) for i in range(3)])
    f(n - 1)
f(2)
