# iter and next, including next's default.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), next(s, "x"), next(s, "x"))
d = iter({"k1": 1, "k2": 2})
print(list(d), list(d))
r = iter(range(3))
print(list(r), next(r, -1))
t = iter((1, 2, 3))
print(iter(t) is t, next(t), list(t))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next("abc")
except TypeError as e:
    print("TypeError", e)
calls = [0]


def counter():
    calls[0] += 1
    return calls[0]


print(list(iter(counter, 5)))
