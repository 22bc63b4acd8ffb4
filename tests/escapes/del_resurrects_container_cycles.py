# Finalizers in a garbage cycle that resurrect the containers of their
# cycle (and a second cycle pointing into it) and change them: store the
# list holding every finalizable object in a global, overwrite its items,
# append to it, and a pair of objects each saving the other and appending
# to its list. Collection must treat everything a finalizer reached as
# alive again (PEP 442): the resurrected lists, dicts and objects stay
# whole and usable, never freed under the script.
# expect-output: resurrected True
# expect-output: usable True
# expect-output: pair [1, 2, 3] True
G = []


class X:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        G.append(self.box)
        self.box.append("late-" + self.name)
        self.box[0] = None


def make():
    box = []
    for i in range(5):
        x = X(str(i))
        x.box = box
        box.append(x)
    d = {"box": box, "self": None}
    d["self"] = d
    box.append(d)
    other = [box, {1: box}]
    other.append(other)


def churn():
    for k in range(5):
        junk = [[bytes(3000)] for j in range(3000)]


for i in range(3):
    make()
    churn()
print("resurrected", len(G) > 0)
total = 0
for b in G:
    for item in b:
        if isinstance(item, X):
            total += len(item.name)
        elif isinstance(item, dict):
            total += len(item["box"]) + (item["self"] is item)
        elif isinstance(item, str):
            total += item.startswith("late-")
print("usable", total > 0)


class Y:
    def __del__(self):
        global saved
        saved = self.peer
        saved.peer.data.append(1)


a = Y()
b = Y()
a.peer = b
b.peer = a
a.data = [1, 2]
b.data = [3]
del a, b
churn()
print("pair", sorted(set(saved.data) | set(saved.peer.data)), saved.peer.peer is saved)
