class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]

    def __bool__(self):
        return bool(self.cells)


g = Grid(3, 2)
print(len(g), bool(g), "#" in g)
g[1, 0] = "#"
print(g[1, 0], g[0, 0], bool(g), "#" in g)
print("".join(g), list(g))
del g[1, 0]
print(g[1, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError", e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq(), 5 in Seq())
a, b, c, d = Seq()
print(a, b, c, d)


class Sized:
    def __len__(self):
        return 0


print(bool(Sized()), len(Sized()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
