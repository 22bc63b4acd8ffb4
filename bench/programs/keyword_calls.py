# Small functions called with keywords, defaults, keyword-only
# parameters, *args/**kwargs and methods with keyword arguments: the call
# shapes of ordinary application code.
def clamp(value, low=0, high=100):
    return low if value < low else high if value > high else value


def weighted(a, b, *, weight=0.5, bias=0):
    return a * weight + b * (1 - weight) + bias


def tag(name, *parts, sep="-", upper=False):
    text = sep.join((name,) + parts)
    return text.upper() if upper else text


def options(**kwargs):
    return len(kwargs) + kwargs.get("level", 0)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def scaled(self, factor=1, *, shift=0):
        return Vec(x=self.x * factor + shift, y=self.y * factor + shift)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


total = 0
acc = Vec()
names = ["a", "b", "c"]
for i in range(120000):
    total += clamp(i % 130 - 10, high=90)
    total += clamp(value=i % 7, low=2)
    total += weighted(i, i % 9, weight=0.25)
    total += weighted(i % 5, 3, bias=i % 2)
    v = Vec(i % 10, y=i % 7).scaled(2, shift=1)
    total += v.dot(acc)
    acc = Vec(x=v.y % 5, y=v.x % 5)
    if i % 4 == 0:
        total += len(tag(names[i % 3], "x", str(i % 10), upper=i % 8 == 0))
        total += options(level=i % 3, verbose=True)
print(round(total, 3), acc.x, acc.y)
