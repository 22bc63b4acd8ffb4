# frozenset subclasses: construction in __new__, hashing, results.
class FS(frozenset):
    pass

f = FS([1, 2, 2, 3])
print(sorted(f), type(f).__name__, len(f), f == frozenset({1, 2, 3}), hash(f) == hash(frozenset({1, 2, 3})))
print(repr(FS()), FS([1]), {f: "k"}[frozenset({1, 2, 3})], f in {frozenset({1, 2, 3})})
for r in [f | {4}, f & {1}, f - {1}, f ^ {9}, f.copy(), f.union([5])]:
    print(sorted(r), type(r).__name__)


class Tags(frozenset):
    def __new__(cls, *tags):
        return super().__new__(cls, (t.lower() for t in tags))

    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


t = Tags("A", "b", "B")
print(t, len(t), "a" in t, isinstance(t, frozenset), type(t | {"c"}).__name__)
print(sorted({Tags("x"): 1, Tags("X"): 2}.values()))
for make in [lambda: FS(1, 2), lambda: FS(3), lambda: FS(x=1), lambda: frozenset.__new__(FS, 1, 2)]:
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)
