import reprlib

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxdict = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr({i: str(i) for i in range(5)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))), reprlib.repr([[1, [2, [3, [4]]]]]))
print(reprlib.repr(10 ** 50), reprlib.repr(b"x" * 50), reprlib.repr(frozenset("a")))


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.v}, {self.kids})"


t = Tree(1, [Tree(2)])
t.kids.append(t)
print(t)
