# Errors from calling functions with bad default-related usage and argument unpacking.
def f(a, b=2, c=3):
    return a + b + c


print(f(1), f(1, c=10), f(*(1, 2)), f(**{"a": 1, "c": 0}))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    f(b=1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, *[2, 3], b=5)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, **{"c": 1}, **{"c": 2})
except TypeError as e:
    print("TypeError", e)


def g(*, a=1, b):
    return a, b


print(g(b=2), g(a=0, b=0))
try:
    g(a=1)
except TypeError as e:
    print("TypeError", e)
