# tuple subclasses without __new__: construction, repr, attributes.
class T(tuple):
    pass

t = T([1, 2, 3])
print(t, type(t).__name__, len(t), T(), T("ab"), T(range(3)), T(x for x in "xy"))
t.label = "lbl"
print(t.label, t.__dict__, t.count(2), t.index(3))
print(t == (1, 2, 3), T((1,)) == (1,), hash(T()) == hash(()), tuple(t), type(tuple(t)).__name__)
big = T(range(100))
big.extra = list(range(10))
print(len(big), big[99], big.extra)
for make in [lambda: T(1, 2), lambda: T(5), lambda: T(x=1), lambda: tuple.__new__(T, 1, 2),
             lambda: tuple.__new__(list, [])]:
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, [a, b])

    def __init__(self, a, b):
        self.total = a + b


q = Pair(3, 4)
print(q, q.total, type(q).__name__)
