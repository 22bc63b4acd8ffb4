class Bag:
    def __init__(self, items=None):
        self.counts = dict(items or {})

    @staticmethod
    def parse(text):
        bag = Bag()
        for word in text.split():
            bag += word
        return bag

    @staticmethod
    def _norm(x):
        return x.strip().lower()

    def __iadd__(self, item):
        if isinstance(item, Bag):
            for k, v in item.counts.items():
                self.counts[k] = self.counts.get(k, 0) + v
        else:
            k = self._norm(item)
            self.counts[k] = self.counts.get(k, 0) + 1
        return self

    def __add__(self, other):
        result = Bag(self.counts)
        result += other
        return result

    def __isub__(self, item):
        k = self._norm(item)
        if self.counts.get(k, 0) == 0:
            raise KeyError(k)
        self.counts[k] -= 1
        if not self.counts[k]:
            del self.counts[k]
        return self

    def __and__(self, other):
        return Bag({k: min(v, other.counts[k]) for k, v in self.counts.items() if k in other.counts})

    def __or__(self, other):
        keys = set(self.counts) | set(other.counts)
        return Bag({k: max(self.counts.get(k, 0), other.counts.get(k, 0)) for k in sorted(keys)})

    def __len__(self):
        return sum(self.counts.values())

    def __repr__(self):
        return "Bag(" + ", ".join(f"{k}:{v}" for k, v in sorted(self.counts.items())) + ")"


b = Bag.parse("the cat and The dog and THE bird")
print(b, len(b))
original = b
b += "Cat"
b -= "and"
print(b is original, b)
try:
    b -= "fish"
except KeyError as e:
    print("KeyError", e)
c = Bag.parse("dog dog cat eel")
print(b + c, b & c, b | c)
print(Bag._norm("  MiXeD "), b._norm("X"))


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, other):
        print("  __add__", self, other)
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", self, other)
        return Num(other + self.v)

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

    def __rsub__(self, other):
        return Num(other - self.v)

    def __floordiv__(self, other):
        return Num(self.v // other)

    def __mod__(self, other):
        return Num(self.v % other)

    def __rpow__(self, base):
        return Num(base ** self.v)

    def __lshift__(self, n):
        return Num(self.v << n)


x = Num(5)
print(x + 1)
print(1 + x)
print(x + Num(2))
y = x
y += 10
print(y, x, y is x)
print(10 - x, x - 3, x // 2, x % 3, 2 ** x, x << 3)
print(sum([Num(1), Num(2)]))
try:
    x + "s"
except TypeError as e:
    print("TypeError", e)
