# hash() of tuples nested far deeper than the recursion limit answers, as
# CPython's tuplehash does, with CPython's values.
t = ()
for i in range(100000):
    t = (t,)
print(hash(t))
u = (1, -1)
for i in range(30000):
    u = (i, u, (i, -i), frozenset([i]))
print(hash(u))
print({t: 1}[t], t in {t}, hash(t) == hash(t))
print(hash(((1, 2), (3, (4, 5)), ())), hash((1, 2.5, True, (-1, (-2,)))))


class Minus:
    def __hash__(self):
        return -1


print(hash((1, (2, (Minus(),)))), hash((Minus(), Minus())))
try:
    hash((1, (2, ([],))))
except TypeError as e:
    print('TypeError', e)


class Wrapped(tuple):
    def __hash__(self):
        return 7


w = (0,)
for i in range(1000):
    w = (Wrapped((w,)),) if i % 2 else (w, i)
print(hash(w))
