ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
    "max": max,
    "pow": pow,
}
for sym, fn in ops.items():
    print(sym, fn(7, 2), getattr(fn, "__name__"))
compose = lambda *fs: lambda x: __import_free(fs, x)


def __import_free(fs, x):
    for f in reversed(fs):
        x = f(x)
    return x


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda x: x % 3 == 0, range(10))))
print((lambda *args, **kw: (args, kw))(1, 2, k=3), (lambda x=[]: x.append(1) or x)(), (lambda x=[]: x.append(1) or x)())
