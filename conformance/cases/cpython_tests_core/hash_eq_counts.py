# How often dict and set operations call a key's __hash__ and __eq__:
# setdefault looks a missing key up once, and dict.fromkeys over a set
# reuses the hashes the set stored.
class Counted:
    def __init__(self, value):
        self.value = value
        self.hashes = 0
        self.eqs = 0

    def __hash__(self):
        self.hashes += 1
        return self.value % 3

    def __eq__(self, other):
        self.eqs += 1
        return isinstance(other, Counted) and self.value == other.value


first, second = Counted(1), Counted(4)
table = {first: "first"}
print(table.setdefault(second, "second"), second.hashes, first.eqs + second.eqs)
print(table.setdefault(Counted(1), "again"))

keys = [Counted(n) for n in range(6)]
members = set(keys)
before = sum(k.hashes for k in keys)
for source in (members, frozenset(keys)):
    made = dict.fromkeys(source, 0)
    print(len(made), sorted(k.value for k in made))
print("extra hashes", sum(k.hashes for k in keys) - before - len(keys))


class WeirdEq:
    __eq__ = property(lambda self: 1 / 0)


a = WeirdEq()
print(a == a, a == WeirdEq(), a != WeirdEq())
