# dict_values has no __contains__ in CPython 3.11: `in` walks the values
# (so a comparison that grows the dict ends the walk with the iterator's
# RuntimeError), and the name is neither an attribute nor in dir() (round 14).
d = {"a": 1, "b": [2]}
v = d.values()
print(1 in v, [2] in v, "a" in v, 3 not in v)
print(hasattr(v, "__contains__"), "__contains__" in dir(v), "__contains__" in dir(type(v)))
try:
    v.__contains__(1)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d.keys(), "__contains__"), d.keys().__contains__("a"), d.items().__contains__(("a", 1)))


class Grows:
    def __eq__(self, other):
        d["new"] = other
        return False


try:
    print(Grows() in d.values())
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
