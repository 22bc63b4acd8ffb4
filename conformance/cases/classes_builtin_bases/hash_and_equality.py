# Hashes of str/int/tuple/float/frozenset subclasses equal the base hash, so
# instances and base values find each other in dicts and sets.
class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


class F(float):
    pass


class FS(frozenset):
    pass


pairs = [(S("key"), "key"), (I(10), 10), (I(2 ** 70), 2 ** 70), (T((1, "a")), (1, "a")),
         (F(0.5), 0.5), (F(3.0), 3), (FS({1, 2}), frozenset({2, 1}))]
for sub, base in pairs:
    print(type(sub).__name__, hash(sub) == hash(base), sub == base, base == sub,
          {base: 1}.get(sub), sub in {base}, base in {sub: 0})
d = {S("a"): 1, "b": 2}
d["a"] = 3
print(d, len(d), {I(1): "x", 1: "y"}, {1.0: "f", I(1): "i"}, {T(): 1, (): 2})


class EqOnly(int):
    def __eq__(self, other):
        return True


try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)


class KeepHash(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


print(KeepHash("AbC") == "abc", KeepHash("x") in {"x": 1})
print(hash(KeepHash("q")) == hash("q"))


class L(list):
    pass


class D(dict):
    pass


class St(set):
    pass


for v in [L(), D(), St()]:
    try:
        print(hash(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {L([1]): 1}
except TypeError as e:
    print(type(e).__name__, e)
