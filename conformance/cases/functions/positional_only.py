# Positional-only parameters before /.
def divide(a, b, /, round_to=None):
    q = a / b
    return q if round_to is None else round(q, round_to)


print(divide(1, 3), divide(1, 3, 2), divide(7, 2, round_to=0))
try:
    divide(a=1, b=2)
except TypeError as e:
    print("TypeError", e)
try:
    divide(1, b=2)
except TypeError as e:
    print("TypeError", e)


def f(x, /, y, *, z):
    return x, y, z


print(f(1, 2, z=3), f(1, y=2, z=3))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


def g(name, /, **kwargs):
    return name, kwargs


print(g("pos", name="kw"))
