# Repr's limits at their edges (0, negative, a changed fillvalue), the
# repr_<type> hooks of a subclass, and recursive_repr's copied attributes.
import reprlib
from array import array
from collections import deque


class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []

    @reprlib.recursive_repr("<again>")
    def __repr__(self):
        "Shows the node and its children."
        return "Node(%s, %r)" % (self.name, self.kids)


class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return "int:%d@%d" % (x, level)

    def repr_Node(self, x, level):
        return "<node %s>" % x.name


class Truthy(set):
    def __bool__(self):
        return True


value = [1, (2,), {3: [4, 5]}, {6, 7}, deque([8, 9]), array("i", [1, 2, 3]), "s" * 40, 10**60]
for name, setting in [("maxlevel", 0), ("maxlevel", 1), ("maxlist", 0), ("maxlist", -1),
                      ("maxstring", 0), ("maxstring", 5), ("maxlong", 3), ("maxother", 0),
                      ("maxdict", 0), ("maxarray", 1), ("fillvalue", "~")]:
    r = reprlib.Repr()
    setattr(r, name, setting)
    try:
        print(name, setting, r.repr(value))
    except ValueError as e:
        print(name, setting, "ValueError", e)

a, b = Node("a"), Node("b")
a.kids.append(b)
b.kids += [a, Node("c")]
print(repr(a), "|", reprlib.repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
custom = Custom()
print(custom.repr([1, [2, [3]], a, (4,)]))
print(custom.repr1(5, 9), reprlib.aRepr.repr1((1,), 0), reprlib.aRepr.repr1((), 0))
print(reprlib.repr({(1, 2), 3, -4, (0,)}), reprlib.repr(frozenset({2.5, 1, (3,)})))
print(reprlib.repr(Truthy()), reprlib.repr(array("d")), reprlib.repr(deque()))
print(reprlib.repr("'" * 40), reprlib.repr("\n" * 40), reprlib.repr(b"x" * 40))
