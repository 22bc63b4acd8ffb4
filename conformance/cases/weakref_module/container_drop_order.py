# Dropping a list releases its items last to first, so their callbacks run
# in that order; a dict releases its values in insertion order.
import weakref


class Item:
    def __init__(self, name):
        self.name = name


def watch(objs):
    return [weakref.ref(o, lambda r, n=o.name: print("died", n)) for o in objs]


items = [Item("a"), Item("b"), Item("c")]
refs = watch(items)
print("del list")
del items
mapping = {"x": Item("x"), "y": Item("y"), "z": Item("z")}
refs += watch(mapping.values())
print("clear dict")
mapping.clear()
print("done", all(r() is None for r in refs))
