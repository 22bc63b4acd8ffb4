# attrgetter splits and interns its names once: single, several and dotted
# names, a str subclass as a name, empty parts, and errors part-way along.
import operator


class Name(str):
    pass


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child


tree = Node(1, Node(2, Node(3)))
print(operator.attrgetter("value")(tree))
print(operator.attrgetter("value", "child.value", "child.child.value")(tree))
print(operator.attrgetter(Name("child.value"))(tree))
print(repr(operator.attrgetter(Name("child.value"), "value")))
getter = operator.attrgetter("child.child.child.value")
for name in ["child.missing", "child..value", ".value", "value."]:
    try:
        operator.attrgetter(name)(tree)
    except AttributeError as exc:
        print(name, "->", exc)
try:
    getter(tree)
except AttributeError as exc:
    print(exc)
try:
    operator.attrgetter("value", 3)
except TypeError as exc:
    print(exc)
try:
    operator.attrgetter()
except TypeError as exc:
    print(exc)
nodes = [Node(v % 5, Node(v)) for v in range(12)]
print([n.child.value for n in sorted(nodes, key=operator.attrgetter("value", "child.value"))])
