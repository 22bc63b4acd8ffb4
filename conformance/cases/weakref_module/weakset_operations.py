# Set algebra on WeakSets.
import weakref


class T:
    def __init__(self, n):
        self.n = n


ts = [T(i) for i in range(6)]
a = weakref.WeakSet(ts[:4])
b = weakref.WeakSet(ts[2:])


def names(s):
    return sorted(t.n for t in s)


print(names(a | b), names(a & b), names(a - b), names(a ^ b))
print(a.issubset(ts), a <= weakref.WeakSet(ts), a < weakref.WeakSet(ts), a >= b, a == weakref.WeakSet(ts[:4]))
print(a.isdisjoint(b), weakref.WeakSet(ts[:1]).isdisjoint(ts[1:]))
c = a.copy()
c -= b
print(names(c))
c |= b
print(names(c))
c &= ts[:3]
print(names(c))
c ^= ts[1:4]
print(names(c))
del ts[:]
print(len(a), len(b), len(c))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
