# Value objects used as cache keys: __eq__/__hash__ consistency, and
# how a mutable key breaks a dict lookup.
class Key:
    def __init__(self, *parts):
        self.parts = list(parts)

    def __eq__(self, other):
        return isinstance(other, Key) and self.parts == other.parts

    def __hash__(self):
        return hash(tuple(self.parts))

    def __repr__(self):
        return f"Key{tuple(self.parts)}"


cache = {}
calls = 0


def compute(key):
    global calls
    if key not in cache:
        calls += 1
        cache[key] = sum(key.parts)
    return cache[key]


print(compute(Key(1, 2)), compute(Key(1, 2)), compute(Key(2, 1)), calls)
k = Key(5)
cache[k] = "five"
k.parts.append(6)
print(k in cache, Key(5) in cache, Key(5, 6) in cache, [x for x in cache if x == k])
print(len(cache), sorted(map(repr, cache)))
print(hash(Key(1)) == hash(Key(1)), Key(1) == Key(1), Key(1) is Key(1), Key(1) != Key(2))
s = {Key(1), Key(1), Key(2)}
print(len(s), Key(2) in s)
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
