import reprlib

big_list = list(range(1000))
nested = {"a": [1, 2, 3, 4, 5, 6, 7], "b": "x" * 100, "c": {"d": {"e": {"f": 1}}}}
print(reprlib.repr(big_list))
print(reprlib.repr(nested))
print(reprlib.repr("abcdefghijklmnopqrstuvwxyz" * 3))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxdict = 2
print(r.repr(big_list), r.repr("hello world, how are you"), r.repr(nested))


class Tree:
    def __init__(self, label, kids=()):
        self.label = label
        self.kids = list(kids)

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.label!r}, {self.kids!r})"


t = Tree("root", [Tree("a"), Tree("b")])
t.kids[0].kids.append(t)
print(t)
print(reprlib.repr(10 ** 50), reprlib.repr(frozenset("ab")) in ("frozenset({'a', 'b'})", "frozenset({'b', 'a'})"))
