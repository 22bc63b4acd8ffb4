# Hashing values nested 100,000 deep. A tuple's hash hashes its items; moat
# walks nested tuples (and subclasses keeping tuple's hash) with an explicit
# stack, so a deep tuple answers as in CPython 3.11 (which recurses in C
# without a guard) and never recurses in C++. A frozenset's hash is computed
# when it is built, so nesting never recurses.
# expect-output: hash(tuple) ok
# expect-output: hash(tuple subclass) ok
# expect-output: set of tuple ok
# expect-output: dict key tuple ok
# expect-output: tuple in set ok
# expect-output: dict lookup tuple ok
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
