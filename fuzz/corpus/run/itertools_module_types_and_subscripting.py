# Every itertools iterator is an object of a class named as CPython's:
# type names, isinstance, subclassing, and which classes can be subscripted.
import itertools as it

made = {
    "accumulate": it.accumulate([1, 2]),
    "chain": it.chain([1]),
    "combinations": it.combinations("ab", 1),
    "combinations_with_replacement": it.combinations_with_replacement("ab", 1),
    "compress": it.compress("ab", [1, 0]),
    "count": it.count(),
    "cycle": it.cycle("ab"),
    "dropwhile": it.dropwhile(bool, [0, 1]),
    "filterfalse": it.filterfalse(None, [0, 1]),
    "groupby": it.groupby("aab"),
    "islice": it.islice("abc", 2),
    "pairwise": it.pairwise("abc"),
    "permutations": it.permutations("ab"),
    "product": it.product("ab", repeat=2),
    "repeat": it.repeat(1, 2),
    "starmap": it.starmap(pow, [(2, 3)]),
    "takewhile": it.takewhile(bool, [1, 0]),
    "zip_longest": it.zip_longest("a", "bc"),
}
for name, obj in made.items():
    cls = getattr(it, name)
    print(name, type(obj) is cls, isinstance(obj, cls), cls.__name__, cls.__module__,
          repr(cls), iter(obj) is obj, type(obj).__qualname__)
    try:
        print("  subscript:", cls[int])
    except TypeError as e:
        print("  subscript TypeError:", e)
    class Sub(cls):
        pass
    print("  subclass:", issubclass(Sub, cls), Sub.__name__, Sub.__qualname__)

key, group = next(it.groupby("aab"))
print(type(group).__name__, repr(type(group)), key, list(group))
t1, t2 = it.tee("xyz")
print(type(t1).__name__, repr(type(t1)), type(t1) is it._tee, list(t1), list(t2))
for cls in (it._grouper, it._tee):
    try:
        class Bad(cls):
            pass
    except TypeError as e:
        print("TypeError", e)
print(it.tee is not it._tee, type(it.tee).__name__)
try:
    len(it.islice("abc", 2))
except TypeError as e:
    print("TypeError", e)
try:
    it.islice("abc", 2)[0]
except TypeError as e:
    print("TypeError", e)
print(next(it.islice("abc", 1, None)), it.islice("abc", 2).__next__(), list(it.cycle("")))
print(sorted(n for n in dir(it.islice) if not n.startswith("_")), "__next__" in dir(it.chain))
print(sorted(n for n in dir(it.chain) if not n.startswith("_")))
