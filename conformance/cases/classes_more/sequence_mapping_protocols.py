# __index__ in slices and indexing, __len__/__getitem__ sequences, and the
# keys()/__getitem__ mapping protocol of dict(), {**m} and f(**m).
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[N(1):N(5):N(2)], "hello"[N(-3):], (1, 2, 3)[N(0)], range(10)[N(2):N(4)])
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self): return f"Seq({self.data!r})"
s = Seq("abcdef")
print(list(reversed(s)), s[1:4], s[::-1], s[-1], len(s), "c" in s, "z" in s, list(s), s.data.index("d"))
print(sorted(s, reverse=True), "".join(s), max(s), list(enumerate(s))[:2], dict.fromkeys(s, 0))
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
class L:
    def __len__(self): return True
print(len(L()), bool(L()))
class LenNeg:
    def __len__(self): return -5
try:
    bool(LenNeg())
except ValueError as e:
    print("ValueError", e)
class BigLen:
    def __len__(self): return 10**20
try:
    bool(BigLen())
except OverflowError as e:
    print("OverflowError", e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError", e)
class IdxLen:
    def __len__(self): return N(4)
try:
    print(len(IdxLen()))
except TypeError as e:
    print("TypeError", e)
class Map:
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def keys(self): return self._d.keys()
m = Map()
m["a"] = 1; m["b"] = 2
print(dict(m), {**m}, dict(m, c=3))
def kw(**k): return k
print(kw(**m))
class NotMap:
    pass
try:
    dict(NotMap())
except TypeError as e:
    print("TypeError", e)
try:
    {**NotMap()}
except TypeError as e:
    print("TypeError", e)
try:
    kw(**NotMap())
except TypeError as e:
    print("TypeError", e)
try:
    print(*NotMap())
except TypeError as e:
    print("TypeError", e)
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    kw(**BadKeys())
except TypeError as e:
    print("TypeError", e)
print(dict(BadKeys()))
