def f(a, b):
    return a.upper() + b
result = f(
    "x",
    2,
)
