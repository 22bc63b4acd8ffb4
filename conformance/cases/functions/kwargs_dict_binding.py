# f(*args, **kwargs) binds the keywords straight from the dict: the same
# values, order and errors as a call with the keywords written out.
import collections


def f(a, b=1, /, c=2, *rest, d, e=5, **extra):
    return (a, b, c, rest, d, e, sorted(extra.items()))


def plain(x, y=2, *, z=3):
    return (x, y, z)


def forward(*args, **kwargs):
    return plain(*args, **kwargs)


print(f(1, **{"d": 4}))
print(f(1, 2, 3, 4, **{"e": 6, "d": 7, "q": 8, "b": 9}))
print(forward(1, z=9))
print(forward(**{"y": 5, "x": 4}))
print(forward(1, **{}))


def show(call):
    try:
        print(call())
    except TypeError as exc:
        print("TypeError:", exc)


show(lambda: forward(1, x=2))
show(lambda: forward(1, w=2))
show(lambda: forward(z=1))
show(lambda: forward(1, 2, 3))
show(lambda: f(**{"d": 1}))
show(lambda: f(1, **{"a": 1, "d": 1}))


def posonly(a, b, /):
    return a + b


show(lambda: posonly(**{"a": 1, "b": 2}))
show(lambda: posonly(1, **{"b": 2}))
# Python methods with CPython's C signature, through **.
show(lambda: collections.deque([1, 2]).count(**{"x": 1}))
show(lambda: collections.OrderedDict(a=1).move_to_end(**{"key": "a", "last": False, "q": 1}))
od = collections.OrderedDict(a=1, b=2)
od.move_to_end(**{"key": "a"})
print(list(od))
