class Key:
    def __init__(self, parts):
        self.parts = tuple(p.lower() for p in parts)

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.parts == other.parts
        if isinstance(other, str):
            return self.parts == tuple(other.lower().split("/"))
        return NotImplemented

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "Key(" + "/".join(self.parts) + ")"


cache = {Key(["Users", "Ann"]): 1, Key(["users", "bob"]): 2}
print(cache[Key(["USERS", "ANN"])], Key(["a", "b"]) == "A/B", "a/b" == Key(["a", "b"]), Key(["a"]) != Key(["b"]))
print(Key(["x"]) in {Key(["X"])}, len({Key(["q"]), Key(["Q"]), Key(["q", "r"])}), cache.get(Key(["nobody"])))


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __hash__(self):
        return hash(self.v)


m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s, len(s), any(x is m for x in s))


class Unhash(list):
    pass


for obj in [Unhash([1]), {"a": 1}, {1}]:
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash((1, "a")) == hash((1, "a")))
