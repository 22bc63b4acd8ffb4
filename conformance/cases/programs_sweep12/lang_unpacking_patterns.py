records = [("ann", 31, "rome", "it"), ("bob", 25, "oslo", "no"), ("cy", 40, "lima", "pe")]
for name, age, *place in records:
    print(name, age, place)
first, *middle, last = range(10)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = "hello"
print(head, tail)
*init, end = [1]
print(init, end)
x, y = y, x = 1, 2
print(x, y)
d = {"a": 1, "b": 2}
print({**d, "c": 3}, [*d, *"xy"], (*range(3),), {*d, "z"} == {"a", "b", "z"})


def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
args = (1,)
kwargs = {"c": 1, "d": 2}
print(f(*args, **kwargs, extra=True))


def g(pos_only, /, normal, *, kw_only):
    return pos_only, normal, kw_only


print(g(1, 2, kw_only=3), g(1, normal=2, kw_only=3))
for bad in [lambda: g(pos_only=1, normal=2, kw_only=3), lambda: g(1, 2, 3), lambda: f()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = "ab"
except ValueError as e:
    print("ValueError:", e)
a, b, *c = (i * i for i in range(5))
print(a, b, c)
