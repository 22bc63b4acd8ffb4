# set.issuperset of a non-set iterable walks it lazily and stops at the
# first item the set lacks (no temporary set: the rest is never hashed).
def g():
    yield 1
    yield 2
    print("never reached")
    yield 3


print({1}.issuperset(g()))
print({1, 2, 3}.issuperset(x for x in (1, 2, 3)))


class Loud:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return self.v == other


print({1, 2, 3}.issuperset([Loud(1), Loud(9), Loud(2)]))
print({1, 2, 3}.issuperset(frozenset([1, 2])))
print(set().issuperset([]))
try:
    {frozenset()}.issuperset([set()])
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.issuperset(5)
except TypeError as e:
    print("TypeError:", e)
# The walk sees the set as it is after each step.
s = {1, 2, 3}


def shrinking():
    yield 1
    s.discard(2)
    yield 2


print(s.issuperset(shrinking()), s)
