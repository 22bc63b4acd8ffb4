# An object reachable only through nested containers dies with the
# outermost one.
import weakref


class Leaf:
    def __init__(self, n):
        self.n = n


events = []
tree = {"left": [Leaf(1), (Leaf(2),)], "right": {"x": Leaf(3)}}
refs = []
for leaf in (tree["left"][0], tree["left"][1][0], tree["right"]["x"]):
    refs.append(weakref.ref(leaf, lambda r, n=leaf.n: events.append(n)))
del leaf
print(events)
del tree["right"]
print(events)
tree = None
print(sorted(events), [r() is None for r in refs])
