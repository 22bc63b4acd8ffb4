# `in` uses __contains__, else __iter__, else __getitem__; each fallback
# shown with counters, plus __contains__ returning non-bool values.
class ViaContains:
    def __contains__(self, x):
        return x % 2  # truthiness of an int


class ViaIter:
    def __init__(self):
        self.steps = 0

    def __iter__(self):
        for i in range(10):
            self.steps += 1
            yield i


class ViaGetitem:
    def __init__(self):
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        if i > 4:
            raise IndexError
        return i * 10


print(3 in ViaContains(), 4 in ViaContains(), 4 not in ViaContains())
it = ViaIter()
print(3 in it, it.steps, 42 in it, it.steps)
g = ViaGetitem()
print(20 in g, g.calls, 25 in g, g.calls)


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
