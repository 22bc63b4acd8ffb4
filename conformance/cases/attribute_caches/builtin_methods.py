# Method sites on built-in types: warm, then fed other built-in types, user
# subclasses that override or not, and instances with attributes named like
# methods.

out = []
for i in range(5):
    out.append(i)
print(out)


def add_to(target, items):
    for x in items:
        target.append(x)
    return target


print(add_to([], range(3)), add_to(bytearray(), [65, 66]))


class L(list):
    pass


class L2(list):
    def append(self, x):
        super().append(("wrapped", x))


print(add_to(L(), range(2)), add_to(L2(), range(2)), add_to([], "ab"))


def joins(sep, parts, n):
    return [sep.join(parts) for _ in range(n)]


print(joins(",", ["a", "b"], 2), joins(b"-", [b"x", b"y"], 2))


class S(str):
    def join(self, parts):
        return "custom join"


print(joins(S("+"), ["a", "b"], 2), joins("|", ["c"], 1))


def gets(d, n):
    return [d.get("k", "missing") for _ in range(n)]


class DD(dict):
    def get(self, k, default=None):
        return "DD.get"


print(gets({"k": 1}, 2), gets(DD(k=2), 2), gets({}, 1))

# A method site on ints and floats (small ints are not heap objects).
print([x.bit_length() for x in (1, 255, 2**70, 0)])
print([x.is_integer() for x in (1.0, 1.5)])
try:
    print([x.bit_length() for x in (1, 2.5)])
except AttributeError as e:
    print("AttributeError:", e)

# Modules and classes at a method site.
import math
print([m.floor(2.5) for m in (math, math)])


class Klass:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def static():
        return "static"


print([Klass.make() for _ in range(2)], [Klass.static() for _ in range(2)])
print([k.make() for k in (Klass(), Klass)])
