# Hashing values nested 100,000 deep. A tuple's hash hashes its items, so a
# deep tuple recurses in C++: moat ends it with a catchable RecursionError
# (CPython 3.11 has no guard there and relies on its larger stack). A
# frozenset's hash is computed when it is built, so nesting never recurses.
# expect-output: hash(tuple) RecursionError
# expect-output: hash(tuple subclass) RecursionError
# expect-output: set of tuple RecursionError
# expect-output: dict key tuple RecursionError
# expect-output: tuple in set RecursionError
# expect-output: dict lookup tuple RecursionError
# expect-output: hash(frozenset) ok
# expect-output: frozenset in set ok
# expect-output: shallow tuples hash True
N = 100000


class T(tuple):
    pass


t = ()
sub = T()
f = frozenset()
for _ in range(N):
    t = (t,)
    sub = T((sub,))
    f = frozenset([f])
cases = [
    ("hash(tuple)", lambda: hash(t)),
    ("hash(tuple subclass)", lambda: hash(sub)),
    ("set of tuple", lambda: {t}),
    ("dict key tuple", lambda: {t: 1}),
    ("tuple in set", lambda: t in {1, 2}),
    ("dict lookup tuple", lambda: {}.get(t)),
    ("hash(frozenset)", lambda: hash(f)),
    ("frozenset in set", lambda: f in {f}),
]
for name, case in cases:
    try:
        case()
        print(name, "ok")
    except RecursionError as e:
        print(name, type(e).__name__)
s = ()
for _ in range(500):
    s = (s,)
print("shallow tuples hash", hash(s) == hash(s) and s in {s: 1})
