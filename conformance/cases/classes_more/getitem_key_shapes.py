# __getitem__/__setitem__/__delitem__ receive tuples, slices and Ellipsis as written.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, key):
        print("key:", repr(key))
        if isinstance(key, tuple) and len(key) == 2:
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.cells[r]]
            return self.cells[r][c]
        if key is Ellipsis:
            return "all"
        raise TypeError(f"Grid indices must be (row, col) tuples, not {type(key).__name__}")
    def __setitem__(self, key, value):
        r, c = key
        self.cells[r][c] = value
    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = 0
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(g[0, 1], g[:, 2], g[...], g[1, -1])
del g[0, 1]
print(g.cells)
try:
    g["x"]
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __init__(self, n): self.data = list(range(n))
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            print("slice", k, k.indices(len(self)))
            return self.data[k]
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
s = Seq(10)
print(s[2:8:2], s[::-3], s[-2:], s[:100])
s[1:3] = ["a", "b", "c"]
del s[::2]
print(s.data)
s[1] += "!"
print(s[0:1], slice(1, 2) == slice(1, 2), repr(slice(None)), slice(1, 10, 2).indices(5))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
class M:
    def __getitem__(self, k): return k
m = M()
print(m[1:2, ::3], m[1, ...], m[:], m["a":"b"], m[()], m[1,])
