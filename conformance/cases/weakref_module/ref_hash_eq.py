# Hash is the referent's and is kept after death; == compares referents
# while both live, identity afterwards.
import weakref


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b = P(1), P(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(1))
del a
print(ra == rb, ra == ra, ra != rb)
print(hash(ra) == hash(1))
c = P(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError", e)
print({ra: "x"}[ra])
try:
    ra < rb
except TypeError as e:
    print("TypeError", e)
print(ra == 5, (ra != "x"))
