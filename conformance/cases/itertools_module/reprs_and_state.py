# count and repeat show their state in their reprs (with a subclass's
# name); the others have no repr of their own. repeat's count and length
# hint follow CPython's rules for negative counts.
import itertools as it
import operator

c = it.count()
print(c, next(c), c, it.count(True), it.count(True, 2), it.count(2**70), it.count(1.5, -0.5))
tc = it.count(True)
print(next(tc), next(tc), tc)
tc2 = it.count(True, 2)
print(next(tc2), next(tc2), tc2)
print(it.count(1j), it.count(5, 1.0), it.count(step=3), it.count(0, True))
r = it.repeat("x", 2)
print(r, r.__length_hint__(), next(r), r, operator.length_hint(r), list(r), r)
print(it.repeat("x", -3), list(it.repeat("x", -3)))
rk = it.repeat("x", times=-3)
print(rk, list(rk), rk)
print(it.repeat("y", times=-1), it.repeat(None), it.repeat([1, 2], 0))
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
try:
    it.repeat(1, 2**70)
except OverflowError as e:
    print("OverflowError", e)

class Counter(it.count):
    pass
class Repeater(it.repeat):
    pass
print(Counter(5), Repeater("z", 3), Counter(1, 2))

class Dec:
    def __float__(self):
        return 1.0
    def __add__(self, other):
        return self
    def __repr__(self):
        return "Dec()"
d = it.count(Dec())
print(d, next(d), next(d), d)

class AddOnly:
    def __add__(self, other):
        return self
try:
    it.count(AddOnly())
except TypeError as e:
    print("TypeError", e)
print(repr(it.islice("a", 1)).split(" object")[0], repr(it.chain()).split(" object")[0])
