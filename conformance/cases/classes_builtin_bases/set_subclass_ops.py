# set subclasses: construction, operators returning plain sets, methods.
class S(set):
    pass

a = S([1, 2, 3])
b = {2, 3, 4}
print(sorted(a), type(a).__name__, len(a), a == {1, 2, 3}, {1, 2, 3} == a, S() == set())
for r in [a | b, a & b, a - b, a ^ b, b | a, a.copy(), a.union(b), a.intersection(b),
          a.difference(b), a.symmetric_difference(b)]:
    print(sorted(r), type(r).__name__)
a |= {7}
a -= {1}
a.add(8)
a.discard(2)
print(sorted(a), type(a).__name__, a.issubset({3, 7, 8, 9}), a.isdisjoint({100}))
print(S({1}), repr(S()), S("a"), set(S([3])), type(set(S([3]))).__name__)
a.label = "tagged"
print(a.label, a.__dict__)
a.clear()
print(a, len(a))
for make in [lambda: S(1, 2), lambda: S(5), lambda: S(x=1), lambda: S([[1]])]:
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)


class Init(set):
    def __init__(self, *items):
        super().__init__(items)


print(sorted(Init(3, 1, 2)), Init(), Init(4))
set.__init__(Init(1), [9])
x = Init(1, 2)
set.__init__(x, [9])
print(x)
